package org.vigie.extract.time;

import java.util.ArrayList;
import java.util.List;
import org.vigie.extract.time.TimeTokens.Shape;
import org.vigie.extract.time.TimeTokens.Tok;

/**
 * The time grammar: general rules over the words of a {@link TimeLexicon}. At each token it tries
 * every rule and keeps the longest expression; words come from the lexicon only, so a language is
 * added by writing its {@code time.tsv}.
 */
final class TimexParser {
  /** An expression over tokens [start, end). */
  private record Match(int start, int end, Reading reading) {
  }

  /** Calendar fields read from a day-month(-year) phrase. */
  private record DayMonth(Integer year, int month, Integer day, int end) {
  }

  /** The body of a duration: "66", "derniers", "jours". */
  private record Span(String amount, String unit, boolean last, boolean counted, int end) {
  }

  private final TimeLexicon lexicon;
  private final boolean dayFirst;

  TimexParser(TimeLexicon lexicon) {
    this.lexicon = lexicon;
    this.dayFirst = !"MDY".equals(lexicon.setting("dateorder", "DMY"));
  }

  List<Timex> find(String text) {
    List<Timex> found = new ArrayList<>();
    if (text == null || text.isEmpty() || lexicon.isEmpty()) {
      return found;
    }
    List<Tok> tokens = TimeTokens.tokenize(text);
    int i = 0;
    while (i < tokens.size()) {
      Match match = best(tokens, i);
      if (match == null || match.end() <= i) {
        i++;
        continue;
      }
      int start = tokens.get(match.start()).start();
      int end = tokens.get(match.end() - 1).end();
      Reading reading = match.reading();
      found.add(new Timex(start, end, text.substring(start, end), typeOf(reading), reading));
      i = match.end();
    }
    return found;
  }

  private static TimexType typeOf(Reading reading) {
    return switch (reading.kind()) {
      case DURATION -> TimexType.DURATION;
      case SET -> TimexType.SET;
      default -> reading.pod() != null ? TimexType.TIME : TimexType.DATE;
    };
  }

  private Match best(List<Tok> t, int i) {
    Match best = null;
    for (Match m : new Match[] {since(t, i), span(t, i), ago(t, i), duration(t, i), set(t, i), ref(t, i),
        boundary(t, i), date(t, i), firstOfRange(t, i)}) {
      if (m != null && (best == null || m.end() > best.end())) {
        best = m;
      }
    }
    return best;
  }

  // ---- rules ----

  private Match since(List<Tok> t, int i) {
    for (TimeLexicon.Hit hit : lexicon.at(t, i, "since")) {
      Match date = date(t, i + hit.length());
      if (date == null) {
        date = boundary(t, i + hit.length());
      }
      if (date != null && date.reading().kind() == Reading.Kind.FIELDS) {
        return new Match(i, date.end(), date.reading().asSince());
      }
    }
    return null;
  }

  private Match span(List<Tok> t, int i) {
    for (TimeLexicon.Hit hit : lexicon.at(t, i, "span")) {
      Span body = spanBody(t, skipDet(t, i + hit.length()));
      // "pendant les mois d'été" is no period that ends now: a count or "derniers"/"past" is needed
      if (body != null && (body.counted() || body.last() || hit.value().equals("LAST"))) {
        return new Match(i, body.end(), Reading.duration(body.amount(), body.unit(), true));
      }
    }
    return null;
  }

  private Match ago(List<Tok> t, int i) {
    for (TimeLexicon.Hit hit : lexicon.at(t, i, "ago_pre")) {
      Span body = spanBody(t, i + hit.length());
      if (body != null) {
        return new Match(i, body.end(), relativeAgo(body));
      }
    }
    Span body = spanBody(t, i);
    if (body != null && body.counted()) {
      TimeLexicon.Hit post = lexicon.first(t, body.end(), "ago_post");
      if (post != null) {
        return new Match(i, body.end() + post.length(), relativeAgo(body));
      }
    }
    return null;
  }

  /** "il y a 2 jours" as a day two days back; weeks count in days, months and years stay months and years. */
  private static Reading relativeAgo(Span body) {
    int n;
    try {
      n = Integer.parseInt(body.amount());
    } catch (NumberFormatException e) {
      return Reading.ref("PAST_REF");
    }
    return switch (body.unit()) {
      case "D" -> Reading.relative("D", -n, null);
      case "W" -> Reading.relative("D", -7 * n, null);
      case "M", "Y", "DE", "CE" -> Reading.relative(body.unit(), -n, null);
      default -> Reading.relative("D", 0, null);
    };
  }

  private Match duration(List<Tok> t, int i) {
    int j = skipDet(t, i);
    Span body = spanBody(t, j);
    if (body == null || !body.counted()) {
      return null;
    }
    return new Match(body.last() ? i : j, body.end(), Reading.duration(body.amount(), body.unit(), body.last()));
  }

