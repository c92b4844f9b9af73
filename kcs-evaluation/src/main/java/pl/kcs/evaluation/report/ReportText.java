package pl.kcs.evaluation.report;

import pl.kcs.core.LocalizedBundle;

/** The texts of reports, from the labels bundle of kcs-evaluation. */
final class ReportText {

  static final LocalizedBundle BUNDLE =
      LocalizedBundle.load("pl.kcs.evaluation.labels", ReportText.class.getClassLoader());

  private ReportText() {}
}
