package uk.foitracker.citation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Optional;
import uk.foitracker.rules.ProvisionCatalogue;
import uk.foitracker.rules.ProvisionClass;
import uk.foitracker.rules.ProvisionKind;
import uk.foitracker.rules.Regime;

/** A provision of FOIA 2000 or the EIR 2004 from the catalogue (migration V2). */
@Entity
public class Provision extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, unique = true, length = 40)
  public String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  public Regime regime;

  /** As written in a letter: "s.12", "reg 12(4)(a)". */
  @Column(nullable = false, length = 40)
  public String reference;

  @Column(nullable = false, length = 200)
  public String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public ProvisionKind kind;

  @Column(nullable = false, length = 2000)
  public String explanation;

  @Column(name = "sort_order", nullable = false)
  public int sortOrder;

  /** A neither-confirm-nor-deny provision: it excludes {@link #excludedDuty} (migration V13). */
  @Column(nullable = false)
  public boolean ncnd;

  /** For an NCND provision, the duty it excludes: "s.1(1)(a)" (FOIA), "reg 5(1)" (EIR). */
  @Column(name = "excluded_duty", length = 40)
  public String excludedDuty;

  /** How the law classes this provision (FOIA s.2(3), EIR reg 12(1)(b)): the rules decide. */
  public ProvisionClass classification() {
    return ProvisionCatalogue.classify(code);
  }

  public static Optional<Provision> findByCode(String code) {
    return find("code", code).firstResultOptional();
  }

  public static List<Provision> catalogue() {
    return list("order by sortOrder");
  }
}
