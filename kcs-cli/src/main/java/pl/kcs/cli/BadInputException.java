package pl.kcs.cli;

/**
 * An input the command cannot use: an unreadable file, a bad document, a value kcs rejects. The
 * command prints {@code kcs: FILE: problem} on standard error, one line, and exits with 2.
 */
final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BadInputException(String file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
  }

  BadInputException(String file, String problem) {
    super(file + ": " + problem);
  }
}
