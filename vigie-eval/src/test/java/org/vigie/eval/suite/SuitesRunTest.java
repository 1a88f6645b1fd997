package org.vigie.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Document;

class SuitesRunTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void unknownSuiteListsTheNamesAndReturnsTwo(@TempDir Path shared) {
    assertThat(Suites.run("petrarch3", shared, UnaryOperator.identity(), out, false)).isEqualTo(2);
    assertThat(printed()).contains("unknown suite 'petrarch3'").contains("petrarch2-unit, petrarch2-gsr, plover-gsr");
  }

  @Test
  void missingFileIsNamedOnOneLineAndReturnsOne(@TempDir Path shared) {
    assertThat(Suites.run("plover-gsr", shared, UnaryOperator.identity(), out, false)).isEqualTo(1);
    assertThat(printed()).contains("PLOVER_GSR_CAMEO.txt").hasLineCount(1);
  }

  @Test
  void runsAFixtureSharedFolderAndSendsEnglishDatedDocuments(@TempDir Path shared) throws Exception {
    write(shared, "data/event_coding_tests/universalpetrarch/PETR2_GSR_validation.xml",
        SuiteTestKit.fixture("petrarch2_gsr_fixture.xml"));
    write(shared, Suites.CODEBOOK, "code\troot_code\tplover_event\n03\t03\tAGREE\n031\t03\tAGREE\n");
    write(shared, Suites.ROLE_CODES, "code\ttier\nGOV\tprimary\n");
    List<Document> seen = new java.util.ArrayList<>();

    int status = Suites.run("petrarch2-gsr", shared, doc -> {
      seen.add(doc);
      if (doc.id().startsWith("TEST")) {
        throw new IllegalStateException("a broken sentence"); // must not stop the suite
      }
      return doc;
    }, out, false);

    assertThat(status).isZero();
    assertThat(seen).extracting(Document::language).containsOnly("en");
    assertThat(seen.get(0).published()).isEqualTo(java.time.LocalDate.of(2008, 8, 6));
    assertThat(printed()).contains("3 records (1 expect no event), 3 gold codings, 0 system events")
        .contains("pipeline failed on 1 records").containsPattern("AGREE +2 +0 +0");

    bytes.reset();
    assertThat(Suites.run("petrarch2-gsr", shared, UnaryOperator.identity(), out, true)).isZero();
    assertThat(printed()).contains("\"suite\" : \"petrarch2-gsr\"").contains("\"exactRate\" : 0.0");
  }

  private static void write(Path shared, String relative, String content) throws Exception {
    Path file = shared.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
