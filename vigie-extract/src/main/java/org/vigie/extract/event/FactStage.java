package org.vigie.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.vigie.extract.event.EntityLocator.Located;
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
 * the state said of what it counts ("are still missing"), a count noun ("le nombre de morts a
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
  /** Prepositions that introduce the count a verb or count noun reaches: "s'élève à", "rose to", "put … at". */

  private final Map<String, Lemmas> lemmas = new ConcurrentHashMap<>();


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
      CountReader sentenceReader = new CountReader(lexicon, lemmatizer, graph);
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
        CountReader.Reading reading = sentenceReader.read(phrase, counted, bare, 0);
        Located reporter = reporterOf(locator, graph, sentenceReader, phrase, span);
        String domestic = EventStage.domesticCountry(locator, graph, List.of(), List.of());
        // "…tirs de roquettes sur Kiryat Shmona, qui ont blessé deux civils selon les secouristes": the
        // services that count the casualties, named without a country, are of the place struck.
        String struck = EventStage.placeCountry(locator, graph, EventStage.VICTIM_PLACES);
        ActorRef reportedBy = reporter == null ? null : Reporting.actor(graph, reporter,
            reporter.country() != null ? reporter.country() : struck != null ? struck
                : domestic != null ? domestic : mainCountry);
        boolean elliptic = false;
        if (reading == null || reading.kind().isEmpty()) {
          // "Au moins 45 personnes ont été interpellées, selon la police, plus de 200 selon les
          // organisateurs": a count of no kind of its own, with a source of its own, after a fact of the
          // sentence, is a competing count of that fact.
          if (previous == null || reportedBy == null || sameSource(previous.reportedBy, reportedBy)
              || !bare && !sentenceReader.generic(counted)) {
            continue;
          }
          reading = new CountReader.Reading(previous.kind, reading == null ? phrase : reading.predicate());
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
      if (complement.index() > phrase.index() && !EventStage.withCase(graph, List.of(complement), CountReader.OF).isEmpty()) {
        return complement;
      }
    }
    return phrase;
  }

  /**
   * Who reports the count: the reported speech around it or a verb that reports it, else the nearest
   * "selon X" phrase of the sentence, else a verb of saying that closes the sentence.
   */
  private static Located reporterOf(EntityLocator locator, SentenceGraph graph, CountReader reader, Token phrase,
                                    List<Token> span) {
    Located reporter = Reporting.reporterAbove(locator, graph, phrase, reader::reports);
    if (reporter == null) {
      reporter = nearestReportingPhrase(locator, graph, phrase, span);
    }
    if (reporter == null) {
      reporter = Reporting.closingReporter(locator, graph, span.get(span.size() - 1).index());
    }
    return reporter;
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
  private static ActorRef attacker(EntityLocator locator, SentenceGraph graph, CountReader reader, Token predicate,
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
