package org.vigie.extract.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.extract.time.Precision;
import org.vigie.extract.time.ResolvedTimex;
import org.vigie.extract.time.Tense;
import org.vigie.extract.time.Timex;
import org.vigie.extract.time.TimexReader;
import org.vigie.extract.time.TimexType;
import org.vigie.model.Period;
import org.vigie.model.Token;

/**
 * The dates of one sentence that a count needs: the day its report is dated ("a annoncé lundi",
 * "said on Friday"), and the period a cumulative count covers ("depuis le 8 octobre", "au cours des
 * 66 jours", "since February 24, 2022"), read with the temporal expressions of
 * {@code org.vigie.extract.time} and tied to the count through the parse.
 */
final class FactTime {
  private static final Pattern DAYS = Pattern.compile("P(\\d+)D");

  /** A temporal expression of the sentence and the token that heads it in the parse. */
  private record Found(Timex timex, Token head) {
  }

  private final SentenceGraph graph;
  private final List<Found> found = new ArrayList<>();

  /** The expressions of a sentence whose text starts at {@code offset} in the document. */
  FactTime(String language, SentenceGraph graph, String text, int offset) {
    this.graph = graph;
    for (Timex timex : TimexReader.forLanguage(language).find(text)) {
      Token head = null;
      List<Token> span = new ArrayList<>();
      for (Token token : graph.tokens()) {
        if (token.start() < timex.end() + offset && token.end() > timex.start() + offset) {
          span.add(token);
        }
      }
      for (Token token : span) {
        Token governor = graph.head(token);
        if (governor == null || !span.contains(governor)) {
          head = token;
          if (!"ADP".equals(token.pos()) && !"DET".equals(token.pos())) {
            break;
          }
        }
      }
      if (head != null) {
        found.add(new Found(timex, head));
      }
    }
  }

  /**
   * The day the report of a count is dated: a date of day precision set on a verb of saying or of
   * reporting ("a annoncé lundi", "said on Friday"), resolved against the publication date; else
   * the publication date.
   */
  LocalDate reportedOn(LocalDate published, java.util.function.Predicate<Token> reports) {
    if (published == null) {
      return null;
    }
    for (Found f : found) {
      Token governor = graph.head(f.head());
      if (f.timex().isPeriod() || f.timex().type() == TimexType.DURATION || governor == null
          || !(Reporting.speech(governor) || reports.test(governor))) {
        continue;
      }
      ResolvedTimex resolved = f.timex().resolve(published, Tense.PAST);
      if (resolved.precision() == Precision.DAY || resolved.precision() == Precision.PART_OF_DAY) {
        LocalDate day = date(resolved.dateValue());
        if (day != null && !day.isAfter(published)) {
          return day;
        }
      }
    }
    return published;
  }

  /**
   * The period a count covers: an expression that opens a period running to the report's date
   * ("depuis le 8 octobre 2023", "au cours des 66 jours", "since January 1") set on the count's
   * words or its clause, resolved against {@code reference}; null when there is none.
   */
  Period period(List<Token> anchors, LocalDate reference) {
    if (reference == null) {
      return null;
    }
    for (Found f : found) {
      if (!f.timex().isPeriod() || !attached(f.head(), anchors)) {
        continue;
      }
      ResolvedTimex resolved = f.timex().resolve(reference, Tense.PAST);
      Integer days = null;
      if (resolved.value() != null) {
        Matcher m = DAYS.matcher(resolved.value());
        if (m.matches()) {
          days = Integer.valueOf(m.group(1));
        }
      }
      if (resolved.start() == null && resolved.end() == null && days == null) {
        continue;
      }
      return new Period(resolved.start(), resolved.end(), days);
    }
    return null;
  }

  /** Whether the expression hangs on one of the anchors, directly or through at most two words. */
  private boolean attached(Token head, List<Token> anchors) {
    Token current = graph.head(head);
    for (int depth = 0; current != null && depth < 3; depth++) {
      if (anchors.contains(current)) {
        return true;
      }
      if (Reporting.speech(current)) {
        return false;
      }
      current = graph.head(current);
    }
    return false;
  }

  private static LocalDate date(String value) {
    if (value == null || value.length() != 10) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
