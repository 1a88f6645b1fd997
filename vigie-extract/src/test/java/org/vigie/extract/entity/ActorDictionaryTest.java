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
  void withoutADictionaryNothingChanges() {
    Document out = DocKit.analyse(DocKit.en("Arnor will restore ties with Gondor ."));
    assertThat(out.entities()).isEmpty();
  }
}
