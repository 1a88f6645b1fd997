package org.vigie.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/** A parsed sentence as a tree: each token's dependents, with their relations. */
final class SentenceGraph {
  final Sentence sentence;
  private final List<List<Token>> children;

  SentenceGraph(Sentence sentence) {
    this.sentence = sentence;
    this.children = new ArrayList<>();
    for (int i = 0; i < sentence.tokens().size(); i++) {
      children.add(new ArrayList<>());
    }
    for (Token token : sentence.tokens()) {
      if (token.head() >= 0 && token.head() < children.size()) {
        children.get(token.head()).add(token);
      }
    }
  }

  List<Token> tokens() {
    return sentence.tokens();
  }

  List<Token> children(Token token) {
    return children.get(token.index());
  }

  /** Dependents whose relation is {@code relation} or a subtype of it ("obl" matches "obl:mod"). */
  List<Token> children(Token token, String relation) {
    List<Token> result = new ArrayList<>();
    for (Token child : children(token)) {
      if (hasRelation(child, relation)) {
        result.add(child);
      }
    }
    return result;
  }

  Token head(Token token) {
    return token.head() >= 0 ? sentence.tokens().get(token.head()) : null;
  }

  static boolean hasRelation(Token token, String relation) {
    String deprel = token.deprel();
    return deprel != null && (deprel.equals(relation) || deprel.startsWith(relation + ":"));
  }

  /** The tokens of the subtree under {@code token}, in order (the token included). */
  List<Token> subtree(Token token) {
    List<Token> result = new ArrayList<>();
    collect(token, result, 0);
    result.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return result;
  }

  private void collect(Token token, List<Token> into, int depth) {
    into.add(token);
    if (depth > 40) {
      return;
    }
    for (Token child : children(token)) {
      collect(child, into, depth + 1);
    }
  }
}
