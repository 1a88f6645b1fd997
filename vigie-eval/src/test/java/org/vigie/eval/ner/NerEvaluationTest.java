package org.vigie.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.eval.score.Counts;

class NerEvaluationTest {
  // The tagger sees "Jacques Chirac visite Berlin .\n\nLe Parti socialiste soutient Lionel Jospin ."
  //                  0      7 8    14     21     28 30  32 35   40         51       60     67     74 76
  private static final String TEXT =
      "Jacques Chirac visite Berlin .\n\nLe Parti socialiste soutient Lionel Jospin .";
  // Gold: PER 2, LOC 1, ORG 1, MISC 0.
  private static final List<NerSentence> CORPUS = List.of(
      new NerSentence(List.of("Jacques", "Chirac", "visite", "Berlin", "."),
          List.of(new TypedSpan(0, 2, "PER"), new TypedSpan(3, 4, "LOC"))),
      new NerSentence(List.of("Le", "Parti", "socialiste", "soutient", "Lionel", "Jospin", "."),
          List.of(new TypedSpan(1, 3, "ORG"), new TypedSpan(4, 6, "PER"))));

  private static final CharSpan CHIRAC = new CharSpan(0, 14, "PERSON");
  private static final CharSpan BERLIN = new CharSpan(22, 28, "CITY");
  private static final CharSpan PS = new CharSpan(35, 51, "ORGANIZATION");
  private static final CharSpan JOSPIN = new CharSpan(61, 74, "PERSON");

  /** A tagger that checks it was given TEXT and answers {@code spans}. */
  private static NerTagger answering(CharSpan... spans) {
    return (text, language) -> {
      assertThat(text).isEqualTo(TEXT);
      assertThat(language).isEqualTo("fr");
      return List.of(spans);
    };
  }

  private static NerScores score(CharSpan... spans) {
    return NerEvaluation.run(CORPUS, answering(spans), "fr", 0);
  }

  @Test
  void perfectTaggerScoresOne() {
    NerScores scores = score(CHIRAC, BERLIN, PS, JOSPIN);

    assertThat(scores.counts("PER")).isEqualTo(new Counts(2, 2, 2));
    assertThat(scores.counts("LOC")).isEqualTo(new Counts(1, 1, 1));
    assertThat(scores.counts("ORG")).isEqualTo(new Counts(1, 1, 1));
    assertThat(scores.counts("MISC")).isEqualTo(new Counts(0, 0, 0));
    assertThat(scores.micro()).isEqualTo(new Counts(4, 4, 4));
    assertThat(scores.micro().f1()).isEqualTo(1.0);
    assertThat(scores.sentences()).isEqualTo(2);
  }

  @Test
  void emptyTaggerScoresZero() {
    NerScores scores = score();

    assertThat(scores.micro()).isEqualTo(new Counts(4, 0, 0));
    assertThat(scores.micro().precision()).isZero(); // nothing predicted: 0, as conlleval
    assertThat(scores.micro().recall()).isZero();
    assertThat(scores.micro().f1()).isZero();
  }

  @Test
  void wrongTypeIsOneFalsePositiveAndOneMiss() {
    // Berlin tagged PERSON instead of CITY.
    NerScores scores = score(CHIRAC, new CharSpan(22, 28, "PERSON"), PS, JOSPIN);

    assertThat(scores.counts("PER")).isEqualTo(new Counts(2, 3, 2)); // P 2/3, R 1, F1 0.8
    assertThat(scores.counts("PER").f1()).isCloseTo(0.8, within(1e-9));
    assertThat(scores.counts("LOC")).isEqualTo(new Counts(1, 0, 0));
    assertThat(scores.micro()).isEqualTo(new Counts(4, 4, 3)); // P = R = F1 = 0.75
    assertThat(scores.micro().f1()).isCloseTo(0.75, within(1e-9));
  }

  @Test
  void boundaryErrorCountsAsWrong() {
    // "Chirac" alone instead of "Jacques Chirac".
    NerScores scores = score(new CharSpan(8, 14, "PERSON"), BERLIN, PS, JOSPIN);

    assertThat(scores.counts("PER")).isEqualTo(new Counts(2, 2, 1)); // P = R = F1 = 0.5
    assertThat(scores.counts("PER").f1()).isCloseTo(0.5, within(1e-9));
    assertThat(scores.micro()).isEqualTo(new Counts(4, 4, 3));
  }

  @Test
  void spanCuttingIntoATokenIsWidenedAndCanBeRight() {
    // "acques Chirac" covers the tokens "Jacques Chirac".
    assertThat(score(new CharSpan(1, 14, "PERSON"), BERLIN, PS, JOSPIN).micro()).isEqualTo(new Counts(4, 4, 4));
  }

  @Test
  void spanAcrossSentencesIsWrong() {
    // "Berlin .\n\nLe" as a place.
    assertThat(score(new CharSpan(22, 34, "CITY")).counts("LOC")).isEqualTo(new Counts(1, 1, 0));
  }

