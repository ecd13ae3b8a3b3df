package uk.foitracker.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** How a person's authorities are read from the identity provider's claim and roles. */
class AuthorityGrantTest {

  record Row(
      String what,
      Object claim,
      List<String> roles,
      String prefix,
      boolean all,
      Set<String> slugs,
      boolean stated) {
    @Override
    public String toString() {
      return what;
    }
  }

  static List<Row> table() {
    return List.of(
        new Row(
            "no claim, no authority role",
            null,
            List.of("officer"),
            "authority:",
            false,
            Set.of(),
            false),
        new Row(
            "claim as a JSON list",
            List.of("leicester-city-council", "durham-constabulary"),
            List.of("officer"),
            "authority:",
            false,
            Set.of("leicester-city-council", "durham-constabulary"),
            true),
        new Row(
            "claim as a string with commas and spaces",
            "leicester-city-council, durham-constabulary",
            List.of(),
            "authority:",
            false,
            Set.of("leicester-city-council", "durham-constabulary"),
            true),
        new Row(
            "claim as a JSON string, quoted",
            "\"durham-constabulary\"",
            List.of(),
            "authority:",
            false,
            Set.of("durham-constabulary"),
            true),
        new Row(
            "claim as JSON array text",
            "[\"a-council\",\"b-police\"]",
            List.of(),
            "authority:",
            false,
            Set.of("a-council", "b-police"),
            true),
        new Row(
            "claim in upper case",
            List.of("Durham-Constabulary"),
            List.of(),
            "authority:",
            false,
            Set.of("durham-constabulary"),
            true),
        new Row("claim *: every authority", "*", List.of(), "authority:", true, Set.of(), true),
        new Row(
            "* in a list",
            List.of("durham-constabulary", "*"),
            List.of(),
            "authority:",
            true,
            Set.of(),
            true),
        new Row(
            "empty claim states none",
            List.of(),
            List.of("officer"),
            "authority:",
            false,
            Set.of(),
            true),
        new Row(
            "role with the prefix",
            null,
            List.of("officer", "authority:durham-constabulary"),
            "authority:",
            false,
            Set.of("durham-constabulary"),
            true),
        new Row(
            "role authority:*",
            null,
            List.of("auditor", "authority:*"),
            "authority:",
            true,
            Set.of(),
            true),
        new Row(
            "claim and roles together",
            List.of("a-council"),
            List.of("authority:b-police"),
            "authority:",
            false,
            Set.of("a-council", "b-police"),
            true),
        new Row(
            "roles not read without a prefix",
            null,
            List.of("authority:b-police"),
            null,
            false,
            Set.of(),
            false),
        new Row(
            "a role without the prefix is not an authority",
            null,
            List.of("durham"),
            "authority:",
            false,
            Set.of(),
            false),
        new Row(
            "another prefix",
            null,
            List.of("foi-authority-b-police"),
            "foi-authority-",
            false,
            Set.of("b-police"),
            true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void reads(Row row) {
    AuthorityGrant g = AuthorityGrant.read(row.claim(), row.roles(), row.prefix());
    assertThat(g.all()).as("all").isEqualTo(row.all());
    assertThat(g.slugs()).as("slugs").isEqualTo(row.slugs());
    assertThat(g.stated()).as("stated").isEqualTo(row.stated());
  }
}
