package uk.foitracker.rules.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.foitracker.rules.AppropriateLimit;
import uk.foitracker.rules.CellState;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.ClockEvent;
import uk.foitracker.rules.Outcome;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;

/** Builders of facts for the rule tests, and the Leicester case read from its seed file. */
final class Facts {
  private Facts() {}

  static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

  static ResponseFacts response(List<QuestionFacts> questions) {
    return response(questions, Optional.empty());
  }

  static ResponseFacts response(List<QuestionFacts> questions, Optional<CostFacts> cost) {
    return new ResponseFacts(
        Regime.FOIA,
        Optional.empty(),
        true,
        Optional.empty(),
        List.of(),
        TODAY,
        questions,
        cost,
        5);
  }

  static ResponseFacts dated(
      LocalDate received,
      boolean responded,
      LocalDate sent,
      List<ClockEvent> events,
      List<QuestionFacts> questions) {
    return new ResponseFacts(
        Regime.FOIA,
        Optional.ofNullable(received),
        responded,
        Optional.ofNullable(sent),
        events,
        TODAY,
        questions,
        Optional.empty(),
        5);
  }

  /** The same facts under {@code regime}, with {@code notice} and the limit for {@code kind}. */
  static ResponseFacts with(
      ResponseFacts f, Regime regime, NoticeFacts notice, AppropriateLimit limit) {
    return new ResponseFacts(
        regime,
        f.received(),
        f.responded(),
        f.sent(),
        f.clockEvents(),
        f.asOf(),
        f.questions(),
        f.cost(),
        f.smallNumberThreshold(),
        f.statedDue(),
        notice,
        limit,
        f.instalments(),
        f.reviews());
  }

  /** The same facts with the notice as sent. */
  static ResponseFacts withNotice(ResponseFacts f, NoticeFacts notice) {
    return with(f, f.regime(), notice, f.limit());
  }

  /** The same facts under another regime. */
  static ResponseFacts under(ResponseFacts f, Regime regime) {
    return with(f, regime, f.notice(), f.limit());
  }

  /** A citation with a public interest test recorded. */
  static CitationFacts withTest(CitationFacts c, PublicInterestFacts pi) {
    return new CitationFacts(
        c.code(), c.reference(), c.type(), c.role(), c.reasons(), Optional.ofNullable(pi));
  }

  static QuestionFacts question(int n, Outcome outcome, String answer, CitationFacts... citations) {
    return new QuestionFacts(
        n, "Question " + n, outcome, "a" + n, answer, List.of(), Arrays.asList(citations));
  }

  static CitationFacts cite(
      String code, String reference, ProvisionKind type, CitationRole role, String reasons) {
    return new CitationFacts(code, reference, type, role, reasons);
  }

  static CitationFacts s17_1() {
    return cite(
        "FOIA-17-1",
        "s.17(1)",
        ProvisionKind.PROCEDURE,
        CitationRole.PROCEDURE,
        "This is a refusal notice.");
  }

  static CitationFacts notHeld() {
    return cite("FOIA-1-1-a", "s.1(1)(a)", ProvisionKind.DENIAL, CitationRole.DENIAL, "Not held.");
  }

  static CitationFacts s12() {
    return cite(
        "FOIA-12", "s.12", ProvisionKind.COST_LIMIT, CitationRole.COST_LIMIT, "Over the limit.");
  }

  static TableFacts table(String caption, List<String> columns, long[]... rows) {
    List<TableFacts.Row> list = new ArrayList<>();
    int year = 2015;
    for (long[] row : rows) {
      list.add(
          new TableFacts.Row(
              String.valueOf(year++), Arrays.stream(row).mapToObj(TableFacts.Cell::of).toList()));
    }
    return new TableFacts(caption, columns, list);
  }

  /** The Leicester response as facts, from the same seed file the app imports. */
  static ResponseFacts leicester(int smallNumberThreshold) {
    JsonNode doc;
    try (InputStream in =
        Facts.class.getResourceAsStream("/seed/leicester-cse-cce-2015-2024.json")) {
      doc = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    List<QuestionFacts> questions = new ArrayList<>();
    for (JsonNode q : doc.get("questions")) {
      String key = q.get("answer").asText();
      JsonNode answer = null;
      for (JsonNode a : doc.get("answers")) {
        if (a.get("key").asText().equals(key)) {
          answer = a;
        }
      }
      List<String> paragraphs = new ArrayList<>();
      answer.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
      List<TableFacts> tables = new ArrayList<>();
      for (JsonNode t : answer.get("tables")) {
        List<String> columns = new ArrayList<>();
        t.get("columns")
            .forEach(c -> columns.add(c.get("group").asText() + " " + c.get("label").asText()));
        List<TableFacts.Row> rows = new ArrayList<>();
        for (JsonNode r : t.get("rows")) {
          List<TableFacts.Cell> cells = new ArrayList<>();
          for (JsonNode c : r.get("cells")) {
            String text = c.asText();
            cells.add(
                text.equals("-")
                    ? TableFacts.Cell.notHeld()
                    : new TableFacts.Cell(
                        CellState.VALUE, Long.parseLong(text.replace(",", "")), text));
          }
          rows.add(new TableFacts.Row(r.get("header").asText(), cells));
        }
        tables.add(
            new TableFacts(
                t.get("caption").asText(),
                columns,
                rows,
                List.of(),
                t.path("countsPeople").asBoolean(false)));
      }
      List<CitationFacts> citations = new ArrayList<>();
      for (JsonNode c : q.get("citations")) {
        String code = c.get("provision").asText();
        ProvisionKind type =
            switch (code) {
              case "FOIA-1-1-a" -> ProvisionKind.DENIAL;
              case "FOIA-12" -> ProvisionKind.COST_LIMIT;
              default -> ProvisionKind.PROCEDURE;
            };
        String ref =
            switch (code) {
              case "FOIA-1-1-a" -> "s.1(1)(a)";
              case "FOIA-12" -> "s.12";
              default -> "s.17(1)";
            };
        citations.add(
            new CitationFacts(
                code,
                ref,
                type,
                CitationRole.valueOf(c.get("role").asText()),
                c.get("reasons").asText()));
      }
      questions.add(
          new QuestionFacts(
              q.get("number").asInt(),
              q.get("text").asText(),
              Outcome.valueOf(q.get("outcome").asText()),
              key,
              String.join("\n\n", paragraphs),
              tables,
              citations));
    }
    JsonNode c = doc.get("costAssessment");
    List<Integer> costQuestions = new ArrayList<>();
    c.get("questions").forEach(n -> costQuestions.add(n.asInt()));
    CostFacts cost =
        new CostFacts(
            c.get("limitPence").asInt(),
            c.get("hourlyRatePence").asInt(),
            costQuestions,
            List.of(),
            c.get("statement").asText(),
            c.get("advice").asText());
    return new ResponseFacts(
        Regime.FOIA,
        Optional.empty(),
        true,
        Optional.empty(),
        List.of(),
        TODAY,
        questions,
        Optional.of(cost),
        smallNumberThreshold);
  }
}