  private Match set(List<Tok> t, int i) {
    TimeLexicon.Hit each = lexicon.first(t, i, "each");
    if (each == null) {
      return null;
    }
    int j = skipDet(t, i + each.length());
    TimeLexicon.Hit weekday = lexicon.first(t, j, "weekday");
    if (weekday != null) {
      return new Match(i, j + weekday.length(), Reading.set("XXXX-WXX-" + weekday.value()));
    }
    TimeLexicon.Hit pod = lexicon.first(t, j, "pod");
    if (pod != null) {
      return new Match(i, j + pod.length(), Reading.set("XXXX-XX-XXT" + pod.value()));
    }
    Span body = spanBody(t, j);
    if (body != null) {
      return new Match(i, body.end(), Reading.set(durationValue(body.amount(), body.unit())));
    }
    return null;
  }

  /** The first day of "du 19 au 23 juillet", "les 6 et 13 avril prochains": the month of the second. */
  private Match firstOfRange(List<Tok> t, int i) {
    int j = skipDet(t, i);
    int[] first = day(t, j);
    if (first == null || first[1] >= t.size() || t.get(j).shape() != Shape.NUMBER) {
      return null;
    }
    TimeLexicon.Hit range = lexicon.first(t, first[1], "range");
    if (range == null) {
      return null;
    }
    Match second = weekdayOrDayMonth(t, first[1] + range.length());
    if (second == null || second.reading().month() == null || second.reading().day() == null) {
      return null;
    }
    Reading r = second.reading();
    if (!validDay(r.year() == null ? 2000 : r.year(), r.month(), first[0]) || first[0] >= r.day()) {
      return null;
    }
    return new Match(i, first[1],
        Reading.fields(r.year(), r.month(), first[0], null, null, r.modifier(), null));
  }

  private Match ref(List<Tok> t, int i) {
    TimeLexicon.Hit hit = lexicon.first(t, i, "ref");
    return hit == null ? null : new Match(i, i + hit.length(), Reading.ref(hit.value()));
  }

  /** "début", "fin de", "early", "the end of" before a date: the date's value (TimeML puts the rest in mod). */
  private Match boundary(List<Tok> t, int i) {
    for (TimeLexicon.Hit hit : lexicon.at(t, i, "boundary")) {
      int j = i + hit.length();
      if (j < t.size() && t.get(j).key().equals("-")) {
        j++;
      }
      Match date = date(t, j);
      int k = skipDet(t, j);
      TimeLexicon.Hit unit = lexicon.first(t, k, "unit");
      Match bare = unit != null && calendarUnit(unit.value())
          ? new Match(i, k + unit.length(), Reading.relative(unit.value(), 0, null)) : null;
      if (date != null && (bare == null || date.end() >= bare.end())) {
        return new Match(i, date.end(), date.reading());
      }
      if (bare != null) {
        return bare;
      }
    }
    return null;
  }

  private Match date(List<Tok> t, int i) {
    Match best = null;
    for (Match m : new Match[] {numeric(t, i), relday(t, i), weekdayOrDayMonth(t, i), modified(t, i),
        unitThenModifier(t, i), monthOrSeason(t, i), year(t, i)}) {
      if (m != null && (best == null || m.end() > best.end())) {
        best = m;
      }
    }
    return best;
  }

