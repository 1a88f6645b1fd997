package org.vigie.eval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigie.ingest.ArticleSource;
import org.vigie.ingest.LanguageIdentifier;
import org.vigie.ingest.ReaderOptions;
import org.vigie.model.Document;

/**
 * Reads the articles of one language for a benchmark, timing the read and language stages of each.
 *
 * <p>Articles are taken from the inputs in turn (one from each, round-robin) so that a run of a few
 * dozen articles samples every corpus rather than the start of the first one. Articles in another
 * language, and articles that could not be read, are skipped. The read time is that of
 * {@link ArticleSource} (decoding, metadata, dateline; language identification too when the input
 * declares no language). The language time is that of {@link LanguageIdentifier#identify} on the text,
 * measured for every article, since the news corpora declare their language and would otherwise
 * never pay for it.
 */
public final class BenchCorpus {
  private BenchCorpus() {
  }

  /** One article and what it cost to read it and identify its language. */
  public record TimedDocument(Document document, long readNanos, long languageNanos) {
    public TimedDocument {
      Objects.requireNonNull(document, "document");
    }
  }

  /** Up to {@code count} articles in {@code language} from {@code inputs} (files or directories). */
  public static List<TimedDocument> read(List<String> inputs, String language, int count, ReaderOptions options) {
    List<ArticleSource.Articles> sources = new ArrayList<>();
    for (String input : inputs) {
      sources.add(ArticleSource.open(List.of(input), options));
    }
    // The identifier loads its models on first use (seconds): pay for that before timing anything.
    LanguageIdentifier.identify("Le gouvernement a annoncé de nouvelles mesures. The government announced new measures.");
    List<TimedDocument> documents = new ArrayList<>();
    try {
      List<ArticleSource.Articles> live = new ArrayList<>(sources);
      while (documents.size() < count && !live.isEmpty()) {
        for (int i = 0; i < live.size() && documents.size() < count; ) {
          ArticleSource.Articles source = live.get(i);
          long started = System.nanoTime();
          if (!source.hasNext()) {
            live.remove(i);
            continue;
          }
          Document document = source.next();
          long read = System.nanoTime() - started;
          i++;
          if (document.failed() || !language.equals(document.language())) {
            continue;
          }
          started = System.nanoTime();
          LanguageIdentifier.identify(document.text());
          documents.add(new TimedDocument(document, read, System.nanoTime() - started));
        }
      }
    } finally {
      sources.forEach(ArticleSource.Articles::close);
    }
    return documents;
  }
}
