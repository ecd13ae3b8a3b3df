package uk.foitracker.noticecheck;

import java.util.List;

/**
 * What the rules found in a pasted notice.
 *
 * @param regime "FOIA" or "EIR": the regime the rules applied
 * @param findings what falls short, worst first
 * @param cannotAssess the checks the text did not allow (e.g. no dates stated)
 * @param read what was read from the text, so a reader can see what the checks rest on
 */
public record NoticeCheckResult(
    String regime, List<CheckedFinding> findings, List<CheckedFinding> cannotAssess, Read read) {

  /**
   * One finding.
   *
   * @param rule the rule's stable id ("S17_7_RIGHTS")
   * @param section the provision as the Act or Regulations write it ("s.17(7)", "reg 14(5)")
   * @param severity HIGH, MEDIUM or LOW (CANNOT_ASSESS in {@code cannotAssess})
   * @param questions the questions concerned, as the requester numbered them; empty for the whole
   * @param message what was found, in plain English
   */
  public record CheckedFinding(
      String rule, String section, String severity, List<Integer> questions, String message) {}

  /**
   * What was read.
   *
   * @param questions how many questions were read
   * @param citations the provisions cited, as the Act writes them, each once
   * @param unread what the reader looked for and did not find
   */
  public record Read(int questions, List<String> citations, List<String> unread) {}
}
