package org.vigie.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.vigie.eval.bench.BenchCorpus.TimedDocument;
import org.vigie.extract.Pipeline;
import org.vigie.model.Document;
import org.vigie.model.NlpAnalyzer;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/** The bench with a fake analyzer (one sentence, one token per word): no models, no timing assertions. */
class BenchTest {
  private final Map<String, AtomicInteger> analyzed = new ConcurrentHashMap<>();

  private final NlpAnalyzer fake = new NlpAnalyzer() {
    @Override
    public Analysis analyze(String text, String language) {
      analyzed.computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet();
      if (text.contains("boom")) {
        throw new IllegalStateException("boom");
      }
      List<Token> tokens = new ArrayList<>();
      int start = 0;
      for (String word : text.split(" ")) {
        tokens.add(new Token(tokens.size(), word, start, start + word.length(), "X", word, "O", -1, null));
        start += word.length() + 1;
      }
      return new Analysis(List.of(new Sentence(0, 0, text.length(), tokens, false)), List.of());
    }

    @Override
    public List<String> languages() {
      return List.of("fr");
    }
  };

  private static List<TimedDocument> documents(String... texts) {
    List<TimedDocument> documents = new ArrayList<>();
    for (String text : texts) {
      documents.add(new TimedDocument(Document.of("d" + documents.size(), text).withLanguage("fr"), 1_000, 500));
    }
    return documents;
  }

  @Test
  void measuresOnlyTheArticlesAfterTheWarmUp() {
    // Warm-up: 2 articles of 9 and 1 tokens; measured: 3 articles of 2 + 3 + 4 tokens.
    List<TimedDocument> docs = documents("un deux trois quatre cinq six sept huit neuf", "seul",
        "Paris proteste", "Macron répond vite", "les gilets jaunes manifestent");
    LanguageResult result = new Bench(new Pipeline(fake), null, 2).run("fr", docs, 2);

    assertThat(result.warmup()).isEqualTo(2);
    assertThat(result.threads()).isEqualTo(2);
    assertThat(result.vigie().articles()).isEqualTo(3);
    assertThat(result.vigie().tokens()).isEqualTo(9);
    assertThat(result.failed()).isZero();
    assertThat(result.baseline()).isNull();
    assertThat(result.speedup()).isNaN();
    assertThat(analyzed.values()).allSatisfy(count -> assertThat(count).hasValue(1));
  }

  @Test
  void stageTimesCountReadAndLanguageOfMeasuredArticlesAndThePipelineStages() {
    List<TimedDocument> docs = documents("avant", "Paris proteste", "Macron répond");
    StageTimes stages = new Bench(new Pipeline(fake), null, 1).run("fr", docs, 1).stages();

    // Read and language come from the corpus reader: 1000 and 500 ns for each of 2 measured articles.
    assertThat(stages.nanos()).containsEntry("read", 2_000L).containsEntry("language", 1_000L)
        .containsKeys("nlp", "entities", "events", "facts").doesNotContainKeys("time");
  }

  @Test
  void anArticleThatFailsIsCountedAndTheRunGoesOn() {
    List<TimedDocument> docs = documents("Paris proteste", "boom", "Macron répond");
    LanguageResult result = new Bench(new Pipeline(fake), null, 1).run("fr", docs, 0);
    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.vigie().articles()).isEqualTo(3);
    assertThat(result.vigie().tokens()).isEqualTo(4);
  }

  @Test
  void theBaselineSeesTheSameArticlesWarmUpIncluded() {
    List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    Bench.Baseline baseline = new Bench.Baseline() {
      @Override
      public int annotate(String text, String language) {
        seen.add(language + ":" + text);
        return 10;
      }

      @Override
      public String describe(String language) {
        return "fake " + language;
      }
    };
    List<TimedDocument> docs = documents("avant", "Paris proteste", "Macron répond");
    LanguageResult result = new Bench(new Pipeline(fake), baseline, 1).run("fr", docs, 1);

    assertThat(seen).containsExactly("fr:avant", "fr:Paris proteste", "fr:Macron répond");
    assertThat(result.baseline().articles()).isEqualTo(2);
    assertThat(result.baseline().tokens()).isEqualTo(20);
    assertThat(result.baselineSetup()).isEqualTo("fake fr");
    assertThat(result.speedup()).isPositive();
  }
}
