package org.vigie.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryLinesTest {
  @Test
  void removesHashAndXmlCommentsKeepingOneLinePerLine() {
    List<String> lines = List.of(
        "ARNOR [ARN] # the northern kingdom",
        "<!-- a comment",
        "still the comment -->GONDOR [GON]",
        "RESTORE <!-- inline --> TIES [064]",
        "# only a comment");
    assertThat(DictionaryLines.uncommented(lines))
        .containsExactly("ARNOR [ARN] ", "", "GONDOR [GON]", "RESTORE  TIES [064]", "");
  }
}
