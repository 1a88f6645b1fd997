package org.vigie.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Document;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Fact;
import org.vigie.model.Mention;
import org.vigie.model.MentionKind;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/**
 * The fact stage on parses written by hand (Universal Dependencies, as CoreNLP gives them), so that
 * the rules are tested without the models; {@code FactTableIT} in vigie-eval runs real parses.
 */
class FactStageTest {
  private static final String KILLED = "Au moins 30 personnes ont été tuées mardi à Kaboul, selon la police afghane.";
  private static final String[][] KILLED_PARSE = {
      {"Au", "ADP", "3", "advmod"}, {"moins", "ADV", "1", "fixed"}, {"30", "NUM", "4", "nummod"},
      {"personnes", "NOUN", "7", "nsubj:pass"}, {"ont", "AUX", "7", "aux"}, {"été", "AUX", "7", "aux:pass"},
      {"tuées", "VERB", "0", "root"}, {"mardi", "NOUN", "7", "obl"}, {"à", "ADP", "10", "case"},
      {"Kaboul", "PROPN", "7", "obl"}, {",", "PUNCT", "7", "punct"}, {"selon", "ADP", "14", "case"},
      {"la", "DET", "14", "det"}, {"police", "NOUN", "7", "obl"}, {"afghane", "ADJ", "14", "amod"},
      {".", "PUNCT", "7", "punct"}};
  private static final String COUNTED = "Les combats ont fait 12 morts, a indiqué la police afghane.";
  private static final String[][] COUNTED_PARSE = {
      {"Les", "DET", "2", "det"}, {"combats", "NOUN", "4", "nsubj"}, {"ont", "AUX", "4", "aux"},
      {"fait", "VERB", "9", "ccomp"}, {"12", "NUM", "6", "nummod"}, {"morts", "NOUN", "4", "obj"},
      {",", "PUNCT", "9", "punct"}, {"a", "AUX", "9", "aux"}, {"indiqué", "VERB", "0", "root"},
      {"la", "DET", "11", "det"}, {"police", "NOUN", "9", "nsubj"}, {"afghane", "ADJ", "11", "amod"},
      {".", "PUNCT", "9", "punct"}};

  @Test
  void aBoundedCountWithItsSourcePlaceAndDate() {
    Document document = document(List.of(KILLED), List.<String[][]>of(KILLED_PARSE));
    List<Fact> facts = new FactStage().apply(document).facts();
    assertThat(facts).hasSize(1);
    Fact fact = facts.get(0);
    assertThat(fact.kind()).isEqualTo("killed");
    assertThat(fact.value()).isEqualTo(30L);
    assertThat(fact.min()).as("au moins").isEqualTo(30L);
    assertThat(fact.max()).isNull();
    assertThat(fact.approximate()).isFalse();
    assertThat(fact.reportedBy().actor()).as("selon la police afghane").isEqualTo("AFGCOP");
    assertThat(fact.location().name()).isEqualTo("Kabul");
    assertThat(fact.reportedOn()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(fact.evidence()).hasSize(1);
    assertThat(fact.evidence().get(0).text()).contains("30").contains("tuées");
  }

  @Test
  void theSameCountRestatedIsOneFactWithTwoEvidenceSpans() {
    Document document = document(List.of(KILLED, "Au moins 30 personnes ont été tuées mardi à Kaboul, selon la police afghane."),
        List.of(KILLED_PARSE, KILLED_PARSE));
    List<Fact> facts = new FactStage().apply(document).facts();
    assertThat(facts).hasSize(1);
    assertThat(facts.get(0).evidence()).hasSize(2);
    assertThat(facts.get(0).evidence().get(1).sentence()).isEqualTo(1);
  }

  @Test
  void aCountObjectOfACasualtyVerbUnderAVerbOfSaying() {
    Document document = document(List.of(COUNTED), List.<String[][]>of(COUNTED_PARSE));
    List<Fact> facts = new FactStage().apply(document).facts();
    assertThat(facts).extracting(Fact::kind, Fact::value).containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 12L));
    assertThat(facts.get(0).reportedBy().actor()).as("a indiqué la police afghane").isEqualTo("AFGCOP");
  }

  @Test
  void noParseNoLanguageOrNoLexiconGiveNoFacts() {
    Document parsed = document(List.of(KILLED), List.<String[][]>of(KILLED_PARSE));
    Document unparsed = parsed.withSentences(parsed.sentences().stream()
        .map(s -> new Sentence(s.index(), s.start(), s.end(), s.tokens(), false)).toList());
    assertThat(new FactStage().apply(unparsed).facts()).isEmpty();
    assertThat(new FactStage().apply(parsed.withLanguage(null)).facts()).isEmpty();
    assertThat(new FactStage().apply(parsed.withLanguage("de")).facts()).isEmpty();
    assertThat(new FactStage().apply(Document.of("empty", "").withLanguage("fr")).facts()).isEmpty();
  }

  /** A French document of the sentences (joined by a blank line) with the parses given, police and Kabul as entities. */
  private static Document document(List<String> texts, List<String[][]> parses) {
    String text = String.join("\n\n", texts);
    List<Sentence> sentences = new ArrayList<>();
    List<Mention> police = new ArrayList<>();
    List<Mention> kabul = new ArrayList<>();
    int offset = 0;
    for (int s = 0; s < texts.size(); s++) {
      String sentenceText = texts.get(s);
      int start = text.indexOf(sentenceText, offset);
      List<Token> tokens = new ArrayList<>();
      int at = start;
      String[][] parse = parses.get(s);
      for (int i = 0; i < parse.length; i++) {
        int tokenStart = text.indexOf(parse[i][0], at);
        int tokenEnd = tokenStart + parse[i][0].length();
        tokens.add(new Token(i, parse[i][0], tokenStart, tokenEnd, parse[i][1], null, "O",
            Integer.parseInt(parse[i][2]) - 1, parse[i][3]));
        at = tokenEnd;
      }
      sentences.add(new Sentence(s, start, start + sentenceText.length(), tokens, true));
      int p = text.indexOf("la police afghane", start);
      if (p >= 0 && p < start + sentenceText.length()) {
        police.add(new Mention("la police afghane", p, p + "la police afghane".length(), s, MentionKind.TITLE, "ROLE"));
      }
      int k = text.indexOf("Kaboul", start);
      if (k >= 0 && k < start + sentenceText.length()) {
        kabul.add(new Mention("Kaboul", k, k + "Kaboul".length(), s, MentionKind.GAZETTEER, "city"));
      }
      offset = start + sentenceText.length();
    }
    List<Entity> entities = new ArrayList<>();
    if (!police.isEmpty()) {
      entities.add(new Entity("e1", "Afghan Police", EntityType.ORGANIZATION, "AFG", "COP", "AFGCOP", "police", police));
    }
    if (!kabul.isEmpty()) {
      entities.add(new Entity("e2", "Kabul", EntityType.PLACE, "AFG", null, null, null, kabul));
    }
    return Document.of("test", text).withLanguage("fr").withPublished(LocalDate.of(2024, 3, 15))
        .withSentences(sentences).withEntities(entities);
  }
}
