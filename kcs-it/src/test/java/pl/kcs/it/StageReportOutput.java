package pl.kcs.it;

import static org.assertj.core.api.Assertions.assertThat;

/** What the consumer prints, wherever it runs. */
final class StageReportOutput {

  private StageReportOutput() {}

  static void assertPrintedByTheConsumer(String output) {
    assertThat(output)
        .contains("stage: PREPARATION")
        .contains("may advance: false")
        .contains("blockers: 4")
        // kcs-rules' Polish messages and kcs-core's Polish labels (equipment names)
        .contains("Biblioteka w Lipowie — Etap 1. Przygotowanie instytucji kultury")
        .contains("Brakuje wymaganego sprzętu: flipchart, materiały biurowe.")
        .contains("(kcs.s1b.supervision, KCS-S1B-SUPERVISION)")
        // and the English ones
        .contains("Biblioteka w Lipowie — Stage 1: preparing the institution")
        .contains("The institution may move on to the next stage: no (4 blockers).")
        .contains("json round trip: true")
        .doesNotContain("Exception");
  }
}
