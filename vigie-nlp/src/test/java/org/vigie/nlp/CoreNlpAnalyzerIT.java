package org.vigie.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.NlpAnalyzer.Analysis;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/** Runs the real models: one analyzer per JVM through {@link SharedAnalyzer}. */
class CoreNlpAnalyzerIT {

  @Test
  void frenchSentencesHaveOffsetsTagsAndParse() {
    String text = "Le ministre russe des Affaires étrangères, Sergueï Lavrov, s'est rendu à Ankara lundi.\n\n"
        + "Il a rencontré son homologue turc au palais présidentiel.";
    Analysis analysis = SharedAnalyzer.get().analyze(text, "fr");
    assertThat(analysis.sentences()).hasSize(2);
    for (Sentence sentence : analysis.sentences()) {
      assertThat(sentence.parsed()).isTrue();
      for (Token token : sentence.tokens()) {
        assertThat(token.end()).isLessThanOrEqualTo(text.length());
        assertThat(token.deprel()).isNotNull();
      }
    }
    Token lavrov = find(analysis, "Lavrov");
    assertThat(lavrov.ner()).isEqualTo("PERSON");
    assertThat(lavrov.pos()).isEqualTo("PROPN");
    assertThat(text.substring(lavrov.start(), lavrov.end())).isEqualTo("Lavrov");
    assertThat(find(analysis, "Ankara").ner()).isEqualTo("LOCATION");
  }

  @Test
  void englishTagsAreUniversal() {
    String text = "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Ankara on Monday.";
    Analysis analysis = SharedAnalyzer.get().analyze(text, "en");
    Token met = find(analysis, "met");
    assertThat(met.pos()).isEqualTo("VERB");
    assertThat(met.lemma()).isEqualTo("meet");
    assertThat(met.deprel()).isEqualTo("root");
    assertThat(find(analysis, "Lavrov").ner()).isEqualTo("PERSON");
    Token minister = find(analysis, "Minister");
    assertThat(minister.head()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void overlongSentenceSkipsTheParserWithADiagnostic() {
    String text = "mot ".repeat(400) + ".";
    Analysis analysis = SharedAnalyzer.get().analyze(text, "fr");
    assertThat(analysis.sentences()).hasSize(1);
    assertThat(analysis.sentences().get(0).parsed()).isFalse();
    assertThat(analysis.diagnostics()).extracting(d -> d.code()).containsExactly("warn.parse-skipped");
  }

  @Test
  void twoThreadsGiveTheSameAnalysisAsOne() throws Exception {
    List<String> texts = List.of(
        "Le président français a reçu lundi son homologue allemand à Paris.",
        "La ministre des Affaires étrangères a appelé à un cessez-le-feu immédiat à Gaza.",
        "Des manifestants ont été arrêtés mardi soir à Bamako par la police malienne.",
        "L'Union africaine a suspendu le Niger de ses instances après le coup d'État.");
    List<Analysis> alone = texts.stream().map(t -> SharedAnalyzer.get().analyze(t, "fr")).toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<Analysis>> futures = new java.util.ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (String text : texts) {
          futures.add(pool.submit(() -> SharedAnalyzer.get().analyze(text, "fr")));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(alone.get(i % texts.size()));
      }
    } finally {
      pool.shutdown();
    }
  }

  private static Token find(Analysis analysis, String word) {
    List<Token> matches = analysis.sentences().stream().flatMap(s -> s.tokens().stream())
        .filter(t -> t.text().equals(word)).toList();
    assertThat(matches).as("token %s", word).isNotEmpty();
    return matches.get(0);
  }
}
