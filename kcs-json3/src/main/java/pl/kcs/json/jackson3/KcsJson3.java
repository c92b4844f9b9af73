package pl.kcs.json.jackson3;

import static java.util.Objects.requireNonNull;

import pl.kcs.json.KcsJson;
import tools.jackson.databind.JacksonModule;

/**
 * The kcs-json mapping for Jackson 3 ({@code tools.jackson}, Spring Boot 4): a {@link
 * JacksonModule} with a serializer for every type kcs-json writes and a deserializer for every
 * type it reads, so that kcs values appear inside a system's own JSON documents in kcs's shape
 * (without the document fields), as {@link KcsJson#jacksonModule()} does for Jackson 2.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(KcsJson3.module()).build();
 * String json = mapper.writeValueAsString(implementation);
 * KcsImplementation read = mapper.readValue(json, KcsImplementation.class);
 *
 * // Spring Boot 4 registers every JacksonModule bean with its JsonMapper:
 * @Bean JacksonModule kcsModule() { return KcsJson3.module(); }
 * }</pre>
 *
 * <p>Nothing of the mapping is here: each serializer and deserializer delegates to {@link
 * KcsJson#writeValue} and {@link KcsJson#readValue}. A bad value fails with a Jackson 3 {@code
 * MismatchedInputException} whose message starts with kcs-json's location and problem ({@code
 * $.postFraction: must be in (0, 1], was 3/2}) and whose cause is the {@code KcsJsonException}.
 * The text is tokenised by the system's mapper: its {@code StreamReadConstraints} bound it; kcs-json
 * checks lists, strings, numbers and dates as everywhere, and never repeats free text.
 *
 * <p>Modules are immutable and thread-safe once registered.
 */
public final class KcsJson3 {

  private KcsJson3() {}

  /** The module of {@link KcsJson#standard()}: report texts in English, the default limits. */
  public static JacksonModule module() {
    return module(KcsJson.standard());
  }

  /** The module of {@code json}: its report language and its limits of lists and strings. */
  public static JacksonModule module(KcsJson json) {
    return new Jackson3Module(requireNonNull(json, "json"));
  }
}
