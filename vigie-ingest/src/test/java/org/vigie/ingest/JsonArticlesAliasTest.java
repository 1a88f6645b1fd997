package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigie.model.Document;

class JsonArticlesAliasTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void corporaNamingLanguageAndDateDifferentlyAreRead() throws Exception {
    // The shared news corpora write "lang" and "date".
    Document doc = JsonArticles.toDocument(JSON.readTree(
        "{\"id\":\"a\",\"text\":\"Bonjour.\",\"lang\":\"fr\",\"date\":\"2008-03-01\"}"), "f.jsonl:1");
    assertThat(doc.language()).isEqualTo("fr");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2008, 3, 1));
  }

  @Test
  void theContractNamesWinOverAliases() throws Exception {
    Document doc = JsonArticles.toDocument(JSON.readTree(
        "{\"id\":\"a\",\"text\":\"Hello.\",\"language\":\"en\",\"lang\":\"fr\",\"published\":\"2020-01-02\",\"date\":\"1999-01-01\"}"),
        "f.jsonl:1");
    assertThat(doc.language()).isEqualTo("en");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2020, 1, 2));
  }
}
