package org.vigie.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.extract.event.EntityLocator.Located;
import org.vigie.model.ActorRef;
import org.vigie.model.Token;

/**
 * Reported speech: who the article says states something ("X a annoncé que…", "selon X",
 * "according to X", "…, X said"). Shared by the event stage ({@code reported_by} of an event) and the
 * fact stage ({@code reported_by} of a count).
 */
final class Reporting {
  private Reporting() {
  }

  /**
   * Who the article says reports the act: the subject of a verb of saying whose clausal complement
   * holds it ("X a annoncé que Y…"), or the party of "selon X", "d'après X", "according to X".
   */
  static Located reporter(EntityLocator locator, SentenceGraph graph, Token token) {
    for (Token oblique : reportingPhrases(graph, graph.children(token, "obl"))) {
      Located located = locator.at(graph, oblique);
      if (located != null) {
        return located;
      }
    }
    Token tail = reportingTail(graph, token);
    if (tail != null && locator.at(graph, tail) != null) {
      return locator.at(graph, tail);
    }
    // "…n'a pas ouvert le feu sur les manifestants, a assuré le porte-parole du gouvernement": a verb
    // of saying set after the clause it reports, its subject inverted (often read as its object).
    Token clause = EventStage.clauseOf(graph, token);
    for (Token said : graph.children(clause == null ? token : clause, "parataxis")) {
      String word = said.lemma() != null ? said.lemma() : said.text().toLowerCase(Locale.ROOT);
      if (said.index() < token.index() || !SPEECH_HINT.matcher(word).find()) {
        continue;
      }
      List<Token> speakers = graph.children(said, "nsubj");
      for (Token speaker : speakers.isEmpty() ? graph.children(said, "obj") : speakers) {
        Located located = locator.at(graph, speaker);
        if (located != null) {
          return located;
        }
      }
    }
    Token head = graph.head(token);
    if (head != null && (SentenceGraph.hasRelation(token, "ccomp") || SentenceGraph.hasRelation(token, "parataxis"))) {
      String lemma = head.lemma() != null ? head.lemma() : head.text().toLowerCase(Locale.ROOT);
      if (SPEECH_HINT.matcher(lemma).find()) {
        for (Token subject : graph.children(head, "nsubj")) {
          Located located = locator.at(graph, subject);
          if (located != null) {
            return located;
          }
        }
      }
    }
    return null;
  }

  /** Verbs of saying, by their stems in both languages, for reported speech. */
  private static final java.util.regex.Pattern SPEECH_HINT = java.util.regex.Pattern.compile(
      "^(say|said|tell|told|announc|declar|state|add|claim|report|confirm|insist|dire|dit|déclar|annon|affirm|indiqu|précis|ajout|assur|estim|expliqu|rapport|confirm|soulign)");

  /** The verb's subject that is the end of its opening "selon X" / "according to X" phrase, or null. */
  static Token reportingTail(SentenceGraph graph, Token verb) {
    for (Token phrase : reportingPhrases(graph, graph.children(verb, "obl"))) {
      for (Token subject : graph.children(verb, "nsubj")) {
        int first = graph.subtree(subject).stream().mapToInt(Token::index).min().orElse(subject.index());
        if (first == phrase.index() + 1 && subject.index() < verb.index()
            && graph.tokens().stream().anyMatch(t -> t.index() == subject.index() + 1 && t.text().equals(","))) {
          return subject;
        }
      }
    }
    return null;
  }

  /** Prepositions that open the reporting party: "selon X", "d'après X", "according to X". */
  static final Set<String> REPORTING = Set.of("selon", "according", "d'après", "après");

  /**
   * The obliques that name a reporting party: "selon X", "according to X", and "d'après X" — which
   * the tokenizer may split — but not a phrase of time opened by a bare "après" ("après la visite
   * d'un émissaire").
   */
  static List<Token> reportingPhrases(SentenceGraph graph, List<Token> obliques) {
    return EventStage.withCase(graph, obliques, REPORTING).stream().filter(phrase -> graph.children(phrase, "case").stream()
        .noneMatch(marker -> marker.text().equalsIgnoreCase("après") && !elidedDe(graph, marker))).toList();
  }

  /** Whether the token before {@code marker} is the elided "d'" of "d'après". */
  private static boolean elidedDe(SentenceGraph graph, Token marker) {
    return graph.tokens().stream().anyMatch(t -> t.index() == marker.index() - 1
        && t.text().toLowerCase(Locale.ROOT).replace('’', '\'').equals("d'"));
  }

  /**
   * The reporting party of a clause, as an actor: the entity's code, a group with a role but no
   * country taking {@code country}, a country named as a party being its government.
   */
  static ActorRef actor(SentenceGraph graph, Located reporter, String country) {
    return EventStage.governmentByName(graph, reporter,
        EventStage.withCountry(EntityLocator.actor(reporter.entity(), true), reporter.entity(), country));
  }

