package org.vigie.eval.suite;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.vigie.model.Document;
import org.vigie.model.Event;

/**
 * The public event-coding suites Vigie is scored on, by name:
 *
 * <ul>
 *   <li>{@code petrarch2-unit}: the PETRARCH-2 unit tests, toy world (Arnor, Gondor …) included;
 *   <li>{@code petrarch2-gsr}: the PETRARCH-2 validation records of UniversalPetrarch (real AFP
 *       sentences, 2008);
 *   <li>{@code plover-gsr}: the PLOVER gold records (CAMEO manual examples recoded in PLOVER).
 * </ul>
 *
 * <p>Files are read under the team's shared folder ({@code shared/data/…}); gold CAMEO codes get
 * their PLOVER type from {@code data/cameo/cameo_event_codebook.tsv} and actors are compared with
 * the role codes of {@code data/cameo/cameo_actor_role_codes.tsv} ({@link ActorMatch}).
 */
public final class Suites {
  private record Suite(String file, Function<String, List<SuiteRecord>> reader) {
  }

  private static final Map<String, Suite> SUITES = new LinkedHashMap<>();

  static {
    SUITES.put("petrarch2-unit", new Suite("data/event_coding_tests/petrarch2/PETR.UnitTest.records.xml", PetrarchXml::read));
    SUITES.put("petrarch2-gsr", new Suite("data/event_coding_tests/universalpetrarch/PETR2_GSR_validation.xml", PetrarchXml::read));
    SUITES.put("plover-gsr", new Suite("data/plover/PLOVER_GSR_CAMEO.txt", PloverGsr::read));
  }

  static final String CODEBOOK = "data/cameo/cameo_event_codebook.tsv";
  static final String ROLE_CODES = "data/cameo/cameo_actor_role_codes.tsv";

  private Suites() {
  }

  /** The suite names, in the order they are listed. */
  public static List<String> names() {
    return List.copyOf(SUITES.keySet());
  }

  private static final String VALIDATION_DICTIONARIES = "data/event_coding_tests/petrarch2/validation_dictionaries/";

  /**
   * The actor dictionary a suite was written for, or null: the PETRARCH2 unit tests code fictional
   * actors (Arnor, Gondor…) from their own validation dictionary.
   */
  public static Path actorDictionary(String name, Path shared) {
    return validationDictionary(name, shared, "PETR.Validate.actors.txt");
  }

  /**
   * The agents dictionary a suite was written for, or null: the PETRARCH2 unit tests code agent nouns
   * ("security officials", "police") with their own validation agents.
   */
  public static Path agentDictionary(String name, Path shared) {
    return validationDictionary(name, shared, "PETR.Validate.agents.txt");
  }

  /**
   * The discard list a suite was written for, or null: the PETRARCH2 unit tests expect no event from
   * sentences about sports and storms ("baseball", "+typhoon").
   */
  public static Path discardList(String name, Path shared) {
    return validationDictionary(name, shared, "PETR.Validate.discards.txt");
  }

  /**
   * The verb dictionary a suite was written for, or null: the PETRARCH2 unit tests expect the codes
   * and patterns of their own validation verbs ("abandon full diplomatic ties" is 901 there).
   */
  public static Path verbDictionary(String name, Path shared) {
    return validationDictionary(name, shared, "PETR.Validate.verbs.txt");
  }

  private static Path validationDictionary(String name, Path shared, String file) {
    if (!"petrarch2-unit".equals(name)) {
      return null;
    }
    Path path = shared.resolve(VALIDATION_DICTIONARIES + file);
    return Files.isRegularFile(path) ? path : null;
  }

  /** The files a suite needs under {@code shared}: its own, then the codebook and the role codes. */
  public static List<Path> files(String name, Path shared) {
    return List.of(shared.resolve(suite(name).file()), shared.resolve(CODEBOOK), shared.resolve(ROLE_CODES));
  }

  /**
   * The records of suite {@code name}, with each gold coding's PLOVER type.
   *
   * @throws IllegalArgumentException for an unknown name
   * @throws UncheckedIOException when a file cannot be read (a {@link NoSuchFileException} naming it
   *     when it is missing)
   */
  public static List<SuiteRecord> load(String name, Path shared) {
    Suite suite = suite(name);
    CameoPlover types = CameoPlover.load(existing(shared.resolve(CODEBOOK)));
    List<SuiteRecord> records = suite.reader().apply(read(shared.resolve(suite.file())));
    return records.stream().map(r -> r.withPloverTypes(types)).toList();
  }

  /**
   * Runs {@code pipeline} on each record of suite {@code name} (an English document with the record's
   * date as publication date) and prints its scores, as a table or as JSON.
   *
   * @return 0 when scored, 1 when a file is missing or unreadable, 2 for an unknown suite name
   */
  public static int run(String name, Path shared, UnaryOperator<Document> pipeline, PrintStream out, boolean json) {
    return run(name, shared, pipeline, out, json, false);
  }

  /** As {@link #run(String, Path, UnaryOperator, PrintStream, boolean)}; {@code showErrors} lists the records not coded exactly. */
  public static int run(String name, Path shared, UnaryOperator<Document> pipeline, PrintStream out, boolean json,
                        boolean showErrors) {
    Objects.requireNonNull(pipeline, "pipeline");
    if (!SUITES.containsKey(name)) {
      out.println("unknown suite '" + name + "'; suites: " + String.join(", ", names()));
      return 2;
    }
    for (Path file : files(name, shared)) {
      if (!Files.isRegularFile(file)) {
        out.println("suite " + name + ": missing file " + file.toAbsolutePath().normalize()
            + " (set the shared folder, e.g. -Dvigie.shared=/path/to/shared)");
        return 1;
      }
    }
    SuiteScores scores;
    try {
      scores = score(name, shared, pipeline);
    } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      out.println("suite " + name + ": " + e.getMessage());
      return 1;
    }
    out.print(json ? scores.formatJson() + System.lineSeparator() : scores.format(showErrors));
    return 0;
  }

  /**
   * Runs {@code pipeline} on every record of suite {@code name} and scores its events.
   *
   * @throws IllegalArgumentException for an unknown suite
   * @throws UncheckedIOException when a file cannot be read
   */
  public static SuiteScores score(String name, Path shared, UnaryOperator<Document> pipeline) {
    suite(name);
    List<SuiteRecord> records = load(name, shared);
    SuiteScorer scorer = new SuiteScorer(ActorMatch.load(shared.resolve(ROLE_CODES)), CameoPlover.load(shared.resolve(CODEBOOK)));
    List<List<Event>> events = new ArrayList<>();
    int failures = 0;
    for (SuiteRecord record : records) {
      Document doc = Document.of(record.id(), record.text()).withLanguage("en");
      if (record.date() != null) {
        doc = doc.withPublished(record.date());
      }
      try {
        Document result = pipeline.apply(doc);
        events.add(result == null ? List.of() : result.events());
      } catch (RuntimeException e) {
        // One sentence that breaks the pipeline must not stop the suite: it scores as "no event".
        failures++;
        events.add(List.of());
      }
    }
    return scorer.score(name, records, events, failures);
  }

  private static Suite suite(String name) {
    Suite suite = SUITES.get(name);
    if (suite == null) {
      throw new IllegalArgumentException("unknown suite '" + name + "'; suites: " + String.join(", ", names()));
    }
    return suite;
  }

  private static Path existing(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UncheckedIOException("missing file " + file, new NoSuchFileException(file.toString()));
    }
    return file;
  }

  private static String read(Path file) {
    try {
      return Files.readString(existing(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
