package uk.foitracker.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Control characters (NUL and the other C0 characters except tab, line feed and carriage return)
 * are refused where text comes in, in one place for the whole service: stored, they broke the PDF
 * letter (500) and would break the Atom feed (XML 1.0 cannot carry them). Two doors:
 *
 * <ul>
 *   <li>forms (url-encoded, and the text fields of multipart forms; uploaded files are checked by
 *       their own importers): a request filter refuses the request with 400 and a message naming
 *       the field, before the resource runs, so nothing is saved half-way;
 *   <li>JSON: every string the API reads passes through {@link #strings()} (the REST layer's own
 *       mapper), so a body with an escaped NUL anywhere is refused with an RFC 9457 problem naming
 *       the field.
 * </ul>
 */
@Provider
@Singleton
public class ControlCharacters implements ContextResolver<ObjectMapper> {
  static final String MESSAGE =
      "contains control characters (such as NUL) that cannot be stored. Remove them, or paste the"
          + " text as plain text, and try again.";

  /** Whether {@code c} is refused: C0 controls other than tab, line feed and carriage return. */
  public static boolean refused(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
  }

  /** Whether the text holds any refused character. */
  public static boolean any(String text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (refused(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static String message(String field) {
    return "The text in " + field + " " + MESSAGE;
  }

  /** A field name as it may be shown: plain characters only. */
  static String field(String name) {
    String f = name == null ? "" : name.replaceAll("[^A-Za-z0-9\\[\\]._-]", "");
    return f.isEmpty() ? "a field" : f.length() > 60 ? f.substring(0, 60) : f;
  }

  private final ObjectMapper api;

  /**
   * The API's mapper: the application's, plus the check on every string. Only the REST layer uses
   * it; stored JSON (published snapshots) is read with the application's own mapper, unchanged.
   */
  ControlCharacters(ObjectMapper json) {
    this.api =
        json.copy()
            // a ValidationProblem from the check reaches ErrorMappers as it is, not wrapped
            .disable(DeserializationFeature.WRAP_EXCEPTIONS)
            .registerModule(
                new SimpleModule("control-characters").addDeserializer(String.class, strings()));
  }

  /** JSON: every string read by the API is checked. */
  @Override
  public ObjectMapper getContext(Class<?> type) {
    return api;
  }

  static StdScalarDeserializer<String> strings() {
    return new StdScalarDeserializer<>(String.class) {
      @Override
      public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String value = StringDeserializer.instance.deserialize(p, ctxt);
        if (any(value)) {
          String f = path(p);
          throw new ValidationProblem(List.of(new Problem.FieldError(f, message(f))));
        }
        return value;
      }
    };
  }

  /** The JSON path of the string being read: "answers[2].text". */
  private static String path(JsonParser p) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        parts.add(0, "." + c.getCurrentName());
      } else if (c.inArray()) {
        parts.add(0, "[" + c.getCurrentIndex() + "]");
      }
    }
    String path = String.join("", parts);
    return path.isEmpty() ? "a field" : field(path.startsWith(".") ? path.substring(1) : path);
  }
}
