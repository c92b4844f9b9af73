/** A user's application on the module path: it requires kcs-json and, through it, every kcs module. */
module com.example.consumer {
  requires pl.kcs.json;
}
