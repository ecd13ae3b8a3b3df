package uk.foitracker.publication;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import uk.foitracker.web.Clocks;
import uk.foitracker.web.Dates;
import uk.foitracker.web.StatuteLabels;

/**
 * The disclosure log as an Atom 1.0 feed (RFC 4287), written with the JDK's XML writer so every
 * text is escaped.
 *
 * <p>Dates: an entry's {@code published} is the authority's publication date, only when the
 * response states it. {@code updated} (required) is that date too, or, when the response states
 * none, the time the case was recorded in this log; the summary says which, so no reader mistakes
 * it for the authority's date. Ids are name-based UUIDs of the authority and slug: stable across
 * restarts and hosts.
 */
final class AtomFeed {
  static final String MEDIA_TYPE = "application/atom+xml; charset=UTF-8";
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String OGL =
      "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

  private AtomFeed() {}

  static String write(
      String authority, String service, List<CaseSummary> cases, String baseUri, Instant now) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      element(xml, "id", urn(authority + "/disclosure-log"));
      element(xml, "title", authority + ": disclosure log");
      element(xml, "subtitle", "Responses to FOI and EIR requests published by " + authority);
      Instant updated = cases.stream().map(AtomFeed::updated).max(Instant::compareTo).orElse(now);
      element(xml, "updated", timestamp(updated));
      xml.writeStartElement("author");
      element(xml, "name", authority);
      xml.writeEndElement();
      link(xml, "self", baseUri + "cases.atom", "application/atom+xml");
      link(xml, "alternate", baseUri + "cases", "text/html");
      element(xml, "rights", "Open Government Licence v3.0: " + OGL);
      xml.writeStartElement("generator");
      xml.writeCharacters(service);
      xml.writeEndElement();

      for (CaseSummary c : cases) {
        xml.writeStartElement("entry");
        element(xml, "id", urn(authority + "/cases/" + c.slug()));
        element(xml, "title", c.title());
        element(xml, "updated", timestamp(updated(c)));
        if (c.publishedOn() != null) {
          element(xml, "published", timestamp(startOfDay(c.publishedOn())));
        }
        xml.writeStartElement("author");
        element(xml, "name", c.authority());
        xml.writeEndElement();
        link(xml, "alternate", baseUri + "cases/" + c.slug(), "text/html");
        link(xml, "alternate", baseUri + "api/cases/" + c.slug(), "application/json");
        xml.writeStartElement("category");
        xml.writeAttribute("term", c.regime().name());
        xml.writeAttribute("label", c.regime().title());
        xml.writeEndElement();
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(summary(c));
        xml.writeEndElement();
        element(xml, "rights", "Open Government Licence v3.0");
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write the Atom feed", e);
    }
    return out.toString();
  }

  /** The authority's publication date when stated, else when the case was added to this log. */
  static Instant updated(CaseSummary c) {
    return c.publishedOn() != null ? startOfDay(c.publishedOn()) : c.addedToLogAt();
  }

  static String summary(CaseSummary c) {
    String outcomes =
        c.outcomes().stream().map(StatuteLabels::label).collect(Collectors.joining(", "));
    String provisions = c.provisions().isEmpty() ? "none" : c.provisionsText();
    String date =
        c.publishedOn() != null
            ? "Published by " + c.authority() + " on " + Dates.display(c.publishedOn()) + "."
            : "The response does not state when it was published; added to this disclosure log on "
                + Dates.display(LocalDate.ofInstant(c.addedToLogAt(), Clocks.UK))
                + " (the date shown as updated).";
    return c.regime().title()
        + " response. Outcomes: "
        + (outcomes.isEmpty() ? "not stated" : outcomes)
        + ". Provisions cited: "
        + provisions
        + ". "
        + date;
  }

  private static Instant startOfDay(LocalDate date) {
    return date.atStartOfDay(Clocks.UK).toInstant();
  }

  private static String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).withNano(0));
  }

  private static String urn(String name) {
    return "urn:uuid:"
        + UUID.nameUUIDFromBytes(("foi-tracker:" + name).getBytes(StandardCharsets.UTF_8));
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
    xml.writeAttribute("type", type);
  }
}
