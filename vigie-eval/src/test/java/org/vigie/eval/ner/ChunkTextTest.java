package org.vigie.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChunkTextTest {
  // "Jacques Chirac visite Berlin .\n\nLe Parti"
  //  0      7 8    14     21     28 30  32 35  40
  private static final ChunkText CHUNK = ChunkText.of(List.of(
      new NerSentence(List.of("Jacques", "Chirac", "visite", "Berlin", "."), List.of()),
      new NerSentence(List.of("Le", "Parti"), List.of())));

  @Test
  void joinsTokensWithSpacesAndSentencesWithABlankLine() {
    assertThat(CHUNK.text()).isEqualTo("Jacques Chirac visite Berlin .\n\nLe Parti");
    assertThat(CHUNK.tokenCount()).isEqualTo(7);
    assertThat(CHUNK.sentenceOffset(0)).isZero();
    assertThat(CHUNK.sentenceOffset(1)).isEqualTo(5);
  }

  @Test
  void recordsEveryTokensOffsets() {
    int[][] expected = {{0, 7}, {8, 14}, {15, 21}, {22, 28}, {29, 30}, {32, 34}, {35, 40}};
    for (int t = 0; t < expected.length; t++) {
      assertThat(new int[] {CHUNK.tokenStart(t), CHUNK.tokenEnd(t)}).as("token %d", t).isEqualTo(expected[t]);
      assertThat(CHUNK.text().substring(CHUNK.tokenStart(t), CHUNK.tokenEnd(t)))
          .isEqualTo(List.of("Jacques", "Chirac", "visite", "Berlin", ".", "Le", "Parti").get(t));
    }
  }

  @Test
  void exactSpanMapsToItsTokens() {
    assertThat(CHUNK.snap(new CharSpan(0, 14, "PER"))).contains(new TypedSpan(0, 2, "PER")); // "Jacques Chirac"
    assertThat(CHUNK.snap(new CharSpan(22, 28, "LOC"))).contains(new TypedSpan(3, 4, "LOC")); // "Berlin"
    assertThat(CHUNK.snap(new CharSpan(32, 40, "ORG"))).contains(new TypedSpan(5, 7, "ORG")); // "Le Parti"
  }

  @Test
  void spanInsideTokensIsWidenedToWholeTokens() {
    assertThat(CHUNK.snap(new CharSpan(1, 10, "PER"))).contains(new TypedSpan(0, 2, "PER")); // "acques Ch"
    assertThat(CHUNK.snap(new CharSpan(6, 8, "PER"))).contains(new TypedSpan(0, 1, "PER")); // "s " ends on a space
    assertThat(CHUNK.snap(new CharSpan(14, 16, "X"))).contains(new TypedSpan(2, 3, "X")); // " v" starts on a space
  }

  @Test
  void spanAcrossASentenceBreakKeepsBothSentencesTokens() {
    assertThat(CHUNK.snap(new CharSpan(28, 33, "X"))).contains(new TypedSpan(4, 6, "X")); // " .\n\nL"
  }

  @Test
  void spanOverOnlySeparatorsOrOutsideTheTextMapsToNothing() {
    assertThat(CHUNK.snap(new CharSpan(7, 8, "X"))).isEmpty(); // " "
    assertThat(CHUNK.snap(new CharSpan(30, 32, "X"))).isEmpty(); // "\n\n"
    assertThat(CHUNK.snap(new CharSpan(35, 41, "X"))).isEqualTo(Optional.empty()); // past the end (40)
  }
}
