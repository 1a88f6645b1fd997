package org.vigie.eval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import org.vigie.eval.bench.BenchCorpus.TimedDocument;
import org.vigie.extract.Pipeline;
import org.vigie.model.Document;
import org.vigie.model.Sentence;

/**
 * Times Vigie's pipeline, and optionally a baseline, on the same articles of one language: warm-up
 * articles first (not measured), then the measured ones, on a fixed number of threads.
 */
public final class Bench {
  /** A pipeline to compare with; thread-safe. */
  public interface Baseline {
    /** Annotates {@code text} and returns its number of tokens. */
    int annotate(String text, String language);

    /** What it runs for {@code language}, in words, for the report. */
    String describe(String language);
  }

  private final Pipeline pipeline;
  private final Baseline baseline;
  private final int threads;

  /** @param baseline the pipeline to compare with, or null for none */
  public Bench(Pipeline pipeline, Baseline baseline, int threads) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.baseline = baseline;
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
  }

  /** Runs the first {@code warmup} of {@code documents} unmeasured, then measures the rest. */
  public LanguageResult run(String language, List<TimedDocument> documents, int warmup) {
    if (warmup < 0 || warmup > documents.size()) {
      throw new IllegalArgumentException("warmup must be in [0, " + documents.size() + "], got " + warmup);
    }
    List<TimedDocument> warm = documents.subList(0, warmup);
    List<TimedDocument> measured = documents.subList(warmup, documents.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      runAll(pool, warm, doc -> tokens(pipeline.process(doc)));

      StageClock clock = new StageClock();
      long readNanos = 0;
      for (TimedDocument timed : measured) {
        clock.stageFinished(StageTimes.READ, timed.readNanos());
        clock.stageFinished(StageTimes.LANGUAGE, timed.languageNanos());
        readNanos += timed.readNanos() + timed.languageNanos();
      }
      AtomicInteger failed = new AtomicInteger();
      MemoryProbe memory = MemoryProbe.start();
      Timed vigie = runAll(pool, measured, doc -> {
        Document out = pipeline.process(doc, clock);
        if (out.diagnostics().stream().anyMatch(d -> d.code().startsWith("error."))) {
          failed.incrementAndGet();
        }
        return tokens(out);
      });
      // Reading is done up front, one article after another; its time belongs to the run.
      Throughput vigieThroughput = Throughput.of(vigie.articleNanos, vigie.tokens,
          vigie.wallNanos + readNanos, memory);

      Throughput baselineThroughput = null;
      if (baseline != null) {
        runAll(pool, warm, doc -> baseline.annotate(doc.text(), language));
        MemoryProbe baselineMemory = MemoryProbe.start();
        Timed base = runAll(pool, measured, doc -> baseline.annotate(doc.text(), language));
        // Annotation alone: charging the baseline nothing for reading keeps the comparison conservative.
        baselineThroughput = Throughput.of(base.articleNanos, base.tokens, base.wallNanos, baselineMemory);
      }
      return new LanguageResult(language, threads, warm.size(), vigieThroughput, clock.snapshot(),
          failed.get(), baselineThroughput, baseline == null ? null : baseline.describe(language));
    } finally {
      pool.shutdownNow();
    }
  }

  private record Timed(long[] articleNanos, long tokens, long wallNanos) {
  }

  private static Timed runAll(ExecutorService pool, List<TimedDocument> documents, ToIntFunction<Document> work) {
    long[] articleNanos = new long[documents.size()];
    AtomicLong tokens = new AtomicLong();
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      int index = i;
      Document document = documents.get(i).document();
      tasks.add(() -> {
        long started = System.nanoTime();
        tokens.addAndGet(work.applyAsInt(document));
        articleNanos[index] = System.nanoTime() - started;
        return null;
      });
    }
    long started = System.nanoTime();
    try {
      for (Future<Void> future : pool.invokeAll(tasks)) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("benchmark failed: " + e.getCause(), e.getCause());
    }
    return new Timed(articleNanos, tokens.get(), System.nanoTime() - started);
  }

  private static int tokens(Document document) {
    int count = 0;
    for (Sentence sentence : document.sentences()) {
      count += sentence.tokens().size();
    }
    return count;
  }
}
