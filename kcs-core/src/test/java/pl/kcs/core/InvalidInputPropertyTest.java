package pl.kcs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import pl.kcs.core.fixtures.CoreGenerators;
import pl.kcs.core.fixtures.Fixtures;
import pl.kcs.core.group.GroupId;
import pl.kcs.core.group.GroupLink;
import pl.kcs.core.group.GroupLinkKind;
import pl.kcs.core.group.GroupMaturity;
import pl.kcs.core.group.MemberId;
import pl.kcs.core.group.Membership;
import pl.kcs.core.group.RulesElement;
import pl.kcs.core.group.SelfHelpGroup;
import pl.kcs.core.group.TargetGroup;
import pl.kcs.core.legal.LocalStrategy;
import pl.kcs.core.legal.StrategyKind;
import pl.kcs.core.partner.PartnerId;
import pl.kcs.core.people.AnimatorId;
import pl.kcs.core.people.Fte;
import pl.kcs.core.people.StaffId;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.testing.Gen;
import pl.kcs.testing.Gens;
import pl.kcs.testing.Property;

/**
 * Generated invalid input is always rejected, with a message that names the field; and each such
 * property has a twin right after it that forces the other side — the valid input next to the
 * invalid one is always accepted — so that a check which rejects everything fails a test too.
 */
class InvalidInputPropertyTest {

  private static final Property PROPERTY = Property.check();

  /** Identifiers with a space inside, as a full name would have: {@code Anna Nowak}. */
  private static final Gen<String> IDS_WITH_SPACES =
      Gens.listsOf(Gens.strings("abcdefghijklmnopqrstuvwxyz0123456789", 3, 10), 2, 3)
          .map(words -> String.join(" ", words));

  /** Any other text that is not an identifier: empty, too long, non-ASCII or badly started. */
  private static final Gen<String> OTHER_BAD_IDS =
      Gens.frequencyOneOf(
          Gens.constant(""),
          Gens.strings("abc123", 65, 80),
          Gens.strings("ąćęłńóśźż", 1, 10),
          random ->
              Gens.oneOf("-", ".", "_", ":").next(random)
                  + CoreGenerators.identifiers().next(random));

  /** Blank text: empty or only white space, including a non-ASCII em space. */
  private static final Gen<String> BLANKS = Gens.strings(" \t\n\u2003", 0, 5).map(s -> s);

  @Test
  void ids_with_spaces_or_bad_characters_are_rejected_naming_the_field() {
    List<IdFactory> factories =
        List.of(
            new IdFactory("animatorId", AnimatorId::of),
            new IdFactory("staffId", StaffId::of),
            new IdFactory("groupId", GroupId::of),
            new IdFactory("partnerId", PartnerId::of));
    PROPERTY.forAll(
        Gens.frequencyOneOf(IDS_WITH_SPACES, OTHER_BAD_IDS),
        bad -> {
          for (IdFactory factory : factories) {
            assertThatThrownBy(() -> factory.create.apply(bad))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(factory.field + " must be 1 to 64 letters")
                .hasMessageEndingWith("; the value is not repeated");
          }
        });
  }

