package pl.kcs.core.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import pl.kcs.core.Labelled;
import pl.kcs.core.Language;

/**
 * A message pattern compiled once for one language, formatted many times: the {@link
 * MessageFormat} syntax kcs's bundles are written in, plus plural agreement.
 *
 * <ul>
 *   <li>{@code {0}} puts argument 0 in: a {@link Labelled} value by its label, a {@link LocalDate}
 *       in prose ({@code 2 września 2024 r.}), a whole number with its digits grouped ({@code 1
 *       000}, {@code 1,000}), a {@link BigDecimal} with every decimal ({@code 2,5}), a {@link
 *       Quantity} by its text ({@code 1½}), anything else by {@code toString()};
 *   <li>{@code {0,plural,one{# grupa} few{# grupy} many{# grup} other{# grupy}}} picks the form by
 *       the {@link PluralCategory} of argument 0 (a number or a {@link Quantity}) in the template's
 *       language; {@code =0{…}} matches exactly 0 first; {@code other} is required; {@code #}
 *       stands for the number as {@code {0}} would put it in;
 *   <li>{@code {0,number,…}}, {@code {0,date,…}}, {@code {0,choice,…}} and the other {@link
 *       MessageFormat} types keep their {@code MessageFormat} meaning, for patterns written for it;
 *   <li>quoting as in {@code MessageFormat}: {@code ''} is an apostrophe, text between single
 *       apostrophes is literal;
 *   <li>a full stop right after an argument that ends in one ("… 2 września 2024 r.") is not
 *       doubled, as Polish and English write an abbreviation at the end of a sentence.
 * </ul>
 *
 * <p>A bad pattern fails when it is compiled, never when a report is read. Immutable and
 * thread-safe.
 */
public final class MessageTemplate {

  private final String pattern;
  private final Language language;
  private final ImmutableList<Part> parts;

  /** A bit per argument index the pattern reads (all bits for an index above 30). */
  private final long used;

  private MessageTemplate(String pattern, Language language, ImmutableList<Part> parts, long used) {
    this.pattern = pattern;
    this.language = language;
    this.parts = parts;
    this.used = used;
  }

  /**
   * Compiles {@code pattern} for {@code language}.
   *
   * @throws IllegalArgumentException if the pattern is malformed, naming the position
   */
  public static MessageTemplate compile(String pattern, Language language) {
    requireNonNull(pattern, "pattern");
    requireNonNull(language, "language");
    Parser parser = new Parser(pattern, language);
    ImmutableList<Part> parts = parser.parse(false, false);
    return new MessageTemplate(pattern, language, parts, parser.used);
  }

  /** Whether the message is the same whatever the arguments: the pattern reads none. */
  public boolean isConstant() {
    return used == 0;
  }

  /** Whether the pattern reads argument {@code index}. */
  public boolean uses(int index) {
    return index >= 0 && (index > 62 ? used != 0 : (used & (1L << index)) != 0);
  }

  /** The pattern as written. */
  public String pattern() {
    return pattern;
  }

  /** The language the template renders in. */
  public Language language() {
    return language;
  }

  /**
   * The message with {@code arguments} put in; an argument the pattern names but that is not
   * given is left as {@code {n}}, as {@link MessageFormat} does.
   */
  public String format(Object... arguments) {
    requireNonNull(arguments, "arguments");
    StringBuilder text = new StringBuilder(pattern.length() + 32);
    for (Part part : parts) {
      part.appendTo(text, arguments, null);
    }
    return text.toString();
  }

