package pl.kcs.examples.command;

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

/**
 * Reads the FILE of a subcommand: a path, or {@code -} for standard input; UTF-8 text (a byte-order
 * mark is allowed); a JSON document, or for an implementation also its XML form (a name ending in
 * {@code .xml}, or text starting with {@code <}). Nothing is logged: documents hold data about
 * people.
 */
final class Inputs {

  private final InputStream stdin;

  Inputs(InputStream stdin) {
    this.stdin = stdin;
  }

  /** The document in {@code file} of {@code type}. */
  <T> T json(String file, Class<T> type) {
    String text = text(file);
    try {
      return KcsJson.standard().fromJson(text, type);
    } catch (KcsJsonException e) {
      throw new BadInputException(file, e.getMessage(), e);
    }
  }

  /** The name of the document in {@code file} and its text. */
  Document document(String file) {
    String text = text(file);
    try {
      return new Document(KcsJson.standard().documentOf(text), text);
    } catch (KcsJsonException e) {
      throw new BadInputException(file, e.getMessage(), e);
    }
  }

  /** An implementation document, JSON or XML. */
  KcsImplementation implementation(String file) {
    String text = text(file);
    try {
      if (file.toLowerCase(Locale.ROOT).endsWith(".xml") || text.stripLeading().startsWith("<")) {
        return KcsJson.standard().implementationFromXml(text);
      }
      return KcsJson.standard().fromJson(text, KcsImplementation.class);
    } catch (KcsJsonException e) {
      throw new BadInputException(file, e.getMessage(), e);
    }
  }

  /** A self-help club document (JSON). */
  pl.kcs.core.club.SelfHelpClub club(String file) {
    String text = text(file);
    try {
      return KcsJson.standard().fromJson(text, pl.kcs.core.club.SelfHelpClub.class);
    } catch (KcsJsonException e) {
      throw new BadInputException(file, e.getMessage(), e);
    }
  }

  /** The text of {@code file}. */
  String text(String file) {
    byte[] bytes;
    try {
      if ("-".equals(file)) {
        bytes = stdin.readAllBytes();
      } else {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
          throw new BadInputException(file, "is a directory, not a file");
        }
        bytes = Files.readAllBytes(path);
      }
    } catch (NoSuchFileException e) {
      throw new BadInputException(file, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new BadInputException(file, "cannot read it: access denied", e);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new BadInputException(file, "cannot read it: " + e.getMessage(), e);
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
