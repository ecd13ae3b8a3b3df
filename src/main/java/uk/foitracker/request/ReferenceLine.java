package uk.foitracker.request;

/** One of the authority's references for the API: the text as stated, and whether it leads. */
public record ReferenceLine(String reference, boolean leading) {}
