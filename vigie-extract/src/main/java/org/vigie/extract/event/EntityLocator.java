package org.vigie.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.vigie.model.ActorRef;
import org.vigie.model.Document;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.Token;

/**
 * Which entity a token of the parse belongs to, through the entity mentions that cover it, and the
 * actor an entity is when it takes part in an event.
 */
final class EntityLocator {
  /** A mention with its entity. */
  /**
   * An entity where an argument names it; {@code country} is the country the argument's own words
   * give a group that has none ("six Hong Kong officials"), or null.
   */
  record Located(Entity entity, Mention mention, String country) {
    Located(Entity entity, Mention mention) {
      this(entity, mention, null);
    }

    Located withCountry(String code) {
      return new Located(entity, mention, code);
    }
  }

  /** Relations under an argument's head that may hold the name when the head itself is no mention. */
  // A demonym or possessor says whose a thing is ("Israeli policy in East Jerusalem" is Israel's);
  // other noun complements come after.
  private static final List<String> INNER = List.of("appos", "flat", "compound", "amod", "nmod:poss", "nmod", "nummod", "dep");

  private final List<Located> mentions = new ArrayList<>();

  EntityLocator(Document document) {
    for (Entity entity : document.entities()) {
      for (Mention mention : entity.mentions()) {
        mentions.add(new Located(entity, mention));
      }
    }
  }

  /**
   * The entity an argument headed by {@code token} refers to: the outermost mention covering the
   * head ("le ministre russe des affaires étrangères" is the minister, not Russia), else a mention
   * in the head's name-bearing dependents ("le président Macron"), or null.
   */
  Located at(SentenceGraph graph, Token token) {
    Located direct = covering(token);
    if (direct != null && !isLabel(graph, direct)) {
      return direct;
    }
    if (direct == null && "PRON".equals(token.pos())
        && PERSON_PRONOUNS.contains(token.text().toLowerCase(java.util.Locale.ROOT))) {
      return lastPersonBefore(token);
    }
    for (String relation : INNER) {
      for (Token child : graph.children(token, relation)) {
        Located inner = covering(child);
        if (inner != null && !isLabel(graph, inner) && !unknownAcronym(graph, child, inner)) {
          return inner;
        }
      }
    }
    return null;
  }

  /**
   * A name in parentheses after a phrase that the dictionaries do not know ("la mission de l'ONU
   * (Unsom)") abbreviates the phrase and says no more than it: the party named in the phrase decides.
   */
  private boolean unknownAcronym(SentenceGraph graph, Token child, Located inner) {
    if (!SentenceGraph.hasRelation(child, "appos") || inner.entity().actor() != null
        || inner.entity().country() != null
        || graph.children(child, "punct").stream().noneMatch(p -> p.text().equals("("))) {
      return false;
    }
    Token phrase = graph.head(child);
    return phrase != null && graph.children(phrase, "nmod").stream().map(this::covering)
        .anyMatch(named -> named != null && named.entity().actor() != null);
  }

