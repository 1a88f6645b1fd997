package org.vigie.eval.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.model.ActorRef;

/**
 * Whether a system actor is the gold actor, on the part of a CAMEO actor code that both PETRARCH
 * and Vigie can be expected to agree on.
 *
 * <p>A code is read as three-letter blocks: the <em>primary</em> code is the first block
 * ({@code USA}, {@code IGO}, the toy {@code ARN}, or {@code ---} for an actor without a country),
 * the <em>role</em> is the first later block that is a CAMEO role code ({@code GOV} in
 * {@code USAGOV} and {@code HGWGOVMED}, {@code MIL} in {@code IGOUNOMIL}; none in {@code IGOUNO}).
 * Two codes match when their primary codes are equal and, if both have a role, their roles are
 * equal too. So {@code USAGOV} matches {@code USA}, {@code USAGOV} and {@code USAGOVELI} but not
 * {@code USAMIL}; and {@code IGOUNO} matches {@code IGOAFR}, because the block after {@code IGO}
 * names an organisation, not a role, and is not compared. Case and spaces are ignored.
 *
 * <p>Two special gold values: no actor (null, blank or {@code ---}) matches a system actor that is
 * absent or has no code (or {@code ---}); a quoted phrase ({@code "INJURY TOLL"}, PETRARCH's mark
 * for an actor it found but could not code) matches a system actor without a code whose name is that
 * phrase, ignoring case.
 */
public final class ActorMatch {
  private static final String NO_COUNTRY = "---";

  private final Set<String> roles;

  private ActorMatch(Set<String> roles) {
    this.roles = Set.copyOf(roles);
  }

  /** A match with the given role codes ({@code GOV}, {@code MIL} …). */
  public static ActorMatch withRoles(Set<String> roles) {
    Set<String> upper = new HashSet<>();
    roles.forEach(role -> upper.add(role.trim().toUpperCase(Locale.ROOT)));
    return new ActorMatch(upper);
  }

  /**
   * Reads the role codes from the first column of {@code shared/data/cameo/cameo_actor_role_codes.tsv}
   * (tab-separated, header line {@code code …}; lines starting with {@code #} are comments).
   */
  public static ActorMatch load(Path roleCodes) {
    List<String> lines;
    try {
      lines = Files.readAllLines(roleCodes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CAMEO role codes " + roleCodes, e);
    }
    Set<String> roles = new HashSet<>();
    for (String line : lines) {
      String code = line.split("\t", -1)[0].trim();
      if (!code.isEmpty() && !code.startsWith("#") && !code.equals("code")) {
        roles.add(code);
      }
    }
    if (roles.isEmpty()) {
      throw new IllegalStateException("no role code in " + roleCodes);
    }
    return withRoles(roles);
  }

  /** Whether {@code system} (possibly null) is the actor that the gold code {@code gold} names. */
  public boolean matches(String gold, ActorRef system) {
    String systemCode = system == null ? null : normalize(system.actor());
    String goldCode = gold == null ? null : gold.trim();
    if (goldCode != null && goldCode.length() >= 2 && goldCode.startsWith("\"") && goldCode.endsWith("\"")) {
      String phrase = goldCode.substring(1, goldCode.length() - 1).trim();
      return system != null && systemCode == null && system.name() != null
          && system.name().trim().equalsIgnoreCase(phrase);
    }
    goldCode = normalize(goldCode);
    if (goldCode == null) {
      return systemCode == null;
    }
    if (systemCode == null) {
      return false;
    }
    // International codes name the organisation in their first six letters once both are in the
    // CAMEO manual's form: IGOUNO is not IGOEEC, and Phoenix's IGOEUREEC is IGOEEC.
    if (org.vigie.eval.score.ActorCodes.isInternational(goldCode)) {
      String g = org.vigie.eval.score.ActorCodes.normalize(goldCode);
      String s = org.vigie.eval.score.ActorCodes.normalize(systemCode);
      return s.startsWith(g.length() <= 6 ? g : g.substring(0, 6));
    }
    if (!primary(goldCode).equals(primary(systemCode))) {
      return false;
    }
    String goldRole = role(goldCode);
    String systemRole = role(systemCode);
    return goldRole == null || systemRole == null || goldRole.equals(systemRole);
  }

  /** The code in upper case without spaces; null for no actor ({@code ---} alone, blank or null). */
  static String normalize(String code) {
    if (code == null) {
      return null;
    }
    String clean = code.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    return clean.isEmpty() || clean.equals(NO_COUNTRY) ? null : clean;
  }

  private static String primary(String code) {
    return code.length() <= 3 ? code : code.substring(0, 3);
  }

  /** The first three-letter block after the primary code that is a role code, or null. */
  String role(String code) {
    for (int start = 3; start + 3 <= code.length(); start += 3) {
      String block = code.substring(start, start + 3);
      if (roles.contains(block)) {
        return block;
      }
    }
    return null;
  }
}
