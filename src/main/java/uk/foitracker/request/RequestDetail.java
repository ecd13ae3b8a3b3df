package uk.foitracker.request;

import java.time.LocalDate;
import java.util.List;
import uk.foitracker.clock.ClockView;
import uk.foitracker.rules.Regime;

/** A request for the API: no personal data. */
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
    List<TimelineEntry> timeline) {}
