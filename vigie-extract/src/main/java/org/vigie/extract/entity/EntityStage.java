package org.vigie.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.extract.entity.Candidates.CountryMention;
import org.vigie.extract.entity.Candidates.NameMention;
import org.vigie.extract.entity.Candidates.OrgMention;
import org.vigie.extract.entity.Candidates.PlaceMention;
import org.vigie.extract.entity.Candidates.Spanned;
import org.vigie.extract.entity.Candidates.TitleMention;
import org.vigie.model.Document;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.MentionKind;

/**
 * Entities and actors: finds the mentions of a parsed document ({@link MentionFinder}), groups them
 * into entities — one per country, place and organisation, people through {@link PersonClusters} —
 * and gives each its canonical name, country, sector and CAMEO-style actor code.
 *
 * <p>Requires sentences and tokens with NER labels; provides {@link Document#entities()}.
 */
public final class EntityStage {
  private final ActorDictionary actors;
  private final AgentDictionary agents;

  public EntityStage() {
    this(null);
  }

  /** With a user's actor dictionary (may be null), whose names win over Vigie's gazetteers. */
  public EntityStage(ActorDictionary actors) {
    this(actors, null);
  }

  /** With a user's actor and agents dictionaries (either may be null), whose entries win over Vigie's own. */
  public EntityStage(ActorDictionary actors, AgentDictionary agents) {
    this.actors = actors;
    this.agents = agents;
  }

  /** Adds entities to {@code document}; a document in a language without resources is returned as is. */
  public Document apply(Document document) {
    if (document.language() == null || !Lexicon.supported().contains(document.language())) {
      return document;
    }
    Lexicon lexicon = Lexicon.forLanguage(document.language());
    MentionFinder.Found found = MentionFinder.find(lexicon,
        actors == null ? null : actors.on(document.published()), agents, document.text(), document.sentences());
    Builder builder = new Builder(document.text(), lexicon, datelineEnd(document));

    for (CountryMention c : found.countries()) {
      builder.entity("country:" + c.country().iso3(), c.country().name(), EntityType.COUNTRY,
          c.country().iso3(), null, c.country().iso3(), null)
          .add(c, c.generic() ? MentionKind.TITLE : MentionKind.GAZETTEER, c.country().demonym() ? "DEMONYM" : "COUNTRY");
    }
    for (PlaceMention p : found.places()) {
      builder.entity("place:" + p.place().name(), p.place().name(), EntityType.PLACE, p.place().iso3(), null,
              lexicon.seats.get(p.place().name()), null)
          .add(p, MentionKind.GAZETTEER, p.place().kind().toUpperCase(Locale.ROOT));
    }
    for (OrgMention o : found.orgs()) {
      String actor = o.org().actor();
      builder.entity("org:" + o.org().name(), o.org().name(), o.org().type(), o.org().iso3(), o.org().sector(), actor, null)
          .add(o, MentionKind.GAZETTEER, o.org().media() ? "MEDIA" : "ORGANIZATION");
    }
    for (TitleMention t : found.titles()) {
      if (t.relational()) {
        counterpartBody(builder, lexicon, t, found.titles());
        continue;
      }
      // People, and plural titles of several countries ("les présidents iranien et russe"), whose
      // members are the people named beside them, are not bodies.
      if (t.relational() || t.role().type() == EntityType.PERSON) {
        continue;
      }
      if (t.countries().size() > 1) {
        if (t.role().type() == EntityType.GROUP
            && !PersonClusters.namesItsMembers(document.text(), lexicon, t, found.names())) {
          groupsPerCountry(builder, lexicon, t, found.countries());
        }
        continue;
      }
      // A body or a group of a country: "le ministère de la Santé de Gaza", "l'armée israélienne".
      String country = t.country() != null ? t.country() : earlierForce(t, found.titles(), document.text());
      String where = t.place() != null ? placeName(t, document.text())
          : country == null ? null : lexicon.demonymEn(country);
      String name = where == null ? capitalise(t.role().role()) : where + " " + titleCase(t.role().role());
      String actor = country == null ? (t.org() != null ? t.org().actor() : null)
          : country + nullToEmpty(t.role().sector()) + nullToEmpty(t.role().subsector());
      String sector = t.role().sector();
      builder.entity("role:" + name, name, t.role().type(), country, sector, actor, t.role().role())
          .add(t, MentionKind.TITLE, t.role().type().name());
    }
    for (NameMention n : found.names()) {
      if (n.label().equals("PERSON")) {
        continue;
      }
      String surface = document.text().substring(n.start(), n.end());
      EntityType type = n.label().equals("LOCATION") ? EntityType.PLACE : EntityType.ORGANIZATION;
      // "la centrale nucléaire de Zaporijjia": a place named after a known place lies in its country.
      String country = type != EntityType.PLACE ? null : found.places().stream()
          .filter(p -> n.start() <= p.start() && p.end() <= n.end() && p.place().iso3() != null)
          .map(p -> p.place().iso3()).findFirst().orElse(null);
      builder.entity("name:" + type + ":" + surface.toLowerCase(Locale.ROOT), surface, type, country, null, null, null)
          .add(n, MentionKind.NAME, n.label());
    }
    for (PersonClusters.Person person : PersonClusters.resolve(document.text(), lexicon, found.names(),
        found.titles(), document.published())) {
      builder.person(person);
    }
    return document.withEntities(builder.build(document));
  }

