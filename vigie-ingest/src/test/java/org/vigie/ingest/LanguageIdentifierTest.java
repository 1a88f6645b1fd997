package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
  @Test
  void frenchEnglishRussian() {
    assertThat(LanguageIdentifier.identify(
        "Le ministre a rencontré hier son homologue pour discuter de la situation dans la région.")).isEqualTo("fr");
    assertThat(LanguageIdentifier.identify(
        "The minister met his counterpart yesterday to discuss the situation in the region.")).isEqualTo("en");
    assertThat(LanguageIdentifier.identify(
        "Министр вчера встретился со своим коллегой, чтобы обсудить ситуацию в регионе.")).isEqualTo("ru");
  }

  @Test
  void tooFewLettersGivesNull() {
    assertThat(LanguageIdentifier.identify("2023-12-11 18 205")).isNull();
    assertThat(LanguageIdentifier.identify("")).isNull();
    assertThat(LanguageIdentifier.identify(null)).isNull();
  }

  @Test
  void forcedThenDeclaredThenDetected() {
    String en = "The minister met his counterpart yesterday to discuss the situation in the region.";
    assertThat(LanguageIdentifier.choose("fr", "de", en)).isEqualTo("fr");
    assertThat(LanguageIdentifier.choose(null, "DE", en)).isEqualTo("de");
    assertThat(LanguageIdentifier.choose(null, null, en)).isEqualTo("en");
  }
}
