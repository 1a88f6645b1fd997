package org.vigie.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps each model's part-of-speech tags to Universal POS tags, so that the rest of Vigie reads one
 * tag set: the French model already speaks UPOS, the English one Penn Treebank
 * ({@code org/vigie/nlp/ptb-upos.tsv}).
 */
final class UniversalTags {
  private static final Map<String, String> PTB = load("/org/vigie/nlp/ptb-upos.tsv");

  private UniversalTags() {
  }

  static String of(String language, String tag) {
    if (tag == null || !"en".equals(language)) {
      return tag;
    }
    return PTB.getOrDefault(tag, "X");
  }

  private static Map<String, String> load(String resource) {
    Map<String, String> map = new HashMap<>();
    try (var in = UniversalTags.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " in vigie-nlp");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || (header && line.startsWith("#"))) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] columns = line.split("\t");
        map.put(columns[0], columns[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
