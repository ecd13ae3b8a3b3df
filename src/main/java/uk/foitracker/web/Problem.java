package uk.foitracker.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem document, the API's answer to anything that is not a success. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {
  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field: its name and what is wrong with it. */
  public record FieldError(String field, String message) {}
}
