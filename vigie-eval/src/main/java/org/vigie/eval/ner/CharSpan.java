package org.vigie.eval.ner;

import java.util.Objects;

/** A typed run of characters, half-open, in the text given to a {@link NerTagger}. */
public record CharSpan(int start, int end, String type) {
  public CharSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad character span " + start + ".." + end);
    }
    Objects.requireNonNull(type, "type");
  }
}
