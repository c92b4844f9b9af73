package pl.kcs.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The value of {@code --max-input-size}: bytes, or kibibytes, mebibytes, gibibytes with K, M, G. */
final class InputSize {

  /** The largest size a Java string can hold. */
  static final long MAX = Integer.MAX_VALUE - 8;

  private static final Pattern SIZE = Pattern.compile("([1-9][0-9]{0,9})([KMG]?)");

  private InputSize() {}

  static long parse(String text, CommandSpec spec) {
    Matcher matcher = SIZE.matcher(text);
    long bytes = -1;
    if (matcher.matches()) {
      long number = Long.parseLong(matcher.group(1));
      int shift =
          switch (matcher.group(2)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            default -> 0;
          };
      bytes = number <= (MAX >> shift) ? number << shift : -1;
    }
    if (bytes < 1 || bytes > MAX) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--max-input-size must be a number of bytes from 1 to "
              + MAX
              + ", optionally with K, M or G (like 64M)");
    }
    return bytes;
  }
}
