package uk.foitracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import uk.foitracker.imports.ImportProposal.ProposedPrecedent;
import uk.foitracker.imports.Proposals.Mark;
import uk.foitracker.reading.ReadThread;

/** What the importer reads itself: acknowledgement, a switch to EIR, precedents; never guessed. */
class ThreadProposalsTest {

  private static ThreadProposals.Added read(String text, List<Mark> marks, List<String> check) {
    return ThreadProposals.read(text, ReadThread.NONE, marks, check);
  }

  @Test
  void readsDecisionNoticesAndEarlierRequestsConservatively() {
    List<Mark> marks = new ArrayList<>();
    List<String> check = new ArrayList<>();
    ThreadProposals.Added a =
        read(
            "The Commissioner's decision notice FS50123456 and IC-123456-A1B2 upheld this.\n"
                + "We answered this previously under our reference FOI 4567.\n",
            marks,
            check);
    assertThat(a.precedents())
        .extracting(ProposedPrecedent::reference, ProposedPrecedent::kind)
        .containsExactly(
            Tuple.tuple("FS50123456", "DECISION_NOTICE"),
            Tuple.tuple("IC-123456-A1B2", "DECISION_NOTICE"),
            Tuple.tuple("FOI 4567", "EARLIER_REQUEST"));
    assertThat(check).containsExactly("precedent FOI 4567");
    assertThat(marks).extracting(Mark::element).contains("precedent FS50123456");
  }

  @Test
  void readsTheSwitchToEirOnlyWhenTheLetterStatesIt() {
    List<Mark> marks = new ArrayList<>();
    List<String> check = new ArrayList<>();
    ThreadProposals.Added a =
        read(
            "You asked under the Freedom of Information Act. We have considered your request under"
                + " the Environmental Information Regulations 2004.",
            marks,
            check);
    assertThat(a.regimeChange().from()).isEqualTo("FOIA");
    assertThat(a.regimeChange().to()).isEqualTo("EIR");
    assertThat(check).contains("regime change");

    ThreadProposals.Added none =
        read(
            "This is an EIR response under the Environmental Information Regulations 2004.",
            new ArrayList<>(),
            new ArrayList<>());
    assertThat(none.regimeChange()).isNull();
    assertThat(none.precedents()).isEmpty();
    assertThat(none.acknowledged()).isNull();
  }

  @Test
  void readsTheAcknowledgementDate() {
    List<Mark> marks = new ArrayList<>();
    ThreadProposals.Added a =
        read("We acknowledged your request on 3rd May 2024.", marks, new ArrayList<>());
    assertThat(a.acknowledged()).isEqualTo("2024-05-03");
    assertThat(marks).extracting(Mark::element).contains("acknowledged");
    assertThat(
            read("Thank you for your request of 3 May 2024.", marks, new ArrayList<>())
                .acknowledged())
        .isNull();
  }
}
