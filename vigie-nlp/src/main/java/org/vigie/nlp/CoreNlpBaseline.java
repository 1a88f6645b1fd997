package org.vigie.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CoreNLP pipeline that a constituency-tree event coder such as PETRARCH2 needs, run only to be
 * timed against Vigie ({@code vigie bench --baseline}); its output is discarded.
 *
 * <p>English: tokenize, ssplit, pos, lemma, ner, parse with {@code englishPCFG.ser.gz} (the
 * shift-reduce model is not in the {@code models} jar). French: tokenize, ssplit, mwt, pos, ner,
 * parse with {@code frenchSR.beam.ser.gz}. Sentences longer than 100 tokens are not parsed
 * ({@code parse.maxlen}; CoreNLP gives them a flat tree): parsing cost grows faster than length, and
 * one run-on "sentence" would otherwise dominate the run. The settings are data, in
 * {@code org/vigie/nlp/baseline-<lang>.properties}.
 *
 * <p>Thread-safe: one pipeline per language per JVM, built on first use and shared by all threads.
 */
public final class CoreNlpBaseline {
  private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

  /** The languages the baseline has settings for. */
  public List<String> languages() {
    return CoreNlpSettings.LANGUAGES;
  }

  /** What the baseline runs for {@code language}, in words, for reports. */
  public String describe(String language) {
    Properties properties = settings(language);
    return properties.getProperty("annotators").replace(" ", "") + " (parse.model="
        + properties.getProperty("parse.model").replaceFirst(".*/", "") + ", parse.maxlen="
        + properties.getProperty("parse.maxlen") + ")";
  }

  /**
   * Annotates {@code text} and returns its number of tokens (after multi-word token splitting).
   *
   * @throws IllegalArgumentException for a language without baseline settings
   */
  public int annotate(String text, String language) {
    Objects.requireNonNull(text, "text");
    StanfordCoreNLP pipeline = PIPELINES.computeIfAbsent(language,
        lang -> new StanfordCoreNLP(settings(lang)));
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    List<?> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null ? 0 : tokens.size();
  }

  private static Properties settings(String language) {
    if (!CoreNlpSettings.LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("no CoreNLP baseline for language '" + language
          + "'; supported: " + CoreNlpSettings.LANGUAGES);
    }
    String resource = "/org/vigie/nlp/baseline-" + language + ".properties";
    try (InputStream in = CoreNlpBaseline.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " in vigie-nlp");
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
