package uk.foitracker.compose;

import java.util.List;
import uk.foitracker.publication.CaseView;

/** The response as the officer sees it before and after sending. */
public record ResponseView(
    String reference,
    String state,
    String stateLabel,
    String withheldReason,
    CaseView preview,
    NoticeView notice,
    ReviewView review,
    List<CitationEntry> citations) {}
