package org.vigie.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.vigie.model.Document;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

class EntityStageRobustnessTest {
  private static final String[] LABELS = {"O", "O", "O", "PERSON", "LOCATION", "ORGANIZATION", "MISC", "I-PER", "DATE"};
  private static final String[] WORDS = {
      "Le", "la", "l'", "de", "d'", "des", "du", "et", "son", "his", "the", "of", "'s", ",", ".", "(", ")", "-",
      "ministre", "minister", "Foreign", "affaires", "étrangères", "homologue", "counterpart", "plus", "haut",
      "diplomate", "régime", "government", "capitale", "capital", "organisation", "président", "Président",
      "russe", "iranien", "Russian", "américains", "Iran", "Russie", "Egypt", "Téhéran", "Moscou", "ONU", "UN",
      "Nations", "unies", "Conseil", "sécurité", "IP", "AFP", "M.", "Sergueï", "Lavrov", "Poutine", "Rezaei",
      "Ali", "Amir-Abdollahian", "Macron", "\u00a0", "’", "x", "É"};

  @Test
  void emptyDocument() {
    for (String language : List.of("fr", "en")) {
      Document empty = DocKit.parse(language, "");
      assertThat(empty.sentences()).isEmpty();
      assertThat(DocKit.analyse(empty).entities()).isEmpty();
      assertThat(DocKit.analyse(Document.of("x", "Iran et Russie").withLanguage(language)).entities())
          .as("text without sentences: nothing is tokenised, so nothing is found").isEmpty();
    }
  }

  @Test
  void sentencesWithoutTokens() {
    String text = "Le ministre russe, Sergueï Lavrov, est arrivé à Téhéran.";
    for (String language : List.of("fr", "en")) {
      Document document = Document.of("x", text).withLanguage(language)
          .withSentences(List.of(new Sentence(0, 0, text.length(), List.of(), false),
              new Sentence(1, text.length(), text.length(), List.of(), false)));
      assertThat(DocKit.analyse(document).entities()).isEmpty();
    }
    // positive control: the same text with tokens gives entities
    assertThat(DocKit.analyse(DocKit.fr(text)).entities()).isNotEmpty();
  }

  @Test
  void randomWordSoupWithRandomLabelsNeverThrows() {
    Random random = new Random(7L);
    for (int i = 0; i < 1500; i++) {
      StringBuilder text = new StringBuilder();
      int sentences = 1 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          text.append("\n\n");
        }
        int words = 1 + random.nextInt(25);
        for (int w = 0; w < words; w++) {
          String word = WORDS[random.nextInt(WORDS.length)];
          if (random.nextInt(5) == 0) {
            String label = LABELS[3 + random.nextInt(LABELS.length - 3)];
            text.append('[').append(word).append(' ').append(WORDS[random.nextInt(WORDS.length)]).append(']').append(label);
          } else {
            text.append(word);
          }
          text.append(random.nextInt(4) == 0 ? "" : " ");
        }
      }
      String language = random.nextBoolean() ? "fr" : "en";
      String annotated = text.toString();
      assertThatCode(() -> DocKit.analyse(DocKit.parse(language, annotated)))
          .as("%s: %s", language, annotated).doesNotThrowAnyException();
    }
  }

  @Test
  void randomCharactersWithRandomLabelsNeverThrow() {
    Random random = new Random(11L);
    for (int i = 0; i < 1500; i++) {
      String raw = PhraseTableTest.randomString(random, random.nextInt(80)).replace('[', ' ').replace(']', ' ');
      String language = random.nextBoolean() ? "fr" : "en";
      Document document = relabel(DocKit.parse(language, raw), random);
      assertThatCode(() -> DocKit.analyse(document))
          .as("%s: %s", language, raw.codePoints().mapToObj(Integer::toHexString).toList()).doesNotThrowAnyException();
    }
  }

  @Test
  void longArticleFinishesQuickly() {
    // 100 paragraphs, about 25,000 characters: about 1 s today; 300 paragraphs take about 9 s (quadratic).
    String paragraph = "Le ministre des affaires étrangères de l'Iran, [Ali Rezaei]PERSON, a reçu à Téhéran son homologue russe,"
        + " [Sergueï Lavrov]PERSON, avant une réunion du Conseil de sécurité de l'ONU. [Rezaei]PERSON a dit que le régime"
        + " israélien et les Américains étaient responsables.";
    String[] paragraphs = new String[100];
    java.util.Arrays.fill(paragraphs, paragraph);
    Document document = DocKit.fr(paragraphs);
    Document out = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> DocKit.analyse(document));
    assertThat(out.entities()).isNotEmpty();
  }

  /** The same document with every token's NER label drawn at random. */
  private static Document relabel(Document document, Random random) {
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence sentence : document.sentences()) {
      List<Token> tokens = new ArrayList<>();
      for (Token t : sentence.tokens()) {
        tokens.add(new Token(t.index(), t.text(), t.start(), t.end(), t.pos(), t.lemma(),
            LABELS[random.nextInt(LABELS.length)], t.head(), t.deprel()));
      }
      sentences.add(new Sentence(sentence.index(), sentence.start(), sentence.end(), tokens, sentence.parsed()));
    }
    return document.withSentences(sentences);
  }
}