  @Test
  void unmappedLabelsAndSpacesOnlySpansAreReportedNotScored() {
    NerScores scores = score(CHIRAC, new CharSpan(0, 7, "DATE"), new CharSpan(7, 8, "PERSON"));

    assertThat(scores.micro()).isEqualTo(new Counts(4, 1, 1));
    assertThat(scores.droppedLabels()).containsEntry("DATE", 1);
    assertThat(scores.unalignedSpans()).isEqualTo(1);
  }

  @Test
  void duplicatePredictionsCountOnce() {
    assertThat(score(CHIRAC, CHIRAC, new CharSpan(0, 13, "PERSON")).counts("PER")).isEqualTo(new Counts(2, 1, 1));
  }

  @Test
  void typesOutsideTheCorpusGetTheirOwnRow() {
    NerEvaluation evaluation = NerEvaluation.withDefaults()
        .withMapping(NerTypeMapping.of(java.util.Map.of("PERSON", "PER", "CITY", "GPE")));
    NerScores scores = evaluation.evaluate(CORPUS, answering(CHIRAC, BERLIN), "fr", 0);

    assertThat(scores.byType().keySet()).containsExactly("PER", "LOC", "ORG", "MISC", "GPE");
    assertThat(scores.counts("GPE")).isEqualTo(new Counts(0, 1, 0));
  }

  @Test
  void limitScoresOnlyTheFirstSentences() {
    NerTagger firstSentenceOnly = (text, language) -> {
      assertThat(text).isEqualTo("Jacques Chirac visite Berlin .");
      return List.of(CHIRAC);
    };
    NerScores scores = NerEvaluation.run(CORPUS, firstSentenceOnly, "fr", 1);

    assertThat(scores.sentences()).isEqualTo(1);
    assertThat(scores.micro()).isEqualTo(new Counts(2, 1, 1));
    assertThatThrownBy(() -> NerEvaluation.run(CORPUS, firstSentenceOnly, "fr", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void chunksFollowDocumentsAndTheSizeCapAndReportProgress() {
    List<NerSentence> corpus = List.of(
        new NerSentence(List.of("Paris"), List.of(new TypedSpan(0, 1, "LOC")), 0),
        new NerSentence(List.of("Lyon"), List.of(new TypedSpan(0, 1, "LOC")), 0),
        new NerSentence(List.of("Nice"), List.of(new TypedSpan(0, 1, "LOC")), 0),
        new NerSentence(List.of("Rome"), List.of(new TypedSpan(0, 1, "LOC")), 1));
    List<String> texts = new ArrayList<>();
    List<String> progress = new ArrayList<>();
    NerTagger everyTokenIsAPlace = (text, language) -> {
      texts.add(text);
      List<CharSpan> spans = new ArrayList<>();
      for (int start = 0; start < text.length(); ) {
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        spans.add(new CharSpan(start, end, "LOCATION"));
        start = end + 2;
      }
      return spans;
    };

    NerScores scores = NerEvaluation.withDefaults()
        .withChunkSentences(2)
        .withProgress((done, total) -> progress.add(done + "/" + total))
        .evaluate(corpus, everyTokenIsAPlace, "fr", 0);

    // Document 0 is cut after two sentences; document 1 starts its own chunk.
    assertThat(texts).containsExactly("Paris\n\nLyon", "Nice", "Rome");
    assertThat(progress).containsExactly("0/4", "2/4", "3/4", "4/4");
    assertThat(scores.counts("LOC")).isEqualTo(new Counts(4, 4, 4));
  }

  @Test
  void failingTaggerIsReportedWithItsSentences() {
    assertThatThrownBy(() -> NerEvaluation.run(CORPUS, (text, language) -> {
      throw new IllegalStateException("model not loaded");
    }, "fr", 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sentences 0..1")
        .hasMessageContaining("model not loaded");
    assertThatThrownBy(() -> NerEvaluation.run(CORPUS, (text, language) -> null, "fr", 0))
        .hasMessageContaining("returned null");
  }

  @Test
  void emptyCorpusScoresZeroWithoutCallingTheTagger() {
    NerScores scores = NerEvaluation.run(List.of(), (text, language) -> {
      throw new AssertionError("called");
    }, "fr", 0);
    assertThat(scores.micro()).isEqualTo(new Counts(0, 0, 0));
    assertThat(scores.sentences()).isZero();
  }

  @Test
  void formatPrintsOneRowPerTypeThenTheMicroAverage() {
    String table = score(CHIRAC, new CharSpan(22, 28, "PERSON"), PS, JOSPIN).format();
    List<String> rows = table.lines().map(line -> String.join(" ", line.trim().split(" +"))).toList();

    assertThat(rows).startsWith(
        "type gold pred correct precision recall F1",
        "PER 2 3 2 66.67 100.00 80.00",
        "LOC 1 0 0 0.00 0.00 0.00",
        "ORG 1 1 1 100.00 100.00 100.00",
        "MISC 0 0 0 0.00 0.00 0.00",
        "all (micro) 4 4 3 75.00 75.00 75.00");
    assertThat(table).contains("2 sentences");
  }
}
