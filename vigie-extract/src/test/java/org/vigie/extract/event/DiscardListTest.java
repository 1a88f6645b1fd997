package org.vigie.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscardListTest {
  private static final DiscardList DISCARDS = DiscardList.parse(List.of(
      "# Story-level discards are indicated with a '+'.",
      "AFRICAN NATIONS CUP   # ab 13 Jun 2005",
      "BASEBALL",
      "+TYPHOON   # ELH 04 Aug 2009",
      "+World_Golf_Championships"));

  @Test
  void readsBothLevels() {
    assertThat(DISCARDS.size()).isEqualTo(4);
  }

  @Test
  void aSentencePhraseDiscardsItsSentenceOnly() {
    assertThat(DISCARDS.discardsSentence("Arnor will restore baseball competition with Gondor.")).isTrue();
    assertThat(DISCARDS.discardsSentence("Arnor will host the African  nations cup.")).isTrue();
    assertThat(DISCARDS.discardsStory("Arnor will restore baseball competition with Gondor.")).isFalse();
  }

  @Test
  void aStoryPhraseDiscardsTheWholeArticle() {
    assertThat(DISCARDS.discardsStory("Gondor sent aid. A typhoon trashed its embassy.")).isTrue();
    assertThat(DISCARDS.discardsSentence("A TYPHOON hit Arnor.")).isTrue();
    assertThat(DISCARDS.discardsStory("The World Golf Championships went to Gondor.")).isTrue();
  }

  @Test
  void phrasesMatchWholeWordsOnly() {
    assertThat(DISCARDS.discardsSentence("Baseballs are no discard; typhoons neither.")).isFalse();
    assertThat(DISCARDS.discardsSentence("Arnor restored full diplomatic ties with Gondor.")).isFalse();
  }
}
