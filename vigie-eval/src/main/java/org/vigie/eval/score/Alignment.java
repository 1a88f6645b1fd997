package org.vigie.eval.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * A one-to-one matching of system items to gold items.
 *
 * <p>It is a maximum bipartite matching (Kuhn's augmenting paths), so the scores do not depend on
 * the order in which the system lists its events. Gold items are matched required ones first: an
 * augmenting path never unmatches a gold item, so the matching holds as many required gold items
 * as any matching can, then as many optional ones as remain possible. A system item matched to an
 * optional gold item is left out of the counts; an unmatched system item is a false positive, a
 * duplicate when it would have matched a gold item already taken.
 */
public final class Alignment {
  private final boolean[] required;
  private final int[] goldOfSystem;
  private final int[] systemOfGold;

  private Alignment(boolean[] required, int[] goldOfSystem, int[] systemOfGold) {
    this.required = required;
    this.goldOfSystem = goldOfSystem;
    this.systemOfGold = systemOfGold;
  }

  public static <G, S> Alignment of(List<G> gold, List<S> system, BiPredicate<G, S> matches, Predicate<G> isRequired) {
    boolean[][] edges = new boolean[gold.size()][system.size()];
    for (int g = 0; g < gold.size(); g++) {
      for (int s = 0; s < system.size(); s++) {
        edges[g][s] = matches.test(gold.get(g), system.get(s));
      }
    }
    boolean[] required = new boolean[gold.size()];
    List<Integer> order = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      required[g] = isRequired.test(gold.get(g));
      if (required[g]) {
        order.add(g);
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!required[g]) {
        order.add(g);
      }
    }
    int[] goldOfSystem = new int[system.size()];
    int[] systemOfGold = new int[gold.size()];
    Arrays.fill(goldOfSystem, -1);
    Arrays.fill(systemOfGold, -1);
    for (int g : order) {
      augment(g, edges, goldOfSystem, systemOfGold, new boolean[system.size()]);
    }
    return new Alignment(required, goldOfSystem, systemOfGold);
  }

  private static boolean augment(int g, boolean[][] edges, int[] goldOfSystem, int[] systemOfGold, boolean[] seen) {
    for (int s = 0; s < goldOfSystem.length; s++) {
      if (edges[g][s] && !seen[s]) {
        seen[s] = true;
        if (goldOfSystem[s] < 0 || augment(goldOfSystem[s], edges, goldOfSystem, systemOfGold, seen)) {
          goldOfSystem[s] = g;
          systemOfGold[g] = s;
          return true;
        }
      }
    }
    return false;
  }

  /** The gold item this system item is matched to, or -1. */
  public int goldOf(int system) {
    return goldOfSystem[system];
  }

  /** The system item matched to this gold item, or -1. */
  public int systemOf(int gold) {
    return systemOfGold[gold];
  }

  public boolean required(int gold) {
    return required[gold];
  }

  /** True when this system item counts for precision (it is not matched to an optional gold item). */
  public boolean counted(int system) {
    int g = goldOfSystem[system];
    return g < 0 || required[g];
  }

  public Counts counts() {
    return counts(g -> true, s -> true);
  }

  /** The counts over the gold and system items the filters keep (e.g. one PLOVER type). */
  public Counts counts(IntPredicate goldKept, IntPredicate systemKept) {
    int gold = 0;
    for (int g = 0; g < required.length; g++) {
      if (required[g] && goldKept.test(g)) {
        gold++;
      }
    }
    int system = 0;
    int matched = 0;
    for (int s = 0; s < goldOfSystem.length; s++) {
      if (systemKept.test(s) && counted(s)) {
        system++;
        int g = goldOfSystem[s];
        if (g >= 0 && goldKept.test(g)) {
          matched++;
        }
      }
    }
    return new Counts(gold, system, matched);
  }
}
