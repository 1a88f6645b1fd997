package org.vigie.extract;

import java.util.Objects;
import org.vigie.extract.entity.ActorDictionary;
import org.vigie.extract.entity.AgentDictionary;
import org.vigie.extract.entity.EntityStage;
import org.vigie.extract.event.DiscardList;
import org.vigie.extract.event.EventStage;
import org.vigie.extract.event.FactStage;
import org.vigie.extract.event.VerbDictionary;
import org.vigie.model.Diagnostic;
import org.vigie.model.Document;
import org.vigie.model.NlpAnalyzer;

/**
 * The analysis of one article, as a recipe: check the language, run the NLP, find the entities,
 * code the events, read the reported counts (facts).
 * Never throws for a bad article: problems become diagnostics on the document, so a batch goes on.
 */
public final class Pipeline {
  private final NlpAnalyzer nlp;
  private final EntityStage entities;
  private final EventStage events;
  private final FactStage facts = new FactStage();

  public Pipeline(NlpAnalyzer nlp) {
    this(nlp, null);
  }

  /** With a user's actor dictionary (may be null), whose names and codes win over Vigie's own. */
  public Pipeline(NlpAnalyzer nlp, ActorDictionary actors) {
    this(nlp, actors, null);
  }

  /**
   * With a user's actor dictionary and verb dictionary (either may be null), whose entries win over
   * Vigie's own.
   */
  public Pipeline(NlpAnalyzer nlp, ActorDictionary actors, VerbDictionary verbs) {
    this(nlp, actors, null, verbs);
  }

  /**
   * With a user's actor, agents and verb dictionaries (any may be null), whose entries win over
   * Vigie's own.
   */
  public Pipeline(NlpAnalyzer nlp, ActorDictionary actors, AgentDictionary agents, VerbDictionary verbs) {
    this(nlp, actors, agents, verbs, null);
  }

  /**
   * With a user's actor, agents and verb dictionaries and discard list (any may be null), whose
   * entries win over Vigie's own; a discarded sentence or story codes no event.
   */
  public Pipeline(NlpAnalyzer nlp, ActorDictionary actors, AgentDictionary agents, VerbDictionary verbs,
                  DiscardList discards) {
    this.nlp = nlp;
    this.entities = new EntityStage(actors, agents);
    this.events = new EventStage(verbs, discards, agents != null);
  }

  /** Stage names given to a {@link StageListener}; one per stage of the recipe. */
  public static final String STAGE_NLP = "nlp";
  public static final String STAGE_ENTITIES = "entities";
  public static final String STAGE_EVENTS = "events";
  public static final String STAGE_FACTS = "facts";

  /**
   * Told how long each stage took, on the thread that ran it, once per stage and document; a
   * document that stops early (failed, no language, analysis error) reports only the stages it ran.
   */
  @FunctionalInterface
  public interface StageListener {
    StageListener NONE = (stage, nanos) -> { };

    void stageFinished(String stage, long nanos);
  }

  /** Analyses a document that a reader prepared (text, metadata and language set). */
  public Document process(Document document) {
    return process(document, StageListener.NONE);
  }

  /** As {@link #process(Document)}, telling {@code listener} the time spent in each stage. */
  public Document process(Document document, StageListener listener) {
    Objects.requireNonNull(listener, "listener");
    if (document.failed()) {
      return document;
    }
    String language = document.language();
    if (language == null) {
      return document.withDiagnostic(Diagnostic.of("error.language",
          document.id() + ": could not identify the language (too little text?)"));
    }
    if (!nlp.languages().contains(language)) {
      return document.withDiagnostic(Diagnostic.of("error.unsupported-language",
          document.id() + ": unsupported language: " + language));
    }
    try {
      long started = System.nanoTime();
      NlpAnalyzer.Analysis analysis = nlp.analyze(document.text(), language);
      Document parsed = document.withSentences(analysis.sentences()).withDiagnostics(analysis.diagnostics());
      long parsedAt = System.nanoTime();
      listener.stageFinished(STAGE_NLP, parsedAt - started);
      Document found = entities.apply(parsed);
      long foundAt = System.nanoTime();
      listener.stageFinished(STAGE_ENTITIES, foundAt - parsedAt);
      Document coded = events.apply(found);
      long codedAt = System.nanoTime();
      listener.stageFinished(STAGE_EVENTS, codedAt - foundAt);
      Document counted = facts.apply(coded);
      listener.stageFinished(STAGE_FACTS, System.nanoTime() - codedAt);
      return counted;
    } catch (RuntimeException | OutOfMemoryError e) {
      // A defect, not the user's fault: keep the batch going and say what broke.
      return document.withDiagnostic(Diagnostic.of("error.internal",
          document.id() + ": analysis failed: " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))));
    }
  }
}
