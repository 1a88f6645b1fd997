package org.vigie.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenseGuessTest {
  private static Tense guess(String language, String sentence, String expression) {
    int start = sentence.indexOf(expression);
    return TenseGuess.guess(language, sentence, start, start + expression.length());
  }

  @Test
  void frenchAuxiliariesAndEndings() {
    assertThat(guess("fr", "Le ministre a rencontré son homologue lundi.", "lundi")).isEqualTo(Tense.PAST);
    assertThat(guess("fr", "Le ministre rencontrera son homologue lundi.", "lundi")).isEqualTo(Tense.FUTURE);
    assertThat(guess("fr", "Le ministre recevait ses homologues lundi.", "lundi")).isEqualTo(Tense.PAST);
    assertThat(guess("fr", "Le ministre va rencontrer son homologue lundi.", "lundi")).isEqualTo(Tense.FUTURE);
    assertThat(guess("fr", "Réunion des ministres lundi.", "lundi")).isEqualTo(Tense.UNKNOWN);
  }

  @Test
  void englishAuxiliariesAndEndings() {
    assertThat(guess("en", "The minister met his counterpart on Monday.", "Monday")).isEqualTo(Tense.PAST);
    assertThat(guess("en", "The minister visited Paris on Monday.", "Monday")).isEqualTo(Tense.PAST);
    assertThat(guess("en", "The minister will visit Paris on Monday.", "Monday")).isEqualTo(Tense.FUTURE);
    assertThat(guess("en", "Ahmed in Paris on Monday.", "Monday")).isEqualTo(Tense.UNKNOWN);
  }

  @Test
  void theNearestCueWins() {
    assertThat(guess("fr", "Il a annoncé que le vote aura lieu lundi.", "lundi")).isEqualTo(Tense.FUTURE);
    assertThat(guess("en", "He will say that the vote was held on Monday.", "Monday")).isEqualTo(Tense.PAST);
  }

  @Test
  void badInput() {
    assertThat(TenseGuess.guess("fr", null, 0, 0)).isEqualTo(Tense.UNKNOWN);
    assertThat(TenseGuess.guess(null, "a été", -5, 99)).isNotNull();
    assertThat(TenseGuess.guess("zz", "was", 0, 0)).isEqualTo(Tense.UNKNOWN);
  }
}
