package com.example.jackson3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.json.KcsJson;
import pl.kcs.json.jackson3.KcsJson3;
import tools.jackson.databind.json.JsonMapper;

/** Reads the implementation document named by the first argument and round-trips it through a Jackson 3 mapper. */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws IOException {
    String document = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    KcsImplementation implementation = KcsJson.standard().fromJson(document, KcsImplementation.class);

    JsonMapper mapper = JsonMapper.builder().addModule(KcsJson3.module()).build();
    String json = mapper.writeValueAsString(implementation);
    KcsImplementation back = mapper.readValue(json, KcsImplementation.class);

    System.out.println("module: " + Main.class.getModule().getName());
    System.out.println("host: " + back.host().kind());
    System.out.println("round trip: " + back.equals(implementation));
  }
}
