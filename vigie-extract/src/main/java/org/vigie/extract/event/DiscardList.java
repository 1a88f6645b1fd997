package org.vigie.extract.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.vigie.extract.DictionaryLines;

/**
 * A user's discard list in the PETRARCH/TABARI format ({@code *.discards.txt}): phrases that mark a
 * sentence as off-topic ({@code BASEBALL}: the sentence codes no event) or, written with a leading
 * {@code +}, a whole story ({@code +TYPHOON}: the article codes no event). Phrases match whole words,
 * in any case; {@code _} stands for a space; {@code #} and {@code <!-- -->} are comments.
 */
public final class DiscardList {
  private final List<Pattern> sentencePhrases;
  private final List<Pattern> storyPhrases;

  private DiscardList(List<Pattern> sentencePhrases, List<Pattern> storyPhrases) {
    this.sentencePhrases = List.copyOf(sentencePhrases);
    this.storyPhrases = List.copyOf(storyPhrases);
  }

  /** Reads a discard file; an unreadable file fails. */
  public static DiscardList read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  static DiscardList parse(List<String> lines) {
    List<Pattern> sentence = new ArrayList<>();
    List<Pattern> story = new ArrayList<>();
    for (String uncommented : DictionaryLines.uncommented(lines)) {
      String line = uncommented.strip();
      boolean wholeStory = line.startsWith("+");
      String phrase = (wholeStory ? line.substring(1) : line).replace('_', ' ').strip();
      if (phrase.isEmpty()) {
        continue;
      }
      String words = String.join("\\s+", java.util.Arrays.stream(phrase.split("\\s+")).map(Pattern::quote).toList());
      (wholeStory ? story : sentence).add(Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    return new DiscardList(sentence, story);
  }

  /** The number of phrases. */
  public int size() {
    return sentencePhrases.size() + storyPhrases.size();
  }

  /** Whether a story-level phrase occurs in the article's text. */
  public boolean discardsStory(String text) {
    return storyPhrases.stream().anyMatch(p -> p.matcher(text).find());
  }

  /** Whether a phrase of either level occurs in the sentence. */
  public boolean discardsSentence(String sentence) {
    return discardsStory(sentence) || sentencePhrases.stream().anyMatch(p -> p.matcher(sentence).find());
  }
}
