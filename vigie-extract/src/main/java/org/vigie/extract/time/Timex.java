package org.vigie.extract.time;

import java.util.Objects;

/**
 * One temporal expression found in a text: where it is (half-open character offsets into the text
 * given to {@link TimexReader#find(String)}), its words, its TimeML type, and what the reader
 * understood of it. Its value is not computed here: {@link TimexResolver#resolve} applies a
 * reference date and a tense.
 */
public final class Timex {
  private final int start;
  private final int end;
  private final String text;
  private final TimexType type;
  private final Reading reading;

  Timex(int start, int end, String text, TimexType type, Reading reading) {
    this.start = start;
    this.end = end;
    this.text = Objects.requireNonNull(text, "text");
    this.type = Objects.requireNonNull(type, "type");
    this.reading = Objects.requireNonNull(reading, "reading");
  }

  /** Offset of the first character, in the text searched. */
  public int start() {
    return start;
  }

  /** Offset just after the last character. */
  public int end() {
    return end;
  }

  /** The words of the expression, as in the text. */
  public String text() {
    return text;
  }

  /** DATE, TIME, DURATION or SET. */
  public TimexType type() {
    return type;
  }

  /**
   * Whether the value needs a reference date ("hier", "vendredi dernier", "en mars", "le 12
   * décembre"); false for "12 décembre 2023", "66 jours", "en 2022".
   */
  public boolean isRelative() {
    return reading.needsReference();
  }

  /**
   * Whether the expression opens a period that runs to the reference date ("depuis le 7 octobre",
   * "au cours des 66 jours", "over the past week").
   */
  public boolean isPeriod() {
    return reading.since() || reading.toReference();
  }

  /**
   * Whether the expression counts from the time the story has reached rather than from its
   * publication ("la veille", "le lendemain", "the next day", "the same day"): resolve it against
   * that time when it is known.
   */
  public boolean isAnaphoric() {
    return reading.kind() == Reading.Kind.ANAPHORIC;
  }

  /** Shortcut for {@link TimexResolver#resolve(Timex, java.time.LocalDate, Tense)}. */
  public ResolvedTimex resolve(java.time.LocalDate reference, Tense tense) {
    return TimexResolver.resolve(this, reference, tense);
  }

  Reading reading() {
    return reading;
  }

  @Override
  public String toString() {
    return type + "[" + start + "," + end + ")'" + text + "' " + reading;
  }
}
