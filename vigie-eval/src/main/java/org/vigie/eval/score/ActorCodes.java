package org.vigie.eval.score;

import java.util.Set;

/**
 * When a system actor code agrees with a gold one, by the rule of the gold files' {@code scoring}
 * string: same country, and same primary sector where the gold code has one ({@code USA} accepts
 * {@code USA}, {@code USAGOV}, {@code USAMIL}); a bare country code from the system counts as that
 * country's government ({@code USA} agrees with gold {@code USAGOV}, not with {@code USAMIL}); an
 * international code ({@code IGO}, {@code NGO}, {@code IMG}, {@code NGM}, ...) must agree on its
 * first six letters ({@code IGOUNO} accepts {@code IGOUNOSEC}, not {@code IGOEUR}).
 */
public final class ActorCodes {
  /** CAMEO international generic codes: the first three letters name no country. */
  private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "NGM", "MNC", "INT", "UIS");

  private ActorCodes() {
  }

  /**
   * True when {@code system} satisfies {@code gold}. A null gold code accepts anything (the gold
   * names no party, e.g. {@code target: null}); a null system code satisfies no gold code.
   */
  public static boolean agree(String gold, String system) {
    if (gold == null) {
      return true;
    }
    if (system == null) {
      return false;
    }
    gold = normalize(gold);
    system = normalize(system);
    if (isInternational(gold)) {
      return system.startsWith(prefix(gold, 6));
    }
    if (!prefix(gold, 3).equals(prefix(system, 3))) {
      return false;
    }
    if (gold.length() < 6) {
      return true;
    }
    String systemSector = system.length() < 6 ? "GOV" : system.substring(3, 6);
    return gold.substring(3, 6).equals(systemSector);
  }

  /**
   * True when the two codes name the same country, the lenient rule ({@code USAMIL} and gold
   * {@code USAGOV} agree); international codes count their first six letters as their "country".
   */
  public static boolean sameCountry(String gold, String system) {
    if (gold == null) {
      return true;
    }
    if (system == null) {
      return false;
    }
    gold = normalize(gold);
    system = normalize(system);
    int length = isInternational(gold) ? 6 : 3;
    return prefix(gold, length).equals(prefix(system, length));
  }

  /**
   * The CAMEO manual's form of an international code: the Phoenix dictionaries insert a region or a
   * sector after the prefix ({@code IGOWSTNAT}, {@code IGOUNOHLHWHO}), the manual does not
   * ({@code IGONAT}, {@code IGOUNOWHO}), and only the manual's form has the organisation in its
   * first six letters. Other codes are returned as they are.
   */
  public static String normalize(String code) {
    if (code == null || !isInternational(code)) {
      return code;
    }
    String head = code.startsWith("IGOUNO") ? code.substring(0, 6) : code.substring(0, 3);
    String rest = code.substring(head.length());
    while (rest.length() > 3 && INFIXES.contains(rest.substring(0, 3))) {
      rest = rest.substring(3);
    }
    return head + rest;
  }

  /** Region codes and role codes, which Phoenix places inside international codes. */
  private static final Set<String> INFIXES = loadInfixes();

  private static Set<String> loadInfixes() {
    java.util.Set<String> codes = new java.util.HashSet<>();
    org.vigie.lang.Tsv.rows("/lang/common/cameo_regions.tsv").forEach(r -> codes.add(r.get("code")));
    org.vigie.lang.Tsv.rows("/lang/common/cameo_roles.tsv").forEach(r -> codes.add(r.get("code")));
    return Set.copyOf(codes);
  }

  public static boolean isInternational(String code) {
    return code.length() >= 3 && INTERNATIONAL.contains(code.substring(0, 3));
  }

  private static String prefix(String code, int length) {
    return code.length() <= length ? code : code.substring(0, length);
  }
}
