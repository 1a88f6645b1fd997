package org.vigie.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.vigie.model.Document;
import org.vigie.model.Evidence;
import org.vigie.model.Fact;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/**
 * The fact stage never throws on a parsed sentence of any words in any tree, and its evidence
 * always quotes the text it points at.
 */
class FactStagePropertiesTest {
  private static final List<String> WORDS = List.of("30", "18 205", "au", "moins", "plus", "de", "des", "dizaines",
      "personnes", "morts", "blessés", "tués", "ont", "été", "selon", "la", "police", "a", "annoncé", "que", "le",
      "nombre", "atteint", "killed", "at", "least", "people", "said", "were", "dozens", "of", "wounded", "toll",
      "rose", "to", "hostages", "depuis", "lundi", "since", "Monday", ",", ".", "«", "qui", "fait", "état", "put",
      "the", "number", "including", "dont", "parmi", "victimes", "among", "would", "not", "pas", "une", "vingtaine");
  private static final List<String> POS = List.of("NOUN", "VERB", "NUM", "ADP", "DET", "AUX", "ADJ", "PRON", "PUNCT",
      "PROPN", "SCONJ", "CCONJ", "ADV");
  private static final List<String> RELATIONS = List.of("nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "nmod",
      "nummod", "det", "amod", "acl", "acl:relcl", "ccomp", "xcomp", "advcl", "parataxis", "conj", "case", "cop",
      "aux", "aux:pass", "advmod", "appos", "compound", "mark", "punct", "dep", "fixed");

  @Provide
  Arbitrary<List<int[]>> sentences() {
    // each token: word, part of speech, relation, and a head among the tokens before it (-1: root)
    return Arbitraries.integers().between(0, 10_000).array(int[].class).ofSize(4).list().ofMinSize(1).ofMaxSize(30);
  }

  @Property(tries = 500)
  void neverThrowsAndQuotesItsEvidence(@ForAll("sentences") List<int[]> tokens, @ForAll boolean french) {
    StringBuilder text = new StringBuilder();
    List<Token> parsed = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      int[] t = tokens.get(i);
      String word = WORDS.get(t[0] % WORDS.size());
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(word);
      int head = i == 0 ? -1 : t[3] % (i + 1) - 1;
      parsed.add(new Token(i, word, start, text.length(), POS.get(t[1] % POS.size()), null, "O", head,
          head < 0 ? "root" : RELATIONS.get(t[2] % RELATIONS.size())));
    }
    Document document = Document.of("random", text.toString()).withLanguage(french ? "fr" : "en")
        .withPublished(LocalDate.of(2024, 3, 15))
        .withSentences(List.of(new Sentence(0, 0, text.length(), parsed, true)));
    List<Fact> facts = new FactStage().apply(document).facts();
    for (Fact fact : facts) {
      for (Evidence evidence : fact.evidence()) {
        assertThat(text.substring(evidence.start(), evidence.end())).isEqualTo(evidence.text());
      }
      assertThat(fact.value()).isNotNull().isPositive();
    }
  }
}
