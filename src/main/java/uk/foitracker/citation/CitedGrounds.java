package uk.foitracker.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.foitracker.question.Question;
import uk.foitracker.rules.CitationRole;
import uk.foitracker.rules.PrecedentReference;

/**
 * The citations of a request as the authority made them: each provision once, with the questions it
 * covers, its reasons, public interest test and precedents. Read from the per-question rows.
 */
public final class CitedGrounds {
  private CitedGrounds() {}

  /**
   * One citation.
   *
   * @param position its number within the request (null for one imported without a number)
   * @param publicInterest the test of a qualified exemption, or null
   */
  public record Ground(
      Integer position,
      Provision provision,
      CitationRole role,
      String reasons,
      List<Integer> questions,
      PublicInterest publicInterest,
      List<PrecedentReference> precedents) {}

  /** Every citation of these questions (one request's), numbered ones first, in their order. */
  public static List<Ground> of(List<Question> questions) {
    if (questions.isEmpty()) {
      return List.of();
    }
    List<Citation> rows =
        Citation.list(
            "select c from Citation c join fetch c.provision join fetch c.question"
                + " left join fetch c.group where c.question in ?1"
                + " order by c.question.number, c.position",
            questions);
    Map<Object, List<Citation>> byGround = new LinkedHashMap<>();
    for (Citation c : rows) {
      Object key = c.group == null ? "c" + c.id : c.group.id;
      byGround.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    Map<Long, PublicInterest> tests =
        PublicInterest.forCitations(rows.stream().map(c -> c.id).toList());
    Map<Long, List<PrecedentReference>> precedents = new LinkedHashMap<>();
    for (CitationPrecedent p :
        CitationPrecedent.forGroups(
            rows.stream().filter(c -> c.group != null).map(c -> c.group.id).distinct().toList())) {
      precedents.computeIfAbsent(p.group.id, k -> new ArrayList<>()).add(p.toReference());
    }
    List<Ground> grounds = new ArrayList<>();
    for (List<Citation> members : byGround.values()) {
      Citation first = members.get(0);
      grounds.add(
          new Ground(
              first.group == null ? null : first.group.position,
              first.provision,
              first.role,
              first.reasons,
              members.stream().map(c -> c.question.number).distinct().sorted().toList(),
              members.stream()
                  .map(c -> tests.get(c.id))
                  .filter(t -> t != null)
                  .findFirst()
                  .orElse(null),
              first.group == null
                  ? List.of()
                  : precedents.getOrDefault(first.group.id, List.of())));
    }
    grounds.sort(
        Comparator.comparing(Ground::position, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(g -> g.questions().get(0)));
    return grounds;
  }
}