  /**
   * The entity an argument headed by {@code token} names within its own phrase: the outermost
   * mention covering the head that lies inside the phrase ("le pays d'Amérique" in
   * "l'opposition du pays d'Amérique", which may be a mention of its own).
   */
  Located within(SentenceGraph graph, Token token) {
    int from = token.start();
    int to = token.end();
    for (Token member : graph.subtree(token)) {
      from = Math.min(from, member.start());
      to = Math.max(to, member.end());
    }
    Located best = null;
    for (Located located : mentions) {
      Mention m = located.mention();
      if (m.start() >= from && m.end() <= to && m.start() <= token.start() && token.end() <= m.end()
          && !isLabel(graph, located)
          && (best == null || m.length() > best.mention().length())) {
        best = located;
      }
    }
    if (best != null) {
      return best;
    }
    for (String relation : INNER) {
      for (Token child : graph.children(token, relation)) {
        Located inner = within(graph, child);
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }

  /**
   * The two latest entities of different countries mentioned before {@code offset} (people, or
   * countries), latest first; empty when there are not two.
   */
  /**
   * The latest group of people (a GROUP entity) named before {@code offset}, in that sentence or the
   * one before: what a plural pronoun ("dozens of them") takes up; null when none.
   */
  Located lastGroupBefore(int offset, int sentence) {
    Located latest = null;
    for (Located located : mentions) {
      if (located.entity().type() == EntityType.GROUP && located.mention().end() <= offset
          && located.mention().sentence() >= sentence - 1
          && (latest == null || located.mention().start() > latest.mention().start())) {
        latest = located;
      }
    }
    return latest;
  }

  List<Located> lastPairBefore(int offset, boolean people) {
    List<Located> before = new ArrayList<>();
    for (Located located : mentions) {
      EntityType type = located.entity().type();
      if (located.mention().end() <= offset && located.entity().country() != null
          && (people ? type == EntityType.PERSON : type == EntityType.COUNTRY)) {
        before.add(located);
      }
    }
    before.sort((a, b) -> b.mention().start() - a.mention().start());
    List<Located> pair = new ArrayList<>();
    for (Located located : before) {
      if (pair.isEmpty() || (!pair.get(0).entity().country().equals(located.entity().country()))) {
        pair.add(located);
      }
      if (pair.size() == 2) {
        return List.of(pair.get(1), pair.get(0));
      }
    }
    return List.of();
  }

  /**
   * All the entities an argument names: itself, or the names in apposition to it with their
   * coordination ("les présidents turc et égyptien, Recep Tayyip Erdogan et Abdel Fattah al-Sissi").
   */
  List<Located> allAt(SentenceGraph graph, Token token) {
    List<Located> result = new ArrayList<>();
    Located direct = covering(token);
    if (direct != null && !isLabel(graph, direct)) {
      result.add(direct);
      addCoordinatedGroups(graph, token, direct, result);
      return result;
    }
    for (String relation : INNER) {
      for (Token child : graph.children(token, relation)) {
        Located inner = covering(child);
        if (inner != null && !isLabel(graph, inner) && !unknownAcronym(graph, child, inner)) {
          result.add(inner);
          addCoordinatedGroups(graph, child, inner, result);
          for (Token conjunct : graph.children(child, "conj")) {
            Located more = covering(conjunct);
            if (more != null && !isLabel(graph, more)
                && result.stream().noneMatch(r -> r.entity().id().equals(more.entity().id()))) {
              result.add(more);
            }
          }
          return result;
        }
      }
    }
    return result;
  }

  /**
   * A dateline ("Téhéran (IP) -") or a label that opens a sentence before a colon or a dash
   * ("APS/Algérie Presse Service: Le ministre…") names where the story comes from, not who acts;
   * the parser often makes it the subject.
   */
  private static boolean isLabel(SentenceGraph graph, Located located) {
    if (located.mention().kind() == org.vigie.model.MentionKind.DATELINE) {
      return true;
    }
    return located.mention().end() <= labelEnd(graph);
  }

  /** Where a sentence's opening label ends: a colon or dash among its first ten tokens, no verb before. */
  static int labelEnd(SentenceGraph graph) {
    List<Token> tokens = graph.tokens();
    for (int i = 0; i < Math.min(10, tokens.size()); i++) {
      Token token = tokens.get(i);
      String pos = token.pos() == null ? "" : token.pos();
      if (pos.equals("VERB") || pos.equals("AUX")) {
        return -1;
      }
      String text = token.text();
      if (i > 0 && (text.equals(":") || text.equals("-") || text.equals("–") || text.equals("—"))) {
        return token.start();
      }
    }
    return -1;
  }

  /**
   * Coordinated demonyms of a group title are as many groups: "les agriculteurs français et belges",
   * "French and Belgian farmers".
   */
  private void addCoordinatedGroups(SentenceGraph graph, Token token, Located titled, List<Located> result) {
    if (titled.entity().role() != null && titled.entity().type() == EntityType.GROUP) {
      // The demonyms are the head's or, in a longer title, its complement's ("les ministres des
      // Affaires étrangères éthiopien et somalien").
      List<Token> demonyms = new ArrayList<>(graph.children(token, "amod"));
      for (Token inside : graph.tokens()) {
        if (titled.mention().start() <= inside.start() && inside.end() <= titled.mention().end()) {
          demonyms.add(inside);
        }
      }
      for (Token demonym : demonyms) {
        List<Token> all = new ArrayList<>(List.of(demonym));
        all.addAll(graph.children(demonym, "conj"));
        for (Token each : all) {
          Located group = coveringWithRole(each, titled.entity().role());
          if (group != null && result.stream().noneMatch(r -> r.entity().id().equals(group.entity().id()))) {
            result.add(group);
          }
        }
      }
      // In the text's order, as a coordination of names gives them: "the Chinese and Brazilian presidents".
      result.sort((a, b) -> a.mention().start() - b.mention().start());
    }
  }

  /** The outermost mention of an entity with that role that covers the token's characters. */
  private Located coveringWithRole(Token token, String role) {
    Located best = null;
    for (Located located : mentions) {
      Mention m = located.mention();
      if (m.start() <= token.start() && token.end() <= m.end() && role.equals(located.entity().role())
          && (best == null || m.length() > best.mention().length())) {
        best = located;
      }
    }
    return best;
  }

  /** Pronouns of one person: "selon lui", "a-t-il précisé", "he said". */
  private static final java.util.Set<String> PERSON_PRONOUNS = java.util.Set.of("il", "elle", "lui", "-il", "-elle",
      "he", "she", "him");

  /** How far back, in characters, a pronoun looks for the person it stands for. */
  private static final int PRONOUN_REACH = 400;

  /**
   * "Selon lui, entre 10 et 15 soldats ont été tués": the person a pronoun stands for is the person
   * named last before it, within a couple of sentences; none when no person is that near.
   */
  private Located lastPersonBefore(Token pronoun) {
    Located best = null;
    for (Located located : mentions) {
      Mention m = located.mention();
      if (located.entity().type() == EntityType.PERSON && m.end() <= pronoun.start()
          && pronoun.start() - m.end() <= PRONOUN_REACH && (best == null || m.end() > best.mention().end())) {
        best = located;
      }
    }
    return best;
  }

  /** The outermost mention that covers the token's characters. */
  Located covering(Token token) {
    Located best = null;
    for (Located located : mentions) {
      Mention m = located.mention();
      if (m.start() <= token.start() && token.end() <= m.end()
          && (best == null || m.length() > best.mention().length())) {
        best = located;
      }
    }
    return best;
  }

  /**
   * The actor an entity is in an event. People and bodies carry their code; a country is its bare
   * ISO code; a capital acting ("Moscou a déclaré") is its government, or the organisation seated
   * there ("Bruxelles", lang/common/seats.tsv), any other place the country it lies in.
   */
  static ActorRef actor(Entity entity, boolean acting) {
    // A place's own code is the organisation seated there, which it stands for only when it acts
    // ("Bruxelles a menacé Budapest"; "une attaque à Bruxelles" is Belgium).
    String code = entity.type() == EntityType.PLACE && !acting ? null : entity.actor();
    if (code == null && entity.country() != null) {
      boolean capital = entity.type() == EntityType.PLACE && acting;
      code = entity.country() + (entity.sector() != null ? entity.sector() : capital ? "GOV" : "");
    }
    return new ActorRef(entity.id(), entity.name(), code);
  }
}
