package org.vigie.extract.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.vigie.model.Token;

/**
 * The lemmas a token may have, for looking it up in the predicate lexicon. English tokens carry
 * CoreNLP's lemma; French ones carry none (CoreNLP 4.5.10 has no French lemmatizer), so French verb
 * forms are mapped to the infinitives of the lexicon's verbs by conjugation rules, and nouns are
 * reduced to the singular.
 */
final class Lemmas {
  private final Function<String, Set<String>> verbForms;
  private final Function<Token, Set<String>> kinds;

  private Lemmas(Function<String, Set<String>> verbForms, Function<Token, Set<String>> kinds) {
    this.verbForms = verbForms;
    this.kinds = kinds;
  }

  static Lemmas english() {
    return new Lemmas(form -> Set.of(), token -> Set.of());
  }

  static Lemmas french(Function<String, Set<String>> verbForms) {
    return new Lemmas(verbForms, token -> Set.of());
  }

  /**
   * These lemmas plus the kinds of party a token names in one document, written {@code @kind}
   * ({@code @igo}), which a lexicon row may require as a dependent: "se retirer obl=@igo".
   */
  Lemmas withKinds(Function<Token, Set<String>> kinds) {
    return new Lemmas(verbForms, kinds);
  }

  Set<String> of(Token token) {
    Set<String> result = new LinkedHashSet<>();
    String word = token.text().toLowerCase(Locale.ROOT).replace('’', '\'');
    if (token.lemma() != null) {
      result.add(token.lemma().toLowerCase(Locale.ROOT));
    }
    result.add(word);
    result.addAll(kinds.apply(token));
    String pos = token.pos() == null ? "" : token.pos();
    if (pos.equals("VERB") || pos.equals("AUX") || pos.equals("ADJ")) {
      result.addAll(verbForms.apply(word));
    }
    if (pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ")) {
      result.addAll(singulars(word));
    }
    if (pos.equals("ADJ")) {
      for (String singular : List.copyOf(result)) {
        result.addAll(masculines(singular));
      }
    }
    return result;
  }

  /** French feminine adjectives to the masculine: "martiale" → "martial", "financière" → "financier", "conjointe" → "conjoint". */
  static Set<String> masculines(String word) {
    Set<String> result = new LinkedHashSet<>();
    if (word.length() < 4) {
      return result;
    }
    if (word.endsWith("ière")) {
      result.add(word.substring(0, word.length() - 4) + "ier");
    } else if (word.endsWith("ive")) {
      result.add(word.substring(0, word.length() - 3) + "if");
    } else if (word.endsWith("euse")) {
      result.add(word.substring(0, word.length() - 4) + "eux");
    } else if (word.endsWith("elle") || word.endsWith("enne")) {
      result.add(word.substring(0, word.length() - 2));
    }
    if (word.endsWith("e")) {
      result.add(word.substring(0, word.length() - 1));
    }
    return result;
  }

  /** "négociations" → "négociation", "généraux" → "général", "sanctions" → "sanction". */
  static Set<String> singulars(String word) {
    Set<String> result = new LinkedHashSet<>();
    if (word.endsWith("aux") && word.length() > 4) {
      result.add(word.substring(0, word.length() - 3) + "al");
    }
    if ((word.endsWith("s") || word.endsWith("x")) && word.length() > 3) {
      result.add(word.substring(0, word.length() - 1));
    }
    if (word.endsWith("ies") && word.length() > 4) {
      result.add(word.substring(0, word.length() - 3) + "y");
    }
    return result;
  }
}
