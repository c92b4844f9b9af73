package pl.kcs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.json.KcsJson;
import pl.kcs.json.KcsJsonException;
import pl.kcs.json.ReadLimits;

/**
 * Reads the FILE of a subcommand: a path, or {@code -} for standard input; UTF-8 text (a byte-order
 * mark is allowed); a JSON document, or for an implementation also its XML form (a name ending in
 * {@code .xml}, or text starting with {@code <}). Nothing is logged: documents hold data about
 * people.
 */
final class Inputs {

  private final InputStream stdin;
  private KcsJson json = KcsJson.standard();

  Inputs(InputStream stdin) {
    this.stdin = stdin;
  }

  /** Reads documents of at most {@code bytes} bytes (the {@code --max-input-size} option). */
  void maxInputSize(long bytes) {
    json = json.withLimits(ReadLimits.defaults().withMaxDocumentLength(bytes));
  }

  /** The reader, with the size limit in force. */
  KcsJson json() {
    return json;
  }

  /** The document in {@code file} of {@code type}. */
  <T> T json(String file, Class<T> type) {
    String text = text(file);
    try {
      return json.fromJson(text, type);
    } catch (KcsJsonException e) {
      throw new BadInputException(file, e.getMessage(), e);
    }
  }

  /** The name of the document in {@code file} and its text. */
  Document document(String file) {
    String text = text(file);
    try {
      return new Document(json.documentOf(text), text);
    } catch (KcsJsonException e) {
      throw new BadInputException(file, e.getMessage(), e);
    }
  }

  /** An implementation document, JSON or XML. */
  KcsImplementation implementation(String file) {
    String text = text(file);
    try {
      if (file.toLowerCase(Locale.ROOT).endsWith(".xml") || text.stripLeading().startsWith("<")) {
        return json.implementationFromXml(text);
      }
      return json.fromJson(text, KcsImplementation.class);
    } catch (KcsJsonException e) {
      throw new BadInputException(file, e.getMessage(), e);
    }
  }

  /** A self-help club document (JSON). */
  pl.kcs.core.club.SelfHelpClub club(String file) {
    String text = text(file);
    try {
      return json.fromJson(text, pl.kcs.core.club.SelfHelpClub.class);
    } catch (KcsJsonException e) {
      throw new BadInputException(file, e.getMessage(), e);
    }
  }

  /** The text of {@code file}. */
  String text(String file) {
    byte[] bytes;
    long limit = json.limits().maxDocumentLength();
    try {
      if ("-".equals(file)) {
        bytes = stdin.readNBytes((int) limit + 1);
      } else {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
          throw new BadInputException(file, "is a directory, not a file");
        }
        // At most one byte past the limit, whatever the file is: /dev/zero never ends.
        try (InputStream in = Files.newInputStream(path)) {
          bytes = in.readNBytes((int) limit + 1);
        }
      }
      if (bytes.length > limit) {
        throw new BadInputException(
            file,
            "is larger than the limit of " + limit + " bytes (raise it with --max-input-size)");
      }
    } catch (NoSuchFileException e) {
      throw new BadInputException(file, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new BadInputException(file, "cannot read it: access denied", e);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new BadInputException(file, "cannot read it: " + e.getClass().getSimpleName(), e);
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new BadInputException(file, "is not UTF-8 text", e);
    }
  }

  /** A document's name and text. */
  record Document(String name, String text) {}
}
