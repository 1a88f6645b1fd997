package org.vigie.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.vigie.extract.event.EntityLocator.Located;
import org.vigie.extract.event.FactLexicon.Entry;
import org.vigie.extract.number.NumberReader;
import org.vigie.extract.number.Quantity;
import org.vigie.model.ActorRef;
import org.vigie.model.Document;
import org.vigie.model.Evidence;
import org.vigie.model.Fact;
import org.vigie.model.Location;
import org.vigie.model.Period;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/**
 * Facts (issue #5, item 4): counts of killed, wounded, missing, displaced, arrested, detained and
 * hostages. Each number the {@link NumberReader} finds in a parsed sentence is a fact when the parse
 * ties it to a word of {@code lang/<language>/facts.tsv}: the noun it counts ("145 blessés"), the
 * verb it is the object or passive subject of ("killed 32 people", "30 personnes ont été tuées"),
 * the state said of what it counts ("are still missing"), a count noun ("le nombre de martyrs a
 * atteint…") or a verb that reports it ("a recensé 26 morts"). Who reports the count comes from the
 * reported speech around it ({@link Reporting}, as for events) or from the subject of a verb that
 * reports it; a count restated with the same value is one fact with several evidence spans; two
 * sources with different counts are two facts. Lives beside the event stage because it reads the
 * parse with the same package-private helpers (SentenceGraph, EntityLocator, ParseRepairs).
 *
 * <p>A cumulative count gets the period it covers ("depuis le 8 octobre", "au cours des 66 jours")
 * and {@code reported_on} the day its report is dated ("a annoncé lundi"), else the publication
 * date ({@link FactTime}).
 *
 * <p>Requires sentences with a dependency parse and the entities; provides {@link Document#facts()}.
 */
public final class FactStage {
  /** Relations by which a number modifies the noun it counts. */
  private static final Set<String> NUMBER_OF = Set.of("nummod", "det", "amod", "compound", "nmod:num");
  /** Prepositions of the noun a vague or bare number counts: "des dizaines de manifestants", "13 of his supporters". */
  private static final Set<String> OF = Set.of("de", "d'", "des", "du", "of");
  /** Prepositions of a part of a count: "including 14 children", "dont 3 enfants". */
  private static final Set<String> PART = Set.of("including", "dont", "notamment", "among", "parmi");
  /** Prepositions that introduce the count a verb or count noun reaches: "s'élève à", "rose to", "put … at". */
  /** Prepositions of a group a count is part of: "parmi les victimes", "among the dead". */
  private static final Set<String> AMONG = Set.of("parmi", "among");

  private final Map<String, Lemmas> lemmas = new ConcurrentHashMap<>();

  /** What the parse says a number counts: its kind and the word that says so. */
  private record Reading(String kind, Token predicate) {
  }

  /** A fact while the document is read: a restated count adds evidence. */
  private static final class Draft {
    final String kind;
    final Quantity quantity;
    ActorRef reportedBy;
    final Location location;
    final Period period;
    final ActorRef perpetrator;
    final LocalDate reportedOn;
    final List<Evidence> evidence = new ArrayList<>();
    final double confidence;

    Draft(String kind, Quantity quantity, ActorRef reportedBy, Location location, Period period,
          ActorRef perpetrator, LocalDate reportedOn, Evidence first, double confidence) {
      this.kind = kind;
      this.quantity = quantity;
      this.reportedBy = reportedBy;
      this.location = location;
      this.period = period;
      this.perpetrator = perpetrator;
      this.reportedOn = reportedOn;
      this.evidence.add(first);
      this.confidence = confidence;
    }

    /** The same count again: same kind and value, and no other source. */
    boolean restates(String otherKind, Quantity other, ActorRef otherReporter) {
      return kind.equals(otherKind) && Objects.equals(quantity.longValue(), other.longValue())
          && (reportedBy == null || otherReporter == null || Objects.equals(reportedBy.actor(), otherReporter.actor())
              && Objects.equals(reportedBy.entity(), otherReporter.entity()));
    }
  }

