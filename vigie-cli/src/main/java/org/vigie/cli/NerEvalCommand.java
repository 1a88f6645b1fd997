package org.vigie.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.eval.ner.CharSpan;
import org.vigie.eval.ner.NerCorpus;
import org.vigie.eval.ner.NerEvaluation;
import org.vigie.eval.ner.NerScores;
import org.vigie.eval.ner.NerSentence;
import org.vigie.eval.ner.NerTagger;
import org.vigie.extract.Pipeline;
import org.vigie.model.Document;
import org.vigie.model.Entity;
import org.vigie.model.Mention;
import org.vigie.model.MentionKind;
import org.vigie.model.Sentence;
import org.vigie.model.Token;
import org.vigie.nlp.CoreNlpAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigie ner-eval}: precision, recall and F1 of named entities per type on a public test set. */
@Command(name = "ner-eval", mixinStandardHelpOptions = true,
    description = {"Measures named-entity recognition on a gold corpus: WikiNEuRal (French subset) or",
        "CoNLL-2003 test B (English) from the shared data folder. Prints precision, recall and F1 per type",
        "(PER, LOC, ORG, MISC), exact span and type, micro-averaged overall."},
    footer = {"", "Vigie entities are mapped to CoNLL types: PERSON→PER, COUNTRY and PLACE→LOC,",
        "ORGANIZATION→ORG, demonyms and GROUP→MISC. --raw scores CoreNLP's own NER labels instead.",
        "", "Examples:", "  vigie ner-eval --lang fr --limit 1000", "  vigie ner-eval --lang en --raw",
        "  vigie ner-eval --lang en --corpus my-test.conll"})
final class NerEvalCommand implements Callable<Integer> {
  @Option(names = "--lang", required = true, paramLabel = "fr|en", description = "Language of the corpus.")
  String language;

  @Option(names = "--corpus", paramLabel = "FILE",
      description = "Gold file (CoNLL-2003 or index/token/tag IOB). Default: the shared corpus of the language.")
  Path corpus;

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "${env:VIGIE_SHARED:-../shared}",
      description = "The shared data folder (default: $VIGIE_SHARED or ../shared).")
  Path shared;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Score only the first N sentences (0: all).")
  int limit;

  @Option(names = "--raw", description = "Score CoreNLP's NER labels rather than Vigie's entities.")
  boolean raw;

  @Override
  public Integer call() {
    if (!language.equals("fr") && !language.equals("en")) {
      System.err.println("vigie: --lang must be fr or en");
      return 2;
    }
    Path file = corpus != null ? corpus : shared.resolve(language.equals("fr")
        ? "data/ner/fr/wikineural_fr_test.first5000.conllu" : "data/ner/en/conll2003_eng.testb");
    if (!Files.isRegularFile(file)) {
      System.err.println("vigie: " + file + ": corpus not found (set --corpus, --shared or VIGIE_SHARED)");
      return 1;
    }
    List<NerSentence> sentences = NerCorpus.read(file);
    Pipeline pipeline = new Pipeline(new CoreNlpAnalyzer());
    NerTagger tagger = raw ? rawTagger(pipeline) : entityTagger(pipeline);
    long started = System.nanoTime();
    NerScores scores = NerEvaluation.withDefaults()
        .withProgress((done, total) -> System.err.print("\rner-eval: " + done + "/" + total + " sentences"))
        .evaluate(sentences, tagger, language, limit);
    System.err.println();
    System.out.println((raw ? "CoreNLP NER" : "Vigie entities") + " on " + file);
    System.out.print(scores.format());
    System.out.printf("%.1f s%n", (System.nanoTime() - started) / 1e9);
    return 0;
  }

  private static NerTagger entityTagger(Pipeline pipeline) {
    return (text, language) -> {
      Document document = pipeline.process(Document.of("ner-eval", text).withLanguage(language));
      List<CharSpan> spans = new ArrayList<>();
      for (Entity entity : document.entities()) {
        for (Mention mention : entity.mentions()) {
          if (mention.kind() != MentionKind.NAME && mention.kind() != MentionKind.GAZETTEER) {
            continue;
          }
          boolean demonym = "DEMONYM".equals(mention.label()) || "INHABITANTS".equals(mention.label());
          // The test sets annotate nationality words as MISC only where they are proper nouns or
          // adjectives written with a capital ("Russian", "les Français"), not French "russe".
          if (demonym && !Character.isUpperCase(mention.text().charAt(0))) {
            continue;
          }
          String type = demonym ? "MISC" : entity.type().name();
          spans.add(new CharSpan(mention.start(), mention.end(), type));
        }
      }
      // The test sets annotate flat spans: a country inside an organisation's name ("Bank of
      // England") is not an entity of its own there.
      return spans.stream().filter(inner -> spans.stream().noneMatch(outer -> outer != inner
          && outer.start() <= inner.start() && inner.end() <= outer.end()
          && outer.end() - outer.start() > inner.end() - inner.start())).toList();
    };
  }

  private static NerTagger rawTagger(Pipeline pipeline) {
    return (text, language) -> {
      Document document = pipeline.process(Document.of("ner-eval", text).withLanguage(language));
      List<CharSpan> spans = new ArrayList<>();
      for (Sentence sentence : document.sentences()) {
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
          String label = tokens.get(i).ner();
          int j = i + 1;
          while (j < tokens.size() && tokens.get(j).ner().equals(label)) {
            j++;
          }
          if (!label.equals("O")) {
            spans.add(new CharSpan(tokens.get(i).start(), tokens.get(j - 1).end(), label));
          }
          i = j;
        }
      }
      return spans;
    };
  }
}
