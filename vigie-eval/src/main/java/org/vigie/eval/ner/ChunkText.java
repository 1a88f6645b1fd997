package org.vigie.eval.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The text a tagger sees for a run of gold sentences, with the character offsets of every token.
 *
 * <p>Tokens are joined by one space and sentences by a blank line ({@code "\n\n"}), which every
 * sentence splitter we use treats as a sentence end. Tokens are numbered across the whole chunk:
 * the first token of sentence {@code s} is token {@link #sentenceOffset(int) sentenceOffset(s)}.
 * The joined text is not the original text ("l' océan", "Japan , China"): a tagger's score on it
 * is what it would score on detokenised news, a little lower than on the real thing.
 */
public final class ChunkText {
  private final String text;
  private final int[] tokenStarts;
  private final int[] tokenEnds;
  private final int[] sentenceOffsets;

  private ChunkText(String text, int[] tokenStarts, int[] tokenEnds, int[] sentenceOffsets) {
    this.text = text;
    this.tokenStarts = tokenStarts;
    this.tokenEnds = tokenEnds;
    this.sentenceOffsets = sentenceOffsets;
  }

  /** Joins {@code sentences} into one text. */
  public static ChunkText of(List<NerSentence> sentences) {
    StringBuilder text = new StringBuilder();
    List<int[]> offsets = new ArrayList<>();
    int[] sentenceOffsets = new int[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      if (s > 0) {
        text.append("\n\n");
      }
      sentenceOffsets[s] = offsets.size();
      List<String> tokens = sentences.get(s).tokens();
      for (int t = 0; t < tokens.size(); t++) {
        if (t > 0) {
          text.append(' ');
        }
        int start = text.length();
        text.append(tokens.get(t));
        offsets.add(new int[] {start, text.length()});
      }
    }
    int[] starts = offsets.stream().mapToInt(o -> o[0]).toArray();
    int[] ends = offsets.stream().mapToInt(o -> o[1]).toArray();
    return new ChunkText(text.toString(), starts, ends, sentenceOffsets);
  }

  public String text() {
    return text;
  }

  public int tokenCount() {
    return tokenStarts.length;
  }

  /** Character offset where chunk token {@code token} starts. */
  public int tokenStart(int token) {
    return tokenStarts[token];
  }

  /** Character offset just after chunk token {@code token}. */
  public int tokenEnd(int token) {
    return tokenEnds[token];
  }

  /** Chunk token number of the first token of sentence {@code sentence}. */
  public int sentenceOffset(int sentence) {
    return sentenceOffsets[sentence];
  }

  /**
   * The chunk tokens that {@code span} touches, with its type: a span that starts or ends inside a
   * token is widened to the whole token ("Paris" tagged in "Paris-Nord" covers the token
   * "Paris-Nord"). Empty when the span covers only spaces or lies outside the text.
   */
  public Optional<TypedSpan> snap(CharSpan span) {
    if (span.end() > text.length()) {
      return Optional.empty();
    }
    // First token ending after span.start, last token starting before span.end.
    int first = firstAbove(tokenEnds, span.start());
    int last = firstAbove(tokenStarts, span.end() - 1) - 1;
    if (first > last) {
      return Optional.empty();
    }
    return Optional.of(new TypedSpan(first, last + 1, span.type()));
  }

  /** Index of the first value greater than {@code key} in ascending {@code values}. */
  private static int firstAbove(int[] values, int key) {
    int i = Arrays.binarySearch(values, key);
    // Values are strictly ascending, so an exact hit is unique.
    return i >= 0 ? i + 1 : -i - 1;
  }
}
