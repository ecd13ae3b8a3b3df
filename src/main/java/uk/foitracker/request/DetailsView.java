package uk.foitracker.request;

import java.util.List;
import uk.foitracker.web.DateField;
import uk.foitracker.web.Option;

/**
 * The "Authority's references and dates" form on the request page, filled with what is recorded or
 * with what was typed and its errors after a refusal.
 */
public record DetailsView(
    String authorityReference,
    String otherAuthorityReferences,
    DateField statedDue,
    List<Option> channels,
    String authorityReferenceError,
    String otherAuthorityReferencesError,
    String statedDueError,
    String channelError) {}
