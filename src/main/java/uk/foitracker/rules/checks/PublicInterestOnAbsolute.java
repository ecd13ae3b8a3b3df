package uk.foitracker.rules.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * FOIA s.2(3): the provisions listed there "are to be regarded as conferring absolute exemption":
 * s.2(1)(b) and s.2(2)(b) (the public interest test) do not apply to them. The same for
 * s.40(5B)(a)(i) (s.2(3)(fc)) when the authority neither confirms nor denies, and for EIR reg 13
 * under its first condition. A public interest test given for an absolute exemption misstates the
 * law: the requester is led to think the balance could have gone the other way.
 *
 * <p>Found when a public interest test is recorded for an absolute exemption (MEDIUM), or when the
 * reasons given for one weigh the public interest (LOW: words, to be confirmed by a person).
 */
public final class PublicInterestOnAbsolute implements Rule {
  public static final String ID = "PI_ON_ABSOLUTE";

  static final Pattern WEIGHING =
      Pattern.compile(
          "public\\s+interest\\s+(test|in\\s+(maintaining|disclos|withhold|favour))"
              + "|public\\s+interest[^.]{0,80}\\boutweigh|balance\\s+of\\s+(the\\s+)?public\\s+interest",
          Pattern.CASE_INSENSITIVE);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(ResponseFacts facts) {
    List<Integer> recorded = new ArrayList<>();
    List<String> recordedRefs = new ArrayList<>();
    List<Integer> worded = new ArrayList<>();
    List<String> wordedRefs = new ArrayList<>();
    for (QuestionFacts q : facts.questions()) {
      for (CitationFacts c : q.citations()) {
        if (!PublicInterestTests.absolute(c)) {
          continue;
        }
        boolean test =
            c.publicInterest()
                .map(
                    pi ->
                        !pi.argumentsFor().isBlank()
                            || !pi.argumentsAgainst().isBlank()
                            || !pi.conclusion().isBlank())
                .orElse(false);
        if (test) {
          recorded.add(q.number());
          if (!recordedRefs.contains(c.reference())) {
            recordedRefs.add(c.reference());
          }
        } else if (Wording.mentions(c.reasons(), WEIGHING)) {
          worded.add(q.number());
          if (!wordedRefs.contains(c.reference())) {
            wordedRefs.add(c.reference());
          }
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    if (!recorded.isEmpty()) {
      findings.add(
          finding(recorded, recordedRefs, Severity.MEDIUM, "gives a public interest test"));
    }
    if (!worded.isEmpty()) {
      findings.add(
          finding(
              worded, wordedRefs, Severity.LOW, "gives reasons that weigh the public interest"));
    }
    return findings;
  }

  private static Finding finding(
      List<Integer> numbers, List<String> refs, Severity severity, String what) {
    return new Finding(
        ID,
        "s.2(3)",
        numbers,
        severity,
        "The response "
            + what
            + " for "
            + Wording.list(refs)
            + ", which "
            + (refs.size() == 1 ? "is an absolute exemption" : "are absolute exemptions")
            + ": no public interest test applies (s.2(3)), so weighing one misstates the law.");
  }
}
