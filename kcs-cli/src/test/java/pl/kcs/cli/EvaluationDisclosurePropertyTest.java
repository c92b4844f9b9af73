package pl.kcs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pl.kcs.core.Language;
import pl.kcs.core.group.GroupId;
import pl.kcs.evaluation.EvaluationSurvey;
import pl.kcs.evaluation.GroupOutcome;
import pl.kcs.evaluation.LessLonelyAnswer;
import pl.kcs.evaluation.OrganiserConfidence;
import pl.kcs.evaluation.RespondentId;
import pl.kcs.evaluation.SurveyResponse;
import pl.kcs.evaluation.TiesOutsideGroup;
import pl.kcs.evaluation.Wave;
import pl.kcs.evaluation.instrument.DjgAnswer;
import pl.kcs.evaluation.instrument.DjgForm;
import pl.kcs.evaluation.instrument.DjgItem;
import pl.kcs.evaluation.instrument.DjgResponse;
import pl.kcs.evaluation.instrument.Instrument;
import pl.kcs.evaluation.instrument.UclaAnswer;
import pl.kcs.evaluation.instrument.UclaResponse;
import pl.kcs.evaluation.report.EvaluationReport;
import pl.kcs.evaluation.report.Evaluator;
import pl.kcs.evaluation.report.ScaleSection;
import pl.kcs.evaluation.report.SuppressionPolicy;
import pl.kcs.json.KcsJson;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Property;

/**
 * Issue 16 §1, GDPR art. 9: an attacker who holds every output of an evaluation report at once —
 * the text in English and Polish, the JSON of kcs-json and the CSV of {@code kcs evaluate} — and
 * tries every differencing attack (the all-groups total minus the shown groups, with each group's
 * size taken from any table of the same population where it is shown) cannot determine the answers
 * of a respondent in a suppressed cell, and no shown figure pins answers down (a share of 0 % or
 * 100 %, a mean at an end of the scale, or one that says nobody or everybody is lonely)
 * (KCS-EFF-LONELINESS, KCS-EFF-CONFIDENCE, KCS-EFF-TIES).
 *
 * <p>The attacker reads only the published figures: counts, shares and means rounded to one
 * decimal, so a sum is known to lie in an interval. All formats must publish the same figures.
 */
class EvaluationDisclosurePropertyTest {

  private static final LocalDate START = LocalDate.of(2024, 3, 1);
  private static final LocalDate AFTER = LocalDate.of(2024, 9, 1);
  static final String ALL = "*all*";
  private static final ObjectMapper JACKSON = new ObjectMapper();

  record Case(List<GroupOutcome> groups, EvaluationSurvey survey, SuppressionPolicy policy) {
    EvaluationReport report() {
      return Evaluator.builder().suppression(policy).build().report("KCS", groups, survey, AFTER);
    }

    @Override
    public String toString() {
      return groups.size() + " groups, " + survey.responses().size() + " responses, " + policy;
    }
  }

  /** One published cell: its state and, if shown, its figures. */
  record Figure(String state, int k, int n, BigDecimal before, BigDecimal after) {
    static Figure suppressed() {
      return new Figure("SUPPRESSED", -1, -1, null, null);
    }

    static Figure noAnswers() {
      return new Figure("NO_ANSWERS", -1, -1, null, null);
    }

    boolean shown() {
      return state.equals("SHOWN");
    }
  }

  // ------------------------------------------------------------------ generated evaluations

  /** Scores on the UCLA scale 3–9 that crowd the ends of the scale and of its bands (3, 5, 6, 9). */
  private static int ucla(SplittableRandom random, int style) {
    switch (style) {
      case 0:
        return 9;
      case 1:
        return random.nextBoolean() ? 3 : 9;
      case 2:
        return new int[] {3, 5, 6, 9}[random.nextInt(4)];
      case 3:
        return random.nextBoolean() ? 5 : 6;
      default:
        return 3 + random.nextInt(7);
    }
  }

  private static UclaResponse uclaResponse(int total) {
    int[] points = {1, 1, 1};
    for (int extra = total - 3, i = 0; extra > 0; extra--, i = (i + 1) % 3) {
      points[i]++;
    }
    return UclaResponse.of(
        UclaAnswer.values()[points[0] - 1],
        UclaAnswer.values()[points[1] - 1],
        UclaAnswer.values()[points[2] - 1]);
  }

