package org.vigie.eval.suite;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.vigie.extract.time.ResolvedTimex;
import org.vigie.extract.time.Tense;
import org.vigie.extract.time.TenseGuess;
import org.vigie.extract.time.Timex;
import org.vigie.extract.time.TimexReader;
import org.vigie.extract.time.TimexResolver;

/**
 * The public temporal-expression suites Vigie's time reader is scored on, by name:
 *
 * <ul>
 *   <li>{@code timebank-fr}: French TimeBank 1.1 ({@code data/timex/fr_timebank_1.1/Data/*.tml});
 *   <li>{@code tempeval3}: the TempEval-3 platinum test set
 *       ({@code data/timex/tempeval3_en/te3-platinum/*.tml}).
 * </ul>
 *
 * <p>Each document's text is read by {@link TimexReader}; each expression is resolved with the
 * document's creation time as reference date and the tense {@link TenseGuess} gives for its
 * sentence. Scored: gold TIMEX3 of type DATE (the creation time excluded); a gold DATE is found when
 * a system expression overlaps its span, and its value is correct when the first overlapping
 * expression's value equals the gold value ({@link #sameValue}).
 */
public final class TimexSuites {
  private record Suite(String folder, String language) {
  }

  private static final Map<String, Suite> SUITES = new LinkedHashMap<>();

  static {
    SUITES.put("timebank-fr", new Suite("data/timex/fr_timebank_1.1/Data", "fr"));
    SUITES.put("tempeval3", new Suite("data/timex/tempeval3_en/te3-platinum", "en"));
  }

  private TimexSuites() {
  }

  /** The suite names. */
  public static List<String> names() {
    return List.copyOf(SUITES.keySet());
  }

  /** Whether {@code name} is a temporal-expression suite. */
  public static boolean isSuite(String name) {
    return SUITES.containsKey(name);
  }

  /** The folder of {@code .tml} files of suite {@code name} under {@code shared}. */
  public static Path folder(String name, Path shared) {
    return shared.resolve(suite(name).folder());
  }

  /**
   * Scores suite {@code name} and prints the result, as a table or JSON.
   *
   * @return 0 when scored, 1 when the folder is missing or a file unreadable, 2 for an unknown name
   */
  public static int run(String name, Path shared, PrintStream out, boolean json, boolean showErrors) {
    if (!SUITES.containsKey(name)) {
      out.println("unknown suite '" + name + "'; suites: " + String.join(", ", names()));
      return 2;
    }
    Path folder = folder(name, shared);
    if (!Files.isDirectory(folder)) {
      out.println("suite " + name + ": missing folder " + folder.toAbsolutePath().normalize()
          + " (set the shared folder, e.g. --shared DIR or -Dvigie.shared=/path/to/shared)");
      return 1;
    }
    TimexScores scores;
    try {
      scores = score(name, shared);
    } catch (UncheckedIOException e) {
      out.println("suite " + name + ": " + e.getMessage());
      return 1;
    }
    out.print(json ? scores.formatJson() + System.lineSeparator() : scores.format(showErrors));
    return 0;
  }

  /**
   * Reads and scores every document of suite {@code name}.
   *
   * @throws IllegalArgumentException for an unknown name
   * @throws UncheckedIOException when the folder or a file cannot be read
   */
  public static TimexScores score(String name, Path shared) {
    Suite suite = suite(name);
    List<TimeMlDocument> documents = new ArrayList<>();
    for (Path file : files(shared.resolve(suite.folder()))) {
      documents.add(TimeMlDocument.read(file));
    }
    return score(name, suite.language(), documents);
  }

  /** Scores {@code documents} in {@code language}. */
  public static TimexScores score(String name, String language, List<TimeMlDocument> documents) {
    TimexReader reader = TimexReader.forLanguage(language);
    int gold = 0;
    int found = 0;
    int correct = 0;
    List<TimexScores.Miss> errors = new ArrayList<>();
    for (TimeMlDocument document : documents) {
      List<Timex> system = reader.find(document.text());
      for (TimeMlDocument.GoldTimex goldTimex : document.timexes()) {
        if (!"DATE".equals(goldTimex.type())) {
          continue;
        }
        gold++;
        Timex match = system.stream().filter(t -> t.start() < goldTimex.end() && goldTimex.start() < t.end())
            .findFirst().orElse(null);
        if (match == null) {
          errors.add(new TimexScores.Miss(document.id(), goldTimex.text(), goldTimex.value(), null, null, null,
              context(document.text(), goldTimex.start(), goldTimex.end())));
          continue;
        }
        found++;
        int[] sentence = sentence(document.text(), match.start(), match.end());
        String sentenceText = document.text().substring(sentence[0], sentence[1]);
        Tense tense = TenseGuess.guess(language, sentenceText, match.start() - sentence[0], match.end() - sentence[0]);
        ResolvedTimex resolved = TimexResolver.resolve(match, document.creationTime(), tense);
        if (sameValue(goldTimex.value(), resolved.value())) {
          correct++;
        } else {
          errors.add(new TimexScores.Miss(document.id(), goldTimex.text(), goldTimex.value(), match.text(),
              resolved.value(), tense, context(document.text(), goldTimex.start(), goldTimex.end())));
        }
      }
    }
    return new TimexScores(name, documents.size(), gold, found, correct, errors);
  }

  /**
   * Whether a system value equals a gold value as TimeML compares them: the same string, where a
   * decade may be written with or without its trailing X ({@code 196X} = {@code 196}).
   */
  public static boolean sameValue(String gold, String system) {
    if (gold == null || system == null) {
      return false;
    }
    if (gold.equals(system)) {
      return true;
    }
    return gold.matches("\\d{1,3}X+") && gold.replaceAll("X+$", "").equals(system.replaceAll("X+$", ""));
  }

  /** The bounds of the sentence around [start, end): from the last sentence end before it to the next after. */
  static int[] sentence(String text, int start, int end) {
    int from = start;
    while (from > 0 && !isBoundary(text, from - 1)) {
      from--;
    }
    int to = end;
    while (to < text.length() && !isBoundary(text, to)) {
      to++;
    }
    return new int[] {from, Math.min(text.length(), to + (to < text.length() ? 1 : 0))};
  }

  private static boolean isBoundary(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n' || c == '!' || c == '?') {
      return true;
    }
    // a full stop ends a sentence when a space and a capital follow ("Dec. 12" does not)
    return c == '.' && i + 2 < text.length() && Character.isWhitespace(text.charAt(i + 1))
        && Character.isUpperCase(text.charAt(i + 2)) && !(i > 0 && Character.isUpperCase(text.charAt(i - 1)));
  }

  private static String context(String text, int start, int end) {
    int from = Math.max(0, start - 60);
    int to = Math.min(text.length(), end + 40);
    return (text.substring(from, start) + "[" + text.substring(start, end) + "]" + text.substring(end, to))
        .replaceAll("\\s+", " ");
  }

  private static List<Path> files(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static Suite suite(String name) {
    Suite suite = SUITES.get(name);
    if (suite == null) {
      throw new IllegalArgumentException("unknown suite '" + name + "'; suites: " + String.join(", ", names()));
    }
    return suite;
  }
}
