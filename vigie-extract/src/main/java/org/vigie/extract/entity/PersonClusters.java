package org.vigie.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.extract.entity.Candidates.NameMention;
import org.vigie.extract.entity.Candidates.Spanned;
import org.vigie.extract.entity.Candidates.TitleMention;
import org.vigie.model.EntityType;

/**
 * Groups the person names and person titles of one article into people: a surname alone joins the
 * full name ("Fidan" → "Hakan Fidan"); a title in apposition gives the name its role and
 * country ("Le ministre des Affaires étrangères de la Turquie, Hakan Fidan,"); a
 * counterpart ("son homologue de la Russie") takes the role of the person it is the counterpart of,
 * in its own country; a later description with the same role and country ("le plus haut diplomate
 * iranien") joins the one person who has them.
 */
final class PersonClusters {
  /** One person of the article and what the text and the dictionary say about them. */
  static final class Person {
    final List<Spanned> mentions = new ArrayList<>();
    final List<NameMention> names = new ArrayList<>();
    String role;
    final List<String> otherRoles = new ArrayList<>();
    String country;
    String sector;
    String actor;
    PersonDictionary.Person known;

    boolean hasRole(String other) {
      if (other == null) {
        return false;
      }
      return (role != null && rolesAgree(role, other)) || otherRoles.stream().anyMatch(r -> rolesAgree(r, other));
    }
  }

  private final String text;
  private final Lexicon lexicon;
  private final List<Person> people = new ArrayList<>();
  private final Map<NameMention, Person> byName = new LinkedHashMap<>();
  private final Map<TitleMention, Person> byTitle = new LinkedHashMap<>();
  private List<TitleMention> personTitles = List.of();

  private PersonClusters(String text, Lexicon lexicon) {
    // No-break spaces are common around French punctuation: ",\u00a0Hakan Fidan".
    this.text = PhraseTable.normalize(text);
    this.lexicon = lexicon;
  }

  /**
   * Resolves the people of an article. Titles of other types (bodies, groups) are ignored here.
   */
  static List<Person> resolve(String text, Lexicon lexicon, List<NameMention> names,
                              List<TitleMention> titles, LocalDate published) {
    PersonClusters clusters = new PersonClusters(text, lexicon);
    List<NameMention> persons = names.stream().filter(n -> n.label().equals("PERSON")).toList();
    List<TitleMention> personTitles = titles.stream()
        .filter(t -> t.relational() || t.role().type() == org.vigie.model.EntityType.PERSON).toList();
    // A plural title with several countries may name as many people: "les présidents iranien et russe".
    List<TitleMention> pluralTitles = titles.stream()
        .filter(t -> !t.relational() && t.role().type() == org.vigie.model.EntityType.GROUP && t.countries().size() > 1)
        .toList();
    clusters.personTitles = personTitles;
    clusters.groupNames(persons);
    clusters.pairs(pluralTitles, persons);
    clusters.appositions(personTitles, persons, false);
    clusters.appositions(personTitles, persons, true);
    // What the dictionary knows (country, sector) lets later descriptions find the person.
    clusters.dictionary(published);
    clusters.descriptions(personTitles);
    return clusters.people;
  }

  // ------------------------------------------------------------------ names

  private void groupNames(List<NameMention> persons) {
    Map<String, Person> byKey = new LinkedHashMap<>();
    List<NameMention> single = new ArrayList<>();
    for (NameMention name : persons) {
      String key = NameKeys.of(surface(name));
      if (!key.contains(" ")) {
        single.add(name);
        continue;
      }
      Person person = byKey.computeIfAbsent(key, k -> newPerson());
      add(person, name);
    }
    for (NameMention name : single) {
      String key = NameKeys.of(surface(name));
      List<Person> matches = people.stream()
          .filter(p -> p.names.stream().anyMatch(n -> NameKeys.lastWord(surface(n)).equals(key)))
          .distinct().toList();
      Person person = matches.size() == 1 ? matches.get(0) : byKey.computeIfAbsent(key, k -> newPerson());
      add(person, name);
    }
  }

