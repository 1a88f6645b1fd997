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

  /** The body of a duration: "66", "derniers", "jours". */
  private record Span(String amount, String unit, boolean last, boolean counted, int end) {
  }

  private final TimeLexicon lexicon;
  private final DateRules dates;

  TimexParser(TimeLexicon lexicon) {
    this.lexicon = lexicon;
    this.dates = new DateRules(lexicon);
  }

  List<Timex> find(String text) {
    List<Timex> found = new ArrayList<>();
    if (text == null || text.isEmpty() || lexicon.isEmpty()) {
      return found;
    }
    List<Tok> tokens = TimeTokens.tokenize(text);
    int i = 0;
    while (i < tokens.size()) {
      TokenMatch match = best(tokens, i);
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

  private TokenMatch best(List<Tok> t, int i) {
    TokenMatch best = null;
    for (TokenMatch m : new TokenMatch[] {since(t, i), span(t, i), ago(t, i), duration(t, i), set(t, i), ref(t, i),
        boundary(t, i), dates.date(t, i), firstOfRange(t, i)}) {
      if (m != null && (best == null || m.end() > best.end())) {
        best = m;
      }
    }
    return best;
  }

  // ---- rules ----

  private TokenMatch since(List<Tok> t, int i) {
    for (TimeLexicon.Hit hit : lexicon.at(t, i, "since")) {
      TokenMatch date = dates.date(t, i + hit.length());
      if (date == null) {
        date = boundary(t, i + hit.length());
      }
      if (date != null && date.reading().kind() == Reading.Kind.FIELDS) {
        return new TokenMatch(i, date.end(), date.reading().asSince());
      }
    }
    return null;
  }

  private TokenMatch span(List<Tok> t, int i) {
    for (TimeLexicon.Hit hit : lexicon.at(t, i, "span")) {
      Span body = spanBody(t, dates.skipDet(t, i + hit.length()));
      // "pendant les mois d'été" is no period that ends now: a count or "derniers"/"past" is needed
      if (body != null && (body.counted() || body.last() || hit.value().equals("LAST"))) {
        return new TokenMatch(i, body.end(), Reading.duration(body.amount(), body.unit(), true));
      }
    }
    return null;
  }

  private TokenMatch ago(List<Tok> t, int i) {
    for (TimeLexicon.Hit hit : lexicon.at(t, i, "ago_pre")) {
      Span body = spanBody(t, i + hit.length());
      if (body != null) {
        return new TokenMatch(i, body.end(), relativeAgo(body));
      }
    }
    Span body = spanBody(t, i);
    if (body != null && body.counted()) {
      TimeLexicon.Hit post = lexicon.first(t, body.end(), "ago_post");
      if (post != null) {
        return new TokenMatch(i, body.end() + post.length(), relativeAgo(body));
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

  private TokenMatch duration(List<Tok> t, int i) {
    int j = dates.skipDet(t, i);
    Span body = spanBody(t, j);
    if (body == null || !body.counted()) {
      return null;
    }
    return new TokenMatch(body.last() ? i : j, body.end(), Reading.duration(body.amount(), body.unit(), body.last()));
  }

  private TokenMatch set(List<Tok> t, int i) {
    TimeLexicon.Hit each = lexicon.first(t, i, "each");
    if (each == null) {
      return null;
    }
    int j = dates.skipDet(t, i + each.length());
    TimeLexicon.Hit weekday = lexicon.first(t, j, "weekday");
    if (weekday != null) {
      return new TokenMatch(i, j + weekday.length(), Reading.set("XXXX-WXX-" + weekday.value()));
    }
    TimeLexicon.Hit pod = lexicon.first(t, j, "pod");
    if (pod != null) {
      return new TokenMatch(i, j + pod.length(), Reading.set("XXXX-XX-XXT" + pod.value()));
    }
    Span body = spanBody(t, j);
    if (body != null) {
      return new TokenMatch(i, body.end(), Reading.set(durationValue(body.amount(), body.unit())));
    }
    return null;
  }

  /** The first day of "du 19 au 23 juillet", "les 6 et 13 avril prochains": the month of the second. */
  private TokenMatch firstOfRange(List<Tok> t, int i) {
    int j = dates.skipDet(t, i);
    int[] first = dates.day(t, j);
    if (first == null || first[1] >= t.size() || t.get(j).shape() != Shape.NUMBER) {
      return null;
    }
    TimeLexicon.Hit range = lexicon.first(t, first[1], "range");
    if (range == null) {
      return null;
    }
    TokenMatch second = dates.weekdayOrDayMonth(t, first[1] + range.length());
    if (second == null || second.reading().month() == null || second.reading().day() == null) {
      return null;
    }
    Reading r = second.reading();
    if (!DateRules.validDay(r.year() == null ? 2000 : r.year(), r.month(), first[0]) || first[0] >= r.day()) {
      return null;
    }
    return new TokenMatch(i, first[1],
        Reading.fields(r.year(), r.month(), first[0], null, null, r.modifier(), null));
  }

  private TokenMatch ref(List<Tok> t, int i) {
    TimeLexicon.Hit hit = lexicon.first(t, i, "ref");
    return hit == null ? null : new TokenMatch(i, i + hit.length(), Reading.ref(hit.value()));
  }

  /** "début", "fin de", "early", "the end of" before a date: the date's value (TimeML puts the rest in mod). */
  private TokenMatch boundary(List<Tok> t, int i) {
    for (TimeLexicon.Hit hit : lexicon.at(t, i, "boundary")) {
      int j = i + hit.length();
      if (j < t.size() && t.get(j).key().equals("-")) {
        j++;
      }
      TokenMatch date = dates.date(t, j);
      int k = dates.skipDet(t, j);
      TimeLexicon.Hit unit = lexicon.first(t, k, "unit");
      TokenMatch bare = unit != null && DateRules.calendarUnit(unit.value())
          ? new TokenMatch(i, k + unit.length(), Reading.relative(unit.value(), 0, null)) : null;
      if (date != null && (bare == null || date.end() >= bare.end())) {
        return new TokenMatch(i, date.end(), date.reading());
      }
      if (bare != null) {
        return bare;
      }
    }
    return null;
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
    boolean digits = false;
    if (k < t.size() && t.get(k).shape() == Shape.NUMBER) {
      String number = t.get(k).text();
      if (THOUSANDS.matcher(number).matches()) {
        return null; // "189,000 last year" is a count of something else
      }
      amount = number.replace(',', '.');
      digits = true;
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
    if (unit == null || amount != null && amount.length() > 7
        || unit.entry().flags().contains("bound") && !digits) {
      return null; // "a second round" is no duration; "1 second" is
    }
    boolean counted = amount != null;
    if (amount == null) {
      amount = DateRules.plural(t, k, unit) ? "X" : "1";
    }
    return new Span(amount, unit.value(), last, counted, k + unit.length());
  }

  private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile("\\d{1,3}[.,]\\d{3}");

  /** The TimeML value of a duration: P66D, P2W, PT30.4S, PXD. */
  static String durationValue(String amount, String unit) {
    return switch (unit) {
      case "H" -> "PT" + amount + "H";
      case "MIN" -> "PT" + amount + "M";
      case "S" -> "PT" + amount + "S";
      default -> "P" + amount + unit;
    };
  }

}
