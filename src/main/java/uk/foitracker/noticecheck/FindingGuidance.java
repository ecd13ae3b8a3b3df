package uk.foitracker.noticecheck;

import java.util.List;
import java.util.Map;
import uk.foitracker.noticecheck.NoticeCheckResult.CheckedFinding;

/**
 * Each finding explained to the person who received the response: what it means, what they can do,
 * and the Information Commissioner's guidance on that section.
 */
final class FindingGuidance {
  private FindingGuidance() {}

  static final String ICO = "https://ico.org.uk/for-organisations/foi/";
  static final String GUIDES =
      "https://ico.org.uk/for-organisations/foi/freedom-of-information-and-environmental-information-regulations/";
  static final String REFUSAL_NOTICE =
      GUIDES + "section-17-refusing-a-request-writing-a-refusal-notice/";
  static final String COST =
      GUIDES + "section-12-requests-where-the-cost-of-compliance-exceeds-the-appropriate-limit/";
  static final String ADVICE =
      "https://ico.org.uk/for-organisations/guidance-index/freedom-of-information-and-environmental-information-regulations/section-16-advice-and-assistance/";
  static final String PUBLIC_INTEREST = GUIDES + "the-public-interest-test/";
  static final String TIME =
      GUIDES + "time-limits-for-compliance-under-the-freedom-of-information-act-section-10/";
  static final String HELD = GUIDES + "determining-whether-we-hold-information/";
  static final String PERSONAL =
      "https://ico.org.uk/for-organisations/foi/section-40-and-regulation-13-personal-information/";

  /** A finding as the page shows it. */
  record Guide(
      CheckedFinding finding,
      String questionsLabel,
      String meaning,
      String whatYouCanDo,
      String guidanceTitle,
      String guidanceUrl) {
    public String severityLabel() {
      return switch (finding.severity()) {
        case "HIGH" -> "Breach";
        case "MEDIUM" -> "Probable shortfall";
        case "LOW" -> "Check";
        default -> "Not assessed";
      };
    }

    public String severityClass() {
      return switch (finding.severity()) {
        case "HIGH" -> "govuk-tag--red";
        case "MEDIUM" -> "govuk-tag--orange";
        case "LOW" -> "govuk-tag--yellow";
        default -> "govuk-tag--grey";
      };
    }
  }

  private record Text(String meaning, String title, String url) {}

  private static final String REVIEW =
      "Ask the authority for an internal review (for EIR, make representations under regulation"
          + " 11) within 40 working days of the response, saying what this check found. If the"
          + " review does not put it right, you can complain to the Information Commissioner.";

  private static final Map<String, Text> BY_RULE =
      Map.ofEntries(
          Map.entry(
              "S17_7_RIGHTS",
              new Text(
                  "A refusal must tell you how to ask for an internal review (or say there is"
                      + " none) and that you can complain to the Information Commissioner.",
                  "Refusing a request: writing a refusal notice (section 17)",
                  REFUSAL_NOTICE)),
          Map.entry(
              "S17_1_REASONS",
              new Text(
                  "A refusal must name the exemption relied on and say why it applies.",
                  "Refusing a request: writing a refusal notice (section 17)",
                  REFUSAL_NOTICE)),
          Map.entry(
              "S17_3_PUBLIC_INTEREST",
              new Text(
                  "A qualified exemption or an EIR exception may be relied on only when the public"
                      + " interest in withholding outweighs the public interest in disclosure,"
                      + " and the response must say why.",
                  "The public interest test",
                  PUBLIC_INTEREST)),
          Map.entry(
              "S12_ITEMISED_ESTIMATE",
              new Text(
                  "A refusal on cost must rest on a reasonable estimate of the time needed to find,"
                      + " retrieve and extract the information, at £25 an hour, above the limit"
                      + " (£450, or £600 for central government).",
                  "Requests where the cost of compliance exceeds the appropriate limit (section"
                      + " 12)",
                  COST)),
          Map.entry(
              "S16_ADVICE",
              new Text(
                  "When a request is refused on cost, the authority should help you narrow it so"
                      + " that it can be answered within the limit.",
                  "Section 16: advice and assistance",
                  ADVICE)),
          Map.entry(
              "S1_1_A_NOT_HELD_AS_EXEMPTION",
              new Text(
                  "Information that is not held is not withheld under an exemption: the authority"
                      + " should simply say it does not hold it.",
                  "Determining whether we hold information",
                  HELD)),
          Map.entry(
              "TIMELINESS",
              new Text(
                  "An authority must answer promptly and within 20 working days of receiving the"
                      + " request, unless the law lets it extend the time.",
                  "Time limits for compliance (section 10)",
                  TIME)),
          Map.entry(
              "S17_NOTICE_TIMELINESS",
              new Text(
                  "A refusal notice must be sent within the time for answering the request.",
                  "Time limits for compliance (section 10)",
                  TIME)),
          Map.entry(
              "SMALL_NUMBERS",
              new Text(
                  "Very small counts of people can identify them; personal data of others is"
                      + " protected by section 40(2) and regulation 13.",
                  "Section 40 and regulation 13: personal information",
                  PERSONAL)));

  static Guide of(CheckedFinding f) {
    Text t = BY_RULE.get(f.rule());
    if (t == null) {
      t = bySection(f.section());
    }
    return new Guide(f, questions(f.questions()), t.meaning(), REVIEW, t.title(), t.url());
  }

  private static Text bySection(String section) {
    String s = section == null ? "" : section;
    if (s.startsWith("s.12")) {
      return new Text(
          "", "Requests where the cost of compliance exceeds the appropriate limit", COST);
    }
    if (s.startsWith("s.16")) {
      return new Text("", "Section 16: advice and assistance", ADVICE);
    }
    if (s.startsWith("s.17") || s.startsWith("reg 14")) {
      return new Text("", "Refusing a request: writing a refusal notice", REFUSAL_NOTICE);
    }
    if (s.startsWith("s.10") || s.startsWith("reg 5") || s.startsWith("reg 7")) {
      return new Text("", "Time limits for compliance", TIME);
    }
    if (s.startsWith("s.40") || s.startsWith("reg 13")) {
      return new Text("", "Section 40 and regulation 13: personal information", PERSONAL);
    }
    if (s.startsWith("s.1(1)")) {
      return new Text("", "Determining whether we hold information", HELD);
    }
    if (s.startsWith("reg 12") || s.startsWith("s.2")) {
      return new Text("", "The public interest test", PUBLIC_INTEREST);
    }
    return new Text("", "Freedom of information and environmental information guidance", ICO);
  }

  static String questions(List<Integer> numbers) {
    if (numbers.isEmpty()) {
      return "The whole response";
    }
    if (numbers.size() == 1) {
      return "Question " + numbers.get(0);
    }
    List<String> n = numbers.stream().map(String::valueOf).toList();
    return "Questions "
        + String.join(", ", n.subList(0, n.size() - 1))
        + " and "
        + n.get(n.size() - 1);
  }
}