  private static DjgResponse djg(SplittableRandom random, double lean) {
    DjgResponse.Builder djg = DjgResponse.builder().form(DjgForm.SIX_ITEM);
    for (DjgItem item : DjgForm.SIX_ITEM.items()) {
      djg.putAnswers(
          item,
          random.nextDouble() < lean
              ? DjgAnswer.MORE_OR_LESS
              : (random.nextBoolean() ? DjgAnswer.YES : DjgAnswer.NO));
    }
    return djg.build();
  }

  static final Gen<Case> CASES =
      random -> {
        int groupCount = 1 + random.nextInt(5);
        List<GroupOutcome> groups = new ArrayList<>();
        List<SurveyResponse> responses = new ArrayList<>();
        boolean djgUsed = random.nextInt(3) == 0;
        for (int g = 0; g < groupCount; g++) {
          String group = "g-" + g;
          groups.add(GroupOutcome.builder().group(GroupId.of(group)).name("Group " + g).build());
          int size = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(25);
          int before = random.nextInt(5);
          int after = random.nextInt(5);
          double lean = random.nextInt(3) == 0 ? 1.0 : random.nextDouble();
          for (int r = 0; r < size; r++) {
            String id = "resp-" + g + "-" + r;
            responses.add(
                response(id, group, Wave.BASELINE, START)
                    .ucla(uclaResponse(ucla(random, before)))
                    .build());
            SurveyResponse.Builder followUp =
                response(id, group, Wave.FOLLOW_UP, AFTER).ucla(uclaResponse(ucla(random, after)));
            if (djgUsed) {
              followUp.djg(djg(random, lean));
            }
            if (random.nextInt(6) > 0) {
              followUp.lessLonely(
                  random.nextDouble() < lean
                      ? LessLonelyAnswer.LESS_LONELY
                      : LessLonelyAnswer.CANNOT_SAY);
            }
            if (random.nextInt(6) > 0) {
              followUp.confidence(
                  random.nextDouble() < lean
                      ? OrganiserConfidence.RATHER_NOT
                      : OrganiserConfidence.DEFINITELY_YES);
            }
            if (random.nextInt(6) > 0) {
              followUp.ties(
                  random.nextDouble() < lean
                      ? TiesOutsideGroup.THREE_OR_MORE
                      : TiesOutsideGroup.NONE);
            }
            responses.add(followUp.build());
          }
        }
        SuppressionPolicy policy =
            SuppressionPolicy.builder()
                .minimumCellSize(2 + random.nextInt(5))
                .protectComplement(random.nextInt(5) > 0)
                .build();
        return new Case(groups, EvaluationSurvey.of(responses), policy);
      };

  private static SurveyResponse.Builder response(
      String id, String group, Wave wave, LocalDate date) {
    return SurveyResponse.builder()
        .respondent(RespondentId.of(id))
        .group(GroupId.of(group))
        .wave(wave)
        .answeredOn(date);
  }

  // ------------------------------------------------------------------ reading every output

  private static List<String> tableKeys(EvaluationReport report) {
    List<String> keys = new ArrayList<>();
    for (ScaleSection scale : report.scales()) {
      for (String table : List.of("scores", "improved", "lonelyBefore", "lonelyAfter")) {
        keys.add(scale.instrument().name() + "/" + table);
      }
    }
    keys.addAll(List.of("lessLonely", "confident", "ties"));
    return keys;
  }

  private static final Pattern GROUP_LINE = Pattern.compile("^    (.*?): (.*)$");
  private static final Pattern SHARE_EN = Pattern.compile("^(\\d+) of (\\d+) \\(.*");
  private static final Pattern SHARE_PL = Pattern.compile("^(\\d+) z (\\d+) \\(.*");
  private static final Pattern MEANS_EN =
      Pattern.compile("^(\\d+) respondents: (−?[\\d.]+) → (−?[\\d.]+) \\(change .*\\)$");
  private static final Pattern MEANS_PL =
      Pattern.compile("^liczba osób: (\\d+); (−?[\\d,]+) → (−?[\\d,]+) \\(zmiana .*\\)$");

