package uk.foitracker.publication;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.foitracker.publication.CaseView.AnswerBlock;
import uk.foitracker.publication.CaseView.QuestionView;
import uk.foitracker.publication.CaseView.TableView;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.search.SearchableCase;
import uk.foitracker.search.SearchableCases;

/** Feeds the search index with the text the public reads: {@link PublishedCases#find}. */
@ApplicationScoped
class PublishedTexts implements SearchableCases {
  private final PublishedCases cases;

  PublishedTexts(PublishedCases cases) {
    this.cases = cases;
  }

  @Override
  public List<String> publishedSlugs() {
    return FoiRequest.<FoiRequest>list("state = ?1 order by id", RequestState.PUBLISHED).stream()
        .map(r -> r.slug)
        .toList();
  }

  @Override
  public Optional<SearchableCase> find(String slug) {
    return cases.find(slug).map(PublishedTexts::text);
  }

  static SearchableCase text(CaseView c) {
    List<String> answers = new ArrayList<>();
    for (AnswerBlock b : c.blocks()) {
      if (b.answer() != null) {
        answers.addAll(b.answer().paragraphs());
      }
    }
    return new SearchableCase(
        c.slug(),
        c.title(),
        c.questions().stream().map(QuestionView::text).toList(),
        answers,
        c.allTables().stream().map(TableView::caption).toList());
  }
}
