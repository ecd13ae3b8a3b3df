package uk.foitracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SI 2004/3244 reg 3: £600 (24 hours) for Schedule 1 Part I bodies, £450 (18 hours) for others. */
class AuthorityKindTest {

  @ParameterizedTest(name = "{0}: £{1}, {2} hours")
  @CsvSource({
    // Leicester City Council, Sheffield City Council (Schedule 1 Part II)
    "COUNCIL, 450, 18",
    // Cumbria and Durham Constabulary (Schedule 1 Part V)
    "POLICE, 450, 18",
    // an NHS trust (Schedule 1 Part III)
    "NHS, 450, 18",
    // a government department (Schedule 1 Part I)
    "CENTRAL_GOVERNMENT, 600, 24",
    "OTHER, 450, 18"
  })
  void theKindSetsTheAppropriateLimit(AuthorityKind kind, int pounds, int hours) {
    assertThat(kind.appropriateLimit().limitPence()).isEqualTo(pounds * 100);
    assertThat(kind.appropriateLimit().hours()).isEqualTo(hours);
    assertThat(kind.centralGovernment()).isEqualTo(pounds == 600);
  }
}
