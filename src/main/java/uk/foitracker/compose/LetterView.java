package uk.foitracker.compose;

import java.util.List;
import uk.foitracker.publication.CaseView;

/** The letter: officers only. The addressee may be named; nothing else personal. */
public record LetterView(
    String authority,
    String addresseeName,
    List<String> addresseeAddress,
    String reference,
    String authorityReference,
    String sentText,
    CaseView c,
    NoticeView notice) {}
