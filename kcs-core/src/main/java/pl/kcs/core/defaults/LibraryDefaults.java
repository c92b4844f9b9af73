package pl.kcs.core.defaults;

import com.google.common.collect.ImmutableList;
import java.time.LocalTime;
import java.time.Period;
import pl.kcs.core.group.GroupMaturity;

/**
 * The one home of every number or choice kcs makes where the source method is silent: each a
 * {@link LibraryDefault} with a name, a value, the fact it serves and the words "kcs default, not
 * the method's". The rules (kcs-rules), group life and the simulation (kcs-simulation) read these
 * constants and nothing else, and tests of those modules check that they agree.
 *
 * <p>Immutable and thread-safe.
 */
public final class LibraryDefaults {

  /**
   * How long after its founding a group counts as bonded (KCS-DIF-NEWCOMERS: newcomers "już po
   * jej związaniu"): four months.
   */
  public static final LibraryDefault<Period> BONDING_PERIOD =
      new LibraryDefault<>(
          "bonding-period",
          Period.ofMonths(4),
          "KCS-DIF-NEWCOMERS",
          "Grupa uchodzi za zżytą 4 miesiące po założeniu (ustawienie domyślne kcs, metoda nie podaje"
              + " liczby).",
          "A group counts as bonded 4 months after it was founded (a kcs default; the method gives"
              + " no number).");

  /**
   * Where newcomers after bonding set a group back that met without the animator: to developing,
   * while it agrees its rules again (KCS-DIF-NEWCOMERS: "nierzadko wymaga … ponownego ustalenia
   * zasad").
   */
  public static final LibraryDefault<GroupMaturity> NEWCOMER_SETBACK =
      new LibraryDefault<>(
          "newcomer-setback",
          GroupMaturity.DEVELOPING,
          "KCS-DIF-NEWCOMERS",
          "Gdy do zżytej grupy, która spotyka się już bez animatora, dołączają nowe osoby, kcs"
              + " traktuje ją znów jako rozwijającą się, dopóki na nowo nie ustali zasad (ustawienie"
              + " domyślne kcs, nie metody).",
          "When newcomers join a bonded group that already meets without the animator, kcs treats"
              + " it as developing again until it agrees its rules anew (a kcs default, not the"
              + " method's).");

  /**
   * The fewest supervision sessions a year that count as the "regularne superwizje" the method
   * requires (KCS-S1B-SUPERVISION): four, once a quarter.
   */
  public static final LibraryDefault<Integer> MIN_SUPERVISION_SESSIONS_PER_YEAR =
      new LibraryDefault<>(
          "min-supervision-sessions-per-year",
          4,
          "KCS-S1B-SUPERVISION",
          "Metoda wymaga regularnej superwizji; kcs uznaje za regularną superwizję co najmniej raz"
              + " na kwartał (ustawienie domyślne kcs, nie metody).",
          "The method requires regular supervision; kcs counts at least once a quarter as regular"
              + " (a kcs default, not the method's).");

  /**
   * Where a self-help club's morning ends and its afternoon begins (KS-HOURS: "częściowo w
   * godzinach przedpołudniowych, a częściowo popołudniowych"): noon.
   */
  public static final LibraryDefault<LocalTime> MIDDAY =
      new LibraryDefault<>(
          "midday",
          LocalTime.NOON,
          "KS-HOURS",
          "Godziny przedpołudniowe kończą się, a popołudniowe zaczynają o 12:00 (ustawienie domyślne"
              + " kcs, nie metody).",
          "The morning ends and the afternoon begins at 12:00 (a kcs default, not the method's).");

  /**
   * How many groups one full post (1 FTE) of animator work carries: six, so the ½ post that the
   * method finds enough ("łącznie wystarczy ½ etatu", KCS-REM-FTE) carries the pilot's three
   * groups.
   */
  public static final LibraryDefault<Integer> GROUPS_PER_FULL_POST =
      new LibraryDefault<>(
          "groups-per-full-post",
          6,
          "KCS-REM-FTE",
          "Jeden pełny etat pracy animatorskiej obsługuje do 6 grup, czyli ½ etatu – tyle, ile"
              + " metoda uznaje za wystarczające – obsługuje 3 grupy, jak w pilotażu (ustawienie"
              + " domyślne kcs, nie metody).",
          "One full post of animator work carries up to 6 groups, so the ½ post the method finds"
              + " enough carries 3 groups, as in the pilot (a kcs default, not the method's).");

  /**
   * The share of members who received help that must also have given it for a group to count as
   * reciprocal (MA-ASSUMPTIONS: the helper benefits too), in per cent: 50, one half.
   */
  public static final LibraryDefault<Integer> RECIPROCITY_PERCENT =
      new LibraryDefault<>(
          "reciprocity-percent",
          50,
          "MA-ASSUMPTIONS",
          "Grupę uznaje się za wzajemną, gdy co najmniej połowa osób, które otrzymały pomoc, też jej"
              + " udzieliła (ustawienie domyślne kcs, nie metody).",
          "A group counts as reciprocal when at least half of those who received help also gave it"
              + " (a kcs default, not the method's).");

  private static final ImmutableList<LibraryDefault<?>> ALL =
      ImmutableList.of(
          BONDING_PERIOD,
          NEWCOMER_SETBACK,
          MIN_SUPERVISION_SESSIONS_PER_YEAR,
          MIDDAY,
          GROUPS_PER_FULL_POST,
          RECIPROCITY_PERCENT);

  private LibraryDefaults() {}

  /** Every library default, in the order above. */
  public static ImmutableList<LibraryDefault<?>> all() {
    return ALL;
  }
}
