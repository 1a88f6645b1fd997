package org.vigie.extract.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.vigie.extract.number.NumberWords.Match;
import org.vigie.extract.number.Pieces.Piece;
import org.vigie.extract.number.Pieces.Type;

/**
 * Finds the numbers of a text in every way journalists write them (issue #5, item 3): digits with
 * any thousands separator ("12 480" with a space, a no-break or narrow no-break space, "12.480",
 * "12,480"), decimals ("1,2 million", "2.5 billion"), mixed forms ("12 milles 480", "3 milliards"),
 * words ("douze mille quatre cent quatre-vingts", "quatre-vingt-dix", "one hundred and five"),
 * approximations ("une vingtaine", "des dizaines", "dozens"), bounds ("au moins", "nearly") and
 * ranges ("entre 10 et 15", "10-15"). The words and conventions are data
 * ({@code lang/<language>/numbers.tsv}; docs/numbers.md).
 *
 * <p>Years ("en 2023"), dates ("le 12 décembre", "12/12/2023"), times ("à 18 h 30"), ordinals ("1er",
 * "21st"), labels ("M23", "F-16", "n° 5") and telephone numbers are passed over: they are not counts.
 * Percentages come out with {@link Quantity.Kind#PERCENT}.
 *
 * <p>Thread-safe; one reader per language is shared. Never throws on any text.
 */
public final class NumberReader {
  private static final Map<String, NumberReader> READERS = new ConcurrentHashMap<>();
  private static final int MAX_DIGITS = 18;

  private final NumberWords words;
  private final String decimalMark;
  private final Set<BigDecimal> teenAfter;

  /** A number, or a stretch to pass over ({@code skip}), from piece {@code from} to {@code to} (exclusive). */
  private record Core(int from, int to, BigDecimal value, boolean approximate, BigDecimal min, BigDecimal max,
                      BigDecimal scale, boolean whole, Quantity.Kind kind, boolean skip) {
    static Core skip(int from, int to) {
      return new Core(from, to, BigDecimal.ZERO, false, null, null, BigDecimal.ONE, true, Quantity.Kind.COUNT, true);
    }

    static Core count(int from, int to, BigDecimal value, boolean approximate) {
      return new Core(from, to, value, approximate, null, null, BigDecimal.ONE, true, Quantity.Kind.COUNT, false);
    }

    Core to(int newTo) {
      return new Core(from, newTo, value, approximate, min, max, scale, whole, kind, skip);
    }

    Core from(int newFrom) {
      return new Core(newFrom, to, value, approximate, min, max, scale, whole, kind, skip);
    }

    boolean plain() {
      return !skip && kind == Quantity.Kind.COUNT && min == null && max == null;
    }
  }

  private NumberReader(String language) {
    this.words = NumberWords.forLanguage(language);
    String mark = words.first("decimal");
    this.decimalMark = mark == null ? "." : mark;
    this.teenAfter = words.teenAfter();
  }

  /**
   * The reader of {@code language} ("fr", "en").
   *
   * @throws IllegalArgumentException when Vigie has no number words for the language
   */
  public static NumberReader forLanguage(String language) {
    if (language == null || !NumberWords.exists(language)) {
      throw new IllegalArgumentException("no number words for language '" + language
          + "' (expected lang/" + language + "/numbers.tsv in vigie-lang)");
    }
    return READERS.computeIfAbsent(language, NumberReader::new);
  }

