package pl.kcs.cli;

import pl.kcs.core.Language;

/**
 * An input the command cannot use: an unreadable file, a bad document, a value kcs rejects. The
 * command prints {@code kcs: FILE: problem} on standard error, one line, and exits with 2.
 */
final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String problem;

  BadInputException(String file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
    this.problem = problem;
  }

  BadInputException(String file, String problem) {
    this(file, problem, null);
  }

  /** {@code FILE: problem} in {@code language}: the command's own words translated, a document's diagnosis as kcs-json gives it. */
  String message(Language language) {
    return file + ": " + CommandMessages.problem(problem, language);
  }
}
