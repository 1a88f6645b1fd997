package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Diagnostic;
import org.vigie.model.Document;

class ArticleSourceTest {
  private static final String WIRE = "Téhéran (IP) - Le ministre des Affaires étrangères a reçu lundi son homologue "
      + "pour évoquer la situation dans la région et les appels à un cessez-le-feu.";

  @TempDir
  Path dir;

  private static List<Document> read(ReaderOptions options, String... inputs) {
    try (ArticleSource.Articles articles = ArticleSource.open(List.of(inputs), options)) {
      List<Document> out = new ArrayList<>();
      articles.forEachRemaining(out::add);
      return out;
    }
  }

  private static List<String> codes(Document doc) {
    return doc.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test
  void textFileGetsIdDatelineSourceAndLanguage() throws IOException {
    Path file = Files.writeString(dir.resolve("gaza-veto.txt"), WIRE);
    Document doc = read(ReaderOptions.defaults().withPublished(LocalDate.of(2023, 12, 12)), file.toString()).get(0);
    assertThat(doc.id()).isEqualTo("gaza-veto");
    assertThat(doc.text()).isEqualTo(WIRE);
    assertThat(doc.dateline()).isEqualTo("Téhéran");
    assertThat(doc.source()).isEqualTo("Iran Press");
    assertThat(doc.language()).isEqualTo("fr");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2023, 12, 12));
    assertThat(doc.failed()).isFalse();
  }

  @Test
  void sourceFromOptionsWinsOverDatelineAndForcedLanguageWins() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), WIRE);
    Document doc = read(ReaderOptions.defaults().withSource("Le Monde").withLanguage("en"), file.toString()).get(0);
    assertThat(doc.source()).isEqualTo("Le Monde");
    assertThat(doc.dateline()).isEqualTo("Téhéran");
    assertThat(doc.language()).isEqualTo("en");
  }

  @Test
  void latin1FileDecodedWithWarning() throws IOException {
    byte[] bytes = "Le ministre a parl\u00e9 de l'\u00e9t\u00e9 et de la r\u00e9gion.".getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("latin1.txt"), bytes);
    Document doc = read(ReaderOptions.defaults(), file.toString()).get(0);
    assertThat(doc.text()).contains("parlé", "été", "région");
    assertThat(codes(doc)).containsExactly("warn.charset");
    assertThat(doc.failed()).isFalse();
  }

  @Test
  void emptyBinaryAndMissingFilesFailButTheBatchGoesOn() throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path binary = Files.write(dir.resolve("blob.txt"), new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
    Path good = Files.writeString(dir.resolve("good.txt"), WIRE);
    List<Document> docs = read(ReaderOptions.defaults(), empty.toString(), binary.toString(),
        dir.resolve("missing.txt").toString(), good.toString());
    assertThat(docs).extracting(Document::id).containsExactly("empty", "blob", "missing", "good");
    assertThat(codes(docs.get(0))).containsExactly("error.empty");
    assertThat(docs.get(0).diagnostics().get(0).message()).endsWith("empty.txt: empty input");
    assertThat(codes(docs.get(1))).containsExactly("error.binary");
    assertThat(codes(docs.get(2))).containsExactly("error.io");
    assertThat(docs.get(2).diagnostics().get(0).message()).contains("missing.txt").doesNotContain("\n");
    assertThat(docs.subList(0, 3)).allMatch(Document::failed);
    assertThat(docs.get(3).failed()).isFalse();
  }

  @Test
  void hugeFileIsTruncatedAtAParagraph() throws IOException {
    Path file = dir.resolve("huge.txt");
    String paragraph = "Le conseil a voté une résolution. Les délégués ont débattu longuement du texte.\n\n";
    try (var out = Files.newBufferedWriter(file)) {
      for (long written = 0; written < 20_000_000; written += paragraph.length()) {
        out.write(paragraph);
      }
    }
    Document doc = read(ReaderOptions.defaults(), file.toString()).get(0);
    assertThat(doc.text().length()).isLessThanOrEqualTo(ReaderOptions.DEFAULT_MAX_CHARS).isGreaterThan(100_000);
    assertThat(doc.text()).endsWith("texte.");
    assertThat(codes(doc)).containsExactly("warn.truncated");
    assertThat(doc.diagnostics().get(0).message()).contains(String.valueOf(doc.text().length()));
  }

  @Test
  void truncationFallsBackToSentenceBoundary() {
    Document doc = ArticleSource.prepare(Document.of("x", "Une phrase. Deux phrases. Trois phrases."),
        ReaderOptions.defaults().withMaxChars(30).withLanguage("fr"));
    assertThat(doc.text()).isEqualTo("Une phrase. Deux phrases.");
    assertThat(doc.diagnostics().get(0).message()).contains("40").contains("25");
  }

  @Test
  void fileAboveByteLimitIsRefusedWithoutReadingIt() throws IOException {
    Path file = dir.resolve("sparse.txt");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(8L * 1024 * 1024 * 1024); // 8 GiB, sparse: reading it would exhaust the heap
    }
    Document doc = read(ReaderOptions.defaults(), file.toString()).get(0);
    assertThat(codes(doc)).containsExactly("error.too-large");
    assertThat(doc.diagnostics().get(0).message()).contains("sparse.txt");
  }

  @Test
  void jsonLinesWithMalformedMiddleLine() throws IOException {
    Path file = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"a1\",\"text\":\"" + WIRE + "\",\"published\":\"2023-12-11T20:15:00+03:30\",\"source\":\"IRNA\"}",
        "",
        "{\"id\":\"a2\",\"text\":\"broken",
        "{\"text\":\"The council met on Monday to discuss the draft resolution on the ceasefire.\","
            + "\"language\":\"en\",\"title\":\"Council\",\"url\":\"https://example.org/x\",\"published\":\"2023-12-10\"}",
        "{\"id\":\"a4\"}",
        ""));
    List<Document> docs = read(ReaderOptions.defaults().withSource("Default"), file.toString());
    assertThat(docs).extracting(Document::id).containsExactly("a1", file + ":3", file + ":4", "a4");
    assertThat(docs.get(0).published()).isEqualTo(LocalDate.of(2023, 12, 11));
    assertThat(docs.get(0).source()).isEqualTo("IRNA");
    assertThat(docs.get(0).dateline()).isEqualTo("Téhéran");
    assertThat(codes(docs.get(1))).containsExactly("error.jsonl");
    assertThat(docs.get(1).diagnostics().get(0).message()).startsWith(file + ":3: ").doesNotContain("\n");
    assertThat(docs.get(2).language()).isEqualTo("en");
    assertThat(docs.get(2).title()).isEqualTo("Council");
    assertThat(docs.get(2).url()).isEqualTo("https://example.org/x");
    assertThat(docs.get(2).source()).isEqualTo("Default");
    assertThat(codes(docs.get(3))).containsExactly("error.jsonl");
  }

  @Test
  void jsonFileWithArray() throws IOException {
    Path file = Files.writeString(dir.resolve("batch.json"),
        "[\n {\"id\": \"x\", \"text\": \"Gaza (AFP) - Le bilan s'alourdit.\"},\n {\"id\": \"y\", \"text\": \"Deuxième.\"}\n]\n");
    List<Document> docs = read(ReaderOptions.defaults().withLanguage("fr"), file.toString());
    assertThat(docs).extracting(Document::id).containsExactly("x", "y");
    assertThat(docs.get(0).source()).isEqualTo("Agence France-Presse");
  }

  @Test
  void directoryIsReadRecursivelyInSortedOrder() throws IOException {
    Path root = dir.resolve("corpus");
    Files.createDirectories(root.resolve("b"));
    Files.createDirectories(root.resolve(".hidden"));
    Files.writeString(root.resolve("z.txt"), "Zulu (AFP) - texte z.");
    Files.writeString(root.resolve("a.txt"), "Texte a.");
    Files.writeString(root.resolve("b/c.txt"), "Texte c.");
    Files.writeString(root.resolve("b/d.jsonl"), "{\"id\":\"d1\",\"text\":\"un\"}\n{\"id\":\"d2\",\"text\":\"deux\"}\n");
    Files.writeString(root.resolve("notes.md"), "skipped");
    Files.writeString(root.resolve(".hidden/h.txt"), "skipped");
    List<Document> docs = read(ReaderOptions.defaults().withLanguage("fr"), root.toString());
    assertThat(docs).extracting(Document::id).containsExactly("a", "b/c", "d1", "d2", "z");
  }

  @Test
  void stdinAsTextAndAsJsonLines() {
    ReaderOptions options = ReaderOptions.defaults().withLanguage("fr");
    byte[] text = "PARIS — Le gouvernement a annoncé.".getBytes(StandardCharsets.UTF_8);
    try (var articles = ArticleSource.open(List.of("-"), options, new ByteArrayInputStream(text))) {
      Document doc = articles.next();
      assertThat(doc.id()).isEqualTo("stdin");
      assertThat(doc.dateline()).isEqualTo("Paris");
      assertThat(doc.source()).isNull();
      assertThat(articles.hasNext()).isFalse();
    }
    byte[] jsonl = "\n  {\"id\":\"s1\",\"text\":\"un\"}\nnot json\n{\"id\":\"s3\",\"text\":\"trois\"}\n".getBytes(StandardCharsets.UTF_8);
    try (var articles = ArticleSource.open(List.of("-"), options, new ByteArrayInputStream(jsonl))) {
      assertThat(articles.stream().map(Document::id).toList()).containsExactly("s1", "stdin:3", "s3");
    }
  }

  @Test
  void readingIsLazy() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "Texte a.");
    Path b = dir.resolve("b.txt");
    try (var articles = ArticleSource.open(List.of(a.toString(), b.toString()), ReaderOptions.defaults().withLanguage("fr"))) {
      assertThat(articles.next().id()).isEqualTo("a");
      Files.writeString(b, "Écrit après l'ouverture.");
      assertThat(articles.next().text()).isEqualTo("Écrit après l'ouverture.");
    }
  }
}
