package pl.kcs.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import pl.kcs.core.Labelled;
import pl.kcs.core.Requirement;
import pl.kcs.core.defaults.LibraryDefaults;
import pl.kcs.core.host.Equipment;
import pl.kcs.core.host.Room;
import pl.kcs.core.host.RoomFeature;
import pl.kcs.core.host.RoomKind;
import pl.kcs.core.opening.OpeningPractice;
import pl.kcs.core.opening.SelfAssessment;
import pl.kcs.core.people.Animator;
import pl.kcs.core.people.AnimatorDuty;
import pl.kcs.core.people.Fte;
import pl.kcs.core.people.PostFraction;
import pl.kcs.core.stage.KcsImplementation;
import pl.kcs.core.stage.Step;
import pl.kcs.core.stage.StepRecord;

/**
 * The hand-written floor of the stage-1 rules (KCS-S1A, KCS-S1B-*, KCS-REM-FTE, KCS-REM-PEOPLE,
 * OPEN-START): the same sixteen checks the built-in stage rule set makes on a stage-1
 * implementation, as plain Java a developer would write without a rule engine — one pass over the
 * primitive facts stage 1 needs, a chain of {@code if}s, and, for the explained variant, the same
 * explanation a user reads (each failed or undecided blocker, warning and piece of advice: rule
 * id, fact ID and the Polish message with its subjects), from message templates split once.
 *
 * <p>It is a yardstick for the benchmarks, not an alternative implementation: the benchmarks
 * check at set-up that it agrees with kcs on the inputs they use. Immutable and thread-safe.
 */
final class Stage1Floor {

  /** Statuses, as bytes: the order of {@link pl.kcs.rules.Status}'s problems does not matter here. */
  static final byte PASSED = 0;

  static final byte FAILED = 1;
  static final byte UNKNOWN = 2;
  static final byte NOT_APPLICABLE = 3;

  static final int RULES = 16;

  static final String[] IDS = {
    "kcs.s1a.legal-context",
    "kcs.s1a.open-institution",
    "kcs.s1b.team-conversation",
    "kcs.s1b.team-open-practices",
    "kcs.s1b.scale-decision",
    "kcs.s1b.premises",
    "kcs.s1b.equipment",
    "kcs.s1b.refreshments",
    "kcs.s1b.animator-appointed",
    "kcs.s1b.animators-dedicated",
    "kcs.s1b.animators-motivated",
    "kcs.s1b.animators-experienced",
    "kcs.s1b.supervision",
    "kcs.s1b.scale-kept",
    "kcs.rem.post-carries-groups",
    "kcs.rem.post-spread",
  };

  static final String[] FACTS = {
    "KCS-S1A",
    "OPEN-START",
    "KCS-S1B-TEAM",
    "KCS-S1B-TEAM",
    "KCS-S1B-SCALE",
    "KCS-S1B-PREMISES",
    "KCS-S1B-EQUIPMENT",
    "KCS-S1B-EQUIPMENT",
    "KCS-REM-FTE",
    "KCS-S1B-ANIMATORS",
    "KCS-REM-PEOPLE",
    "KCS-S1B-ANIMATORS",
    "KCS-S1B-SUPERVISION",
    "KCS-S1B-SCALE",
    "KCS-REM-FTE",
    "KCS-REM-FTE",
  };

  /** 'B'locker, 'W'arning, 'A'dvice, 'N'ote. */
  static final char[] SEVERITIES = "AAAABBBABBWABNNA".toCharArray();

  static final List<OpeningPractice> TEAM_PRACTICES =
      List.of(
          OpeningPractice.SHARED_VISION,
          OpeningPractice.COORDINATOR_ANIMATOR_SPLIT,
          OpeningPractice.LESS_MULTITASKING);

  static final int REQUIRED_EQUIPMENT = equipmentMask(true);
  static final int REFRESHMENT_EQUIPMENT = equipmentMask(false);
  private static final Equipment[] EQUIPMENT = Equipment.values();
  static final Fte HALF = PostFraction.HALF.toFte();
  private static final Locale POLISH = Locale.forLanguageTag("pl");