  static Map<String, Map<String, Figure>> fromText(EvaluationReport report, Language language) {
    String text = report.render(language);
    boolean english = language == Language.ENGLISH;
    List<String> keys = tableKeys(report);
    Map<String, Map<String, Figure>> tables = new LinkedHashMap<>();
    int table = -1;
    boolean inTable = false;
    for (String line : text.split("\n")) {
      if (line.startsWith(english ? "Groups meeting" : "Grupy spotykające")) {
        break;
      }
      Matcher group = GROUP_LINE.matcher(line);
      if (!group.matches()) {
        inTable = false;
        continue;
      }
      if (!inTable) {
        table++;
        inTable = true;
        tables.put(keys.get(table), new LinkedHashMap<>());
      }
      String label = group.group(1);
      String scope =
          label.equals(english ? "All groups" : "Wszystkie grupy")
              ? ALL
              : label.substring(label.lastIndexOf('(') + 1, label.length() - 1);
      tables.get(keys.get(table)).put(scope, textFigure(group.group(2), english));
    }
    assertThat(table).as("tables read from the %s text", language).isEqualTo(keys.size() - 1);
    return tables;
  }

  private static Figure textFigure(String cell, boolean english) {
    if (cell.equals(
        english ? "suppressed to protect respondents" : "ukryte, by chronić respondentów")) {
      return Figure.suppressed();
    }
    if (cell.equals(english ? "no answers" : "brak odpowiedzi")) {
      return Figure.noAnswers();
    }
    Matcher share = (english ? SHARE_EN : SHARE_PL).matcher(cell);
    if (share.matches()) {
      return new Figure(
          "SHOWN", Integer.parseInt(share.group(1)), Integer.parseInt(share.group(2)), null, null);
    }
    Matcher means = (english ? MEANS_EN : MEANS_PL).matcher(cell);
    assertThat(means.matches()).as("a cell the attacker can read: %s", cell).isTrue();
    return new Figure(
        "SHOWN",
        -1,
        Integer.parseInt(means.group(1)),
        decimal(means.group(2)),
        decimal(means.group(3)));
  }

  private static BigDecimal decimal(String text) {
    return new BigDecimal(text.replace('−', '-').replace(',', '.'));
  }

  static Map<String, Map<String, Figure>> fromJson(EvaluationReport report) throws Exception {
    JsonNode json = JACKSON.readTree(KcsJson.standard().toJson(report));
    Map<String, Map<String, Figure>> tables = new LinkedHashMap<>();
    for (JsonNode scale : json.get("scales")) {
      for (String table : List.of("scores", "improved", "lonelyBefore", "lonelyAfter")) {
        tables.put(scale.get("instrument").asText() + "/" + table, jsonTable(scale.get(table)));
      }
    }
    for (String table : List.of("lessLonely", "confident", "ties")) {
      tables.put(table, jsonTable(json.get(table)));
    }
    // No sum of scores in any form, and no figure in a suppressed cell.
    assertThat(json.toString()).doesNotContain("\"sum");
    return tables;
  }

  private static Map<String, Figure> jsonTable(JsonNode table) {
    Map<String, Figure> cells = new LinkedHashMap<>();
    cells.put(ALL, jsonFigure(table.get("allGroups")));
    for (JsonNode group : table.get("groups")) {
      cells.put(group.get("group").asText(), jsonFigure(group.get("cell")));
    }
    return reordered(cells);
  }

  private static Figure jsonFigure(JsonNode cell) {
    String state = cell.get("state").asText();
    if (!state.equals("SHOWN")) {
      assertThat(cell.size()).as("a %s cell holds its state only", state).isEqualTo(1);
      return state.equals("SUPPRESSED") ? Figure.suppressed() : Figure.noAnswers();
    }
    JsonNode value = cell.get("value");
    if (value.has("successes")) {
      return new Figure(
          "SHOWN", value.get("successes").asInt(), value.get("trials").asInt(), null, null);
    }
    return new Figure(
        "SHOWN",
        -1,
        value.get("respondents").asInt(),
        decimal(value.get("meanBefore").asText()),
        decimal(value.get("meanAfter").asText()));
  }

