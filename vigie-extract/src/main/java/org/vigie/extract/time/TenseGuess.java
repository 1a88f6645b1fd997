package org.vigie.extract.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.lang.Tsv;

/**
 * A guess of the tense of the clause around a temporal expression, from the words of the sentence
 * alone, for callers without a dependency parse (the TimeML suites, quick scripts). Callers that
 * have a parse should take the tense of the verb that governs the expression instead.
 *
 * <p>How: the cues of {@code lang/LANG/tense.tsv} (auxiliaries "a", "ont", "avait", "will", "was";
 * endings "-ait", "-ra", "-ed", not after "be"; words such as "hier", "demain", "next", "prévu",
 * "due") are looked for in the same
 * sentence, and the cue nearest to the expression (outside it) decides. Limits: it does not know
 * clauses (a cue of the main clause decides for a subordinate one), it takes the present perfect and
 * "a" as past ("il a 20 ans" is present), it misreads words that merely end like a verb ("Sahara",
 * "need") and it sees no tense in a sentence without any cue: then UNKNOWN. Never throws.
 */
public final class TenseGuess {
  private static final Pattern WORD = Pattern.compile("[\\p{L}'’]+(?:-[\\p{L}]+)*");
  private static final Map<String, Cues> CUES = new ConcurrentHashMap<>();

  private record Cues(Map<String, Tense> words, Map<String, Tense> suffixes, java.util.Set<String> shields) {
  }

  private TenseGuess() {
  }

  /**
   * The tense of the clause of the expression at [{@code start}, {@code end}) of {@code sentence}.
   *
   * @param language ISO 639-1 code ("fr", "en")
   * @param sentence the sentence's text (offsets refer to it)
   * @param start first character of the expression
   * @param end end of the expression
   * @return PAST, FUTURE, or UNKNOWN when no cue is found
   */
  public static Tense guess(String language, String sentence, int start, int end) {
    if (sentence == null || sentence.isEmpty()) {
      return Tense.UNKNOWN;
    }
    try {
      Cues cues = cues(language);
      List<int[]> found = new ArrayList<>(); // {distance, tense ordinal}
      Matcher m = WORD.matcher(sentence);
      String previous = "";
      while (m.find()) {
        String word = m.group().replace('’', '\'');
        boolean shielded = cues.shields().contains(previous);
        previous = word.toLowerCase(Locale.ROOT);
        if (m.start() < end && m.end() > start) {
          continue; // the expression's own words ("vendredi dernier") are read by the resolver
        }
        Tense tense = cueOf(cues, word, shielded);
        if (tense != null) {
          // the verb usually comes before its time adverbial ("a annoncé lundi", "met on Monday"): a cue
          // after the expression counts as twice as far
          int distance = m.end() <= start ? start - m.end() : 2 * (m.start() - end);
          found.add(new int[] {distance, tense.ordinal()});
        }
      }
      int[] nearest = null;
      for (int[] cue : found) {
        if (nearest == null || cue[0] < nearest[0]) {
          nearest = cue;
        }
      }
      return nearest == null ? Tense.UNKNOWN : Tense.values()[nearest[1]];
    } catch (RuntimeException e) {
      return Tense.UNKNOWN;
    }
  }

  private static Tense cueOf(Cues cues, String word, boolean shielded) {
    String w = word.toLowerCase(Locale.ROOT); // "FERA" in a headline is "fera"
    Tense tense = cues.words().get(w);
    if (tense != null) {
      return tense;
    }
    if (shielded || Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT))) {
      return null; // endings are read on common words only: "Ahmed", "Sahara" are names
    }
    for (Map.Entry<String, Tense> suffix : cues.suffixes().entrySet()) {
      if (w.length() >= suffix.getKey().length() + 2 && w.endsWith(suffix.getKey())) {
        return suffix.getValue();
      }
    }
    return null;
  }

  private static Cues cues(String language) {
    String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
    return CUES.computeIfAbsent(lang, k -> {
      Map<String, Tense> words = new HashMap<>();
      Map<String, Tense> suffixes = new HashMap<>();
      java.util.Set<String> shields = new java.util.HashSet<>();
      String resource = "/lang/" + k + "/tense.tsv";
      if (k.matches("[a-z]{2,3}") && Tsv.exists(resource)) {
        for (Tsv.Row row : Tsv.rows(resource)) {
          if (row.get("match").equals("shield")) {
            shields.add(row.get("form"));
            continue;
          }
          Tense tense = Tense.valueOf(row.get("tense"));
          (row.get("match").equals("suffix") ? suffixes : words).put(row.get("form"), tense);
        }
      }
      return new Cues(Map.copyOf(words), Map.copyOf(suffixes), java.util.Set.copyOf(shields));
    });
  }
}
