package uk.foitracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.foitracker.rules.NoticeCompleteness.Element;
import uk.foitracker.rules.NoticeCompleteness.Missing;
import uk.foitracker.rules.RefusalNoticeDraft.Ground;
import uk.foitracker.rules.RefusalNoticeDraft.GroundKind;

/** FOIA s.17(1), (3), (5), (7) and EIR reg 14, by cases. */
class NoticeCompletenessTest {
  private static final String REVIEW = "Write to foi@example.gov.uk within 40 working days.";
  private static final String ICO = "You may complain to the Information Commissioner (s.50).";

  private static Ground ground(List<Integer> qs, String ref, GroundKind kind, String why) {
    return new Ground(qs, ref, kind, why, null, null, null);
  }

  @Test
  void leicesterCostRefusalLacksOnlyTheReviewAndCommissionerRights() {
    RefusalNoticeDraft leicester =
        new RefusalNoticeDraft(
            Regime.FOIA,
            List.of(
                ground(List.of(1, 2, 6), "s.1(1)(a)", GroundKind.DENIAL, "not recorded"),
                ground(List.of(1, 2, 4, 5, 6), "s.17(1)", GroundKind.PROCEDURE, "notice"),
                ground(List.of(4, 5), "s.12", GroundKind.COST_LIMIT, "over £450, 18 hours")),
            null,
            " ");
    List<Missing> missing = NoticeCompleteness.check(leicester);
    assertThat(missing)
        .extracting(Missing::element)
        .containsExactly(Element.REVIEW_PROCEDURE, Element.COMPLAINT_RIGHTS);
    assertThat(missing).extracting(Missing::section).containsExactly("s.17(7)(a)", "s.17(7)(b)");
    assertThat(missing.get(1).message()).contains("section 50");
  }

  @Test
  void notHeldAloneNeedsNoRefusalNotice() {
    RefusalNoticeDraft notHeld =
        new RefusalNoticeDraft(
            Regime.FOIA,
            List.of(ground(List.of(6), "s.1(1)(a)", GroundKind.DENIAL, null)),
            null,
            null);
    assertThat(notHeld.noticeRequired()).isFalse();
    assertThat(NoticeCompleteness.check(notHeld)).isEmpty();
  }

  @Test
  void qualifiedExemptionNeedsReasonsAndAllThreePublicInterestParts() {
    RefusalNoticeDraft draft =
        new RefusalNoticeDraft(
            Regime.FOIA,
            List.of(
                new Ground(List.of(2), "s.43", GroundKind.QUALIFIED_EXEMPTION, " ", "", null, null),
                ground(List.of(3), "s.40(2)", GroundKind.ABSOLUTE_EXEMPTION, null)),
            REVIEW,
            ICO);
    List<Missing> missing = NoticeCompleteness.check(draft);
    assertThat(missing)
        .extracting(Missing::field)
        .containsExactly(
            "grounds[0].reasons",
            "grounds[0].publicInterestFor",
            "grounds[0].publicInterestAgainst",
            "grounds[0].publicInterestConclusion",
            "grounds[1].reasons");
    assertThat(missing)
        .extracting(Missing::section)
        .containsExactly("s.17(1)(c)", "s.17(3)(b)", "s.17(3)(b)", "s.17(3)(b)", "s.17(1)(c)");
    assertThat(missing.get(3).message()).contains("s.43 (question 2)");
  }

  @Test
  void completeQualifiedNoticeHasNothingMissing() {
    RefusalNoticeDraft draft =
        new RefusalNoticeDraft(
            Regime.FOIA,
            List.of(
                new Ground(
                    List.of(2, 3),
                    "s.43",
                    GroundKind.QUALIFIED_EXEMPTION,
                    "prices would prejudice the tender",
                    "transparency in spending",
                    "fair competition",
                    "the tender is live: withholding outweighs")),
            REVIEW,
            ICO);
    assertThat(NoticeCompleteness.check(draft)).isEmpty();
  }

  @Test
  void eirNoticeNamesRegulationFourteen() {
    RefusalNoticeDraft draft =
        new RefusalNoticeDraft(
            Regime.EIR,
            List.of(
                new Ground(
                    List.of(1),
                    "reg 12(4)(b)",
                    GroundKind.QUALIFIED_EXEMPTION,
                    "why",
                    "a",
                    "b",
                    null)),
            null,
            ICO);
    assertThat(NoticeCompleteness.check(draft))
        .extracting(Missing::section)
        .containsExactly("reg 14(3)(b)", "reg 14(5)(a)");
  }

  @Test
  void costLimitWithoutReasonsCitesSeventeenFive() {
    RefusalNoticeDraft draft =
        new RefusalNoticeDraft(
            Regime.FOIA,
            List.of(ground(List.of(4), "s.12", GroundKind.COST_LIMIT, null)),
            REVIEW,
            ICO);
    assertThat(NoticeCompleteness.check(draft))
        .extracting(Missing::section)
        .containsExactly("s.17(5)");
  }
}
