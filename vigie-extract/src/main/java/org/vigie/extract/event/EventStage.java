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
  private static final Set<String> RELATIVES = Set.of("qui", "que", "lequel", "laquelle", "who", "which", "that");

  private final Map<String, Lemmas> lemmas = new java.util.concurrent.ConcurrentHashMap<>();
  private final VerbDictionary verbs;
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
    this.verbs = verbs;
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
    Lemmas lemmatizer = lemmas.computeIfAbsent(language, l -> l.equals("fr")
        ? Lemmas.french(FrenchVerbTable.of(lexicon.verbHeads())) : Lemmas.english());
    EntityLocator locator = new EntityLocator(document);
    Context context = new Context(lexicon, lemmatizer);
    Map<String, Draft> drafts = new LinkedHashMap<>();
    for (Sentence sentence : document.sentences()) {
      if (!sentence.parsed()) {
        continue;
      }
      SentenceGraph graph = new SentenceGraph(sentence);
      for (Token token : sentence.tokens()) {
        Predicate predicate = match(lexicon, lemmatizer, graph, token);
        // An accusation named inside a statement ("les crimes de guerre du régime") stays an accusation.
        if (predicate == null || !predicate.codesEvent()
            || (!predicate.plover().equals("ACCUSE") && !deniedAct(context, graph, token)
                && insideEmbeddedAct(lexicon, lemmatizer, graph, token))) {
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
    List<Event> events = new ArrayList<>();
    for (Draft draft : drafts.values()) {
      events.add(draft.toEvent("v" + (events.size() + 1), document));
    }
    return document.withEvents(events);
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
    for (Predicate predicate : lexicon.candidates(lemmatizer.of(token), surface)) {
      if (posAgrees(predicate.pos(), pos) && dependentsPresent(predicate, lemmatizer, graph, token)) {
        return predicate;
      }
    }
    return null;
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
      for (Token child : graph.children(token, dependent.relation())) {
        if (lemmatizer.of(child).contains(dependent.lemma())) {
          found = true;
          break;
        }
      }
      // A particle is often parsed as the preposition of the next phrase: "called on Israel".
      if (!found && dependent.relation().equals("compound:prt")) {
        List<Token> phrases = new ArrayList<>(graph.children(token, "obl"));
        phrases.addAll(graph.children(token, "obj"));
        found = !withCase(graph, phrases, Set.of(dependent.lemma())).isEmpty();
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /**
   * An act named inside another act is not an event of its own: in "menace de frapper" and "appelle
   * à cesser le feu" the threat and the appeal are the events, not the strike or the ceasefire.
   */
  private static boolean insideEmbeddedAct(PredicateLexicon lexicon, Lemmas lemmatizer, SentenceGraph graph, Token token) {
    Token current = token;
    // "a souligné la nécessité de poursuivre les efforts … tout en augmentant l'envoi d'aide": the
    // appeal is the event, whatever depth the act it mentions sits at.
    for (int depth = 0; depth < 5; depth++) {
      Token head = graph.head(current);
      if (head == null || !embedded(current)) {
        return false;
      }
      Predicate outer = match(lexicon, lemmatizer, graph, head);
      if (outer != null && !outer.speech() && !outer.future() && !outer.transparent()
          && Set.of("THREATEN", "REQUEST", "AGREE", "REJECT", "SUPPORT", "ACCUSE").contains(outer.plover())) {
        return true;
      }
      current = head;
    }
    return false;
  }

  /** A complement, not an adjunct: "lors d'un entretien" (obl:mod) names an act of its own. */
  private static boolean embedded(Token token) {
    return !SentenceGraph.hasRelation(token, "obl:mod") && EMBEDDING.stream().anyMatch(r -> SentenceGraph.hasRelation(token, r));
  }

  /** Relations through which an act is named inside another: complements, not coordination. */
  private static final List<String> EMBEDDING = List.of("xcomp", "acl", "nmod", "obl", "obj", "advcl", "ccomp");

  // ------------------------------------------------------------------ coding

  /** The lexicon and lemmatizer of the document being coded. */
  private record Context(PredicateLexicon lexicon, Lemmas lemmas) {
  }

  private static void code(Context context, Document document, EntityLocator locator, SentenceGraph graph, Token token,
                           Predicate predicate, Map<String, Draft> drafts) {
    boolean passive = isPassive(graph, token);
    List<Located> sources = resolve(locator, graph, token, predicate.source(), passive);
    List<Located> targets = resolve(locator, graph, token, predicate.target(), passive);
    // In a light-verb expression the complements may hang on its noun: "ses regrets concernant le veto".
    for (Token noun : requiredDependents(context, graph, token, predicate)) {
      if (targets.isEmpty()) {
        targets = resolve(locator, graph, noun, predicate.target(), false);
      }
    }
    // "exprimer ses regrets face au veto américain": a reaction to an act targets its author.
    List<Located> authors = authorsOfActs(context, locator, graph, token, predicate.target(), passive);
    for (Token noun : requiredDependents(context, graph, token, predicate)) {
      if (authors.isEmpty()) {
        authors = authorsOfActs(context, locator, graph, noun, predicate.target(), false);
      }
    }
    // "a rejeté les demandes de l'opposition": a reaction to a proposal, demand or act in the object
    // is addressed to its author, whatever target slots the predicate has.
    if (authors.isEmpty() && targets.isEmpty() && REACTIONS.contains(predicate.plover())) {
      authors = authorsOfActs(context, locator, graph, token, List.of("obj"), passive);
      // "rejected the Chinese peace plan": whose plan the object is.
      if (authors.isEmpty()) {
        targets = resolve(locator, graph, token, List.of("obj"), passive);
      }
    }
    // One's own act is no target: "Armenia and Azerbaijan signed an agreement" is a joint act.
    Set<String> sourceIds = new java.util.HashSet<>();
    sources.forEach(source -> sourceIds.add(source.entity().id()));
    authors = authors.stream().filter(a -> !sourceIds.contains(a.entity().id())).toList();
    if (!authors.isEmpty()) {
      targets = authors;
    }
    // "a promis de livrer des missiles à l'Ukraine", "threatened to strike Iran": a speech act about
    // another act is addressed to that act's target.
    if (targets.isEmpty() && EMBEDDING_ACTS.contains(predicate.plover())) {
      targets = targetsOfEmbeddedActs(context, locator, graph, token);
    }
    // Force used on a place: "shelled the camp in central Gaza" targets Gaza.
    if (targets.isEmpty() && LOCATED_ACTS.contains(predicate.plover())) {
      targets = resolve(locator, graph, token, List.of("obl:in", "obl:à", "obl:dans", "obl:sur", "obl:on", "obl:at",
          "obl:near", "obl:près"), passive).stream().filter(l -> isPlace(l.entity())).toList();
    }
    // "Three activists were arrested in Minsk": an agentless passive reports the act, source unknown.
    boolean agentless = sources.isEmpty() && passive && !targets.isEmpty();
    if (sources.isEmpty() && !agentless) {
      return;
    }
    // A joint act of coordinated parties with no other party: "France and India held joint exercises"
    // is one event, the first-named party as source.
    if (predicate.symmetric() && targets.isEmpty() && sources.size() >= 2) {
      targets = List.of(sources.get(1));
      sources = List.of(sources.get(0));
    }
    if (targets.isEmpty() && predicate.plover().equals("ASSAULT")) {
      targets = placeInSentence(locator, graph, sources);
    }
    String domestic = domesticCountry(locator, graph, sources, targets);
    boolean negated = negated(graph, token) || negatedSubject(graph, token) || negatedClause(graph, token)
        || deniedAct(context, graph, token);
    boolean hypothetical = predicate.future() || hypothetical(graph, token) || governedByPlan(context, graph, token)
        || underModal(context, graph, token) || frenchFuture(context, token);
    Located reporter = reporter(locator, graph, token);
    List<Located> targetList = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
    List<Located> sourceList = agentless ? java.util.Collections.singletonList(null) : sources;
    for (Located source : sourceList) {
      for (Located target : targetList) {
        if (target != null && source != null && target.entity().id().equals(source.entity().id())) {
          continue;
        }
        ActorRef sourceActor = source == null ? null
            : withCountry(EntityLocator.actor(source.entity(), true), source.entity(), domestic);
        ActorRef targetActor = target == null ? null
            : withCountry(EntityLocator.actor(target.entity(), false), target.entity(), domestic);
        if (sourceActor != null && sourceActor.actor() == null) {
          // An actor Vigie cannot code ("Arsenal", "the company") makes no political event.
          continue;
        }
        if (sourceActor == null && (targetActor == null || targetActor.actor() == null)) {
          continue;
        }
        ActorRef reportedBy = reporter == null || (source != null && reporter.entity().id().equals(source.entity().id()))
            ? null : EntityLocator.actor(reporter.entity(), true);
        String key = predicate.kind() + "|" + (sourceActor == null ? "-" : sourceActor.entity()) + "|"
            + (targetActor == null ? "-" : targetActor.entity()) + "|" + negated + "|" + hypothetical;
        Evidence evidence = evidence(document, graph, token, source, target);
        Draft draft = drafts.get(key);
        if (draft == null) {
          drafts.put(key, new Draft(predicate, sourceActor, targetActor, negated, hypothetical, reportedBy,
              location(locator, graph, token, source, target), evidence,
              document.language()));
        } else {
          draft.add(evidence, reportedBy);
        }
        // "X left for Y" (032:033): the same words report Y's act back on X.
        if (predicate.reciprocal() != null && source != null && target != null && targetActor.actor() != null) {
          Predicate back = reciprocal(predicate);
          ActorRef backSource = withCountry(EntityLocator.actor(target.entity(), true), target.entity(), domestic);
          ActorRef backTarget = withCountry(EntityLocator.actor(source.entity(), false), source.entity(), domestic);
          String backKey = back.kind() + "|" + backSource.entity() + "|" + backTarget.entity() + "|" + negated + "|"
              + hypothetical;
          Draft backDraft = drafts.get(backKey);
          if (backDraft == null) {
            drafts.put(backKey, new Draft(back, backSource, backTarget, negated, hypothetical, reportedBy,
                location(locator, graph, token, source, target), evidence, document.language()));
          } else {
            backDraft.add(evidence, reportedBy);
          }
        }
      }
    }
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

  private static final Set<String> EMBEDDING_ACTS = Set.of("THREATEN", "REQUEST", "AGREE", "REJECT", "SUPPORT");
  private static final Set<String> REACTIONS = Set.of("REJECT", "SUPPORT", "ACCUSE", "AGREE", "CONCEDE");

  private static List<Located> targetsOfEmbeddedActs(Context context, EntityLocator locator, SentenceGraph graph,
                                                     Token token) {
    List<Token> complements = new ArrayList<>();
    for (String relation : List.of("xcomp", "ccomp", "obj", "obl")) {
      complements.addAll(graph.children(token, relation));
    }
    for (Token complement : complements) {
      Predicate act = match(context.lexicon(), context.lemmas(), graph, complement);
      if (act == null || !act.codesEvent()) {
        continue;
      }
      List<Located> targets = resolve(locator, graph, complement, act.target(), isPassive(graph, complement));
      if (!targets.isEmpty()) {
        return targets;
      }
    }
    return List.of();
  }

  /** "plans a new offensive", "prévoit de se rendre": an act governed by a plan is hypothetical. */
  private static boolean governedByPlan(Context context, SentenceGraph graph, Token token) {
    Token head = graph.head(token);
    if (head == null || !(SentenceGraph.hasRelation(token, "xcomp") || SentenceGraph.hasRelation(token, "obj")
        || SentenceGraph.hasRelation(token, "ccomp"))) {
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
  private static org.vigie.model.Location location(EntityLocator locator, SentenceGraph graph, Token token,
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

  /** Acts whose place, when no target is named, is their target (CAMEO codes the location's country). */
  private static final Set<String> LOCATED_ACTS = Set.of("ASSAULT", "COERCE", "MOBILIZE");

  private static boolean isPlace(Entity entity) {
    return entity.type() == org.vigie.model.EntityType.PLACE || entity.type() == org.vigie.model.EntityType.COUNTRY;
  }

  /**
   * The country of a clause's domestic groups: protesters, rebels or police named without a
   * country ("police fired at protesters in Nairobi") belong to the country of the place or of the
   * other party the clause names.
   */
  private static String domesticCountry(EntityLocator locator, SentenceGraph graph, List<Located> sources,
                                        List<Located> targets) {
    for (Located located : concat(sources, targets)) {
      if (located.entity().country() != null) {
        return located.entity().country();
      }
    }
    for (Token token : graph.tokens()) {
      Located located = locator.covering(token);
      if (located != null && isPlace(located.entity()) && located.entity().country() != null) {
        return located.entity().country();
      }
    }
    return null;
  }

  private static List<Located> concat(List<Located> a, List<Located> b) {
    List<Located> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** A group or body with a role but no country ("des manifestants", "rebels") takes the clause's country. */
  private static ActorRef withCountry(ActorRef actor, Entity entity, String country) {
    if (actor.actor() != null || entity.sector() == null || country == null) {
      return actor;
    }
    return new ActorRef(actor.entity(), actor.name(), country + entity.sector());
  }

  /** "Moscou a démenti avoir livré des armes", "denied hitting residential areas": an act under a denial. */
  private static boolean deniedAct(Context context, SentenceGraph graph, Token token) {
    Token head = graph.head(token);
    if (head == null || !(SentenceGraph.hasRelation(token, "xcomp") || SentenceGraph.hasRelation(token, "ccomp")
        || SentenceGraph.hasRelation(token, "obj"))) {
      return false;
    }
    Predicate outer = match(context.lexicon(), context.lemmas(), graph, head);
    return outer != null && outer.denial();
  }

  /** Whether a verb governs an act of the lexicon through its complement. */
  private static boolean governsAct(Context context, SentenceGraph graph, Token token) {
    for (String relation : List.of("xcomp", "ccomp", "obj")) {
      for (Token complement : graph.children(token, relation)) {
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
    return "NOUN".equals(token.pos()) && head != null && "VERB".equals(head.pos())
        && (SentenceGraph.hasRelation(token, "obj") || SentenceGraph.hasRelation(token, "obl"))
        && (negated(graph, head) || negatedSubject(graph, head));
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
        if (act != null && act.pos().equals("NOUN") && !act.speech()) {
          List<Located> authors = resolve(locator, graph, argument, act.source(), false);
          if (!authors.isEmpty()) {
            return authors;
          }
        }
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
      for (Token child : graph.children(token, dependent.relation())) {
        if (context.lemmas().of(child).contains(dependent.lemma())) {
          found.add(child);
        }
      }
    }
    return found;
  }

  private static boolean isPassive(SentenceGraph graph, Token token) {
    return !graph.children(token, "aux:pass").isEmpty() || !graph.children(token, "nsubj:pass").isEmpty();
  }

  /** The entities in the first slot that names any. */
  private static List<Located> resolve(EntityLocator locator, SentenceGraph graph, Token token, List<String> slots,
                                       boolean passive) {
    for (String slot : slots) {
      List<Located> found = new ArrayList<>();
      for (Token argument : arguments(graph, token, slot, passive)) {
        for (Token member : withConjuncts(graph, argument)) {
          for (Located located : locator.allAt(graph, antecedent(graph, member))) {
            if (found.stream().noneMatch(f -> f.entity().id().equals(located.entity().id()))) {
              found.add(located);
            }
          }
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

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
          return agents;
        }
        List<Token> subjects = graph.children(token, "nsubj");
        if (subjects.isEmpty()) {
          return sharedSubject(graph, token);
        }
        return subjects;
      }
      case "obj" -> {
        if (passive) {
          return graph.children(token, "nsubj:pass");
        }
        List<Token> objects = graph.children(token, "obj");
        if (objects.isEmpty()) {
          // "a arrêté vendredi quatorze journalistes": the parser hangs the object on the time word.
          for (Token oblique : graph.children(token, "obl")) {
            if (graph.children(oblique, "case").isEmpty()) {
              objects.addAll(graph.children(oblique, "appos"));
            }
          }
        }
        return objects;
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
        for (int depth = 0; depth < 4 && !level.isEmpty(); depth++) {
          List<Token> next = new ArrayList<>();
          for (Token noun : level) {
            next.addAll(graph.children(noun, "nmod"));
          }
          found.addAll(next);
          level = next;
        }
        return found;
      }
      case "obl", "nmod" -> {
        List<Token> candidates = new ArrayList<>(graph.children(token, "obl"));
        candidates.addAll(graph.children(token, "nmod"));
        if (marker == null) {
          return candidates;
        }
        List<Token> marked = withCase(graph, candidates, Set.of(marker));
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
      case "amod" -> {
        return graph.children(token, "amod");
      }
      case "poss" -> {
        List<Token> possessors = new ArrayList<>(graph.children(token, "nmod:poss"));
        possessors.addAll(graph.children(token, "det:poss"));
        return possessors;
      }
      case "clause" -> {
        // "X a exprimé ses regrets lors d'un entretien": the noun's clause has X as its subject. (Acts
        // nested in an appeal or a threat are not coded at all: see insideEmbeddedAct.)
        if (SentenceGraph.hasRelation(token, "nsubj")) {
          return List.of();
        }
        Token verb = graph.head(token);
        int guard = 0;
        while (verb != null && !"VERB".equals(verb.pos()) && guard++ < 6) {
          verb = graph.head(verb);
        }
        if (verb == null) {
          return List.of();
        }
        return arguments(graph, verb, "subj", isPassive(graph, verb));
      }
      default -> {
        return List.of();
      }
    }
  }

  private static List<Token> nounConjuncts(SentenceGraph graph, Token token) {
    return graph.children(token, "conj").stream()
        .filter(t -> "NOUN".equals(t.pos()) || "PROPN".equals(t.pos())).toList();
  }

  /** A verb coordinated with a previous one shares its subject: "X a discuté … et a évalué …". */
  private static List<Token> sharedSubject(SentenceGraph graph, Token token) {
    Token head = graph.head(token);
    if (head != null && (SentenceGraph.hasRelation(token, "conj") || SentenceGraph.hasRelation(token, "xcomp")
        || SentenceGraph.hasRelation(token, "advcl"))) {
      List<Token> subjects = graph.children(head, "nsubj");
      if (!subjects.isEmpty()) {
        return subjects;
      }
      return sharedSubject(graph, head);
    }
    return List.of();
  }

  /** Arguments introduced by one of the prepositions: "avec X", "contre X", "with X". */
  private static List<Token> withCase(SentenceGraph graph, List<Token> candidates, Set<String> markers) {
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

  /** A relative pronoun stands for the noun its clause modifies: "l'armée, qui a bombardé…". */
  private static Token antecedent(SentenceGraph graph, Token token) {
    String word = token.text().toLowerCase(Locale.ROOT);
    if ("PRON".equals(token.pos()) && RELATIVES.contains(word)) {
      Token verb = graph.head(token);
      if (verb != null && (SentenceGraph.hasRelation(verb, "acl") || SentenceGraph.hasRelation(verb, "dep"))) {
        Token noun = graph.head(verb);
        if (noun != null) {
          return noun;
        }
      }
    }
    return token;
  }

  // ------------------------------------------------------------------ modality and attribution

  private static boolean negated(SentenceGraph graph, Token token) {
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
  private static boolean hypothetical(SentenceGraph graph, Token token) {
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

  /**
   * Who the article says reports the act: the subject of a verb of saying whose clausal complement
   * holds it ("X a annoncé que Y…"), or the party of "selon X", "d'après X", "according to X".
   */
  private static Located reporter(EntityLocator locator, SentenceGraph graph, Token token) {
    for (Token oblique : withCase(graph, graph.children(token, "obl"), Set.of("selon", "according", "d'après", "après"))) {
      Located located = locator.at(graph, oblique);
      if (located != null) {
        return located;
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
      EventDate date = document.published() == null ? null
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
