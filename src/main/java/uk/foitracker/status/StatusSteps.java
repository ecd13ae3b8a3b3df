package uk.foitracker.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.internalreview.InternalReview;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;

/**
 * Where a request has been, as the requester's status page lists it: received, clarification asked
 * and received, fees, extensions, response sent, published, internal review asked and decided, each
 * with its date, then what comes next. Only the kind of each step and its dates: never an officer's
 * reason or note, never anyone's name.
 */
final class StatusSteps {
  private StatusSteps() {}

  static List<RequestStatus.Step> of(
      FoiRequest r, List<ClockEventEntry> entries, LocalDate due, boolean clockStopped) {
    List<RequestStatus.Step> steps = new ArrayList<>();
    steps.add(RequestStatus.Step.done("RECEIVED", "We received your request", r.receivedOn));
    List<ClockEventEntry> sorted =
        entries.stream()
            .sorted(Comparator.comparing((ClockEventEntry e) -> e.date).thenComparing(e -> e.id))
            .toList();
    boolean sent = false;
    for (ClockEventEntry e : sorted) {
      switch (e.kind) {
        case CLARIFICATION_REQUESTED ->
            steps.add(
                RequestStatus.Step.done(
                    "CLARIFICATION_REQUESTED", "We asked you to clarify your request", e.date));
        case CLARIFICATION_RECEIVED ->
            steps.add(
                RequestStatus.Step.done(
                    "CLARIFICATION_RECEIVED", "We received your clarification", e.date));
        case FEES_NOTICE_ISSUED ->
            steps.add(RequestStatus.Step.done("FEES_NOTICE", "We sent you a fees notice", e.date));
        case FEES_PAID ->
            steps.add(RequestStatus.Step.done("FEES_PAID", "We received the fee", e.date));
        case PUBLIC_INTEREST_EXTENSION, COMPLEX_VOLUMINOUS_EXTENSION ->
            steps.add(
                RequestStatus.Step.done("EXTENDED", "We extended the time to respond", e.date));
        case RESPONSE_SENT -> {
          sent = true;
          steps.add(RequestStatus.Step.done("ANSWERED", "We sent you our response", e.date));
        }
        case REGIME_CHANGED -> {
          // the law the request is handled under is shown beside the steps
        }
      }
    }
    if (r.state == RequestState.PUBLISHED) {
      steps.add(
          RequestStatus.Step.done(
              "PUBLISHED", "We published our response in the disclosure log", r.publishedOn));
    }
    for (InternalReview review : InternalReview.allFor(r)) {
      steps.add(
          RequestStatus.Step.done(
              "REVIEW_REQUESTED", "You asked for an internal review", review.requestedOn));
      if (review.decidedOn != null) {
        steps.add(
            RequestStatus.Step.done(
                "REVIEW_DECIDED", "We decided the internal review", review.decidedOn));
      } else {
        steps.add(RequestStatus.Step.next("UNDER_REVIEW", "We are reviewing our response", null));
      }
    }
    if (!sent && isOpen(r.state)) {
      steps.add(
          RequestStatus.Step.next(
              "RESPONSE_DUE",
              clockStopped ? "Our response (due date not set)" : "Our response is due",
              due));
    }
    return steps;
  }

  /** The states in which a response is still to come. */
  private static boolean isOpen(RequestState s) {
    return s == RequestState.OPEN
        || s == RequestState.AWAITING_CLARIFICATION
        || s == RequestState.AWAITING_FEE;
  }
}
