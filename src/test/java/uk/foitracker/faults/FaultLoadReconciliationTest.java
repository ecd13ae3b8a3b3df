package uk.foitracker.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fault run's verdict: acknowledged writes against the rows that carry their keys. */
class FaultLoadReconciliationTest {
  private static FaultLoad.Write write(String key, boolean acknowledged, boolean replayed) {
    FaultLoad.Write w = new FaultLoad.Write(key, "request", null);
    w.acknowledged = acknowledged;
    w.replayed = replayed;
    return w;
  }

  @Test
  void everyAcknowledgedWriteOnceIsAPass() {
    FaultLoad.Reconciliation r =
        FaultLoad.Reconciliation.of(
            List.of(write("a", true, false), write("b", true, true), write("c", false, false)),
            Map.of("a", 1, "b", 1));
    assertThat(r).isEqualTo(new FaultLoad.Reconciliation(2, 1, 0, 0, 1, 0, 0, 0, 0));
  }

  @Test
  void missingRowsAreLostAndRepeatedRowsAreDuplicates() {
    FaultLoad.Reconciliation r =
        FaultLoad.Reconciliation.of(
            List.of(
                write("acked-missing", true, false),
                write("acked-twice", true, false),
                write("unacked-applied", false, false),
                write("unacked-twice", false, false)),
            Map.of("acked-twice", 2, "unacked-applied", 1, "unacked-twice", 2, "stranger", 1));
    assertThat(r.lost()).isEqualTo(1);
    assertThat(r.duplicated()).isEqualTo(2);
    assertThat(r.appliedUnacknowledged()).isEqualTo(1);
    assertThat(r.unacknowledged()).isEqualTo(2);
    assertThat(r.unknown()).as("a row with a key never sent").isEqualTo(1);
  }

  @Test
  void aDroppedAcknowledgementMustBeAnsweredFromTheStore() {
    FaultLoad.Write replayed = write("r", true, true);
    replayed.ackDropped = true;
    FaultLoad.Write wroteAgain = write("w", true, false);
    wroteAgain.ackDropped = true;
    FaultLoad.Reconciliation r =
        FaultLoad.Reconciliation.of(List.of(replayed, wroteAgain), Map.of("r", 1, "w", 1));
    assertThat(r.ackDropped()).isEqualTo(2);
    assertThat(r.droppedNotReplayed()).isEqualTo(1);
  }
}
