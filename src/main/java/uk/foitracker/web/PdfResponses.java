package uk.foitracker.web;

import jakarta.ws.rs.core.Response;

/** A PDF shown in the browser, never kept in a shared cache. */
public final class PdfResponses {
  private PdfResponses() {}

  /**
   * The PDF, inline, named {@code <name>.pdf} with anything but letters, digits and hyphens taken
   * out of the name.
   */
  public static Response inline(byte[] pdf, String name) {
    return Response.ok(pdf, "application/pdf")
        .header(
            "Content-Disposition",
            "inline; filename=\"" + name.replaceAll("[^A-Za-z0-9-]", "") + ".pdf\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
