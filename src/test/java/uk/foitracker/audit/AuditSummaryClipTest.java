package uk.foitracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditSummaryClipTest {
  @Test
  void aSummaryThatFitsIsKeptAsItIs() {
    assertThat(AuditLog.clip(null, 10)).isNull();
    assertThat(AuditLog.clip("Sent", 10)).isEqualTo("Sent");
    assertThat(AuditLog.clip("0123456789", 10)).isEqualTo("0123456789");
  }

  @Test
  void aLongerOneIsCutToTheColumnWithAnEllipsisAndNoHalfCharacter() {
    assertThat(AuditLog.clip("0123456789A", 10)).isEqualTo("012345678\u2026").hasSize(10);
    // an emoji is two chars: it is not split in half at the cut
    String withEmoji = "01234567\uD83D\uDE00ABC";
    assertThat(AuditLog.clip(withEmoji, 10)).isEqualTo("01234567\u2026");
  }
}
