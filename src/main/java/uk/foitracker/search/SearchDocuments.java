package uk.foitracker.search;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene document of a published case ({@link SearchableCase}) and the names of its fields:
 * what {@link SearchIndex} writes and {@link SearchQueries} reads.
 */
final class SearchDocuments {
  static final String SLUG = "slug";
  static final String TITLE = "title";
  static final String QUESTION = "question";
  static final String ANSWER = "answer";
  static final String CAPTION = "caption";
  static final String REGIME = "regime";
  static final String YEAR = "year";
  static final String OUTCOME = "outcome";
  static final String PROVISION = "provision";
  static final String PUBLISHED = "published";
  static final String CREATED = "created";
  static final String ID = "id";
  static final String TITLE_ORDER = "title-order";
  static final String AUTHORITY = "authority";

  /**
   * The fields of a document: an index written with another format (before the filter and order
   * fields) is rebuilt at start-up.
   */
  static final String FORMAT = "3";

  private static final FieldType TEXT = textWithOffsets();

  private SearchDocuments() {}

  /** The analyzer of the index and of every search: English, with stemming. */
  static Analyzer analyzer() {
    return new EnglishAnalyzer();
  }

  static Document document(SearchableCase c) {
    Document doc = new Document();
    doc.add(new StringField(SLUG, c.slug(), Field.Store.YES));
    doc.add(new SortedDocValuesField(SLUG, new BytesRef(c.slug())));
    doc.add(new Field(TITLE, c.title(), TEXT));
    doc.add(
        new SortedDocValuesField(TITLE_ORDER, new BytesRef(c.title().toLowerCase(Locale.ROOT))));
    SearchableCase.Facts facts = c.facts();
    doc.add(new NumericDocValuesField(ID, facts.id()));
    if (facts.regime() != null) {
      doc.add(new StringField(REGIME, facts.regime(), Field.Store.NO));
    }
    if (facts.publishedOn() != null) {
      doc.add(new StringField(YEAR, String.valueOf(facts.publishedOn().getYear()), Field.Store.NO));
      doc.add(new NumericDocValuesField(PUBLISHED, facts.publishedOn().toEpochDay()));
    }
    if (facts.createdAt() != null) {
      doc.add(new NumericDocValuesField(CREATED, facts.createdAt().toEpochMilli()));
    }
    if (facts.authority() != null) {
      doc.add(new StringField(AUTHORITY, facts.authority(), Field.Store.NO));
    }
    facts.outcomes().forEach(o -> doc.add(new StringField(OUTCOME, o, Field.Store.NO)));
    facts.provisions().forEach(p -> doc.add(new StringField(PROVISION, p, Field.Store.NO)));
    c.questions().forEach(q -> doc.add(new Field(QUESTION, q, TEXT)));
    c.answers().forEach(a -> doc.add(new Field(ANSWER, a, TEXT)));
    c.captions().forEach(t -> doc.add(new Field(CAPTION, t, TEXT)));
    return doc;
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
