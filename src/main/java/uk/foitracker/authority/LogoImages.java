package uk.foitracker.authority;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The letterhead's logo: a PNG or JPEG recognised by its content (its signature, then decoded in
 * full), never by the name or the type the browser claims. At most 200 KB and 2,000 pixels a side.
 */
final class LogoImages {
  static final int MAX_BYTES = 200 * 1024;
  static final int MAX_SIDE = 2000;
  static final String PNG = "image/png";
  static final String JPEG = "image/jpeg";

  private LogoImages() {}

  /** The media type of the image, or the reason it is refused. */
  static Optional<String> refusal(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return Optional.of("The selected logo is empty");
    }
    if (bytes.length > MAX_BYTES) {
      return Optional.of("The logo must be smaller than 200 KB");
    }
    if (mediaType(bytes) == null) {
      return Optional.of("The logo must be a PNG or JPEG image");
    }
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      if (image == null) {
        return Optional.of("The logo must be a PNG or JPEG image");
      }
      if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
        return Optional.of("The logo must be at most 2,000 pixels wide and 2,000 pixels high");
      }
    } catch (IOException | RuntimeException e) {
      return Optional.of("The logo could not be read as a PNG or JPEG image");
    }
    return Optional.empty();
  }

  /** "image/png" or "image/jpeg" from the file's signature, else null. */
  static String mediaType(byte[] b) {
    if (b.length >= 8
        && (b[0] & 0xff) == 0x89
        && b[1] == 'P'
        && b[2] == 'N'
        && b[3] == 'G'
        && b[4] == 0x0d
        && b[5] == 0x0a
        && b[6] == 0x1a
        && b[7] == 0x0a) {
      return PNG;
    }
    if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return JPEG;
    }
    return null;
  }
}
