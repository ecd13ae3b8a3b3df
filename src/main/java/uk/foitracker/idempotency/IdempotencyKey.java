package uk.foitracker.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import uk.foitracker.web.ValidationProblem;

/**
 * One Idempotency-Key as the server keeps it: the hash it is stored under (per user, so two users'
 * keys never meet), the fingerprint of the request it was first used for, and a cipher for the
 * stored response. The key itself is never stored, so the stored response (which may hold a
 * requester's access code) can only be read by someone who sends the key again.
 */
final class IdempotencyKey {
  static final String HEADER = "Idempotency-Key";

  /**
   * The header is a structured-field string (RFC 8941), quoted or, leniently, bare: 16 to 255
   * visible ASCII characters, e.g. a UUID.
   */
  private static final Pattern VALUE =
      Pattern.compile("\"?([\\x21\\x23-\\x5B\\x5D-\\x7E]{16,255})\"?");

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int IV_BYTES = 12;

  private final String user;
  private final String hash;
  private final String fingerprint;
  private final byte[] cipherKey;

  private IdempotencyKey(String user, String hash, String fingerprint, byte[] cipherKey) {
    this.user = user;
    this.hash = hash;
    this.fingerprint = fingerprint;
    this.cipherKey = cipherKey;
  }

  /**
   * Reads the header and fingerprints the request.
   *
   * @throws ValidationProblem when the header is not a key this server accepts
   */
  static IdempotencyKey of(String header, String user, String method, String path, byte[] body) {
    Matcher m = VALUE.matcher(header.strip());
    if (!m.matches()) {
      throw ValidationProblem.of(
          "Idempotency-Key",
          "The Idempotency-Key header must be 16 to 255 visible characters, for example a UUID");
    }
    byte[] key = m.group(1).getBytes(StandardCharsets.UTF_8);
    String hash =
        HexFormat.of().formatHex(sha256(concat("foi-idempotency-key\n" + user + "\n", key)));
    byte[] request =
        concat((method + "\n" + path + "\n" + user + "\n").getBytes(StandardCharsets.UTF_8), body);
    String fingerprint = HexFormat.of().formatHex(hmac(key, request));
    byte[] cipherKey =
        hmac(key, ("foi-idempotency-body\n" + user).getBytes(StandardCharsets.UTF_8));
    return new IdempotencyKey(user, hash, fingerprint, cipherKey);
  }

  String user() {
    return user;
  }

  String hash() {
    return hash;
  }

  String fingerprint() {
    return fingerprint;
  }

  /** The response body encrypted (AES-GCM) for storage: base64 of IV and ciphertext. */
  String seal(String body) {
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE, new SecretKeySpec(cipherKey, "AES"), new GCMParameterSpec(128, iv));
      cipher.updateAAD(hash.getBytes(StandardCharsets.US_ASCII));
      byte[] sealed = cipher.doFinal(body.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** The stored response body; fails if it was not sealed with this key. */
  String open(String sealed) {
    try {
      byte[] all = Base64.getDecoder().decode(sealed);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(cipherKey, "AES"),
          new GCMParameterSpec(128, all, 0, IV_BYTES));
      cipher.updateAAD(hash.getBytes(StandardCharsets.US_ASCII));
      return new String(
          cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The stored response cannot be read with this key", e);
    }
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static byte[] concat(String prefix, byte[] rest) {
    return concat(prefix.getBytes(StandardCharsets.UTF_8), rest);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
  }

  @Override
  public String toString() {
    return "IdempotencyKey[" + hash.substring(0, 8) + "…]";
  }
}