  static Map<String, Map<String, Figure>> fromCsv(EvaluationReport report) {
    Map<String, String> measures =
        Map.of(
            "scores",
            "scores",
            "improved",
            "improved",
            "lonely_before",
            "lonelyBefore",
            "lonely_after",
            "lonelyAfter",
            "less_lonely",
            "lessLonely",
            "confident",
            "confident",
            "ties",
            "ties");
    Map<String, Map<String, Figure>> tables = new LinkedHashMap<>();
    String[] rows = EvaluationReportCsv.write(report).toString().split("\r\n");
    for (int i = 1; i < rows.length; i++) {
      String[] f = rows[i].split(",", -1);
      if (!measures.containsKey(f[0])) {
        continue;
      }
      String key = f[1].isEmpty() ? measures.get(f[0]) : f[1] + "/" + measures.get(f[0]);
      String scope = f[2].equals("ALL_GROUPS") ? ALL : f[3];
      Figure figure;
      if (!f[4].equals("SHOWN")) {
        for (int j = 5; j < f.length; j++) {
          assertThat(f[j]).as("a %s row carries no figure", f[4]).isEmpty();
        }
        figure = f[4].equals("SUPPRESSED") ? Figure.suppressed() : Figure.noAnswers();
      } else if (!f[5].isEmpty()) {
        figure = new Figure("SHOWN", Integer.parseInt(f[5]), Integer.parseInt(f[6]), null, null);
      } else {
        figure = new Figure("SHOWN", -1, Integer.parseInt(f[10]), decimal(f[11]), decimal(f[12]));
      }
      tables.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(scope, figure);
    }
    tables.replaceAll((k, v) -> reordered(v));
    return tables;
  }

  /** Cells keyed by scope with the all-groups cell first, then the groups in id order. */
  private static Map<String, Figure> reordered(Map<String, Figure> cells) {
    Map<String, Figure> ordered = new LinkedHashMap<>();
    ordered.put(ALL, cells.get(ALL));
    cells.keySet().stream()
        .filter(k -> !k.equals(ALL))
        .sorted()
        .forEach(k -> ordered.put(k, cells.get(k)));
    return ordered;
  }

  // ------------------------------------------------------------------ the attacker

  /** The scale's minimum, maximum and the score from which it counts as lonely, by the standard scoring. */
  private static int[] scale(String instrument) {
    return switch (Instrument.valueOf(instrument)) {
      case UCLA_3 -> new int[] {3, 9, 6};
      case DJG_6 -> new int[] {0, 6, 2};
      case DJG_11 -> new int[] {0, 11, 3};
    };
  }

  /** The sums {@code n} scores may have when their mean shows as {@code mean}: [low, high]. */
  private static long[] sums(int n, BigDecimal mean) {
    BigDecimal half = new BigDecimal("0.05");
    BigDecimal count = BigDecimal.valueOf(n);
    long low =
        mean.subtract(half).multiply(count).setScale(0, RoundingMode.CEILING).longValueExact();
    long high =
        mean.add(half).multiply(count).setScale(0, RoundingMode.CEILING).longValueExact() - 1;
    return new long[] {low, high};
  }

  private static void attack(Map<String, Map<String, Figure>> tables) {
    // Each group's number of respondents in a population, from any table of it that shows the
    // group.
    Map<String, Map<String, Integer>> sizes = new HashMap<>();
    for (Map.Entry<String, Map<String, Figure>> table : tables.entrySet()) {
      String population = table.getKey().split("/")[0];
      for (Map.Entry<String, Figure> cell : table.getValue().entrySet()) {
        if (cell.getValue().shown()) {
          sizes
              .computeIfAbsent(population, p -> new HashMap<>())
              .put(cell.getKey(), cell.getValue().n());
        }
      }
    }
    for (Map.Entry<String, Map<String, Figure>> table : tables.entrySet()) {
      String key = table.getKey();
      Map<String, Integer> known = sizes.getOrDefault(key.split("/")[0], Map.of());
      if (key.endsWith("/scores")) {
        int[] scale = scale(key.split("/")[0]);
        Map<String, Figure> lonelyBefore = tables.get(key.replace("scores", "lonelyBefore"));
        Map<String, Figure> lonelyAfter = tables.get(key.replace("scores", "lonelyAfter"));
        attackMeans(key, table.getValue(), known, scale, true, lonelyBefore);
        attackMeans(key, table.getValue(), known, scale, false, lonelyAfter);
      } else {
        attackShares(key, table.getValue(), known);
      }
    }
  }

