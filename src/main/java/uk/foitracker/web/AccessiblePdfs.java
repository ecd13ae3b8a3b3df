package uk.foitracker.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Letters as tagged PDF (PDF/UA-1, and PDF/A-3a for keeping, with an sRGB output intent):
 * openhtmltopdf writes the structure tree from the XHTML (Document, H1, P, Table, TR, TH, TD...),
 * marks the document, sets its language from {@code <html lang>}, its title from {@code <title>}
 * with DisplayDocTitle, and embeds every font. The one font is Liberation Sans (SIL Open Font
 * License 1.1, which allows embedding; metrics of Arial), shipped in {@code fonts/} with its
 * licence, so no base-14 font is left unembedded. Templates name it first in their font-family.
 */
public final class AccessiblePdfs {
  /** The font family letters are set in. */
  public static final String FONT = "Liberation Sans";

  private static final byte[] REGULAR = font("LiberationSans-Regular.ttf");
  private static final byte[] BOLD = font("LiberationSans-Bold.ttf");
  private static final byte[] ITALIC = font("LiberationSans-Italic.ttf");

  /** The sRGB profile of the output intent PDF/A asks for, from the JDK (nothing shipped). */
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private static final String CSS = text("META-INF/resources/static/letter.css");

  private AccessiblePdfs() {}

  /** The letters' style sheet, inlined into a letter rendered as PDF. */
  public static String letterCss() {
    return CSS;
  }

  private static String text(String resource) {
    try (InputStream in = AccessiblePdfs.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The XHTML document as tagged PDF bytes. */
  public static byte[] render(String xhtml) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      new PdfRendererBuilder()
          .useFastMode()
          .usePdfUaAccessibility(true)
          .usePdfAConformance(PdfAConformance.PDFA_3_A)
          .useColorProfile(SRGB)
          .useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, FontStyle.NORMAL, true)
          .useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, FontStyle.NORMAL, true)
          .useFont(() -> new ByteArrayInputStream(ITALIC), FONT, 400, FontStyle.ITALIC, true)
          .withProducer("FOI Tracker")
          .withHtmlContent(xhtml, null)
          .toStream(out)
          .run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the letter as PDF", e);
    }
  }

  private static byte[] font(String name) {
    try (InputStream in =
        AccessiblePdfs.class.getClassLoader().getResourceAsStream("fonts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("The font fonts/" + name + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
