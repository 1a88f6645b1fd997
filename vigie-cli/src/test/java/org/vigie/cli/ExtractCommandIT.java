package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on bad input: each case gives one line naming the file and the problem (or a
 * diagnostic in batch mode), never a stack trace, and a batch goes on. Runs the real models, loaded
 * once for the JVM.
 */
class ExtractCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FRENCH = "PARIS (AFP) - Le président français, Emmanuel Macron, a reçu lundi à l'Élysée "
      + "le chancelier allemand pour évoquer la guerre en Ukraine et les relations avec la Russie.\n";

  @TempDir
  Path dir;

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {
  }

  static synchronized Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = Main.run(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private static void assertOneLineError(Run run, String fileName, String problem) {
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    List<String> lines = run.err().lines().filter(l -> l.startsWith("vigie: ")).toList();
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).contains(fileName).contains(problem);
  }

  @Test
  void emptyFile() throws IOException {
    Path file = write("empty.txt", new byte[0]);
    assertOneLineError(run("extract", file.toString()), "empty.txt", "empty");
  }

  @Test
  void binaryFile() throws IOException {
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    bytes[10] = 0;
    Path file = write("photo.jpg.txt", bytes);
    assertOneLineError(run("extract", file.toString()), "photo.jpg.txt", "binary");
  }

  @Test
  void russianArticleIsReportedAsUnsupported() throws IOException {
    Path file = write("ru.txt", ("МОСКВА, 3 марта - Министр иностранных дел России Сергей Лавров провёл в понедельник "
        + "переговоры со своим турецким коллегой в Анкаре, сообщили в министерстве.").getBytes(StandardCharsets.UTF_8));
    assertOneLineError(run("extract", file.toString()), "ru", "unsupported language: ru");
  }

  @Test
  void latin1FileIsDecodedAndAnalysed() throws IOException {
    Path file = write("latin1.txt", FRENCH.getBytes(StandardCharsets.ISO_8859_1));
    Run run = run("extract", file.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains("windows-1252").doesNotContain("Exception");
    JsonNode json = readTree(run.out());
    assertThat(json.get("text").asText()).contains("président français").contains("l'Élysée");
    assertThat(names(json)).contains("Emmanuel Macron", "France", "Russia");
  }

  @Test
  void hugeFileIsTruncatedUnderTheConfiguredLimit() throws IOException {
    StringBuilder text = new StringBuilder();
    while (text.length() < 20_000_000) {
      text.append(FRENCH).append('\n');
    }
    Path file = write("huge.txt", text.toString().getBytes(StandardCharsets.UTF_8));
    Run run = run("extract", "--max-chars", "3000", file.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains("truncated").doesNotContain("Exception");
    JsonNode json = readTree(run.out());
    assertThat(json.get("text").asText().length()).isLessThanOrEqualTo(3000);
    assertThat(codes(json)).contains("warn.truncated");
  }

  @Test
  void runOnSentenceSkipsTheParserWithADiagnostic() throws IOException {
    String words = "la délégation française a rappelé ses positions ".repeat(715); // about 5,000 words, no full stop
    Path file = write("run-on.txt", ("Le ministre a parlé. " + words).getBytes(StandardCharsets.UTF_8));
    Run run = run("extract", "--lang", "fr", file.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains("not parsed").doesNotContain("Exception");
    assertThat(codes(readTree(run.out()))).contains("warn.parse-skipped");
  }

  @Test
  void aBatchGoesOnPastBadDocumentsAndExitsOne() throws IOException {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Files.write(batch.resolve("a-empty.txt"), new byte[0]);
    Files.write(batch.resolve("b-binary.txt"), new byte[] {0, 1, 2, 3, 0, 5, 6, 7});
    Files.writeString(batch.resolve("c-good.txt"), FRENCH);
    Files.writeString(batch.resolve("d-more.jsonl"), "{\"id\":\"x1\",\"text\":\"" + FRENCH.strip() + "\"}\nnot json\n");
    Run run = run("extract", "--no-progress", batch.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("Exception");
    List<JsonNode> docs = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      docs.add(JSON.readTree(line));
    }
    assertThat(docs).hasSize(5);
    assertThat(codes(docs.get(0))).contains("error.empty");
    assertThat(codes(docs.get(1))).contains("error.binary");
    assertThat(names(docs.get(2))).contains("Emmanuel Macron");
    assertThat(names(docs.get(3))).contains("Emmanuel Macron");
    assertThat(codes(docs.get(4))).contains("error.jsonl");
  }

  @Test
  void badOptionsAreUsageErrors() {
    Run run = run("extract", "--published", "yesterday", "x.txt");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--published").doesNotContain("Exception");
  }

  @Test
  void helpExplainsEveryOptionWithAnExample() {
    Run run = run("extract", "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("--published", "--source", "--lang", "--format", "--output", "--max-chars",
        "--max-parse-tokens", "Examples:");
  }

  private static JsonNode readTree(String json) throws IOException {
    return JSON.readTree(json);
  }

  private static List<String> names(JsonNode doc) {
    List<String> names = new ArrayList<>();
    doc.get("entities").forEach(e -> names.add(e.get("name").asText()));
    return names;
  }

  private static List<String> codes(JsonNode doc) {
    List<String> codes = new ArrayList<>();
    doc.get("diagnostics").forEach(d -> codes.add(d.get("code").asText()));
    return codes;
  }
}
