package uk.foitracker.examples;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The response in {@code ../shared/examples/} entered, sent, published and read back. */
@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class SheffieldFoiStatisticsCaseTest extends ExampleCaseTest {
  @Override
  Example example() {
    return Sheffield.foiStatistics();
  }
}