  /** Every number of {@code text}, left to right, none overlapping; empty for null or empty text. */
  public List<Quantity> read(String text) {
    List<Quantity> found = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return found;
    }
    List<Piece> pieces = Pieces.of(text);
    int i = 0;
    while (i < pieces.size()) {
      Core core = readAt(pieces, i);
      if (core == null || core.to() <= i) {
        i++;
        continue;
      }
      if (!core.skip()) {
        int start = pieces.get(core.from()).start();
        int end = pieces.get(core.to() - 1).end();
        found.add(new Quantity(start, end, text.substring(start, end), normal(core.value()), core.approximate(),
            normal(core.min()), normal(core.max()), core.kind()));
      }
      i = core.to();
    }
    return found;
  }

  private Core readAt(List<Piece> p, int i) {
    Match between = words.match(p, i, false, "between");
    if (between != null) {
      Core range = range(p, between.end(), true);
      if (range != null && !range.skip() && range.min() != null) {
        return range.from(i);
      }
    }
    Match bound = words.match(p, i, false, "min", "max", "about");
    if (bound != null) {
      Core core = rangeOrCore(p, bound.end());
      if (core != null && !core.skip()) {
        return switch (bound.entry().kind()) {
          case "min" -> new Core(i, core.to(), core.value(), core.approximate(),
              core.min() != null ? core.min() : core.value(), core.max(), core.scale(), core.whole(), core.kind(), false);
          case "max" -> new Core(i, core.to(), core.value(), core.approximate(), core.min(),
              core.max() != null ? core.max() : core.value(), core.scale(), core.whole(), core.kind(), false);
          default -> new Core(i, core.to(), core.value(), true, core.min(), core.max(), core.scale(),
              core.whole(), core.kind(), false);
        };
      }
    }
    return rangeOrCore(p, i);
  }

  /** A number, or two joined by a range word ("10 à 15", "10-15"). */
  private Core rangeOrCore(List<Piece> p, int i) {
    Core range = range(p, i, false);
    return range != null ? range : core(p, i);
  }

  /**
   * Two numbers joined by a range word, the first one lower; {@code afterBetween} also accepts "et"
   * and "and" ("entre 10 et 15"). Two years joined by a hyphen ("1939-1945") are a span of years,
   * passed over. Null when there is no range at {@code i}.
   */
  private Core range(List<Piece> p, int i, boolean afterBetween) {
    Core low = core(p, i);
    if (low == null || !low.plain() || low.approximate()) {
      return null;
    }
    Match join = afterBetween ? words.match(p, low.to(), false, "range", "range-and")
        : words.match(p, low.to(), false, "range");
    if (join == null) {
      return null;
    }
    Core high = core(p, join.end());
    if (high == null || !high.plain() || high.approximate()) {
      return null;
    }
    BigDecimal lowValue = low.value();
    if (low.scale().compareTo(BigDecimal.ONE) == 0 && high.scale().compareTo(BigDecimal.ONE) > 0
        && lowValue.multiply(high.scale()).compareTo(high.value()) < 0) {
      lowValue = lowValue.multiply(high.scale()); // "entre 1 et 2 millions"
    }
    if (lowValue.compareTo(high.value()) >= 0) {
      return null;
    }
    if (isYear(p, low) && isYear(p, high)) {
      return Core.skip(i, high.to());
    }
    return new Core(i, high.to(), lowValue, false, lowValue, high.value(), BigDecimal.ONE, true,
        Quantity.Kind.COUNT, false);
  }

  private static boolean isYear(List<Piece> p, Core core) {
    if (core.to() - core.from() != 1 || p.get(core.from()).type() != Type.DIGITS) {
      return false;
    }
    String digits = p.get(core.from()).norm();
    if (digits.length() != 4) {
      return false;
    }
    int year = Integer.parseInt(digits);
    return year >= 1800 && year <= 2199;
  }

  /** One number with no bound or range: vague, approximate, "several", digits or words. */
  private Core core(List<Piece> p, int i) {
    if (i >= p.size()) {
      return null;
    }
    Core vague = vague(p, i);
    if (vague != null) {
      return vague;
    }
    Match article = words.match(p, i, false, "article");
    Match approx = words.match(p, article == null ? i : article.end(), false, "approx");
    if (approx != null && article != null) {
      Core scaled = scaledBy(p, approx.end(), approx.entry().value());
      return withPercent(p, scaled != null ? scaled.from(i) : Core.count(i, approx.end(), approx.entry().value(), true));
    }
    if (p.get(i).type() == Type.DIGITS) {
      return digits(p, i);
    }
    if (p.get(i).type() == Type.WORD) {
      Match several = words.match(p, i, false, "several");
      Core written = written(p, i, false);
      if (written != null && written.value().compareTo(BigDecimal.ONE) == 0 && written.to() - i == 1
          && words.endsBefore(p, i, "one-det")) {
        return Core.skip(i, written.to()); // "no one", "each one": a pronoun, not a count
      }
      if (written != null) {
        return withPercent(p, withContinuation(p, written));
      }
      if (several != null) {
        return Core.count(i, several.end(), several.entry().value(), true);
      }
    }
    return null;
  }

  /**
   * A vague count: "des dizaines", "dozens", "plusieurs centaines", "several hundred", "des
   * dizaines de milliers", "tens of thousands".
   */
  private Core vague(List<Piece> p, int i) {
    Match quantifier = words.match(p, i, false, "quantifier");
    int at = quantifier == null ? i : quantifier.end();
    Match vague = words.match(p, at, false, "vague");
    if (vague != null) {
      Match scaledNoun = words.match(p, at, false, "vague-scaled");
      if (scaledNoun != null && scaledNoun.end() == vague.end()) {
        Core scaled = scaledBy(p, vague.end(), scaledNoun.entry().value());
        if (scaled != null) {
          return scaled.from(i);
        }
      }
      return Core.count(i, vague.end(), vague.entry().value(), true);
    }
    if (quantifier != null && words.match(p, at, true, "hundred", "scale") != null) {
      Core written = written(p, at, true);
      if (written != null) {
        return Core.count(i, written.to(), written.value(), true);
      }
    }
    return null;
  }

  /** "… de milliers", "… of thousands" after a vague noun worth {@code factor}: the product, approximate. */
  private Core scaledBy(List<Piece> p, int at, BigDecimal factor) {
    Match of = words.match(p, at, false, "vague-of");
    if (of == null) {
      return null;
    }
    Match plural = words.match(p, of.end(), false, "vague");
    if (plural == null || plural.entry().value().compareTo(BigDecimal.valueOf(1000)) < 0) {
      return null;
    }
    return Core.count(at, plural.end(), factor.multiply(plural.entry().value()), true);
  }

  /** A number in digits, with its separators, decimals, scale words and what follows it. */
  private Core digits(List<Piece> p, int i) {
    Piece first = p.get(i);
    Core passed = passOver(p, i);
    if (passed != null) {
      return passed;
    }
    if (first.norm().length() > 1 && first.norm().startsWith("0")) {
      return Core.skip(i, phoneEnd(p, i)); // a telephone number or a code, never a count
    }
    // Thousands groups: "12 480" (one space of any kind), "12.480", "12,480": groups of exactly three digits.
    int j = i + 1;
    StringBuilder integer = new StringBuilder(first.norm());
    String groupMark = null;
    int groups = 0;
    if (first.norm().length() <= 3) {
      while (j < p.size()) {
        Piece next = p.get(j);
        if (groupMark == null || groupMark.equals(" ")) {
          if (next.type() == Type.DIGITS && next.norm().length() == 3 && Pieces.isGroupSpace(next.gap())
              && !followedByGluedDigits(p, j)) {
            groupMark = " ";
            integer.append(next.norm());
            groups++;
            j++;
            continue;
          }
        }
        if (next.type() == Type.MARK && next.glued() && (next.is(".") || next.is(","))
            && (groupMark == null || groupMark.equals(next.norm()))
            && j + 1 < p.size() && p.get(j + 1).type() == Type.DIGITS && p.get(j + 1).glued()
            && p.get(j + 1).norm().length() == 3) {
          groupMark = next.norm();
          integer.append(p.get(j + 1).norm());
          groups++;
          j += 2;
          continue;
        }
        break;
      }
    }
    String fraction = "";
    if (groups == 1 && decimalMark.equals(groupMark) && words.match(p, j, false, "scale") != null) {
      // "1,250 million" in French, "1.250 billion" in English: a decimal before a scale word
      fraction = p.get(i + 2).norm();
      integer = new StringBuilder(first.norm());
      groups = 0;
    } else if (j + 1 < p.size() && p.get(j).type() == Type.MARK && p.get(j).glued()
        && (p.get(j).is(".") || p.get(j).is(",")) && !p.get(j).norm().equals(groupMark)
        && p.get(j + 1).type() == Type.DIGITS && p.get(j + 1).glued()) {
      String mark = p.get(j).norm();
      String digits = p.get(j + 1).norm();
      boolean beforeScale = words.match(p, j + 2, false, "scale") != null;
      if (mark.equals(decimalMark) || groupMark != null || digits.length() <= 2 && beforeScale) {
        fraction = digits;
        j += 2;
      }
    }
    if (integer.length() > MAX_DIGITS || fraction.length() > MAX_DIGITS) {
      return Core.skip(i, j);
    }
    BigDecimal value = new BigDecimal(fraction.isEmpty() ? integer.toString() : integer + "." + fraction);
    if (groups == 0 && fraction.isEmpty()) {
      Core context = yearOrDate(p, i, j, value);
      if (context != null) {
        return context;
      }
    }
    Core core = new Core(i, j, value, false, null, null, BigDecimal.ONE, fraction.isEmpty(),
        Quantity.Kind.COUNT, false);
    Core percent = withPercent(p, core);
    if (percent.kind() == Quantity.Kind.PERCENT) {
      return percent;
    }
    return withContinuation(p, withScale(p, core));
  }

  /**
   * Digits that are not a count whatever follows: part of a label ("M23", "F-16", "n° 5"), of a
   * telephone number ("+33"), of a date ("12/12/2023", "2023-12-12", "12.12.2023") or a time
   * ("18:30", "18 h 30", "6 p.m.", "à 18 heures"), or an ordinal ("1er", "21st"). Null otherwise.
   */
  private Core passOver(List<Piece> p, int i) {
    Piece first = p.get(i);
    if (first.glued() && i > 0) {
      Piece before = p.get(i - 1);
      if (before.is("+")) {
        return Core.skip(i, phoneEnd(p, i));
      }
      if (before.type() == Type.WORD
          || (before.is("-") || before.is("/")) && i > 1 && before.glued() && p.get(i - 2).type() == Type.WORD) {
        return Core.skip(i, labelEnd(p, i));
      }
    }
    if (words.endsBefore(p, i, "no-count")) {
      return Core.skip(i, labelEnd(p, i));
    }
    if (gluedMarkThenDigits(p, i, "/")) {
      return Core.skip(i, labelEnd(p, i));
    }
    if (gluedMarkThenDigits(p, i, "-") && gluedMarkThenDigits(p, i + 2, "-")) {
      return Core.skip(i, labelEnd(p, i));
    }
    if (gluedMarkThenDigits(p, i, ".") && gluedMarkThenDigits(p, i + 2, ".") && first.norm().length() <= 2
        && p.get(i + 2).norm().length() <= 2) {
      return Core.skip(i, i + 5);
    }
    if (gluedMarkThenDigits(p, i, ":") && p.get(i + 2).norm().length() == 2) {
      return Core.skip(i, i + 3);
    }
    Match clock = words.match(p, i + 1, false, "clock");
    if (clock != null && first.norm().length() <= 2) {
      int end = clock.end();
      if (end < p.size() && p.get(end).type() == Type.DIGITS && p.get(end).norm().length() == 2) {
        end++;
      }
      return Core.skip(i, end);
    }
    if (words.endsBefore(p, i, "clock-cue") && words.match(p, i + 1, false, "hours") != null) {
      return Core.skip(i, words.match(p, i + 1, false, "hours").end());
    }
    if (i + 1 < p.size() && p.get(i + 1).glued() && p.get(i + 1).type() == Type.WORD
        && words.is("ordinal", p.get(i + 1).norm())) {
      return Core.skip(i, i + 2);
    }
    return null;
  }

  /** A day before or after a month name, or a year after a word of time ("en 2023", "décembre 2023"). */
  private Core yearOrDate(List<Piece> p, int i, int j, BigDecimal value) {
    int number = value.intValue();
    boolean year = j - i == 1 && p.get(i).norm().length() == 4 && number >= 1800 && number <= 2199;
    if (words.endsBefore(p, i, "month") && (year || number >= 1 && number <= 31)) {
      int end = j;
      if (number <= 31 && end + 1 < p.size() && p.get(end).is(",") && p.get(end + 1).type() == Type.DIGITS
          && p.get(end + 1).norm().length() == 4) {
        end += 2; // "December 12, 2023"
      }
      return Core.skip(i, end);
    }
    Match month = words.match(p, j, false, "month");
    if (month != null && number >= 1 && number <= 31) {
      int end = month.end();
      if (end < p.size() && p.get(end).type() == Type.DIGITS && p.get(end).norm().length() == 4) {
        end++;
      }
      return Core.skip(i, end);
    }
    if (year && words.endsBefore(p, i, "year-cue")) {
      return Core.skip(i, j);
    }
    return null;
  }

  /** {@code core} times a scale word after it ("2 millions", "1,2 million", "3 milliards"). */
  private Core withScale(List<Piece> p, Core core) {
    Match scale = words.match(p, core.to(), true, "scale");
    if (scale == null) {
      return core;
    }
    BigDecimal factor = scale.entry().value();
    BigDecimal value = core.value().multiply(factor);
    return new Core(core.from(), scale.end(), value, core.approximate(), null, null, factor,
        core.whole(), core.kind(), false);
  }

  /**
   * A whole number after a scale word, lower than the scale, added to it: "12 milles 480",
   * "2 millions 500 000", "douze mille 480".
   */
  private Core withContinuation(List<Piece> p, Core core) {
    if (core.scale().compareTo(BigDecimal.ONE) <= 0 || !core.whole()
        || core.value().stripTrailingZeros().scale() > 0 || core.to() >= p.size()) {
      return core;
    }
    Piece next = p.get(core.to());
    if (next.glued() || next.gap().contains("\n")) {
      return core;
    }
    Core rest = next.type() == Type.DIGITS ? plainDigits(p, core.to()) : written(p, core.to(), false);
    if (rest == null || rest.value().compareTo(core.scale()) >= 0 || rest.value().signum() <= 0) {
      return core;
    }
    return new Core(core.from(), rest.to(), core.value().add(rest.value()), core.approximate(), null, null,
        core.scale(), true, core.kind(), false);
  }

  /** Digits with space or mark groups, nothing after them (for the continuation of a scale). */
  private Core plainDigits(List<Piece> p, int i) {
    if (passOver(p, i) != null || p.get(i).norm().startsWith("0")) {
      return null;
    }
    Core core = digits(p, i);
    if (core == null || core.skip() || !core.whole() || core.scale().compareTo(BigDecimal.ONE) != 0
        || core.kind() != Quantity.Kind.COUNT) {
      return null;
    }
    return core;
  }

  /** {@code core} as a percentage when a percent word follows it ("30 %", "12 per cent"). */
  private Core withPercent(List<Piece> p, Core core) {
    if (core == null || core.skip()) {
      return core;
    }
    Match percent = words.match(p, core.to(), false, "percent");
    if (percent == null) {
      return core;
    }
    return new Core(core.from(), percent.end(), core.value(), core.approximate(), core.min(), core.max(),
        core.scale(), core.whole(), Quantity.Kind.PERCENT, false);
  }

  private enum Step { NONE, ARTICLE, UNIT, TEEN, TENS, HUNDRED, SCALE }

  /**
   * A number written in words from piece {@code i}: units, teens, tens, hundreds and scales in the
   * order the language writes them, joined by hyphens, spaces or a joiner ("vingt et un", "one
   * hundred and five"). {@code leadingScale} accepts a number that starts with "hundred" or a scale
   * word (after "several"). A lone article ("un", "a") is not a number.
   */
  private Core written(List<Piece> p, int i, boolean leadingScale) {
    BigDecimal total = BigDecimal.ZERO;
    long group = 0;
    BigDecimal lastScale = null;
    BigDecimal lastTens = null;
    long lastTeen = 0;
    Step last = Step.NONE;
    int[] beforeJoiner = null; // end and consumed before a joiner, to undo it ("cent et deux cents")
    BigDecimal totalBeforeJoiner = null;
    long groupBeforeJoiner = 0;
    int j = i;
    int end = i;
    int consumed = 0;
    while (j < p.size()) {
      int k = j;
      if (consumed > 0 && p.get(k).is("-") && p.get(k).glued() && k + 1 < p.size() && p.get(k + 1).glued()
          && p.get(k + 1).type() == Type.WORD) {
        k++;
      }
      if (consumed > 0 && p.get(k).gap().contains("\n")) {
        break;
      }
      Match joiner = consumed > 0 ? words.match(p, k, false, "joiner") : null;
      if (joiner != null) {
        if (last != Step.TENS && last != Step.HUNDRED && last != Step.SCALE) {
          break;
        }
        beforeJoiner = new int[] {end, consumed};
        totalBeforeJoiner = total;
        groupBeforeJoiner = group;
        k = joiner.end();
      }
      Match m = words.match(p, k, true, "tens", "teen", "unit", "hundred", "scale", "article");
      if (m == null) {
        break;
      }
      String kind = m.entry().kind();
      BigDecimal v = m.entry().value();
      Step step;
      switch (kind) {
        case "unit" -> {
          if (last != Step.NONE && last != Step.TENS && last != Step.HUNDRED && last != Step.SCALE
              && !(last == Step.TEEN && lastTeen == 10)) {
            step = null;
          } else {
            group += v.longValue();
            step = Step.UNIT;
          }
        }
        case "teen" -> {
          if (last == Step.NONE || last == Step.HUNDRED || last == Step.SCALE
              || last == Step.TENS && teenAfter.contains(lastTens)) {
            group += v.longValue();
            lastTeen = v.longValue();
            step = Step.TEEN;
          } else {
            step = null;
          }
        }
        case "tens" -> {
          if (last == Step.NONE || last == Step.HUNDRED || last == Step.SCALE) {
            group += v.longValue();
            lastTens = v;
            step = Step.TENS;
          } else {
            step = null;
          }
        }
        case "hundred" -> {
          boolean leading = last == Step.NONE && (leadingScale || consumed == 0);
          if (leading || last == Step.SCALE
              || (last == Step.UNIT || last == Step.TEEN || last == Step.ARTICLE) && group < 100) {
            group = Math.max(group, 1) * 100;
            step = Step.HUNDRED;
          } else {
            step = null;
          }
        }
        case "scale" -> {
          if ((lastScale == null || v.compareTo(lastScale) < 0) && last != Step.NONE || consumed == 0) {
            total = total.add(BigDecimal.valueOf(Math.max(group, 1)).multiply(v));
            group = 0;
            lastScale = v;
            beforeJoiner = null;
            step = Step.SCALE;
          } else {
            step = null;
          }
        }
        default -> { // article
          if (consumed == 0) {
            group = 1;
            step = Step.ARTICLE;
          } else {
            step = null;
          }
        }
      }
      if (step == null || step == Step.HUNDRED && beforeJoiner != null) {
        if (beforeJoiner != null) {
          end = beforeJoiner[0];
          consumed = beforeJoiner[1];
          total = totalBeforeJoiner;
          group = groupBeforeJoiner;
        }
        break;
      }
      last = step;
      consumed++;
      j = m.end();
      end = j;
    }
    if (consumed == 0 || last == Step.ARTICLE) {
      return null;
    }
    if (consumed == 1 && end - i == 1 && words.is("article", p.get(i).norm())) {
      return null; // "un soldat", "une attaque": an article, not a count
    }
    BigDecimal value = total.add(BigDecimal.valueOf(group));
    BigDecimal scale = lastScale == null ? BigDecimal.ONE : lastScale;
    return new Core(i, end, value, false, null, null, scale, true, Quantity.Kind.COUNT, false);
  }

  private static boolean gluedMarkThenDigits(List<Piece> p, int i, String mark) {
    return i + 2 < p.size() && p.get(i + 1).is(mark) && p.get(i + 1).glued()
        && p.get(i + 2).type() == Type.DIGITS && p.get(i + 2).glued();
  }

  private static boolean followedByGluedDigits(List<Piece> p, int j) {
    return j + 1 < p.size() && p.get(j + 1).glued() && p.get(j + 1).type() == Type.DIGITS;
  }

  /** The end of a label or a date: digits, letters and inner marks glued together ("F-16", "12/12/2023"). */
  private static int labelEnd(List<Piece> p, int i) {
    int j = i + 1;
    while (j < p.size() && p.get(j).glued()) {
      Piece next = p.get(j);
      if (next.type() != Type.MARK) {
        j++;
      } else if ((next.is("-") || next.is("/") || next.is(".") || next.is(":")) && j + 1 < p.size()
          && p.get(j + 1).glued() && p.get(j + 1).type() != Type.MARK) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /** The end of a telephone number: groups of digits apart by one space, a dot or a hyphen. */
  private static int phoneEnd(List<Piece> p, int i) {
    int j = i + 1;
    while (j < p.size()) {
      Piece next = p.get(j);
      if (next.type() == Type.DIGITS && next.norm().length() <= 4 && Pieces.isGroupSpace(next.gap())) {
        j++;
      } else if (next.glued() && (next.is(".") || next.is("-")) && j + 1 < p.size()
          && p.get(j + 1).type() == Type.DIGITS && p.get(j + 1).glued()) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  private static BigDecimal normal(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
