package org.vigie.eval.suite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.vigie.eval.score.Counts;
import org.vigie.model.Event;

/**
 * Compares system events with the gold codings of suite records.
 *
 * <p><b>Exact coding</b>: a gold coding is found when a system event of the same record has the
 * same source and target ({@link ActorMatch}) and the same CAMEO root (first two digits); for a gold
 * coding without a CAMEO code (plover-gsr), the same PLOVER type instead. <b>Full code</b>: same
 * actors and the same whole CAMEO code, over the gold codings that have one. Each system event can
 * account for one gold coding only: the count is a maximum one-to-one matching, so two identical
 * gold codings need two events.
 *
 * <p><b>PLOVER types</b>: per record, gold codings and system events are counted by type and the
 * smaller count is correct (actors are not compared here; the exact rate does that). An event's
 * type is its {@code plover} (old names renamed), else the type of its {@code cameo}. Records whose
 * gold expects no event still count: every system event there is a false positive. Codings and
 * events without a type are counted apart and left out of the micro average.
 */
public final class SuiteScorer {
  /** The bucket of codings and events without a type (no real type is blank). */
  private static final String NO_TYPE = "";

  private final ActorMatch actors;
  private final CameoPlover types;

  public SuiteScorer(ActorMatch actors, CameoPlover types) {
    this.actors = Objects.requireNonNull(actors, "actors");
    this.types = Objects.requireNonNull(types, "types");
  }

