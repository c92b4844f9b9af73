package pl.kcs.cli;

import java.util.StringJoiner;
import pl.kcs.core.Language;
import pl.kcs.core.people.Animator;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.costs.BudgetPlan;

/**
 * What {@code kcs budget --from} took from the implementation document and what it did not, said
 * before the table, so the reader knows which figures are the document's (KCS-COST-ANIMATOR,
 * KCS-COST-TRAINING, KCS-COST-SUPERVISION) and which are assumptions.
 */
final class BudgetFromImplementation {

  private BudgetFromImplementation() {}

  static String preface(
      String file,
      KcsImplementation implementation,
      BudgetPlan plan,
      boolean defaultMonths,
      Language language) {
    boolean pl = language == Language.POLISH;
    StringJoiner posts = new StringJoiner(", ");
    for (Animator animator : implementation.animators()) {
      posts.add(animator.postFraction().toString());
    }
    String animators =
        implementation.animators().isEmpty() ? (pl ? "brak" : "none") : posts.toString();
    StringBuilder text = new StringBuilder();
    if (pl) {
      text.append("Plan zbudowany z dokumentu wdrożenia ")
          .append(file)
          .append(":\n")
          .append("  z dokumentu: etaty animatorów i animatorek (")
          .append(animators)
          .append("; KCS-COST-ANIMATOR), ")
          .append("odnotowane szkolenia: ")
          .append(plan.trainings())
          .append(" (KCS-COST-TRAINING), ")
          .append("superwizja według harmonogramów: ")
          .append(plan.animatorSupervisionHoursPerMonth().stripTrailingZeros().toPlainString())
          .append(" godz. miesięcznie (KCS-COST-SUPERVISION; jedna sesja to ")
          .append(BudgetPlan.SUPERVISION_SESSION_HOURS)
          .append(" godz. — ustawienie domyślne kcs, nie metody), grupy: ")
          .append(plan.groups())
          .append(", uczestnicy i uczestniczki: ")
          .append(plan.participants())
          .append(";\n")
          .append("  spoza dokumentu: miesiące: ")
          .append(plan.months())
          .append(
              defaultMonths
                  ? " (ustawienie domyślne kcs, nie metody; zmieńcie je opcją --months)"
                  : " (--months)")
          .append(", wydarzenia: ")
          .append(plan.eventsPerMonth())
          .append(" miesięcznie i ")
          .append(plan.eventsPerYear())
          .append(
              " rocznie (KCS-COST-EVENT; dokument wdrożenia ich nie zawiera), stawki z 2023 r.\n\n");
    } else {
      text.append("Plan built from the implementation document ")
          .append(file)
          .append(":\n")
          .append("  from the document: the animators' posts (")
          .append(animators)
          .append("; KCS-COST-ANIMATOR), ")
          .append("recorded trainings: ")
          .append(plan.trainings())
          .append(" (KCS-COST-TRAINING), ")
          .append("supervision by the schedules: ")
          .append(plan.animatorSupervisionHoursPerMonth().stripTrailingZeros().toPlainString())
          .append(" hours a month (KCS-COST-SUPERVISION; one session is ")
          .append(BudgetPlan.SUPERVISION_SESSION_HOURS)
          .append(" hour — a kcs default, not the method's), groups: ")
          .append(plan.groups())
          .append(", participants: ")
          .append(plan.participants())
          .append(";\n")
          .append("  not from the document: months: ")
          .append(plan.months())
          .append(
              defaultMonths
                  ? " (a kcs default, not the method's; change it with --months)"
                  : " (--months)")
          .append(", events: ")
          .append(plan.eventsPerMonth())
          .append(" a month and ")
          .append(plan.eventsPerYear())
          .append(
              " a year (KCS-COST-EVENT; an implementation document does not record them), 2023 rates.\n\n");
    }
    return text.toString();
  }
}
