package uk.foitracker.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.foitracker.question.QuestionSplitter;
import uk.foitracker.request.NewRequest.QuestionDraft;
import uk.foitracker.rules.Regime;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Option;

/**
 * The log-a-request form as typed, with its errors. {@code split} is true once questions have been
 * proposed: the form then shows them in editable boxes and the save button.
 */
public record LogForm(NewRequest draft, boolean split, FormErrors errors) {

  public static LogForm blank() {
    return new LogForm(
        new NewRequest("", null, "", "", "", "", "", "", List.of(), ""), false, FormErrors.NONE);
  }

  public List<Option> regimes() {
    return Arrays.stream(Regime.values())
        .map(
            r ->
                new Option(
                    r.name(),
                    r == Regime.FOIA ? "FOIA: " + r.title() : "EIR: " + r.title(),
                    r.name().equals(draft.regime())))
        .toList();
  }

  /**
   * The salutation and signature block the splitter sets aside as not a question, shown once the
   * questions are proposed so the officer can confirm it; empty when there is none.
   */
  public String signatureBlock() {
    if (!split || draft.requestText() == null) {
      return "";
    }
    return QuestionSplitter.propose(draft.requestText()).signature();
  }

  /** The other references, one a line, as typed. */
  public String otherReferencesText() {
    return String.join("\n", draft.otherAuthorityReferences());
  }

  public List<Option> channels() {
    return Arrays.stream(Channel.values())
        .map(c -> new Option(c.name(), c.label(), c.name().equals(draft.channel())))
        .toList();
  }

  /** The question boxes: the questions so far and one empty box to add another. */
  public List<Row> questionRows() {
    List<Row> rows = new ArrayList<>();
    List<QuestionDraft> qs = draft.questions();
    for (int i = 0; i < qs.size(); i++) {
      rows.add(row(i, qs.get(i)));
    }
    int next =
        qs.stream()
                .mapToInt(
                    q -> {
                      try {
                        return Integer.parseInt(q.number());
                      } catch (NumberFormatException e) {
                        return 0;
                      }
                    })
                .max()
                .orElse(0)
            + 1;
    rows.add(new Row(qs.size(), String.valueOf(next), "", null, null, true));
    return rows;
  }

  private Row row(int i, QuestionDraft q) {
    String f = "questions[" + i + "]";
    return new Row(
        i, q.number(), q.text(), errors.message(f + ".number"), errors.message(f + ".text"), false);
  }

  /** One question box. */
  public record Row(
      int index, String number, String text, String numberError, String textError, boolean extra) {}

  /** The id of the input a field's error links to. */
  static String inputId(String field) {
    if (field.startsWith("questions[")) {
      String index = field.substring("questions[".length(), field.indexOf(']'));
      return "question-" + index + (field.endsWith(".number") ? "-number" : "-text");
    }
    return switch (field) {
      case "questions" -> "question-0-text";
      default -> field;
    };
  }
}
