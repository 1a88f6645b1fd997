package org.vigie.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Document;
import org.vigie.model.Token;

/** The test kit itself: text, offsets, labels and sentences as its Javadoc promises. */
class DocKitTest {
  @Test
  void removesAnnotationsAndLabelsTheirTokens() {
    Document doc = DocKit.fr("Le ministre, [Sergueï Lavrov]PERSON, à l’ONU.");
    assertThat(doc.text()).isEqualTo("Le ministre, Sergueï Lavrov, à l’ONU.");
    assertThat(doc.language()).isEqualTo("fr");
    List<Token> tokens = doc.sentences().get(0).tokens();
    assertThat(tokens).extracting(Token::text)
        .containsExactly("Le", "ministre", ",", "Sergueï", "Lavrov", ",", "à", "l’", "ONU", ".");
    assertThat(tokens).extracting(Token::ner)
        .containsExactly("O", "O", "O", "PERSON", "PERSON", "O", "O", "O", "O", "O");
    assertThat(tokens).extracting(Token::pos)
        .containsExactly("PROPN", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "NOUN", "NOUN", "PROPN", "PUNCT");
    for (Token token : tokens) {
      assertThat(doc.text().substring(token.start(), token.end())).isEqualTo(token.text());
      assertThat(token.head()).isEqualTo(-1);
      assertThat(token.deprel()).isNull();
    }
  }

  @Test
  void englishPossessivesAndAbbreviations() {
    Document doc = DocKit.en("Egypt's U.N. envoy, Amir-Abdollahian.");
    assertThat(doc.sentences().get(0).tokens()).extracting(Token::text)
        .containsExactly("Egypt", "'s", "U.N.", "envoy", ",", "Amir-Abdollahian", ".");
  }

  @Test
  void blankLinesAndArgumentsSeparateSentences() {
    Document doc = DocKit.fr("Une phrase.", "Une autre.");
    assertThat(doc.text()).isEqualTo("Une phrase.\n\nUne autre.");
    assertThat(doc.sentences()).hasSize(2);
    assertThat(doc.sentences().get(1).start()).isEqualTo(13);
    assertThat(doc.sentences().get(1).tokens().get(0).start()).isEqualTo(13);
    assertThat(DocKit.fr("Une seule phrase. Vraiment.").sentences()).hasSize(1);
  }

  @Test
  void rejectsUnbalancedAnnotations() {
    assertThatThrownBy(() -> DocKit.fr("[Lavrov PERSON")).isInstanceOf(IllegalArgumentException.class);
  }
}
