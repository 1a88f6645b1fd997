package org.vigie.extract.event;

import java.util.List;
import java.util.Set;
import org.vigie.extract.event.FactLexicon.Entry;
import org.vigie.model.Token;

/**
 * The rules of the fact stage that read, in one parsed sentence, what a number counts: the kind of
 * its count (killed, wounded…) and the word that says so ({@code docs/facts.md}, "How a number
 * becomes a fact").
 */
final class CountReader {
  /** What the parse says a number counts: its kind (empty for a count noun of no kind) and the word that says so. */
  record Reading(String kind, Token predicate) {
  }

  /** Prepositions of a vague or bare number's noun: "des dizaines de manifestants", "13 of his supporters". */
  static final Set<String> OF = Set.of("de", "d'", "des", "du", "of");
  /** Prepositions of a part of a count: "including 14 children", "dont 3 enfants". */
  private static final Set<String> PART = Set.of("including", "dont", "notamment", "among", "parmi");
  /** Prepositions of a group a count is part of: "parmi les victimes", "among the dead". */
  private static final Set<String> AMONG = Set.of("parmi", "among");

  private final FactLexicon lexicon;
  private final Lemmas lemmatizer;
  private final SentenceGraph graph;

  CountReader(FactLexicon lexicon, Lemmas lemmatizer, SentenceGraph graph) {
    this.lexicon = lexicon;
    this.lemmatizer = lemmatizer;
    this.graph = graph;
  }

  /** The lexicon row of {@code role} that {@code token} is, or null. */
  Entry entry(String role, Token token) {
    if (token == null) {
      return null;
    }
    java.util.Set<String> forms = lemmatizer.of(token);
    if (role.equals("noun") || role.equals("state") || role.equals("people")) {
      // a counted word is a noun whatever its tag: "12 000 déplacés" tagged VERB
      forms = new java.util.LinkedHashSet<>(forms);
      String word = token.text().toLowerCase(java.util.Locale.ROOT);
      forms.addAll(Lemmas.singulars(word));
      for (String singular : List.copyOf(forms)) {
        forms.addAll(Lemmas.masculines(singular));
      }
    }
    return lexicon.find(role, token, forms, graph, lemmatizer);
  }

  /** "10 enfants figurent parmi les victimes": the kind of a casualty noun in a "parmi"/"among" phrase of {@code verb}. */
  Reading among(Token verb) {
    for (Token oblique : graph.children(verb, "obl")) {
      if (!EventStage.withCase(graph, List.of(oblique), AMONG).isEmpty()) {
        Entry noun = entry("noun", oblique);
        if (noun != null) {
          return new Reading(noun.kind(), oblique);
        }
      }
    }
    return null;
  }

  /** Whether {@code token} is a verb that reports the count it governs ("a recensé", "put … at"). */
  boolean reports(Token token) {
    return entry("report", token) != null;
  }

  /** A noun of people or a count noun: what a competing count may count ("200 personnes", "the number"). */
  boolean generic(Token counted) {
    return entry("people", counted) != null || entry("total", counted) != null;
  }

