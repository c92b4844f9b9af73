/** A Spring Boot 4 style application on the module path: kcs values through Jackson 3. */
module com.example.jacksonapp {
  requires pl.kcs.json.tools.jackson;
}
