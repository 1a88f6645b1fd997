package org.vigie.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.eval.bench.Bench;
import org.vigie.eval.bench.BenchCorpus;
import org.vigie.eval.bench.BenchReport;
import org.vigie.eval.bench.LanguageResult;
import org.vigie.extract.Pipeline;
import org.vigie.ingest.ReaderOptions;
import org.vigie.model.Document;
import org.vigie.nlp.CoreNlpAnalyzer;
import org.vigie.nlp.CoreNlpBaseline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigie bench}: throughput, time per stage and memory on real news, optionally against CoreNLP. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measures Vigie's throughput on real news, per language: articles/s and tokens/s after",
        "warm-up, time and share of each stage, time per article, peak heap and GC time. With --baseline,",
        "also times the CoreNLP pipeline a constituency-tree coder such as PETRARCH2 needs on the same articles."},
    footer = {"", "Default corpora, under the shared data folder: data/news/fr_est_republicain_from_ftib and",
        "fr_gilets_jaunes_2018_2019 (French), en_wikinews_meantime and en_bbc_2004_2005 (English); articles",
        "are taken from each corpus in turn. Models are loaded before the warm-up and never measured.",
        "Wall time includes reading and language identification, done one article after another first.",
        "Figures depend on the machine and on what else runs on it; compare runs made side by side.",
        "", "Examples:", "  vigie bench", "  vigie bench --baseline --lang fr --articles 30",
        "  vigie bench --threads 2 --json --corpus my-articles/ --lang en"})
final class BenchCommand implements Callable<Integer> {
  private static final Map<String, List<String>> DEFAULT_CORPORA = Map.of(
      "fr", List.of("data/news/fr_est_republicain_from_ftib", "data/news/fr_gilets_jaunes_2018_2019"),
      "en", List.of("data/news/en_wikinews_meantime", "data/news/en_bbc_2004_2005"));

  @Option(names = "--corpus", paramLabel = "FILE|DIR",
      description = "Articles to read (repeatable; .jsonl, .json, .txt or a folder). Default: the shared news corpora.")
  List<String> corpora = new ArrayList<>();

  @Option(names = "--lang", paramLabel = "fr|en|all", defaultValue = "all", description = "Language(s) to measure (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Articles processed in parallel (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "60", description = "Measured articles per language (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "10", description = "Articles processed before measuring (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--baseline", description = "Also time CoreNLP with a constituency parser on the same articles.")
  boolean baseline;

  @Option(names = "--json", description = "Print the results as JSON.")
  boolean json;

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "${env:VIGIE_SHARED:-../shared}",
      description = "The shared data folder (default: $VIGIE_SHARED or ../shared).")
  Path shared;

  @Override
  public Integer call() {
    List<String> languages = switch (language) {
      case "all" -> List.of("fr", "en");
      case "fr", "en" -> List.of(language);
      default -> null;
    };
    if (languages == null || threads < 1 || articles < 1 || warmup < 0) {
      System.err.println("vigie: --lang must be fr, en or all; --threads and --articles at least 1; --warmup at least 0");
      return 2;
    }
    CoreNlpBaseline coreNlp = baseline ? new CoreNlpBaseline() : null;
    Pipeline pipeline = new Pipeline(new CoreNlpAnalyzer());
    Bench bench = new Bench(pipeline, coreNlp == null ? null : new Bench.Baseline() {
      @Override
      public int annotate(String text, String lang) {
        return coreNlp.annotate(text, lang);
      }

      @Override
      public String describe(String lang) {
        return coreNlp.describe(lang);
      }
    }, threads);
    List<LanguageResult> results = new ArrayList<>();
    for (String lang : languages) {
      List<String> inputs = corpora.isEmpty() ? defaultCorpora(lang) : corpora;
      if (inputs == null) {
        return 1;
      }
      List<BenchCorpus.TimedDocument> documents =
          BenchCorpus.read(inputs, lang, warmup + articles, ReaderOptions.defaults());
      if (documents.size() <= warmup) {
        System.err.println("vigie: bench " + lang + ": only " + documents.size() + " article(s) in " + inputs
            + ", fewer than the warm-up (" + warmup + ") plus one");
        return 1;
      }
      long started = System.nanoTime();
      pipeline.process(Document.of("bench-load", lang.equals("fr") ? "Bonjour." : "Hello.").withLanguage(lang));
      if (coreNlp != null) {
        coreNlp.annotate(lang.equals("fr") ? "Bonjour." : "Hello.", lang);
      }
      System.err.printf("bench %s: models loaded in %.1f s; %d warm-up + %d measured article(s)%s…%n", lang,
          (System.nanoTime() - started) / 1e9, warmup, documents.size() - warmup,
          coreNlp == null ? "" : ", then the baseline");
      results.add(bench.run(lang, documents, warmup));
    }
    System.out.print(json ? BenchReport.json(results) : BenchReport.text(results));
    return 0;
  }

  private List<String> defaultCorpora(String lang) {
    List<String> inputs = new ArrayList<>();
    for (String folder : DEFAULT_CORPORA.get(lang)) {
      Path path = shared.resolve(folder);
      if (!Files.isDirectory(path)) {
        System.err.println("vigie: " + path + ": corpus not found (set --corpus, --shared or VIGIE_SHARED)");
        return null;
      }
      inputs.add(path.toString());
    }
    return inputs;
  }
}