  private static final java.util.regex.Pattern DEFINITE =
      java.util.regex.Pattern.compile("(?i)(the|le|la|l['’]) ?\\p{L}");

  /**
   * "the Israeli military said … The military denied targeting the hospital": armed forces named
   * without a country are those of the latest forces of the same role named with one before them
   * (one organisation named with a definite article: "the two armies" are both of them).
   */
  private static String earlierForce(TitleMention t, List<TitleMention> titles, String text) {
    if (!"MIL".equals(t.role().sector()) || t.role().type() != EntityType.ORGANIZATION || t.place() != null
        || t.org() != null || !DEFINITE.matcher(text.substring(t.start(), t.end())).lookingAt()) {
      return null;
    }
    TitleMention latest = null;
    for (TitleMention other : titles) {
      if (other.start() < t.start() && other.countries().size() == 1 && !other.relational()
          && other.role().role().equals(t.role().role()) && (latest == null || other.start() > latest.start())) {
        latest = other;
      }
    }
    return latest == null ? null : latest.country();
  }

  /**
   * Counterparts of a body or group: "les services de renseignement britanniques … leurs homologues
   * ukrainiens" are Ukraine's intelligence services, the role of the latest body or group titled
   * before them in the sentence, with the counterparts' own country. (Counterparts of people are
   * people: {@link PersonClusters}.)
   */
  private static void counterpartBody(Builder builder, Lexicon lexicon, TitleMention counterpart, List<TitleMention> titles) {
    String country = counterpart.country();
    if (country == null || counterpart.countries().size() > 1) {
      return;
    }
    TitleMention anchor = null;
    for (TitleMention t : titles) {
      if (!t.relational() && t.sentence() == counterpart.sentence() && t.end() <= counterpart.start()
          && (anchor == null || t.end() > anchor.end())) {
        anchor = t;
      }
    }
    if (anchor == null || anchor.role().type() == EntityType.PERSON || country.equals(anchor.country())) {
      return;
    }
    String name = lexicon.demonymEn(country) + " " + titleCase(anchor.role().role());
    builder.entity("role:" + name, name, anchor.role().type(), country, anchor.role().sector(),
            country + nullToEmpty(anchor.role().sector()) + nullToEmpty(anchor.role().subsector()), anchor.role().role())
        .add(counterpart, MentionKind.TITLE, anchor.role().type().name());
  }

  /**
   * A group title with coordinated demonyms and no names of its members is one group per country:
   * "les agriculteurs français et belges" is French farmers (the title up to its first demonym) and
   * Belgian farmers (the next demonym); English writes the role after them, "French and Belgian farmers".
   */
  private static void groupsPerCountry(Builder builder, Lexicon lexicon, TitleMention title,
                                       List<CountryMention> countries) {
    List<CountryMention> demonyms = countries.stream()
        .filter(c -> c.country().demonym() && title.start() <= c.start() && c.end() <= title.end())
        .toList();
    if (demonyms.size() != title.countries().size()) {
      return;
    }
    for (int i = 0; i < demonyms.size(); i++) {
      if (!demonyms.get(i).country().iso3().equals(title.countries().get(i))) {
        return;
      }
    }
    boolean english = lexicon.language.equals("en");
    for (int i = 0; i < demonyms.size(); i++) {
      CountryMention demonym = demonyms.get(i);
      String country = demonym.country().iso3();
      String name = lexicon.demonymEn(country) + " " + titleCase(title.role().role());
      String actor = country + nullToEmpty(title.role().sector()) + nullToEmpty(title.role().subsector());
      int start = i == 0 && !english ? Math.min(title.start(), demonym.start()) : demonym.start();
      int end = i == demonyms.size() - 1 && english ? Math.max(title.end(), demonym.end()) : demonym.end();
      builder.entity("role:" + name, name, title.role().type(), country, title.role().sector(), actor, title.role().role())
          .add(new TitleMention(start, end, title.sentence(), title.role(), List.of(country), null, null, false, null),
              MentionKind.TITLE, title.role().type().name());
    }
  }

