package org.vigie.model;

/**
 * One token of a sentence: a view on {@code text.substring(start, end)} of its document, with the
 * annotations the NLP layer gave it. {@code head} is the index within the sentence of the syntactic
 * head (-1 for the root, or when the sentence was not parsed); {@code deprel} is the Universal
 * Dependencies relation to it (null when not parsed). {@code ner} is the raw NER label ("O" outside).
 */
public record Token(int index, String text, int start, int end, String pos, String lemma, String ner,
                    int head, String deprel) {
  public Token {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token offsets " + start + ".." + end);
    }
  }
}
