package org.vigie.eval.ner;

import org.vigie.eval.score.Counts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a {@link NerTagger} against gold sentences.
 *
 * <p>Sentences are sent to the tagger in chunks ({@link ChunkText}): consecutive sentences of one
 * corpus document, at most {@link #chunkSentences()} of them, so the tagger sees some context
 * and is called a few hundred times rather than once per sentence. Predicted character spans are
 * mapped to corpus types ({@link NerTypeMapping}) and snapped outward to whole tokens; a
 * prediction that crosses a sentence boundary can match no gold entity and counts as wrong.
 * Identical predictions (same tokens, same type) count once.
 *
 * <p>Instances are immutable; {@code with...} methods return changed copies.
 */
public final class NerEvaluation {
  /** Told how far the evaluation has got, after each chunk and once before the first. */
  @FunctionalInterface
  public interface Progress {
    void update(int sentencesDone, int sentencesTotal);

    Progress NONE = (done, total) -> {};
  }

  /** The corpus types, in the order the score table lists them. */
  public static final List<String> CORPUS_TYPES = List.of("PER", "LOC", "ORG", "MISC");

  public static final int DEFAULT_CHUNK_SENTENCES = 50;

  private final NerTypeMapping mapping;
  private final int chunkSentences;
  private final Progress progress;

  private NerEvaluation(NerTypeMapping mapping, int chunkSentences, Progress progress) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    if (chunkSentences < 1) {
      throw new IllegalArgumentException("chunkSentences must be at least 1, got " + chunkSentences);
    }
    this.chunkSentences = chunkSentences;
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** Default type mapping, chunks of 50 sentences, no progress reports. */
  public static NerEvaluation withDefaults() {
    return new NerEvaluation(NerTypeMapping.defaults(), DEFAULT_CHUNK_SENTENCES, Progress.NONE);
  }

  /** Scores {@code tagger} on the first {@code limit} sentences of {@code corpus} (0: all) with the defaults. */
  public static NerScores run(List<NerSentence> corpus, NerTagger tagger, String language, int limit) {
    return withDefaults().evaluate(corpus, tagger, language, limit);
  }

  public NerEvaluation withMapping(NerTypeMapping mapping) {
    return new NerEvaluation(mapping, chunkSentences, progress);
  }

  public NerEvaluation withChunkSentences(int chunkSentences) {
    return new NerEvaluation(mapping, chunkSentences, progress);
  }

  public NerEvaluation withProgress(Progress progress) {
    return new NerEvaluation(mapping, chunkSentences, progress);
  }

  public NerTypeMapping mapping() {
    return mapping;
  }

  public int chunkSentences() {
    return chunkSentences;
  }

  /**
   * Scores {@code tagger} on the first {@code limit} sentences of {@code corpus}, all when
   * {@code limit} is 0.
   *
   * @throws IllegalStateException when the tagger throws or returns null, naming the chunk
   */
  public NerScores evaluate(List<NerSentence> corpus, NerTagger tagger, String language, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 (all) or positive, got " + limit);
    }
    List<NerSentence> sentences = limit == 0 || limit >= corpus.size() ? corpus : corpus.subList(0, limit);
    Tally tally = new Tally();
    int done = 0;
    progress.update(0, sentences.size());
    for (List<NerSentence> chunk : chunks(sentences)) {
      scoreChunk(chunk, done, tagger, language, tally);
      done += chunk.size();
      progress.update(done, sentences.size());
    }
    return tally.scores(sentences.size());
  }

  /** Runs of consecutive sentences of one document, at most chunkSentences long. */
  List<List<NerSentence>> chunks(List<NerSentence> sentences) {
    List<List<NerSentence>> chunks = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= sentences.size(); i++) {
      boolean boundary = i == sentences.size()
          || i - start == chunkSentences
          || sentences.get(i).document() != sentences.get(start).document();
      if (boundary) {
        chunks.add(sentences.subList(start, i));
        start = i;
      }
    }
    return chunks;
  }

  private void scoreChunk(List<NerSentence> chunk, int firstSentence, NerTagger tagger, String language,
      Tally tally) {
    ChunkText chunkText = ChunkText.of(chunk);
    Set<TypedSpan> gold = new HashSet<>();
    for (int s = 0; s < chunk.size(); s++) {
      for (TypedSpan span : chunk.get(s).gold()) {
        gold.add(span.shift(chunkText.sentenceOffset(s)));
      }
    }
    List<CharSpan> predictions;
    try {
      predictions = tagger.tag(chunkText.text(), language);
    } catch (RuntimeException e) {
      throw new IllegalStateException(failure(firstSentence, chunk) + ": " + e, e);
    }
    if (predictions == null) {
      throw new IllegalStateException(failure(firstSentence, chunk) + ": the tagger returned null");
    }
    Set<TypedSpan> predicted = new HashSet<>();
    for (CharSpan prediction : predictions) {
      Optional<String> type = mapping.apply(prediction.type());
      if (type.isEmpty()) {
        tally.droppedLabels.merge(prediction.type(), 1, Integer::sum);
        continue;
      }
      Optional<TypedSpan> span = chunkText.snap(new CharSpan(prediction.start(), prediction.end(), type.get()));
      if (span.isEmpty()) {
        tally.unalignedSpans++;
        continue;
      }
      predicted.add(span.get());
    }
    gold.forEach(span -> tally.count(span.type())[GOLD]++);
    predicted.forEach(span -> {
      int[] counts = tally.count(span.type());
      counts[PREDICTED]++;
      if (gold.contains(span)) {
        counts[CORRECT]++;
      }
    });
  }

  private static String failure(int firstSentence, List<NerSentence> chunk) {
    return "tagger failed on sentences " + firstSentence + ".." + (firstSentence + chunk.size() - 1)
        + " (0-based, after the limit)";
  }

  private static final int GOLD = 0;
  private static final int PREDICTED = 1;
  private static final int CORRECT = 2;

  /** Counts gathered across chunks: gold, predicted and correct per type. */
  private static final class Tally {
    final Map<String, int[]> byType = new TreeMap<>();
    final Map<String, Integer> droppedLabels = new TreeMap<>();
    int unalignedSpans;

    int[] count(String type) {
      return byType.computeIfAbsent(type, t -> new int[3]);
    }

    NerScores scores(int sentences) {
      Map<String, Counts> ordered = new LinkedHashMap<>();
      CORPUS_TYPES.forEach(type -> ordered.put(type, Counts.ZERO));
      byType.forEach((type, c) -> ordered.put(type, new Counts(c[GOLD], c[PREDICTED], c[CORRECT])));
      Counts micro = ordered.values().stream().reduce(Counts.ZERO, Counts::plus);
      return new NerScores(sentences, ordered, micro, droppedLabels, unalignedSpans);
    }
  }
}