  /** One line of the explanation a user reads. */
  record Explanation(String ruleId, String factId, String message) {}

  /** The statuses of the sixteen rules, in {@link #IDS}' order, and the verdict. */
  static final class Verdict {
    private final byte[] statuses;
    private final boolean mayAdvance;

    Verdict(byte[] statuses, boolean mayAdvance) {
      this.statuses = statuses;
      this.mayAdvance = mayAdvance;
    }

    byte status(int rule) {
      return statuses[rule];
    }

    boolean mayAdvance() {
      return mayAdvance;
    }
  }

  private final Template[] failed = new Template[RULES];
  private final Template teamConversationUnknown;

  Stage1Floor() {
    Properties messages = polishMessages();
    for (int i = 0; i < RULES; i++) {
      failed[i] = Template.of(messages.getProperty("rule." + IDS[i] + ".failed"));
    }
    teamConversationUnknown =
        Template.of(messages.getProperty("rule.kcs.s1b.team-conversation.unknown"));
  }

  /** Statuses only, and whether the institution may move to stage 2. */
  Verdict assess(KcsImplementation implementation) {
    byte[] statuses = new byte[RULES];
    boolean blocked = statuses(implementation, statuses);
    return new Verdict(statuses, !blocked);
  }

  /**
   * The explanation a user reads: every failed or undecided blocker, warning and advice in rule
   * order, with its message in Polish.
   */
  List<Explanation> explain(KcsImplementation implementation) {
    byte[] statuses = new byte[RULES];
    statuses(implementation, statuses);
    List<Explanation> lines = new ArrayList<>(RULES);
    for (int i = 0; i < RULES; i++) {
      byte status = statuses[i];
      if ((status == FAILED || status == UNKNOWN) && SEVERITIES[i] != 'N') {
        lines.add(new Explanation(IDS[i], FACTS[i], message(i, status, implementation)));
      }
    }
    return lines;
  }

