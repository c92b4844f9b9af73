/** A Spring Boot 4 style application on the module path: kcs values through Jackson 3. */
module com.example.jackson3 {
  requires pl.kcs.json.jackson3;
}
