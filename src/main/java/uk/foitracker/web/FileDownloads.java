package uk.foitracker.web;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A stored file sent as a download, under its own name, never sniffed as another type. */
public final class FileDownloads {
  private FileDownloads() {}

  /**
   * The bytes as an attachment named {@code name} (RFC 6266: an ASCII fallback and the UTF-8 name),
   * with its SHA-256 in a {@code Digest}-style header so that a reader can check what they got.
   *
   * @param cacheControl "no-store" for officers' files, a public policy for published ones
   */
  public static Response attachment(
      byte[] content, String mediaType, String name, String sha256, String cacheControl) {
    String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(content, mediaType)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Checksum-SHA256", sha256)
        .header("Cache-Control", cacheControl)
        .build();
  }
}
