package org.vigie.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.extract.Pipeline;
import org.vigie.ingest.ArticleSource;
import org.vigie.ingest.ReaderOptions;
import org.vigie.model.Diagnostic;
import org.vigie.model.Document;
import org.vigie.model.json.DocumentJson;
import org.vigie.nlp.CoreNlpAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigie extract}: reads articles, analyses them and writes one JSON document each. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Finds the entities of news articles (people, countries, places, organisations) with",
        "their canonical names and CAMEO actor codes, and the events they report (PLOVER type, CAMEO code,",
        "source, target, negation, modality, reporting party), every item tied to its character offsets.",
        "Output follows shared/OUTPUT.md; see docs/output.md."},
    footer = {"", "Inputs: plain text files (UTF-8, UTF-16 with BOM, or Windows-1252/Latin-1, detected),",
        "JSON Lines files (one article per line: id, text, and optional published, source, url, title,",
        "language), directories of such files (read recursively), or - for standard input.",
        "", "Exit status: 0 when every document was analysed, 1 when any failed (its diagnostic is in",
        "the output in batch mode), 2 on a usage error.",
        "", "Examples:",
        "  vigie extract --published 2023-12-12 ../shared/examples/fr-iranpress-gaza-veto.txt",
        "  vigie extract --format text article.txt",
        "  vigie extract --format conllu --lang fr article.txt",
        "  vigie extract --lang en -o entities.jsonl corpus/",
        "  cat article.txt | vigie extract --source AFP -"})
final class ExtractCommand implements Callable<Integer> {
  enum Format { json, jsonl, text, conllu }

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, directories, or - for standard input.")
  List<String> inputs;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that do not give one (JSON Lines 'published' wins).")
  String published;

  @Option(names = "--source", paramLabel = "NAME",
      description = "Outlet name for articles that do not give one (JSON Lines 'source' wins; else the dateline's agency).")
  String source;

  @Option(names = "--lang", paramLabel = "auto|fr|en", defaultValue = "auto",
      description = "Language of the articles; 'auto' (default) identifies it per article.")
  String language;

  @Option(names = "--format", paramLabel = "json|jsonl|text|conllu",
      description = "Output format: json, jsonl, text (entities and events, readable) or conllu (the sentences "
          + "with lemmas, parts of speech and dependencies). Default: json for one text file, jsonl for several files, "
          + "a directory or JSON Lines.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + ReaderOptions.DEFAULT_MAX_CHARS,
      description = "Longest article analysed, in characters; longer ones are cut at a paragraph or sentence "
          + "boundary with a warn.truncated diagnostic (default: ${DEFAULT-VALUE}).")
  int maxChars;

  @Option(names = "--max-parse-tokens", paramLabel = "N", defaultValue = "" + CoreNlpAnalyzer.DEFAULT_MAX_PARSE_TOKENS,
      description = "Longest sentence, in tokens, given to the dependency parser; longer ones are tagged but not "
          + "parsed, with a warn.parse-skipped diagnostic (default: ${DEFAULT-VALUE}).")
  int maxParseTokens;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "An actor dictionary of your own, TABARI/PETRARCH format (NAME [CODE] lines, +SYNONYM lines); "
          + "its names and codes win over Vigie's gazetteers.")
  Path actors;

  @Option(names = "--agents", paramLabel = "FILE",
      description = "An agents dictionary of your own, PETRARCH format (agent nouns such as 'POLICE [~COP]'); "
          + "its nouns win over Vigie's role words and add their code to the actor's country.")
  Path agents;

  @Option(names = "--discards", paramLabel = "FILE",
      description = "A discard list of your own, PETRARCH/TABARI format (phrases such as 'BASEBALL': a sentence "
          + "that has one codes no event; '+TYPHOON': an article that has one codes none).")
  Path discards;

  @Option(names = "--verbs", paramLabel = "FILE",
      description = "A verb dictionary of your own, PETRARCH/TABARI format (verbs with [CAMEO] codes, patterns "
          + "such as '- * TIES [064]', synsets); its entries win over Vigie's predicates for the same verbs "
          + "(English). Skipped lines are listed on standard error.")
  Path verbs;

  @Option(names = "--no-progress", description = "Do not report progress on standard error for batches.")
  boolean noProgress;

  @Override
  public Integer call() throws IOException {
    ReaderOptions options = readerOptions();
    if (options == null) {
      return 2;
    }
    boolean batch = isBatch();
    Format chosen = format != null ? format : batch ? Format.jsonl : Format.json;
    Pipeline pipeline = DictionaryFiles.pipeline(new CoreNlpAnalyzer(maxParseTokens), actors, agents, verbs, discards);
    boolean anyFailed = false;
    Progress progress = batch && !noProgress ? new Progress(System.err, "extract") : null;
    OutputStream stream = output == null ? System.out : Files.newOutputStream(output);
    try (PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
         ArticleSource.Articles articles = ArticleSource.open(inputs, options)) {
      boolean first = true;
      if (chosen == Format.json && batch) {
        out.println("[");
      }
      while (articles.hasNext()) {
        Document document = pipeline.process(articles.next());
        boolean failed = document.failed();
        anyFailed |= failed;
        if (!batch) {
          report(document);
          if (failed) {
            continue;
          }
        }
        switch (chosen) {
          case jsonl -> out.println(DocumentJson.line(document));
          case json -> {
            if (batch && !first) {
              out.println(",");
            }
            out.print(DocumentJson.pretty(document));
            out.println();
          }
          case text -> out.print(TextSummary.of(document));
          case conllu -> out.print(TextSummary.conllu(document));
        }
        // Each document is written as soon as it is done: a later failure loses nothing.
        out.flush();
        first = false;
        if (progress != null) {
          progress.step(failed);
        }
      }
      if (chosen == Format.json && batch) {
        out.println("]");
      }
    }
    if (progress != null) {
      progress.finish();
    }
    return anyFailed ? 1 : 0;
  }

  /** For one document, problems go to standard error as one line each. */
  private static void report(Document document) {
    for (Diagnostic diagnostic : document.diagnostics()) {
      String prefix = diagnostic.isFailure() ? "vigie: " : "vigie: warning: ";
      System.err.println(prefix + diagnostic.message());
    }
  }

  private boolean isBatch() {
    if (inputs.size() != 1) {
      return true;
    }
    String input = inputs.get(0);
    if (input.equals("-")) {
      return false;
    }
    Path path = Path.of(input);
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isDirectory(path) || name.endsWith(".jsonl") || name.endsWith(".json");
  }

  private ReaderOptions readerOptions() {
    ReaderOptions options = ReaderOptions.defaults();
    try {
      if (maxChars < 1) {
        throw new IllegalArgumentException("--max-chars must be at least 1");
      }
      options = options.withMaxChars(maxChars);
      if (published != null) {
        options = options.withPublished(LocalDate.parse(published));
      }
      if (source != null) {
        options = options.withSource(source);
      }
      if (!language.equals("auto")) {
        if (!language.equals("fr") && !language.equals("en")) {
          throw new IllegalArgumentException("--lang must be auto, fr or en, not '" + language + "'");
        }
        options = options.withLanguage(language);
      }
      if (maxParseTokens < 1) {
        throw new IllegalArgumentException("--max-parse-tokens must be at least 1");
      }
    } catch (DateTimeParseException e) {
      System.err.println("vigie: --published must be a date like 2023-12-12, not '" + published + "'");
      return null;
    } catch (IllegalArgumentException e) {
      System.err.println("vigie: " + e.getMessage());
      return null;
    }
    return options;
  }
}
