package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadersTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "article.txt, true",
      "batch.jsonl, true",
      "ARTICLES.JSON, true",
      // gold files sit beside their articles and describe them: not articles
      "fr-iranpress-gaza-veto.gold.json, false",
      "notes.md, false",
      "photo.jpg, false"})
  void directoriesYieldArticleFilesOnly(String name, boolean article) {
    assertThat(Readers.isArticleFile(name)).isEqualTo(article);
  }
}
