package org.vigie.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TimeML reading and DATE scoring on documents written for this test. */
class TimexSuitesTest {
  private static final String TML = """
      <?xml version="1.0" encoding="UTF-8"?>
      <TimeML>
      <DOCID>t1</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2023-12-12" functionInDocument="CREATION_TIME">12/12/2023</TIMEX3></DCT>
      <TEXT>
      Le ministre a parlé <TIMEX3 tid="t1" type="DATE" value="2023-12-11">lundi</TIMEX3> pendant <TIMEX3 tid="t2" \
      type="DURATION" value="PT2H">deux heures</TIMEX3>. Les crues de <TIMEX3 tid="t3" type="DATE" value="196X">les \
      années 60</TIMEX3> &amp; la <TIMEX3 tid="t4" type="DATE" value="XXXX-SU">saison chaude</TIMEX3>.
      </TEXT>
      </TimeML>
      """;

  @Test
  void readsTextOffsetsAndCreationTime() throws Exception {
    TimeMlDocument doc = TimeMlDocument.parse("t1", TML);
    assertThat(doc.creationTime()).isEqualTo(LocalDate.of(2023, 12, 12));
    assertThat(doc.timexes()).extracting(TimeMlDocument.GoldTimex::text)
        .containsExactly("lundi", "deux heures", "les années 60", "saison chaude");
    for (TimeMlDocument.GoldTimex timex : doc.timexes()) {
      assertThat(doc.text().substring(timex.start(), timex.end())).isEqualTo(timex.text());
    }
    assertThat(doc.text()).contains("&").doesNotContain("<TIMEX3");
  }

  @Test
  void scoresGoldDatesOnly() throws Exception {
    TimexScores scores = TimexSuites.score("test", "fr", List.of(TimeMlDocument.parse("t1", TML)));
    assertThat(scores.gold()).isEqualTo(3); // the duration and the creation time are not DATEs scored
    assertThat(scores.found()).isEqualTo(2); // "saison chaude" is no expression of the grammar
    assertThat(scores.correct()).isEqualTo(2); // lundi (past clause) and 196X = 196
    assertThat(scores.errors()).singleElement().satisfies(miss -> {
      assertThat(miss.goldText()).isEqualTo("saison chaude");
      assertThat(miss.systemText()).isNull();
    });
    assertThat(scores.format(true)).contains("missed  'saison chaude'");
  }

  @Test
  void comparesValuesAsTimeMl() {
    assertThat(TimexSuites.sameValue("2023-12-11", "2023-12-11")).isTrue();
    assertThat(TimexSuites.sameValue("196X", "196")).isTrue();
    assertThat(TimexSuites.sameValue("18XX", "18")).isTrue();
    assertThat(TimexSuites.sameValue("2023-12-11", "2023-12-12")).isFalse();
    assertThat(TimexSuites.sameValue("XXXX-12", "2023-12")).isFalse();
    assertThat(TimexSuites.sameValue("2023", null)).isFalse();
  }

  @Test
  void missingFolderAndUnknownNameAreReported(@TempDir Path empty) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    assertThat(TimexSuites.run("timebank-fr", empty, out, false, false)).isEqualTo(1);
    assertThat(TimexSuites.run("no-such-suite", empty, out, false, false)).isEqualTo(2);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("missing folder").contains("unknown suite");
  }

  @Test
  void unreadableFileIsReported(@TempDir Path shared) throws Exception {
    Path folder = TimexSuites.folder("tempeval3", shared);
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("bad.tml"), "<TimeML><TEXT>unclosed");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertThat(TimexSuites.run("tempeval3", shared, new PrintStream(bytes, true, StandardCharsets.UTF_8), false,
        false)).isEqualTo(1);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("bad.tml");
  }
}
