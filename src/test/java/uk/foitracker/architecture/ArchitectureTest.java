package uk.foitracker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceRule;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.foitracker.answer.Answer;
import uk.foitracker.clock.ClockEventEntry;
import uk.foitracker.question.Question;
import uk.foitracker.request.FoiRequest;

/**
 * How the feature packages may depend on one another: no cycles between packages, JAX-RS only in
 * the resources, and nothing built on a page or an API class. (The rules package's own purity is
 * {@code RulesArePureTest}.)
 */
class ArchitectureTest {

  private static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.foitracker");

  /**
   * The entity back-references allowed across packages: a child entity that points at the root of
   * its aggregate, which holds the list of its children (JPA's mappedBy needs both ends). Each is
   * named here, child first; any other arrow that closes a cycle fails the test.
   */
  private static final List<Class<?>[]> ENTITY_BACK_REFERENCES =
      List.of(
          // a request's questions, answers and clock events each point at their request
          new Class<?>[] {Question.class, FoiRequest.class},
          new Class<?>[] {Answer.class, FoiRequest.class},
          new Class<?>[] {ClockEventEntry.class, FoiRequest.class});

  @Test
  void featurePackagesHaveNoCycles() {
    SliceRule rule = slices().matching("uk.foitracker.(*)..").should().beFreeOfCycles();
    for (Class<?>[] backReference : ENTITY_BACK_REFERENCES) {
      rule = rule.ignoreDependency(backReference[0], backReference[1]);
    }
    rule.check(APP);
  }

  /**
   * Only resources speak HTTP: the classes annotated {@code @Path}, the web plumbing that maps
   * errors and headers ({@code web}), the Idempotency-Key filter and its store ({@code
   * idempotency}, an HTTP header's semantics), and the parameter records resources bind with
   * {@code @BeanParam}. Services throw {@code web.NotFoundProblem}, {@code ValidationProblem} or
   * {@code ConflictProblem}, which {@code web.ErrorMappers} turns into responses.
   */
  @Test
  void onlyResourcesDependOnJaxRs() {
    noClasses()
        .that(isNot(resource()))
        .and()
        .resideOutsideOfPackages("uk.foitracker.web..", "uk.foitracker.idempotency..")
        .and()
        .haveSimpleNameNotEndingWith("Params")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.ws.rs..")
        .check(APP);
  }

  /** Pages and APIs are the outer edge: no other class, page or API builds on one. */
  @Test
  void nothingDependsOnPagesOrApis() {
    classes()
        .should(
            new ArchCondition<JavaClass>("depend on no other page or API class") {
              @Override
              public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                  JavaClass target = d.getTargetClass();
                  if (resource().test(target) && !topLevel(target).equals(topLevel(origin))) {
                    events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                  }
                }
              }
            })
        .check(APP);
  }

  /** A resource: a class annotated {@code @Path}, or a class nested in one (its templates). */
  private static DescribedPredicate<JavaClass> resource() {
    return DescribedPredicate.describe(
        "a resource (a @Path class or one nested in it)",
        c -> topLevel(c).isAnnotatedWith(Path.class));
  }

  private static DescribedPredicate<JavaClass> isNot(DescribedPredicate<JavaClass> p) {
    return DescribedPredicate.describe("not " + p.getDescription(), c -> !p.test(c));
  }

  private static JavaClass topLevel(JavaClass c) {
    JavaClass top = c;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    return top;
  }
}
