package org.vigie.eval.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one sentence's IOB tags into typed token spans, the way CoNLL's {@code conlleval} does.
 *
 * <p>One rule serves both schemes. An entity starts at {@code B-X}, or at {@code I-X} when the
 * previous tag is {@code O} or has another type; it continues over {@code I-X} of the same type.
 * In IOB2 every entity opens with {@code B-}; in IOB1 (CoNLL-2003) entities open with {@code I-}
 * and {@code B-} appears only to split two adjacent entities of one type: "I-LOC I-LOC B-LOC" is
 * two locations, "Tokyo Osaka" style. Since IOB2 never has {@code I-X} after {@code O}, reading
 * IOB2 with this rule gives the same spans as a strict IOB2 reader, and a stray {@code I-X} still
 * becomes an entity instead of being lost.
 */
public final class IobDecoder {
  private IobDecoder() {}

  /**
   * Decodes {@code tags}, one per token.
   *
   * @throws IllegalArgumentException naming the token index when a tag is not {@code O},
   *     {@code B-TYPE} or {@code I-TYPE}
   */
  public static List<TypedSpan> decode(List<String> tags) {
    List<TypedSpan> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      if (tag.equals("O")) {
        if (type != null) {
          spans.add(new TypedSpan(start, i, type));
          type = null;
        }
        continue;
      }
      if (tag.length() < 3 || tag.charAt(1) != '-' || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I')) {
        throw new IllegalArgumentException("token " + i + ": tag '" + tag + "' is not O, B-TYPE or I-TYPE");
      }
      String tagType = tag.substring(2);
      boolean continues = tag.charAt(0) == 'I' && tagType.equals(type);
      if (!continues) {
        if (type != null) {
          spans.add(new TypedSpan(start, i, type));
        }
        start = i;
        type = tagType;
      }
    }
    if (type != null) {
      spans.add(new TypedSpan(start, tags.size(), type));
    }
    return spans;
  }
}
