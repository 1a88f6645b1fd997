package org.vigie.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.eval.ner.NerCorpus.Format;

class NerCorpusTest {
  static Path resource(String name) {
    try {
      return Path.of(NerCorpusTest.class.getResource("/ner/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource /ner/" + name, e);
    }
  }

  @Test
  void readsConll2003WithDocumentsAndIob1Tags() {
    // The fixture mimics eng.testb: the first document has no DOCSTART before it, the last
    // DOCSTART ends the file, and there is no final newline.
    List<NerSentence> sentences = NerCorpus.read(resource("conll2003-two-documents.testb"), Format.CONLL2003);

    assertThat(sentences).hasSize(3);
    // Rome/I-LOC and/O Paris/I-LOC Berlin/B-LOC ./O
    assertThat(sentences.get(0).tokens()).containsExactly("Rome", "and", "Paris", "Berlin", ".");
    assertThat(sentences.get(0).gold()).containsExactly(
        new TypedSpan(0, 1, "LOC"), new TypedSpan(2, 3, "LOC"), new TypedSpan(3, 4, "LOC"));
    assertThat(sentences.get(1).gold()).containsExactly(new TypedSpan(0, 1, "ORG"), new TypedSpan(2, 3, "MISC"));
    assertThat(sentences.get(2).gold()).containsExactly(new TypedSpan(0, 2, "PER"));
    assertThat(sentences).extracting(NerSentence::document).containsExactly(0, 0, 1);
  }

  @Test
  void readsIndexedIob2AndSkipsComments() {
    List<NerSentence> sentences = NerCorpus.read(resource("wikineural-two-sentences.conllu"), Format.INDEXED_IOB2);

    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0).tokens()).containsExactly("Jacques", "Chirac", "visite", "Berlin", ".");
    assertThat(sentences.get(0).gold()).containsExactly(new TypedSpan(0, 2, "PER"), new TypedSpan(3, 4, "LOC"));
    // Le Parti/B-ORG socialiste/I-ORG soutient Lionel/B-PER Jospin/I-PER et Martine/B-PER Aubry/I-PER
    assertThat(sentences.get(1).gold()).containsExactly(
        new TypedSpan(1, 3, "ORG"), new TypedSpan(4, 6, "PER"), new TypedSpan(7, 9, "PER"));
    assertThat(sentences).extracting(NerSentence::document).containsExactly(0, 0);
  }

  @Test
  void detectsTheFormatFromTheFirstDataLine() {
    assertThat(NerCorpus.detect(resource("conll2003-two-documents.testb"))).isEqualTo(Format.CONLL2003);
    assertThat(NerCorpus.detect(resource("wikineural-two-sentences.conllu"))).isEqualTo(Format.INDEXED_IOB2);
    assertThat(NerCorpus.read(resource("wikineural-two-sentences.conllu")))
        .isEqualTo(NerCorpus.read(resource("wikineural-two-sentences.conllu"), Format.INDEXED_IOB2));
  }

  @Test
  void toleratesCrlfBomAndRunsOfBlankLines() {
    String text = "\uFEFF0\tParis\tB-LOC\r\n1\tbrille\tO\r\n\r\n\r\n0\tOui\tO\r\n";
    List<NerSentence> sentences = NerCorpus.parse(text, Format.INDEXED_IOB2, "inline");

    assertThat(sentences).extracting(NerSentence::tokens)
        .containsExactly(List.of("Paris", "brille"), List.of("Oui"));
    assertThat(sentences.get(0).gold()).containsExactly(new TypedSpan(0, 1, "LOC"));
  }

  @Test
  void documentsWithoutSentencesDoNotUseUpNumbers() {
    String text = "-DOCSTART- -X- -X- O\n\n-DOCSTART- -X- -X- O\n\nA DT I-NP O\n\n-DOCSTART- -X- -X- O\n\nB NN I-NP O\n";
    assertThat(NerCorpus.parse(text, Format.CONLL2003, "inline"))
        .extracting(NerSentence::document).containsExactly(0, 1);
  }

  @Test
  void malformedLineNamesSourceAndLine() {
    assertThatThrownBy(() -> NerCorpus.parse("0\tParis\tB-LOC\n1\tbrille\n", Format.INDEXED_IOB2, "fr.conllu"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fr.conllu:2")
        .hasMessageContaining("index TAB token TAB tag");
    assertThatThrownBy(() -> NerCorpus.parse("0\tParis\tB-LOC\n2\tbrille\tO\n", Format.INDEXED_IOB2, "fr.conllu"))
        .hasMessageContaining("fr.conllu:2: expected index 1");
    assertThatThrownBy(() -> NerCorpus.parse("Paris NNP I-NP\n", Format.CONLL2003, "en.testb"))
        .hasMessageContaining("en.testb:1");
  }

  @Test
  void badTagNamesTheSentence() {
    assertThatThrownBy(() -> NerCorpus.parse("x X X O\n\nParis NNP I-NP U-LOC\n", Format.CONLL2003, "en.testb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("en.testb: sentence starting at line 3")
        .hasMessageContaining("U-LOC");
  }

  @Test
  void emptyInputGivesNoSentences() {
    assertThat(NerCorpus.parse("", Format.CONLL2003, "empty")).isEmpty();
    assertThat(NerCorpus.parse("\n\n", Format.INDEXED_IOB2, "empty")).isEmpty();
  }
}
