package org.vigie.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vigie.eval.gold.GoldDocument;
import org.vigie.eval.score.DocumentScore;
import org.vigie.eval.score.Report;
import org.vigie.eval.suite.Suites;
import org.vigie.eval.suite.TimexSuites;
import org.vigie.extract.Pipeline;
import org.vigie.ingest.ArticleSource;
import org.vigie.ingest.ReaderOptions;
import org.vigie.model.Diagnostic;
import org.vigie.model.Document;
import org.vigie.nlp.CoreNlpAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigie eval}: scores Vigie's entities, events and facts against gold files, or on a public suite. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Analyses the article of every *.gold.json file of a folder and scores the output against",
        "the gold: events (strict and lenient rule) overall, per language and per PLOVER type; facts;",
        "entities. Precision, recall and F1 are micro-averaged over all documents."},
    footer = {"", "Strict rule (eval/GUIDELINES.md, the gold's 'scoring' field): equal PLOVER type; source and",
        "target actor codes agree on country, and on primary sector where the gold code has one (a bare",
        "system country is its government; IGO codes agree on six letters; a null gold target accepts any);",
        "equal date where the gold has one; equal negated and hypothetical flags. Lenient rule: PLOVER type",
        "and source country only. Events with required:false cost nothing either way. Each gold event is",
        "matched at most once (maximum bipartite matching); repeated system events are false positives.",
        "Precision is 0 when the system produced nothing.",
        "", "Exit status: 0 when scoring ran (whatever the scores), 1 when a gold file or its text cannot",
        "be read, 2 on a usage error.",
        "", "Examples:", "  vigie eval --gold ../shared/examples", "  vigie eval --gold eval/gold --show-errors",
        "  vigie eval --gold eval/gold --json > scores.json", "  vigie eval --suite plover-gsr",
        "  vigie eval --suite timebank-fr --show-errors"})
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--gold", paramLabel = "DIR", description = "Folder of *.gold.json files (not read recursively).")
  Path gold;

  @Option(names = "--texts", paramLabel = "DIR",
      description = "Where to look for article texts not found beside their gold file (text_file, else <id>.txt).")
  Path texts;

  @Option(names = "--json", description = "Print the report as one JSON object.")
  boolean json;

  @Option(names = "--show-errors",
      description = "List each missed and each spurious event and fact, with its evidence and why a near candidate did not match.")
  boolean showErrors;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "An actor dictionary of your own, TABARI/PETRARCH format (NAME [CODE] lines); its names win "
          + "over Vigie's gazetteers. For --suite petrarch2-unit the suite's own dictionary is used by default.")
  Path actors;

  @Option(names = "--agents", paramLabel = "FILE",
      description = "An agents dictionary of your own, PETRARCH format (agent nouns such as 'POLICE [~COP]'); "
          + "its nouns win over Vigie's role words and add their code to the actor's country. "
          + "For --suite petrarch2-unit the suite's own dictionary is used by default.")
  Path agents;

  @Option(names = "--discards", paramLabel = "FILE",
      description = "A discard list of your own, PETRARCH/TABARI format (phrases such as 'BASEBALL': a sentence "
          + "that has one codes no event; '+TYPHOON': an article that has one codes none). "
          + "For --suite petrarch2-unit the suite's own list is used by default.")
  Path discards;

  @Option(names = "--verbs", paramLabel = "FILE",
      description = "A verb dictionary of your own, PETRARCH/TABARI format (verbs with [CAMEO] codes, patterns "
          + "such as '- * TIES [064]', synsets); its entries win over Vigie's predicates for the same verbs. "
          + "For --suite petrarch2-unit the suite's own dictionary is used by default.")
  Path verbs;

  @Option(names = "--suite", paramLabel = "NAME",
      description = "Score on a public suite instead: event coding (petrarch2-unit, petrarch2-gsr, plover-gsr) "
          + "or DATE values of temporal expressions (timebank-fr, tempeval3).")
  String suite;

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "${env:VIGIE_SHARED:-../shared}",
      description = "The shared data folder, for --suite (default: $VIGIE_SHARED or ../shared).")
  Path shared;

  @Override
  public Integer call() {
    if (suite != null) {
      if (gold != null) {
        System.err.println("vigie: give --gold or --suite, not both");
        return 2;
      }
      if (TimexSuites.isSuite(suite)) {
        // the time reader needs no NLP models: no pipeline is loaded
        return TimexSuites.run(suite, shared, System.out, json, showErrors);
      }
      Path dictionary = actors != null ? actors : Suites.actorDictionary(suite, shared);
      Path verbDictionary = verbs != null ? verbs : Suites.verbDictionary(suite, shared);
      Path agentDictionary = agents != null ? agents : Suites.agentDictionary(suite, shared);
      Pipeline pipeline = DictionaryFiles.pipeline(new CoreNlpAnalyzer(), dictionary, agentDictionary, verbDictionary,
          discards != null ? discards : Suites.discardList(suite, shared));
      return Suites.run(suite, shared, document -> pipeline.process(document), System.out, json, showErrors);
    }
    if (gold == null) {
      System.err.println("vigie: give --gold DIR (a folder of *.gold.json files) or --suite NAME");
      return 2;
    }
    if (!Files.isDirectory(gold)) {
      System.err.println("vigie: --gold " + gold + ": not a folder");
      return 2;
    }
    if (texts != null && !Files.isDirectory(texts)) {
      System.err.println("vigie: --texts " + texts + ": not a folder");
      return 2;
    }
    List<GoldDocument> golds = new ArrayList<>();
    try {
      // Every gold file is read before the models load: a typo in one fails in a second, not a minute.
      for (Path file : goldFiles()) {
        golds.add(GoldDocument.read(file, texts));
      }
    } catch (IllegalStateException | UncheckedIOException e) {
      System.err.println("vigie: " + e.getMessage());
      return 1;
    }
    if (golds.isEmpty()) {
      System.err.println("vigie: no *.gold.json file in " + gold);
      return 1;
    }
    Pipeline pipeline = DictionaryFiles.pipeline(new CoreNlpAnalyzer(), actors, agents, verbs, discards);
    List<DocumentScore> scores = new ArrayList<>();
    Progress progress = golds.size() > 1 ? new Progress(System.err, "eval") : null;
    for (GoldDocument goldDocument : golds) {
      Document document = pipeline.process(read(goldDocument));
      for (Diagnostic diagnostic : document.diagnostics()) {
        if (diagnostic.isFailure()) {
          System.err.println("vigie: " + goldDocument.id() + ": " + diagnostic.message());
        }
      }
      scores.add(DocumentScore.of(goldDocument, document));
      if (progress != null) {
        progress.step(document.failed());
      }
    }
    if (progress != null) {
      progress.finish();
    }
    Report report = new Report(scores);
    System.out.print(json ? report.json(showErrors) + System.lineSeparator() : report.format(showErrors));
    return 0;
  }

  private List<Path> goldFiles() {
    try (Stream<Path> files = Files.list(gold)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".gold.json") && Files.isRegularFile(f))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("--gold " + gold + ": cannot list: " + e.getMessage(), e);
    }
  }

  /** Reads the article as {@code vigie extract} would, with the gold's publication date and outlet as metadata. */
  private static Document read(GoldDocument gold) {
    ReaderOptions options = ReaderOptions.defaults().withPublished(gold.published());
    if (gold.source() != null) {
      options = options.withSource(gold.source());
    }
    try (ArticleSource.Articles articles = ArticleSource.open(List.of(gold.textFile().toString()), options)) {
      return articles.next();
    }
  }
}
