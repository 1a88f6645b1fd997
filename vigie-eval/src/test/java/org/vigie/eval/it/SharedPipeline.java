package org.vigie.eval.it;

import java.nio.file.Path;
import org.vigie.extract.Pipeline;
import org.vigie.nlp.CoreNlpAnalyzer;

/** One pipeline, hence one loaded CoreNLP model per language, for every test of the JVM. */
final class SharedPipeline {
  private static final Pipeline PIPELINE = new Pipeline(new CoreNlpAnalyzer());

  private SharedPipeline() {
  }

  static Pipeline get() {
    return PIPELINE;
  }

  /**
   * The team's shared data folder, from the {@code vigie.shared} system property (the build sets it
   * to {@code ../shared} beside the repository). Fails with the path tried when it is missing.
   */
  static Path shared() {
    return org.vigie.eval.SharedData.root();
  }

}