  private static void attackShares(
      String key, Map<String, Figure> cells, Map<String, Integer> known) {
    for (Map.Entry<String, Figure> cell : cells.entrySet()) {
      Figure figure = cell.getValue();
      if (figure.shown()) {
        assertThat(figure.k())
            .as("%s %s: a share of 0 %% tells every answer", key, cell.getKey())
            .isPositive();
        assertThat(figure.k())
            .as("%s %s: a share of 100 %% tells every answer", key, cell.getKey())
            .isLessThan(figure.n());
      }
    }
    Figure total = cells.get(ALL);
    if (!total.shown()) {
      return;
    }
    int k = total.k();
    int n = total.n();
    List<String> hidden = new ArrayList<>();
    for (Map.Entry<String, Figure> cell : cells.entrySet()) {
      if (cell.getKey().equals(ALL)) {
        continue;
      }
      if (cell.getValue().shown()) {
        k -= cell.getValue().k();
        n -= cell.getValue().n();
      } else {
        hidden.add(cell.getKey());
      }
    }
    for (String group : hidden) {
      int knownOthers = 0;
      boolean unknownOthers = false;
      for (String other : hidden) {
        if (!other.equals(group)) {
          if (known.containsKey(other)) {
            knownOthers += known.get(other);
          } else {
            unknownOthers = true;
          }
        }
      }
      // Every (size, count) the suppressed group can have, given the remainder and the others.
      List<int[]> feasible = new ArrayList<>();
      int lowest = known.getOrDefault(group, unknownOthers ? 0 : n - knownOthers);
      int highest = known.getOrDefault(group, n - knownOthers);
      for (int size = Math.max(0, lowest); size <= highest; size++) {
        int others = n - size;
        if (others < knownOthers || (!unknownOthers && others != knownOthers)) {
          continue;
        }
        for (int count = Math.max(0, k - others); count <= Math.min(size, k); count++) {
          feasible.add(new int[] {size, count});
        }
      }
      assertUndetermined(key, group, feasible);
    }
  }

  /** The attacker learns a suppressed group's answers if every possibility agrees on them. */
  private static void assertUndetermined(String key, String group, List<int[]> feasible) {
    if (feasible.isEmpty() || feasible.stream().anyMatch(f -> f[0] == 0)) {
      return;
    }
    boolean single =
        feasible.stream().allMatch(f -> f[0] == feasible.get(0)[0] && f[1] == feasible.get(0)[1]);
    boolean allYes = feasible.stream().allMatch(f -> f[1] == f[0]);
    boolean allNo = feasible.stream().allMatch(f -> f[1] == 0);
    assertThat(single || allYes || allNo)
        .as("%s: the suppressed cell of %s can be worked out from the others", key, group)
        .isFalse();
  }

  private static void attackMeans(
      String key,
      Map<String, Figure> cells,
      Map<String, Integer> known,
      int[] scale,
      boolean before,
      Map<String, Figure> lonely) {
    int min = scale[0];
    int max = scale[1];
    int lonelyFrom = scale[2];
    String wave = before ? "at the start" : "after";
    for (Map.Entry<String, Figure> cell : cells.entrySet()) {
      Figure figure = cell.getValue();
      if (!figure.shown()) {
        continue;
      }
      int n = figure.n();
      long[] sum = sums(n, before ? figure.before() : figure.after());
      String where = key + " " + cell.getKey() + " " + wave;
      assertThat(sum[1])
          .as("%s: the mean says everyone is at the scale's minimum", where)
          .isGreaterThan((long) n * min);
      assertThat(sum[0])
          .as("%s: the mean says everyone is at the scale's maximum", where)
          .isLessThan((long) n * max);
      assertThat(sum[1])
          .as("%s: the mean says nobody is lonely", where)
          .isGreaterThanOrEqualTo(lonelyFrom + (long) (n - 1) * min);
      assertThat(sum[0])
          .as("%s: the mean says everybody is lonely", where)
          .isLessThanOrEqualTo((long) (n - 1) * max + lonelyFrom - 1);
      Figure band = lonely.get(cell.getKey());
      if (band.shown()) {
        long top = (long) band.k() * max + (long) (n - band.k()) * (lonelyFrom - 1);
        long bottom = (long) band.k() * lonelyFrom + (long) (n - band.k()) * min;
        assertThat(sum[0] == top && sum[1] == top)
            .as("%s: everyone at the top of their band", where)
            .isFalse();
        assertThat(sum[0] == bottom && sum[1] == bottom)
            .as("%s: everyone at the bottom of their band", where)
            .isFalse();
      }
    }
    Figure total = cells.get(ALL);
    if (!total.shown()) {
      return;
    }
    long[] remainder = sums(total.n(), before ? total.before() : total.after());
    int n = total.n();
    List<String> hidden = new ArrayList<>();
    for (Map.Entry<String, Figure> cell : cells.entrySet()) {
      if (cell.getKey().equals(ALL)) {
        continue;
      }
      Figure figure = cell.getValue();
      if (figure.shown()) {
        long[] sum = sums(figure.n(), before ? figure.before() : figure.after());
        remainder = new long[] {remainder[0] - sum[1], remainder[1] - sum[0]};
        n -= figure.n();
      } else {
        hidden.add(cell.getKey());
      }
    }
    for (String group : hidden) {
      int knownOthers = 0;
      boolean unknownOthers = false;
      for (String other : hidden) {
        if (!other.equals(group)) {
          if (known.containsKey(other)) {
            knownOthers += known.get(other);
          } else {
            unknownOthers = true;
          }
        }
      }
      boolean possiblyEmpty = false;
      boolean alwaysAtAnEnd = true;
      boolean alwaysOneBand = true;
      int lowest = known.getOrDefault(group, unknownOthers ? 0 : n - knownOthers);
      int highest = known.getOrDefault(group, n - knownOthers);
      boolean anyFeasible = false;
      for (int size = Math.max(0, lowest); size <= highest; size++) {
        int others = n - size;
        if (others < knownOthers || (!unknownOthers && others != knownOthers)) {
          continue;
        }
        long low = Math.max((long) size * min, remainder[0] - (long) others * max);
        long high = Math.min((long) size * max, remainder[1] - (long) others * min);
        if (low > high) {
          continue;
        }
        anyFeasible = true;
        if (size == 0) {
          possiblyEmpty = true;
          continue;
        }
        boolean atAnEnd = (low == high) && (low == (long) size * min || low == (long) size * max);
        boolean oneBand =
            low > (long) (size - 1) * max + lonelyFrom - 1
                || high < lonelyFrom + (long) (size - 1) * min;
        alwaysAtAnEnd &= atAnEnd;
        alwaysOneBand &= oneBand;
      }
      if (anyFeasible && !possiblyEmpty) {
        assertThat(alwaysAtAnEnd)
            .as("%s %s %s: the suppressed group's scores are all at an end", key, group, wave)
            .isFalse();
        assertThat(alwaysOneBand)
            .as("%s %s %s: the suppressed group is all lonely or all not", key, group, wave)
            .isFalse();
      }
    }
  }

