package uk.foitracker.request;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The requester's access code: given once in the acknowledgement, stored only as a salted PBKDF2
 * hash. Ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 49 bits, shown
 * as two groups of five ("K7QPM-3XWRT"). Input is forgiving: case, spaces and hyphens are ignored.
 */
public final class AccessCodes {
  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final int LENGTH = 10;
  private static final int ITERATIONS = 60_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private AccessCodes() {}

  /** A new random code, formatted for the requester. */
  public static String generate() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      if (i == LENGTH / 2) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** "pbkdf2-sha256$iterations$salt$hash", to store instead of the code. */
  public static String hash(String code) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(normalise(code), salt, ITERATIONS);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return "pbkdf2-sha256$"
        + ITERATIONS
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(hash);
  }

  /** True when the code typed matches the stored hash; constant time in the hash comparison. */
  public static boolean matches(String typed, String stored) {
    if (typed == null || stored == null) {
      return false;
    }
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(parts[3]);
    byte[] actual = derive(normalise(typed), b64.decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  static String normalise(String code) {
    return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  private static byte[] derive(String code, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), salt, iterations, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is not available", e);
    }
  }
}
