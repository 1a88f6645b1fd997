package org.vigie.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigie.extract.event.EntityLocator.Located;
import org.vigie.extract.event.PredicateLexicon.Dependent;
import org.vigie.extract.event.PredicateLexicon.Predicate;
import org.vigie.model.ActorRef;
import org.vigie.model.Document;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Event;
import org.vigie.model.EventDate;
import org.vigie.model.Evidence;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/**
 * Events: who did what to whom. Finds the predicates of {@code lang/<language>/predicates.tsv} in
 * the dependency parse, reads their source and target from the arguments the lexicon names
 * (passives, coordination, relative pronouns and shared subjects handled here), marks negation,
 * hypothetical acts and reported speech, codes the event (PLOVER, CAMEO, quad, Goldstein) and merges
 * repeated mentions of one happening into one event with several pieces of evidence.
 *
 * <p>Requires sentences with a dependency parse and the entities; provides
 * {@link Document#events()}.
 */
public final class EventStage {
  private static final Set<String> NEGATIONS = Set.of("pas", "jamais", "plus", "aucunement", "not", "never", "n't", "no");
  private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "shall", "should", "must",
      "can", "'ll", "wo");
  private static final Set<String> MODAL_VERBS = Set.of("pouvoir", "devoir", "vouloir", "aller", "falloir");
  private static final Set<String> CONDITIONS = Set.of("si", "if", "unless", "lorsque", "quand", "when");
  private static final Set<String> PERSONAL = Set.of("it", "they", "he", "she", "il", "elle", "ils", "elles");
  /** PETRARCH's country code for a party whose country is not named. */
  private static final String NO_COUNTRY = "---";
  private static final Set<String> RELATIVES = Set.of("qui", "que", "lequel", "laquelle", "who", "which", "that");

  private final Map<String, Lemmas> lemmas = new java.util.concurrent.ConcurrentHashMap<>();
  private final VerbDictionary verbs;
  private final DiscardList discards;
  private final boolean countrylessCode;
  private final Map<String, PredicateLexicon> lexicons = new java.util.concurrent.ConcurrentHashMap<>();

  /** With the languages' own lexicons only. */
  public EventStage() {
    this(null);
  }

  /**
   * With a user's verb dictionary (may be null) whose entries win over the built-in lexicon of its
   * language for the same verbs.
   */
  public EventStage(VerbDictionary verbs) {
    this(verbs, null);
  }

  /**
   * With a user's verb dictionary and discard list (either may be null): a sentence with a discard
   * phrase codes no event, nor does an article with a story-level one.
   */
  public EventStage(VerbDictionary verbs, DiscardList discards) {
    this(verbs, discards, false);
  }

  /**
   * As {@link #EventStage(VerbDictionary, DiscardList)}; with {@code countrylessCode}, PETRARCH's
   * convention for a group or body whose own phrase names no country: its code is {@code ---} and its
   * sector ("a senior official said" → {@code ---GOV}, "students" → {@code ---EDU}), not the country
   * of the clause or of the article. Set when a user's agents dictionary is in force, whose projects
   * code that way; Vigie's own convention (the clause's country, else the article's) stays otherwise.
   */
  public EventStage(VerbDictionary verbs, DiscardList discards, boolean countrylessCode) {
    this.verbs = verbs;
    this.discards = discards;
    this.countrylessCode = countrylessCode;
  }

  private PredicateLexicon lexicon(String language) {
    return lexicons.computeIfAbsent(language, l -> verbs == null || !verbs.language().equals(l)
        ? PredicateLexicon.forLanguage(l) : PredicateLexicon.layered(PredicateLexicon.forLanguage(l), verbs.predicates()));
  }

  /** Adds the events to {@code document}; a document in a language without a lexicon is returned as is. */
  public Document apply(Document document) {
    String language = document.language();
    if (language == null) {
      return document;
    }
    PredicateLexicon lexicon = lexicon(language);
    if (lexicon.isEmpty()) {
      return document;
    }
    Frames frames = Frames.forLanguage(language);
    EntityLocator locator = new EntityLocator(document);
    Lemmas lemmatizer = lemmas.computeIfAbsent(language, l -> l.equals("fr")
        ? Lemmas.french(FrenchVerbTable.of(union(lexicon.verbHeads(), frames.frameVerbs()))) : Lemmas.english())
        .withKinds(token -> partyKinds(locator, token));
    Map<String, Draft> drafts = new LinkedHashMap<>();
    EventDates[] dating = new EventDates[1];
    Context context = new Context(lexicon, lemmatizer, frames, drafts, mainCountry(document), countrylessCode, dating);
    dating[0] = new EventDates(document, (graph, verb) -> futureTense(context, graph, verb));
    if (discards != null && discards.discardsStory(document.text())) {
      return document.withEvents(List.of());
    }
    for (Sentence sentence : document.sentences()) {
      if (!sentence.parsed()
          || discards != null && discards.discardsSentence(document.text().substring(sentence.start(), sentence.end()))) {
        continue;
      }
      SentenceGraph graph = new SentenceGraph(ParseRepairs.repair(sentence));
      dating[0].use(graph);
      // The noun of a light-verb expression is no act of its own: "went on strike", "exprimer ses regrets".
      Set<Token> consumed = new java.util.HashSet<>();
      for (Token token : graph.tokens()) {
        Predicate predicate = match(lexicon, lemmatizer, graph, token);
        if (predicate != null) {
          consumed.addAll(requiredDependents(context, graph, token, predicate));
        }
      }
      for (Token token : graph.tokens()) {
        Predicate predicate = consumed.contains(token) ? null : match(lexicon, lemmatizer, graph, token);
        // A noun inside a name is no act: "the Tunisian opposition", "les Casques bleus".
        if (predicate != null && "NOUN".equals(token.pos()) && locator.covering(token) != null) {
          continue;
        }
        // An accusation named inside a statement ("les crimes de guerre du régime") stays an accusation.
        if (predicate == null || !predicate.codesEvent()
            || (!predicate.plover().equals("ACCUSE") && !deniedAct(context, graph, token)
                && insideEmbeddedAct(lexicon, lemmatizer, graph, token)
                && !reactedTo(context, locator, graph, token, predicate))) {
          continue;
        }
        // "did not pay the last tranche of its aid to Tunisia": a noun of the act's own type in its
        // complement names the same act again.
        if ("NOUN".equals(token.pos()) && sameActAbove(lexicon, lemmatizer, graph, token, predicate.plover())) {
          continue;
        }
        // "put the toll from the attack at 14 dead", "le bilan de l'attaque": an act a casualty count
        // is of is what the count is about, not an act of whoever gives the count.
        if (tallied(graph, token)) {
          continue;
        }
        // "shelled the posts …, in the most serious violation of the ceasefire", "en violation de la
        // trêve", "struck the depot in support of the offensive": a breach or a support named in an
        // "in" phrase characterises the clause's act, not another act.
        if ((predicate.plover().equals("REJECT") || predicate.plover().equals("SUPPORT"))
            && "NOUN".equals(token.pos()) && !withCase(graph, List.of(token), Set.of("in", "en")).isEmpty()) {
          continue;
        }
        if (predicate.plover().equals("REQUEST") && aimOfProtest(lexicon, lemmatizer, graph, token)) {
          continue;
        }
        if (predicate.plover().equals("PROTEST") && protestActedOn(lexicon, lemmatizer, graph, token)) {
          continue;
        }
        // A denial that governs an act is coded as that act, negated (see deniedAct).
        if (predicate.denial() && governsAct(context, graph, token)) {
          continue;
        }
        code(context, document, locator, graph, token, predicate, drafts);
      }
    }
    absorbTargetless(drafts);
    absorbSourceless(drafts);
    List<Event> events = new ArrayList<>();
    for (Draft draft : drafts.values()) {
      Event event = draft.toEvent("v" + (events.size() + 1), document);
      // An actor with several codes (a user dictionary's "THE_SHIRE [FRO/BIL/SAM]") acts once per code.
      for (ActorRef source : perCode(event.source())) {
        for (ActorRef target : perCode(event.target())) {
          events.add(new Event("v" + (events.size() + 1), event.plover(), event.mode(), event.context(), event.cameo(),
              event.quad(), event.goldstein(), source, target, event.date(), event.location(), event.negated(),
              event.hypothetical(), event.reportedBy(), event.evidence(), event.rule(), event.confidence()));
        }
      }
    }
    Document dated = document.withEvents(protestersAsTargets(events).stream().filter(e -> !selfInflicted(e)).toList());
    org.vigie.model.Diagnostic undated = dating[0].missingReference();
    return undated == null ? dated : dated.withDiagnostic(undated);
  }

  /** Sectors of groups of people who do not act on themselves as a body. */
  private static final Set<String> PEOPLE_GROUPS = Set.of("OPP", "CVL", "EDU", "LAB", "REB");

  /**
   * "the organisers of the blockade" read as acting on the protesters they are: a group of people
   * coded as acting on its own code is a misreading, no event.
   */
  private static boolean selfInflicted(Event event) {
    if (event.source() == null || event.target() == null || event.source().actor() == null) {
      return false;
    }
    String code = event.source().actor();
    return code.equals(event.target().actor()) && code.length() == 6 && PEOPLE_GROUPS.contains(code.substring(3));
  }

  /** Acts of the state on people that, in an article about a protest, fall on the protesters. */
  private static final Set<String> ACTS_ON_PROTESTERS = Set.of("COERCE", "ASSAULT", "THREATEN", "ACCUSE", "REJECT");
  /** Sectors of the state's agents (a bare country code is its government too). */
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "COP", "MIL", "SPY", "JUD");
  /** Sectors of unnamed people ("six people", "the students") who may be the protesters. */
  private static final Set<String> PEOPLE_SECTORS = Set.of("CVL", "EDU");

  /**
   * "Police arrested six people", "accused the students": in an article about a protest, whose
   * party is the code of its PROTEST events' source ("SRBOPP"; the most frequent one), people of that country arrested,
   * attacked, threatened or accused by the state are the protesters.
   */
  private static List<Event> protestersAsTargets(List<Event> events) {
    Map<String, ActorRef> protesters = new LinkedHashMap<>();
    Map<String, Integer> protests = new java.util.HashMap<>();
    for (Event event : events) {
      if ("PROTEST".equals(event.plover()) && !event.negated() && event.source() != null
          && event.source().actor() != null && event.source().actor().length() == 6
          && !STATE_SECTORS.contains(event.source().actor().substring(3))) {
        protesters.putIfAbsent(event.source().actor(), event.source());
        protests.merge(event.source().actor(), 1, Integer::sum);
      }
    }
    if (protesters.isEmpty()) {
      return events;
    }
    // The party that protests most often; the first told on a tie.
    String party = protesters.keySet().stream().max(java.util.Comparator.comparingInt(protests::get)).orElseThrow();
    ActorRef protester = protesters.get(party);
    List<Event> out = new ArrayList<>();
    for (Event event : events) {
      ActorRef source = event.source();
      ActorRef target = event.target();
      if (ACTS_ON_PROTESTERS.contains(event.plover()) && source != null && source.actor() != null
          && source.actor().length() >= 3 && source.actor().startsWith(party.substring(0, 3))
          && (source.actor().length() == 3 || STATE_SECTORS.contains(source.actor().substring(3, 6)))
          && target != null && target.actor() != null && target.actor().length() == 6
          && target.actor().startsWith(party.substring(0, 3)) && PEOPLE_SECTORS.contains(target.actor().substring(3))) {
        event = new Event(event.id(), event.plover(), event.mode(), event.context(), event.cameo(), event.quad(),
            event.goldstein(), source, new ActorRef(target.entity(), target.name(), party), event.date(),
            event.location(), event.negated(), event.hypothetical(), event.reportedBy(), event.evidence(), event.rule(),
            event.confidence());
      }
      // "The students' coordination committee demanded the release of those detained": the demands
      // and protests of people of that country are the protesters'.
      if (DEMANDS_OF_PROTESTERS.contains(event.plover()) && source != null && source.actor() != null
          && source.actor().length() == 6 && source.actor().startsWith(party.substring(0, 3))
          && PEOPLE_SECTORS.contains(source.actor().substring(3))) {
        event = new Event(event.id(), event.plover(), event.mode(), event.context(), event.cameo(), event.quad(),
            event.goldstein(), new ActorRef(source.entity(), source.name(), party), target, event.date(),
            event.location(), event.negated(), event.hypothetical(), event.reportedBy(), event.evidence(), event.rule(),
            event.confidence());
        source = event.source();
      }
      // "Hundreds of supporters rallied outside the NSS headquarters", "des milliers d'opposants avaient
      // manifesté pour réclamer le départ du chef de l'État": the protesters' demonstration that names no
      // party it is aimed at is addressed to their country's government.
      if ("PROTEST".equals(event.plover()) && "demo".equals(event.mode()) && !event.negated()
          && source != null && party.equals(source.actor()) && (target == null || target.actor() == null)) {
        event = new Event(event.id(), event.plover(), event.mode(), event.context(), event.cameo(), event.quad(),
            event.goldstein(), source, new ActorRef(null, "government", party.substring(0, 3) + "GOV"), event.date(),
            event.location(), event.negated(), event.hypothetical(), event.reportedBy(), event.evidence(), event.rule(),
            event.confidence());
      }
      // "Police fired tear gas near the bridge", "n'avait pas interdit la manifestation": force the
      // state uses with no one named falls on the protesters.
      if (FORCE_ON_PROTESTERS.contains(event.plover()) && (target == null || target.actor() == null) && source != null && source.actor() != null
          && source.actor().length() >= 6 && source.actor().startsWith(party.substring(0, 3))
          && FORCE_SECTORS.contains(source.actor().substring(3, 6))) {
        event = new Event(event.id(), event.plover(), event.mode(), event.context(), event.cameo(), event.quad(),
            event.goldstein(), source, protester, event.date(), event.location(), event.negated(),
            event.hypothetical(), event.reportedBy(), event.evidence(), event.rule(), event.confidence());
      }
      out.add(event);
    }
    return out;
  }

  /**
   * Acts of the state that, with no target, fall on the protesters of a protest article: force, and
   * the threats and refusals the protest draws ("a menacé de poursuivre « tous les organisateurs »",
   * "rejected calls to step down").
   */
  private static final Set<String> FORCE_ON_PROTESTERS = Set.of("COERCE", "ASSAULT", "THREATEN", "REJECT");
  /** Acts of people of a protest article's country that are the protesters' own. */
  private static final Set<String> DEMANDS_OF_PROTESTERS = Set.of("REQUEST", "PROTEST");
  /** The state's agents of such force: police, government. */
  private static final Set<String> FORCE_SECTORS = Set.of("COP", "GOV");

  /** The actor once per code of its entity ("FRO/BIL/SAM" → FRO, BIL, SAM); a single-code or absent actor as is. */
  private static List<ActorRef> perCode(ActorRef actor) {
    if (actor == null || actor.actor() == null || actor.actor().indexOf('/') < 0) {
      return java.util.Collections.singletonList(actor);
    }
    List<ActorRef> out = new ArrayList<>();
    for (String code : actor.actor().split("/")) {
      out.add(new ActorRef(actor.entity(), actor.name(), code));
    }
    return out;
  }

  /** The country the article names most often (its entities' mentions counted by country), or null. */
  static String mainCountry(Document document) {
    Map<String, Integer> counts = new java.util.HashMap<>();
    for (Entity entity : document.entities()) {
      if (entity.country() != null) {
        counts.merge(entity.country(), entity.mentions().size(), Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
  }

  /**
   * "Israeli air strikes on Rafah killed twenty people": the strike and the killing are one act; an
   * event without a target joins the event of the same type, source and flags that has one.
   */
  private static void absorbTargetless(Map<String, Draft> drafts) {
    List<String> keys = new ArrayList<>(drafts.keySet());
    for (String key : keys) {
      Draft draft = drafts.get(key);
      if (draft == null || draft.target != null) {
        continue;
      }
      for (Draft other : drafts.values()) {
        if (other != draft && other.target != null && other.predicate.kind().equals(draft.predicate.kind())
            && Objects.equals(entityOf(other.source), entityOf(draft.source)) && other.negated == draft.negated
            && other.hypothetical == draft.hypothetical) {
          draft.evidence.forEach(e -> other.add(e, draft.reportedBy));
          other.redate(draft.dated);
          drafts.remove(key);
          break;
        }
      }
    }
  }

  /**
   * "Au moins 18 soldats maliens ont été tués lundi dans une embuscade tendue par les jihadistes":
   * an act whose author the text does not name joins the act of the same type, target and flags whose
   * author it names — the article tells one happening twice.
   */
  private static void absorbSourceless(Map<String, Draft> drafts) {
    List<String> keys = new ArrayList<>(drafts.keySet());
    for (String key : keys) {
      Draft draft = drafts.get(key);
      if (draft == null || draft.source != null && draft.source.actor() != null || draft.target == null
          || draft.target.actor() == null) {
        continue;
      }
      for (Draft other : drafts.values()) {
        if (other != draft && other.source != null && other.source.actor() != null && other.target != null
            && draft.target.actor().equals(other.target.actor())
            && other.predicate.kind().equals(draft.predicate.kind()) && other.negated == draft.negated
            && other.hypothetical == draft.hypothetical) {
          draft.evidence.forEach(e -> other.add(e, draft.reportedBy));
          other.redate(draft.dated);
          drafts.remove(key);
          break;
        }
      }
    }
  }

  private static String entityOf(ActorRef actor) {
    return actor == null ? null : actor.entity();
  }

  // ------------------------------------------------------------------ matching

  private static Predicate match(PredicateLexicon lexicon, Lemmas lemmatizer, SentenceGraph graph, Token token) {
    String pos = token.pos();
    if (pos == null) {
      return null;
    }
    String surface = token.text().toLowerCase(Locale.ROOT).replace('’', '\'');
    List<Predicate> candidates = lexicon.candidates(lemmatizer.of(token), surface);
    // Entries for a compound subject ("- % * [030:030]") come first when the subject is coordinated,
    // and do not apply otherwise.
    boolean coordinated = coordinatedSubject(graph, token);
    for (boolean compound : coordinated ? List.of(true, false) : List.of(false)) {
      for (Predicate predicate : candidates) {
        if (predicate.compound() == compound && posAgrees(predicate.pos(), pos)
            && dependentsPresent(predicate, lemmatizer, graph, token)
            && (!pronominal(predicate) || hasReflexive(graph, token))) {
          return predicate;
        }
      }
    }
    return null;
  }

  /** "s'engager", "se retirer": a French pronominal verb, matched only with its reflexive pronoun. */
  private static boolean pronominal(Predicate predicate) {
    String head = predicate.head();
    return predicate.pos().equals("VERB") && (head.startsWith("s'") || head.startsWith("s’") || head.startsWith("se "));
  }

  private static final Set<String> REFLEXIVES = Set.of("se", "s'", "me", "m'", "te", "t'", "nous", "vous");

  /** "s'est engagé", "se sont retirés", "de se rendre": the verb's reflexive clitic. */
  private static boolean hasReflexive(SentenceGraph graph, Token token) {
    for (Token child : graph.children(token)) {
      String word = child.text().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (REFLEXIVES.contains(word) && (SentenceGraph.hasRelation(child, "expl") || SentenceGraph.hasRelation(child, "obj")
          || SentenceGraph.hasRelation(child, "iobj") || "PRON".equals(child.pos()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token's subject is coordinated: "Gondor and Osgiliath agree". */
  private static boolean coordinatedSubject(SentenceGraph graph, Token token) {
    for (Token subject : graph.children(token, "nsubj")) {
      if (!graph.children(subject, "conj").isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean posAgrees(String wanted, String pos) {
    return switch (wanted) {
      case "VERB" -> pos.equals("VERB") || pos.equals("ADJ");
      case "NOUN" -> pos.equals("NOUN");
      default -> false;
    };
  }

  private static boolean dependentsPresent(Predicate predicate, Lemmas lemmatizer, SentenceGraph graph, Token token) {
    if (!Positional.present(predicate, lemmatizer, graph, token)) {
      return false;
    }
    for (Dependent dependent : predicate.dependents()) {
      if (dependent.positional()) {
        continue;
      }
      boolean found = false;
      for (Token child : dependentCandidates(graph, token, dependent)) {
        if (lemmatizer.of(child).contains(dependent.lemma())) {
          found = true;
          break;
        }
      }
      // A particle is often parsed as the preposition of the next phrase: "called on Israel".
      if (!found && dependent.relation().equals("compound:prt")) {
        List<Token> phrases = new ArrayList<>(graph.children(token, "obl"));
        phrases.addAll(graph.children(token, "obj"));
        found = !withCase(graph, phrases, Set.of(dependent.lemma())).isEmpty()
            || particleClause(graph, token, dependent.lemma()) != null;
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /**
   * "called on the authorities to release …": the parser may take the particle for the mark of the
   * clause that follows, whose subject is then the verb's object. That clause, or null.
   */
  private static Token particleClause(SentenceGraph graph, Token token, String particle) {
    for (Token clause : graph.children(token, "advcl")) {
      for (Token mark : graph.children(clause, "mark")) {
        if (mark.index() == token.index() + 1 && "ADP".equals(mark.pos())
            && (particle == null || mark.text().equalsIgnoreCase(particle))) {
          return clause;
        }
      }
    }
    return null;
  }

  /**
   * A passive's subjects. "La loi controversée sur les agents étrangers a été retirée": the parser
   * may take a participle after the noun for the subject and the noun for the participle's own
   * subject; the noun is the subject.
   */
  private static List<Token> passiveSubjects(SentenceGraph graph, Token token) {
    List<Token> subjects = new ArrayList<>();
    for (Token subject : graph.children(token, "nsubj:pass")) {
      List<Token> nouns = !"VERB".equals(subject.pos()) || !graph.children(subject, "aux").isEmpty()
          || !graph.children(subject, "aux:pass").isEmpty() ? List.of()
          : graph.children(subject, "nsubj").stream()
              .filter(noun -> noun.index() == subject.index() - 1 && "NOUN".equals(noun.pos())).toList();
      subjects.addAll(nouns.isEmpty() ? List.of(subject) : nouns);
    }
    return subjects;
  }

  /** Where a required dependent may be: "sanctions were adopted" has the object of "adopter obj=sanction" as its subject. */
  private static List<Token> dependentCandidates(SentenceGraph graph, Token token, Dependent dependent) {
    // "établir obj=lien obj.amod=économique": a dependent of another required dependent.
    int dot = dependent.relation().indexOf('.');
    if (dot > 0) {
      List<Token> nested = new ArrayList<>();
      for (Token owner : dependentCandidates(graph, token, new Dependent(dependent.relation().substring(0, dot), ""))) {
        nested.addAll(graph.children(owner, dependent.relation().substring(dot + 1)));
      }
      return nested;
    }
    List<Token> candidates = new ArrayList<>(graph.children(token, dependent.relation()));
    if (dependent.relation().equals("obj")) {
      for (Token object : arguments(graph, token, "obj", isPassive(graph, token))) {
        if (!candidates.contains(object)) {
          candidates.add(object);
        }
      }
      // "a engagé un millier de soldats", "launched a wave of missiles": a measure's complement; after
      // a number also a definite one ("a évacué deux des cinq positions", "two of the bases").
      for (Token object : List.copyOf(candidates)) {
        for (Token complement : graph.children(object, "nmod")) {
          if ((graph.children(complement, "det").isEmpty() || "NUM".equals(object.pos()))
              && !withCase(graph, List.of(complement), Set.of("de", "d'", "of")).isEmpty()) {
            candidates.add(complement);
          }
        }
      }
    }
    return candidates;
  }

  /**
   * An act named inside another act is not an event of its own: in "menace de frapper" and "appelle
   * à cesser le feu" the threat and the appeal are the events, not the strike or the ceasefire; in
   * "froze 50 million dollars in budget support" the sanction, not the support (a sanction hides
   * only the acts its phrase names by a noun).
   */
  private static boolean insideEmbeddedAct(PredicateLexicon lexicon, Lemmas lemmatizer, SentenceGraph graph, Token token) {
    Token current = token;
    // "a souligné la nécessité de poursuivre les efforts … tout en augmentant l'envoi d'aide": the
    // appeal is the event, whatever depth the act it mentions sits at.
    for (int depth = 0; depth < 5; depth++) {
      Token head = graph.head(current);
      // "to release the workers and to drop the charges": a conjunct is named where its first one is.
      if (head != null && SentenceGraph.hasRelation(current, "conj")) {
        // "rejected calls to step down and threatened to ban": a finite verb hung on an infinitive is
        // coordinated with the verb above it, an act of its own.
        if (finiteOnInfinitive(graph, current, head)) {
          return false;
        }
        current = head;
        continue;
      }
      if (head == null || !embedded(current) || ownClause(graph, current)) {
        return false;
      }
      // "a menacé Taïwan de représailles après la visite d'une délégation": a phrase of time says
      // when, it is not what the threat is about.
      if (!withCase(graph, List.of(current), TIME_CASES).isEmpty() || timeAdverbPhrase(graph, current)) {
        return false;
      }
      Predicate outer = match(lexicon, lemmatizer, graph, head);
      if (outer != null && !outer.speech() && !outer.future() && !outer.transparent()
          && (Set.of("THREATEN", "REQUEST", "AGREE", "REJECT", "SUPPORT", "ACCUSE", "CONCEDE").contains(outer.plover())
              || outer.plover().equals("SANCTION") && "NOUN".equals(token.pos()))) {
        return true;
      }
      current = head;
    }
    return false;
  }

  /** Nouns of a casualty count: "the toll from the attack", "le bilan de l'attaque". */
  private static final Set<String> TALLIES = Set.of("toll", "tally", "bilan");

  /** A noun act a count is of; the parser may hang its phrase on the verb: "put the toll from the attack". */
  private static boolean tallied(SentenceGraph graph, Token token) {
    Token head = graph.head(token);
    if (!"NOUN".equals(token.pos()) || head == null) {
      return false;
    }
    if (SentenceGraph.hasRelation(token, "nmod")) {
      return tally(head);
    }
    return SentenceGraph.hasRelation(token, "obl") && graph.children(head, "obj").stream()
        .anyMatch(o -> o.index() < token.index() && tally(o));
  }

  private static boolean tally(Token noun) {
    String word = noun.lemma() != null ? noun.lemma() : noun.text();
    return TALLIES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Reactions whose object is an act that has happened: "criticised the deployment", "backed the call". */
  private static final Set<String> REACTED = Set.of("ACCUSE", "REJECT", "SUPPORT");

  /**
   * "a exprimé ses regrets concernant le veto américain", "criticised the deployment of American
   * missiles", "la demande chinoise d'un cessez-le-feu a été soutenue par le Brésil": an act named
   * with its own author in what a reaction answers has happened, and is an event besides the reaction.
   */
  private static boolean reactedTo(Context context, EntityLocator locator, SentenceGraph graph, Token token,
                                   Predicate predicate) {
    if (!"NOUN".equals(token.pos())) {
      return false;
    }
    Token current = token;
    for (int depth = 0; depth < 5; depth++) {
      Token head = graph.head(current);
      if (head == null || !embedded(current)) {
        return false;
      }
      Predicate outer = match(context.lexicon(), context.lemmas(), graph, head);
      if (outer != null && !outer.speech() && !outer.future() && !outer.transparent()) {
        // "did not approve a proposal by New Delhi": what a party declines to answer is not told as done.
        return REACTED.contains(outer.plover()) && !negated(graph, head)
            && !resolve(context, locator, graph, token, ownSlots(predicate.source()), false).isEmpty();
      }
      current = head;
    }
    return false;
  }

  /** An act's slots for a party of its own phrase: not the clause it sits in. */
  private static List<String> ownSlots(List<String> slots) {
    return slots.stream().filter(s -> !s.equals("clause")).toList();
  }

  /**
   * "went on strike to demand higher wages", "se sont mis en grève pour réclamer des hausses": a
   * demand in a protest's purpose clause states the protest's aim, not a request of its own.
   */
  private static boolean aimOfProtest(PredicateLexicon lexicon, Lemmas lemmatizer, SentenceGraph graph, Token token) {
    Token head = graph.head(token);
    // "rallied outside the NSS headquarters, demanding the archbishop's release": a participle
    // clause on the protest states its aim too.
    boolean participle = "VERB".equals(token.pos()) && graph.children(token, "nsubj").isEmpty()
        && (SentenceGraph.hasRelation(token, "advcl") || SentenceGraph.hasRelation(token, "dep"))
        && PRESENT_PARTICIPLE.matcher(token.text().toLowerCase(Locale.ROOT)).find();
    if (head == null || !participle && (!(SentenceGraph.hasRelation(token, "xcomp") || SentenceGraph.hasRelation(token, "advcl"))
        || graph.children(token, "mark").stream()
            .noneMatch(m -> PURPOSE_MARKS.contains(m.text().toLowerCase(Locale.ROOT))))) {
      return false;
    }
    Predicate outer = match(lexicon, lemmatizer, graph, head);
    return outer != null && outer.codesEvent() && outer.plover().equals("PROTEST");
  }

  private static final Set<String> PURPOSE_MARKS = Set.of("to", "pour", "afin");
  /** Present participles: "demanding", "réclamant". */
  private static final java.util.regex.Pattern PRESENT_PARTICIPLE = java.util.regex.Pattern.compile("(?:ing|ant)$");

  /**
   * "le gouvernement n'avait pas interdit la manifestation", "police dispersed the rally": a protest
   * the state acts on is the protesters', never the act of that verb's subject.
   */
  private static boolean protestActedOn(PredicateLexicon lexicon, Lemmas lemmatizer, SentenceGraph graph, Token token) {
    Token head = graph.head(token);
    if (head == null || !"NOUN".equals(token.pos())
        || !(SentenceGraph.hasRelation(token, "obj") || SentenceGraph.hasRelation(token, "nsubj:pass"))) {
      return false;
    }
    Predicate outer = match(lexicon, lemmatizer, graph, head);
    return outer != null && outer.codesEvent() && Set.of("COERCE", "ASSAULT").contains(outer.plover());
  }

  /** Whether a predicate of the same type governs the noun through its object or noun complements. */
  private static boolean sameActAbove(PredicateLexicon lexicon, Lemmas lemmatizer, SentenceGraph graph, Token token,
                                      String plover) {
    Token current = token;
    for (int depth = 0; depth < 3; depth++) {
      Token head = graph.head(current);
      if (head == null || !(SentenceGraph.hasRelation(current, "obj") || SentenceGraph.hasRelation(current, "nmod"))) {
        return false;
      }
      Predicate outer = match(lexicon, lemmatizer, graph, head);
      if (outer != null && outer.codesEvent() && plover.equals(outer.plover())) {
        return true;
      }
      current = head;
    }
    return false;
  }

  /**
   * An adverbial clause with a subject of its own and no condition ("a accusé Israël …, tandis que le
   * Hezbollah a rejeté toute négociation") tells an act of its own, not one the main act names.
   */
  private static boolean ownClause(SentenceGraph graph, Token token) {
    return SentenceGraph.hasRelation(token, "advcl")
        && !graph.children(token, "nsubj").isEmpty()
        && graph.children(token, "mark").stream()
            .noneMatch(m -> CONDITIONS.contains(m.text().toLowerCase(Locale.ROOT)) || "PART".equals(m.pos()));
  }

  /** A complement, not an adjunct: "lors d'un entretien" (obl:mod) names an act of its own. */
  private static boolean embedded(Token token) {
    return !SentenceGraph.hasRelation(token, "obl:mod") && EMBEDDING.stream().anyMatch(r -> SentenceGraph.hasRelation(token, r));
  }

  /** Prepositions of a phrase of time, which does not name the content of the act it sits in. */
  private static final Set<String> TIME_CASES = Set.of("après", "avant", "after", "before");
  /** Named-entity classes of time words ("Wednesday"). */
  private static final Set<String> TIME_NER = Set.of("DATE", "TIME", "DURATION", "SET");

  /** Prepositions of what is opposed: the act in their phrase is not the opposer's. */
  private static final Set<String> OPPOSING_CASES = Set.of("contre", "against");

  /** Adverbs that open a phrase of time with "of"/"to": "ahead of a rally", "prior to the vote". */
  private static final Set<String> TIME_ADVERBS = Set.of("ahead", "prior");

  /** "deployed armoured vehicles … ahead of a rally": the rally is when, not the deployers' act. */
  private static boolean timeAdverbPhrase(SentenceGraph graph, Token token) {
    Token head = graph.head(token);
    return head != null && "ADV".equals(head.pos()) && TIME_ADVERBS.contains(head.text().toLowerCase(Locale.ROOT))
        && !graph.children(token, "case").isEmpty();
  }

  /** Reactions of disapproval, aimed at a party for what it did: "menacer", "condamner", "sanctionner". */
  private static final Set<String> DISAPPROVALS = Set.of("THREATEN", "ACCUSE", "PROTEST", "SANCTION", "COERCE");

  /**
   * The targets of the reaction of disapproval whose phrase of time names {@code act} ("a menacé
   * Taïwan … après la visite", "protested to Norway ahead of the visit"), or none.
   */
  private static List<Located> provokedParty(Context context, EntityLocator locator, SentenceGraph graph, Token act) {
    if (withCase(graph, List.of(act), TIME_CASES).isEmpty() && !timeAdverbPhrase(graph, act)) {
      return List.of();
    }
    // "ahead of the visit" hangs on its adverb; "de représailles après la visite" may hang on the
    // reaction's complement noun.
    Token reaction = graph.head(act);
    for (int depth = 0; depth < 2 && reaction != null && !"VERB".equals(reaction.pos())
        && ("ADV".equals(reaction.pos()) || "NOUN".equals(reaction.pos())); depth++) {
      reaction = graph.head(reaction);
    }
    if (reaction == null || !"VERB".equals(reaction.pos())) {
      return List.of();
    }
    Predicate outer = match(context.lexicon(), context.lemmas(), graph, reaction);
    if (outer == null || !outer.codesEvent() || !DISAPPROVALS.contains(outer.plover()) || negated(graph, reaction)) {
      return List.of();
    }
    return resolve(context, locator, graph, reaction, outer.target(), isPassive(graph, reaction)).stream()
        .filter(t -> t.entity().type() != org.vigie.model.EntityType.PLACE).toList();
  }

  /** Relations through which an act is named inside another: complements, not coordination. */
  private static final List<String> EMBEDDING = List.of("xcomp", "acl", "nmod", "obl", "obj", "advcl", "ccomp", "nsubj:pass",
      "compound");

  // ------------------------------------------------------------------ coding

  /** The lexicon, lemmatizer and frames of the document being coded, and the events read so far. */
  private record Context(PredicateLexicon lexicon, Lemmas lemmas, Frames frames, Map<String, Draft> drafts,
                         String mainCountry, boolean countrylessCode, EventDates[] dates) {
    /** How many sentences back an act named again may have been told. */
    private static final int DISCOURSE_WINDOW = 4;

    /**
     * The source of the latest event of type {@code plover} told in the sentences before
     * {@code sentence} (or earlier in it), within {@link #DISCOURSE_WINDOW} sentences.
     */
    List<Located> earlierTarget(String plover, int sentence, List<Located> sources) {
      Draft latest = null;
      for (Draft draft : drafts.values()) {
        int at = draft.firstSentence();
        if (draft.predicate.plover().equals(plover) && draft.targetAt != null && at <= sentence
            && sentence - at <= DISCOURSE_WINDOW && (latest == null || at >= latest.firstSentence())
            && sources.stream().noneMatch(s -> s.entity().id().equals(draft.targetAt.entity().id()))) {
          latest = draft;
        }
      }
      return latest == null ? List.of() : List.of(latest.targetAt);
    }

    /**
     * "Les ministres éthiopien et somalien se sont rencontrés… les deux parties se sont engagées": the
     * parties of the latest joint meeting, agreement or cooperation (a symmetric act) between two
     * countries told in the sentences before, within {@link #DISCOURSE_WINDOW} sentences; empty when
     * there is none.
     */
    List<Located> earlierJointParties(int sentence) {
      Draft latest = null;
      for (Draft draft : drafts.values()) {
        int at = draft.firstSentence();
        if (JOINT_ACTS.contains(draft.predicate.plover()) && draft.predicate.symmetric() && draft.sourceAt != null
            && draft.targetAt != null
            && countryOf(draft.sourceAt) != null && countryOf(draft.targetAt) != null
            && !countryOf(draft.sourceAt).equals(countryOf(draft.targetAt)) && !draft.negated && !draft.hypothetical
            && at < sentence && sentence - at <= DISCOURSE_WINDOW && (latest == null || at >= latest.firstSentence())) {
          latest = draft;
        }
      }
      return latest == null ? List.of() : List.of(latest.sourceAt, latest.targetAt);
    }

    private static String countryOf(Located located) {
      return located.country() != null ? located.country() : located.entity().country();
    }

    List<Located> earlierSource(String plover, int sentence) {
      Draft latest = null;
      for (Draft draft : drafts.values()) {
        int at = draft.firstSentence();
        if (draft.predicate.plover().equals(plover) && draft.sourceAt != null && !draft.negated && !draft.hypothetical
            && at <= sentence && sentence - at <= DISCOURSE_WINDOW
            && (latest == null || at >= latest.firstSentence())) {
          latest = draft;
        }
      }
      return latest == null ? List.of() : List.of(latest.sourceAt);
    }
  }

  private static List<String> union(List<String> a, Set<String> b) {
    Set<String> all = new java.util.LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static void code(Context context, Document document, EntityLocator locator, SentenceGraph graph, Token token,
                           Predicate predicate, Map<String, Draft> drafts) {
    // "ne sont pas descendus dans la rue": French verbs of motion take "être" in the active voice.
    boolean passive = isPassive(graph, token)
        && !(context.lemmas().of(token).stream().anyMatch(ETRE_VERBS::contains) && agentless(graph, token));
    // "La résolution a fait l'objet d'un veto", "the convoy came under fire": the act named by the
    // noun falls on the frame's subject, and the clause's subject is no source.
    List<Token> patients = "NOUN".equals(token.pos()) ? patientSubjects(context, graph, token) : List.of();
    List<String> sourceSlots = patients.isEmpty() ? predicate.source()
        : predicate.source().stream().filter(slot -> !slot.equals("clause")).toList();
    // An accusing word ("les crimes de guerre du régime", "génocide") is the speaker's, however deep
    // in the statement it sits.
    if (predicate.plover().equals("ACCUSE") && "NOUN".equals(token.pos())) {
      sourceSlots = sourceSlots.stream().map(slot -> slot.equals("clause") ? SPEAKER : slot).toList();
    } else if (reactedTo(context, locator, graph, token, predicate)) {
      // The clause's subject is the party reacting to the act, not its author.
      sourceSlots = ownSlots(sourceSlots);
    }
    List<Located> sources = resolve(context, locator, graph, token, sourceSlots, passive);
    List<Located> targets = resolve(context, locator, graph, token, predicate.target(), passive);
    // "des sanctions contre huit responsables, accusés d'avoir saboté le scrutin": an accusation in a
    // participle set off after a noun falls on the noun and, with no agent named, is made by the
    // subject of the clause the noun sits in.
    if ("ACCUSE".equals(predicate.plover()) && appositiveParticiple(graph, token)) {
      Token noun = qualifiedNoun(graph, token);
      // "huit responsables, dont le président du Conseil électoral, accusés…": the participle may
      // hang on the apposition that singles out one of them; it qualifies them all.
      if (SentenceGraph.hasRelation(noun, "appos") && graph.head(noun) != null
          && graph.children(noun).stream().anyMatch(t -> t.text().equalsIgnoreCase("dont"))) {
        noun = graph.head(noun);
      }
      if (targets.isEmpty()) {
        targets = resolveAll(context, locator, graph, List.of(noun));
      }
      Token verb = noun;
      for (int depth = 0; depth < 4 && verb != null && !"VERB".equals(verb.pos()); depth++) {
        verb = graph.head(verb);
      }
      if (sources.isEmpty() && verb != null && "VERB".equals(verb.pos())) {
        sources = resolve(context, locator, graph, verb, List.of("subj"), isPassive(graph, verb));
      }
    }
    // "a menacé de riposter sur le sol rwandais": a threat that names no party is aimed at the party
    // its threatened act names.
    if (targets.isEmpty() && "THREATEN".equals(predicate.plover()) && "VERB".equals(token.pos())) {
      for (Token act : graph.children(token, "xcomp")) {
        if (targets.isEmpty() && "VERB".equals(act.pos())) {
          List<String> own = sources.stream().map(l -> EntityLocator.actor(l.entity(), true).actor())
              .filter(java.util.Objects::nonNull).map(c -> c.substring(0, Math.min(3, c.length()))).toList();
          targets = resolve(context, locator, graph, act, List.of("obj", "obl"), false).stream()
              .filter(l -> l.entity().country() != null && !own.contains(l.entity().country())).toList();
        }
      }
    }
    // "a déployé des soldats en RDC": a deployment into a foreign country is aimed at that country.
    if (targets.isEmpty() && "MOBILIZE".equals(predicate.plover()) && "VERB".equals(token.pos())) {
      List<String> own = sources.stream().map(l -> EntityLocator.actor(l.entity(), true).actor())
          .filter(java.util.Objects::nonNull).map(c -> c.substring(0, Math.min(3, c.length()))).toList();
      if (!own.isEmpty()) {
        targets = resolve(context, locator, graph, token, List.of("obl:en", "obl:in", "obl:into"), false).stream()
            .filter(l -> l.entity().type() == EntityType.COUNTRY && !own.contains(l.entity().country())).toList();
      }
    }
    // "tués par une frappe de drone turque", "killed by an Israeli strike": the agent is an act,
    // whose author is the source; with no agent, the party of a cause phrase ("was vetoed because of
    // Russian opposition").
    // "Moscow denied supplying weapons": the denier is the gerund's subject.
    if (sources.isEmpty() && gerundAsDep(token) && deniedAct(context, graph, token)) {
      sources = resolve(context, locator, graph, graph.head(token), List.of("subj"), false);
    }
    if (sources.isEmpty() && passive) {
      sources = authorsOfActs(context, locator, graph, token, List.of("subj"), true);
      if (sources.isEmpty()) {
        sources = causeParties(context, locator, graph, token);
      }
    }
    if (!patients.isEmpty()) {
      targets = resolveAll(context, locator, graph, patients);
      if (sources.isEmpty()) {
        sources = causeParties(context, locator, graph, token);
      }
      // "came under fire from M23 rebels": who the act comes from.
      if (sources.isEmpty()) {
        sources = resolve(context, locator, graph, token, List.of("nmod:from", "obl:from"), false);
        Token frame = graph.head(token);
        if (sources.isEmpty() && frame != null) {
          sources = resolve(context, locator, graph, frame, List.of("obl:from", "nmod:from"), false);
        }
      }
      // The frame stands for a passive: a reported act with no agent named still comes out.
      passive = true;
    }
    // In a light-verb expression the complements may hang on its noun: "ses regrets concernant le veto".
    for (Token noun : requiredDependents(context, graph, token, predicate)) {
      if (targets.isEmpty()) {
        targets = resolve(context, locator, graph, noun, predicate.target(), false);
      }
    }
    // "exprimer ses regrets face au veto américain": a reaction to an act targets its author.
    List<Located> authors = authorsOfActs(context, locator, graph, token, predicate.target(), passive);
    for (Token noun : requiredDependents(context, graph, token, predicate)) {
      // "a rejeté la demande somalienne d'un retrait": the expression's noun is itself the act
      // answered, and the act inside it ("un retrait") is only what it asks.
      if (authors.isEmpty() && REACTIONS.contains(predicate.plover()) && "NOUN".equals(noun.pos())
          && match(context.lexicon(), context.lemmas(), graph, noun) != null) {
        authors = authorsOfActs(context, locator, graph, token, List.of("obj"), passive);
      }
      if (authors.isEmpty()) {
        authors = authorsOfActs(context, locator, graph, noun, predicate.target(), false);
      }
    }
    // "a rejeté les demandes de l'opposition": a reaction to a proposal, demand or act in the object
    // is addressed to its author, whatever target slots the predicate has.
    if (authors.isEmpty() && targets.isEmpty() && REACTIONS.contains(predicate.plover())) {
      authors = authorsOfActs(context, locator, graph, token, List.of("obj"), passive);
      // "a accepté une trêve proposée par Washington": the proposal's author.
      for (Token object : arguments(graph, token, "obj", passive)) {
        if (authors.isEmpty()) {
          authors = participleAgents(context, locator, graph, object);
        }
        // "declined an invitation to a meeting hosted by Malaysia": the host of what it names.
        for (Token complement : graph.children(object, "nmod")) {
          if (authors.isEmpty()) {
            authors = participleAgents(context, locator, graph, complement);
          }
        }
      }
      // "rejected the Chinese peace plan": whose plan the object is.
      if (authors.isEmpty()) {
        targets = resolve(context, locator, graph, token, List.of("obj"), passive);
      }
    }
    // "protestaient contre le report des élections décidé par le gouvernement": a protest against a
    // measure is aimed at the measure's author.
    if (authors.isEmpty() && targets.isEmpty() && "PROTEST".equals(predicate.plover())) {
      for (String slot : predicate.target()) {
        for (Token phrase : arguments(graph, token, slot, passive)) {
          if (authors.isEmpty()) {
            authors = participleAgents(context, locator, graph, phrase);
          }
        }
      }
    }
    // "The Chinese call for a ceasefire was backed by Brazil": the parser may read the subject noun as
    // the main verb and hang the passive on it; the reaction answers that act, and targets its author.
    if (authors.isEmpty() && targets.isEmpty() && passive && REACTIONS.contains(predicate.plover())
        && graph.children(token, "nsubj:pass").isEmpty() && SentenceGraph.hasRelation(token, "dep")) {
      Token misread = graph.head(token);
      Predicate act = misread == null || misread.index() > token.index() ? null
          : match(context.lexicon(), context.lemmas(), graph, misread);
      if (act != null && act.codesEvent() && !act.speech()) {
        authors = resolve(context, locator, graph, misread, List.of("subj"), isPassive(graph, misread));
      }
    }
    // One's own act is no target: "Armenia and Azerbaijan signed an agreement" is a joint act.
    Set<String> sourceIds = new java.util.HashSet<>();
    sources.forEach(source -> sourceIds.add(source.entity().id()));
    authors = authors.stream().filter(a -> !sourceIds.contains(a.entity().id())).toList();
    if (!authors.isEmpty()) {
      targets = authors;
    }
    // "Kyiv has refused to extend its gas transit contract with Russia's Gazprom": a refusal to act
    // is aimed at the party the refused act deals with (not a place, not the refuser itself).
    if (targets.isEmpty() && predicate.plover().equals("REJECT")
        && predicate.target().stream().allMatch("none"::equals)
        && "VERB".equals(token.pos())) {
      for (Token act : graph.children(token, "xcomp")) {
            targets = resolve(context, locator, graph, act, List.of("obj", "inobj"), isPassive(graph, act)).stream()
            .filter(t -> !isPlace(t.entity()) && !sourceIds.contains(t.entity().id())).toList();
      }
    }
    // "a promis de livrer des missiles à l'Ukraine", "threatened to strike Iran": a speech act about
    // another act is addressed to that act's target.
    if (targets.isEmpty() && EMBEDDING_ACTS.contains(predicate.plover())) {
      targets = targetsOfEmbeddedActs(context, locator, graph, token);
    }
    // "L'Union européenne n'a pas adopté de sanctions", "did not join the sanctions": an act named by
    // its noun again, with no party of its own, is against the party of the latest such act told.
    if (targets.isEmpty() && sources.size() <= 1 && !predicate.symmetric() && !JOINT_ACTS.contains(predicate.plover())
        && namedByNoun(context, graph, token, predicate)) {
      targets = context.earlierTarget(predicate.plover(), graph.sentence.index(), sources);
    }
    // "a perquisitionné le siège d'un journal d'opposition", "rejected the mediation offered by
    // Spain": a party named inside the object phrase when the object itself names none.
    // (Not for talks, whose object is their topic: "discussed the developments in Gaza".)
    if (targets.isEmpty() && !predicate.target().isEmpty() && !predicate.plover().equals("CONSULT")
        && !siteObject(context, locator, graph, token, passive)) {
      targets = resolve(context, locator, graph, token, List.of("inobj"), passive).stream()
          .filter(l -> l.entity().type() != org.vigie.model.EntityType.PLACE).toList();
    }
    // "ont imposé des interdictions d'entrée à onze responsables géorgiens": the recipient of a noun's
    // act is often the dative of the verb the noun is the complement of (its "nmod:à" read as "obl:à").
    if (targets.isEmpty() && "NOUN".equals(token.pos())) {
      targets = clauseDatives(context, locator, graph, token, predicate);
    }
    // "struck the Black Sea port of Odesa", "le bombardement d'un marché d'El-Fasher": force used on a
    // site falls on the named place the site is in (its country, as for a place struck).
    if (SITE_TARGETS.contains(predicate.plover())
        && targets.stream().allMatch(t -> isPlace(t.entity()) && t.entity().country() == null)) {
      List<Located> places = placesAround(locator, graph, token, predicate, passive);
      if (!places.isEmpty()) {
        targets = places;
      }
    }
    // "New Delhi accused Islamabad of … and warned of a response": a verb coordinated with an act
    // and with no party of its own is addressed to the first act's object.
    if (targets.isEmpty() && !predicate.target().equals(List.of("none")) && !predicate.symmetric()
        && !JOINT_ACTS.contains(predicate.plover())) {
      targets = firstConjunctTargets(context, locator, graph, token);
    }
    // Force used on a place: "shelled the camp in central Gaza" targets Gaza.
    if (targets.isEmpty() && LOCATED_ACTS.contains(predicate.plover())) {
      targets = resolve(context, locator, graph, token, List.of("obl:in", "obl:à", "obl:dans", "obl:sur", "obl:on", "obl:at",
          "obl:near", "obl:près"), passive).stream().filter(l -> isPlace(l.entity())).toList();
    }
    // "Thousands of police officers were deployed in Paris", "Des milliers de policiers ont été déployés
    // à Paris": forces deployed with no one named to deploy them are the party that mobilises, and the
    // place they are sent to is no target.
    if (sources.isEmpty() && passive && patients.isEmpty() && predicate.plover().equals("MOBILIZE")) {
      List<Located> forces = resolve(context, locator, graph, token, List.of("obj"), true);
      if (!forces.isEmpty()) {
        sources = forces;
        targets = targets.stream().filter(t -> !isPlace(t.entity()) && !forces.contains(t)).toList();
      }
    }
    // "killing at least 12 people", "130 000 personnes ont fui les combats": people only counted are
    // casualties (facts), no party to an attack; nor does an act with no agent on them code anything.
    if (predicate.plover().equals("ASSAULT")) {
      // "struck the port, killing at least 12 people and wounding 30": a participle with no subject
      // of its own whose victims are only counted tells the casualties of the act it hangs on.
      if ("VERB".equals(token.pos()) && graph.children(token, "nsubj").isEmpty()
          && PRESENT_PARTICIPLE.matcher(token.text().toLowerCase(Locale.ROOT)).find()
          && !graph.children(token, "obj").isEmpty() && graph.children(token, "obj").stream().allMatch(o -> counted(graph, o))) {
        return;
      }
      sources = sources.stream().filter(s -> !countedPeople(s)).toList();
      targets = targets.stream().filter(t -> !countedPeople(t)).toList();
    }
    if (sources.isEmpty() && passive && !targets.isEmpty() && targets.stream().allMatch(EventStage::countedPeople)) {
      return;
    }
    // "Three activists were arrested in Minsk": an agentless passive reports the act, source unknown.
    boolean agentless = sources.isEmpty() && passive && !targets.isEmpty();
    // "Une grande manifestation contre la réforme est prévue samedi à Buenos Aires": a protest against
    // something, named with no party of its own, is by protesters of the country where it happens,
    // else the article's. (Not "la manifestation sportive", nor "avant la manifestation".)
    ActorRef crowd = null;
    if (sources.isEmpty() && !agentless && predicate.plover().equals("PROTEST") && "NOUN".equals(token.pos())
        && !withCase(graph, graph.children(token, "nmod"), markers(predicate.target())).isEmpty()) {
      String country = placeCountry(locator, graph, LOCATIVES);
      country = country != null ? country : context.mainCountry();
      crowd = country == null || context.countrylessCode() ? null : new ActorRef(null, "protesters", country + "OPP");
    }
    if (sources.isEmpty() && !agentless && crowd == null) {
      return;
    }
    // A joint act of coordinated parties with no other party: "France and India held joint exercises"
    // is one event, the first-named party as source.
    boolean pairedSubjects = false;
    if ((predicate.symmetric() || JOINT_ACTS.contains(predicate.plover())) && targets.isEmpty() && sources.size() >= 2) {
      targets = List.of(sources.get(1));
      sources = List.of(sources.get(0));
      pairedSubjects = true;
    }
    // "Displaced people were sheltering": a row marked transitive is no event without its object.
    if (predicate.transitive() && "VERB".equals(token.pos()) && !passive
        && arguments(graph, token, "obj", false).isEmpty()) {
      return;
    }
    // "Moroccan fans supported their team": a subject that is a common noun named only by a demonym
    // (no role, no name), acting on an object that names no party, is no political actor.
    if (targets.isEmpty() && "VERB".equals(token.pos()) && !passive
        && demonymOnly(locator, graph, arguments(graph, token, "subj", false))
        && !arguments(graph, token, "obj", false).isEmpty()) {
      return;
    }
    // "Si Téhéran reprend l'enrichissement, l'UE rétablira ses sanctions": the reaction a condition
    // announces answers the act of the condition's subject.
    Token clause = clauseOf(graph, token);
    List<Token> conditions = predicate.plover().equals("THREATEN") || compoundPast(graph, clause) ? List.of()
        : conditionClauses(graph, clause);
    if (targets.isEmpty() && !predicate.target().equals(List.of("none")) && !predicate.symmetric()) {
      List<Located> acting = sources;
      for (Token condition : conditions) {
        targets = resolve(context, locator, graph, condition, List.of("subj"), isPassive(graph, condition)).stream()
            .filter(t -> !sourcesHave(acting, t)).toList();
      }
    }
    // "La Chine a menacé Taïwan de représailles après la visite d'une délégation américaine": a
    // reaction of disapproval answers the act its phrase of time names, and aims at the party that
    // took part in it; a meeting there with no counterpart stated was with the reaction's target.
    if (targets.isEmpty() && JOINT_ACTS.contains(predicate.plover()) && "NOUN".equals(token.pos())) {
      List<Located> acting = sources;
      targets = provokedParty(context, locator, graph, token).stream().filter(t -> !sourcesHave(acting, t)).toList();
    }
    // "seized a military base", "shelled Israeli positions": force used on a military site falls on
    // the armed forces of its country, the country of the site's phrase, else of the place where it
    // happens, else the article's.
    boolean post = SITE_TARGETS.contains(predicate.plover()) && sitesOf(graph, token, predicate, passive).stream()
        .anyMatch(site -> context.lemmas().of(site).stream().anyMatch(context.frames()::post)
            || context.frames().post(site.text()));
    if (post && targets.stream().allMatch(t -> isPlace(t.entity()) && t.entity().country() == null)) {
      String country = domesticCountry(locator, graph, List.of(), List.of());
      targets = countryParty(document, country != null ? country : context.mainCountry());
    }
    // "ont démenti avoir bombardé le marché": force on a site people live or gather in, named with
    // no place, falls on the country of the place of the sentence, else the article's.
    boolean site = !post && SITE_TARGETS.contains(predicate.plover()) && sitesOf(graph, token, predicate, passive).stream()
        .anyMatch(s -> context.lemmas().of(s).stream().anyMatch(context.frames()::site)
            || context.frames().site(s.text()));
    if (site && targets.isEmpty()) {
      String country = domesticCountry(locator, graph, List.of(), List.of());
      targets = countryParty(document, country != null ? country : context.mainCountry());
    }
    if (targets.isEmpty() && predicate.plover().equals("ASSAULT")) {
      targets = placeInSentence(locator, graph, sources);
    }
    String domestic = domesticCountry(locator, graph, sources, targets);
    boolean negated = negated(graph, token) || negatedSubject(graph, token) || negatedClause(graph, token)
        || deniedAct(context, graph, token);
    boolean hypothetical = predicate.future() || hypothetical(graph, token) || governedByPlan(context, graph, token)
        || underModal(context, graph, token) || frenchFuture(context, token)
        || (clause != token && (hypothetical(graph, clause) || underModal(context, graph, clause) || frenchFuture(context, clause)))
        || !conditions.isEmpty();
    // "India will finance a feasibility study", "Paris fournira un patrouilleur à Fidji": aid or
    // cooperation stated in the future tense, with no condition, plan or modal verb, is a commitment
    // (CAMEO 031/033, AGREE), not a hypothetical act. A user's verb dictionary (transparent rows) keeps
    // PETRARCH's convention, which codes the act whatever its tense.
    Predicate coded = predicate;
    if (hypothetical && PROMISED.containsKey(predicate.plover()) && conditions.isEmpty() && !predicate.future()
        && !predicate.transparent()
        && !governedByPlan(context, graph, token) && !underModal(context, graph, token)
        && (futureTense(context, graph, token) || (clause != token && futureTense(context, graph, clause)
            && !underModal(context, graph, clause)))) {
      coded = promised(predicate);
      hypothetical = false;
    }
    // "30 personnes ont été tuées dans des frappes israéliennes sur Baalbek": the people struck are of
    // the place struck, not of the attacker.
    String victimPlace = LOCATED_ACTS.contains(predicate.plover()) ? placeCountry(locator, graph, VICTIM_PLACES) : null;
    Located reporter = Reporting.reporter(locator, graph, token);
    List<Located> targetList = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
    List<Located> sourceList = agentless || crowd != null ? java.util.Collections.singletonList(null) : sources;
    for (Located source : sourceList) {
      for (Located target : targetList) {
        if (target != null && source != null && target.entity().id().equals(source.entity().id())
            && Objects.equals(target.country(), source.country())) {
          continue;
        }
        ActorRef sourceActor = source == null ? crowd
            : inCountry(governmentByName(graph, source, withCountry(EntityLocator.actor(source.entity(), true),
                source.entity(), groupCountry(context, source, target, domestic))), source);
        // "accused Islamabad", "demanded explanations from Algiers": a capital addressed is its
        // government; a place struck, raided or left is the place ("shelled Kyiv" is UKR).
        ActorRef targetActor = target == null ? null
            : inCountry(withCountry(EntityLocator.actor(target.entity(), !PLACE_TARGETS.contains(predicate.plover())),
                target.entity(), victimPlace != null && target.country() == null ? victimPlace
                    : groupCountry(context, target, source, domestic)), target);
        if (post && targetActor != null && targetActor.actor() != null && targetActor.actor().length() == 3) {
          targetActor = new ActorRef(targetActor.entity(), targetActor.name(), targetActor.actor() + "MIL");
        }
        sourceActor = ownedByReporter(sourceActor, source, reporter);
        // "environ 20 000 personnes ont manifesté", "students took to the streets": people who
        // protest are protesters (OPP); teachers on strike keep their sector (a labour act).
        if (sourceActor != null && predicate.plover().equals("PROTEST") && sourceActor.actor() != null
            && sourceActor.actor().length() >= 6 && (sourceActor.actor().startsWith("CVL", 3)
                || sourceActor.actor().startsWith("EDU", 3) && !"strike".equals(predicate.mode()))) {
          sourceActor = new ActorRef(sourceActor.entity(), sourceActor.name(),
              sourceActor.actor().substring(0, 3) + "OPP" + sourceActor.actor().substring(6));
        }
        // "India and Nepal agreed": the second party of a joint act is a subject too, a government by name.
        if (pairedSubjects && targetActor != null) {
          targetActor = governmentByName(graph, target, targetActor);
        }
        if (sourceActor != null && sourceActor.actor() == null) {
          // An actor Vigie cannot code ("Arsenal", "the company") makes no political event.
          continue;
        }
        if (sourceActor == null && (targetActor == null || targetActor.actor() == null)) {
          continue;
        }
        // "…, the army said": a reporting body with a role but no country is of the clause's country.
        ActorRef reportedBy = reporter == null || (source != null && reporter.entity().id().equals(source.entity().id()))
            ? null : Reporting.actor(graph, reporter, groupCountry(context, reporter, null, domestic));
        String key = coded.kind() + "|" + partyKey(sourceActor, source) + "|" + partyKey(targetActor, target) + "|"
            + negated + "|" + hypothetical;
        Evidence evidence = evidence(document, graph, token, source, target);
        EventDates.Dated dated = context.dates()[0].dateOf(graph, token);
        Draft draft = drafts.get(key);
        // "…protestaient mardi soir … Son coordinateur a entamé le même jour une grève de la faim": the
        // same act by the same parties on another day the text gives is another happening.
        if (draft != null && draft.dated != null && draft.dated.own() && dated.own() && dated.date() != null
            && draft.dated.date() != null && !dated.date().value().equals(draft.dated.date().value())) {
          key = key + "|" + dated.date().value();
          draft = drafts.get(key);
        }
        if (draft == null) {
          Draft created = new Draft(coded, sourceActor, targetActor, negated, hypothetical, reportedBy,
              location(locator, graph, token, source, target), evidence, document.language());
          created.sourceAt = source;
          created.targetAt = target;
          created.dated = dated;
          drafts.put(key, created);
        } else {
          draft.add(evidence, reportedBy);
          draft.redate(dated);
        }
        // "X left for Y" (032:033): the same words report Y's act back on X.
        if (predicate.reciprocal() != null && source != null && target != null && targetActor.actor() != null) {
          Predicate back = reciprocal(predicate);
          ActorRef backSource = withCountry(EntityLocator.actor(target.entity(), true), target.entity(),
              context.countrylessCode() ? groupCountry(context, target, source, domestic) : domestic);
          ActorRef backTarget = withCountry(EntityLocator.actor(source.entity(), false), source.entity(),
              context.countrylessCode() ? groupCountry(context, source, target, domestic) : domestic);
          String backKey = back.kind() + "|" + backSource.entity() + "|" + backTarget.entity() + "|" + negated + "|"
              + hypothetical;
          Draft backDraft = drafts.get(backKey);
          if (backDraft == null) {
            Draft created = new Draft(back, backSource, backTarget, negated, hypothetical, reportedBy,
                location(locator, graph, token, source, target), evidence, document.language());
            created.dated = dated;
            drafts.put(backKey, created);
          } else {
            backDraft.add(evidence, reportedBy);
            backDraft.redate(dated);
          }
        }
      }
    }
  }

  /** Acts whose commitment has a CAMEO code of its own: the first digits of that code (03x). */
  private static final Map<String, String> PROMISED = Map.of("AID", "033", "COOPERATE", "031");

  /** The commitment to a predicate's act: "will provide aid" (073) is 0333, "will supply" (061) 0311. */
  private static Predicate promised(Predicate predicate) {
    String act = predicate.cameo() == null ? "" : predicate.cameo();
    String base = PROMISED.get(predicate.plover());
    String cameo = act.length() == 3 && act.charAt(2) >= '1' && act.charAt(2) <= '4' ? base + act.charAt(2) : base;
    return new Predicate(predicate.head(), predicate.pos(), predicate.dependents(), "AGREE", null, cameo, null,
        predicate.source(), predicate.target(), predicate.flags(), predicate.row());
  }

  /** The future indicative: "will"/"shall" ("will finance") or the French simple future ("fournira"). */
  private static boolean futureTense(Context context, SentenceGraph graph, Token token) {
    for (Token aux : graph.children(token, "aux")) {
      String word = aux.text().toLowerCase(Locale.ROOT);
      if (word.equals("will") || word.equals("'ll") || word.equals("shall")) {
        return true;
      }
    }
    return frenchFuture(context, token) && token.text().toLowerCase(Locale.ROOT).matches(".+r(ai|as|a|ons|ez|ont)");
  }

  /** The predicate of the target's act back on the source, coded with the reciprocal code. */
  private static Predicate reciprocal(Predicate predicate) {
    CameoCodes.Code code = CameoCodes.get(predicate.reciprocal());
    String plover = code == null || code.plover() == null ? "" : code.plover();
    return new Predicate(predicate.head(), predicate.pos(), predicate.dependents(), plover,
        code == null ? null : blankToNull(code.mode()), predicate.reciprocal(), null, predicate.target(),
        predicate.source(), predicate.flags(), predicate.row());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** Whether the object is a site ("le camp de réfugiés"), whose complements name no party of the act. */
  private static boolean siteObject(Context context, EntityLocator locator, SentenceGraph graph, Token token,
                                    boolean passive) {
    return arguments(graph, token, "obj", passive).stream().anyMatch(object -> locator.covering(object) == null
        && context.lemmas().of(object).stream().anyMatch(context.frames()::site));
  }

  /** An act named by a noun: a nominal predicate, or a light verb with its noun ("imposer des sanctions"). */
  private static boolean namedByNoun(Context context, SentenceGraph graph, Token token, Predicate predicate) {
    return "NOUN".equals(token.pos()) || requiredDependents(context, graph, token, predicate).stream()
        .anyMatch(t -> "NOUN".equals(t.pos()));
  }

  /** French verbs conjugated with "être" in the active voice. */
  private static final Set<String> ETRE_VERBS = Set.of("aller", "venir", "arriver", "partir", "entrer", "sortir",
      "descendre", "monter", "rentrer", "retourner", "revenir", "tomber", "rester", "devenir", "parvenir", "intervenir",
      "mourir", "naître", "passer", "repartir", "ressortir", "redescendre");

  private static boolean agentless(SentenceGraph graph, Token token) {
    return graph.children(token, "obl:agent").isEmpty()
        && withCase(graph, graph.children(token, "obl"), Set.of("par")).isEmpty();
  }

  /** "pourrait bloquer", "doit rencontrer", "va signer": a modal verb above the act. */
  private static boolean underModal(Context context, SentenceGraph graph, Token token) {
    Token head = graph.head(token);
    if (head == null || !SentenceGraph.hasRelation(token, "xcomp")) {
      return false;
    }
    return context.lemmas().of(head).stream().anyMatch(MODAL_VERBS::contains);
  }

  /** The French future and conditional ("se rendra", "signerait"): a form of the verb ending so. */
  private static boolean frenchFuture(Context context, Token token) {
    if (token.lemma() != null || !"VERB".equals(token.pos())) {
      return false;
    }
    String word = token.text().toLowerCase(Locale.ROOT);
    if (!word.matches(".+r(ai|as|a|ons|ez|ont|ais|ait|ions|iez|aient)")) {
      return false;
    }
    // Only when the form is a known form of a verb and not its infinitive ("montrera", not "mira").
    return context.lemmas().of(token).stream().anyMatch(l -> !l.equals(word) && (l.endsWith("er") || l.endsWith("ir")
        || l.endsWith("re")));
  }

  /** Acts that coordinated parties with no other party do together: "India and Nepal agreed to build…". */
  private static final Set<String> JOINT_ACTS = Set.of("AGREE", "CONSULT", "COOPERATE");

  /** Words that open a purpose clause: "to supply", "pour livrer", "afin de". */
  private static final Set<String> PURPOSE = Set.of("to", "pour", "afin");

  private static final Set<String> EMBEDDING_ACTS = Set.of("THREATEN", "REQUEST", "AGREE", "REJECT", "SUPPORT", "CONCEDE");
  private static final Set<String> REACTIONS = Set.of("REJECT", "SUPPORT", "ACCUSE", "AGREE", "CONCEDE");

  private static List<Located> targetsOfEmbeddedActs(Context context, EntityLocator locator, SentenceGraph graph,
                                                     Token token) {
    List<Token> complements = new ArrayList<>();
    for (String relation : List.of("xcomp", "ccomp", "obj", "obl")) {
      complements.addAll(graph.children(token, relation));
    }
    // "signed an accord to supply Gondor with wheat": the act the object or a purpose clause sets out.
    for (Token object : graph.children(token, "obj")) {
      complements.addAll(graph.children(object, "acl"));
    }
    for (Token clause : graph.children(token, "advcl")) {
      if (graph.children(clause, "mark").stream().anyMatch(m -> PURPOSE.contains(m.text().toLowerCase(Locale.ROOT)))) {
        complements.add(clause);
      }
    }
    for (Token complement : complements) {
      Predicate act = match(context.lexicon(), context.lemmas(), graph, complement);
      if (act == null || !act.codesEvent()) {
        continue;
      }
      // (A party Vigie cannot code, such as a place of unknown country, is no target.)
      List<Located> targets = resolve(context, locator, graph, complement, act.target(), isPassive(graph, complement))
          .stream().filter(t -> t.entity().actor() != null || t.entity().country() != null || t.entity().sector() != null)
          // "threatened to send troops into Rafah": where forces are sent is their destination, not
          // the party the speech act addresses.
          .filter(t -> !(act.plover().equals("MOBILIZE") && t.entity().type() == EntityType.PLACE))
          .toList();
      if (!targets.isEmpty()) {
        return targets;
      }
    }
    return List.of();
  }

  /** The parties in the object of the act a verb is coordinated with, when that verb is an act. */
  private static List<Located> firstConjunctTargets(Context context, EntityLocator locator, SentenceGraph graph,
                                                    Token token) {
    Token head = graph.head(token);
    if (head == null || !SentenceGraph.hasRelation(token, "conj") || !"VERB".equals(token.pos())) {
      return List.of();
    }
    Predicate act = match(context.lexicon(), context.lemmas(), graph, head);
    if (act == null || !act.codesEvent() || act.symmetric() || JOINT_ACTS.contains(act.plover())) {
      return List.of();
    }
    return resolve(context, locator, graph, head, List.of("obj"), isPassive(graph, head));
  }

  /** "plans a new offensive", "prévoit de se rendre": an act governed by a plan is hypothetical. */
  private static boolean governedByPlan(Context context, SentenceGraph graph, Token token) {
    Token head = graph.head(token);
    // "Une manifestation est prévue samedi", "a rally is planned": the passive subject of a plan.
    if (head == null || !(SentenceGraph.hasRelation(token, "xcomp") || SentenceGraph.hasRelation(token, "obj")
        || SentenceGraph.hasRelation(token, "ccomp") || SentenceGraph.hasRelation(token, "nsubj:pass"))) {
      return false;
    }
    Predicate plan = match(context.lexicon(), context.lemmas(), graph, head);
    return plan != null && plan.future();
  }

  /** The first place of the sentence outside the attackers' own country: "66 jours d'agression … à Gaza". */
  private static List<Located> placeInSentence(EntityLocator locator, SentenceGraph graph, List<Located> sources) {
    Set<String> own = new java.util.HashSet<>();
    sources.forEach(s -> own.add(s.entity().country()));
    for (Token token : graph.tokens()) {
      Located located = locator.covering(token);
      if (located != null && located.entity().type() == org.vigie.model.EntityType.PLACE
          && located.entity().country() != null && !own.contains(located.entity().country())) {
        return List.of(located);
      }
    }
    return List.of();
  }

  /** Prepositions that introduce where something happens. */
  private static final Set<String> LOCATIVES = Set.of("à", "dans", "en", "près", "in", "at", "near", "inside", "outside");

  /**
   * Where the act happened: a place introduced by a locative preposition on the predicate, or on
   * its clause's verb for a noun ("la réunion des présidents à Moscou"); never the source or target.
   */
  static org.vigie.model.Location location(EntityLocator locator, SentenceGraph graph, Token token,
                                           Located source, Located target) {
    List<Token> heads = new ArrayList<>(List.of(token));
    if (graph.head(token) != null && "NOUN".equals(token.pos())) {
      heads.add(graph.head(token));
    }
    // The place may hang on a participant: "la réunion des présidents…, à Moscou".
    for (Token complement : graph.children(token, "nmod")) {
      heads.add(complement);
      heads.addAll(graph.children(complement, "appos"));
      graph.children(complement, "appos").forEach(a -> heads.addAll(graph.children(a, "conj")));
    }
    for (Token head : heads) {
      List<Token> phrases = new ArrayList<>(graph.children(head, "obl"));
      phrases.addAll(graph.children(head, "nmod"));
      for (Token phrase : withCase(graph, phrases, LOCATIVES)) {
        Located place = locator.at(graph, phrase);
        if (place != null && place.entity().type() == org.vigie.model.EntityType.PLACE
            && (source == null || !place.entity().id().equals(source.entity().id()))
            && (target == null || !place.entity().id().equals(target.entity().id()))) {
          return new org.vigie.model.Location(place.entity().name(), place.entity().country(), null, null);
        }
      }
    }
    return null;
  }

  /** The heads of the phrase an act is done to: a verb's object (a passive's subject), a noun's target phrases. */
  private static List<Token> sitesOf(SentenceGraph graph, Token token, Predicate predicate, boolean passive) {
    List<Token> sites = new ArrayList<>();
    if (!"NOUN".equals(token.pos())) {
      // "a mené une attaque de drones contre une base militaire": the site may be the object's complement.
      for (Token object : arguments(graph, token, "obj", passive)) {
        sites.add(object);
        sites.addAll(graph.children(object, "nmod"));
      }
      return sites;
    }
    for (String slot : predicate.target()) {
      if (slot.startsWith("nmod") || slot.startsWith("obl")) {
        sites.addAll(arguments(graph, token, slot, false));
      }
    }
    return sites;
  }

  /** The article's country entity of {@code country}, as a party, or nothing. */
  private static List<Located> countryParty(Document document, String country) {
    if (country == null) {
      return List.of();
    }
    for (Entity entity : document.entities()) {
      if (entity.type() == EntityType.COUNTRY && country.equals(entity.country()) && entity.sector() == null
          && !entity.mentions().isEmpty()) {
        return List.of(new Located(entity, entity.mentions().get(0), null));
      }
    }
    return List.of();
  }

  /** Possessive determiners that make a group another party's own ("its fighters", "ses soldats"). */
  private static final Set<String> POSSESSIVES = Set.of("its", "their", "son", "sa", "ses", "leur", "leurs");

  /**
   * "Hamas said its fighters shelled Israeli positions", "the Defence Ministry said its forces
   * struck": a group of a possessive the reporting party owns is that party's: its code when it
   * has the group's sector first ("PSEREBHMS" for the fighters), else its country with the group's sector (RUSMIL).
   */
  private static ActorRef ownedByReporter(ActorRef actor, Located party, Located reporter) {
    if (actor == null || party == null || reporter == null || party.entity().country() != null
        || party.entity().sector() == null || party.entity().type() == EntityType.COUNTRY) {
      return actor;
    }
    String text = party.mention().text().toLowerCase(Locale.ROOT);
    int space = text.indexOf(' ');
    String code = reporter.entity().actor();
    if (space < 0 || !POSSESSIVES.contains(text.substring(0, space)) || code == null || code.length() < 3
        || reporter.entity().country() == null || !code.startsWith(reporter.entity().country())) {
      return actor;
    }
    String sector = party.entity().sector();
    String owned = code.startsWith(sector, 3) ? code : code.substring(0, 3) + sector;
    return new ActorRef(actor.entity(), actor.name(), owned);
  }

  /** A group named only as people ("six people", "60 personnes"): role words of role "people". */
  /** A number of people: "30", "at least 12 people", "dozens". */
  private static boolean counted(SentenceGraph graph, Token noun) {
    String word = (noun.lemma() != null ? noun.lemma() : noun.text()).toLowerCase(Locale.ROOT);
    return "NUM".equals(noun.pos()) || !graph.children(noun, "nummod").isEmpty()
        || Set.of("dozen", "dozens", "hundreds", "thousands", "scores").contains(word);
  }

  private static boolean countedPeople(Located party) {
    return party.entity().type() == EntityType.GROUP && "people".equals(party.entity().role());
  }

  /** Acts on a site ("the port of Odesa", "un marché d'El-Fasher") that fall on the place the site is in. */
  private static final Set<String> SITE_TARGETS = Set.of("ASSAULT", "COERCE");

  /**
   * The named places, with a country, inside the phrase an act is done to: the object (or passive
   * subject) of a verb, the target phrases of a noun, and their nominal modifiers a few levels down.
   */
  private static List<Located> placesAround(EntityLocator locator, SentenceGraph graph, Token token, Predicate predicate,
                                            boolean passive) {
    List<Token> level = new ArrayList<>();
    if ("NOUN".equals(token.pos())) {
      for (String slot : predicate.target()) {
        if (slot.startsWith("nmod") || slot.startsWith("obl")) {
          level.addAll(arguments(graph, token, slot, false));
        }
      }
    } else {
      level.addAll(arguments(graph, token, "obj", passive));
    }
    List<Located> found = new ArrayList<>();
    for (int depth = 0; depth < 3 && !level.isEmpty() && found.isEmpty(); depth++) {
      List<Token> next = new ArrayList<>();
      for (Token noun : level) {
        Located located = locator.at(graph, noun);
        if (located != null && isPlace(located.entity()) && located.entity().country() != null
            && found.stream().noneMatch(f -> f.entity().id().equals(located.entity().id()))) {
          found.add(located);
        }
        next.addAll(graph.children(noun, "nmod"));
        next.addAll(graph.children(noun, "nmod:poss"));
      }
      level = next;
    }
    return found;
  }

  /**
   * The parties of the clause verb's phrases with the markers of a noun's target slots: "imposé des
   * interdictions d'entrée à onze responsables" reads the noun's "nmod:à" on "imposé". Places are no
   * recipients here ("a mené une attaque à Goma").
   */
  private static List<Located> clauseDatives(Context context, EntityLocator locator, SentenceGraph graph, Token token,
                                             Predicate predicate) {
    if (SentenceGraph.hasRelation(token, "nsubj") || SentenceGraph.hasRelation(token, "nsubj:pass")) {
      return List.of();
    }
    Token verb = graph.head(token);
    int depth = 1;
    while (verb != null && !clauseVerb(graph, verb) && depth < 2) {
      verb = graph.head(verb);
      depth++;
    }
    if (verb == null || !clauseVerb(graph, verb)) {
      return List.of();
    }
    for (String slot : predicate.target()) {
      if (!slot.startsWith("nmod:")) {
        continue;
      }
      String marker = slot.substring("nmod:".length());
      List<Token> phrases = withCase(graph, graph.children(verb, "obl"), Set.of(marker)).stream()
          .filter(phrase -> phrase.index() > token.index()).toList();
      List<Located> found = resolveAll(context, locator, graph, phrases).stream()
          .filter(l -> !isPlace(l.entity()) || l.entity().type() == EntityType.COUNTRY).toList();
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** Acts whose place, when no target is named, is their target (CAMEO codes the location's country). */
  private static final Set<String> LOCATED_ACTS = Set.of("ASSAULT", "COERCE", "MOBILIZE");
  private static final Set<String> PLACE_TARGETS = Set.of("ASSAULT", "COERCE", "MOBILIZE", "RETREAT");

  private static boolean isPlace(Entity entity) {
    return entity.type() == org.vigie.model.EntityType.PLACE || entity.type() == org.vigie.model.EntityType.COUNTRY;
  }

  /**
   * The country of a clause's domestic groups: protesters, rebels or police named without a
   * country ("police fired at protesters in Nairobi") belong to the country of the place or of the
   * other party the clause names.
   */
  static String domesticCountry(EntityLocator locator, SentenceGraph graph, List<Located> sources,
                                List<Located> targets) {
    for (Located located : concat(sources, targets)) {
      if (located.entity().country() != null) {
        return located.entity().country();
      }
    }
    // A place where things happen ("à Goma", "in Nairobi"), not a party ("proposée par Washington").
    return placeCountry(locator, graph, LOCATIVES);
  }

  /** The country of the first place of the sentence introduced by one of the prepositions, or null. */
  static String placeCountry(EntityLocator locator, SentenceGraph graph, Set<String> prepositions) {
    for (Token token : withCase(graph, graph.tokens(), prepositions)) {
      Located located = locator.at(graph, token);
      if (located != null && isPlace(located.entity()) && located.entity().country() != null) {
        return located.entity().country();
      }
    }
    return null;
  }

  /** Where people are struck: the places of the sentence, including a target ("frappes sur Baalbek"). */
  static final Set<String> VICTIM_PLACES = Set.of("à", "dans", "en", "près", "sur", "in", "at", "near", "inside",
      "outside", "on");

  private static List<Located> concat(List<Located> a, List<Located> b) {
    List<Located> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * The country of a party named without one: its own phrase's ("six Hong Kong officials"), else
   * for a government ("the government", "le gouvernement") the article's main country unless the
   * other party is of it ("Washington urged the government" is not the US government), else the
   * clause's country.
   */
  private static String groupCountry(Context context, Located party, Located other, String domestic) {
    if (party.country() != null) {
      return party.country();
    }
    if (context.countrylessCode()) {
      return NO_COUNTRY;
    }
    if ("GOV".equals(party.entity().sector()) && other != null) {
      String otherCountry = other.entity().country();
      if (otherCountry != null && otherCountry.equals(domestic)) {
        return context.mainCountry() != null && !context.mainCountry().equals(otherCountry) ? context.mainCountry() : domestic;
      }
    }
    // "Les rebelles avaient accepté une trêve proposée par Washington": a foreign state or its army
    // as the other party does not give its country to a group named without one; the article's does.
    if (other != null && domestic != null && domestic.equals(other.entity().country())
        && (isPlace(other.entity()) || "MIL".equals(other.entity().sector()))
        && context.mainCountry() != null && !context.mainCountry().equals(domestic)) {
      return context.mainCountry();
    }
    // "Police fired tear gas near the bridge": with no country in the clause, the article's.
    return domestic != null ? domestic : context.mainCountry();
  }

  /**
   * A country named as the party that acts is its government (GUIDELINES: "country names used for
   * governments"): "China threatened Taiwan" is CHNGOV, "Serbia expelled two Croatian citizens" SRBGOV.
   * A demonym keeps the bare country ("the American veto", "Russian drones struck"), and so does a
   * mention outside the sentence, whose words cannot be read.
   */
  static ActorRef governmentByName(SentenceGraph graph, Located party, ActorRef actor) {
    Entity entity = party.entity();
    if (entity.type() != EntityType.COUNTRY || entity.sector() != null
        || actor.actor() == null || !actor.actor().equals(entity.country())) {
      return actor;
    }
    boolean named = false;
    for (Token word : graph.tokens()) {
      if (word.start() >= party.mention().start() && word.end() <= party.mention().end()) {
        // "The Chinese call…", parsed as a subject: the recogniser still tags the demonym MISC.
        if (!"PROPN".equals(word.pos()) || SentenceGraph.hasRelation(word, "amod")
            || "MISC".equals(word.ner()) || "NATIONALITY".equals(word.ner())) {
          return actor;
        }
        named = true;
      }
    }
    // "Dozens of Hong Kongers staged a protest": a people named by its demonym is not its government.
    String sector = "DEMONYM".equals(party.mention().label()) ? "CVL" : "GOV";
    return named ? new ActorRef(actor.entity(), actor.name(), actor.actor() + sector) : actor;
  }

  /**
   * The actor of a group that stands for one of several countries ({@link #perCountry}): the
   * entity's code with that country in place of its own ("ARNGOV" for Osgiliath's share: "OSGGOV").
   */
  private static ActorRef inCountry(ActorRef actor, Located party) {
    String own = party.entity().country();
    if (actor == null || actor.actor() == null || party.country() == null || own == null
        || party.country().equals(own) || !actor.actor().startsWith(own)) {
      return actor;
    }
    return new ActorRef(actor.entity(), actor.name(), party.country() + actor.actor().substring(own.length()));
  }

  /** An event's party in its merge key: the entity, and the country when the entity stands for several. */
  private static String partyKey(ActorRef actor, Located party) {
    if (actor == null) {
      return "-";
    }
    if (actor.entity() == null) {
      return actor.actor();
    }
    boolean shared = party != null && party.country() != null && !party.country().equals(party.entity().country());
    return shared ? actor.entity() + "@" + actor.actor() : actor.entity();
  }

  /** A group or body with a role but no country ("des manifestants", "rebels") takes the clause's country. */
  static ActorRef withCountry(ActorRef actor, Entity entity, String country) {
    if (actor.actor() != null || entity.sector() == null || country == null) {
      return actor;
    }
    return new ActorRef(actor.entity(), actor.name(), country + entity.sector());
  }

  /** "Moscou a démenti avoir livré des armes", "denied hitting residential areas": an act under a denial. */
  private static boolean deniedAct(Context context, SentenceGraph graph, Token token) {
    Token head = graph.head(token);
    if (head == null || !(SentenceGraph.hasRelation(token, "xcomp") || SentenceGraph.hasRelation(token, "ccomp")
        || SentenceGraph.hasRelation(token, "obj") || gerundAsDep(token))) {
      return false;
    }
    Predicate outer = match(context.lexicon(), context.lemmas(), graph, head);
    return outer != null && outer.denial();
  }

  /** "denied supplying weapons": the parser may attach a verb's complement as a bare dep. */
  private static boolean gerundAsDep(Token token) {
    return SentenceGraph.hasRelation(token, "dep") && "VERB".equals(token.pos());
  }

  /** Whether a verb governs an act of the lexicon through its complement. */
  private static boolean governsAct(Context context, SentenceGraph graph, Token token) {
    for (String relation : List.of("xcomp", "ccomp", "obj", "dep")) {
      for (Token complement : graph.children(token, relation)) {
        if (relation.equals("dep") && !gerundAsDep(complement)) {
          continue;
        }
        Predicate act = match(context.lexicon(), context.lemmas(), graph, complement);
        if (act != null && act.codesEvent()) {
          return true;
        }
      }
    }
    return false;
  }

  /** A noun's act is negated with its verb: "n'a pas imposé de sanctions", "did not hold talks". */
  private static boolean negatedClause(SentenceGraph graph, Token token) {
    Token head = graph.head(token);
    return "NOUN".equals(token.pos()) && head != null && "VERB".equals(head.pos()) && !setting(graph, token, SETTINGS)
        && (SentenceGraph.hasRelation(token, "obj") || SentenceGraph.hasRelation(token, "obl"))
        && (negated(graph, head) || negatedSubject(graph, head));
  }

  /** Markers of a phrase that sets the scene: its act is not negated with the clause. */
  private static final Set<String> SETTINGS = Set.of("at", "during", "despite", "amid", "amidst", "malgré", "pendant",
      "lors");
  /** Markers of a phrase that tells another party's act: "despite a call from lawmakers", "malgré l'appel". */
  private static final Set<String> CONCESSIVES = Set.of("despite", "amid", "amidst", "malgré");

  /**
   * A noun phrase that sets the scene of the clause rather than completing it: "did not impose
   * sanctions at a meeting of foreign ministers, despite a call from lawmakers". The meeting was held
   * (no negation from the clause), and the call is not the clause subject's.
   */
  private static boolean setting(SentenceGraph graph, Token token, Set<String> markers) {
    if (!SentenceGraph.hasRelation(token, "obl")) {
      return false;
    }
    for (Token marker : graph.children(token, "case")) {
      if (markers.contains(marker.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "No Chinese official criticised…", "aucun pays n'a condamné…". */
  private static boolean negatedSubject(SentenceGraph graph, Token token) {
    for (Token subject : graph.children(token, "nsubj")) {
      for (Token determiner : graph.children(subject, "det")) {
        String word = determiner.text().toLowerCase(Locale.ROOT);
        if (word.equals("no") || word.equals("aucun") || word.equals("aucune") || word.equals("nul")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * When the target argument is itself an act named by a noun of the lexicon ("le veto américain"),
   * the target is that act's author.
   */
  private static List<Located> authorsOfActs(Context context, EntityLocator locator, SentenceGraph graph, Token token,
                                             List<String> slots, boolean passive) {
    for (String slot : slots) {
      for (Token argument : arguments(graph, token, slot, passive)) {
        Predicate act = match(context.lexicon(), context.lemmas(), graph, argument);
        // "a rejeté la demande somalienne d'un retrait": an act inside an act object is its content.
        Token holder = graph.head(argument);
        if (holder != null && holder != token && "NOUN".equals(holder.pos())
            && match(context.lexicon(), context.lemmas(), graph, holder) != null) {
          continue;
        }
        if (act != null && act.pos().equals("NOUN") && !act.speech()) {
          // The clause's subject is the party reacting, not the author ("Zagreb condemned the expulsion").
          List<Located> authors = authorsOf(context, locator, graph, argument,
              act.source().stream().filter(s -> !s.equals("clause")).toList());
          if (authors.isEmpty()) {
            // "une trêve proposée par Washington": the author in a participle's agent.
            authors = participleAgents(context, locator, graph, argument);
          }
          if (authors.isEmpty()) {
            // "Zagreb condemned the expulsion of its nationals", "a rejeté cette demande": an act
            // named again, its author told before.
            authors = context.earlierSource(act.plover(), graph.sentence.index());
          }
          if (!authors.isEmpty()) {
            return authors;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * The author of an act noun from its source slots; a complement that is itself an act is what is
   * asked or offered, not who asks: "la demande somalienne d'un retrait des troupes éthiopiennes" is
   * Somalia's, not the troops'.
   */
  private static List<Located> authorsOf(Context context, EntityLocator locator, SentenceGraph graph, Token act,
                                         List<String> slots) {
    List<Located> fallback = List.of();
    for (String slot : slots) {
      List<Token> arguments = arguments(graph, act, slot, false).stream()
          .filter(a -> !"NOUN".equals(a.pos()) || match(context.lexicon(), context.lemmas(), graph, a) == null).toList();
      List<Located> found = resolveAll(context, locator, graph, arguments);
      if (!found.isEmpty() && !onlyByAdjective(locator, graph, arguments)) {
        return found;
      }
      if (fallback.isEmpty()) {
        fallback = found;
      }
    }
    return fallback;
  }

  /** The agents of the participles that modify a noun: "la trêve proposée par Washington". */
  private static List<Located> participleAgents(Context context, EntityLocator locator, SentenceGraph graph, Token noun) {
    for (Token participle : graph.children(noun, "acl")) {
      List<Located> agents = resolve(context, locator, graph, participle, List.of("subj"), true);
      if (!agents.isEmpty()) {
        return agents;
      }
    }
    return List.of();
  }

  /** The tokens that fill an expression's required dependents ("regrets" in "exprimer ses regrets"). */
  private static List<Token> requiredDependents(Context context, SentenceGraph graph, Token token, Predicate predicate) {
    List<Token> found = new ArrayList<>(Positional.nouns(predicate, context.lemmas(), graph, token));
    for (Dependent dependent : predicate.dependents()) {
      if (dependent.positional()) {
        continue;
      }
      for (Token child : dependentCandidates(graph, token, dependent)) {
        if (context.lemmas().of(child).contains(dependent.lemma())) {
          found.add(child);
        }
      }
    }
    return found;
  }

  /**
   * The noun a participle set off by a comma qualifies: its head, or, when the parser hung it on the
   * clause's verb, that verb's object before it ("a ordonné l'expulsion de l'ambassadeur, accusé de…").
   */
  private static Token qualifiedNoun(SentenceGraph graph, Token token) {
    Token head = graph.head(token);
    if (head != null && SentenceGraph.hasRelation(token, "advcl") && "VERB".equals(head.pos())) {
      List<Token> objects = graph.children(head, "obj");
      return objects.isEmpty() || objects.get(0).index() > token.index() ? null : objects.get(0);
    }
    return head != null && SentenceGraph.hasRelation(token, "acl") && !SentenceGraph.hasRelation(token, "acl:relcl")
        ? head : null;
  }

  /** A past participle set off by a comma after the noun it qualifies, with no agent: "X, accusé de…". */
  private static boolean appositiveParticiple(SentenceGraph graph, Token token) {
    Token noun = qualifiedNoun(graph, token);
    return noun != null && "VERB".equals(token.pos())
        && ("NOUN".equals(noun.pos()) || "PROPN".equals(noun.pos()))
        && noun.index() < token.index() && token.index() > 0
        && graph.children(token, "mark").isEmpty()
        && graph.tokens().get(token.index() - 1).text().equals(",")
        && graph.children(token, "aux").isEmpty() && graph.children(token, "nsubj").isEmpty()
        && graph.children(token, "obl:agent").isEmpty()
        && withCase(graph, graph.children(token, "obl"), Set.of("par", "by")).isEmpty();
  }

  private static boolean isPassive(SentenceGraph graph, Token token) {
    return !graph.children(token, "aux:pass").isEmpty() || !graph.children(token, "nsubj:pass").isEmpty();
  }

  /**
   * The subjects of the patient frame a nominal predicate sits in ({@code lang/<language>/frames.tsv}):
   * "X a fait l'objet d'un veto" (noun under the frame's noun), "X a essuyé des tirs", "X came under
   * fire" (noun under the frame's verb), "X est la cible d'attaques" (copular frame noun).
   */
  private static List<Token> patientSubjects(Context context, SentenceGraph graph, Token token) {
    Token head = graph.head(token);
    if (head == null) {
      return List.of();
    }
    Frames frames = context.frames();
    // The noun as the complement of the frame's verb: "a essuyé des tirs", "came under fire".
    if (SentenceGraph.hasRelation(token, "obj") || SentenceGraph.hasRelation(token, "obl")) {
      if (frames.patient(List.copyOf(context.lemmas().of(head)), "-")) {
        return arguments(graph, head, "subj", isPassive(graph, head));
      }
      // "L'Iran fait face à de nouvelles sanctions": the frame's noun is the verb's object, the act
      // its oblique.
      for (Token object : graph.children(head, "obj")) {
        for (String noun : context.lemmas().of(object)) {
          if (object != token && frames.patient(List.copyOf(context.lemmas().of(head)), noun)) {
            return arguments(graph, head, "subj", isPassive(graph, head));
          }
        }
      }
    }
    if (!SentenceGraph.hasRelation(token, "nmod") && !SentenceGraph.hasRelation(token, "obl")) {
      return List.of();
    }
    for (String noun : context.lemmas().of(head)) {
      // "X est la cible de": the frame noun is the predicate of a copula.
      for (Token copula : graph.children(head, "cop")) {
        if (frames.patient(List.copyOf(context.lemmas().of(copula)), noun)
            || frames.patient(List.of("être", "be"), noun)) {
          return graph.children(head, "nsubj");
        }
      }
      // "X a fait l'objet de", "X fait face à".
      Token verb = graph.head(head);
      if (verb != null && (SentenceGraph.hasRelation(head, "obj") || SentenceGraph.hasRelation(head, "xcomp"))
          && frames.patient(List.copyOf(context.lemmas().of(verb)), noun)) {
        return arguments(graph, verb, "subj", isPassive(graph, verb));
      }
    }
    return List.of();
  }

  /**
   * The party of a cause phrase on the act: "a fait l'objet d'un veto en raison de l'opposition du
   * pays d'Amérique" → the United States; "because of Russia's objections" → Russia.
   */
  private static List<Located> causeParties(Context context, EntityLocator locator, SentenceGraph graph, Token token) {
    List<Token> phrases = new ArrayList<>(graph.children(token, "nmod"));
    phrases.addAll(graph.children(token, "obl"));
    for (Token phrase : phrases) {
      List<Token> causes = new ArrayList<>();
      if (context.frames().cause(phrase.text())) {
        causes.addAll(graph.children(phrase, "nmod")); // "en raison de l'opposition"
      }
      for (Token marker : graph.children(phrase, "case")) {
        if (context.frames().cause(marker.text())) {
          causes.add(phrase); // "because of the opposition"
        }
      }
      for (Token cause : causes) {
        List<Token> parties = new ArrayList<>(graph.children(cause, "nmod"));
        parties.addAll(graph.children(cause, "nmod:poss"));
        parties.addAll(graph.children(cause, "amod"));
        parties.addAll(graph.children(cause, "compound"));
        List<Located> found = new ArrayList<>();
        for (Token party : parties) {
          Located located = locator.within(graph, party);
          if (located != null) {
            found.add(located);
          }
        }
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /** The entities the tokens name, with their coordination and relative antecedents. */
  private static List<Located> resolveAll(Context context, EntityLocator locator, SentenceGraph graph, List<Token> tokens) {
    List<Located> found = new ArrayList<>();
    for (Token argument : tokens) {
      for (Token member : withConjuncts(graph, argument)) {
        Token antecedent = antecedent(context, graph, member);
        // UD attaches a modifier the conjuncts share to the first one: in "lawmakers and officials in
        // Fornost", "in Fornost" hangs on "lawmakers" but places the officials too.
        List<Token> heads = member == argument ? List.of(antecedent) : List.of(antecedent, argument);
        List<Located> named = pairOfGroups(context, locator, graph, antecedent);
        if (named.isEmpty()) {
          named = locator.allAt(graph, antecedent).stream()
              .map(located -> ownCountry(locator, graph, heads, located))
              .flatMap(located -> perCountry(locator, graph, heads, located).stream()).toList();
        }
        // "a bombardé le camp de réfugiés de Jabaliya": a site names only the place it is in; the
        // people of its complement say what kind of site it is.
        if (locator.covering(antecedent) == null && context.lemmas().of(antecedent).stream().anyMatch(context.frames()::site)) {
          named = named.stream().filter(l -> isPlace(l.entity())).toList();
        }
        // "the two ministers agreed": the role word may be a group of its own, with no country.
        if (named.stream().allMatch(located -> located.entity().country() == null)) {
          List<Located> pair = pairTakenUp(context, locator, graph, antecedent);
          if (!pair.isEmpty()) {
            named = pair;
          }
        }
        if (named.isEmpty()) {
          named = pairTakenUp(context, locator, graph, antecedent);
        }
        if (named.isEmpty()) {
          named = groupTakenUp(locator, graph, antecedent);
        }
        if (named.isEmpty()) {
          named = misattachedDemonyms(locator, graph, antecedent);
        }
        if (named.isEmpty() && locator.covering(antecedent) == null) {
          named = flagCountry(context, locator, graph, antecedent);
        }
        if (named.isEmpty() && context.frames().document(firstLemma(context, antecedent))) {
          named = documentBodies(context, locator, graph, antecedent);
        }
        for (Located located : named) {
          if (found.stream().noneMatch(f -> f.entity().id().equals(located.entity().id())
              && Objects.equals(f.country(), located.country()))) {
            found.add(located);
          }
        }
      }
    }
    return found;
  }

  /**
   * "les ministres des Affaires étrangères éthiopien et somalien": demonyms the parser attached to the
   * noun's complement instead of the noun; the countries (with their coordination) it names.
   */
  private static List<Located> misattachedDemonyms(EntityLocator locator, SentenceGraph graph, Token head) {
    List<Located> found = new ArrayList<>();
    for (Token complement : graph.children(head, "nmod")) {
      for (Token adjective : graph.children(complement, "amod")) {
        for (Token member : withConjuncts(graph, adjective)) {
          Located located = locator.covering(member);
          if (located != null && located.entity().type() == org.vigie.model.EntityType.COUNTRY
              && found.stream().noneMatch(f -> f.entity().id().equals(located.entity().id()))) {
            found.add(located);
          }
        }
      }
    }
    return found;
  }

  /**
   * "a British-flagged tanker", "un pétrolier battant pavillon britannique": a ship is of the country
   * whose flag it flies ({@code frames.tsv} kind flag), named on the flag word.
   */
  private static List<Located> flagCountry(Context context, EntityLocator locator, SentenceGraph graph, Token head) {
    for (Token modifier : graph.children(head)) {
      // "flagged" on the ship, or the flag under a participle: "flying the Liberian flag".
      List<Token> flags = new ArrayList<>(List.of(modifier));
      flags.addAll(graph.children(modifier));
      for (Token flag : flags) {
        if (context.lemmas().of(flag).stream().noneMatch(context.frames()::flag) && !context.frames().flag(flag.text())) {
          continue;
        }
        for (Token word : graph.children(flag)) {
          Located named = locator.covering(word);
          if (named != null && named.entity().type() == org.vigie.model.EntityType.COUNTRY) {
            return List.of(named);
          }
        }
      }
    }
    return List.of();
  }

  /**
   * "Les deux dirigeants ont signé un protocole", "the two ministers agreed": a pair named earlier,
   * the two latest parties of different countries before the sentence (people for the nouns of people
   * of {@code frames.tsv}, else countries).
   */
  /** Plural pronouns of people that take up a group named before ("them", "eux"). */
  private static final Set<String> GROUP_PRONOUNS = Set.of("them", "eux");

  /**
   * "Serbian protesters blocked the highway, and dozens of them were detained": a plural pronoun,
   * or a count of it, takes up the latest group of people named in that sentence or the one before.
   */
  private static List<Located> groupTakenUp(EntityLocator locator, SentenceGraph graph, Token head) {
    List<Token> candidates = new ArrayList<>(List.of(head));
    candidates.addAll(graph.children(head, "nmod"));
    for (Token candidate : candidates) {
      if ("PRON".equals(candidate.pos()) && GROUP_PRONOUNS.contains(candidate.text().toLowerCase(Locale.ROOT))) {
        Located group = locator.lastGroupBefore(candidate.start(), graph.sentence.index());
        return group == null ? List.of() : List.of(group);
      }
    }
    return List.of();
  }

  /**
   * "the two armies' directors general spoke", "les deux armées ont convenu": a group noun (a role
   * with a sector and no country) with a pair word, on the head or its possessor, stands for the
   * group of each of the two latest countries named (INDMIL and PAKMIL).
   */
  private static List<Located> pairOfGroups(Context context, EntityLocator locator, SentenceGraph graph, Token head) {
    List<Token> holders = new ArrayList<>(List.of(head));
    holders.addAll(graph.children(head, "nmod:poss"));
    for (Token holder : holders) {
      Located group = locator.covering(holder);
      // Nouns of people ("les deux ministres") are the two latest people: see pairTakenUp.
      if (group == null || group.entity().sector() == null || group.entity().country() != null
          || group.entity().type() == EntityType.COUNTRY || group.entity().type() == EntityType.PERSON
          || context.lemmas().of(holder).stream().anyMatch(context.frames()::people)) {
        continue;
      }
      boolean pair = graph.children(holder).stream().anyMatch(child -> (SentenceGraph.hasRelation(child, "nummod")
          || SentenceGraph.hasRelation(child, "det")) && context.frames().pair(child.text()));
      if (pair) {
        return locator.lastPairBefore(graph.sentence.start(), false).stream()
            .map(country -> new Located(group.entity(), group.mention(), country.entity().country())).toList();
      }
    }
    return List.of();
  }

  private static List<Located> pairTakenUp(Context context, EntityLocator locator, SentenceGraph graph, Token head) {
    if (!"NOUN".equals(head.pos())) {
      return List.of();
    }
    boolean pair = false;
    for (Token child : graph.children(head)) {
      if ((SentenceGraph.hasRelation(child, "nummod") || SentenceGraph.hasRelation(child, "det"))
          && context.frames().pair(child.text())) {
        pair = true;
      }
    }
    if (!pair) {
      return List.of();
    }
    boolean people = context.lemmas().of(head).stream().anyMatch(context.frames()::people);
    // "les deux parties", "both countries": the parties of the meeting or agreement the story
    // continues, rather than the two latest countries named (a host may be named between).
    List<Located> joint = people ? List.of() : context.earlierJointParties(graph.sentence.index());
    return joint.isEmpty() ? locator.lastPairBefore(graph.sentence.start(), people) : joint;
  }

  /**
   * A group of several countries stands for one group per country: "the ambassadors of Arnor,
   * Osgiliath and Gondor presented credentials" is each country's ambassadors acting, as is
   * "officials in Fornost and Gondor". The countries are the coordinated places of one noun
   * complement of the group's head; a group named with one country is returned as is.
   */
  private static List<Located> perCountry(EntityLocator locator, SentenceGraph graph, List<Token> heads,
                                         Located located) {
    if (located.entity().sector() == null) {
      return List.of(located);
    }
    List<Token> complements = new ArrayList<>();
    heads.forEach(head -> complements.addAll(graph.children(head, "nmod")));
    for (Token child : complements) {
      List<String> countries = new ArrayList<>();
      for (Token member : withConjuncts(graph, child)) {
        Located named = locator.covering(member);
        // The first country may be inside the group's own mention ("ambassadors of Arnor").
        Entity entity = named == null ? null : named.entity() == located.entity() ? located.entity() : named.entity();
        if (entity == null || entity.country() == null || (entity != located.entity() && !isPlace(entity))) {
          countries.clear();
          break;
        }
        if (!countries.contains(entity.country())) {
          countries.add(entity.country());
        }
      }
      if (countries.size() >= 2) {
        return countries.stream().map(located::withCountry).toList();
      }
    }
    return List.of(located);
  }

  /** A group with no country of its own takes the one its phrase names: "six Hong Kong officials". */
  private static Located ownCountry(EntityLocator locator, SentenceGraph graph, List<Token> heads, Located located) {
    if (located.entity().country() != null || located.entity().sector() == null) {
      return located;
    }
    for (Token head : heads) {
      Located found = ownCountry(locator, graph, head, located);
      if (found != located) {
        return found;
      }
    }
    return located;
  }

  private static Located ownCountry(EntityLocator locator, SentenceGraph graph, Token head, Located located) {
    for (String relation : List.of("compound", "amod", "nmod:poss", "nmod")) {
      for (Token child : graph.children(head, relation)) {
        Located named = locator.covering(child);
        if (named != null && named.entity() != located.entity() && isPlace(named.entity())
            && named.entity().country() != null) {
          return located.withCountry(named.entity().country());
        }
      }
    }
    return located;
  }

  private static String firstLemma(Context context, Token token) {
    for (String lemma : context.lemmas().of(token)) {
      if (context.frames().document(lemma)) {
        return lemma;
      }
    }
    return token.text();
  }

  /**
   * The body that issues or votes a document: "la résolution du Conseil", "la résolution votée au
   * Conseil de sécurité", "the bill passed by the Senate".
   */
  private static List<Located> documentBodies(Context context, EntityLocator locator, SentenceGraph graph,
                                              Token document) {
    Frames frames = context.frames();
    List<Token> places = new ArrayList<>(graph.children(document, "nmod"));
    places.addAll(graph.children(document, "acl"));
    Token verb = graph.head(document);
    if (verb != null && "VERB".equals(verb.pos())
        && (SentenceGraph.hasRelation(document, "nsubj:pass") || SentenceGraph.hasRelation(document, "obj"))) {
      places.addAll(withCase(graph, graph.children(verb, "obl"), VOTING_PLACES));
    }
    for (Token acl : graph.children(document, "acl")) {
      places.addAll(withCase(graph, graph.children(acl, "obl"), VOTING_PLACES));
      places.addAll(graph.children(acl, "obl:agent"));
    }
    // "a draft Security Council resolution": the body named in the document's compound.
    places.addAll(graph.children(document, "compound"));
    for (Token place : places) {
      Located located = locator.at(graph, place);
      if (located != null && located.entity().type() == org.vigie.model.EntityType.ORGANIZATION) {
        return List.of(located);
      }
    }
    // "un projet de résolution sur la Syrie au Conseil de sécurité": the document's own document
    // complement names the body.
    for (Token inner : graph.children(document, "nmod")) {
      if (frames.document(firstLemma(context, inner))) {
        List<Located> bodies = documentBodies(context, locator, graph, inner);
        if (!bodies.isEmpty()) {
          return bodies;
        }
      }
    }
    return List.of();
  }

  /** Where or by whom a document is voted: "au Conseil", "devant le Parlement", "by the Senate". */
  private static final Set<String> VOTING_PLACES = Set.of("à", "devant", "par", "at", "in", "before", "by", "to");

  /** The entities in the first slot that names any. */
  private static List<Located> resolve(Context context, EntityLocator locator, SentenceGraph graph, Token token,
                                       List<String> slots, boolean passive) {
    List<Located> fallback = List.of();
    for (String slot : slots) {
      // "jugeant l'aide de ses partenaires suffisante": the subject of a verb of opinion judges the
      // act its object names; it is not its author.
      Token governor = graph.head(token);
      if (slot.equals("clause") && governor != null && context.frames().opinion(context.lemmas().of(governor))) {
        continue;
      }
      List<Token> arguments = arguments(graph, token, slot, passive);
      // A noun's complement, or a verb's phrase read on its object ("a rejeté la demande somalienne
      // d'un retrait des troupes éthiopiennes"), is no party when it is itself an act: it is what is
      // asked or offered.
      if (slot.startsWith("nmod:") || slot.startsWith("obl:")) {
        arguments = arguments.stream().filter(a -> ("VERB".equals(token.pos()) && graph.head(a) == token)
            || !"NOUN".equals(a.pos()) || match(context.lexicon(), context.lemmas(), graph, a) == null).toList();
      }
      List<Located> found = resolveAll(context, locator, graph, arguments);
      if (found.isEmpty()) {
        continue;
      }
      // An adjective on an ordinary noun makes a weak party: in "contribute a million Swiss francs
      // to Gondor" and "abandon military ties with Gondor" the party is Gondor, not Switzerland or
      // the armed forces; such a noun is kept only when no later slot names a party.
      if (!onlyByAdjective(locator, graph, arguments)) {
        return found;
      }
      if (fallback.isEmpty()) {
        fallback = found;
      }
    }
    return fallback;
  }

  /** Whether each argument is a common noun that is no party itself and names one only through an adjective. */
  private static boolean onlyByAdjective(EntityLocator locator, SentenceGraph graph, List<Token> arguments) {
    for (Token argument : arguments) {
      if (!"NOUN".equals(argument.pos()) || locator.covering(argument) != null) {
        return false;
      }
      for (Token child : graph.children(argument)) {
        if (!SentenceGraph.hasRelation(child, "amod") && locator.covering(child) != null) {
          return false;
        }
      }
    }
    return !arguments.isEmpty();
  }

  /** Whether each argument is a common noun, no party itself, whose only party is a demonym adjective. */
  private static boolean demonymOnly(EntityLocator locator, SentenceGraph graph, List<Token> arguments) {
    for (Token argument : arguments) {
      boolean demonym = false;
      for (Token child : graph.children(argument, "amod")) {
        Located named = locator.covering(child);
        demonym |= named != null && named.entity().type() == EntityType.COUNTRY;
      }
      if (!demonym) {
        return false;
      }
    }
    return onlyByAdjective(locator, graph, arguments);
  }

  /** A clause's verb: a verb, or "avoir"/"have" tagged AUX with a subject ("a eu un entretien"). */
  private static boolean clauseVerb(SentenceGraph graph, Token token) {
    return "VERB".equals(token.pos()) || ("AUX".equals(token.pos()) && !graph.children(token, "nsubj").isEmpty());
  }

  /** The "clause" slot at any depth: the subject of the statement an accusing noun sits in. */
  private static final String SPEAKER = "speaker";

  /** The argument heads a slot names (see docs/predicates.md). */
  private static List<Token> arguments(SentenceGraph graph, Token token, String slot, boolean passive) {
    String name = slot;
    String marker = null;
    int colon = slot.indexOf(':');
    if (colon > 0) {
      name = slot.substring(0, colon);
      marker = slot.substring(colon + 1);
    }
    switch (name) {
      case "subj" -> {
        if (passive) {
          List<Token> agents = new ArrayList<>(graph.children(token, "obl:agent"));
          agents.addAll(withCase(graph, graph.children(token, "obl"), Set.of("par", "by")));
          agents.addAll(withCase(graph, graph.children(token, "nmod"), Set.of("par", "by")));
          if (agents.isEmpty()) {
            // "a été menacé de mort par des membres d'un cartel": the parser may hang the agent on
            // the verb's complement.
            for (Token complement : graph.children(token, "xcomp")) {
              agents.addAll(graph.children(complement, "obl:agent"));
            }
          }
          return withStrayConjuncts(graph, token, agents);
        }
        if (graph.children(token, "nsubj").stream().anyMatch(t -> objectOfVerbBefore(graph, t))) {
          return List.of();
        }
        List<Token> subjects = new ArrayList<>(subjects(graph, token));
        // "Selon le journal Le Monde, des émissaires français ont rencontré…": the parser may take the
        // name that ends the "selon" phrase for the subject, and the partitive subject for an oblique.
        Token tail = Reporting.reportingTail(graph, token);
        if (tail != null) {
          subjects.remove(tail);
          if (subjects.isEmpty()) {
            graph.children(token, "obl").stream().filter(o -> o.index() < token.index() && partitive(graph, o))
                .forEach(subjects::add);
          }
        }
        if (subjects.isEmpty()) {
          return sharedSubject(graph, token);
        }
        return subjects;
      }
      case "obj" -> {
        if (passive) {
          return passiveSubjects(graph, token);
        }
        List<Token> objects = new ArrayList<>(graph.children(token, "obj"));
        for (Token participle : graph.children(token, "dep")) {
          graph.children(participle, "nsubj").stream().filter(t -> objectOfVerbBefore(graph, t)).forEach(objects::add);
        }
        if (objects.isEmpty()) {
          // "a interpellé des dizaines d'opposants": the partitive "des" is split into "de les" and
          // the parser reads the object as an oblique.
          for (Token oblique : graph.children(token, "obl")) {
            if (partitive(graph, oblique)) {
              objects.add(oblique);
            }
          }
        }
        if (objects.isEmpty() && negated(graph, token)) {
          // "n'avaient pas frappé de civils": after a negation the partitive is a bare "de", which
          // the parser reads as an oblique.
          for (Token oblique : graph.children(token, "obl")) {
            if (oblique.index() > token.index() && "NOUN".equals(oblique.pos()) && graph.children(oblique, "det").isEmpty()
                && !withCase(graph, List.of(oblique), Set.of("de", "d'")).isEmpty()) {
              objects.add(oblique);
            }
          }
        }
        if (objects.isEmpty()) {
          // "a arrêté vendredi quatorze journalistes": the parser hangs the object on the time word.
          // "a mené mardi des frappes": the object may also be the time word's partitive complement.
          for (Token oblique : graph.children(token, "obl")) {
            if (graph.children(oblique, "case").isEmpty()) {
              objects.addAll(graph.children(oblique, "appos"));
              graph.children(oblique, "nmod").stream()
                  .filter(n -> partitive(graph, n) || graph.children(n, "case").isEmpty()).forEach(objects::add);
            }
          }
        }
        // "lifted on Wednesday restrictions imposed…, a long-standing demand": the parser may fold the
        // object into the time phrase before it (the day a compound of the object's noun), and take an
        // apposition after a comma for the object.
        for (Token oblique : graph.children(token, "obl")) {
          if (oblique.index() > token.index() && !TIME_NER.contains(String.valueOf(oblique.ner()))
              && graph.children(oblique, "compound").stream().anyMatch(c -> TIME_NER.contains(String.valueOf(c.ner())))
              && objects.stream().allMatch(object -> object.index() > oblique.index() && java.util.stream.Stream.concat(
                  graph.children(object, "punct").stream(), graph.children(token, "punct").stream())
                  .anyMatch(p -> p.text().equals(",") && p.index() > oblique.index() && p.index() < object.index()))) {
            objects.clear();
            objects.add(oblique);
          }
        }
        Token particleClause = objects.isEmpty() ? particleClause(graph, token, null) : null;
        if (particleClause != null) {
          objects.addAll(graph.children(particleClause, "nsubj"));
        }
        return withStrayConjuncts(graph, token, objects);
      }
      case "iobj" -> {
        return graph.children(token, "iobj");
      }
      case "ccomp" -> {
        // "Gollum allowed that Mordor isn't a pleasant place", "Arnor believes Dagolath can cope": the
        // subject of the clause the predicate governs.
        List<Token> subjects = new ArrayList<>();
        for (Token clause : graph.children(token, "ccomp")) {
          subjects.addAll(graph.children(clause, "nsubj"));
        }
        return subjects;
      }
      case "inobj" -> {
        // "welcomed a resumption of diplomatic ties with Osgiliath": the party named inside the object
        // phrase, through its nominal modifiers (PETRARCH's convention for a target).
        List<Token> found = new ArrayList<>();
        List<Token> level = arguments(graph, token, "obj", passive);
        if ("NOUN".equals(token.pos())) {
          found.addAll(participleParties(graph, token));
          level = new ArrayList<>(graph.children(token, "nmod"));
          level.addAll(found);
        }
        for (int depth = 0; depth < 4 && !level.isEmpty(); depth++) {
          List<Token> next = new ArrayList<>();
          for (Token noun : level) {
            next.addAll(graph.children(noun, "nmod"));
            next.addAll(desApposition(graph, noun));
            // "les restrictions visant l'Australie", "la médiation proposée par l'Espagne", "an
            // investigation into crimes committed in Darfur": a participle or relative clause on a
            // noun of the phrase names the party too.
            for (Token clause : graph.children(noun, "acl")) {
              next.addAll(arguments(graph, clause, isPassive(graph, clause) || clause.text().endsWith("é")
                  || clause.text().endsWith("ée") || clause.text().endsWith("ed") ? "subj" : "obj", true));
              next.addAll(graph.children(clause, "obj"));
              next.addAll(graph.children(clause, "obl"));
            }
          }
          found.addAll(next);
          level = next;
        }
        return found;
      }
      case "obl", "nmod" -> {
        List<Token> candidates = new ArrayList<>(graph.children(token, "obl"));
        candidates.addAll(graph.children(token, "nmod"));
        // "a ouvert le feu sur un pétrolier battant pavillon…": a phrase the parser read as a clause
        // keeps its preposition; it is the phrase it opens.
        graph.children(token, "advcl").stream().filter(c -> !graph.children(c, "case").isEmpty())
            .forEach(candidates::add);
        if (marker == null) {
          return candidates;
        }
        List<Token> marked = withCase(graph, candidates, Set.of(marker));
        if (marker.equals("de")) {
          marked.addAll(desApposition(graph, token));
        }
        // "had demanded explanations from Algiers", "a demandé des explications à Alger": the parser
        // hangs the verb's phrase on its object.
        if (marked.isEmpty() && "VERB".equals(token.pos()) && name.equals("obl")) {
          // Two levels down: "n'a pas versé la dernière tranche de son aide à la Tunisie".
          for (Token object : graph.children(token, passive ? "nsubj:pass" : "obj")) {
            marked.addAll(withCase(graph, graph.children(object, "nmod"), Set.of(marker)));
            if (marked.isEmpty()) {
              for (Token complement : graph.children(object, "nmod")) {
                marked.addAll(withCase(graph, graph.children(complement, "nmod"), Set.of(marker)));
              }
            }
          }
        }
        // "called on Israel to halt": the parser may read the particle as the mark of a clause whose
        // subject is the party addressed.
        if (marked.isEmpty() && "VERB".equals(token.pos()) && name.equals("obl")) {
          Token clause = particleClause(graph, token, marker);
          if (clause != null) {
            marked.addAll(graph.children(clause, "nsubj"));
          }
        }
        // "à l'Iran et au Venezuela": the parser may coordinate the second phrase with the verb.
        if (!marked.isEmpty()) {
          List<Token> strays = new ArrayList<>(nounConjuncts(graph, token));
          Token up0 = graph.head(token);
          if (up0 != null) {
            strays.addAll(nounConjuncts(graph, up0));
          }
          for (Token stray : withCase(graph, strays, Set.of(marker))) {
            if (!marked.contains(stray)) {
              marked.add(stray);
            }
          }
        }
        // The parser often hangs a noun's complement on the noun before it: in "66 jours d'agression
        // du régime", "du régime" goes to "jours"; take a phrase right after the predicate noun.
        Token up = graph.head(token);
        if (marked.isEmpty() && "NOUN".equals(token.pos()) && up != null) {
          for (Token sibling : withCase(graph, graph.children(up, "nmod"), Set.of(marker))) {
            if (sibling.index() > token.index() && sibling.index() <= token.index() + 4) {
              marked.add(sibling);
            }
          }
          // "ont défilé samedi à Belgrade contre le gouvernement" read as a noun "défilé", object of
          // "ont": the verb's phrases after its object noun are the noun's. Only for an auxiliary
          // read as the verb: "regrets concernant le veto … sur la résolution" keeps its phrase.
          if (marked.isEmpty() && SentenceGraph.hasRelation(token, "obj") && auxiliaryForm(up)) {
            for (Token sibling : withCase(graph, graph.children(up, "obl"), Set.of(marker))) {
              if (sibling.index() > token.index()) {
                marked.add(sibling);
              }
            }
          }
        }
        // Prepositions that are verb forms head their own phrase: "regrets concernant le veto".
        for (Token child : graph.children(token)) {
          if (child.text().toLowerCase(Locale.ROOT).equals(marker)) {
            marked.addAll(graph.children(child, "obj"));
            marked.addAll(graph.children(child, "obl"));
            marked.addAll(graph.children(child, "nmod"));
          }
        }
        return marked;
      }
      case "after" -> {
        // A user pattern's "IN ^ +" (PETRARCH skips the phrase after IN): the next phrase after the
        // one "in" introduces, whether the parser hangs it on the verb or on that phrase —
        // "celebrated Iftar in Osgiliath with the leaders of Gondor" targets Gondor's leaders.
        List<Token> candidates = new ArrayList<>(graph.children(token, "obl"));
        candidates.addAll(graph.children(token, "nmod"));
        for (Token obj : graph.children(token, "obj")) {
          candidates.addAll(graph.children(obj, "nmod"));
        }
        Token skipped = withCase(graph, candidates, Set.of(marker)).stream()
            .min(java.util.Comparator.comparingInt(Token::index)).orElse(null);
        if (skipped == null) {
          return List.of();
        }
        candidates.addAll(graph.children(skipped, "nmod"));
        return candidates.stream().filter(t -> t.index() > skipped.index() && !graph.children(t, "case").isEmpty())
            .min(java.util.Comparator.comparingInt(Token::index)).map(List::of).orElse(List.of());
      }
      case "amod" -> {
        return graph.children(token, "amod");
      }
      case "poss" -> {
        List<Token> possessors = new ArrayList<>(graph.children(token, "nmod:poss"));
        possessors.addAll(graph.children(token, "det:poss"));
        return possessors;
      }
      case "clause", SPEAKER -> {
        // "X a exprimé ses regrets lors d'un entretien": the noun's clause has X as its subject. (Acts
        // nested in an appeal or a threat are not coded at all: see insideEmbeddedAct.)
        if ((SentenceGraph.hasRelation(token, "nsubj") && !objectTakenForSubject(graph, token))
            || (name.equals("clause") && setting(graph, token, CONCESSIVES))) {
          return List.of();
        }
        // "La Chine a menacé Taïwan après la visite d'une délégation": the act of a phrase of time is
        // not the clause subject's.
        if (!withCase(graph, List.of(token), TIME_CASES).isEmpty() || timeAdverbPhrase(graph, token)) {
          return List.of();
        }
        // "chanting slogans against the arrests", "manifester contre la répression": what one opposes
        // is not one's own act.
        if (!withCase(graph, List.of(token), OPPOSING_CASES).isEmpty()) {
          return List.of();
        }
        // Only a noun that is the verb's complement, or a complement's complement ("a participé à une
        // série de réunions"): deeper, the noun is another party's act ("interpellé des opposants… au
        // septième jour de la contestation").
        Token verb = graph.head(token);
        int depth = 1;
        int deepest = name.equals(SPEAKER) ? 6 : 2;
        while (verb != null && !clauseVerb(graph, verb) && depth < deepest) {
          verb = graph.head(verb);
          depth++;
        }
        if (verb == null || !clauseVerb(graph, verb)) {
          return List.of();
        }
        return arguments(graph, verb, "subj", isPassive(graph, verb));
      }
      default -> {
        return List.of();
      }
    }
  }

  /**
   * "l'attaque des rebelles houthis", "l'entrée des observateurs": the parser may read "des" (de +
   * les) as a determiner and hang the noun's complement as an apposition right after it; no comma
   * between, it is the noun's "de" complement.
   */
  private static List<Token> desApposition(SentenceGraph graph, Token noun) {
    List<Token> found = new ArrayList<>();
    for (Token apposition : graph.children(noun, "appos")) {
      for (Token determiner : graph.children(apposition, "det")) {
        String word = determiner.text().toLowerCase(Locale.ROOT);
        if ((word.equals("des") || word.equals("du")) && determiner.index() == noun.index() + 1) {
          found.add(apposition);
        }
      }
    }
    return found;
  }

  /** A phrase opened by the partitive "des" (one word split into "de" + "les"): an object, not an oblique. */
  static boolean partitive(SentenceGraph graph, Token phrase) {
    for (Token marker : graph.children(phrase, "case")) {
      if (marker.text().equalsIgnoreCase("de") || marker.text().equalsIgnoreCase("des")) {
        for (Token determiner : graph.children(phrase, "det")) {
          if (determiner.start() == marker.start() && determiner.index() == marker.index() + 1) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * "condamnées par l'Union africaine et la CEDEAO", "attacked the army and UN peacekeepers": the
   * parser may coordinate the second party with the verb; a bare noun conjunct of the verb right
   * after the argument joins it.
   */
  private static List<Token> withStrayConjuncts(SentenceGraph graph, Token verb, List<Token> arguments) {
    if (arguments.isEmpty()) {
      return arguments;
    }
    List<Token> all = new ArrayList<>(arguments);
    int last = arguments.stream().mapToInt(Token::index).max().orElse(-1);
    for (Token conjunct : nounConjuncts(graph, verb)) {
      if (conjunct.index() > last && graph.children(conjunct, "case").isEmpty() && !all.contains(conjunct)
          && graph.children(conjunct, "cop").isEmpty() && conjunct.index() - last <= 8) {
        all.add(conjunct);
      }
    }
    return all;
  }

  private static List<Token> nounConjuncts(SentenceGraph graph, Token token) {
    return graph.children(token, "conj").stream()
        .filter(t -> "NOUN".equals(t.pos()) || "PROPN".equals(t.pos())).toList();
  }

  /**
   * A noun act's phrase names a party in the complements of a participle on it, other than its agent:
   * "la levée des restrictions imposées aux ressortissants vanuatais".
   */
  private static List<Token> participleParties(SentenceGraph graph, Token noun) {
    List<Token> parties = new ArrayList<>();
    for (Token clause : graph.children(noun, "acl")) {
      if (!graph.children(clause, "mark").isEmpty()) {
        continue; // "the request to hold the archbishop": the act asked for, not a participle
      }
      parties.addAll(graph.children(clause, "obj"));
      graph.children(clause, "obl").stream()
          .filter(oblique -> withCase(graph, List.of(oblique), Set.of("par", "by")).isEmpty()).forEach(parties::add);
    }
    return parties;
  }

  /**
   * "to step down and threatened": an inflected conjunct (not its lemma, unlike "to release … and
   * drop") with no mark of its own on an infinitive marked "to".
   */
  private static boolean finiteOnInfinitive(SentenceGraph graph, Token conjunct, Token head) {
    return "VERB".equals(conjunct.pos()) && conjunct.lemma() != null && !conjunct.lemma().equalsIgnoreCase(conjunct.text())
        && graph.children(conjunct, "mark").isEmpty()
        && graph.children(conjunct, "aux").isEmpty()
        && graph.children(head, "mark").stream().anyMatch(m -> "PART".equals(m.pos()));
  }

  /** A verb's subjects, less a second one after the verb that is its object. */
  private static List<Token> subjects(SentenceGraph graph, Token verb) {
    List<Token> found = graph.children(verb, "nsubj").stream()
        .filter(t -> !objectTakenForSubject(graph, t) && !objectOfVerbBefore(graph, t)).toList();
    // "Les syndicats d'enseignants, dont le SAEMSS, avaient observé une grève": the parser may take the
    // noun of the "dont" phrase for the subject and hang the verb on the real subject as a conjunct.
    Token head = graph.head(verb);
    if (head != null && SentenceGraph.hasRelation(verb, "conj") && "NOUN".equals(head.pos()) && head.index() < verb.index()
        && found.stream().anyMatch(s -> graph.children(s, "nmod").stream()
            .anyMatch(d -> "dont".equalsIgnoreCase(d.text()) && d.index() < s.index()))) {
      return List.of(head);
    }
    return found;
  }

  /**
   * "have detained dozens of residents accused of helping…": the parser may take the object of a verb
   * for the subject of a participle hung on it by "dep"; it is the verb's object, and the participle
   * (a reduced relative on it) names no act of its own.
   */
  private static boolean objectOfVerbBefore(SentenceGraph graph, Token token) {
    Token participle = graph.head(token);
    Token verb = participle == null ? null : graph.head(participle);
    return verb != null && SentenceGraph.hasRelation(token, "nsubj") && SentenceGraph.hasRelation(participle, "dep")
        && "VERB".equals(participle.pos()) && "VERB".equals(verb.pos()) && !AUXILIARY_FORMS.contains(participle.text().toLowerCase(Locale.ROOT))
        && verb.index() < token.index() && token.index() < participle.index()
        && graph.children(verb, "obj").isEmpty() && graph.children(participle, "aux").isEmpty();
  }

  /**
   * "Fidji a annoncé vendredi la levée des restrictions": the parser may take the object for a second
   * subject, after the verb; the subject is the one before it.
   */
  private static boolean objectTakenForSubject(SentenceGraph graph, Token token) {
    Token verb = graph.head(token);
    return verb != null && SentenceGraph.hasRelation(token, "nsubj") && !SentenceGraph.hasRelation(token, "nsubj:pass")
        && token.index() > verb.index()
        && graph.children(verb, "nsubj").stream().anyMatch(other -> other.index() < verb.index());
  }

  /** Endings of French finite verb forms of the third person, which no participle has: "protestaient", "protestait". */
  private static final java.util.regex.Pattern FINITE_THIRD = java.util.regex.Pattern.compile("(?:aient|ait|èrent|ent)$");

  /** Forms of the auxiliaries that the parser may take for the main verb ("a en revanche décliné"). */
  private static final Set<String> AUXILIARY_FORMS = Set.of("a", "ont", "avait", "avaient", "est", "sont", "has", "have",
      "had");

  /** A verb coordinated with a previous one shares its subject: "X a discuté … et a évalué …". */
  private static List<Token> sharedSubject(SentenceGraph graph, Token token) {
    Token head = graph.head(token);
    // Object control: "ont autorisé le PAM à acheminer des vivres", "urged Israel to halt": the
    // infinitive's subject is the governing verb's object.
    if (head != null && SentenceGraph.hasRelation(token, "xcomp") && "VERB".equals(token.pos())) {
      List<Token> objects = graph.children(head, "obj");
      if (!objects.isEmpty() && objects.get(0).index() < token.index()) {
        return objects;
      }
    }
    // A relative clause set off by commas that the parser could not attach: "Chinese warships, which
    // encircled Taiwan, ..." hangs the verb on the relative word, itself hung on the noun it stands for.
    if (head != null && SentenceGraph.hasRelation(token, "dep") && "VERB".equals(token.pos())
        && RELATIVES.contains(head.text().toLowerCase(Locale.ROOT)) && SentenceGraph.hasRelation(head, "dep")) {
      Token noun = graph.head(head);
      if (noun != null && ("NOUN".equals(noun.pos()) || "PROPN".equals(noun.pos()))) {
        return List.of(noun);
      }
    }
    // "Russian troops, who had shelled Kherson, pulled back": the main verb hangs on the relative
    // clause's verb by "dep" and shares its subject, which names the same noun.
    boolean clauseAfterClause = head != null && SentenceGraph.hasRelation(token, "dep") && "VERB".equals(token.pos())
        && "VERB".equals(head.pos()) && head.index() < token.index();
    // "rejected calls to step down and threatened to ban": a finite verb hung on an infinitive shares
    // the subject of the verb above the infinitive.
    if (head != null && SentenceGraph.hasRelation(token, "conj") && finiteOnInfinitive(graph, token, head)
        && graph.head(head) != null) {
      Token verb = graph.head(head);
      List<Token> subjects = subjects(graph, verb);
      return subjects.isEmpty() ? sharedSubject(graph, verb) : subjects;
    }
    // "à Dakar, où des milliers de personnes protestaient contre…": the parser may hang a finite verb
    // on its subject noun as acl; a clause of a finite verb is no participle, the noun is its subject.
    if (head != null && SentenceGraph.hasRelation(token, "acl") && !SentenceGraph.hasRelation(token, "acl:relcl")
        && "VERB".equals(token.pos()) && "NOUN".equals(head.pos()) && head.index() < token.index()
        && graph.children(token, "mark").isEmpty() && graph.children(token, "aux").isEmpty()
        && FINITE_THIRD.matcher(token.text()).find()) {
      return List.of(head);
    }
    // "se contentant d'appeler les autorités à …": the parser may hang an infinitive on its verb as acl.
    boolean infinitiveOfVerb = head != null && SentenceGraph.hasRelation(token, "acl")
        && !SentenceGraph.hasRelation(token, "acl:relcl") && "VERB".equals(token.pos()) && "VERB".equals(head.pos());
    // "Le Premier ministre … a en revanche décliné l'offre": an adverb between the auxiliary and the
    // participle makes the parser take the auxiliary for the verb and the participle for its clause.
    boolean participleOfAuxiliary = head != null && SentenceGraph.hasRelation(token, "ccomp")
        && head.index() < token.index() && AUXILIARY_FORMS.contains(head.text().toLowerCase(Locale.ROOT))
        && graph.children(head, "obj").isEmpty();
    if (head != null && (SentenceGraph.hasRelation(token, "conj") || SentenceGraph.hasRelation(token, "xcomp")
        || SentenceGraph.hasRelation(token, "advcl") || clauseAfterClause || infinitiveOfVerb || participleOfAuxiliary)) {
      List<Token> subjects = graph.children(head, "nsubj");
      if (!subjects.isEmpty()) {
        return subjects;
      }
      return sharedSubject(graph, head);
    }
    // "Selon la police, environ 20 000 personnes ont manifesté": the parser may take a subject
    // before the verb for its object.
    if ("VERB".equals(token.pos()) && !isPassive(graph, token)) {
      for (Token object : graph.children(token, "obj")) {
        if (object.index() < token.index() && "NOUN".equals(object.pos())) {
          return List.of(object);
        }
      }
    }
    // "Selon l'armée sud-coréenne, la Corée du Nord a déplacé…": the parser may take the subject for
    // a second party of the reporting phrase; a conjunct set off by a comma, with no conjunction, is
    // the clause's subject.
    for (Token oblique : withCase(graph, graph.children(token, "obl"), Set.of("selon", "according", "d'après"))) {
      for (Token conjunct : graph.children(oblique, "conj")) {
        if (conjunct.index() < token.index() && graph.children(conjunct, "cc").isEmpty()
            && graph.children(conjunct, "punct").stream().anyMatch(p -> p.text().equals(","))) {
          return List.of(conjunct);
        }
      }
    }
    return List.of();
  }

  /** An auxiliary the parser read as the main verb ("ont" in a misparsed "ont défilé"). */
  private static boolean auxiliaryForm(Token verb) {
    String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
    return Set.of("avoir", "être", "have", "be").contains(lemma)
        || PAST_AUXILIARIES.contains(verb.text().toLowerCase(Locale.ROOT));
  }

  /** The prepositions of a row's slots: "contre" for {@code nmod:contre}. */
  private static Set<String> markers(List<String> slots) {
    Set<String> markers = new java.util.HashSet<>();
    for (String slot : slots) {
      int colon = slot.indexOf(':');
      if (colon > 0) {
        markers.add(slot.substring(colon + 1));
      }
    }
    return markers;
  }

  /** The kinds of party a token names, for lexicon rows that require one: an international organisation is {@code @igo}. */
  private static Set<String> partyKinds(EntityLocator locator, Token token) {
    Located located = locator.covering(token);
    String actor = located == null ? null : located.entity().actor();
    return actor != null && actor.startsWith("IGO") ? Set.of("@igo") : Set.of();
  }

  /** The verb whose object a nominal predicate is ("rétablira ses sanctions"), else the predicate itself. */
  static Token clauseOf(SentenceGraph graph, Token token) {
    Token head = graph.head(token);
    return "NOUN".equals(token.pos()) && head != null && "VERB".equals(head.pos()) && SentenceGraph.hasRelation(token, "obj")
        ? head : token;
  }

  /** The conditions of a clause: "[Si Téhéran reprend l'enrichissement], l'UE rétablira…". */
  private static List<Token> conditionClauses(SentenceGraph graph, Token verb) {
    List<Token> conditions = new ArrayList<>();
    for (Token clause : graph.children(verb, "advcl")) {
      if (graph.children(clause, "mark").stream().anyMatch(m -> IF_WORDS.contains(m.text().toLowerCase(Locale.ROOT)))) {
        conditions.add(clause);
      }
    }
    return conditions;
  }

  private static final Set<String> IF_WORDS = Set.of("si", "s'", "if", "unless");

  /**
   * A verb in a compound past ("a menacé le Hezbollah de frapper s'il poursuivait ses tirs"): the act
   * happened, and a condition beside it belongs to what it says.
   */
  private static boolean compoundPast(SentenceGraph graph, Token verb) {
    return graph.children(verb, "aux").stream()
        .anyMatch(aux -> PAST_AUXILIARIES.contains(aux.text().toLowerCase(Locale.ROOT)));
  }

  private static final Set<String> PAST_AUXILIARIES = Set.of("a", "ont", "avait", "avaient", "est", "sont", "était",
      "étaient", "has", "have", "had");

  private static boolean sourcesHave(List<Located> sources, Located party) {
    return sources.stream().anyMatch(s -> s.entity().id().equals(party.entity().id()));
  }

  /** Arguments introduced by one of the prepositions: "avec X", "contre X", "with X". */
  static List<Token> withCase(SentenceGraph graph, List<Token> candidates, Set<String> markers) {
    List<Token> result = new ArrayList<>();
    for (Token candidate : candidates) {
      for (Token marker : graph.children(candidate, "case")) {
        String word = marker.text().toLowerCase(Locale.ROOT).replace('’', '\'');
        String lemma = marker.lemma() == null ? word : marker.lemma().toLowerCase(Locale.ROOT);
        if (markers.contains(word) || markers.contains(lemma) || markers.contains(contracted(word))) {
          result.add(candidate);
          break;
        }
      }
    }
    return result;
  }

  /** French contractions the tokenizer keeps whole: "au"/"aux" are "à", "du"/"des" are "de". */
  private static String contracted(String word) {
    return switch (word) {
      case "au", "aux" -> "à";
      case "du", "des", "d'" -> "de";
      default -> word;
    };
  }

  private static List<Token> withConjuncts(SentenceGraph graph, Token argument) {
    List<Token> members = new ArrayList<>();
    members.add(argument);
    for (Token conjunct : graph.children(argument, "conj")) {
      members.add(conjunct);
    }
    return members;
  }

  /**
   * A relative pronoun stands for the noun its clause modifies: "l'armée, qui a bombardé…". When the
   * parser attached the clause to the noun of a prepositional locution ("une résolution a été votée
   * en faveur d'un cessez-le-feu, qui a fait l'objet d'un veto"), the antecedent is the main clause's
   * object, else its subject.
   */
  private static Token antecedent(Context context, SentenceGraph graph, Token token) {
    String word = token.text().toLowerCase(Locale.ROOT);
    if ("PRON".equals(token.pos()) && RELATIVES.contains(word)) {
      Token verb = graph.head(token);
      if (verb != null && (SentenceGraph.hasRelation(verb, "acl") || SentenceGraph.hasRelation(verb, "dep"))) {
        Token noun = graph.head(verb);
        if (noun != null && context.frames().locution(noun.text())) {
          Token clause = graph.head(noun);
          if (clause != null && "VERB".equals(clause.pos())) {
            for (String relation : List.of("obj", "nsubj:pass", "nsubj")) {
              List<Token> arguments = graph.children(clause, relation);
              if (!arguments.isEmpty()) {
                return arguments.get(0);
              }
            }
          }
        }
        if (noun != null) {
          return noun;
        }
      }
    }
    // A personal pronoun subject of a reported clause is the reporting verb's subject: "Ethiopia
    // indicated it would act now with Libya", "l'Iran a affirmé qu'il riposterait".
    if ("PRON".equals(token.pos()) && PERSONAL.contains(word) && SentenceGraph.hasRelation(token, "nsubj")) {
      Token clause = graph.head(token);
      Token governor = clause == null || !SentenceGraph.hasRelation(clause, "ccomp") ? null : graph.head(clause);
      if (governor != null) {
        for (Token subject : graph.children(governor, "nsubj")) {
          if (!"PRON".equals(subject.pos())) {
            return subject;
          }
        }
      }
    }
    return token;
  }

  // ------------------------------------------------------------------ modality and attribution

  static boolean negated(SentenceGraph graph, Token token) {
    for (Token child : graph.children(token, "advmod")) {
      if (NEGATIONS.contains(child.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Plans, conditionals and future acts: a modal auxiliary ("will", "would"), a modal verb above the
   * predicate ("pourrait frapper"), a condition ("si l'armée attaque"), the French future or
   * conditional ("frappera", "frapperait").
   */
  static boolean hypothetical(SentenceGraph graph, Token token) {
    for (Token aux : graph.children(token, "aux")) {
      String word = aux.text().toLowerCase(Locale.ROOT);
      if (MODALS.contains(word) || (aux.lemma() != null && MODALS.contains(aux.lemma()))) {
        return true;
      }
      if (word.matches(".+(rai|ra|ras|rons|rez|ront|rais|rait|rions|riez|raient)") && !word.equals("a")) {
        return true;
      }
    }
    for (Token mark : graph.children(token, "mark")) {
      if (CONDITIONS.contains(mark.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    Token head = graph.head(token);
    if (head != null && SentenceGraph.hasRelation(token, "xcomp")) {
      String word = head.text().toLowerCase(Locale.ROOT);
      if (MODAL_VERBS.stream().anyMatch(m -> word.startsWith(m.substring(0, 3)))) {
        return true;
      }
    }
    String word = token.text().toLowerCase(Locale.ROOT);
    return "VERB".equals(token.pos()) && token.lemma() == null
        && word.matches(".+(erai|eras|era|erons|erez|eront|erais|erait|erions|eriez|eraient|irait|iront|ira)");
  }

  // ------------------------------------------------------------------ evidence and drafts

  private static Evidence evidence(Document document, SentenceGraph graph, Token token, Located source, Located target) {
    Sentence sentence = graph.sentence;
    int start = token.start();
    int end = token.end();
    for (Located located : new Located[] {source, target}) {
      if (located != null && located.mention().sentence() == sentence.index()) {
        start = Math.min(start, located.mention().start());
        end = Math.max(end, located.mention().end());
      }
    }
    // Keep evidence to a readable length: the predicate and its nearest arguments.
    if (end - start > 300) {
      start = Math.max(start, token.start() - 150);
      end = Math.min(end, token.end() + 150);
    }
    return new Evidence(document.text().substring(start, end), start, end, sentence.index());
  }

  /** One event while the document is read: repeated mentions add evidence. */
  private static final class Draft {
    private final Predicate predicate;
    private final ActorRef source;
    private final ActorRef target;
    private final boolean negated;
    private final boolean hypothetical;
    private ActorRef reportedBy;
    private final org.vigie.model.Location location;
    private final List<Evidence> evidence = new ArrayList<>();
    private final String language;
    /** Where the source was named (null when the text names none). */
    private Located sourceAt;
    /** Where the target was named (null when none). */
    private Located targetAt;
    /** When it happened (null: the publication date, or none). */
    private EventDates.Dated dated;

    /** A mention whose own clause dates the act wins over a date the story lent the first one. */
    void redate(EventDates.Dated other) {
      if (other != null && other.own() && (dated == null || !dated.own())) {
        dated = other;
      }
    }

    int firstSentence() {
      return evidence.get(0).sentence();
    }

    Draft(Predicate predicate, ActorRef source, ActorRef target, boolean negated, boolean hypothetical,
          ActorRef reportedBy, org.vigie.model.Location location, Evidence first, String language) {
      this.location = location;
      this.predicate = predicate;
      this.source = source;
      this.target = target;
      this.negated = negated;
      this.hypothetical = hypothetical;
      this.reportedBy = reportedBy;
      this.evidence.add(first);
      this.language = language;
    }

    void add(Evidence more, ActorRef reporter) {
      if (evidence.stream().noneMatch(e -> e.start() == more.start() && e.end() == more.end())) {
        evidence.add(more);
      }
      if (reportedBy == null) {
        reportedBy = reporter;
      }
    }

    Event toEvent(String id, Document document) {
      CameoCodes.Code code = CameoCodes.get(predicate.cameo());
      EventDate date = dated != null ? dated.date() : document.published() == null ? null
          : new EventDate(document.published().toString(), "publication", null);
      double confidence = source == null ? 0.5 : target == null ? 0.7 : 0.8;
      return new Event(id, predicate.plover().isBlank() ? null : predicate.plover(), predicate.mode(), null, predicate.cameo(),
          code == null ? null : code.quad(), code == null ? null : code.goldstein(), source, target, date, location,
          negated, hypothetical, reportedBy, evidence,
          language + "/" + (predicate.plover().isBlank() ? "cameo-" + predicate.cameo() : predicate.plover().toLowerCase(Locale.ROOT)) + "/" + predicate.head().replace(' ', '-'),
          confidence);
    }
  }
}