  private Person newPerson() {
    Person person = new Person();
    people.add(person);
    return person;
  }

  private void add(Person person, NameMention name) {
    person.names.add(name);
    person.mentions.add(name);
    byName.put(name, person);
  }

  // ------------------------------------------------------------------ appositions

  /**
   * A title next to a name describes that name: "Title, Name," and "Name, title," and "Title Name".
   * A plural title with several countries and a coordination of as many names pairs them in order:
   * "les présidents turc et égyptien, Recep Tayyip Erdogan et Abdel Fattah al-Sissi".
   */
  private void appositions(List<TitleMention> titles, List<NameMention> persons, boolean relational) {
    for (TitleMention title : titles) {
      if (title.relational() != relational || byTitle.containsKey(title)) {
        continue;
      }
      String role = relational ? counterpartRole(title) : title.role().role();
      List<NameMention> following = namesAfter(title, persons);
      if (following.size() > 1 && title.countries().size() == following.size()) {
        for (int i = 0; i < following.size(); i++) {
          Person person = byName.get(following.get(i));
          describe(person, role, title.countries().get(i), title);
        }
        continue;
      }
      NameMention named = following.isEmpty() ? nameBefore(title, persons) : following.get(0);
      if (named != null) {
        Person person = byName.get(named);
        describe(person, role, title.country(), title);
        attach(person, title);
      }
    }
  }

  /**
   * Whether a plural title of several countries is followed by as many people's names, its
   * members: "les présidents turc et égyptien, Recep Tayyip Erdogan et Abdel Fattah al-Sissi".
   */
  static boolean namesItsMembers(String text, Lexicon lexicon, TitleMention title, List<NameMention> names) {
    List<NameMention> persons = names.stream().filter(n -> n.label().equals("PERSON")).toList();
    List<NameMention> following = new PersonClusters(text, lexicon).namesAfter(title, persons);
    return !following.isEmpty() && following.size() == title.countries().size();
  }

  private void pairs(List<TitleMention> titles, List<NameMention> persons) {
    for (TitleMention title : titles) {
      List<NameMention> following = namesAfter(title, persons);
      if (following.size() == title.countries().size()) {
        for (int i = 0; i < following.size(); i++) {
          describe(byName.get(following.get(i)), title.role().role(), title.countries().get(i), title);
        }
      }
    }
  }

  private void describe(Person person, String role, String country, TitleMention title) {
    if (person.role == null && role != null) {
      person.role = role;
    } else if (role != null && !person.hasRole(role)) {
      person.otherRoles.add(role);
    }
    if (title.alsoRole() != null && !person.hasRole(title.alsoRole().role())) {
      person.otherRoles.add(title.alsoRole().role());
    }
    // "le commandant des FSR": the country the title takes from a group outside the state does not
    // keep the person from being of the group ("le chef du Pentagone" stays a member of government).
    boolean ofOrg = title.org() != null && title.countries().isEmpty()
        && (person.country == null || person.country.equals(title.org().iso3())) && title.org().sector() != null
        && !java.util.Set.of("GOV", "MIL", "COP", "JUD", "SPY", "LEG").contains(title.org().sector());
    if (person.country == null && country != null) {
      person.country = country;
    }
    if (!title.relational() && title.role() != null) {
      if (person.sector == null) {
        person.sector = title.role().sector();
      }
      if (title.org() != null && person.actor == null && (person.country == null || ofOrg)) {
        person.actor = title.org().actor();
      }
    } else if (person.sector == null && title.relational()) {
      Person anchor = anchorOf(title);
      person.sector = anchor == null ? null : anchor.sector;
    }
  }

  private void attach(Person person, TitleMention title) {
    person.mentions.add(title);
    byTitle.put(title, person);
  }

