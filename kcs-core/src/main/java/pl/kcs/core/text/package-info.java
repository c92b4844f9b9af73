/**
 * Text as a Polish or English reader writes it: plural agreement of a noun with a number ({@link
 * pl.kcs.core.text.PluralCategory}, "1 grupa, 2 grupy, 5 grup, ¼ etatu"), dates in prose ("2
 * września 2024 r.", "2 September 2024"), money with two decimals and its currency ("68 839,00 zł",
 * "PLN 68,839.00"), ranges ("od … do …"), and the compiled message patterns that put them into
 * sentences ({@link pl.kcs.core.text.MessageTemplate}).
 *
 * <p>Written for kcs's two languages only, from the Unicode CLDR plural rules for {@code pl} and
 * {@code en}; nothing here reads the JDK's locale data or the machine's default locale, so the
 * output is the same on every machine. Every class is immutable and thread-safe.
 */
package pl.kcs.core.text;