  /** Fills {@code statuses}; true where a blocker failed or is undecided. */
  private static boolean statuses(KcsImplementation implementation, byte[] statuses) {
    boolean legalKnown =
        !implementation.legalContext().knownActs().isEmpty()
            || !implementation.legalContext().strategies().isEmpty();
    int teamRecord = 0; // 0 not recorded, 1 not done, 2 done
    List<StepRecord> records = implementation.stepRecords();
    for (int i = 0; i < records.size(); i++) {
      StepRecord record = records.get(i);
      if (record.step() == Step.S1B_TEAM_CONVERSATION) {
        teamRecord = Math.max(teamRecord, record.done() ? 2 : 1);
      }
    }
    boolean scaleDecided = implementation.scaleDecision().isPresent();
    int suitable = 0;
    List<Room> rooms = implementation.host().rooms();
    for (int i = 0; i < rooms.size(); i++) {
      if (isSuitable(rooms.get(i))) {
        suitable++;
      }
    }
    int present = 0;
    for (Equipment item : implementation.host().equipment()) {
      present |= 1 << item.ordinal();
    }
    int appointed = 0;
    int unmotivated = 0;
    int inexperienced = 0;
    int unsupervised = 0;
    List<Animator> animators = implementation.animators();
    for (int i = 0; i < animators.size(); i++) {
      Animator animator = animators.get(i);
      if (animator.duty() == AnimatorDuty.DEDICATED_PART_OF_POST) {
        appointed++;
      }
      if (!animator.ownMotivation()) {
        unmotivated++;
      }
      if (animator.experience().isEmpty()) {
        inexperienced++;
      }
      if (!animator.hasRegularSupervision()) {
        unsupervised++;
      }
    }
    int staff = animators.size();
    int groups = implementation.groups().size();
    Fte post = implementation.totalAnimatorPost();

    statuses[0] = legalKnown ? PASSED : FAILED;
    if (implementation.selfAssessment().isPresent()) {
      SelfAssessment openness = implementation.selfAssessment().get();
      statuses[1] =
          openness.notInPlace(OpeningPractice.startingConditions()).isEmpty() ? PASSED : FAILED;
      statuses[3] = openness.notInPlace(TEAM_PRACTICES).isEmpty() ? PASSED : FAILED;
    } else {
      statuses[1] = NOT_APPLICABLE;
      statuses[3] = NOT_APPLICABLE;
    }
    statuses[2] = teamRecord == 2 ? PASSED : teamRecord == 1 ? FAILED : UNKNOWN;
    statuses[4] = scaleDecided ? PASSED : FAILED;
    statuses[5] = suitable > 0 ? PASSED : FAILED;
    statuses[6] = (REQUIRED_EQUIPMENT & ~present) == 0 ? PASSED : FAILED;
    statuses[7] = (REFRESHMENT_EQUIPMENT & present) != 0 ? PASSED : FAILED;
    statuses[8] = appointed > 0 ? PASSED : FAILED;
    if (staff > 0) {
      statuses[9] = appointed == staff ? PASSED : FAILED;
      statuses[10] = unmotivated == 0 ? PASSED : FAILED;
      statuses[11] = inexperienced == 0 ? PASSED : FAILED;
      statuses[12] = unsupervised == 0 ? PASSED : FAILED;
    } else {
      statuses[9] = NOT_APPLICABLE;
      statuses[10] = NOT_APPLICABLE;
      statuses[11] = NOT_APPLICABLE;
      statuses[12] = NOT_APPLICABLE;
    }
    statuses[13] =
        scaleDecided
            ? groups <= implementation.scaleDecision().get().maxGroups() ? PASSED : FAILED
            : NOT_APPLICABLE;
    statuses[14] = groups > 0 ? groups <= groupsCarried(post) ? PASSED : FAILED : NOT_APPLICABLE;
    statuses[15] = staff > 2 ? post.compareTo(HALF) > 0 ? PASSED : FAILED : NOT_APPLICABLE;

    boolean blocked = false;
    for (int i = 0; i < RULES; i++) {
      blocked |= SEVERITIES[i] == 'B' && (statuses[i] == FAILED || statuses[i] == UNKNOWN);
    }
    return blocked;
  }

  /** The failed (or, for the team conversation, undecided) message of rule {@code i}. */
  String message(int i, byte status, KcsImplementation implementation) {
    switch (i) {
      case 1:
        return failed[i].format(
            labels(
                implementation
                    .selfAssessment()
                    .get()
                    .notInPlace(OpeningPractice.startingConditions())),
            "",
            "");
      case 2:
        return (status == UNKNOWN ? teamConversationUnknown : failed[i]).format("", "", "");
      case 3:
        return failed[i].format(
            labels(implementation.selfAssessment().get().notInPlace(TEAM_PRACTICES)), "", "");
      case 5:
        return failed[i].format("", Integer.toString(implementation.host().rooms().size()), "");
      case 6:
        {
          int present = 0;
          for (Equipment item : implementation.host().equipment()) {
            present |= 1 << item.ordinal();
          }
          List<Labelled> missing = new ArrayList<>();
          for (Equipment item : EQUIPMENT) {
            if ((REQUIRED_EQUIPMENT & ~present & (1 << item.ordinal())) != 0) {
              missing.add(item);
            }
          }
          return failed[i].format(labels(missing), "", "");
        }
      case 8:
        return failed[i].format("", Integer.toString(implementation.animators().size()), "");
      case 9:
        return failed[i].format(animatorIds(implementation, 9), "", "");
      case 10:
        return failed[i].format(animatorIds(implementation, 10), "", "");
      case 11:
        return failed[i].format(animatorIds(implementation, 11), "", "");
      case 12:
        return failed[i].format(animatorIds(implementation, 12), "", "");
      case 15:
        return failed[i].format(
            animatorIds(implementation, 15), implementation.totalAnimatorPost().toString(), "2");
      default:
        return failed[i].format("", "", "");
    }
  }

