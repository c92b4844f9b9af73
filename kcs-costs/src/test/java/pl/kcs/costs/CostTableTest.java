package pl.kcs.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.kcs.costs.CostFixtures.PLN;
import static pl.kcs.costs.CostFixtures.aPartnerPaying;
import static pl.kcs.costs.CostFixtures.anEmptyMonth;
import static pl.kcs.costs.CostFixtures.plnExactly;
import static pl.kcs.costs.CostFixtures.plnRange;
import static pl.kcs.costs.CostFixtures.theSourceCardGrossOnly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.kcs.core.FactId;
import pl.kcs.core.Language;
import pl.kcs.core.people.PostFraction;

class CostTableTest {

  private static final Rounding HALF_UP = Rounding.toMinorUnit(RoundingMode.HALF_UP);

  /** ½ of a post and 10 hours of supervision for one month, gross figures only. */
  private static Budget aSmallBudget() {
    return Budget.of(
        anEmptyMonth()
            .name("Biblioteka")
            .addAnimators(AnimatorPost.of(PostFraction.HALF, 0))
            .animatorSupervisionHoursPerMonth(BigDecimal.TEN)
            .addPartnerContributions(aPartnerPaying("500", CostCategory.SUPERVISION_OF_ANIMATORS))
            .build(),
        theSourceCardGrossOnly());
  }

  @Test
  void should_render_a_budget_as_an_english_text_table_KCS_COST_ANIMATOR_KCS_COST_SUPERVISION() {
    assertThat(aSmallBudget().table(Language.ENGLISH, HALF_UP).toText())
        .isEqualTo(
            String.join(
                "\n",
                "KCS budget: Biblioteka — 1 month, 2023 prices, PLN",
                "",
                "Item                                                 Fact                  Quantity                       Rate          Per month              Total",
                "----------------------------------------------------------------------------------------------------------------------------------------------------",
                "Animator work (½ FTE)                                KCS-COST-ANIMATOR     1 animator × 1 month       3,600.00           3,600.00           3,600.00",
                "Supervision of animators                             KCS-COST-SUPERVISION  10 h/month × 1 month  250.00–300.00  2,500.00–3,000.00  2,500.00–3,000.00",
                "----------------------------------------------------------------------------------------------------------------------------------------------------",
                "Subtotal: source-method costs (gross)                                                                           6,100.00–6,600.00  6,100.00–6,600.00",
                "Total with employer costs                                                                                       6,100.00–6,600.00  6,100.00–6,600.00",
                "Partner ngo-1 (money): Supervision of animators      KCS-COST-PARTNERS     declared PLN 500.00                                                500.00",
                "Net of partner contributions                         KCS-COST-PARTNERS                                                             5,600.00–6,100.00",
                "Per group, net of partners (groups: 1)                                                                                             5,600.00–6,100.00",
                "Per participant, net of partners (participants: 10)                                                                                    560.00–610.00",
                "",
                "* Premises are not included: the method's cost section counts its costs \"poza zasobami lokalowymi\", beyond the premises the host provides (KCS-COST-ANIMATOR … KCS-COST-EVENT).",
                "* 2023 prices of the rate card \"KCS\".",
                "* Animator pay is linear in the post fraction: PLN 7,200.00 gross a month per full post — the library's reading; the source method gives about PLN 1,800.00 at ¼ FTE and PLN 3,600.00 at ½ FTE in 2023 (KCS-COST-ANIMATOR).",
                "* A partner covers at most what an item costs: towards a cost of L to H, a contribution of X covers min(X, L) to X (KCS-COST-PARTNERS).",
                "* Amounts rounded to PLN 0.01 (half up), each once, from its exact value; rounded items may differ from a rounded total in the last digit.",
                ""));
  }

  @Test
  void the_note_on_yearly_events_keeps_its_apostrophe_KCS_COST_EVENT() {
    Budget yearly =
        Budget.of(
            BudgetPlan.builder().months(13).groups(1).participants(10).eventsPerYear(2).build(),
            theSourceCardGrossOnly());

    assertThat(yearly.table(Language.ENGLISH, HALF_UP).toText())
        .contains(
            "* Yearly events are charged for every started year of the plan (the library's reading).")
        .doesNotContain("''");
    assertThat(yearly.table(Language.POLISH, HALF_UP).toText()).doesNotContain("''");
  }

