package uk.foitracker.compose;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import uk.foitracker.answer.Answer;
import uk.foitracker.publication.Publishing;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;
import uk.foitracker.request.RequestLocks;
import uk.foitracker.web.Money;
import uk.foitracker.web.NotFoundProblem;
import uk.foitracker.web.Problem.FieldError;

/**
 * What every compose write shares: the request, locked as the officer saw it ({@link
 * RequestLocks}), with a published case's first version kept before anything changes; and the
 * lookups of a request's answers and questions.
 */
@ApplicationScoped
class ResponseEdits {
  private final Publishing publishing;

  ResponseEdits(Publishing publishing) {
    this.publishing = publishing;
  }

  /**
   * The request to change, locked and its version bumped; refused (409) when {@code version} is
   * given and out of date.
   */
  FoiRequest editable(String ref, Long version, String actor) {
    FoiRequest request = RequestLocks.current(ref, version);
    publishing.keepFirstVersion(request, actor);
    return request;
  }

  static Answer answer(FoiRequest request, int position) {
    return Answer.<Answer>find("request = ?1 and position = ?2", request, position)
        .firstResultOptional()
        .orElseThrow(() -> new NotFoundProblem("The request has no answer " + position));
  }

  static Question question(FoiRequest request, int number) {
    return Question.<Question>find("request = ?1 and number = ?2", request, number)
        .firstResultOptional()
        .orElseThrow(() -> new NotFoundProblem("The request has no question " + number));
  }

  static List<Question> questions(
      FoiRequest request, List<Integer> numbers, String field, List<FieldError> errors) {
    if (numbers == null || numbers.isEmpty()) {
      errors.add(new FieldError(field, "Choose at least one question"));
      return List.of();
    }
    List<Question> found = new ArrayList<>();
    for (Integer n : new TreeSet<>(numbers.stream().filter(Objects::nonNull).toList())) {
      Question q =
          Question.<Question>find("request = ?1 and number = ?2", request, n).firstResult();
      if (q == null) {
        errors.add(new FieldError(field, "The request has no question " + n));
      } else {
        found.add(q);
      }
    }
    return found;
  }

  static String numbers(List<Question> questions) {
    return Money.joinNumbers(questions.stream().map(q -> q.number).sorted().toList());
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
