package org.vigie.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.eval.ner.NerCorpus.Format;
import org.vigie.eval.score.Counts;

/**
 * Reads the team's evaluation corpora ({@code shared/data/ner}). Expected counts: CoNLL-2003 test B
 * as published (3,453 sentences, 46,435 tokens, 5,648 entities); WikiNEuRal as counted by an
 * independent conlleval-style script (its 19 stray I- tags each open an entity).
 */
class SharedNerCorporaTest {
  /** The shared folder: the vigie.shared property the parent pom sets, else the usual places. */
  static Path shared() {
    return org.vigie.eval.SharedData.root();
  }


  private static Path corpus(String relative) {
    Path file = shared().resolve("data/ner").resolve(relative);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("NER corpus missing: " + file);
    }
    return file;
  }

  @Test
  void conll2003TestBHasThePublishedCounts() {
    Path file = corpus("en/conll2003_eng.testb");
    List<NerSentence> sentences = NerCorpus.read(file);

    assertThat(NerCorpus.detect(file)).isEqualTo(Format.CONLL2003);
    assertThat(sentences).hasSize(3453);
    assertThat(sentences.stream().mapToInt(s -> s.tokens().size()).sum()).isEqualTo(46435);
    assertThat(goldByType(sentences)).isEqualTo(Map.of("PER", 1617, "LOC", 1668, "ORG", 1661, "MISC", 702));
    assertThat(sentences.get(sentences.size() - 1).document()).isEqualTo(230); // 231 documents
    // SOCCER - JAPAN/I-LOC GET LUCKY WIN , CHINA/I-PER IN SURPRISE DEFEAT .
    assertThat(sentences.get(0).gold()).containsExactly(new TypedSpan(2, 3, "LOC"), new TypedSpan(7, 8, "PER"));
  }

  @Test
  void wikineuralFrenchSubsetHasItsCounts() {
    Path file = corpus("fr/wikineural_fr_test.first5000.conllu");
    List<NerSentence> sentences = NerCorpus.read(file);

    assertThat(NerCorpus.detect(file)).isEqualTo(Format.INDEXED_IOB2);
    assertThat(sentences).hasSize(5000);
    assertThat(sentences.stream().mapToInt(s -> s.tokens().size()).sum()).isEqualTo(121158);
    assertThat(goldByType(sentences)).isEqualTo(Map.of("PER", 2537, "LOC", 3870, "ORG", 1373, "MISC", 1075));
    // On la trouve depuis le Pakistan/B-LOC jusqu' en Chine/B-LOC .
    assertThat(sentences.get(0).gold()).containsExactly(new TypedSpan(5, 6, "LOC"), new TypedSpan(8, 9, "LOC"));
  }

  @Test
  void goldAnswersScorePerfectlyOnBothCorpora() {
    // Round trip over real data: gold token spans -> character spans in the chunk text -> token
    // spans. Any slip in offsets or chunking shows as a score below 1.
    for (String relative : List.of("en/conll2003_eng.testb", "fr/wikineural_fr_test.first5000.conllu")) {
      List<NerSentence> sentences = NerCorpus.read(corpus(relative));
      NerEvaluation evaluation = NerEvaluation.withDefaults();
      Map<String, List<CharSpan>> answers = new HashMap<>();
      for (List<NerSentence> chunk : evaluation.chunks(sentences)) {
        ChunkText chunkText = ChunkText.of(chunk);
        List<CharSpan> spans = new ArrayList<>();
        for (int s = 0; s < chunk.size(); s++) {
          for (TypedSpan span : chunk.get(s).gold()) {
            int first = chunkText.sentenceOffset(s) + span.startToken();
            int last = chunkText.sentenceOffset(s) + span.endToken() - 1;
            spans.add(new CharSpan(chunkText.tokenStart(first), chunkText.tokenEnd(last), span.type()));
          }
        }
        answers.merge(chunkText.text(), spans, (a, b) -> a); // repeated chunks have equal gold
      }

      NerScores scores = evaluation.evaluate(sentences, (text, language) -> answers.get(text), "xx", 0);

      Counts micro = scores.micro();
      assertThat(micro.matched()).as(relative).isEqualTo(micro.gold()).isEqualTo(micro.system());
      assertThat(micro.gold()).as(relative).isEqualTo(goldByType(sentences).values().stream().mapToInt(i -> i).sum());
    }
  }

  private static Map<String, Integer> goldByType(List<NerSentence> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    sentences.forEach(s -> s.gold().forEach(span -> counts.merge(span.type(), 1, Integer::sum)));
    return counts;
  }
}
