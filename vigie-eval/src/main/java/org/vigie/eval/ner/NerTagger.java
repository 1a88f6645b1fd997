package org.vigie.eval.ner;

import java.util.List;

/**
 * What the evaluation measures: anything that finds typed names in a text. Types may be Vigie's
 * ({@code PERSON}, {@code COUNTRY}, ...) or a model's raw labels; {@link NerTypeMapping} turns them
 * into the corpus types.
 */
@FunctionalInterface
public interface NerTagger {
  /**
   * Returns the names found in {@code text}, as character offsets into {@code text}, in any order.
   *
   * @param language ISO 639-1 code of the text, {@code "fr"} or {@code "en"}
   */
  List<CharSpan> tag(String text, String language);
}
