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
 * hash. Twelve characters drawn by {@link SecureRandom} from an alphabet of 31 without look-alikes
 * (no 0/O, 1/I/L): 12 x log2(31), about 59 bits (OWASP ASVS asks for at least 50 for such codes),
 * shown as three groups of four ("K7QP-M3XW-RT9B"). Input is forgiving: case, spaces and hyphens
 * are ignored, so codes of the earlier ten-character format still match their hashes.
 */
public final class AccessCodes {
  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final int LENGTH = 12;
  private static final int GROUP = 4;
  private static final int ITERATIONS = 60_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private AccessCodes() {}

  /** Bits of randomness in a code: LENGTH x log2(alphabet size). */
  public static final double BITS = LENGTH * Math.log(ALPHABET.length()) / Math.log(2);

  /** A new random code, formatted for the requester. */
  public static String generate() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % GROUP == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /**
   * A hash of a code nobody has, same algorithm and cost as a real one: checked against when a
   * reference is unknown, so that the answer takes as long as for a known one. Made once, on first
   * use (start-up warms it: {@code Main}).
   */
  public static String dummyHash() {
    return Dummy.HASH;
  }

  private static final class Dummy {
    static final String HASH = hash(generate());
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
