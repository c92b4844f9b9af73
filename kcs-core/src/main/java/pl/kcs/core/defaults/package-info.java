/**
 * The library defaults: every number or choice kcs makes where the source method is silent, in
 * one place ({@link pl.kcs.core.defaults.LibraryDefaults}), each naming the fact it serves and
 * saying it is kcs's, not the method's.
 */
@NullMarked
package pl.kcs.core.defaults;

import org.jspecify.annotations.NullMarked;
