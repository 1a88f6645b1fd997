package org.vigie.eval.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.ingest.ArticleSource;
import org.vigie.ingest.ReaderOptions;
import org.vigie.model.Document;
import org.vigie.model.Entity;
import org.vigie.model.Mention;
import org.vigie.model.Sentence;

/**
 * A property of every analysed article, checked over real news text from the shared corpora: each
 * mention's text is exactly {@code text.substring(start, end)} and lies in its sentence, and the
 * tokens of each sentence point inside the text.
 */
class MentionOffsetsIT {
  private static final int ARTICLES_PER_CORPUS = 12;

  static Stream<Document> articles() throws IOException {
    Path news = SharedPipeline.shared().resolve("data/news");
    List<Path> corpora = List.of(
        news.resolve("fr_est_republicain_from_ftib/est_republicain_1999_2003.jsonl"),
        news.resolve("fr_gilets_jaunes_2018_2019/gilets_jaunes_fr_CA_CH.jsonl"),
        news.resolve("en_wikinews_meantime/meantime_en_wikinews.jsonl"),
        news.resolve("en_bbc_2004_2005/bbc_politics_business.jsonl"));
    Stream<Document> all = Stream.empty();
    for (Path corpus : corpora) {
      assertThat(corpus).as("shared news corpus").exists();
      Path sample = Files.createTempFile("vigie-sample", ".jsonl");
      try (Stream<String> lines = Files.lines(corpus)) {
        Files.write(sample, lines.limit(ARTICLES_PER_CORPUS).toList());
      }
      List<Document> documents;
      try (ArticleSource.Articles articles = ArticleSource.open(List.of(sample.toString()), ReaderOptions.defaults())) {
        documents = articles.stream().toList();
      }
      all = Stream.concat(all, documents.stream());
    }
    return all;
  }

  @ParameterizedTest
  @MethodSource("articles")
  void everyMentionIsTheTextAtItsOffsets(Document read) {
    Document document = SharedPipeline.get().process(read);
    assertThat(document.failed()).as("diagnostics %s", document.diagnostics()).isFalse();
    String text = document.text();
    for (Sentence sentence : document.sentences()) {
      assertThat(sentence.end()).isLessThanOrEqualTo(text.length());
      sentence.tokens().forEach(t -> assertThat(t.end()).isBetween(t.start(), text.length()));
    }
    for (Entity entity : document.entities()) {
      assertThat(entity.mentions()).isNotEmpty();
      for (Mention mention : entity.mentions()) {
        assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
        Sentence sentence = document.sentences().get(mention.sentence());
        assertThat(mention.start()).isBetween(sentence.start(), sentence.end());
      }
    }
    assertThat(document.entities()).extracting(Entity::id).doesNotHaveDuplicates();
  }
}