  // ------------------------------------------------------------------ the properties

  @Test
  void every_output_publishes_the_same_figures_and_no_attack_on_them_determines_an_answer() {
    Property.check()
        .trials(200)
        .forAll(
            CASES,
            input -> {
              EvaluationReport report = input.report();
              Map<String, Map<String, Figure>> english = fromText(report, Language.ENGLISH);
              Map<String, Map<String, Figure>> polish = fromText(report, Language.POLISH);
              Map<String, Map<String, Figure>> json;
              try {
                json = fromJson(report);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
              Map<String, Map<String, Figure>> csv = fromCsv(report);
              for (Map<String, Map<String, Figure>> text : List.of(english, polish)) {
                text.replaceAll((k, v) -> reordered(v));
              }
              // Text and JSON/CSV differ only in what a mean cell shows (both: n and rounded
              // means).
              assertThat(polish).isEqualTo(english);
              assertThat(json).isEqualTo(english);
              assertThat(csv).isEqualTo(english);

              attack(english);
            });
  }

  @Test
  void the_attacker_would_catch_a_report_that_published_a_small_group() {
    // The other side: the attacker is not blind. A table that showed the total and every group
    // but one lets it work out the hidden group's count.
    Map<String, Figure> cells = new LinkedHashMap<>();
    cells.put(ALL, new Figure("SHOWN", 7, 14, null, null));
    cells.put("g-a", new Figure("SHOWN", 5, 11, null, null));
    cells.put("g-b", Figure.suppressed());
    Map<String, Map<String, Figure>> tables = new LinkedHashMap<>();
    tables.put("lessLonely", cells);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> attack(tables))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "lessLonely: the suppressed cell of g-b can be worked out from the others");
    Map<String, Figure> extreme = new LinkedHashMap<>();
    extreme.put(ALL, new Figure("SHOWN", -1, 5, new BigDecimal("9.0"), new BigDecimal("3.0")));
    Map<String, Figure> lonely = new LinkedHashMap<>();
    lonely.put(ALL, Figure.suppressed());
    Map<String, Map<String, Figure>> means = new LinkedHashMap<>();
    means.put("UCLA_3/scores", extreme);
    means.put("UCLA_3/lonelyBefore", lonely);
    means.put("UCLA_3/lonelyAfter", lonely);
    means.put("UCLA_3/improved", lonely);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> attack(means))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the mean says everyone is at the scale's maximum");
  }
}
