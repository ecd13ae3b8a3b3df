package uk.foitracker.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.foitracker.web.Problem.FieldError;

/**
 * A form's values as a page shows them again (field to values, as posted), with each field's inline
 * error. After a validation error it is fed from the posted form, so the form keeps what was typed,
 * even when it was wrong; otherwise from what is stored. Every page echoes its forms through this
 * record instead of a map or record of its own.
 */
public record FormEcho(Map<String, List<String>> values, Map<String, String> errors) {

  public FormEcho {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  /** A form with nothing in it. */
  public static FormEcho empty() {
    return new FormEcho(Map.of(), Map.of());
  }

  /** The posted form as typed, with the first error of each field. */
  public static FormEcho posted(Map<String, List<String>> values, List<FieldError> errors) {
    Map<String, String> byField = new LinkedHashMap<>();
    for (FieldError e : errors) {
      byField.putIfAbsent(e.field(), e.message());
    }
    return new FormEcho(values, byField);
  }

  /** This form with one field's value (none when null). */
  public FormEcho with(String field, String value) {
    return with(field, value == null ? List.of() : List.of(value));
  }

  /** This form with the first error of each field. */
  public FormEcho withErrors(List<FieldError> fieldErrors) {
    return posted(values, fieldErrors);
  }

  /** This form with one field's values (a checkbox list). */
  public FormEcho with(String field, List<String> fieldValues) {
    Map<String, List<String>> v = new LinkedHashMap<>(values);
    v.put(field, fieldValues);
    return new FormEcho(v, errors);
  }

  /** The first value of a field, "" when none. */
  public String value(String field) {
    List<String> v = values.get(field);
    return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0);
  }

  /** A value of a numbered line's field, e.g. line(0, "basis") for lines[0].basis. */
  public String line(int index, String field) {
    return value("lines[" + index + "]." + field);
  }

  /** The inline error of a numbered line's field, or null. */
  public String lineError(int index, String field) {
    return errors.get("lines[" + index + "]." + field);
  }

  /** True when a checkbox or option with this value was chosen. */
  public boolean has(String field, Object value) {
    List<String> v = values.get(field);
    return v != null && v.contains(String.valueOf(value));
  }

  /** The field's inline error, or null. */
  public String error(String field) {
    return errors.get(field);
  }
}
