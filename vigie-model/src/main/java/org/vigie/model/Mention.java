package org.vigie.model;

/**
 * One place in the text that names or describes an entity: {@code text} always equals
 * {@code document.text().substring(start, end)}. {@code kind} says how it was found
 * (see {@link MentionKind}); {@code label} is the type that finder gave it (an NER label or a
 * gazetteer type), kept for diagnostics and evaluation.
 */
public record Mention(String text, int start, int end, int sentence, MentionKind kind, String label) {
  public Mention {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention offsets " + start + ".." + end);
    }
  }

  public boolean overlaps(Mention other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(Mention other) {
    return start <= other.start && other.end <= end;
  }

  public int length() {
    return end - start;
  }
}