  /** Names in apposition after a title: ", Name," or ", Name et Name," or directly "Title Name". */
  private List<NameMention> namesAfter(TitleMention title, List<NameMention> persons) {
    List<NameMention> result = new ArrayList<>();
    int cursor = title.end();
    String gap = ",";
    while (true) {
      TitleMention rank = result.isEmpty() ? rankAfter(cursor) : null;
      NameMention next = firstNameAfter(rank == null ? cursor : rank.end(), persons, title.sentence());
      if (next == null) {
        break;
      }
      String between = withoutHonorific(text.substring(cursor, next.start()).strip()).toLowerCase(Locale.ROOT);
      boolean ok = result.isEmpty() ? between.equals(",") || between.isEmpty() || rank != null
          : lexicon.andWords.contains(between) || between.equals(",");
      if (!ok) {
        break;
      }
      result.add(next);
      cursor = next.end();
      gap = between;
    }
    if (result.size() == 1 && gap.equals(",") && !closesApposition(cursor)) {
      // "Selon un diplomate fidjien, M. Vigier n'a pas prolongé…": a reporting phrase ends at its
      // comma; the name after it is the clause's subject, not the title's.
      if (REPORTING_BEFORE.matcher(text.substring(Math.max(0, title.start() - 20), title.start())).find()) {
        return List.of();
      }
      // "Le ministre, Fidan a dit" is rare; "le ministre, Fidan, a dit" is the apposition.
      return result;
    }
    return result;
  }

  /**
   * A second title between a title and its name: "Le porte-parole du gouvernement, le colonel
   * Abdoulaye Maïga," — both describe the name, the first (the office) before the rank.
   */
  private TitleMention rankAfter(int from) {
    for (TitleMention other : personTitles) {
      if (other.start() > from && other.start() - from <= 6 && !other.relational()
          && text.substring(from, other.start()).strip().toLowerCase(Locale.ROOT)
              .matches(",\\s*(?:(?:le|la|l'|the|an?)\\s*)?")) {
        return other;
      }
    }
    return null;
  }

  /** Prepositions that open a reporting phrase ("selon", "d'après", "according to"), right before a title. */
  private static final java.util.regex.Pattern REPORTING_BEFORE = java.util.regex.Pattern.compile(
      "(?i)\\b(selon|d['’]après|according to)\\s+((un|une|le|la|les|a|an|the)\\s+|l['’])?$");

  /** ", Sheikh" → ",": a courtesy title between a title and the name it introduces. */
  private String withoutHonorific(String between) {
    int space = between.lastIndexOf(' ');
    String last = space < 0 ? between.replaceFirst("^,", "") : between.substring(space + 1);
    if (lexicon.honorifics.contains(last)) {
      return between.substring(0, between.length() - last.length()).strip();
    }
    return between;
  }

  private boolean closesApposition(int offset) {
    String rest = text.substring(offset, Math.min(text.length(), offset + 2)).strip();
    return rest.isEmpty() || rest.startsWith(",") || rest.startsWith(".") || rest.startsWith(")");
  }

  private NameMention firstNameAfter(int offset, List<NameMention> persons, int sentence) {
    NameMention best = null;
    for (NameMention name : persons) {
      if (name.sentence() == sentence && name.start() >= offset && name.start() - offset <= 12
          && (best == null || name.start() < best.start())) {
        best = name;
      }
    }
    return best;
  }

  /** "Name, title," (the English order): a name right before the title, separated by a comma. */
  private NameMention nameBefore(TitleMention title, List<NameMention> persons) {
    for (NameMention name : persons) {
      if (name.sentence() == title.sentence() && name.end() <= title.start()
          && text.substring(name.end(), title.start()).strip().equals(",")
          && closesApposition(title.end())) {
        return name;
      }
    }
    return null;
  }

  /**
   * The role of the person a counterpart is the counterpart of: the nearest person title, or
   * person with a role, before it in the same sentence ("Le ministre iranien …, avec son homologue").
   */
  private String counterpartRole(TitleMention counterpart) {
    Person anchor = anchorOf(counterpart);
    return anchor != null ? anchor.role : nearestTitleRole(counterpart);
  }

