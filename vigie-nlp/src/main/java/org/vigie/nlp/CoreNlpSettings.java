package org.vigie.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP properties per language, kept as data in {@code org/vigie/nlp/<lang>.properties}. Each file
 * holds the tagging annotators and, under the {@code depparse.} keys, what the parser needs.
 */
final class CoreNlpSettings {
  static final List<String> LANGUAGES = List.of("en", "fr");

  private CoreNlpSettings() {
  }

  static Properties tagging(String language) {
    return load(language);
  }

  /** The parser alone, run on sentences that were already tagged. */
  static Properties parsing(String language) {
    Properties properties = load(language);
    properties.setProperty("annotators", "depparse");
    return properties;
  }

  private static Properties load(String language) {
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("no CoreNLP settings for language '" + language
          + "'; supported: " + LANGUAGES);
    }
    String resource = "/org/vigie/nlp/" + language + ".properties";
    try (InputStream in = CoreNlpSettings.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " in vigie-nlp");
      }
      Properties properties = new Properties();
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