  /** Adds the facts to {@code document}; a document in a language without a facts lexicon is returned as is. */
  public Document apply(Document document) {
    String language = document.language();
    if (language == null || !FactLexicon.exists(language)) {
      return document;
    }
    NumberReader reader;
    try {
      reader = NumberReader.forLanguage(language);
    } catch (IllegalArgumentException e) {
      return document;
    }
    FactLexicon lexicon = FactLexicon.forLanguage(language);
    EntityLocator locator = new EntityLocator(document);
    Lemmas lemmatizer = lemmas.computeIfAbsent(language, l -> l.equals("fr")
        ? Lemmas.french(FrenchVerbTable.of(lexicon.verbs())) : Lemmas.english());
    String mainCountry = EventStage.mainCountry(document);
    List<Draft> drafts = new ArrayList<>();
    for (Sentence sentence : document.sentences()) {
      if (!sentence.parsed() || sentence.tokens().isEmpty()) {
        continue;
      }
      SentenceGraph graph = new SentenceGraph(ParseRepairs.repair(sentence));
      Reader sentenceReader = new Reader(lexicon, lemmatizer, graph);
      String text = document.text().substring(sentence.start(), sentence.end());
      FactTime times = new FactTime(language, graph, text, sentence.start());
      LocalDate reportedOn = times.reportedOn(document.published(), sentenceReader::reports);
      Draft previous = null;
      for (Quantity found : reader.read(text)) {
        Quantity quantity = shifted(found, sentence.start());
        Long value = quantity.longValue();
        if (quantity.kind() != Quantity.Kind.COUNT || value == null || value <= 0) {
          continue;
        }
        List<Token> span = new ArrayList<>();
        for (Token token : graph.tokens()) {
          if (token.start() < quantity.end() && token.end() > quantity.start()) {
            span.add(token);
          }
        }
        Token head = spanHead(graph, span);
        if (head == null) {
          continue;
        }
        Token phrase = phraseOf(graph, head, span);
        Token counted = counted(graph, phrase, span);
        boolean bare = span.contains(phrase) && counted == phrase;
        Reading reading = sentenceReader.read(phrase, counted, bare, 0);
        Located reporter = Reporting.reporterAbove(locator, graph, phrase, sentenceReader::reports);
        if (reporter == null) {
          reporter = nearestReportingPhrase(locator, graph, phrase, span);
        }
        if (reporter == null) {
          reporter = Reporting.closingReporter(locator, graph, span.get(span.size() - 1).index());
        }
        String domestic = EventStage.domesticCountry(locator, graph, List.of(), List.of());
        ActorRef reportedBy = reporter == null ? null : Reporting.actor(graph, reporter,
            reporter.country() != null ? reporter.country() : domestic != null ? domestic : mainCountry);
        boolean elliptic = false;
        if (reading == null || reading.kind().isEmpty()) {
          // "Au moins 45 personnes ont été interpellées, selon la police, plus de 200 selon les
          // organisateurs": a count of no kind of its own, with a source of its own, after a fact of the
          // sentence, is a competing count of that fact.
          if (previous == null || reportedBy == null || sameSource(previous.reportedBy, reportedBy)
              || !bare && !sentenceReader.generic(counted)) {
            continue;
          }
          reading = new Reading(previous.kind, reading == null ? phrase : reading.predicate());
          elliptic = true;
        }
        Token predicate = reading.predicate();
        Token verb = graph.head(phrase);
        if (EventStage.negated(graph, predicate) || verb != null && EventStage.negated(graph, verb)
            || EventStage.hypothetical(graph, predicate) || verb != null && EventStage.hypothetical(graph, verb)) {
          continue;
        }
        Location location = locationOf(locator, graph, predicate, phrase);
        List<Token> anchors = new ArrayList<>(List.of(predicate, phrase));
        if (verb != null) {
          anchors.add(verb);
        }
        Period period = times.period(anchors, reportedOn);
        ActorRef perpetrator = perpetrator(locator, graph, predicate, phrase, domestic, mainCountry);
        if (perpetrator == null) {
          perpetrator = attacker(locator, graph, sentenceReader, predicate, verb, domestic, mainCountry);
        }
        Evidence evidence = evidence(document, sentence, quantity, predicate);
        double confidence = elliptic ? 0.5 : reportedBy == null ? 0.6 : 0.8;
        Draft draft = null;
        for (Draft existing : drafts) {
          if (existing.restates(reading.kind(), quantity, reportedBy)) {
            draft = existing;
            break;
          }
        }
        if (draft == null) {
          draft = new Draft(reading.kind(), quantity, reportedBy, location, period, perpetrator, reportedOn, evidence,
              confidence);
          drafts.add(draft);
        } else {
          Evidence more = evidence;
          if (draft.evidence.stream().noneMatch(e -> e.start() == more.start() && e.end() == more.end())) {
            draft.evidence.add(more);
          }
          if (draft.reportedBy == null) {
            draft.reportedBy = reportedBy;
          }
        }
        previous = draft;
      }
    }
    List<Fact> facts = new ArrayList<>();
    for (Draft draft : drafts) {
      Quantity q = draft.quantity;
      facts.add(new Fact("f" + (facts.size() + 1), draft.kind, q.longValue(), q.approximate(), q.longMin(),
          q.longMax(), draft.location, draft.period, draft.perpetrator, draft.reportedBy, draft.reportedOn,
          draft.evidence, draft.confidence));
    }
    return document.withFacts(facts);
  }

