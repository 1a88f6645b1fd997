package org.vigie.extract.time;

import java.util.List;
import org.vigie.extract.time.TimeTokens.Shape;
import org.vigie.extract.time.TimeTokens.Tok;

/**
 * The rules of the time grammar that read a date at a token: numeric dates, day-month-year in
 * either order, weekdays, relative day words, modified units ("la semaine dernière", "last week"),
 * months and seasons, bare years, decades and centuries. {@link TimexParser} builds durations,
 * periods and recurrences around them.
 */
final class DateRules {
  /** Calendar fields read from a day-month(-year) phrase. */
  private record DayMonth(Integer year, int month, Integer day, int end) {
  }

  private final TimeLexicon lexicon;
  private final boolean dayFirst;

  DateRules(TimeLexicon lexicon) {
    this.lexicon = lexicon;
    this.dayFirst = !"MDY".equals(lexicon.setting("dateorder", "DMY"));
  }

  TokenMatch date(List<Tok> t, int i) {
    TokenMatch best = null;
    for (TokenMatch m : new TokenMatch[] {numeric(t, i), relday(t, i), weekdayOrDayMonth(t, i), modified(t, i),
        unitThenModifier(t, i), monthOrSeason(t, i), year(t, i)}) {
      if (m != null && (best == null || m.end() > best.end())) {
        best = m;
      }
    }
    return best;
  }