  @Test
  void should_render_a_budget_as_a_polish_text_table_with_polish_numbers() {
    String text = aSmallBudget().table(Language.POLISH, HALF_UP).toText();

    assertThat(text)
        .startsWith("Budżet KCS: Biblioteka — 1 miesiąc, ceny z 2023 r., PLN\n")
        .contains("Praca animatorów (½ etatu)")
        .contains("1 osoba × 1 miesiąc")
        .contains("3 600,00")
        .contains("250,00–300,00  2 500,00–3 000,00")
        .contains("Wkład partnera ngo-1 (środki finansowe): Superwizja animatorów")
        .contains("zadeklarowano 500,00 zł")
        .contains("Do sfinansowania po wkładzie partnerów")
        .contains(
            "* Bez kosztów lokalu: metoda w części o kosztach liczy je „poza zasobami lokalowymi” instytucji (KCS-COST-ANIMATOR … KCS-COST-EVENT).")
        .doesNotContain("3,600")
        .doesNotContain("\u00A0");
  }

  @Test
  void should_write_rfc_4180_csv_with_a_decimal_point_and_crlf() {
    String csv = aSmallBudget().table(Language.ENGLISH, HALF_UP).toCsv();

    String[] records = csv.split("\r\n", -1);
    assertThat(records[0])
        .isEqualTo(
            "kind,fact,item,quantity,currency,Rate (low),Rate (high),Per month (low),Per month (high),Total (low),Total (high)");
    assertThat(records[1])
        .isEqualTo("TITLE,,\"KCS budget: Biblioteka — 1 month, 2023 prices, PLN\",,PLN,,,,,,");
    assertThat(records[2])
        .isEqualTo(
            "ITEM,KCS-COST-ANIMATOR,Animator work (½ FTE),1 animator × 1 month,PLN,3600.00,3600.00,3600.00,3600.00,3600.00,3600.00");
    assertThat(records[3])
        .isEqualTo(
            "ITEM,KCS-COST-SUPERVISION,Supervision of animators,10 h/month × 1 month,PLN,250.00,300.00,2500.00,3000.00,2500.00,3000.00");
    assertThat(records[6])
        .isEqualTo(
            "PARTNER,KCS-COST-PARTNERS,Partner ngo-1 (money): Supervision of animators,declared PLN 500.00,PLN,,,,,500.00,500.00");
    assertThat(records[records.length - 1]).isEmpty();
    assertThat(csv).doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
  }

  @Test
  void should_quote_fields_with_commas_quotes_and_keep_spaces() {
    CostTable table =
        CostTable.builder()
            .language(Language.ENGLISH)
            .title("A \"quoted\", title")
            .currency(PLN)
            .addColumns("Total")
            .addRows(
                CostTableRow.builder()
                    .kind(RowKind.ITEM)
                    .label(" leading and trailing ")
                    .addCells(Optional.of(plnRange("1.5", "2")))
                    .build())
            .build();

    assertThat(table.toCsv())
        .isEqualTo(
            "kind,fact,item,quantity,currency,Total (low),Total (high)\r\n"
                + "TITLE,,\"A \"\"quoted\"\", title\",,PLN,,\r\n"
                + "ITEM,, leading and trailing ,,PLN,1.50,2.00\r\n");
    assertThat(CostTable.parseCsv(table.toCsv())).isEqualTo(table);
  }

  @Test
  void should_quote_a_field_that_starts_with_a_quote_so_that_it_reads_back() {
    CostTable table =
        CostTable.builder()
            .language(Language.POLISH)
            .title("\"Klub\" seniora")
            .currency(PLN)
            .addColumns("Razem")
            .addRows(
                CostTableRow.builder()
                    .kind(RowKind.ITEM)
                    .label("\"")
                    .addCells(Optional.of(plnRange("1", "2")))
                    .build())
            .build();

    assertThat(table.toCsv())
        .contains("TITLE,,\"\"\"Klub\"\" seniora\",,PLN,,\r\n")
        .contains("ITEM,,\"\"\"\",,PLN,");
    assertThat(CostTable.parseCsv(table.toCsv())).isEqualTo(table);
  }

  @Test
  void should_read_csv_with_lf_line_ends_a_byte_order_mark_and_no_last_line_end() {
    String csv =
        "\uFEFFrodzaj,fakt,pozycja,ilość,waluta,Razem (min.),Razem (maks.)\n"
            + "TITLE,,Tytuł,,PLN,,\n"
            + "ITEM,KCS-COST-EVENT,\"Wydarzenia,\nwarsztaty\",,PLN,0,700";

    assertThatThrownBy(() -> CostTable.parseCsv(csv))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CSV record 3: row label must be on one line; the value is not repeated");
    CostTable table = CostTable.parseCsv(csv.replace(",\nwarsztaty", ", warsztaty"));
    assertThat(table.language()).isEqualTo(Language.POLISH);
    assertThat(table.columns()).containsExactly("Razem");
    assertThat(table.rows().get(0).source()).contains(FactId.of("KCS-COST-EVENT"));
    assertThat(table.rows().get(0).cells()).containsExactly(Optional.of(plnRange("0", "700")));
  }

