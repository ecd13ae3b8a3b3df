package uk.foitracker.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessCodesTest {
  @Test
  void aCodeMatchesOnlyItsOwnHash() {
    String code = AccessCodes.generate();
    assertThat(code).matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}");
    String stored = AccessCodes.hash(code);
    assertThat(stored).doesNotContain(code).startsWith("pbkdf2-sha256$");
    assertThat(AccessCodes.matches(code, stored)).isTrue();
    assertThat(AccessCodes.matches(code.toLowerCase().replace("-", " "), stored)).isTrue();
    assertThat(AccessCodes.matches(AccessCodes.generate(), stored)).isFalse();
    assertThat(AccessCodes.matches("", stored)).isFalse();
    assertThat(AccessCodes.matches(code, "not-a-hash")).isFalse();
    assertThat(AccessCodes.matches(null, stored)).isFalse();
  }

  @Test
  void hashesAreSaltedAndCodesDiffer() {
    String code = AccessCodes.generate();
    assertThat(AccessCodes.hash(code)).isNotEqualTo(AccessCodes.hash(code));
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      codes.add(AccessCodes.generate());
    }
    assertThat(codes).hasSize(1000);
  }
}
