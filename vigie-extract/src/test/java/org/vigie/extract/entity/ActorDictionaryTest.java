package org.vigie.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Document;
import org.vigie.model.Entity;

class ActorDictionaryTest {
  private static final List<String> TABARI = List.of(
      "<!-- a comment",
      "     over two lines -->",
      "ARNOR_  [ARN]",
      "GONDOR [GON]",
      "+MINAS_TIRITH",
      "ARGENTIN  [ARG]",
      "BOROMIR  [---]",
      "GOLLUM  # a person with dated codes",
      "+SMEAGOL",
      "\t[HOB < 950601]",
      "\t[HOBREB > 990816]",
      "HAMAS_GUNMEN [PSEHMSMIL]");

  @Test
  void readsNamesSynonymsAndTheLatestCode() {
    ActorDictionary dictionary = ActorDictionary.parseTabari(TABARI);
    // ARNOR, GONDOR, MINAS TIRITH, ARGENTIN, GOLLUM, SMEAGOL, HAMAS GUNMEN; BOROMIR has no code
    assertThat(dictionary.size()).isEqualTo(7);
  }

  @Test
  void itsNamesWinOverTheGazetteersWithTheirCodes() {
    EntityStage stage = new EntityStage(ActorDictionary.parseTabari(TABARI));
    Document out = DocKit.analyse(stage, DocKit.en("Arnor will restore ties with Minas Tirith and Argentina , said Smeagol ."));
    assertThat(out.entities()).extracting(Entity::name, Entity::actor)
        .contains(org.assertj.core.groups.Tuple.tuple("Arnor", "ARN"), org.assertj.core.groups.Tuple.tuple("Minas Tirith", "GON"),
            org.assertj.core.groups.Tuple.tuple("Argentin", "ARG"));
    assertThat(out.entities()).extracting(Entity::actor).contains("HOBREB");
  }

  @Test
  void readsDatedAndSeveralCodeBlocks() {
    assertThat(ActorDictionary.block("HOB < 950601")).isEqualTo(
        new ActorDictionary.Block(List.of("HOB"), null, java.time.LocalDate.of(1995, 5, 31)));
    assertThat(ActorDictionary.block("HOBGOV 19950601 - 19990815")).isEqualTo(new ActorDictionary.Block(
        List.of("HOBGOV"), java.time.LocalDate.of(1995, 6, 1), java.time.LocalDate.of(1999, 8, 15)));
    assertThat(ActorDictionary.block("HOBELI >20130119").from()).isEqualTo(java.time.LocalDate.of(2013, 1, 20));
    assertThat(ActorDictionary.block("FRO/BIL/SAM").codes()).containsExactly("FRO", "BIL", "SAM");
    assertThat(ActorDictionary.block("+++")).isNull();
    assertThat(ActorDictionary.block("950601-990815")).isNull();
  }

  @Test
  void theFirstDatedBlockThatHoldsWinsElseTheUndatedOne() {
    List<ActorDictionary.Block> blocks = List.of(ActorDictionary.block("RHO <790606"), ActorDictionary.block("ZBW"));
    assertThat(ActorDictionary.select(blocks, java.time.LocalDate.of(1978, 12, 23)).codes()).containsExactly("RHO");
    assertThat(ActorDictionary.select(blocks, java.time.LocalDate.of(1991, 1, 1)).codes()).containsExactly("ZBW");
    List<ActorDictionary.Block> gollum = List.of(ActorDictionary.block("HOB < 950601"), ActorDictionary.block("HOBREB > 990816"));
    assertThat(ActorDictionary.select(gollum, java.time.LocalDate.of(1997, 1, 1))).isNull();
    assertThat(ActorDictionary.select(gollum, null).codes()).containsExactly("HOBREB");
  }

  @Test
  void anEntityTakesTheCodesOfThePublicationDate() {
    EntityStage stage = new EntityStage(ActorDictionary.parseTabari(TABARI));
    Document doc = DocKit.en("Smeagol met Arnor .").withPublished(java.time.LocalDate.of(1992, 1, 2));
    assertThat(DocKit.analyse(stage, doc).entities()).extracting(Entity::actor).contains("HOB");
  }

  @Test
  void aRoleWordAfterABodyTakesTheBodysCountry() {
    EntityStage stage = new EntityStage(ActorDictionary.parseTabari(List.of("WHITE_HOUSE  [USAGOV]", "ARNOR [ARN]")));
    Document out = DocKit.analyse(stage, DocKit.en("White House security officials met Arnor ."));
    assertThat(out.entities()).filteredOn(e -> e.name().toLowerCase(java.util.Locale.ROOT).contains("security"))
        .extracting(Entity::actor).containsExactly("USACOP");
  }

  @Test
  void withoutADictionaryNothingChanges() {
    Document out = DocKit.analyse(DocKit.en("Arnor will restore ties with Gondor ."));
    assertThat(out.entities()).isEmpty();
  }
}
