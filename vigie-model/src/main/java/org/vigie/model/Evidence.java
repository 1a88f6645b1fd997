package org.vigie.model;

/** The words of the article that support an event or a fact: {@code text} equals the text at [start, end). */
public record Evidence(String text, int start, int end, int sentence) {
  public Evidence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence offsets " + start + ".." + end);
    }
  }
}
