package org.vigie.eval.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.eval.gold.EntityScore;
import org.vigie.eval.gold.GoldDocument;
import org.vigie.ingest.ArticleSource;
import org.vigie.ingest.ReaderOptions;
import org.vigie.model.Document;

/**
 * The foundation's acceptance on whole articles: the canonical example and the team-written wire
 * stories. Every gold entity must be found with its canonical name, type and country, and at least
 * 80% of the gold mentions must be attached to the right entity; the dateline and the agency are
 * recognised.
 */
class ArticleGoldIT {

  static Stream<Path> goldFiles() throws URISyntaxException {
    Path own = Path.of(ArticleGoldIT.class.getResource("/articles").toURI());
    return Stream.of(
        SharedPipeline.shared().resolve("examples/fr-iranpress-gaza-veto.gold.json"),
        own.resolve("en-wire-ceasefire-talks.gold.json"),
        own.resolve("fr-wire-sahel-sanctions.gold.json"),
        own.resolve("fr-wire-ukraine-grain.gold.json"));
  }

  @ParameterizedTest
  @MethodSource("goldFiles")
  void findsTheGoldEntitiesAndAttachesTheirMentions(Path goldFile) {
    GoldDocument gold = GoldDocument.read(goldFile);
    Document document = analyse(gold);

    EntityScore score = EntityScore.of(gold, document);
    System.out.println(gold.id() + ": " + score.format());
    score.missing().forEach(m -> System.out.println("  missing " + m));

    assertThat(document.language()).isEqualTo(gold.language());
    assertThat(document.dateline()).isEqualTo(gold.dateline());
    assertThat(document.source()).isEqualTo(gold.source());
    assertThat(score.missing()).as("entities not found or with a wrong country")
        .filteredOn(m -> m.startsWith("entity") || m.startsWith("country")).isEmpty();
    assertThat(score.attachedShare()).as("share of gold mentions attached").isGreaterThanOrEqualTo(0.8);
  }

  /** Reads the article the way the CLI does (dateline, agency, language), with only the date given. */
  static Document analyse(GoldDocument gold) {
    ReaderOptions options = ReaderOptions.defaults().withPublished(gold.published());
    try (ArticleSource.Articles articles = ArticleSource.open(List.of(gold.textFile().toString()), options)) {
      return SharedPipeline.get().process(articles.next());
    }
  }
}
