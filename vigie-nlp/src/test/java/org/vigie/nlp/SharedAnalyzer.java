package org.vigie.nlp;

/** One analyzer, hence one loaded pipeline per language, for every test in the JVM. */
final class SharedAnalyzer {
  private static final CoreNlpAnalyzer ANALYZER = new CoreNlpAnalyzer();

  private SharedAnalyzer() {
  }

  static CoreNlpAnalyzer get() {
    return ANALYZER;
  }
}
