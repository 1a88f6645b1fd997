package org.vigie.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.vigie.extract.time.Precision;
import org.vigie.extract.time.ResolvedTimex;
import org.vigie.extract.time.Tense;
import org.vigie.extract.time.TenseGuess;
import org.vigie.extract.time.Timex;
import org.vigie.extract.time.TimexReader;
import org.vigie.extract.time.TimexType;
import org.vigie.model.Document;
import org.vigie.model.EventDate;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/**
 * When the events of one article happened, as a news reader works it out:
 *
 * <ol>
 *   <li>the date of the temporal expression that governs the act's clause or a clause above it
 *       ("a frappé <b>lundi</b>", "said <b>on Thursday</b> that drones had struck"), resolved against
 *       the publication date and the tense of the verb it hangs on;
 *   <li>else the reference time of the story: the day the sentences before it established (the
 *       latest day-precise date they gave), as HeidelTime's news mode does — statements made
 *       "au cours de l'entretien" share the call's day;
 *   <li>else the publication date, with precision {@code publication}.
 * </ol>
 *
 * <p>Only calendar dates and times date an event: durations, recurrences and vague references
 * ("récemment", "now") do not. Without a publication date, relative expressions have no value and
 * events are undated.
 */
final class EventDates {
  /** A date as an event takes it, and whether its own clause gave it (rather than the story). */
  record Dated(EventDate date, boolean own) {
  }

  /** A resolved expression placed in its sentence: the tokens it covers and the token it hangs on. */
  private record Placed(ResolvedTimex resolved, Token top, Token attachment) {
  }

  private final Document document;
  private final TimexReader reader;
  private final BiPredicate<SentenceGraph, Token> future;
  private final Map<Integer, List<Placed>> bySentence = new HashMap<>();
  private final Map<Integer, SentenceGraph> graphs = new HashMap<>();
  /** Expressions read that needed a reference date the article does not give. */
  private final List<Timex> unresolved = new ArrayList<>();

  /**
   * @param future whether a verb is in the future ("will meet", "rencontrera"); the clause of an
   *     expression hung on such a verb is read as future, others as the text's cues say
   */
  EventDates(Document document, BiPredicate<SentenceGraph, Token> future) {
    this.document = document;
    this.reader = TimexReader.forLanguage(document.language());
    this.future = future;
  }

  /**
   * A warning when the article has no publication date and some of the expressions read to date
   * its events needed one ("lundi", "hier"): their value, and the events' dates, stay null.
   */
  org.vigie.model.Diagnostic missingReference() {
    if (unresolved.isEmpty() || document.published() != null) {
      return null;
    }
    return org.vigie.model.Diagnostic.of("warn.no-published-date", document.id() + ": no publication date, "
        + unresolved.size() + " relative time expression" + (unresolved.size() == 1 ? "" : "s") + " (such as '"
        + unresolved.get(0).text() + "') left without a value; give one with --published");
  }

  /** Remembers the (repaired) graph the event stage reads a sentence through. */
  void use(SentenceGraph graph) {
    graphs.put(graph.sentence.index(), graph);
  }

  /** The date of the act named at {@code token}. */
  Dated dateOf(SentenceGraph graph, Token token) {
    int sentence = graph.sentence.index();
    List<Placed> placed = placed(sentence);
    // Up from the act to the verb of its clause: "a frappé lundi", "la réunion de mardi".
    Token clause = clauseVerb(graph, token);
    Token node = token;
    for (int depth = 0; node != null && depth < 12; depth++) {
      Placed best = hungOn(placed, node);
      if (best != null) {
        return new Dated(eventDate(best.resolved()), true);
      }
      if (node == clause) {
        break;
      }
      node = graph.head(node);
    }
    // "a exprimé ses regrets concernant le veto américain sur la résolution … lundi soir", "shelled
    // the posts late on Wednesday": an expression the parser hung deeper inside the act's clause,
    // with no verb between, still dates it.
    Placed inside = null;
    for (Placed p : placed) {
      if (dates(p) && p.attachment() != null && within(graph, p.attachment(), clause) && (inside == null || finer(p, inside))) {
        inside = p;
      }
    }
    if (inside != null) {
      return new Dated(eventDate(inside.resolved()), true);
    }
    // Then the clauses above: "said on Thursday that drones had struck".
    for (int depth = 0; node != null && depth < 12; depth++) {
      node = graph.head(node);
      Placed best = node == null ? null : hungOn(placed, node);
      if (best != null) {
        return new Dated(eventDate(best.resolved()), true);
      }
    }
    // The reference time of the story: the day the main clause of an earlier sentence gave.
    Placed main = storyDate(sentence);
    if (main != null) {
      return new Dated(eventDate(main.resolved()), false);
    }
    LocalDate published = document.published();
    return new Dated(published == null ? null : new EventDate(published.toString(), "publication", null), false);
  }