  /**
   * How a body's place is named in English: as the text writes it when English writes it the same
   * ("ministère de la Santé de Gaza" → "Gaza Ministry of Health"), else the place's English name.
   */
  private static String placeName(TitleMention title, String text) {
    Lexicon english = Lexicon.forLanguage("en");
    for (int at = title.end() - 1; at > title.start(); at--) {
      if (!Character.isLetter(text.charAt(at - 1))) {
        String written = text.substring(at, title.end());
        if (english.places.lookup(written).stream().anyMatch(p -> p.name().equals(title.place().name()))) {
          return written;
        }
      }
    }
    return title.place().name();
  }

  /**
   * Where the dateline and agency tag end ("Téhéran (IP) -" → just before the dash), so that the
   * mentions in it are marked as such; -1 when the reader recognised no dateline.
   */
  private static int datelineEnd(Document document) {
    if (document.dateline() == null) {
      return -1;
    }
    String head = document.text().substring(0, Math.min(200, document.text().length()));
    if (!head.stripLeading().toLowerCase(Locale.ROOT).startsWith(document.dateline().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    java.util.regex.Matcher dash = java.util.regex.Pattern.compile("[\\s\u00a0][-\u2013\u2014][\\s\u00a0]").matcher(head);
    return dash.find() ? dash.start() : -1;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** "ministry of health" → "Ministry of Health". */
  private static String titleCase(String s) {
    StringBuilder out = new StringBuilder();
    for (String word : s.split(" ")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      boolean minor = List.of("of", "and", "the", "for", "de", "du", "des").contains(word);
      out.append(minor ? word : capitalise(word));
    }
    return out.toString();
  }

  /** Collects entities by key while keeping their mentions in text order. */
  private static final class Builder {
    private final String text;
    private final Lexicon lexicon;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final int datelineEnd;

    Builder(String text, Lexicon lexicon, int datelineEnd) {
      this.text = text;
      this.lexicon = lexicon;
      this.datelineEnd = datelineEnd;
    }

    Draft entity(String key, String name, EntityType type, String country, String sector, String actor, String role) {
      return drafts.computeIfAbsent(key, k -> new Draft(name, type, country, sector, actor, role));
    }

    void person(PersonClusters.Person person) {
      String name = canonicalName(person);
      String actor = person.actor != null ? person.actor
          : person.country == null ? null : person.country + nullToEmpty(person.sector);
      Draft draft = new Draft(name, EntityType.PERSON, person.country, person.sector, actor, person.role);
      for (Spanned span : person.mentions) {
        MentionKind kind = span instanceof TitleMention t ? (t.relational() ? MentionKind.RELATIONAL : MentionKind.TITLE)
            : MentionKind.NAME;
        draft.add(span, kind, "PERSON");
      }
      drafts.put("person:" + System.identityHashCode(person), draft);
    }

    /** The dictionary's name, else the longest full name written in the text, else the best title. */
    private String canonicalName(PersonClusters.Person person) {
      if (person.known != null) {
        return person.known.name();
      }
      String best = null;
      for (NameMention name : person.names) {
        String surface = text.substring(name.start(), name.end());
        if (best == null || surface.length() > best.length()) {
          best = surface;
        }
      }
      if (best != null) {
        return best;
      }
      Spanned title = person.mentions.get(0);
      return stripDeterminer(text.substring(title.start(), title.end()));
    }

    private String stripDeterminer(String phrase) {
      String lower = phrase.toLowerCase(Locale.ROOT);
      for (String determiner : lexicon.determiners) {
        String prefix = determiner.endsWith("'") ? determiner : determiner + " ";
        if (lower.startsWith(prefix)) {
          return capitalise(phrase.substring(prefix.length()));
        }
      }
      return phrase;
    }

    List<Entity> build(Document document) {
      List<Draft> ordered = new ArrayList<>(drafts.values());
      ordered.removeIf(d -> d.mentions.isEmpty());
      ordered.sort(Comparator.comparingInt(d -> d.mentions.get(0).start()));
      List<Entity> entities = new ArrayList<>();
      for (Draft draft : ordered) {
        draft.mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        entities.add(new Entity("e" + (entities.size() + 1), draft.name, draft.type, draft.country,
            draft.sector, draft.actor, draft.role, draft.mentions));
      }
      return entities;
    }

    private final class Draft {
      final String name;
      final EntityType type;
      final String country;
      final String sector;
      final String actor;
      final String role;
      final List<Mention> mentions = new ArrayList<>();

      Draft(String name, EntityType type, String country, String sector, String actor, String role) {
        this.name = name;
        this.type = type;
        this.country = country;
        this.sector = sector;
        this.actor = actor;
        this.role = role;
      }

      Draft add(Spanned span, MentionKind kind, String label) {
        if (span.end() <= datelineEnd && kind == MentionKind.GAZETTEER) {
          kind = MentionKind.DATELINE;
        }
        mentions.add(new Mention(text.substring(span.start(), span.end()), span.start(), span.end(),
            span.sentence(), kind, label));
        return this;
      }
    }
  }
}
