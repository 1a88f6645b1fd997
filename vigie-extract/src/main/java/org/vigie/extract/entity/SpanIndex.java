package org.vigie.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.extract.entity.Candidates.Spanned;

/**
 * Spans of one kind that do not share a start, indexed by start and by end, so that the mention
 * finder's questions ("which country starts here?", "what ends just before?", "what covers this
 * offset?") cost a logarithm rather than a scan of the document.
 */
final class SpanIndex<T extends Spanned> {
  private final TreeMap<Integer, T> byStart = new TreeMap<>();
  private final TreeMap<Integer, List<T>> byEnd = new TreeMap<>();

  void add(T span) {
    T previous = byStart.put(span.start(), span);
    if (previous != null) {
      removeEnd(previous);
    }
    byEnd.computeIfAbsent(span.end(), k -> new ArrayList<>()).add(span);
  }

  void remove(T span) {
    if (byStart.remove(span.start(), span)) {
      removeEnd(span);
    }
  }

  private void removeEnd(T span) {
    List<T> ending = byEnd.get(span.end());
    if (ending != null) {
      ending.remove(span);
      if (ending.isEmpty()) {
        byEnd.remove(span.end());
      }
    }
  }

  /** The span starting at {@code start}, or null. */
  T at(int start) {
    return start < 0 ? null : byStart.get(start);
  }

  /** The span that covers {@code offset} (start ≤ offset < end), or null. */
  T covering(int offset) {
    Map.Entry<Integer, T> entry = byStart.floorEntry(offset);
    return entry != null && offset < entry.getValue().end() ? entry.getValue() : null;
  }

  /** A span that ends in [from, to], the latest ending first, or null. */
  T endingWithin(int from, int to) {
    Map.Entry<Integer, List<T>> entry = byEnd.floorEntry(to);
    return entry == null || entry.getKey() < from ? null : entry.getValue().get(0);
  }

  /** The latest span that starts before {@code offset}, or null. */
  T before(int offset) {
    Map.Entry<Integer, T> entry = byStart.lowerEntry(offset);
    return entry == null ? null : entry.getValue();
  }

  /** True when some span overlaps [start, end). */
  boolean overlaps(int start, int end) {
    if (covering(start) != null) {
      return true;
    }
    Map.Entry<Integer, T> inside = byStart.ceilingEntry(start);
    return inside != null && inside.getKey() < end;
  }

  /** All spans in text order. */
  List<T> values() {
    return new ArrayList<>(byStart.values());
  }
}
