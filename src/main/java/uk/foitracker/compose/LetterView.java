package uk.foitracker.compose;

import java.util.List;
import uk.foitracker.answer.TableView;
import uk.foitracker.authority.Letterhead;
import uk.foitracker.authority.SymbolKey;
import uk.foitracker.publication.CaseView;

/**
 * The letter: officers only. The addressee may be named; nothing else personal. {@code head} is the
 * authority's letterhead, signatory and standard paragraphs (all empty when none are set).
 */
public record LetterView(
    String authority,
    String addresseeName,
    List<String> addresseeAddress,
    String reference,
    String authorityReference,
    String sentText,
    CaseView c,
    NoticeView notice,
    Letterhead head) {

  /** "Dear Ms Smith," with the addressee's name, else the form a letter uses without one. */
  public String greeting() {
    return addresseeName == null || addresseeName.isBlank()
        ? "Dear requester,"
        : "Dear " + addresseeName + ",";
  }

  /** The key entries for the symbols this table uses that its own key does not explain. */
  public List<SymbolKey> keyFor(TableView t) {
    return head.used(
        t.rows().stream().flatMap(r -> r.cells().stream()).map(TableView.CellView::text).toList(),
        t.blankKey() != null,
        t.dashKey() != null);
  }
}