  /** The sorted ids of the animators rule {@code i} names, with supervision's frequency label. */
  private static String animatorIds(KcsImplementation implementation, int rule) {
    List<Animator> animators = implementation.animators();
    String[] named = new String[animators.size()];
    int count = 0;
    for (int a = 0; a < animators.size(); a++) {
      Animator animator = animators.get(a);
      boolean concerned;
      switch (rule) {
        case 9:
          concerned = animator.duty() == AnimatorDuty.BY_THE_WAY;
          break;
        case 10:
          concerned = !animator.ownMotivation();
          break;
        case 11:
          concerned = animator.experience().isEmpty();
          break;
        case 12:
          concerned = !animator.hasRegularSupervision();
          break;
        default:
          concerned = true;
      }
      if (concerned) {
        named[count++] =
            rule == 12
                ? animator.id() + " (" + animator.supervision().frequency().label(POLISH) + ")"
                : animator.id().toString();
      }
    }
    if (count > 1) {
      Arrays.sort(named, 0, count);
    }
    return String.join(", ", Arrays.asList(named).subList(0, count));
  }

  private static String labels(List<? extends Labelled> items) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(items.get(i).label(POLISH));
    }
    return text.toString();
  }

  static boolean isSuitable(Room room) {
    return room.kind() != RoomKind.FIELD_MEETING_POINT
        && room.has(RoomFeature.COMFORTABLE)
        && room.has(RoomFeature.NON_WALK_THROUGH);
  }

  /** Groups the posts carry at the kcs default of groups per full post, rounded down. */
  static long groupsCarried(Fte post) {
    return post.numerator()
        .multiply(java.math.BigInteger.valueOf(LibraryDefaults.GROUPS_PER_FULL_POST.value()))
        .divide(post.denominator())
        .min(java.math.BigInteger.valueOf(Integer.MAX_VALUE))
        .longValue();
  }

  private static int equipmentMask(boolean required) {
    int mask = 0;
    for (Equipment item : Equipment.values()) {
      if (required ? item.kcsRequirement() == Requirement.REQUIRED : item.isRefreshment()) {
        mask |= 1 << item.ordinal();
      }
    }
    return mask;
  }

  private static Properties polishMessages() {
    Properties messages = new Properties();
    try (InputStream in =
        Stage1Floor.class
            .getClassLoader()
            .getResourceAsStream("pl/kcs/rules/messages_pl.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "kcs-rules' messages_pl.properties is not on the class path");
      }
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return messages;
  }

  /** A message pattern split once into literal parts and argument indexes ({0}, {1}, {2}). */
  static final class Template {
    private final String[] parts;
    private final int[] arguments;

    private Template(String[] parts, int[] arguments) {
      this.parts = parts;
      this.arguments = arguments;
    }

    static Template of(String pattern) {
      if (pattern == null) {
        throw new IllegalArgumentException("no such message pattern");
      }
      String text = pattern.replace("''", "'");
      List<String> parts = new ArrayList<>();
      List<Integer> arguments = new ArrayList<>();
      int from = 0;
      for (int at = text.indexOf('{'); at >= 0; at = text.indexOf('{', from)) {
        parts.add(text.substring(from, at));
        arguments.add(text.charAt(at + 1) - '0');
        from = text.indexOf('}', at) + 1;
      }
      parts.add(text.substring(from));
      return new Template(
          parts.toArray(new String[0]), arguments.stream().mapToInt(Integer::intValue).toArray());
    }

    String format(String a0, String a1, String a2) {
      if (arguments.length == 0) {
        return parts[0];
      }
      StringBuilder text = new StringBuilder(parts[0]);
      for (int i = 0; i < arguments.length; i++) {
        int argument = arguments[i];
        text.append(argument == 0 ? a0 : argument == 1 ? a1 : a2).append(parts[i + 1]);
      }
      return text.toString();
    }
  }
}
