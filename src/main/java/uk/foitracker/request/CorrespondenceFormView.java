package uk.foitracker.request;

import java.util.List;
import uk.foitracker.web.DateField;
import uk.foitracker.web.Option;

/**
 * The form that records an acknowledgement or holding reply, with what was typed and its errors
 * after a refusal.
 */
public record CorrespondenceFormView(
    List<Option> kinds,
    DateField sentOn,
    String note,
    String kindError,
    String sentOnError,
    String noteError) {}
