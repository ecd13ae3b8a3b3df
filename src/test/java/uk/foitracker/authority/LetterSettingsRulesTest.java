package uk.foitracker.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import uk.foitracker.web.Problem.FieldError;

/** The symbol key as typed and stored, which symbols a table uses, and the logo's checks. */
class LetterSettingsRulesTest {

  @Test
  void theSymbolKeyReadsSymbolEqualsMeaningLinesWithTheBlankCellNamed() {
    List<FieldError> errors = new ArrayList<>();
    List<SymbolKey> keys =
        SymbolKeys.parse(
            "- = not held\n\n<5 = fewer than five\n(blank) = nil return\n[c] = confidential",
            "symbolKey",
            errors);
    assertThat(errors).isEmpty();
    assertThat(keys)
        .containsExactly(
            new SymbolKey("-", "not held"),
            new SymbolKey("<5", "fewer than five"),
            new SymbolKey("", "nil return"),
            new SymbolKey("[c]", "confidential"));
    assertThat(SymbolKeys.load(SymbolKeys.store(keys))).isEqualTo(keys);
  }

  @Test
  void aLineWithoutEqualsADuplicateOrAnEmptyMeaningIsRefused() {
    List<FieldError> errors = new ArrayList<>();
    SymbolKeys.parse("<5 fewer than five", "symbolKey", errors);
    assertThat(errors).extracting(FieldError::message).first().asString().contains("Line 1");
    errors.clear();
    SymbolKeys.check(
        List.of(new SymbolKey("<5", "one"), new SymbolKey("<5", "two")), "symbolKey", errors);
    assertThat(errors).extracting(FieldError::message).first().asString().contains("twice");
    errors.clear();
    SymbolKeys.check(List.of(new SymbolKey("*", " ")), "symbolKey", errors);
    assertThat(errors).extracting(FieldError::message).first().asString().contains("Say what *");
    errors.clear();
    SymbolKeys.check(List.of(new SymbolKey("x".repeat(11), "long")), "symbolKey", errors);
    assertThat(errors).hasSize(1);
  }

  @Test
  void aTableGetsTheKeyForTheSymbolsItUsesAndNotForWhatItsOwnKeySays() {
    Letterhead head =
        new Letterhead(
            "Council",
            null,
            List.of(),
            null,
            null,
            null,
            null,
            List.of(
                new SymbolKey("-", "not held"),
                new SymbolKey("<5", "fewer than five"),
                new SymbolKey("", "nil return"),
                new SymbolKey("[c]", "confidential")),
            null,
            null);
    List<String> cells = List.of("12", "<5", "\u2013", "");
    assertThat(head.used(cells, false, false))
        .extracting(SymbolKey::symbol)
        .containsExactly("-", "<5", "");
    assertThat(head.used(cells, true, true)).extracting(SymbolKey::symbol).containsExactly("<5");
    assertThat(head.used(List.of("1", "2"), false, false)).isEmpty();
    assertThat(new SymbolKey("", "x").label()).isEqualTo("A blank cell");
  }

  @Test
  void theLogoIsAPngOrJpegByItsContentAndSmall() throws IOException {
    assertThat(LogoImages.refusal(image("png"))).isEmpty();
    assertThat(LogoImages.mediaType(image("png"))).isEqualTo("image/png");
    assertThat(LogoImages.refusal(image("jpg"))).isEmpty();
    assertThat(LogoImages.mediaType(image("jpg"))).isEqualTo("image/jpeg");
    assertThat(LogoImages.refusal(image("gif"))).contains("The logo must be a PNG or JPEG image");
    assertThat(LogoImages.refusal("<svg onload=alert(1)>".getBytes()))
        .contains("The logo must be a PNG or JPEG image");
    byte[] truncated = Arrays.copyOf(image("png"), 12);
    assertThat(LogoImages.refusal(truncated)).isPresent();
    assertThat(LogoImages.refusal(new byte[LogoImages.MAX_BYTES + 1]))
        .contains("The logo must be smaller than 200 KB");
    assertThat(LogoImages.refusal(new byte[0])).isPresent();
  }

  private static byte[] image(String format) throws IOException {
    BufferedImage image = new BufferedImage(30, 10, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }
}
