package org.vigie.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vigie.model.Diagnostic;
import org.vigie.model.NlpAnalyzer;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/**
 * Stanford CoreNLP behind Vigie's {@link NlpAnalyzer}: the only class that sees CoreNLP types.
 *
 * <p>Two pipelines per language, each built once per JVM on first use and shared by all threads
 * (one {@code StanfordCoreNLP} object annotating from several threads gives the same output as one
 * thread, see DESIGN.md): the tagging pipeline (tokenize, ssplit, mwt for French, pos, lemma for
 * English, ner) runs on the whole text; the dependency parser then runs only on sentences of at most
 * {@code maxParseTokens} tokens, so that one run-on "sentence" of thousands of words costs a
 * diagnostic rather than minutes of parsing.
 */
public final class CoreNlpAnalyzer implements NlpAnalyzer {
  /** Default longest sentence, in tokens, that is given to the dependency parser. */
  public static final int DEFAULT_MAX_PARSE_TOKENS = 150;

  private final int maxParseTokens;
  /** Loaded models are shared by every analyzer of the JVM: loading French takes ~9 s and ~1.5 GB. */
  private static final Map<String, LanguagePipelines> PIPELINES = new ConcurrentHashMap<>();

  public CoreNlpAnalyzer() {
    this(DEFAULT_MAX_PARSE_TOKENS);
  }

  public CoreNlpAnalyzer(int maxParseTokens) {
    if (maxParseTokens < 1) {
      throw new IllegalArgumentException("maxParseTokens must be at least 1, got " + maxParseTokens);
    }
    this.maxParseTokens = maxParseTokens;
  }

  @Override
  public List<String> languages() {
    return CoreNlpSettings.LANGUAGES;
  }

  @Override
  public Analysis analyze(String text, String language) {
    LanguagePipelines pipeline = PIPELINES.computeIfAbsent(language, LanguagePipelines::build);
    Annotation annotation = new Annotation(text);
    pipeline.tagger().annotate(annotation);

    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> toParse = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (CoreMap sentence : coreSentences) {
      int size = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
      if (size <= maxParseTokens) {
        toParse.add(sentence);
      } else {
        int start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        diagnostics.add(new Diagnostic("warn.parse-skipped",
            "sentence of " + size + " tokens not parsed (limit " + maxParseTokens + ")", start, end));
      }
    }
    if (!toParse.isEmpty()) {
      // The parser reads and writes the same sentence maps, so parsing a sub-list annotates them in place.
      Annotation parseable = new Annotation(text);
      parseable.set(CoreAnnotations.SentencesAnnotation.class, toParse);
      parseable.set(CoreAnnotations.TokensAnnotation.class, annotation.get(CoreAnnotations.TokensAnnotation.class));
      pipeline.parser().annotate(parseable);
    }

    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    for (CoreMap sentence : coreSentences) {
      sentences.add(convert(sentences.size(), sentence, language));
    }
    return new Analysis(sentences, diagnostics);
  }

  private static Sentence convert(int index, CoreMap sentence, String language) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    int[] heads = new int[labels.size()];
    String[] relations = new String[labels.size()];
    java.util.Arrays.fill(heads, -1);
    if (graph != null) {
      for (SemanticGraphEdge edge : graph.edgeIterable()) {
        int dependent = edge.getDependent().index() - 1;
        if (dependent >= 0 && dependent < heads.length) {
          heads[dependent] = edge.getGovernor().index() - 1;
          relations[dependent] = edge.getRelation().toString();
        }
      }
      for (IndexedWord root : graph.getRoots()) {
        int i = root.index() - 1;
        if (i >= 0 && i < relations.length) {
          relations[i] = "root";
        }
      }
    }
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel label = labels.get(i);
      String ner = nerLabel(label.ner());
      tokens.add(new Token(i, label.word(), label.beginPosition(), label.endPosition(),
          UniversalTags.of(language, label.tag()), label.lemma(), ner, heads[i], relations[i]));
    }
    int start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new Sentence(index, start, end, tokens, graph != null);
  }

  /**
   * One NER label set for every language: the French model tags {@code I-PER}, {@code B-LOC}…, the
   * English one {@code PERSON}, {@code LOCATION}…; Vigie reads PERSON, LOCATION, ORGANIZATION, MISC, O.
   */
  static String nerLabel(String raw) {
    if (raw == null || raw.isEmpty() || raw.equals("O")) {
      return "O";
    }
    String bare = raw.length() > 2 && raw.charAt(1) == '-' ? raw.substring(2) : raw;
    return switch (bare) {
      case "PER" -> "PERSON";
      case "LOC" -> "LOCATION";
      case "ORG" -> "ORGANIZATION";
      default -> bare;
    };
  }

  /** The two pipelines of one language. */
  private record LanguagePipelines(StanfordCoreNLP tagger, StanfordCoreNLP parser) {
    static LanguagePipelines build(String language) {
      return new LanguagePipelines(
          new StanfordCoreNLP(CoreNlpSettings.tagging(language)),
          new StanfordCoreNLP(CoreNlpSettings.parsing(language), false));
    }
  }
}
