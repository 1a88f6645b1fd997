package org.vigie.extract.entity;

import java.util.BitSet;
import java.util.List;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/** Where tokens start and end in a document's text, for matching phrases at token boundaries. */
final class TokenBounds {
  private final BitSet starts = new BitSet();
  private final BitSet ends = new BitSet();

  TokenBounds(List<Sentence> sentences) {
    for (Sentence sentence : sentences) {
      for (Token token : sentence.tokens()) {
        starts.set(token.start());
        ends.set(token.end());
      }
    }
  }

  boolean isStart(int offset) {
    return starts.get(offset);
  }

  boolean isEnd(int offset) {
    return ends.get(offset);
  }
}