  /** The text of one argument in {@code language}, as {@code {n}} puts it in. */
  public static String render(Object value, Language language) {
    requireNonNull(language, "language");
    if (value instanceof String) {
      return (String) value;
    }
    if (value instanceof Labelled) {
      return ((Labelled) value).label(language.locale());
    }
    if (value instanceof LocalDate) {
      return TextFormats.date((LocalDate) value, language);
    }
    if (value instanceof Quantity) {
      return ((Quantity) value).format(language);
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return TextFormats.number(((Number) value).longValue(), language);
    }
    if (value instanceof BigInteger) {
      return TextFormats.number(new BigDecimal((BigInteger) value), language);
    }
    if (value instanceof BigDecimal) {
      return TextFormats.number((BigDecimal) value, language);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return String.valueOf(d);
      }
      // As MessageFormat: at most three decimals, half-even.
      BigDecimal rounded = BigDecimal.valueOf(d).setScale(3, java.math.RoundingMode.HALF_EVEN);
      BigDecimal stripped = rounded.stripTrailingZeros();
      return TextFormats.number(stripped.scale() < 0 ? stripped.setScale(0) : stripped, language);
    }
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(v -> render(v, language)).orElse("");
    }
    return String.valueOf(value);
  }

  static PluralCategory categoryOf(Object value, Language language) {
    if (value instanceof Quantity) {
      return PluralCategory.of(language, (Quantity) value);
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return PluralCategory.of(language, ((Number) value).longValue());
    }
    if (value instanceof BigInteger) {
      return PluralCategory.of(language, new BigDecimal((BigInteger) value));
    }
    if (value instanceof BigDecimal) {
      return PluralCategory.of(language, (BigDecimal) value);
    }
    if (value instanceof Number) {
      double d = ((Number) value).doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 1e15
          ? PluralCategory.of(language, (long) d)
          : PluralCategory.OTHER;
    }
    throw new IllegalArgumentException(
        "a plural argument must be a number or a Quantity, was a "
            + (value == null ? "null" : value.getClass().getSimpleName()));
  }

  /** The value of a whole number or quantity as a {@code long}, or null. */
  private static Long wholeValue(Object value) {
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    BigInteger whole = null;
    if (value instanceof BigInteger) {
      whole = (BigInteger) value;
    } else if (value instanceof BigDecimal && ((BigDecimal) value).scale() <= 0) {
      whole = ((BigDecimal) value).toBigInteger();
    } else if (value instanceof Quantity && ((Quantity) value).isWhole()) {
      whole = ((Quantity) value).wholePart();
    }
    return whole != null && whole.bitLength() < 63 ? whole.longValue() : null;
  }

  @Override
  public String toString() {
    return "MessageTemplate{" + language + ", " + pattern + "}";
  }

  /** One piece of a compiled pattern. */
  private interface Part {
    /** Appends this part; {@code hash} is the text of {@code #} inside a plural branch. */
    void appendTo(StringBuilder text, Object[] arguments, String hash);
  }

  private static final class Literal implements Part {
    private final String text;

    Literal(String text) {
      this.text = text;
    }

    @Override
    public void appendTo(StringBuilder out, Object[] arguments, String hash) {
      // A sentence ending in an abbreviation ("… 2024 r.") takes no second full stop.
      if (text.charAt(0) == '.'
          && out.length() > 0
          && out.charAt(out.length() - 1) == '.'
          && !text.startsWith("..")) {
        out.append(text, 1, text.length());
      } else {
        out.append(text);
      }
    }
  }

  private static final class Hash implements Part {
    @Override
    public void appendTo(StringBuilder out, Object[] arguments, String hash) {
      out.append(hash == null ? "#" : hash);
    }
  }

  /**
   * The argument at {@code index}, formatted by {@code format}; a missing argument stays {@code
   * {index}} in the text, as {@code MessageFormat} leaves it.
   */
  private static class Argument implements Part {
    private final int index;
    private final Function<Object, String> format;

    Argument(int index, Function<Object, String> format) {
      this.index = index;
      this.format = format;
    }

    /** The argument in kcs's own form for {@code language} ({@link #render}). */
    static Argument rendered(int index, Language language) {
      return new Argument(index, value -> render(value, language));
    }

    /** The argument as {@code format}, a {@code MessageFormat} of a type kcs does not format itself ({@code number}, {@code choice} …). */
    static Argument delegated(int index, MessageFormat format) {
      // MessageFormat is not thread-safe: each use formats with its own copy.
      return new Argument(
          index, value -> ((MessageFormat) format.clone()).format(new Object[] {value}));
    }

    @Override
    public final void appendTo(StringBuilder out, Object[] arguments, String hash) {
      if (index >= arguments.length) {
        out.append('{').append(index).append('}');
      } else {
        appendArgument(out, arguments[index], arguments);
      }
    }

    void appendArgument(StringBuilder out, Object value, Object[] arguments) {
      out.append(formatted(value));
    }

    final String formatted(Object value) {
      return format.apply(value);
    }
  }

  /** A plural choice on the argument at {@code index}, whose rendered form stands for {@code #}. */
  private static final class Plural extends Argument {
    private final Language language;
    private final ImmutableMap<Long, ImmutableList<Part>> exact;
    private final ImmutableMap<PluralCategory, ImmutableList<Part>> branches;

    Plural(
        int index,
        Language language,
        ImmutableMap<Long, ImmutableList<Part>> exact,
        ImmutableMap<PluralCategory, ImmutableList<Part>> branches) {
      super(index, value -> render(value, language));
      this.language = language;
      this.exact = exact;
      this.branches = branches;
    }

    @Override
    void appendArgument(StringBuilder out, Object value, Object[] arguments) {
      PluralCategory category = categoryOf(value, language);
      ImmutableList<Part> branch = null;
      if (!exact.isEmpty()) {
        Long whole = wholeValue(value);
        branch = whole == null ? null : exact.get(whole);
      }
      if (branch == null) {
        branch = branches.getOrDefault(category, branches.get(PluralCategory.OTHER));
      }
      String own = formatted(value);
      for (Part part : branch) {
        part.appendTo(out, arguments, own);
      }
    }
  }

  private static final class Parser {
    private final String pattern;
    private final Language language;
    private int position;
    long used;

    Parser(String pattern, Language language) {
      this.pattern = pattern;
      this.language = language;
    }

    /**
     * Parses up to the end, or up to the closing brace of a plural branch when {@code inBranch}
     * (then {@code #} is the number).
     */
    ImmutableList<Part> parse(boolean inBranch, boolean hashIsNumber) {
      ImmutableList.Builder<Part> parts = ImmutableList.builder();
      StringBuilder literal = new StringBuilder();
      while (position < pattern.length()) {
        char c = pattern.charAt(position);
        if (c == '\'') {
          position++;
          if (position < pattern.length() && pattern.charAt(position) == '\'') {
            literal.append('\'');
            position++;
          } else {
            readQuoted(literal);
          }
        } else if (c == '{') {
          flush(literal, parts);
          position++;
          parts.add(readArgument());
        } else if (c == '}' && inBranch) {
          flush(literal, parts);
          position++;
          return parts.build();
        } else if (c == '}') {
          throw error("an unmatched '}'");
        } else if (c == '#' && hashIsNumber) {
          flush(literal, parts);
          parts.add(new Hash());
          position++;
        } else {
          literal.append(c);
          position++;
        }
      }
      if (inBranch) {
        throw error("a plural branch not closed by '}'");
      }
      flush(literal, parts);
      return parts.build();
    }

    private void readQuoted(StringBuilder literal) {
      while (position < pattern.length()) {
        char c = pattern.charAt(position++);
        if (c == '\'') {
          if (position < pattern.length() && pattern.charAt(position) == '\'') {
            literal.append('\'');
            position++;
          } else {
            return;
          }
        } else {
          literal.append(c);
        }
      }
      // As MessageFormat: an unclosed quote runs to the end.
    }

    /** The trimmed text up to the next comma or closing brace, where the position stops. */
    private String readElement() {
      int start = position;
      while (position < pattern.length()
          && pattern.charAt(position) != ','
          && pattern.charAt(position) != '}') {
        position++;
      }
      if (position >= pattern.length()) {
        throw error("an argument not closed by '}'");
      }
      return pattern.substring(start, position).trim();
    }

    private Part readArgument() {
      int index = index(readElement());
      used |= index > 62 ? Long.MIN_VALUE : 1L << index;
      if (pattern.charAt(position) == '}') {
        position++;
        return Argument.rendered(index, language);
      }
      position++;
      String type = readElement();
      if ("plural".equals(type)) {
        checkArgument(pattern.charAt(position) == ',', "plural argument %s needs its forms", index);
        position++;
        return readPlural(index);
      }
      return delegated(index, type);
    }

    private Part delegated(int index, String type) {
      int depth = 1;
      int styleStart = position;
      while (position < pattern.length() && depth > 0) {
        char c = pattern.charAt(position);
        if (c == '\'') {
          int close = pattern.indexOf('\'', position + 1);
          position = close < 0 ? pattern.length() : close + 1;
          continue;
        }
        if (c == '{') {
          depth++;
        } else if (c == '}') {
          depth--;
        }
        position++;
      }
      if (depth > 0) {
        throw error("an argument not closed by '}'");
      }
      String rest = pattern.substring(styleStart, position - 1);
      try {
        return Argument.delegated(
            index, new MessageFormat("{0" + "," + type + rest + "}", language.locale()));
      } catch (IllegalArgumentException e) {
        throw error("an argument of type '" + type + "' MessageFormat cannot read");
      }
    }

    private Part readPlural(int index) {
      Map<Long, ImmutableList<Part>> exact = new LinkedHashMap<>();
      Map<PluralCategory, ImmutableList<Part>> branches = new LinkedHashMap<>();
      while (true) {
        skipSpaces();
        if (position >= pattern.length()) {
          throw error("a plural argument not closed by '}'");
        }
        if (pattern.charAt(position) == '}') {
          position++;
          break;
        }
        int start = position;
        while (position < pattern.length()
            && pattern.charAt(position) != '{'
            && !Character.isWhitespace(pattern.charAt(position))) {
          position++;
        }
        String selector = pattern.substring(start, position);
        skipSpaces();
        if (position >= pattern.length() || pattern.charAt(position) != '{') {
          throw error("plural form '" + selector + "' without '{'");
        }
        position++;
        ImmutableList<Part> branch = parse(true, true);
        if (selector.startsWith("=")) {
          try {
            exact.put(Long.parseLong(selector.substring(1)), branch);
          } catch (NumberFormatException e) {
            throw error("an exact plural form that is not a whole number");
          }
        } else {
          PluralCategory category = category(selector);
          if (branches.put(category, branch) != null) {
            throw error("plural form '" + selector + "' twice");
          }
        }
      }
      if (!branches.containsKey(PluralCategory.OTHER)) {
        throw error("a plural argument without its 'other' form");
      }
      return new Plural(index, language, ImmutableMap.copyOf(exact), ImmutableMap.copyOf(branches));
    }

    private PluralCategory category(String selector) {
      for (PluralCategory category : PluralCategory.values()) {
        if (category.keyword().equals(selector)) {
          return category;
        }
      }
      throw error(
          "an unknown plural form '"
              + (selector.length() > 10 ? selector.substring(0, 10) + "…" : selector)
              + "'");
    }

    private void skipSpaces() {
      while (position < pattern.length() && Character.isWhitespace(pattern.charAt(position))) {
        position++;
      }
    }

    private int index(String text) {
      if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
        throw error("an argument that is not a number from 0 to 9999");
      }
      return Integer.parseInt(text);
    }

    private void flush(StringBuilder literal, ImmutableList.Builder<Part> parts) {
      if (literal.length() > 0) {
        parts.add(new Literal(literal.toString()));
        literal.setLength(0);
      }
    }

    private IllegalArgumentException error(String what) {
      return new IllegalArgumentException(
          "message pattern has " + what + " at position " + position);
    }
  }
}
