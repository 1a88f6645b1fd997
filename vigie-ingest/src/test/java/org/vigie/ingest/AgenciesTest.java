package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AgenciesTest {
  @Test
  void resourceOpensWithSourceAndLicence() throws Exception {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(Agencies.RESOURCE)) {
      assertThat(in).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).startsWith("#").contains("Source:").contains("GPL-3.0-or-later");
    }
  }

  @Test
  void standardTableLoadsAndIsCaseInsensitive() {
    Agencies agencies = Agencies.standard();
    assertThat(agencies.size()).isGreaterThanOrEqualTo(50);
    assertThat(agencies.lookup("afp").orElseThrow().name()).isEqualTo("Agence France-Presse");
    assertThat(agencies.lookup("REUTERS").orElseThrow().iso3()).isEqualTo("GBR");
    assertThat(agencies.lookup("IP").orElseThrow().name()).isEqualTo("Iran Press");
    assertThat(agencies.lookup("Al Jazeera").orElseThrow().iso3()).isEqualTo("QAT");
    assertThat(agencies.lookup("Nope")).isEmpty();
  }

  @Test
  void duplicatesAndBadCodesFailFast() {
    String dup = "# c\nabbr\tname\tiso3\nAFP\tA\tFRA\nafp\tB\tFRA\n";
    assertThatThrownBy(() -> Agencies.parse(new ByteArrayInputStream(dup.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("duplicate");
    String bad = "# c\nabbr\tname\tiso3\nAFP\tA\tfr\n";
    assertThatThrownBy(() -> Agencies.parse(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining(":3:");
    String headless = "abbr\tname\tiso3\nAFP\tA\tFRA\n";
    assertThatThrownBy(() -> Agencies.parse(new ByteArrayInputStream(headless.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("comment header");
  }
}
