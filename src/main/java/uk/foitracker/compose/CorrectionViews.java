package uk.foitracker.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.foitracker.answer.Answer;
import uk.foitracker.answer.AnswerTable;
import uk.foitracker.answer.TableRow;
import uk.foitracker.citation.Citation;
import uk.foitracker.citation.CitationGroup;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.web.FormEcho;
import uk.foitracker.web.FormErrors;
import uk.foitracker.web.Money;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.Problem.FieldError;

/** Builds {@link CorrectionsView}: every form filled from what is stored, or as typed. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CorrectionViews {

  /** A refused post: the form's id, what was typed and the errors. */
  public record Attempt(String form, Map<String, List<String>> values, List<FieldError> errors) {}

  /** The fields that are inputs of a form; any other error links to the form itself. */
  private static final List<String> INPUTS =
      List.of(
          "text", "reason", "first", "second", "paragraphs", "row", "column", "value", "reasons");

  static String anchor(String form, String field) {
    return INPUTS.contains(field) || field.startsWith("number-") ? form + "-" + field : form;
  }

  public CorrectionsView page(String ref, String banner, Attempt attempt) {
    FoiRequest request =
        FoiRequest.findByReference(ref)
            .orElseThrow(() -> new NotFoundProblem("No request has the reference " + ref));
    Map<String, FormEcho> forms = new LinkedHashMap<>();
    List<Question> questions = Question.forRequest(request);
    List<CorrectionsView.QuestionItem> items = new ArrayList<>();
    FormEcho renumber = FormEcho.empty();
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      Integer next = i + 1 < questions.size() ? questions.get(i + 1).number : null;
      items.add(new CorrectionsView.QuestionItem(q.number, q.text, next));
      forms.put("reword-" + q.number, FormEcho.empty().with("text", q.text));
      renumber = renumber.with("number-" + q.number, String.valueOf(q.number));
    }
    forms.put("renumber", renumber);
    boolean sent = QuestionEdits.sent(request);
    List<CorrectionsView.AnswerItem> answers = new ArrayList<>();
    List<CorrectionsView.CitationItem> citations = new ArrayList<>();
    if (sent) {
      for (Answer a : Answer.<Answer>list("request = ?1 order by position", request)) {
        List<Integer> numbers =
            questions.stream()
                .filter(q -> q.answer != null && q.answer.id.equals(a.id))
                .map(q -> q.number)
                .toList();
        List<CorrectionsView.TableItem> tables = new ArrayList<>();
        for (AnswerTable t : AnswerTable.<AnswerTable>list("answer = ?1 order by position", a)) {
          List<TableRow> rows = TableRow.list("table = ?1 order by position", t);
          StringBuilder rowsText = new StringBuilder();
          for (TableRow r : rows) {
            if (r.header != null) {
              rowsText.append(rowsText.isEmpty() ? "" : "; ").append(r.position).append(" ");
              rowsText.append(r.header);
            }
          }
          tables.add(
              new CorrectionsView.TableItem(
                  t.position, t.caption, rows.size(), t.columns.size(), rowsText.toString()));
        }
        answers.add(
            new CorrectionsView.AnswerItem(
                a.position,
                numbers.isEmpty() ? "no question" : Money.joinNumbers(numbers),
                tables));
        forms.put(
            "answer-" + a.position,
            FormEcho.empty().with("paragraphs", String.join("\n\n", a.paragraphs())));
      }
      for (CitationGroup g :
          CitationGroup.<CitationGroup>list("request = ?1 order by position", request)) {
        List<Citation> rows = Citation.list("group", g);
        if (rows.isEmpty()) {
          continue;
        }
        citations.add(
            new CorrectionsView.CitationItem(g.position, rows.get(0).provision.reference));
        forms.put("citation-" + g.position, FormEcho.empty().with("reasons", rows.get(0).reasons));
      }
    }
    FormErrors errors = FormErrors.NONE;
    if (attempt != null) {
      forms.put(attempt.form(), FormEcho.posted(attempt.values(), attempt.errors()));
      String form = attempt.form();
      errors = FormErrors.of(attempt.errors(), field -> anchor(form, field));
    }
    return new CorrectionsView(
        request.systemReference,
        request.version,
        request.title,
        sent,
        request.state == RequestState.PUBLISHED,
        banner,
        errors,
        forms,
        items,
        answers,
        citations);
  }
}