  @Test
  void should_reject_malformed_csv_naming_the_record_or_field() {
    String header = "kind,fact,item,quantity,currency,Total (low),Total (high)\r\n";
    String title = "TITLE,,T,,PLN,,\r\n";
    assertThatThrownBy(() -> CostTable.parseCsv(""))
        .hasMessage("CSV must have a header record, was empty");
    assertThatThrownBy(() -> CostTable.parseCsv("a,b\r\n"))
        .hasMessage(
            "CSV header must start with kind,fact,item,quantity,currency or"
                + " rodzaj,fakt,pozycja,ilość,waluta; the header is not repeated");
    assertThatThrownBy(() -> CostTable.parseCsv("kind,fact,item,quantity,currency,Total (low)\r\n"))
        .hasMessage("CSV header must have a low and a high field per column, had 1 amount fields");
    assertThatThrownBy(
            () -> CostTable.parseCsv("kind,fact,item,quantity,currency,Total (low),Sum (high)\r\n"))
        .hasMessage("CSV header field 7 must be 'Total (high)'; the value is not repeated");
    assertThatThrownBy(() -> CostTable.parseCsv(header))
        .hasMessage("CSV must have a TITLE record after the header");
    assertThatThrownBy(() -> CostTable.parseCsv(header + "ITEM,,x,,PLN,1,2\r\n"))
        .hasMessage("CSV record 2 must be the TITLE record, was 'ITEM'");
    assertThatThrownBy(() -> CostTable.parseCsv(header + title + "ITEM,,x,,PLN,1\r\n"))
        .hasMessage("CSV record 3 must have 7 fields like the header, had 6");
    assertThatThrownBy(() -> CostTable.parseCsv(header + title + "ROW,,x,,PLN,1,2\r\n"))
        .hasMessage("CSV record 3 field 1 must be TITLE, NOTE or a row kind, was 'ROW'");
    assertThatThrownBy(() -> CostTable.parseCsv(header + title + "ITEM,KCS-NOPE,x,,PLN,1,2\r\n"))
        .hasMessage(
            "CSV record 3 field 2: fact id must be one of kcs's fact IDs (docs/facts.md), was KCS-NOPE");
    assertThatThrownBy(() -> CostTable.parseCsv(header + title + "ITEM,,x,,EUR,1,2\r\n"))
        .hasMessage("CSV record 3 must be in PLN like the others, was EUR");
    assertThatThrownBy(() -> CostTable.parseCsv(header + title + "ITEM,,x,,ZZZ,1,2\r\n"))
        .hasMessage("CSV record 3 field 5 must be a currency code, was 'ZZZ'");
    assertThatThrownBy(() -> CostTable.parseCsv(header + title + "ITEM,,x,,PLN,\"1,5\",2\r\n"))
        .hasMessage(
            "CSV record 3 fields 6–7 must be a cost range of plain decimals with a decimal point;"
                + " the values are not repeated");
    assertThatThrownBy(() -> CostTable.parseCsv(header + title + "ITEM,,x,,PLN,3,2\r\n"))
        .hasMessage(
            "CSV record 3 fields 6–7 must be a cost range of plain decimals with a decimal point,"
                + " was '3' and '2'");
    assertThatThrownBy(() -> CostTable.parseCsv(header + title + "ITEM,,x,,PLN,1,\r\n"))
        .hasMessageStartingWith("CSV record 3 fields 6–7 must be a cost range");
    assertThatThrownBy(() -> CostTable.parseCsv(header + title + "ITEM,,\"x,,PLN,1,2\r\n"))
        .hasMessage("CSV quoted field opened on line 3 is not closed");
    assertThatThrownBy(() -> CostTable.parseCsv(header + title + "ITEM,,\"x\"y,,PLN,1,2\r\n"))
        .hasMessage("CSV line 3: a closing quote must be followed by a comma or a line end");
    assertThatThrownBy(() -> CostTable.parseCsv(header + title + "ITEM,,x\"y,,PLN,1,2\r\n"))
        .hasMessage("CSV line 3: a quote may only appear in a quoted field");
    assertThatThrownBy(() -> CostTable.parseCsv(header + "TITLE,, ,,PLN,,\r\n"))
        .hasMessage("CSV does not hold a valid table: table title must not be blank");
  }

