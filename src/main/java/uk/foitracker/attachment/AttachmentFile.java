package uk.foitracker.attachment;

/** An attachment's bytes with what a download needs to say about them. */
public record AttachmentFile(String name, String mediaType, String sha256, byte[] content) {}
