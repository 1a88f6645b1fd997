package org.vigie.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.eval.gold.GoldDocument.GoldActor;
import org.vigie.eval.gold.GoldDocument.GoldEvent;
import org.vigie.eval.gold.GoldDocument.GoldFact;
import org.vigie.eval.gold.GoldDocument.GoldPeriod;

/** Reading gold files: the canonical example in full, defaults, text lookup and malformed files. */
class GoldDocumentTest {
  @TempDir
  Path dir;

  static Path shared() {
    return org.vigie.eval.SharedData.root();
  }


  @Test
  void readsTheCanonicalExampleInFull() {
    GoldDocument gold = GoldDocument.read(shared().resolve("examples/fr-iranpress-gaza-veto.gold.json"));

    assertThat(gold.id()).isEqualTo("fr-iranpress-gaza-veto");
    assertThat(gold.published()).isEqualTo(LocalDate.of(2023, 12, 12));
    assertThat(gold.entities()).hasSize(15);
    assertThat(gold.entities().stream().mapToInt(e -> e.mentions().size()).sum()).isEqualTo(28);
    assertThat(gold.events()).hasSize(10);
    assertThat(gold.events()).filteredOn(GoldEvent::required).hasSize(8); // E9 and E10 optional
    assertThat(gold.events().get(0)).isEqualTo(new GoldEvent("E1", true, "CONSULT", "phone", "041",
        new GoldActor("Hossein Amir-Abdollahian", "IRNGOV"), new GoldActor("Sergey Lavrov", "RUSGOV"),
        "2023-12-11", null, false, false, null, "lors d'un entretien téléphonique avec son homologue de la Russie"));
    GoldEvent e4 = gold.events().get(3);
    assertThat(e4.date()).isNull();
    assertThat(e4.location()).isEqualTo("Moscow");
    assertThat(gold.events().get(4).target()).isNull(); // E5: an appeal with no addressee
    assertThat(gold.facts()).containsExactly(new GoldFact("F1", true, "killed", 18205L, false, null, null,
        "Gaza Strip", "PSE", new GoldPeriod(66, null, LocalDate.of(2023, 12, 11)),
        new GoldActor("Gaza Ministry of Health", "PSEGOVHLH"), LocalDate.of(2023, 12, 11),
        new GoldActor("Israel", "ISR"), "le nombre de martyrs à Gaza a atteint 18 milles 205 au cours des 66 jours"));
    assertThat(gold.scoring()).startsWith("An extracted event matches a gold event when the PLOVER type is equal");
  }

  @Test
  void flagsDefaultToRequiredAndNeitherNegatedNorHypothetical() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "text");
    Path file = write("a.gold.json", """
        {"id": "a", "events": [{"id": "E1", "plover": "ASSAULT", "source": {"entity": "Israel", "actor": "ISR"},
          "negated": true}], "facts": [{"id": "F1", "kind": "killed", "value": 3}]}""");

    GoldDocument gold = GoldDocument.read(file);

    assertThat(gold.events().get(0).required()).isTrue();
    assertThat(gold.events().get(0).negated()).isTrue();
    assertThat(gold.events().get(0).hypothetical()).isFalse();
    assertThat(gold.events().get(0).target()).isNull();
    assertThat(gold.facts().get(0).reportedBy()).isNull();
    assertThat(gold.facts().get(0).required()).isTrue();
    assertThat(gold.textFile()).isEqualTo(dir.resolve("a.txt"));
  }

  @Test
  void findsTheTextInTheTextsFolder() throws IOException {
    Path texts = Files.createDirectory(dir.resolve("texts"));
    Files.writeString(texts.resolve("b.txt"), "text");
    Path file = write("b.gold.json", "{\"id\": \"b\"}");

    assertThat(GoldDocument.read(file, texts).textFile()).isEqualTo(texts.resolve("b.txt"));
    assertThatThrownBy(() -> GoldDocument.read(file))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("b.gold.json").hasMessageContaining("b.txt");
  }

  @Test
  void malformedFilesFailWithAMessageNamingThem() throws IOException {
    Files.writeString(dir.resolve("c.txt"), "text");
    Path truncated = write("c.gold.json", "{\"id\": \"c\", \"events\": [");
    Path noType = write("d.gold.json", "{\"id\": \"c\", \"events\": [{\"id\": \"E1\"}]}");
    Path badDate = write("e.gold.json", "{\"id\": \"c\", \"published\": \"12/12/2023\"}");

    assertThatThrownBy(() -> GoldDocument.read(truncated)).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(truncated.toString()).hasMessageNotContaining("\n");
    assertThatThrownBy(() -> GoldDocument.read(noType)).hasMessage(noType + ": event E1 has no 'plover' type");
    assertThatThrownBy(() -> GoldDocument.read(badDate)).hasMessageStartingWith(badDate + ": ");
  }

  private Path write(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json);
  }
}
