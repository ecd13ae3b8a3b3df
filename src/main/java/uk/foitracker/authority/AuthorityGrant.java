package uk.foitracker.authority;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The authorities a signed-in person holds, as the identity provider states them: the slugs, or
 * every authority ({@code *}, a regulator's view). Read from two sources, both optional: a claim
 * (by default {@code foi_authorities}: a list of slugs, or a string of slugs separated by commas or
 * spaces) and the person's roles that start with a prefix (by default {@code authority:}, so the
 * role {@code authority:durham-constabulary} grants that authority; {@code authority:*} grants
 * all). {@link #stated()} is false when neither source says anything: the installation decides then
 * ({@code foi.authorities.without-claim}); an empty list that is present states "none".
 *
 * @param all every authority
 * @param slugs the authorities held, in lower case (empty when {@code all})
 * @param stated whether the claim or a prefixed role was present at all
 */
public record AuthorityGrant(boolean all, Set<String> slugs, boolean stated) {
  public static final String ALL = "*";

  /** What a person who states nothing holds before the installation's setting applies. */
  public static final AuthorityGrant UNSTATED = new AuthorityGrant(false, Set.of(), false);

  public AuthorityGrant {
    slugs = all ? Set.of() : Set.copyOf(slugs);
  }

  /**
   * Reads both sources.
   *
   * @param claim the claim's value as the token holds it: null (absent), a String, a collection
   *     (JSON array) of strings, or any object whose {@code toString} gives one slug
   * @param roles the person's roles
   * @param rolePrefix the prefix that marks an authority role; null or blank: roles are not read
   */
  public static AuthorityGrant read(Object claim, Collection<String> roles, String rolePrefix) {
    List<String> values = new ArrayList<>();
    boolean stated = false;
    if (claim != null) {
      stated = true;
      values.addAll(values(claim));
    }
    if (rolePrefix != null && !rolePrefix.isBlank() && roles != null) {
      for (String role : roles) {
        if (role != null && role.startsWith(rolePrefix)) {
          stated = true;
          values.add(role.substring(rolePrefix.length()));
        }
      }
    }
    Set<String> slugs = new LinkedHashSet<>();
    for (String v : values) {
      String s = v.strip().toLowerCase(Locale.ROOT);
      if (s.equals(ALL)) {
        return new AuthorityGrant(true, Set.of(), true);
      }
      if (!s.isEmpty()) {
        slugs.add(s);
      }
    }
    return new AuthorityGrant(false, slugs, stated);
  }

  private static List<String> values(Object claim) {
    List<String> out = new ArrayList<>();
    if (claim instanceof Collection<?> c) {
      for (Object o : c) {
        out.addAll(values(o));
      }
    } else if (claim instanceof Object[] array) {
      for (Object o : array) {
        out.addAll(values(o));
      }
    } else {
      // a JSON string prints with its quotes; a plain string is a list split by commas or spaces
      String s = claim.toString().strip();
      if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
        s = s.substring(1, s.length() - 1);
      }
      if (s.startsWith("[") && s.endsWith("]")) {
        s = s.substring(1, s.length() - 1).replace("\"", "");
      }
      for (String part : s.split("[,\\s]+")) {
        if (!part.isBlank()) {
          out.add(part);
        }
      }
    }
    return out;
  }
}
