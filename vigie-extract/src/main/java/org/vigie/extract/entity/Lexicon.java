package org.vigie.extract.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.vigie.lang.Tsv;
import org.vigie.model.EntityType;

/**
 * The gazetteers and word lists of one language, loaded once per JVM from {@code lang/<language>/}
 * and {@code lang/common/} in vigie-lang. Read-only after construction, so shared by all threads.
 */
final class Lexicon {
  /** A country, by a name ("Russie") or a demonym ("russe"). */
  record CountryRef(String iso3, String name, boolean demonym) {
  }

  /** A city, capital or region. */
  record PlaceRef(String name, String iso3, String kind, Double lat, Double lon) {
    boolean inhabitants() {
      return "inhabitants".equals(kind);
    }
  }

  /** An organisation or a named group with its actor code. */
  record OrgRef(String name, String actor, String iso3, String sector, EntityType type, boolean media) {
  }

  /** A role word: a title of a person, a body, or a kind of group. */
  record RoleRef(String role, String sector, String subsector, EntityType type) {
  }

  private static final Map<String, Lexicon> LOADED = new ConcurrentHashMap<>();

  final String language;
  final PhraseTable<CountryRef> countries = new PhraseTable<>();
  final PhraseTable<PlaceRef> places = new PhraseTable<>();
  final PhraseTable<OrgRef> organizations = new PhraseTable<>();
  /** Agency abbreviations, recognised only inside parentheses: "(AFP)", "(IP)". */
  final PhraseTable<OrgRef> agencyTags = new PhraseTable<>();
  final PhraseTable<RoleRef> roles = new PhraseTable<>();
  final PhraseTable<String> relational = new PhraseTable<>();
  final PhraseTable<String> genericHeads = new PhraseTable<>();
  final Map<String, String> countryNames = new HashMap<>();
  final Map<String, String> demonymsEn = new HashMap<>();
  final Map<String, String> capitals = new HashMap<>();
  final Set<String> honorifics = new HashSet<>();
  /** Each country's capital as a place of this language's gazetteer. */
  final Map<String, PlaceRef> capitalPlaces = new HashMap<>();
  /** Nouns that take up an entity named earlier: "l'organisation", "la capitale malienne". */
  final PhraseTable<String> anaphoraHeads = new PhraseTable<>();
  final Set<String> determiners = new HashSet<>();
  final Set<String> ofWords = new HashSet<>();
  final Set<String> andWords = new HashSet<>();

  /** Cities (English name) that stand for an organisation seated there when they act: Brussels for the EU. */
  final Map<String, String> seats = new HashMap<>();

  static Lexicon forLanguage(String language) {
    return LOADED.computeIfAbsent(language, Lexicon::new);
  }

  private Lexicon(String language) {
    this.language = language;
    String dir = "/lang/" + language + "/";
    for (Tsv.Row row : Tsv.rows("/lang/common/countries.tsv")) {
      countryNames.put(row.get("iso3"), row.get("name_en"));
      demonymsEn.put(row.get("iso3"), row.get("demonym_en"));
      capitals.put(row.get("iso3"), row.get("capital_en"));
    }
    for (Tsv.Row row : Tsv.rows(dir + "countries.tsv")) {
      String iso3 = row.get("iso3");
      String name = countryNames.getOrDefault(iso3, iso3);
      boolean demonym = row.get("kind").equals("demonym");
      countries.add(row.get("form"), demonym ? PhraseTable.CaseRule.ANY : PhraseTable.defaultRule(row.get("form")),
          new CountryRef(iso3, name, demonym));
    }
    for (Tsv.Row row : Tsv.rows(dir + "places.tsv")) {
      String kind = row.get("kind");
      PlaceRef place = new PlaceRef(row.get("name_en"), emptyToNull(row.get("iso3")), kind,
          number(row.get("lat")), number(row.get("lon")));
      places.add(row.get("form"), place.inhabitants() ? PhraseTable.CaseRule.ANY : PhraseTable.defaultRule(row.get("form")), place);
      if (kind.equals("capital") && place.iso3() != null) {
        capitalPlaces.putIfAbsent(place.iso3(), place);
      }
    }
    for (Tsv.Row row : Tsv.rows("/lang/common/seats.tsv")) {
      seats.put(row.get("place"), row.get("actor"));
    }
    for (Tsv.Row row : Tsv.rows(dir + "organizations.tsv")) {
      organizations.add(row.get("form"), new OrgRef(row.get("name_en"), emptyToNull(row.get("actor")),
          emptyToNull(row.get("country")), emptyToNull(row.get("sector")),
          EntityType.valueOf(row.get("type")), false));
    }
    for (Tsv.Row row : Tsv.rows("/lang/common/agencies.tsv")) {
      String iso3 = emptyToNull(row.get("iso3"));
      OrgRef agency = new OrgRef(row.get("name"), iso3 == null ? null : iso3 + "MED", iso3, "MED",
          EntityType.ORGANIZATION, true);
      agencyTags.add(row.get("abbr"), PhraseTable.CaseRule.EXACT, agency);
      // Whole names too, with and without their article, for a name the NER marks: "the New York Times".
      String name = row.get("name");
      agencyTags.add(name, PhraseTable.CaseRule.EXACT, agency);
      if (name.startsWith("The ")) {
        agencyTags.add(name.substring(4), PhraseTable.CaseRule.EXACT, agency);
      }
      if (row.get("name").contains(" ") || row.get("name").equals(row.get("abbr"))) {
        organizations.add(row.get("name"), PhraseTable.CaseRule.EXACT, agency);
      }
    }
    for (Tsv.Row row : Tsv.rows(dir + "roles.tsv")) {
      roles.add(row.get("form"), PhraseTable.CaseRule.ANY, new RoleRef(row.get("role_en"),
          emptyToNull(row.get("sector")), emptyToNull(row.get("subsector")), EntityType.valueOf(row.get("type"))));
    }
    for (Tsv.Row row : Tsv.rows(dir + "relational.tsv")) {
      relational.add(row.get("form"), PhraseTable.CaseRule.ANY, row.get("relation"));
    }
    for (Tsv.Row row : Tsv.rows(dir + "generic_heads.tsv")) {
      genericHeads.add(row.get("form"), PhraseTable.CaseRule.ANY, row.get("sector"));
    }
    for (Tsv.Row row : Tsv.rows(dir + "honorifics.tsv")) {
      honorifics.add(row.get("form"));
    }
    for (Tsv.Row row : Tsv.rows(dir + "anaphora_heads.tsv")) {
      anaphoraHeads.add(row.get("form"), PhraseTable.CaseRule.ANY, row.get("refers"));
    }
    for (Tsv.Row row : Tsv.rows(dir + "function_words.tsv")) {
      String form = row.get("form").toLowerCase(Locale.ROOT);
      switch (row.get("class")) {
        case "determiner" -> determiners.add(form);
        case "of" -> ofWords.add(form);
        case "and" -> andWords.add(form);
        default -> throw new IllegalStateException("unknown class " + row.get("class") + " in " + dir + "function_words.tsv");
      }
    }
  }

  /** "Israeli" for ISR; the country's name when no demonym is known. */
  String demonymEn(String iso3) {
    String demonym = demonymsEn.get(iso3);
    return demonym == null || demonym.isBlank() ? countryName(iso3) : demonym;
  }

  String countryName(String iso3) {
    return countryNames.getOrDefault(iso3, iso3);
  }

  private static String emptyToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static Double number(String value) {
    try {
      return value == null || value.isBlank() ? null : Double.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static List<String> supported() {
    return List.of("en", "fr");
  }
}
