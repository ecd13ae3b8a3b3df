package uk.foitracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An NCND answer cites the provision that excludes the duty to confirm or deny. */
class NcndCitationTest {

  @ParameterizedTest(name = "{0} citing {1}: uncited {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          NEITHER_CONFIRM_NOR_DENY | FOIA-43-3              | false
          NEITHER_CONFIRM_NOR_DENY | FOIA-43-2              | true
          NEITHER_CONFIRM_NOR_DENY | FOIA-43-2 FOIA-43-3    | false
          NEITHER_CONFIRM_NOR_DENY | FOIA-40-5B-a-i         | false
          NEITHER_CONFIRM_NOR_DENY | FOIA-31-1-a FOIA-17-1  | true
          NEITHER_CONFIRM_NOR_DENY | EIR-12-6               | false
          NEITHER_CONFIRM_NOR_DENY | EIR-12-5-a             | true
          REFUSED_EXEMPTION        | FOIA-43-2              | false
          """)
  void ncndAnswersCiteAnNcndProvision(Outcome outcome, String codes, boolean uncited) {
    List<Integer> missing =
        NcndCitation.uncited(Map.of(3, outcome), Map.of(3, Arrays.asList(codes.split(" "))));
    assertThat(missing).isEqualTo(uncited ? List.of(3) : List.of());
  }
}