  /** The date the story has reached before sentence {@code index}: the latest main-clause day given. */
  private Placed storyDate(int index) {
    for (int before = index - 1; before >= 0; before--) {
      Placed main = mainDate(before);
      if (main != null) {
        return main;
      }
    }
    return null;
  }

  /** The day the story has reached before sentence {@code index}, else the publication date. */
  private LocalDate storyTime(int index) {
    Placed main = storyDate(index);
    if (main != null) {
      try {
        return LocalDate.parse(main.resolved().dateValue());
      } catch (java.time.format.DateTimeParseException e) {
        // a day-precise value is an ISO date; anything else leaves the publication date
      }
    }
    return document.published();
  }

  /**
   * The day-precise date of a sentence's main clause, or null: "La police a arrêté <b>mardi soir</b>
   * des manifestants", not the date of a relative clause ("…, qui ont dénoncé <b>mercredi</b> une
   * rafle") nor of a dateline ("DAKAR, 12 juin (AFP) -") when the main verb has one of its own.
   */
  private Placed mainDate(int index) {
    SentenceGraph graph = graphs.get(index);
    Placed best = null;
    for (Placed p : placed(index)) {
      if (!dates(p) || !dayPrecise(p.resolved()) || p.resolved().timex().isPeriod() || graph == null
          || !inMainClause(graph, p.attachment()) || planned(graph, p.attachment()) || background(graph, p.attachment())) {
        continue;
      }
      if (best == null || rank(graph, p) > rank(graph, best)) {
        best = p;
      }
    }
    return best;
  }

  /**
   * Whether an expression hangs on an act only planned or promised, an infinitive complement
   * ("se sont engagées à rouvrir d'ici à la fin du mois"): it does not move the story's time.
   */
  private static boolean planned(SentenceGraph graph, Token attachment) {
    Token node = attachment;
    for (int depth = 0; node != null && depth < 3 && !"VERB".equals(node.pos()); depth++) {
      node = graph.head(node);
    }
    // "se sont engagées à rouvrir", "agreed to reopen": an infinitive complement, with no subject.
    return node != null && (SentenceGraph.hasRelation(node, "xcomp") || !hasSubject(graph, node)
        && graph.children(node).stream().anyMatch(c -> SentenceGraph.hasRelation(c, "mark")
            && INFINITIVE_MARKS.contains(c.text().toLowerCase(java.util.Locale.ROOT))));
  }

  /** Words that introduce an infinitive complement. */
  private static final java.util.Set<String> INFINITIVE_MARKS = java.util.Set.of("à", "de", "d'", "d’", "to");

  /** Auxiliaries of the pluperfect: "avait commencé", "had begun". */
  private static final java.util.Set<String> PLUPERFECT = java.util.Set.of("avait", "avaient", "had", "étaient", "était");