  /**
   * The kind of what {@code phrase} (whose noun is {@code counted}; {@code bare} when the number
   * stands alone) counts, and the word that says so; null when nothing ties it to a kind. An empty kind means a count noun of no kind
   * ("the number").
   */
  Reading read(Token phrase, Token counted, boolean bare, int depth) {
    if (depth > 3 || phrase == null) {
      return null;
    }
    // "145 blessés", "48 interpellations", "14 dead"
    Entry noun = bare ? null : entry("noun", counted);
    if (noun != null) {
      return new Reading(noun.kind(), counted);
    }
    // "une vingtaine le nombre de morts", "the death toll"
    Reading total = total(counted);
    if (total != null && !bare) {
      return total;
    }
    // "d'autres blessés", "people killed", "people who were killed"
    for (Token child : graph.children(counted)) {
      if (SentenceGraph.hasRelation(child, "amod") || SentenceGraph.hasRelation(child, "acl")) {
        Entry state = entry("state", child);
        Entry act = state != null ? state : entry("verb", child);
        if (act == null) {
          act = entry("intransitive", child);
        }
        if (act != null) {
          return new Reading(act.kind(), child);
        }
        Reading among = among(child);
        if (among != null) {
          return among;
        }
      }
    }
    Token verb = graph.head(phrase);
    if (verb == null) {
      return null;
    }
    String relation = phrase.deprel() == null ? "" : phrase.deprel();
    boolean subject = relation.startsWith("nsubj");
    boolean passive = relation.startsWith("nsubj:pass") || !graph.children(verb, "aux:pass").isEmpty();
    // "a arrêté des dizaines de manifestants": a partitive "des" phrase the parser made an oblique is an object
    boolean object = relation.startsWith("obj") || relation.startsWith("obl:arg") || relation.equals("iobj")
        || relation.startsWith("obl") && EventStage.partitive(graph, phrase);
    Entry act = entry("verb", verb);
    Entry peopleAct = entry("people-verb", verb);
    if (peopleAct != null && (bare || entry("people", counted) != null)) {
      act = peopleAct;
    }
    // "30 personnes ont été tuées", "killed 32 people", "a interpellé des dizaines de manifestants"
    if (act != null && (subject && passive || object && !passive)) {
      return new Reading(act.kind(), verb);
    }
    // "detained about 100 people, including medical staff, the ministry said", "have detained dozens of
    // residents accused of…": a parse that made the object of the verb before the subject of a verb of
    // saying or a bare participle after it
    Token before = graph.head(verb);
    boolean bareVerb = graph.children(verb, "aux").isEmpty() && graph.children(verb, "aux:pass").isEmpty()
        && (SentenceGraph.hasRelation(verb, "dep") || SentenceGraph.hasRelation(verb, "acl"));
    if (subject && (Reporting.speech(verb) || bareVerb) && before != null && before.index() < phrase.index()
        && phrase.index() < verb.index() && graph.children(before, "obj").isEmpty()) {
      Entry misread = entry("verb", before);
      if (misread != null && graph.children(before, "aux:pass").isEmpty()) {
        return new Reading(misread.kind(), before);
      }
    }
    // "detained an archbishop and at least 13 of his supporters": a conjunct object the parser hung on the
    // conjunction
    if ((relation.startsWith("dep") || relation.startsWith("conj")) && "CCONJ".equals(verb.pos())
        && graph.head(verb) != null && graph.head(verb).index() < phrase.index()) {
      Entry coordinated = entry("verb", graph.head(verb));
      if (coordinated != null && graph.children(graph.head(verb), "aux:pass").isEmpty()) {
        return new Reading(coordinated.kind(), graph.head(verb));
      }
    }
    // "ont fui", "died", "ont perdu la vie"
    Entry intransitive = entry("intransitive", verb);
    if (intransitive != null && subject && !passive) {
      return new Reading(intransitive.kind(), verb);
    }
    if (subject) {
      // "were still missing", "sont mortes"
      Entry state = entry("state", verb);
      if (state != null) {
        return new Reading(state.kind(), verb);
      }
      // "sont portées disparues", "are believed dead"
      for (Token child : graph.children(verb)) {
        if (SentenceGraph.hasRelation(child, "xcomp") || SentenceGraph.hasRelation(child, "amod")
            || SentenceGraph.hasRelation(child, "obj") && "ADJ".equals(child.pos())) {
          Entry said = entry("state", child);
          if (said != null) {
            return new Reading(said.kind(), child);
          }
        }
      }
      // "10 enfants figurent parmi les victimes"
      Reading among = among(verb);
      if (among != null) {
        return among;
      }
    }
    // "le nombre de morts a atteint 1 240", "the death toll rose to 300", "a évalué à une vingtaine le nombre de morts"
    if (bare && (object || relation.startsWith("obl") || relation.startsWith("xcomp") || relation.startsWith("nmod"))) {
      for (Token other : graph.children(verb)) {
        if (other == phrase || !(SentenceGraph.hasRelation(other, "nsubj") || SentenceGraph.hasRelation(other, "obj")
            || SentenceGraph.hasRelation(other, "obl"))) {
          continue;
        }
        Reading reached = total(other);
        if (reached != null) {
          return reached;
        }
      }
    }
    // "l'arrestation d'une vingtaine de militants", "the deaths of 10 people"
    if (relation.startsWith("nmod")) {
      Entry event = entry("event-noun", verb);
      if (event != null) {
        return new Reading(event.kind(), verb);
      }
    }
    // "including 14 children", "dont 3 enfants": a part of a count is of its kind
    if ((relation.startsWith("nmod") || relation.startsWith("obl") || relation.startsWith("appos"))
        && !EventStage.withCase(graph, List.of(phrase), PART).isEmpty()) {
      return read(verb, verb, false, depth + 1);
    }
    // "killing at least 12 people and wounding 21": a conjunct shares its first conjunct's place
    if (relation.startsWith("conj") && !"VERB".equals(verb.pos())) {
      Token counted2 = countedOf(verb);
      return read(verb, counted2, counted2 == verb && "NUM".equals(verb.pos()), depth + 1);
    }
    return null;
  }

  private Token countedOf(Token phrase) {
    for (Token complement : graph.children(phrase, "nmod")) {
      if (complement.index() > phrase.index() && !EventStage.withCase(graph, List.of(complement), OF).isEmpty()) {
        return complement;
      }
    }
    return phrase;
  }

  /** A count noun's kind: its own ("bilan", "toll"), else its complement's ("le nombre de morts", "death toll"). */
  private Reading total(Token noun) {
    Entry total = entry("total", noun);
    if (total == null) {
      return null;
    }
    for (Token child : graph.children(noun)) {
      if (SentenceGraph.hasRelation(child, "nmod") || SentenceGraph.hasRelation(child, "compound")) {
        Entry of = entry("noun", child);
        if (of == null) {
          of = entry("event-noun", child);
        }
        if (of != null) {
          return new Reading(of.kind(), noun);
        }
      }
    }
    return new Reading(total.kind(), noun);
  }
}