  /**
   * The reporting party of {@code token} or of any clause above it, for a count deep in a sentence
   * ("…shelling that killed four civilians", the army said): {@link #reporter} at each level up to the
   * root, also through an infinitive or adverbial clause under a verb of saying ("a affirmé avoir
   * tué 57 militaires"), a "selon X" phrase under the token itself ("plus de 200 selon les
   * organisateurs"), the subject a coordinated verb of saying shares ("put the toll at five and said
   * dozens were wounded"), and the subject of a verb that {@code reports} the count it governs ("a
   * recensé 26 morts", "fait état de 48 interpellations").
   */
  static Located reporterAbove(EntityLocator locator, SentenceGraph graph, Token token,
                               java.util.function.Predicate<Token> reports) {
    for (Token phrase : reportingPhrases(graph, graph.children(token, "nmod"))) {
      Located located = locator.at(graph, phrase);
      if (located != null) {
        return located;
      }
    }
    Token current = token;
    for (int depth = 0; current != null && depth < 12; depth++) {
      Located located = reporter(locator, graph, current);
      if (located != null) {
        return located;
      }
      Token head = graph.head(current);
      if (head != null && !SentenceGraph.hasRelation(current, "nsubj") && (speech(head) || reports.test(head))) {
        Located subject = subjectOf(locator, graph, head);
        if (subject != null || !graph.children(head, "nsubj").isEmpty()) {
          return subject; // a source the text names but Vigie cannot place ("des sources locales") is no other's
        }
      }
      current = head;
    }
    return null;
  }

  /**
   * The party of a verb of saying that closes the sentence after {@code after}, as wire copy
   * attributes a whole sentence: "…, killing three people, an army spokesman said on Thursday",
   * "…, a annoncé mardi le ministère de la Santé". The verb's subject comes right after a comma
   * (before the verb) or after the verb (French inversion); for a parse that does not put the
   * earlier clauses under the verb.
   */
  static Located closingReporter(EntityLocator locator, SentenceGraph graph, int after) {
    List<Token> tokens = graph.tokens();
    for (Token verb : tokens) {
      if (verb.index() <= after || !speech(verb) || !("VERB".equals(verb.pos()) || "AUX".equals(verb.pos()))) {
        continue;
      }
      for (Token subject : graph.children(verb, "nsubj")) {
        List<Token> words = graph.subtree(subject);
        int first = words.get(0).index();
        boolean inverted = subject.index() > verb.index();
        boolean afterComma = first > 0 && tokens.get(first - 1).text().equals(",") && first > after;
        if (inverted || afterComma) {
          Located located = locator.at(graph, subject);
          if (located != null) {
            return located;
          }
        }
      }
      // A parse that lost the subject ("…, the regional governor, Oleh Kiper, said"): the party named
      // right before the verb, set off by a comma.
      for (int i = verb.index() - 1; i > after; i--) {
        Token word = tokens.get(i);
        if ("PUNCT".equals(word.pos())) {
          continue;
        }
        Located located = locator.covering(word);
        if (located == null) {
          break;
        }
        int start = located.mention().start();
        boolean comma = tokens.stream().anyMatch(t -> t.index() > after && t.end() <= start && t.text().equals(","));
        return comma ? located : null;
      }
    }
    return null;
  }

  /** Whether a verb is a verb of saying. */
  static boolean speech(Token verb) {
    String lemma = verb.lemma() != null ? verb.lemma() : verb.text().toLowerCase(Locale.ROOT);
    return SPEECH_HINT.matcher(lemma).find();
  }

  /**
   * The party of a verb's subject; for a relative pronoun ("qui fait état de…") the noun the clause
   * hangs on; for a coordinated verb without a subject, its first conjunct's.
   */
  static Located subjectOf(EntityLocator locator, SentenceGraph graph, Token verb) {
    Token current = verb;
    for (int depth = 0; current != null && depth < 4; depth++) {
      List<Token> subjects = graph.children(current, "nsubj");
      for (Token subject : subjects) {
        if (RELATIVES.contains(subject.text().toLowerCase(Locale.ROOT)) && SentenceGraph.hasRelation(current, "acl")
            && graph.head(current) != null) {
          return locator.at(graph, graph.head(current));
        }
        Located located = locator.at(graph, subject);
        if (located != null) {
          return located;
        }
      }
      if (!subjects.isEmpty() || !SentenceGraph.hasRelation(current, "conj")) {
        return null;
      }
      current = graph.head(current);
    }
    return null;
  }

  private static final Set<String> RELATIVES = Set.of("qui", "who", "which", "that");
}
