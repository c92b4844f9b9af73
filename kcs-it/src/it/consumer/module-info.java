/** A user's application on the module path: the stage rules, and kcs-json for the JSON form. */
module com.example.consumer {
  requires pl.kcs.rules;
  requires pl.kcs.json;
}