  @Test
  void identifiers_of_allowed_characters_are_always_accepted_and_read_back() {
    PROPERTY.forAll(
        CoreGenerators.identifiers(),
        id -> {
          assertThat(AnimatorId.of(id).value()).isEqualTo(id);
          assertThat(StaffId.of(id).value()).isEqualTo(id);
          assertThat(GroupId.of(id).value()).isEqualTo(id);
          assertThat(PartnerId.of(id).value()).isEqualTo(id);
          assertThat(MemberId.of(id).value()).isEqualTo(id);
        });
    // the longest identifier allowed: 64 characters
    String longest = "a".repeat(64);
    assertThat(AnimatorId.of(longest).value()).isEqualTo(longest);
    assertThatThrownBy(() -> AnimatorId.of(longest + "a"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void member_ids_with_spaces_are_rejected_without_repeating_them() {
    PROPERTY.forAll(
        IDS_WITH_SPACES,
        bad ->
            assertThatThrownBy(() -> MemberId.of(bad))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("memberId must be 1 to 64 letters")
                .hasMessageEndingWith(
                    "was a value of "
                        + bad.length()
                        + " characters (not shown: it may identify a person)")
                .message()
                .doesNotContain(bad));
  }

  @Test
  void blank_names_are_rejected_naming_the_field() {
    PROPERTY.forAll(
        BLANKS,
        blank -> {
          rejects(blank, "group name", name -> Fixtures.aRefugeeWomenGroup().withName(name));
          rejects(blank, "room name", name -> Fixtures.aMeetingRoom().withName(name));
          rejects(blank, "institution name", name -> Fixtures.aLibrary().withName(name));
          rejects(blank, "partner name", name -> Fixtures.aRefugeeSupportNgo().withName(name));
          rejects(
              blank,
              "strategy title",
              name -> LocalStrategy.builder().kind(StrategyKind.ACCESSIBILITY).title(name).build());
        });
  }

  @Test
  void names_with_surrounding_white_space_are_rejected_naming_the_field() {
    Gen<String> padded =
        random -> {
          String name = CoreGenerators.names().next(random);
          String space = Gens.strings(" \t\u2003", 1, 3).next(random);
          return random.nextBoolean() ? space + name : name + space;
        };
    PROPERTY.forAll(
        padded,
        name ->
            assertThatThrownBy(() -> Fixtures.aRefugeeWomenGroup().withName(name))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                    "group name must not start or end with white space; the value is not repeated"));
  }

  @Test
  void names_with_letters_and_inner_spaces_are_always_accepted() {
    PROPERTY.forAll(
        CoreGenerators.names(),
        name -> {
          assertThat(Fixtures.aRefugeeWomenGroup().withName(name).name()).isEqualTo(name);
          assertThat(Fixtures.aMeetingRoom().withName(name).name()).isEqualTo(name);
          assertThat(Fixtures.aLibrary().withName(name).name()).isEqualTo(name);
          assertThat(Fixtures.aRefugeeSupportNgo().withName(name).name()).isEqualTo(name);
          assertThat(
                  LocalStrategy.builder()
                      .kind(StrategyKind.ACCESSIBILITY)
                      .title(name)
                      .build()
                      .title())
              .isEqualTo(name);
        });
  }

  @Test
  void zero_and_negative_counts_are_rejected_naming_the_field() {
    PROPERTY.forAll(
        Gens.ints(Integer.MIN_VALUE, 0),
        count -> {
          assertThatThrownBy(() -> Fixtures.aSingleParentsGroup().withParticipantCount(count))
              .isInstanceOf(IllegalStateException.class)
              .hasMessage("participantCount must be positive, was " + count);
          assertThatThrownBy(() -> Fixtures.aMeetingRoom().withCapacity(count))
              .isInstanceOf(IllegalStateException.class)
              .hasMessage("capacity must be positive, was " + count);
          assertThatThrownBy(() -> Fixtures.aScaleDecision().withMaxGroups(count))
              .isInstanceOf(IllegalStateException.class)
              .hasMessage("maxGroups must be positive, was " + count);
        });
    PROPERTY.forAll(
        Gens.longs(Long.MIN_VALUE + 1, 0),
        negative ->
            assertThatThrownBy(() -> Fte.of(negative, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fte must not be negative, was " + negative + "/1"));
  }

  @Test
  void positive_counts_are_always_accepted_from_one_up() {
    PROPERTY.forAll(
        Gens.ints(1, Integer.MAX_VALUE),
        count -> {
          assertThat(Fixtures.aSingleParentsGroup().withParticipantCount(count).participantCount())
              .isEqualTo(count);
          assertThat(Fixtures.aMeetingRoom().withCapacity(count).capacity()).isEqualTo(count);
          assertThat(Fixtures.aScaleDecision().withMaxGroups(count).maxGroups()).isEqualTo(count);
        });
    PROPERTY.forAll(
        Gens.longs(0, Long.MAX_VALUE),
        posts ->
            assertThat(Fte.of(posts, 1).numerator())
                .isEqualTo(java.math.BigInteger.valueOf(posts)));
  }

  @Test
  void a_leave_before_the_join_is_always_rejected() {
    PROPERTY.forAllWithRandom(
        CoreGenerators.memberships(),
        (membership, random) -> {
          LocalDate leftOn = membership.joinedOn().minusDays(random.nextInt(1, 3_000));
          assertThatThrownBy(() -> membership.withLeftOn(leftOn))
              .isInstanceOf(IllegalStateException.class)
              .hasMessage(
                  "leftOn must not be before joinedOn, was "
                      + leftOn
                      + " before "
                      + membership.joinedOn());
        });
  }

  @Test
  void a_leave_on_or_after_the_join_is_always_accepted() {
    PROPERTY.forAllWithRandom(
        CoreGenerators.memberships(),
        (membership, random) -> {
          LocalDate leftOn = membership.joinedOn().plusDays(random.nextInt(0, 3_000));
          assertThat(membership.withLeftOn(leftOn).leftOn()).contains(leftOn);
        });
  }

  @Test
  void dates_before_a_group_was_founded_are_always_rejected() {
    Gen<LocalDate> founded = CoreGenerators.dates();
    PROPERTY.forAllWithRandom(
        founded,
        (foundedOn, random) -> {
          LocalDate before = foundedOn.minusDays(random.nextInt(1, 1_000));
          SelfHelpGroup group = aGroup().foundedOn(foundedOn).build();
          assertThatThrownBy(
                  () ->
                      group.withRules(
                          Fixtures.rulesAgreedWithParticipants(before, RulesElement.GOALS)))
              .isInstanceOf(IllegalStateException.class)
              .hasMessage(
                  "rules agreedOn must not be before foundedOn, was "
                      + before
                      + " before "
                      + foundedOn);
          assertThatThrownBy(() -> group.withMeetsWithoutAnimatorSince(before))
              .isInstanceOf(IllegalStateException.class)
              .hasMessage(
                  "meetsWithoutAnimatorSince must not be before foundedOn, was "
                      + before
                      + " before "
                      + foundedOn);
        });
  }

  @Test
  void dates_on_or_after_the_founding_of_a_group_are_always_accepted() {
    PROPERTY.forAllWithRandom(
        CoreGenerators.dates(),
        (foundedOn, random) -> {
          LocalDate onOrAfter = foundedOn.plusDays(random.nextInt(0, 1_000));
          SelfHelpGroup group = aGroup().foundedOn(foundedOn).build();
          assertThat(
                  group
                      .withRules(
                          Fixtures.rulesAgreedWithParticipants(onOrAfter, RulesElement.GOALS))
                      .rules())
              .isPresent();
          assertThat(group.withMeetsWithoutAnimatorSince(onOrAfter).meetsWithoutAnimatorSince())
              .contains(onOrAfter);
        });
  }

  @Test
  void independence_before_meeting_without_the_animator_is_always_rejected() {
    PROPERTY.forAllWithRandom(
        CoreGenerators.dates(),
        (selfRunning, random) -> {
          LocalDate independent = selfRunning.minusDays(random.nextInt(1, 1_000));
          assertThatThrownBy(
                  () ->
                      SelfHelpGroup.builder()
                          .id(GroupId.of("g"))
                          .name("Grupa")
                          .addTargetGroups(TargetGroup.POOR)
                          .participantCount(4)
                          .maturity(GroupMaturity.INDEPENDENT)
                          .meetsWithoutAnimatorSince(selfRunning)
                          .independentSince(independent)
                          .build())
              .isInstanceOf(IllegalStateException.class)
              .hasMessage(
                  "independentSince must not be before meetsWithoutAnimatorSince, was "
                      + independent
                      + " before "
                      + selfRunning);
        });
  }

  @Test
  void independence_on_or_after_meeting_without_the_animator_is_always_accepted() {
    PROPERTY.forAllWithRandom(
        CoreGenerators.dates(),
        (selfRunning, random) -> {
          LocalDate independent = selfRunning.plusDays(random.nextInt(0, 1_000));
          SelfHelpGroup group =
              SelfHelpGroup.builder()
                  .id(GroupId.of("g"))
                  .name("Grupa")
                  .addTargetGroups(TargetGroup.POOR)
                  .participantCount(4)
                  .maturity(GroupMaturity.INDEPENDENT)
                  .meetsWithoutAnimatorSince(selfRunning)
                  .independentSince(independent)
                  .build();
          assertThat(group.independentSince()).contains(independent);
        });
  }

  @Test
  void a_group_link_before_a_group_was_founded_is_always_rejected() {
    KcsImplementation library = Fixtures.aLibraryReadyForStageThree();
    LocalDate lastFounding = LocalDate.of(2024, 4, 8);
    PROPERTY.forAll(
        Gens.ints(1, 5_000),
        daysBefore -> {
          LocalDate on = lastFounding.minusDays(daysBefore);
          assertThatThrownBy(
                  () ->
                      library.withGroupLinks(
                          GroupLink.of(
                              Fixtures.SINGLE_PARENTS_GROUP,
                              Fixtures.REFUGEE_WOMEN_GROUP,
                              GroupLinkKind.VISIT,
                              on)))
              .isInstanceOf(IllegalStateException.class)
              // The link's groups are in id order, refugee-women first: it is named when it was
              // founded later.
              .hasMessageStartingWith(
                  "group link on must not be before foundedOn of group "
                      + (on.isBefore(LocalDate.of(2024, 3, 5)) ? "refugee-women" : "single-parents")
                      + ", was "
                      + on);
        });
  }

  @Test
  void a_group_link_on_or_after_both_groups_were_founded_is_always_accepted() {
    KcsImplementation library = Fixtures.aLibraryReadyForStageThree();
    LocalDate lastFounding = LocalDate.of(2024, 4, 8);
    PROPERTY.forAll(
        Gens.ints(0, 5_000),
        daysAfter -> {
          GroupLink link =
              GroupLink.of(
                  Fixtures.SINGLE_PARENTS_GROUP,
                  Fixtures.REFUGEE_WOMEN_GROUP,
                  GroupLinkKind.VISIT,
                  lastFounding.plusDays(daysAfter));
          assertThat(library.withGroupLinks(link).groupLinks()).containsExactly(link);
        });
  }

  @Test
  void overlapping_periods_of_one_member_are_always_rejected_without_naming_the_member() {
    PROPERTY.forAllWithRandom(
        CoreGenerators.memberIds(),
        (member, random) -> {
          LocalDate joined = CoreGenerators.dates().next(random);
          Membership first = Membership.joined(member, joined);
          Membership second = Membership.joined(member, joined.plusDays(random.nextInt(0, 500)));
          assertThatThrownBy(() -> aGroup().addMemberships(first, second).build())
              .isInstanceOf(IllegalStateException.class)
              .hasMessageStartingWith("memberships of one member must not overlap")
              .message()
              .doesNotContain(member.value());
        });
  }

  @Test
  void periods_of_one_member_one_after_the_other_are_always_accepted() {
    PROPERTY.forAllWithRandom(
        CoreGenerators.memberIds(),
        (member, random) -> {
          LocalDate joined = CoreGenerators.dates().next(random);
          LocalDate left = joined.plusDays(random.nextInt(0, 500));
          // rejoining on the day of leaving does not overlap: the first period ends before that day
          Membership first = Membership.joined(member, joined).withLeftOn(left);
          Membership second = Membership.joined(member, left.plusDays(random.nextInt(0, 500)));
          assertThat(aGroup().addMemberships(first, second).build().memberships())
              .containsExactly(first, second);
        });
  }

  private static SelfHelpGroup.Builder aGroup() {
    return SelfHelpGroup.builder()
        .id(GroupId.of("g"))
        .name("Grupa")
        .addTargetGroups(TargetGroup.SOCIAL_PROBLEMS)
        .participantCount(4)
        .maturity(GroupMaturity.EARLY);
  }

  private static void rejects(String blank, String field, Consumer<String> build) {
    assertThatThrownBy(() -> build.accept(blank))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(field + " must not be blank");
  }

  private static final class IdFactory {
    final String field;
    final Function<String, ?> create;

    IdFactory(String field, Function<String, ?> create) {
      this.field = field;
      this.create = create;
    }
  }
}