  @Test
  void should_reject_a_row_without_one_cell_per_column_or_in_another_currency() {
    CostTableRow oneCell =
        CostTableRow.builder()
            .kind(RowKind.ITEM)
            .label("x")
            .addCells(Optional.of(plnExactly("1")))
            .build();
    CostTable.Builder twoColumns =
        CostTable.builder()
            .language(Language.ENGLISH)
            .title("t")
            .currency(PLN)
            .addColumns("a", "b");

    assertThatThrownBy(() -> twoColumns.addRows(oneCell).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("row 1 must have one cell per column (2), had 1");
    assertThatThrownBy(
            () ->
                CostTable.builder()
                    .language(Language.ENGLISH)
                    .title("t")
                    .currency(CostFixtures.EUR)
                    .addColumns("a")
                    .addRows(oneCell)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("row 1 must be in the table's currency EUR, was PLN");
  }

  @Test
  void should_reject_duplicate_columns_and_multi_line_text() {
    assertThatThrownBy(
            () ->
                CostTable.builder()
                    .language(Language.ENGLISH)
                    .title("t")
                    .currency(PLN)
                    .addColumns("a", "a")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("columns must be distinct, was 'a' twice");
    assertThatThrownBy(
            () ->
                CostTable.builder()
                    .language(Language.ENGLISH)
                    .title("one\r\ntwo")
                    .currency(PLN)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("table title must be on one line; the value is not repeated");
  }

  @Test
  void should_reject_a_line_break_or_a_blank_in_any_text_of_a_table_even_at_its_start() {
    // each text is one line of the text rendering and one CSV field (RFC 4180 fields may not break
    // here)
    assertThatThrownBy(() -> table("t", List.of("\nkolumna"), List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("column must be on one line; the value is not repeated");
    assertThatThrownBy(() -> table("t", List.of(" "), List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("column must not be blank, was ' '");
    assertThatThrownBy(() -> table("t", List.of("a"), List.of("\rnota")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("note must be on one line; the value is not repeated");
    assertThatThrownBy(() -> table("t", List.of("a"), List.of("  ")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("note must not be blank");
    assertThatThrownBy(() -> table("\rt", List.of("a"), List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("table title must be on one line; the value is not repeated");
    assertThatThrownBy(
            () -> CostTableRow.builder().kind(RowKind.ITEM).label("x").detail("\nszczegół").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("row detail must be on one line; the value is not repeated");
    assertThatThrownBy(() -> CostTableRow.builder().kind(RowKind.ITEM).label(" ").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("row label must not be blank, was ' '");
    // and the other side: one-line texts are accepted
    assertThat(table("t", List.of("a"), List.of("nota")).notes()).containsExactly("nota");
  }

  private static CostTable table(String title, List<String> columns, List<String> notes) {
    return CostTable.builder()
        .language(Language.ENGLISH)
        .title(title)
        .currency(PLN)
        .addAllColumns(columns)
        .addAllNotes(notes)
        .build();
  }

  @Test
  void should_render_an_exact_table_with_every_decimal() {
    Budget seventh =
        Budget.of(
            anEmptyMonth().addAnimators(AnimatorPost.of(PostFraction.of(1, 7), 0)).build(),
            theSourceCardGrossOnly());

    assertThat(seventh.table(Language.ENGLISH, Rounding.exact()).toText())
        .contains("1,028.571428571428571428571428571429")
        .contains("* Exact amounts, not rounded.");
    assertThat(seventh.table(Language.ENGLISH, HALF_UP).toText()).contains("1,028.57");
  }

  @Test
  void should_fail_the_table_with_UNNECESSARY_rounding_when_a_fraction_of_a_grosz_is_left() {
    Budget seventh =
        Budget.of(
            anEmptyMonth().addAnimators(AnimatorPost.of(PostFraction.of(1, 7), 0)).build(),
            theSourceCardGrossOnly());

    assertThatThrownBy(
            () -> seventh.table(Language.ENGLISH, Rounding.toMinorUnit(RoundingMode.UNNECESSARY)))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void should_describe_the_rounding() {
    assertThat(Rounding.exact().mode()).isEmpty();
    assertThat(HALF_UP.mode()).contains(RoundingMode.HALF_UP);
    assertThat(HALF_UP)
        .isEqualTo(Rounding.toMinorUnit(RoundingMode.HALF_UP))
        .hasToString("Rounding{toMinorUnit HALF_UP}");
    assertThat(Rounding.exact()).hasToString("Rounding{exact}").isNotEqualTo(HALF_UP);
    assertThat(Rounding.exact().apply(plnRange("0.005", "1"))).isEqualTo(plnRange("0.005", "1"));
  }
}