  private static boolean sameSource(ActorRef a, ActorRef b) {
    return a != null && b != null && Objects.equals(a.entity(), b.entity()) && Objects.equals(a.actor(), b.actor());
  }

  private static Quantity shifted(Quantity q, int offset) {
    return new Quantity(q.start() + offset, q.end() + offset, q.text(), q.value(), q.approximate(), q.min(), q.max(),
        q.kind());
  }

  /**
   * The token of a number's span that heads it in the parse: one whose head lies outside the span,
   * a numeral first ("au moins 30" → 30), then a noun ("des dizaines"), else the last such token.
   */
  private static Token spanHead(SentenceGraph graph, List<Token> span) {
    Token best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Token token : span) {
      Token head = graph.head(token);
      if (head != null && span.contains(head)) {
        continue;
      }
      int rank = "NUM".equals(token.pos()) ? 0 : "NOUN".equals(token.pos()) || "PRON".equals(token.pos()) ? 1 : 2;
      if (rank <= bestRank) {
        best = token;
        bestRank = rank;
      }
    }
    return best;
  }

  /** The phrase the number stands in: the noun it modifies ("30 personnes"), else the number itself. */
  private static Token phraseOf(SentenceGraph graph, Token head, List<Token> span) {
    Token governor = graph.head(head);
    if (governor == null || span.contains(governor)) {
      return head;
    }
    for (String relation : NUMBER_OF) {
      if (SentenceGraph.hasRelation(head, relation)) {
        return governor;
      }
    }
    // "Douze soldats", "Entre 10 et 15 soldats" parsed as a noun complement of the noun after them
    if (SentenceGraph.hasRelation(head, "nmod") && governor.index() > head.index()
        && ("NUM".equals(head.pos()) || !graph.children(head, "case").isEmpty() || head.index() == 0)
        && ("NOUN".equals(governor.pos()) || "PROPN".equals(governor.pos()))) {
      return governor;
    }
    return head;
  }

  /** What the phrase counts: its noun, or the "de"/"of" complement of a number that heads it. */
  private static Token counted(SentenceGraph graph, Token phrase, List<Token> span) {
    if (!span.contains(phrase)) {
      return phrase;
    }
    for (Token complement : graph.children(phrase, "nmod")) {
      if (complement.index() > phrase.index() && !EventStage.withCase(graph, List.of(complement), OF).isEmpty()) {
        return complement;
      }
    }
    return phrase;
  }

  /** The rules that read what a number counts in one parsed sentence. */
  private static final class Reader {
    private final FactLexicon lexicon;
    private final Lemmas lemmatizer;
    private final SentenceGraph graph;

    Reader(FactLexicon lexicon, Lemmas lemmatizer, SentenceGraph graph) {
      this.lexicon = lexicon;
      this.lemmatizer = lemmatizer;
      this.graph = graph;
    }

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
      // "le nombre de martyrs a atteint 18 205", "the death toll rose to 300", "a évalué à une vingtaine le nombre de morts"
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

  /**
   * A "selon X" / "according to X" phrase of the sentence that no clause above the count holds: the
   * nearest one after the count, else one that opens the sentence.
   */
  private static Located nearestReportingPhrase(EntityLocator locator, SentenceGraph graph, Token phrase,
                                                List<Token> span) {
    int at = span.isEmpty() ? phrase.index() : span.get(span.size() - 1).index();
    Located before = null;
    Located after = null;
    int afterIndex = Integer.MAX_VALUE;
    for (Token token : Reporting.reportingPhrases(graph, graph.tokens())) {
      Located located = locator.at(graph, token);
      if (located == null) {
        continue;
      }
      if (token.index() > at && token.index() < afterIndex) {
        after = located;
        afterIndex = token.index();
      } else if (token.index() < at && before == null) {
        before = located;
      }
    }
    if (after != null) {
      for (Token token : graph.tokens()) {
        if (token.index() > at && token.index() < afterIndex && "NUM".equals(token.pos())) {
          return null; // another count lies between: the phrase is that count's
        }
      }
      return after;
    }
    return before;
  }

  /** Where the count happened, as for events: a place on its word, else on the phrase's clause. */
  private static Location locationOf(EntityLocator locator, SentenceGraph graph, Token predicate, Token phrase) {
    Location location = EventStage.location(locator, graph, predicate, null, null);
    if (location == null && phrase != predicate) {
      location = EventStage.location(locator, graph, phrase, null, null);
    }
    Token verb = graph.head(phrase);
    if (location == null && verb != null && verb != predicate) {
      location = EventStage.location(locator, graph, verb, null, null);
    }
    return location;
  }

  /** Who caused the count: the subject of an active verb, or the agent of a passive one ("par le M23", "by police"). */
  private static ActorRef perpetrator(EntityLocator locator, SentenceGraph graph, Token predicate, Token phrase,
                                      String domestic, String mainCountry) {
    if (!"VERB".equals(predicate.pos())) {
      return null;
    }
    boolean passive = !graph.children(predicate, "aux:pass").isEmpty()
        || !graph.children(predicate, "nsubj:pass").isEmpty();
    List<Token> candidates = new ArrayList<>();
    if (passive) {
      candidates.addAll(graph.children(predicate, "obl:agent"));
      candidates.addAll(EventStage.withCase(graph, graph.children(predicate, "obl"), Set.of("par", "by")));
    } else {
      for (Token subject : graph.children(predicate, "nsubj")) {
        if (subject != phrase) {
          candidates.add(subject);
        }
      }
    }
    for (Token candidate : candidates) {
      Located party = locator.at(graph, candidate);
      if (party != null) {
        String country = party.country() != null ? party.country() : domestic != null ? domestic : mainCountry;
        return EventStage.withCountry(EntityLocator.actor(party.entity(), true), party.entity(), country);
      }
    }
    return null;
  }

  /**
   * The author of an attack named in the count's clause: "tuées dans des frappes israéliennes",
   * "au cours des 66 jours d'agression du régime israélien", "killed in Russian shelling".
   */
  private static ActorRef attacker(EntityLocator locator, SentenceGraph graph, Reader reader, Token predicate,
                                   Token verb, String domestic, String mainCountry) {
    List<Token> phrases = new ArrayList<>();
    for (Token anchor : verb == null ? List.of(predicate) : List.of(predicate, verb)) {
      for (Token child : graph.children(anchor)) {
        if (SentenceGraph.hasRelation(child, "obl") || SentenceGraph.hasRelation(child, "nmod")
            || SentenceGraph.hasRelation(child, "nsubj")) {
          phrases.addAll(graph.subtree(child));
        }
      }
    }
    for (Token noun : phrases) {
      if (reader.entry("attack", noun) == null) {
        continue;
      }
      Located party = locator.at(graph, noun);
      // "d'agression du régime israélien" with "du régime" hung on an earlier noun: the party named
      // right after the attack noun
      for (int i = noun.index() + 1; party == null && i < graph.tokens().size() && i <= noun.index() + 4; i++) {
        party = locator.covering(graph.tokens().get(i));
      }
      if (party != null && party.entity().type() != org.vigie.model.EntityType.PLACE) {
        String country = party.country() != null ? party.country() : domestic != null ? domestic : mainCountry;
        return EventStage.withCountry(EntityLocator.actor(party.entity(), true), party.entity(), country);
      }
    }
    return null;
  }

  /** The words of the count and of the word that gives its kind. */
  private static Evidence evidence(Document document, Sentence sentence, Quantity quantity, Token predicate) {
    int start = Math.min(quantity.start(), predicate.start());
    int end = Math.max(quantity.end(), predicate.end());
    if (end - start > 300) {
      start = quantity.start();
      end = quantity.end();
    }
    start = Math.max(start, sentence.start());
    end = Math.min(end, Math.min(sentence.end(), document.text().length()));
    return new Evidence(document.text().substring(start, end), start, end, sentence.index());
  }

}