  /**
   * Whether an expression dates a clause in the pluperfect ("Le Kazakhstan avait d'ailleurs
   * commencé lundi à livrer…"): background told out of order, which does not move the story's time.
   */
  private static boolean background(SentenceGraph graph, Token attachment) {
    Token node = attachment;
    for (int depth = 0; node != null && depth < 3 && !"VERB".equals(node.pos()); depth++) {
      node = graph.head(node);
    }
    return node != null && graph.children(node).stream().anyMatch(c -> SentenceGraph.hasRelation(c, "aux")
        && PLUPERFECT.contains(c.text().toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * How well a main-clause date gives the story's time: the date of what a report tells ("ont été
   * tués lundi …, a indiqué mardi l'état-major") before the report's own, and a date hung on a verb
   * before one hung on a noun (a dateline read into the sentence).
   */
  private static int rank(SentenceGraph graph, Placed p) {
    Token attachment = p.attachment();
    if (attachment == null) {
      return 0;
    }
    boolean onVerb = "VERB".equals(attachment.pos());
    boolean told = onVerb && graph.head(attachment) != null
        && (SentenceGraph.hasRelation(attachment, "ccomp") || SentenceGraph.hasRelation(attachment, "parataxis"));
    return (told ? 2 : 0) + (onVerb ? 1 : 0);
  }

  /** Whether a token belongs to the sentence's main clause (the root verb or a verb joined to it). */
  private static boolean inMainClause(SentenceGraph graph, Token token) {
    Token node = token;
    for (int depth = 0; node != null && depth < 12; depth++) {
      Token head = graph.head(node);
      if (head == null) {
        return true;
      }
      // A clause with a subject of its own ends the main one; a participle ("concernant") does not.
      // "JAKARTA (Reuters) - Indonesia on Tuesday freed…": under a dateline read as the root, the
      // first clause is the main one.
      // What the main verb reports is main too: "Au moins 18 soldats ont été tués lundi …, a indiqué
      // l'état-major".
      if ("VERB".equals(node.pos()) && hasSubject(graph, node)) {
        return graph.head(head) == null && (SentenceGraph.hasRelation(node, "conj") || !"VERB".equals(head.pos())
            || SentenceGraph.hasRelation(node, "ccomp") || SentenceGraph.hasRelation(node, "parataxis"));
      }
      node = head;
    }
    return true;
  }

  private static boolean ownClause(SentenceGraph graph, Token verb) {
    return SentenceGraph.hasRelation(verb, "xcomp") || SentenceGraph.hasRelation(verb, "ccomp")
        || graph.children(verb).stream().anyMatch(c -> SentenceGraph.hasRelation(c, "nsubj")
            || SentenceGraph.hasRelation(c, "aux") || SentenceGraph.hasRelation(c, "mark"));
  }

  private static boolean hasSubject(SentenceGraph graph, Token verb) {
    return graph.children(verb).stream().anyMatch(c -> SentenceGraph.hasRelation(c, "nsubj"));
  }

  /** The finest date hung on {@code node}, or null. */
  private static Placed hungOn(List<Placed> placed, Token node) {
    Placed best = null;
    for (Placed p : placed) {
      if ((p.attachment() == node || p.top() == node) && dates(p) && (best == null || finer(p, best))) {
        best = p;
      }
    }
    return best;
  }

  /** The verb of the clause an act is named in: the act itself when it is a verb. */
  private static Token clauseVerb(SentenceGraph graph, Token token) {
    Token node = token;
    for (int depth = 0; node != null && depth < 6; depth++) {
      if ("VERB".equals(node.pos())) {
        return node;
      }
      node = graph.head(node);
    }
    return token;
  }

  /** Whether {@code token} lies under {@code clause} with no other clause between them. */
  private static boolean within(SentenceGraph graph, Token token, Token clause) {
    Token node = token;
    for (int depth = 0; node != null && depth < 12; depth++) {
      if (node == clause) {
        return true;
      }
      // A clause of its own has a subject, an auxiliary or a marker ("d'avoir tiré", "that they had
      // struck"), or is a complement clause; a participle ("concernant le veto") is none of these.
      if ("VERB".equals(node.pos()) && ownClause(graph, node)) {
        return false;
      }
      node = graph.head(node);
    }
    return false;
  }

  /**
   * Whether an expression can date an event: a calendar date or time with a value ("depuis
   * dimanche" dates an act by its first day).
   */
  private static boolean dates(Placed p) {
    ResolvedTimex r = p.resolved();
    TimexType type = r.timex().type();
    return (type == TimexType.DATE || type == TimexType.TIME) && r.value() != null && r.precision() != Precision.NONE
        && Character.isDigit(r.value().charAt(0));
  }

  private static boolean dayPrecise(ResolvedTimex r) {
    return r.precision() == Precision.DAY || r.precision() == Precision.PART_OF_DAY || r.precision() == Precision.TIME;
  }

  private static boolean finer(Placed a, Placed b) {
    return a.resolved().precision().ordinal() > b.resolved().precision().ordinal();
  }

  private static EventDate eventDate(ResolvedTimex r) {
    Precision precision = r.precision() == Precision.PART_OF_DAY || r.precision() == Precision.TIME ? Precision.DAY
        : r.precision();
    return new EventDate(r.dateValue(), precision.label(), r.timex().text());
  }

  /** The expressions of a sentence, resolved, in text order. */
  private List<Placed> placed(int index) {
    List<Placed> cached = bySentence.get(index);
    if (cached != null) {
      return cached;
    }
    List<Placed> result = new ArrayList<>();
    if (index >= 0 && index < document.sentences().size()) {
      Sentence sentence = document.sentences().get(index);
      SentenceGraph graph = graphs.computeIfAbsent(index, i -> new SentenceGraph(ParseRepairs.repair(sentence)));
      String text = document.text().substring(sentence.start(), sentence.end());
      int dateline = datelineEnd(document.text());
      for (Timex timex : reader.find(text)) {
        int start = sentence.start() + timex.start();
        int end = sentence.start() + timex.end();
        // "YEREVAN, June 27 (Reuters) -": the dateline's date is when the story was filed.
        if (end <= dateline) {
          continue;
        }
        Token top = top(graph, start, end);
        Token attachment = top == null ? null : graph.head(top);
        Tense tense = tense(graph, attachment, text, timex);
        // "La veille, des milliers d'opposants avaient manifesté": counted from the story's time.
        LocalDate reference = timex.isAnaphoric() ? storyTime(index) : document.published();
        ResolvedTimex resolved = timex.resolve(reference, tense);
        if (reference == null && timex.isRelative()) {
          unresolved.add(timex);
        }
        result.add(new Placed(resolved, top, attachment));
        if (Boolean.getBoolean("vigie.debug.dates")) {
          System.err.println("TIMEX s" + index + " '" + timex.text() + "' " + timex.type() + " " + result.get(result.size() - 1).resolved().value()
              + " top=" + (top == null ? null : top.text()) + " att=" + (attachment == null ? null : attachment.text()) + " tense=" + tense);
        }
      }
    }
    bySentence.put(index, result);
    return result;
  }

  /** A dateline's dash near the start of an article: "PARIS, 3 mars (AFP) -", "KYIV, March 7 (Reuters) –". */
  private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
      "^[^\\n.]{0,80}?(?:\\)\\s*|\\s)[-–—]\\s");

  /** Where the dateline ends, or -1 when the article opens with none. */
  static int datelineEnd(String text) {
    java.util.regex.Matcher m = DATELINE.matcher(text);
    return m.find() ? m.end() : -1;
  }

  /** The token of the span whose head lies outside it: what the expression hangs by. */
  private static Token top(SentenceGraph graph, int start, int end) {
    Token first = null;
    for (Token token : graph.tokens()) {
      if (token.start() >= start && token.end() <= end) {
        if (first == null) {
          first = token;
        }
        Token head = graph.head(token);
        if (head == null || head.start() < start || head.end() > end) {
          return token;
        }
      }
    }
    return first;
  }

  /** The tense of the clause an expression hangs on: future from the parse, else the text's cues. */
  private Tense tense(SentenceGraph graph, Token attachment, String text, Timex timex) {
    Token verb = attachment;
    for (int depth = 0; verb != null && depth < 3 && !"VERB".equals(verb.pos()); depth++) {
      verb = graph.head(verb);
    }
    if (verb != null && future.test(graph, verb)) {
      return Tense.FUTURE;
    }
    if (verb != null && past(graph, verb)) {
      return Tense.PAST;
    }
    return TenseGuess.guess(document.language(), text, timex.start(), timex.end());
  }

  /** Auxiliaries of the compound pasts and the past forms of "be"/"être". */
  private static final java.util.Set<String> PAST_AUXILIARIES = java.util.Set.of("has", "have", "had", "was", "were",
      "did", "ai", "as", "a", "avons", "avez", "ont", "avait", "avaient", "eut", "eurent", "suis", "es", "est", "sommes",
      "êtes", "sont", "était", "étaient", "fut", "furent");

  /**
   * Whether a verb is in a past tense by its parse: a compound past ("ont manifesté", "has
   * refused", "a été arrêté") or an English simple past ("deployed", "met": a form that is neither
   * its lemma nor a present or participle form).
   */
  private static boolean past(SentenceGraph graph, Token verb) {
    for (Token aux : graph.children(verb)) {
      if ((SentenceGraph.hasRelation(aux, "aux") || SentenceGraph.hasRelation(aux, "cop"))
          && PAST_AUXILIARIES.contains(aux.text().toLowerCase(java.util.Locale.ROOT))) {
        // "has to", "a à" are no pasts, but they take no verb as their head here.
        return true;
      }
    }
    String word = verb.text().toLowerCase(java.util.Locale.ROOT);
    String lemma = verb.lemma();
    if (lemma == null || word.equals(lemma) || word.endsWith("ing") || word.endsWith("s")) {
      return false;
    }
    boolean auxiliary = graph.children(verb).stream().anyMatch(c -> SentenceGraph.hasRelation(c, "aux"));
    return !auxiliary;
  }
}
