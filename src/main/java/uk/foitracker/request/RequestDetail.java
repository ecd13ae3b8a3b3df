package uk.foitracker.request;

import java.time.LocalDate;
import java.util.List;
import uk.foitracker.clock.ClockView;
import uk.foitracker.rules.Regime;

/**
 * A request for the API: no personal data.
 *
 * @param authorityReference the authority's reference the letter leads with, or null
 * @param authorityReferences every reference the authority stated, the leading one first
 * @param statedDue the due date the authority stated, or null when not stated
 * @param statedDueDiffers whether the stated due date differs from the clock's due date
 * @param links the requests this one belongs with (refined, repeated, aggregated)
 * @param correspondence the acknowledgement and holding replies sent, in date order (they do not
 *     move the clock)
 * @param clockEventHistory every clock event recorded, withdrawn ones included (marked), in the
 *     order recorded; {@code clockEvents} holds those that stand
 */
public record RequestDetail(
    String reference,
    long version,
    String summary,
    Regime regime,
    Channel channel,
    LocalDate receivedOn,
    RequestState state,
    String assignedTo,
    String requestText,
    List<QuestionLine> questions,
    ClockView clock,
    List<EventLine> clockEvents,
    List<TimelineEntry> timeline,
    String authorityReference,
    List<ReferenceLine> authorityReferences,
    LocalDate statedDue,
    boolean statedDueDiffers,
    List<LinkView> links,
    List<CorrespondenceLine> correspondence,
    List<EventLine> clockEventHistory) {}