  private TokenMatch numeric(List<Tok> t, int i) {
    int j = skipDet(t, i);
    if (j >= t.size() || t.get(j).shape() != Shape.NUMERIC_DATE) {
      return null;
    }
    String[] parts = t.get(j).text().split("[-/.]");
    try {
      int a = Integer.parseInt(parts[0]);
      int b = Integer.parseInt(parts[1]);
      int c = Integer.parseInt(parts[2]);
      int year;
      int month;
      int day;
      if (parts[0].length() == 4) {
        year = a;
        month = b;
        day = c;
      } else {
        year = parts[2].length() == 2 ? twoDigitYear(c) : c;
        month = dayFirst ? b : a;
        day = dayFirst ? a : b;
      }
      if (!validDay(year, month, day)) {
        return null;
      }
      return new TokenMatch(i, j + 1, Reading.fields(year, month, day, null, null, Modifier.NONE, null));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private TokenMatch relday(List<Tok> t, int i) {
    TimeLexicon.Hit hit = lexicon.first(t, i, "relday");
    boolean anaphoric = false;
    if (hit == null) {
      hit = lexicon.first(t, i, "anaday");
      anaphoric = true;
    }
    if (hit == null) {
      return null;
    }
    String[] parts = hit.value().split(":");
    int offset;
    try {
      offset = Integer.parseInt(parts[0]);
    } catch (NumberFormatException e) {
      return null;
    }
    int end = i + hit.length();
    String pod = parts.length > 1 ? parts[1] : null;
    TimeLexicon.Hit podHit = lexicon.first(t, end, "pod");
    if (pod == null && podHit != null) {
      pod = podHit.value();
      end += podHit.length();
    }
    TimeLexicon.Hit weekday = lexicon.first(t, end, "weekday"); // "aujourd'hui vendredi"
    if (weekday != null) {
      end += weekday.length();
    }
    return new TokenMatch(i, end, anaphoric ? Reading.anaphoric(offset, pod) : Reading.relative("D", offset, pod));
  }

  TokenMatch weekdayOrDayMonth(List<Tok> t, int i) {
    int j = skipDet(t, i);
    Integer weekday = null;
    boolean boundWeekday = false;
    TimeLexicon.Hit wd = lexicon.first(t, j, "weekday");
    int k = j;
    if (wd != null) {
      weekday = Integer.valueOf(wd.value());
      boundWeekday = wd.entry().flags().contains("bound");
      k = j + wd.length();
      if (k < t.size() && t.get(k).key().equals(",")) {
        k++;
      }
      k = skipDet(t, k);
    }
    DayMonth dm = dayMonth(t, k);
    Reading reading;
    int end;
    if (dm != null) {
      reading = Reading.fields(dm.year(), dm.month(), dm.day(), weekday, null, Modifier.NONE, null);
      end = dm.end();
    } else if (weekday != null && !boundWeekday) {
      reading = Reading.fields(null, null, null, weekday, null, Modifier.NONE, null);
      end = j + wd.length();
    } else {
      return null;
    }
    return trailing(t, i, end, reading, dm == null || dm.year() == null);
  }

  /** Modifier and part of day after a date: "vendredi dernier", "lundi soir", "le 6 mai dernier". */
  private TokenMatch trailing(List<Tok> t, int start, int end, Reading reading, boolean allowModifier) {
    for (int round = 0; round < 2; round++) {
      TimeLexicon.Hit mod = allowModifier && reading.modifier() == Modifier.NONE
          ? lexicon.first(t, end, "modifier") : null;
      if (mod != null && !mod.value().equals("THIS")) {
        reading = reading.withModifier(Modifier.valueOf(mod.value()));
        end += mod.length();
        continue;
      }
      TimeLexicon.Hit pod = reading.pod() == null && (reading.day() != null || reading.weekday() != null)
          ? lexicon.first(t, end, "pod") : null;
      if (pod != null) {
        reading = reading.withPod(pod.value());
        end += pod.length();
      }
    }
    return new TokenMatch(start, end, reading);
  }

  /** "12 décembre 2023", "1er janvier", "December 12, 2023", "Dec. 12", "mai 1988". */
  private DayMonth dayMonth(List<Tok> t, int k) {
    int[] day = day(t, k);
    if (day != null) {
      TimeLexicon.Hit month = lexicon.first(t, day[1], "month");
      if (month != null) {
        int m = Integer.parseInt(month.value());
        int end = day[1] + month.length();
        Integer year = yearAt(t, end, true);
        if (year != null) {
          end++;
        }
        return validDay(year == null ? 2000 : year, m, day[0]) ? new DayMonth(year, m, day[0], end) : null;
      }
    }
    TimeLexicon.Hit month = lexicon.first(t, k, "month");
    if (month == null) {
      return null;
    }
    int m = Integer.parseInt(month.value());
    int end = k + month.length();
    Integer year = yearAt(t, end, false);
    if (year == null && end < t.size() && t.get(end).number() > 31) {
      year = yearAt(t, end, true); // "octobre 98"
    }
    if (year != null) {
      return new DayMonth(year, m, null, end + 1);
    }
    int[] after = day(t, end);
    if (after == null || (after[1] < t.size() && t.get(after[1]).key().equals(":"))) {
      return null;
    }
    end = after[1];
    int y = end < t.size() && t.get(end).key().equals(",") ? end + 1 : end;
    year = yearAt(t, y, false);
    if (year != null) {
      end = y + 1;
    }
    return validDay(year == null ? 2000 : year, m, after[0]) ? new DayMonth(year, m, after[0], end) : null;
  }

  /** A day of the month at k ("12", "1er", "12th", "premier"): {day, next token}, or null. */
  int[] day(List<Tok> t, int k) {
    if (k >= t.size()) {
      return null;
    }
    Tok tok = t.get(k);
    int n = tok.number();
    if (n >= 1 && n <= 31 && tok.text().length() <= 2) {
      int next = k + 1;
      if (next < t.size() && t.get(next).start() == tok.end() && t.get(next).shape() == Shape.WORD) {
        TimeLexicon.Hit ord = lexicon.first(t, next, "ordinal");
        if (ord == null || !ord.value().isEmpty()) {
          return null;
        }
        next += ord.length();
      }
      TimeLexicon.Hit of = lexicon.first(t, next, "dayof"); // "the 12th of December"
      if (of != null && lexicon.first(t, next + of.length(), "month") != null) {
        next += of.length();
      }
      return new int[] {n, next};
    }
    TimeLexicon.Hit ord = lexicon.first(t, k, "ordinal");
    if (ord != null && !ord.value().isEmpty()) {
      return new int[] {Integer.parseInt(ord.value()), k + ord.length()};
    }
    return null;
  }

  /** A year at k: four digits, or two after a day and month ("le 10 novembre 93"). */
  private static Integer yearAt(List<Tok> t, int k, boolean twoDigits) {
    if (k >= t.size()) {
      return null;
    }
    Tok tok = t.get(k);
    int n = tok.number();
    if (tok.text().length() == 4 && n >= 1000 && n <= 2999) {
      return n;
    }
    if (twoDigits && tok.text().length() == 2 && n >= 0 && !followedByWord(t, k)) {
      return twoDigitYear(n);
    }
    return null;
  }

  private static boolean followedByWord(List<Tok> t, int k) {
    return k + 1 < t.size() && t.get(k + 1).shape() == Shape.WORD;
  }

  /** "last Friday", "la dernière semaine", "this week", "cette année", "ce mois-ci", "last summer". */
  private TokenMatch modified(List<Tok> t, int i) {
    int j = skipDet(t, i);
    TimeLexicon.Hit mod = lexicon.first(t, j, "modifier");
    if (mod == null) {
      return null;
    }
    Modifier modifier = Modifier.valueOf(mod.value());
    int k = j + mod.length();
    TimeLexicon.Hit weekday = lexicon.first(t, k, "weekday");
    if (weekday != null) {
      Reading r = Reading.fields(null, null, null, Integer.valueOf(weekday.value()), null, modifier, null);
      return trailing(t, i, k + weekday.length(), r, false);
    }
    TimeLexicon.Hit month = lexicon.first(t, k, "month");
    if (month != null) {
      return new TokenMatch(i, k + month.length(),
          Reading.fields(null, Integer.valueOf(month.value()), null, null, null, modifier, null));
    }
    TimeLexicon.Hit season = lexicon.first(t, k, "season");
    if (season != null) {
      return new TokenMatch(i, k + season.length(), Reading.fields(null, null, null, null, season.value(), modifier, null));
    }
    TimeLexicon.Hit unit = lexicon.first(t, k, "unit");
    if (unit != null && (calendarUnit(unit.value()) || unit.value().equals("D") && modifier == Modifier.THIS)) {
      int end = k + unit.length();
      TimeLexicon.Hit ci = lexicon.first(t, end, "modifier"); // "ce mois-ci"
      if (ci != null && ci.value().equals("THIS") && modifier == Modifier.THIS) {
        end += ci.length();
      }
      TimeLexicon.Hit det = j > i ? lexicon.first(t, i, "det") : null;
      if (plural(t, k, unit) || det != null && det.value().equals("PL")) {
        // "les prochaines années", "the coming months": no one unit, only a side of the reference
        return new TokenMatch(i, end, Reading.ref(switch (modifier) {
          case LAST -> "PAST_REF";
          case NEXT -> "FUTURE_REF";
          default -> "PRESENT_REF";
        }));
      }
      return new TokenMatch(i, end, Reading.relative(unit.value(), offset(modifier), null));
    }
    return null;
  }

  /** Whether the unit word at k is plural ("années", "months"; "mois" is taken as singular). */
  static boolean plural(List<Tok> t, int k, TimeLexicon.Hit unit) {
    String last = t.get(k + unit.length() - 1).key();
    return (last.endsWith("s") || last.endsWith("x")) && !last.endsWith("ss") && !last.equals("mois");
  }

  /** "la semaine dernière", "l'an prochain", "l'été dernier", "l'année 2001", "les années 60". */
  private TokenMatch unitThenModifier(List<Tok> t, int i) {
    int j = skipDet(t, i);
    TimeLexicon.Hit decade = lexicon.first(t, j, "decade");
    if (decade != null && j + decade.length() < t.size()) {
      Tok n = t.get(j + decade.length());
      String d = decadeOf(n);
      if (d != null) {
        return new TokenMatch(i, j + decade.length() + 1, Reading.decade(d));
      }
    }
    TimeLexicon.Hit unit = lexicon.first(t, j, "unit");
    if (unit != null) {
      int k = j + unit.length();
      Integer year = unit.value().equals("Y") ? yearAt(t, k, false) : null;
      if (year != null && j > i) {
        return new TokenMatch(i, k + 1, Reading.fields(year, null, null, null, null, Modifier.NONE, null));
      }
      TimeLexicon.Hit mod = lexicon.first(t, k, "modifier");
      if (mod != null && j > i && calendarUnit(unit.value())) {
        Modifier modifier = Modifier.valueOf(mod.value());
        return new TokenMatch(i, k + mod.length(), Reading.relative(unit.value(), offset(modifier), null));
      }
    }
    return null;
  }

  /** "juin", "juin dernier", "l'automne", "été 2022", "summer 2022". */
  private TokenMatch monthOrSeason(List<Tok> t, int i) {
    int j = skipDet(t, i);
    TimeLexicon.Hit month = lexicon.first(t, j, "month");
    boolean numberAround = j > 0 && t.get(j - 1).shape() == Shape.NUMBER
        || month != null && j + month.length() < t.size() && t.get(j + month.length()).shape() == Shape.NUMBER;
    if (month != null && j == i && !month.entry().flags().contains("bound") && !numberAround) {
      Reading r = Reading.fields(null, Integer.valueOf(month.value()), null, null, null, Modifier.NONE, null);
      return trailing(t, i, j + month.length(), r, true);
    }
    TimeLexicon.Hit season = lexicon.first(t, j, "season");
    if (season != null) {
      int end = j + season.length();
      Integer year = yearAt(t, end, false);
      if (year != null) {
        return new TokenMatch(i, end + 1, Reading.fields(year, null, null, null, season.value(), Modifier.NONE, null));
      }
      TimeLexicon.Hit mod = lexicon.first(t, end, "modifier");
      if (mod != null && !mod.value().equals("THIS")) {
        return new TokenMatch(i, end + mod.length(),
            Reading.fields(null, null, null, null, season.value(), Modifier.valueOf(mod.value()), null));
      }
      if (j > i) {
        return new TokenMatch(i, end, Reading.fields(null, null, null, null, season.value(), Modifier.NONE, null));
      }
    }
    return null;
  }

  /** A bare year ("en 2022", "1975,"), a decade ("1960s") or a century ("20th century", "XXe siècle"). */
  private TokenMatch year(List<Tok> t, int i) {
    if (i >= t.size()) {
      return null;
    }
    Tok tok = t.get(i);
    int n = tok.number();
    if (n < 0) {
      return romanCentury(t, i);
    }
    int next = i + 1;
    if (next < t.size() && t.get(next).start() == tok.end()) {
      TimeLexicon.Hit ord = lexicon.first(t, next, "ordinal");
      if (ord != null && ord.value().isEmpty() && lexicon.first(t, next + ord.length(), "century") != null) {
        int end = next + ord.length() + lexicon.first(t, next + ord.length(), "century").length();
        return n >= 1 && n <= 30 ? new TokenMatch(i, end, Reading.century(String.format("%02d", n - 1))) : null;
      }
      TimeLexicon.Hit decade = lexicon.first(t, next, "decade_suffix");
      String d = decadeOf(tok);
      if (decade != null && d != null && tok.text().length() == 4) {
        return new TokenMatch(i, next + decade.length(), Reading.decade(d));
      }
    }
    if (tok.text().length() == 2 && (next >= t.size() || t.get(next).shape() != Shape.WORD)) {
      // "en 97", "'97", "1957-58"
      if (i > 0 && lexicon.first(t, i - 1, "short_year_cue") != null) {
        return new TokenMatch(i, next, Reading.fields(twoDigitYear(n), null, null, null, null, Modifier.NONE, null));
      }
      if (i > 1 && t.get(i - 1).key().equals("-") && t.get(i - 1).end() == tok.start()) {
        int first = t.get(i - 2).number();
        if (t.get(i - 2).text().length() == 4 && first >= 1000 && first <= 2999 && first % 100 < n) {
          return new TokenMatch(i, next, Reading.fields(first / 100 * 100 + n, null, null, null, null, Modifier.NONE, null));
        }
      }
    }
    if (tok.text().length() != 4 || n < 1000 || n > 2999) {
      return null;
    }
    Tok before = i > 0 ? t.get(i - 1) : null;
    boolean cue = before != null && lexicon.first(t, i - 1, "year_cue") != null;
    if (before != null && (before.shape() == Shape.NUMBER || "$€£".contains(before.key()) && !before.key().isEmpty())) {
      return null;
    }
    Tok after = next < t.size() ? t.get(next) : null;
    boolean clock = after != null && after.key().equals(":") && next + 1 < t.size()
        && t.get(next + 1).shape() == Shape.NUMBER;
    if (after != null && (after.shape() == Shape.NUMBER || clock || "%€$£".contains(after.key())
        && after.shape() == Shape.PUNCT)) {
      return null;
    }
    boolean plausible = n >= 1900 && n <= 2099;
    if (cue || plausible && (after == null || !after.lowerWord() || lexicon.first(t, next, "year_cue") != null)) {
      return new TokenMatch(i, next, Reading.fields(n, null, null, null, null, Modifier.NONE, null));
    }
    return null;
  }

  /** "XIXe siècle", "XXIe siècle": the century 18, 20. */
  private TokenMatch romanCentury(List<Tok> t, int i) {
    Tok tok = t.get(i);
    java.util.regex.Matcher m = ROMAN_ORDINAL.matcher(tok.text());
    if (!m.matches()) {
      return null;
    }
    TimeLexicon.Hit century = lexicon.first(t, i + 1, "century");
    int value = roman(m.group(1));
    if (century == null || value < 1 || value > 30) {
      return null;
    }
    return new TokenMatch(i, i + 1 + century.length(), Reading.century(String.format("%02d", value - 1)));
  }

  private static final java.util.regex.Pattern ROMAN_ORDINAL =
      java.util.regex.Pattern.compile("([IVXL]+)(e|è|ème|er|th)");

  private static int roman(String s) {
    int total = 0;
    for (int k = 0; k < s.length(); k++) {
      int v = romanDigit(s.charAt(k));
      int nextValue = k + 1 < s.length() ? romanDigit(s.charAt(k + 1)) : 0;
      total += v < nextValue ? -v : v;
    }
    return total;
  }

  private static int romanDigit(char c) {
    return switch (c) {
      case 'I' -> 1;
      case 'V' -> 5;
      case 'X' -> 10;
      default -> 50;
    };
  }

  int skipDet(List<Tok> t, int i) {
    TimeLexicon.Hit det = lexicon.first(t, i, "det");
    return det == null ? i : i + det.length();
  }

  static boolean calendarUnit(String unit) {
    return unit.equals("W") || unit.equals("M") || unit.equals("Y") || unit.equals("WE") || unit.equals("DE");
  }

  private static int offset(Modifier modifier) {
    return switch (modifier) {
      case LAST -> -1;
      case NEXT -> 1;
      default -> 0;
    };
  }

  /** "60" or "1960" as the decade "196"; null when the number is not a decade. */
  private static String decadeOf(Tok tok) {
    int n = tok.number();
    if (n < 0 || n % 10 != 0) {
      return null;
    }
    if (tok.text().length() == 2) {
      return "19" + tok.text().charAt(0);
    }
    if (tok.text().length() == 4 && n >= 1000 && n <= 2990) {
      return tok.text().substring(0, 3);
    }
    return null;
  }

  private static int twoDigitYear(int n) {
    return n >= 50 ? 1900 + n : 2000 + n;
  }

  static boolean validDay(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
  }
}