  private Match numeric(List<Tok> t, int i) {
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
      return new Match(i, j + 1, Reading.fields(year, month, day, null, null, Modifier.NONE, null));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private Match relday(List<Tok> t, int i) {
    TimeLexicon.Hit hit = lexicon.first(t, i, "relday");
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
    return new Match(i, end, Reading.relative("D", offset, pod));
  }

  private Match weekdayOrDayMonth(List<Tok> t, int i) {
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
  private Match trailing(List<Tok> t, int start, int end, Reading reading, boolean allowModifier) {
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
    return new Match(start, end, reading);
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
  private int[] day(List<Tok> t, int k) {
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
  private Match modified(List<Tok> t, int i) {
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
      return new Match(i, k + month.length(),
          Reading.fields(null, Integer.valueOf(month.value()), null, null, null, modifier, null));
    }
    TimeLexicon.Hit season = lexicon.first(t, k, "season");
    if (season != null) {
      return new Match(i, k + season.length(), Reading.fields(null, null, null, null, season.value(), modifier, null));
    }
    TimeLexicon.Hit unit = lexicon.first(t, k, "unit");
    if (unit != null && (calendarUnit(unit.value()) || unit.value().equals("D") && modifier == Modifier.THIS)) {
      int end = k + unit.length();
      TimeLexicon.Hit ci = lexicon.first(t, end, "modifier"); // "ce mois-ci"
      if (ci != null && ci.value().equals("THIS") && modifier == Modifier.THIS) {
        end += ci.length();
      }
      return new Match(i, end, Reading.relative(unit.value(), offset(modifier), null));
    }
    return null;
  }

  /** "la semaine dernière", "l'an prochain", "l'été dernier", "l'année 2001", "les années 60". */
  private Match unitThenModifier(List<Tok> t, int i) {
    int j = skipDet(t, i);
    TimeLexicon.Hit decade = lexicon.first(t, j, "decade");
    if (decade != null && j + decade.length() < t.size()) {
      Tok n = t.get(j + decade.length());
      String d = decadeOf(n);
      if (d != null) {
        return new Match(i, j + decade.length() + 1, Reading.decade(d));
      }
    }
    TimeLexicon.Hit unit = lexicon.first(t, j, "unit");
    if (unit != null) {
      int k = j + unit.length();
      Integer year = unit.value().equals("Y") ? yearAt(t, k, false) : null;
      if (year != null && j > i) {
        return new Match(i, k + 1, Reading.fields(year, null, null, null, null, Modifier.NONE, null));
      }
      TimeLexicon.Hit mod = lexicon.first(t, k, "modifier");
      if (mod != null && j > i && calendarUnit(unit.value())) {
        Modifier modifier = Modifier.valueOf(mod.value());
        return new Match(i, k + mod.length(), Reading.relative(unit.value(), offset(modifier), null));
      }
    }
    return null;
  }

  /** "juin", "juin dernier", "l'automne", "été 2022", "summer 2022". */
  private Match monthOrSeason(List<Tok> t, int i) {
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
        return new Match(i, end + 1, Reading.fields(year, null, null, null, season.value(), Modifier.NONE, null));
      }
      TimeLexicon.Hit mod = lexicon.first(t, end, "modifier");
      if (mod != null && !mod.value().equals("THIS")) {
        return new Match(i, end + mod.length(),
            Reading.fields(null, null, null, null, season.value(), Modifier.valueOf(mod.value()), null));
      }
      if (j > i) {
        return new Match(i, end, Reading.fields(null, null, null, null, season.value(), Modifier.NONE, null));
      }
    }
    return null;
  }

  /** A bare year ("en 2022", "1975,"), a decade ("1960s") or a century ("20th century", "XXe siècle"). */
  private Match year(List<Tok> t, int i) {
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
        return n >= 1 && n <= 30 ? new Match(i, end, Reading.century(String.format("%02d", n - 1))) : null;
      }
      TimeLexicon.Hit decade = lexicon.first(t, next, "decade");
      String d = decadeOf(tok);
      if (decade != null && d != null && tok.text().length() == 4) {
        return new Match(i, next + decade.length(), Reading.decade(d));
      }
    }
    if (tok.text().length() == 2 && (next >= t.size() || t.get(next).shape() != Shape.WORD)) {
      // "en 97", "'97", "1957-58"
      if (i > 0 && lexicon.first(t, i - 1, "short_year_cue") != null) {
        return new Match(i, next, Reading.fields(twoDigitYear(n), null, null, null, null, Modifier.NONE, null));
      }
      if (i > 1 && t.get(i - 1).key().equals("-") && t.get(i - 1).end() == tok.start()) {
        int first = t.get(i - 2).number();
        if (t.get(i - 2).text().length() == 4 && first >= 1000 && first <= 2999 && first % 100 < n) {
          return new Match(i, next, Reading.fields(first / 100 * 100 + n, null, null, null, null, Modifier.NONE, null));
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
      return new Match(i, next, Reading.fields(n, null, null, null, null, Modifier.NONE, null));
    }
    return null;
  }

  /** "XIXe siècle", "XXIe siècle": the century 18, 20. */
  private Match romanCentury(List<Tok> t, int i) {
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
    return new Match(i, i + 1 + century.length(), Reading.century(String.format("%02d", value - 1)));
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

  // ---- helpers ----

  /** "66 jours", "deux semaines", "derniers jours", "66 derniers jours", "past two weeks". */
  private Span spanBody(List<Tok> t, int k) {
    boolean last = false;
    TimeLexicon.Hit mod = lexicon.first(t, k, "modifier");
    if (mod != null && mod.value().equals("LAST")) {
      last = true;
      k += mod.length();
    }
    String amount = null;
    if (k < t.size() && t.get(k).shape() == Shape.NUMBER) {
      amount = t.get(k).text().replace(',', '.');
      k++;
    } else {
      TimeLexicon.Hit count = lexicon.first(t, k, "count");
      if (count != null) {
        amount = count.value();
        k += count.length();
      }
    }
    mod = lexicon.first(t, k, "modifier");
    if (mod != null && mod.value().equals("LAST")) {
      last = true;
      k += mod.length();
    }
    TimeLexicon.Hit unit = lexicon.first(t, k, "unit");
    if (unit == null || amount != null && amount.length() > 7) {
      return null;
    }
    boolean counted = amount != null;
    if (amount == null) {
      String word = t.get(k).key();
      amount = word.endsWith("s") && !word.endsWith("ss") && !t.get(k + unit.length() - 1).key().equals("mois")
          ? "X" : "1";
    }
    return new Span(amount, unit.value(), last, counted, k + unit.length());
  }

  /** The TimeML value of a duration: P66D, P2W, PT30.4S, PXD. */
  static String durationValue(String amount, String unit) {
    return switch (unit) {
      case "H" -> "PT" + amount + "H";
      case "MIN" -> "PT" + amount + "M";
      case "S" -> "PT" + amount + "S";
      default -> "P" + amount + unit;
    };
  }

  private int skipDet(List<Tok> t, int i) {
    TimeLexicon.Hit det = lexicon.first(t, i, "det");
    return det == null ? i : i + det.length();
  }

  private static boolean calendarUnit(String unit) {
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