  private Person anchorOf(TitleMention counterpart) {
    Person anchor = null;
    int anchorEnd = -1;
    for (Map.Entry<TitleMention, Person> entry : byTitle.entrySet()) {
      TitleMention t = entry.getKey();
      if (t != counterpart && t.sentence() == counterpart.sentence() && t.end() <= counterpart.start() && t.end() > anchorEnd) {
        anchor = entry.getValue();
        anchorEnd = t.end();
      }
    }
    for (Map.Entry<NameMention, Person> entry : byName.entrySet()) {
      NameMention n = entry.getKey();
      if (n.sentence() == counterpart.sentence() && n.end() <= counterpart.start() && n.end() > anchorEnd
          && entry.getValue().role != null) {
        anchor = entry.getValue();
        anchorEnd = n.end();
      }
    }
    return anchor;
  }

  private String nearestTitleRole(TitleMention counterpart) {
    String role = null;
    int end = -1;
    for (TitleMention t : byTitle.keySet()) {
      if (!t.relational() && t.sentence() == counterpart.sentence() && t.end() <= counterpart.start() && t.end() > end) {
        role = t.role().role();
        end = t.end();
      }
    }
    return role;
  }

  // ------------------------------------------------------------------ descriptions

  /**
   * A title with no name beside it joins the one person who has the same role and country:
   * "le plus haut diplomate iranien" is the Iranian foreign minister named elsewhere. Titles that
   * match nobody become people of their own, named by their best title.
   */
  private void descriptions(List<TitleMention> titles) {
    // The counterparts found in apposition may have settled roles, so look twice.
    for (int pass = 0; pass < 2; pass++) {
      for (TitleMention title : titles) {
        if (byTitle.containsKey(title)) {
          continue;
        }
        String role = title.relational() ? counterpartRole(title) : title.role().role();
        String country = title.country();
        if (role == null) {
          continue;
        }
        if (country == null && title.org() == null) {
          loneTitle(title, role, pass);
          continue;
        }
        List<Person> matches = people.stream()
            .filter(p -> p.hasRole(role) && java.util.Objects.equals(p.country, country)).toList();
        if (matches.size() == 1) {
          attach(matches.get(0), title);
        } else if (matches.isEmpty() && pass == 1 && title.countries().size() <= 1) {
          Person person = newPerson();
          describe(person, role, country, title);
          attach(person, title);
        }
      }
    }
  }

  /**
   * A title with no name and no country introduced by an indefinite article ("Un opposant
   * emprisonné a entamé une grève de la faim", "A jailed opposition figure…") brings in a person of
   * their own, whose country the event stage takes from the place or the article; so does a
   * government title after a plain definite article ("le porte-parole du gouvernement"). Another
   * definite one ("Le ministre a parlé", "son chef de la diplomatie") refers back to someone it
   * cannot tell, and is nobody.
   */
  private void loneTitle(TitleMention title, String role, int pass) {
    // "le dirigeant de l'opposition tunisienne", "the leader of the opposition": a title of a body
    // is that body's, which the event stage reads from the complement.
    if (pass != 1 || title.relational() || title.role().type() != EntityType.PERSON
        || OF_COMPLEMENT.matcher(text.substring(title.end())).lookingAt()) {
      return;
    }
    String before = text.substring(Math.max(0, title.start() - 4), title.start());
    String opening = text.substring(title.start(), Math.min(text.length(), title.start() + 4));
    // "le porte-parole du gouvernement", "the interior minister": a government title that names its
    // office in full, after a plain definite article (not "son", not "the bloc's"), is the one holder
    // of that office in the country the article is about ("le ministre" alone refers back).
    if (INDEFINITE_END.matcher(before).find() || INDEFINITE_START.matcher(opening).lookingAt()
        || "GOV".equals(title.role().sector()) && namesOffice(title)
            && (DEFINITE_END.matcher(before).find() || DEFINITE_START.matcher(opening).lookingAt())) {
      Person person = newPerson();
      describe(person, role, null, title);
      attach(person, title);
    }
  }

