package uk.foitracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * FOIA s.2(3) and the "duty to confirm or deny does not arise" subsections, EIR reg 12(1)(b) and
 * 12(6), as real refusals cite them (Sheffield's s.43(2) and reg 12(5)(e), s.21 and s.14(1)).
 */
class ProvisionCatalogueTest {

  @ParameterizedTest(name = "{0}: {1}, ncnd {2}, {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          FOIA-21        | ABSOLUTE  | false | -         | FOIA s.2(3)(a)
          FOIA-22-1      | QUALIFIED | false | -         | FOIA s.2(2)(b)
          FOIA-23-1      | ABSOLUTE  | false | -         | FOIA s.2(3)(b)
          FOIA-23-5      | ABSOLUTE  | true  | s.1(1)(a) | FOIA s.2(3)(b)
          FOIA-24-1      | QUALIFIED | false | -         | FOIA s.2(2)(b)
          FOIA-24-2      | QUALIFIED | true  | s.1(1)(a) | FOIA s.2(1)(b)
          FOIA-27-4      | QUALIFIED | true  | s.1(1)(a) | FOIA s.2(1)(b)
          FOIA-30-3      | QUALIFIED | true  | s.1(1)(a) | FOIA s.2(1)(b)
          FOIA-31-1-a    | QUALIFIED | false | -         | FOIA s.2(2)(b)
          FOIA-31-3      | QUALIFIED | true  | s.1(1)(a) | FOIA s.2(1)(b)
          FOIA-36-2-b-i  | QUALIFIED | false | -         | FOIA s.2(2)(b)
          FOIA-38-2      | QUALIFIED | true  | s.1(1)(a) | FOIA s.2(1)(b)
          FOIA-40-1      | ABSOLUTE  | false | -         | FOIA s.2(3)(f)
          FOIA-40-2      | ABSOLUTE  | false | -         | FOIA s.2(3)(fa)
          FOIA-40-5A     | ABSOLUTE  | true  | s.1(1)(a) | FOIA s.2(3)(fb)
          FOIA-40-5B-a-i | ABSOLUTE  | true  | s.1(1)(a) | FOIA s.2(3)(fc)
          FOIA-41-1      | ABSOLUTE  | false | -         | FOIA s.2(3)(g)
          FOIA-41-2      | ABSOLUTE  | true  | s.1(1)(a) | FOIA s.2(3)(g)
          FOIA-42-1      | QUALIFIED | false | -         | FOIA s.2(2)(b)
          FOIA-43-2      | QUALIFIED | false | -         | FOIA s.2(2)(b)
          FOIA-43-3      | QUALIFIED | true  | s.1(1)(a) | FOIA s.2(1)(b)
          FOIA-44-2      | ABSOLUTE  | true  | s.1(1)(a) | FOIA s.2(3)(h)
          FOIA-12        | NONE      | false | -         | FOIA Part I
          FOIA-14-1      | NONE      | false | -         | FOIA Part I
          FOIA-1-1-a     | NONE      | false | -         | FOIA Part I
          EIR-12-4-a     | QUALIFIED | false | -         | EIR reg 12(1)(b)
          EIR-12-4-b     | QUALIFIED | false | -         | EIR reg 12(1)(b)
          EIR-12-5-e     | QUALIFIED | false | -         | EIR reg 12(1)(b)
          EIR-12-6       | QUALIFIED | true  | reg 5(1)  | EIR reg 12(6)
          EIR-12-1-b     | NONE      | false | -         | EIR
          EIR-12-2       | NONE      | false | -         | EIR
          EIR-13-1       | ABSOLUTE  | false | -         | EIR reg 13(2A)(a), first condition
          """)
  void classes(
      String code,
      ProvisionClass.Exemption exemption,
      boolean ncnd,
      String excludedDuty,
      String basis) {
    ProvisionClass c = ProvisionCatalogue.classify(code);
    assertThat(c.exemption()).isEqualTo(exemption);
    assertThat(c.ncnd()).isEqualTo(ncnd);
    assertThat(c.excludedDuty()).isEqualTo(excludedDuty);
    assertThat(c.basis()).isEqualTo(basis);
    assertThat(c.publicInterestTest()).isEqualTo(exemption == ProvisionClass.Exemption.QUALIFIED);
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          FS50123456        | ICO_DECISION_NOTICE | FS50123456
          fs50123456        | ICO_DECISION_NOTICE | FS50123456
          IC-123456-A1B2    | ICO_DECISION_NOTICE | IC-123456-A1B2
          ic-40215-x9y8     | ICO_DECISION_NOTICE | IC-40215-X9Y8
          EA/2019/0123      | TRIBUNAL_APPEAL     | EA/2019/0123
          ' EA / 2006/0012' | TRIBUNAL_APPEAL     | EA/2006/0012
          FS123             | -                   | -
          IC-123456         | -                   | -
          EA/19/0123        | -                   | -
          s.43(2)           | -                   | -
          """)
  void precedents(String typed, PrecedentReference.Kind kind, String reference) {
    var parsed = PrecedentReference.parse(typed);
    if (kind == null) {
      assertThat(parsed).isEmpty();
    } else {
      assertThat(parsed).contains(new PrecedentReference(kind, reference));
    }
  }

  @Test
  void icoLinksSearchTheDecisionNotices() {
    assertThat(PrecedentReference.parse("IC-123456-A1B2").orElseThrow().url())
        .isEqualTo(
            "https://ico.org.uk/action-weve-taken/decision-notices/?facet_type=&facet_sector="
                + "&facet_date=&date_from=&date_to=&query=IC-123456-A1B2");
    assertThat(PrecedentReference.parse("EA/2019/0123").orElseThrow().url())
        .isEqualTo("https://informationrights.decisions.tribunals.gov.uk/");
  }
}
