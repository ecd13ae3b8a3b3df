package uk.foitracker.rules;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The rules package is pure Java: no framework, no persistence, no I/O, no other feature, and no
 * hidden clock: "today" is always passed in.
 */
class RulesArePureTest {

  private static final JavaClasses RULES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.foitracker.rules");

  @Test
  void dependsOnNoFrameworkPersistenceOrIo() {
    noClasses()
        .that()
        .resideInAPackage("uk.foitracker.rules..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.quarkus..",
            "jakarta..",
            "javax.persistence..",
            "org.hibernate..",
            "java.io..",
            "java.nio.file..",
            "java.sql..",
            "java.net..")
        .check(RULES);
  }

  @Test
  void dependsOnNoOtherFeature() {
    noClasses()
        .that()
        .resideInAPackage("uk.foitracker.rules..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("uk.foitracker..").and(not(resideInAPackage("uk.foitracker.rules.."))))
        .check(RULES);
  }

  @Test
  void neverReadsTheSystemClock() {
    noClasses()
        .that()
        .resideInAPackage("uk.foitracker.rules..")
        .should()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(Clock.class)
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .check(RULES);
  }
}
