package pl.kcs.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style of kcs value types (STYLE 2), put on each {@code package-info.java}.
 *
 * <p>Generated classes are package-private: users see the abstract value type with its
 * {@code builder()}, {@code of(...)} and {@code with*} methods, never {@code Immutable*}. Builders
 * are strict (each attribute set once) and fail on a missing attribute, so nothing half-built
 * escapes. Collections are Guava immutable collections. Attributes marked
 * {@link Value.Redacted @Value.Redacted} (member ids, free-text notes) print as {@code [redacted]}
 * in {@code toString()}, because group membership can be special-category personal data.
 *
 * <p>Generated code carries no annotations found on the class path ({@code
 * allowedClasspathAnnotations}): no Error Prone or {@code javax.annotation.processing} annotations
 * that a module would have to read.
 *
 * <p>This annotation is a build-time convention of the kcs modules, not a domain type; its
 * retention is {@code CLASS}, and Immutables is needed only at compile time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    redactedMask = "[redacted]",
    allParameters = false,
    defaults = @Value.Immutable(copy = true),
    allowedClasspathAnnotations = {Override.class})
public @interface KcsStyle {}
