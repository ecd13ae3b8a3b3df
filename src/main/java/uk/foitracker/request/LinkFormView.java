package uk.foitracker.request;

import java.util.List;
import uk.foitracker.web.Option;

/** The form that links the request to another, with what was typed and its errors. */
public record LinkFormView(
    String otherReference,
    List<Option> kinds,
    String note,
    String otherReferenceError,
    String kindError,
    String noteError) {}
