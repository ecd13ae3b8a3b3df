package uk.foitracker.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AccessCodesTest {
  @Test
  void aCodeMatchesOnlyItsOwnHash() {
    String code = AccessCodes.generate();
    assertThat(code).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
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

  @Test
  void codesCarryAtLeast50BitsFromSecureRandom() throws Exception {
    int n = 20_000;
    int length = 12;
    Map<Character, int[]> perPosition = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      String symbols = AccessCodes.generate().replace("-", "");
      assertThat(symbols).hasSize(length);
      for (int p = 0; p < length; p++) {
        perPosition.computeIfAbsent(symbols.charAt(p), c -> new int[length])[p]++;
      }
    }
    // every position draws from the same 31 symbols, each about equally often
    int alphabet = perPosition.size();
    assertThat(alphabet).isEqualTo(31);
    double expected = (double) n / alphabet;
    perPosition.forEach(
        (symbol, counts) -> {
          for (int count : counts) {
            assertThat((double) count)
                .as("'" + symbol + "'")
                .isBetween(expected * 0.75, expected * 1.25);
          }
        });
    double bits = length * Math.log(alphabet) / Math.log(2);
    assertThat(bits).isGreaterThanOrEqualTo(50).isEqualTo(AccessCodes.BITS);
    System.out.printf("Access codes: %d symbols of %d, %.1f bits%n", length, alphabet, bits);

    Field source = AccessCodes.class.getDeclaredField("RANDOM");
    source.setAccessible(true);
    assertThat(source.get(null)).isExactlyInstanceOf(SecureRandom.class);
  }

  @Test
  void codesOfTheEarlierTenCharacterFormatStillMatch() {
    String stored = AccessCodes.hash("K7QPM-3XWRT");
    assertThat(AccessCodes.matches("k7qpm 3xwrt", stored)).isTrue();
    assertThat(AccessCodes.matches("K7QPM-3XWRA", stored)).isFalse();
  }
}
