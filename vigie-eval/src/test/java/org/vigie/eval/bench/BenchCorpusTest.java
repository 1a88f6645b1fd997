package org.vigie.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.ingest.ReaderOptions;

class BenchCorpusTest {
  @TempDir
  Path dir;

  private String jsonl(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, List.of(lines), StandardCharsets.UTF_8);
    return file.toString();
  }

  private static String article(String id, String lang, String text) {
    return "{\"id\":\"" + id + "\",\"lang\":\"" + lang + "\",\"text\":\"" + text + "\"}";
  }

  @Test
  void takesArticlesFromEachCorpusInTurnAndSkipsOtherLanguages() throws IOException {
    String a = jsonl("a.jsonl", article("a1", "fr", "Le maire a parlé hier soir à la mairie."),
        article("a2", "en", "The mayor spoke last night."),
        article("a3", "fr", "Les manifestants ont bloqué le rond-point."));
    String b = jsonl("b.jsonl", article("b1", "fr", "Le gouvernement a annoncé des mesures."));

    List<BenchCorpus.TimedDocument> docs = BenchCorpus.read(List.of(a, b), "fr", 10, ReaderOptions.defaults());

    assertThat(docs).extracting(d -> d.document().id()).containsExactly("a1", "b1", "a3");
    assertThat(docs).allSatisfy(d -> assertThat(d.readNanos()).isPositive());
  }

  @Test
  void stopsAtTheCount() throws IOException {
    String a = jsonl("a.jsonl", article("a1", "fr", "Un."), article("a2", "fr", "Deux."), article("a3", "fr", "Trois."));
    assertThat(BenchCorpus.read(List.of(a), "fr", 2, ReaderOptions.defaults())).hasSize(2);
  }
}