  private static final java.util.regex.Pattern OF_COMPLEMENT =
      java.util.regex.Pattern.compile("\\s+((de|du|des|of)\\s|d['’])", java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final java.util.regex.Pattern INDEFINITE_START =
      java.util.regex.Pattern.compile("(un|une|a|an)\\s", java.util.regex.Pattern.CASE_INSENSITIVE);
  /** Whether a title names its office in full ("le porte-parole du gouvernement"), not one word ("le ministre"). */
  private boolean namesOffice(TitleMention title) {
    String words = text.substring(title.start(), title.end()).strip();
    java.util.regex.Matcher article = DEFINITE_START.matcher(words);
    if (article.lookingAt()) {
      words = words.substring(article.end()).strip();
    }
    return words.contains(" ");
  }

  private static final java.util.regex.Pattern DEFINITE_START =
      java.util.regex.Pattern.compile("(le|la|the)\\s|l['’]", java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final java.util.regex.Pattern DEFINITE_END =
      java.util.regex.Pattern.compile("(^|\\s)(le|la|l['’]|the)\\s*$", java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final java.util.regex.Pattern INDEFINITE_END =
      java.util.regex.Pattern.compile("(^|\\s)(un|une|a|an)\\s+$", java.util.regex.Pattern.CASE_INSENSITIVE);

  // ------------------------------------------------------------------ dictionary

  private void dictionary(LocalDate published) {
    PersonDictionary dictionary = PersonDictionary.get();
    for (Person person : people) {
      for (NameMention name : person.names) {
        PersonDictionary.Person known = dictionary.lookup(surface(name));
        if (known != null) {
          person.known = known;
          break;
        }
      }
      if (person.known == null) {
        continue;
      }
      String code = person.known.codeOn(published);
      if (otherPortfolio(person, code)) {
        // "Le ministre de l'Intérieur, Ibrahima Ndiaye" is not the namesake the dictionary knows as a
        // labour minister (MLIGOVLAB) in another country: the article's own title wins.
        person.known = null;
        continue;
      }
      if (code != null && code.length() >= 3) {
        String prefix = code.substring(0, 3);
        boolean international = lexicon.countryNames.get(prefix) == null;
        if (international) {
          if (person.actor == null) {
            person.actor = code.length() >= 6 ? code.substring(0, 6) : code;
          }
        } else {
          if (person.country == null) {
            person.country = prefix;
          }
          if (person.sector == null && code.length() >= 6) {
            person.sector = code.substring(3, 6);
          }
        }
      }
      if (person.role == null) {
        person.role = person.known.role();
      }
    }
  }

  /**
   * Whether the article's titles give the person a portfolio (a subsector: interior, defence,
   * justice…) that the dictionary's code contradicts: the dictionary then names someone else.
   */
  private static boolean otherPortfolio(Person person, String code) {
    if (code == null || code.length() < 9) {
      return false;
    }
    String known = code.substring(6, 9);
    List<String> stated = person.mentions.stream()
        .filter(m -> m instanceof TitleMention t && !t.relational() && t.role() != null && t.role().subsector() != null)
        .map(m -> ((TitleMention) m).role().subsector()).toList();
    return !stated.isEmpty() && !stated.contains(known);
  }

  private String surface(Spanned span) {
    return text.substring(span.start(), span.end());
  }

  /**
   * Two roles agree when equal, or when one is a single word of the other: a "minister" may be the
   * "minister of foreign affairs".
   */
  static boolean rolesAgree(String a, String b) {
    if (a.equalsIgnoreCase(b)) {
      return true;
    }
    String shorter = a.length() < b.length() ? a : b;
    String longer = a.length() < b.length() ? b : a;
    return !shorter.contains(" ") && List.of(longer.toLowerCase(Locale.ROOT).split(" ")).contains(shorter.toLowerCase(Locale.ROOT));
  }
}