  /**
   * Scores {@code events.get(i)} against {@code records.get(i)}.
   *
   * @param failures how many records the pipeline failed on (their events are given as empty)
   */
  public SuiteScores score(String suite, List<SuiteRecord> records, List<List<Event>> events, int failures) {
    if (records.size() != events.size()) {
      throw new IllegalArgumentException(records.size() + " records but " + events.size() + " event lists");
    }
    int noEventRecords = 0;
    int gold = 0;
    int system = 0;
    int exact = 0;
    int fullGold = 0;
    int full = 0;
    int spurious = 0;
    Map<String, int[]> byType = new TreeMap<>();
    int[] untyped = new int[3];
    Map<String, int[]> byCategory = new TreeMap<>();
    List<SuiteScores.RecordErrors> errors = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      SuiteRecord record = records.get(i);
      List<Event> predicted = events.get(i);
      gold += record.codings().size();
      system += predicted.size();
      if (record.expectsNoEvent()) {
        noEventRecords++;
        spurious += predicted.size();
      }
      Matching found = matching(record.codings(), predicted, this::sameRootOrType);
      exact += found.size();
      // records, records coded exactly (every coding found, no extra event), gold codings, found
      int[] category = byCategory.computeIfAbsent(Objects.requireNonNullElse(record.category(), "-"), c -> new int[4]);
      boolean right = found.size() == record.codings().size() && predicted.size() == found.size();
      category[0]++;
      category[1] += right ? 1 : 0;
      category[2] += record.codings().size();
      category[3] += found.size();
      if (!right) {
        errors.add(errors(record, predicted, found));
      }
      List<GoldCoding> withCameo = record.codings().stream().filter(c -> c.cameo() != null).toList();
      fullGold += withCameo.size();
      full += matching(withCameo, predicted, this::sameCode).size();
      countTypes(record, predicted, byType, untyped);
    }
    Map<String, Counts> counts = new TreeMap<>();
    byType.forEach((type, c) -> counts.put(type, new Counts(c[0], c[1], c[2])));
    Map<String, SuiteScores.CategoryCounts> categories = new TreeMap<>();
    byCategory.forEach((name, c) -> categories.put(name, new SuiteScores.CategoryCounts(c[0], c[1], c[2], c[3])));
    return new SuiteScores(suite, records.size(), noEventRecords, gold, system, exact, fullGold, full,
        spurious, failures, counts, new Counts(untyped[0], untyped[1], untyped[2]), categories, errors);
  }

  /** What one record got wrong: the gold codings not found, the events that found none. */
  private static SuiteScores.RecordErrors errors(SuiteRecord record, List<Event> predicted, Matching found) {
    List<String> missed = new ArrayList<>();
    for (int g = 0; g < record.codings().size(); g++) {
      if (!found.gold()[g]) {
        GoldCoding coding = record.codings().get(g);
        missed.add(coding.source() + " -> " + coding.target() + " " + coding.cameo());
      }
    }
    List<String> extra = new ArrayList<>();
    for (int e = 0; e < predicted.size(); e++) {
      if (!found.events()[e]) {
        Event event = predicted.get(e);
        extra.add(actor(event.source()) + " -> " + actor(event.target()) + " " + event.cameo() + " (" + event.rule() + ")");
      }
    }
    return new SuiteScores.RecordErrors(record.id(), record.category(), record.text(), missed, extra);
  }

  private static String actor(org.vigie.model.ActorRef actor) {
    return actor == null ? "-" : actor.actor() + (actor.name() == null ? "" : " \"" + actor.name() + "\"");
  }

  private boolean sameActors(GoldCoding coding, Event event) {
    return actors.matches(coding.source(), event.source()) && actors.matches(coding.target(), event.target());
  }

  private boolean sameRootOrType(GoldCoding coding, Event event) {
    if (!sameActors(coding, event)) {
      return false;
    }
    if (coding.cameo() != null) {
      String root = coding.cameoRoot();
      return event.cameo() != null && event.cameo().trim().startsWith(root);
    }
    return coding.plover() != null && coding.plover().equals(typeOf(event));
  }

  private boolean sameCode(GoldCoding coding, Event event) {
    return sameActors(coding, event) && event.cameo() != null && event.cameo().trim().equals(coding.cameo());
  }

  /** The PLOVER type of a system event, or null. */
  String typeOf(Event event) {
    String plover = CameoPlover.normalize(event.plover());
    return plover != null ? plover : types.typeOf(event.cameo());
  }

  private void countTypes(SuiteRecord record, List<Event> predicted, Map<String, int[]> byType, int[] untyped) {
    Map<String, Integer> goldTypes = new HashMap<>();
    Map<String, Integer> systemTypes = new HashMap<>();
    record.codings().forEach(c -> goldTypes.merge(Objects.requireNonNullElse(c.plover(), NO_TYPE), 1, Integer::sum));
    predicted.forEach(e -> systemTypes.merge(Objects.requireNonNullElse(typeOf(e), NO_TYPE), 1, Integer::sum));
    Map<String, Integer> all = new HashMap<>(goldTypes);
    systemTypes.forEach((type, n) -> all.putIfAbsent(type, 0));
    for (String type : all.keySet()) {
      int g = goldTypes.getOrDefault(type, 0);
      int s = systemTypes.getOrDefault(type, 0);
      int[] counts = type.equals(NO_TYPE) ? untyped : byType.computeIfAbsent(type, t -> new int[3]);
      counts[0] += g;
      counts[1] += s;
      counts[2] += Math.min(g, s);
    }
  }

  /** A maximum one-to-one matching: which gold codings and which events it pairs. */
  private record Matching(boolean[] gold, boolean[] events) {
    int size() {
      int n = 0;
      for (boolean matched : gold) {
        n += matched ? 1 : 0;
      }
      return n;
    }
  }

  /** A maximum one-to-one matching between gold codings and events (augmenting paths). */
  private static Matching matching(List<GoldCoding> gold, List<Event> events, BiPredicate<GoldCoding, Event> same) {
    List<List<Integer>> edges = new ArrayList<>();
    for (GoldCoding coding : gold) {
      List<Integer> candidates = new ArrayList<>();
      for (int e = 0; e < events.size(); e++) {
        if (same.test(coding, events.get(e))) {
          candidates.add(e);
        }
      }
      edges.add(candidates);
    }
    int[] owner = new int[events.size()];
    Arrays.fill(owner, -1);
    for (int g = 0; g < gold.size(); g++) {
      augment(g, edges, owner, new boolean[events.size()]);
    }
    boolean[] goldMatched = new boolean[gold.size()];
    boolean[] eventMatched = new boolean[events.size()];
    for (int e = 0; e < owner.length; e++) {
      if (owner[e] >= 0) {
        goldMatched[owner[e]] = true;
        eventMatched[e] = true;
      }
    }
    return new Matching(goldMatched, eventMatched);
  }

  private static boolean augment(int g, List<List<Integer>> edges, int[] owner, boolean[] visited) {
    for (int e : edges.get(g)) {
      if (!visited[e]) {
        visited[e] = true;
        if (owner[e] < 0 || augment(owner[e], edges, owner, visited)) {
          owner[e] = g;
          return true;
        }
      }
    }
    return false;
  }
}
