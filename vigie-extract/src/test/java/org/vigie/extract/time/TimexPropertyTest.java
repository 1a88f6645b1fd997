package org.vigie.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The reader, resolver and tense guess never throw, and offsets stay inside the input. */
class TimexPropertyTest {

  @Property(tries = 500)
  void neverThrowsOnRandomText(@ForAll String text, @ForAll("dates") LocalDate reference,
      @ForAll Tense tense) {
    check(text, reference, tense);
  }

  @Property(tries = 500)
  void neverThrowsOnTimeLikeText(@ForAll("timeish") String text, @ForAll("dates") LocalDate reference,
      @ForAll Tense tense) {
    check(text, reference, tense);
  }

  private static void check(String text, LocalDate reference, Tense tense) {
    for (String language : new String[] {"fr", "en", "xx"}) {
      for (Timex timex : TimexReader.forLanguage(language).find(text)) {
        assertThat(timex.start()).isBetween(0, timex.end());
        assertThat(timex.end()).isLessThanOrEqualTo(text.length());
        assertThat(timex.text()).isEqualTo(text.substring(timex.start(), timex.end()));
        ResolvedTimex resolved = TimexResolver.resolve(timex, reference, tense);
        assertThat(resolved.timex()).isSameAs(timex);
        TimexResolver.resolve(timex, null, tense);
        TenseGuess.guess(language, text, timex.start(), timex.end());
      }
      TenseGuess.guess(language, text, 0, text.length());
    }
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay),
        Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(2024, 2, 29)));
  }

  /** Text made of the grammar's own words, numbers and punctuation, to reach deep into the rules. */
  @Provide
  Arbitrary<String> timeish() {
    Arbitrary<String> word = Arbitraries.of("le", "la", "l'", "les", "the", "12", "1er", "31", "2023", "99", "0",
        "décembre", "December", "Dec.", "dec", "janv.", "lundi", "Monday", "dernier", "last", "prochain", "next",
        "hier", "yesterday", "avant-hier", "il", "y", "a", "ago", "depuis", "since", "au", "cours", "des", "over",
        "past", "jours", "days", "semaine", "week", "mois", "an", "année", "years", "soir", "night", "matin", "été",
        "summer", "fin", "early", "de", "of", "chaque", "every", "-", ",", ".", "/", "12/12/2023", "2023-02-30",
        "31/02/2023", "années", "60", "1960s", "20th", "century", "siècle", "e", "th", "quelques", "deux", "X",
        "30,4", "secondes", "ce", "cette", "-ci", "mi", "The", "\u2019", "aujourd\u2019hui", "999999999999",
        "00", "29", "février", "February", "0/0/0000", "9999-99-99");
    return word.list().ofMinSize(0).ofMaxSize(12).map(words -> String.join(" ", words));
  }
}
