package uk.foitracker.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.foitracker.answer.Answer;
import uk.foitracker.answer.AnswerTable;
import uk.foitracker.answer.TableView;
import uk.foitracker.publication.CaseView.AnswerBlock;
import uk.foitracker.publication.CaseView.QuestionView;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestState;
import uk.foitracker.search.SearchableCase;
import uk.foitracker.search.SearchableCases;

/** Feeds the search index with the text the public reads: {@link CaseVersions#find}. */
@ApplicationScoped
class PublishedTexts implements SearchableCases {
  private final CaseVersions cases;

  PublishedTexts(CaseVersions cases) {
    this.cases = cases;
  }

  @Override
  public List<String> publishedSlugs(String after, int max) {
    TypedQuery<String> query =
        FoiRequest.getEntityManager()
            .createQuery(
                "select r.slug from FoiRequest r where r.state = :published"
                    + (after == null ? "" : " and r.slug > :after")
                    + " order by r.slug",
                String.class)
            .setParameter("published", RequestState.PUBLISHED)
            .setMaxResults(max);
    if (after != null) {
      query.setParameter("after", after);
    }
    return query.getResultList();
  }

  @Override
  public Optional<SearchableCase> find(String slug) {
    return findAll(List.of(slug)).stream().findFirst();
  }

  /**
   * The same texts as {@link #find} for many cases in five queries: from the latest published
   * version where there is one, otherwise from the answer rows (a case imported without history).
   */
  @Override
  public List<SearchableCase> findAll(List<String> slugs) {
    if (slugs.isEmpty()) {
      return List.of();
    }
    List<FoiRequest> requests =
        FoiRequest.list("slug in ?1 and state = ?2", slugs, RequestState.PUBLISHED);
    if (requests.isEmpty()) {
      return List.of();
    }
    Map<Long, CaseVersion> latest = new HashMap<>();
    for (CaseVersion v :
        CaseVersion.<CaseVersion>list("request in ?1 order by version", requests)) {
      latest.put(v.request.id, v);
    }
    List<FoiRequest> fromRows = requests.stream().filter(r -> !latest.containsKey(r.id)).toList();
    Map<Long, List<String>> questions = new HashMap<>();
    Map<Long, List<String>> answers = new HashMap<>();
    Map<Long, List<String>> captions = new HashMap<>();
    if (!fromRows.isEmpty()) {
      for (Question q :
          Question.<Question>list("request in ?1 order by request.id, number", fromRows)) {
        questions.computeIfAbsent(q.request.id, k -> new ArrayList<>()).add(q.text);
      }
      for (Answer a :
          Answer.<Answer>list(
              "id in (select q.answer.id from Question q where q.request in ?1)"
                  + " order by request.id, position",
              fromRows)) {
        answers.computeIfAbsent(a.request.id, k -> new ArrayList<>()).addAll(a.paragraphs());
      }
      for (AnswerTable t :
          AnswerTable.<AnswerTable>list(
              "select t from AnswerTable t join fetch t.answer a where a.request in ?1"
                  + " order by a.position, t.position",
              fromRows)) {
        captions.computeIfAbsent(t.answer.request.id, k -> new ArrayList<>()).add(t.caption);
      }
    }
    Map<Long, Set<String>> outcomes =
        namesByRequest(
            "select distinct q.request.id, q.outcome from Question q"
                + " where q.request in :requests and q.outcome is not null",
            requests);
    Map<Long, Set<String>> provisions =
        namesByRequest(
            "select distinct c.question.request.id, c.provision.code from Citation c"
                + " where c.question.request in :requests",
            requests);
    Map<String, SearchableCase> bySlug = new HashMap<>();
    for (FoiRequest r : requests) {
      CaseVersion v = latest.get(r.id);
      SearchableCase.Facts facts =
          new SearchableCase.Facts(
              r.id,
              r.regime.name(),
              r.publishedOn,
              r.createdAt,
              outcomes.getOrDefault(r.id, Set.of()),
              provisions.getOrDefault(r.id, Set.of()),
              r.authority.slug);
      SearchableCase text =
          v != null
              ? text(cases.read(v))
              : new SearchableCase(
                  r.slug,
                  r.title,
                  questions.getOrDefault(r.id, List.of()),
                  answers.getOrDefault(r.id, List.of()),
                  captions.getOrDefault(r.id, List.of()));
      bySlug.put(
          r.slug,
          new SearchableCase(
              text.slug(), text.title(), text.questions(), text.answers(), text.captions(), facts));
    }
    return slugs.stream().map(bySlug::get).filter(Objects::nonNull).toList();
  }

  /**
   * The (request id, name) pairs {@code jpql} selects for {@code requests}, by request: an enum's
   * name or a string, in order.
   */
  private static Map<Long, Set<String>> namesByRequest(String jpql, List<FoiRequest> requests) {
    List<Object[]> rows =
        FoiRequest.getEntityManager()
            .createQuery(jpql, Object[].class)
            .setParameter("requests", requests)
            .getResultList();
    Map<Long, Set<String>> byRequest = new HashMap<>();
    for (Object[] row : rows) {
      String name = row[1] instanceof Enum<?> ? ((Enum<?>) row[1]).name() : (String) row[1];
      byRequest.computeIfAbsent((Long) row[0], k -> new TreeSet<>()).add(name);
    }
    return byRequest;
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
