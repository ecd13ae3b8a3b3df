package uk.foitracker.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Column;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The audit trail cannot be changed or deleted through the app: no code deletes or updates audit
 * events, only {@link AuditLog} creates them, and every mapped column is insert-only.
 */
class AuditTrailIsAppendOnlyTest {
  private static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.foitracker");

  @Test
  void nothingDeletesOrUpdatesAuditEvents() {
    noClasses()
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "a delete or update of AuditEvent",
                (JavaMethodCall call) ->
                    call.getTarget().getOwner().isAssignableTo(AuditEvent.class)
                        && (call.getTarget().getName().startsWith("delete")
                            || call.getTarget().getName().equals("update"))))
        .because("the audit trail is append-only")
        .check(APP);
  }

  @Test
  void onlyTheAuditLogWritesEvents() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(AuditLog.class.getName())
        .should()
        .callConstructor(AuditEvent.class)
        .because("events are recorded through AuditLog.record, inside the change's transaction")
        .check(APP);
  }

  @Test
  void everyColumnIsInsertOnly() {
    Field[] columns =
        Arrays.stream(AuditEvent.class.getDeclaredFields())
            .filter(
                f -> !Modifier.isStatic(f.getModifiers()) && f.isAnnotationPresent(Column.class))
            .toArray(Field[]::new);
    assertThat(columns).hasSizeGreaterThanOrEqualTo(7);
    for (Field f : columns) {
      assertThat(f.getAnnotation(Column.class).updatable())
          .as(f.getName() + " updatable")
          .isFalse();
    }
  }
}
