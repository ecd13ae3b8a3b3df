package uk.foitracker.reading;

import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.foitracker.rules.checks.RefusalCheck;

/** Prints what the reader makes of each real letter (a tool while working on the reader). */
class LetterReaderDump {
  @Test
  void dump() throws Exception {
    if (!Boolean.getBoolean("dump.examples")) {
      return;
    }
    try (var files = Files.list(Letters.EXAMPLES)) {
      for (var f : files.sorted().toList()) {
        if (f.getFileName().toString().endsWith(".txt")) {
          print(f.getFileName().toString(), Letters.example(f.getFileName().toString()));
        }
      }
    }
    print("leicester", Letters.leicester());
  }

  @Test
  void dumpCorpus() throws Exception {
    String only = System.getProperty("dump.corpus", "");
    if (only.isBlank()) {
      return;
    }
    for (String name : only.split(",")) {
      try (var files = Files.list(NoticeCorpusTest.DIR)) {
        for (var f : files.sorted().toList()) {
          String n = f.getFileName().toString();
          if (n.startsWith(name) && n.endsWith(".txt")) {
            print(n, Files.readString(f));
          }
        }
      }
    }
  }

  static void print(String name, String text) {
    ReadLetter r = LetterReader.read(text);
    System.out.println(
        "=== "
            + name
            + " regime="
            + r.regime().value()
            + " sure="
            + r.regime().sure()
            + " received="
            + r.received().map(Read::value)
            + " sent="
            + r.sent().map(Read::value)
            + " due="
            + r.statedDue().map(Read::value));
    for (ReadQuestion q : r.questions()) {
      System.out.println(
          "  Q"
              + q.number()
              + " ["
              + q.label()
              + "] "
              + cut(q.text(), 70)
              + " | key="
              + q.answerKey()
              + " "
              + q.outcome().orElse(null)
              + " | A: "
              + cut(q.answer(), 60));
    }
    for (ReadCitation c : r.citations()) {
      System.out.println(
          "  C "
              + c.reference()
              + " "
              + c.kind()
              + " q="
              + c.questions()
              + " sure="
              + c.sure()
              + " pi="
              + c.publicInterest()
                  .map(
                      p ->
                          p.argumentsFor().size()
                              + "/"
                              + p.argumentsAgainst().size()
                              + "/"
                              + cut(p.conclusion(), 40))
                  .orElse("-")
              + " | "
              + cut(c.reasons(), 60));
    }
    r.costs()
        .forEach(
            c ->
                System.out.println(
                    "  $ "
                        + c.activity()
                        + " "
                        + c.units()
                        + "x"
                        + c.minutesEach()
                        + "="
                        + c.minutes()
                        + " | "
                        + cut(c.description(), 60)));
    System.out.println(
        "  stated="
            + r.statedMinutes().map(Read::value)
            + " review="
            + r.reviewProcedure().map(x -> cut(x.value(), 50))
            + " ico="
            + r.complaintRights().map(x -> cut(x.value(), 50)));
    System.out.println("  advice=" + cut(r.advice(), 80));
    System.out.println("  unread=" + r.unread());
    var facts = LetterFacts.of(r, text, LetterFacts.Given.NOTHING, LocalDate.of(2026, 1, 1), 5);
    RefusalCheck.standard()
        .review(facts)
        .findings()
        .forEach(
            f ->
                System.out.println(
                    "  F "
                        + f.ruleId()
                        + " "
                        + f.provision()
                        + " "
                        + f.severity()
                        + " "
                        + f.questionNumbers()
                        + " "
                        + cut(f.message(), 90)));
  }

  static String cut(String s, int n) {
    String x = s.replaceAll("\\s+", " ");
    return x.length() > n ? x.substring(0, n) + "…" : x;
  }
}
