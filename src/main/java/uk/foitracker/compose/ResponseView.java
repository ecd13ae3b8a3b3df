package uk.foitracker.compose;

import java.util.List;
import uk.foitracker.publication.CaseView;

/**
 * The response as the officer sees it before and after sending. {@code review} is the latest
 * internal review, {@code reviews} every one; the instalments are in {@code preview.instalments}.
 */
public record ResponseView(
    String reference,
    String state,
    String stateLabel,
    String withheldReason,
    CaseView preview,
    NoticeView notice,
    ReviewView review,
    List<ReviewView> reviews,
    List<CitationEntry> citations) {}
