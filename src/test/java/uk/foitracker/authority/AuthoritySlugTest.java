package uk.foitracker.authority;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthoritySlugTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Leicester City Council|leicester-city-council",
        "Durham Constabulary|durham-constabulary",
        "King's Lynn and West Norfolk Borough Council|kings-lynn-and-west-norfolk-borough-council",
        "Ynys Môn (Isle of Anglesey) County Council|ynys-mon-isle-of-anglesey-county-council",
        "  NHS  England |nhs-england",
        "???|authority"
      })
  void slugs(String name, String slug) {
    assertThat(Authority.slugOf(name)).isEqualTo(slug);
  }
}
