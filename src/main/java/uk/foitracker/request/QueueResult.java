package uk.foitracker.request;

import java.util.List;

/** A queue page for the API. */
public record QueueResult(int total, int page, int pages, int pageSize, List<QueueRow> requests) {}
