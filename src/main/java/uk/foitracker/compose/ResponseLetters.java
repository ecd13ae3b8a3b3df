package uk.foitracker.compose;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import uk.foitracker.web.AccessiblePdfs;

/** The response letter: an HTML page to print and the same letter as a PDF (openhtmltopdf). */
@ApplicationScoped
public class ResponseLetters {
  private static final String CSS = "META-INF/resources/static/letter.css";

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance letter(LetterView l, boolean pdf, String css);
  }

  private final String css;

  ResponseLetters() {
    try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(CSS)) {
      css = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public TemplateInstance html(LetterView letter) {
    return Templates.letter(letter, false, "");
  }

  /**
   * The letter as tagged PDF bytes (PDF/UA, {@link AccessiblePdfs}). The template is XHTML, so the
   * renderer reads it as XML.
   */
  public byte[] pdf(LetterView letter) {
    return AccessiblePdfs.render(Templates.letter(letter, true, css).render());
  }
}
