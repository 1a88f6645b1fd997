package org.vigie.extract.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Properties of the number readers: they never throw and give offsets inside the text, on any
 * string; and a whole number written in any supported form (digits with each separator, French and
 * English words, digits with a scale word) reads back as that number.
 */
class NumberReaderPropertiesTest {
  private static final List<String> VOCABULARY = List.of(
      "18", "205", "1", "2023", "0", "01", "12", "000", " ", " ", "\u00a0", "\u202f", ".", ",", "-", "–", "/", ":",
      "%", "+", "'", "’", "h", "e", "er", "st", "de", "d'", "à", "et", "and", "to", "entre", "between", "plus",
      "au", "moins", "près", "at", "least", "nearly", "about", "environ", "quelque", "some", "des", "dizaines",
      "milliers", "dozens", "hundreds", "thousands", "tens", "of", "une", "un", "a", "vingtaine", "centaine",
      "dozen", "dix", "huit", "dix-huit", "vingt", "quatre", "quatre-vingt", "soixante", "cent", "cents",
      "hundred", "mille", "milles", "thousand", "million", "millions", "milliard", "billion", "twenty",
      "one", "five", "plusieurs", "several", "few", "décembre", "December", "en", "in", "n°", "#", "M", "F",
      "p.m.", "heures", "pour", "cent", "per", "\n", "\t", "é", "\uD83D\uDE00", "\u0301");

  @Provide
  Arbitrary<String> numberish() {
    return Arbitraries.of(VOCABULARY).list().ofMaxSize(25).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> spaced() {
    return Arbitraries.of(VOCABULARY).list().ofMaxSize(25).map(parts -> String.join(" ", parts));
  }

  @Property(tries = 2000)
  void neverThrowsOnNumberLikeText(@ForAll("numberish") String text) {
    checkOffsets(text);
  }

  @Property(tries = 2000)
  void neverThrowsOnSpacedWords(@ForAll("spaced") String text) {
    checkOffsets(text);
  }

  @Property(tries = 1000)
  void neverThrowsOnAnyString(@ForAll String text) {
    checkOffsets(text);
  }

  private static void checkOffsets(String text) {
    for (String language : List.of("fr", "en")) {
      List<Quantity> found = NumberReader.forLanguage(language).read(text);
      int previousEnd = 0;
      for (Quantity quantity : found) {
        assertThat(quantity.start()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(quantity.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(quantity.start());
        assertThat(quantity.text()).isEqualTo(text.substring(quantity.start(), quantity.end()));
        previousEnd = quantity.end();
      }
    }
  }

  @Property(tries = 1000)
  void digitsWithAnySeparatorReadBack(@ForAll @LongRange(min = 1, max = 999_999_999_999_999L) long n,
                                      @ForAll("separators") String separator) {
    String digits = NumberWriting.grouped(n, separator);
    assertReadsBack("fr", "Le bilan fait état de " + digits + " morts.", n);
    if (!separator.equals(".")) {
      assertReadsBack("en", "The toll stands at " + digits + " dead.", n);
    }
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of("", " ", "\u00a0", "\u202f", ".", ",");
  }

  @Property(tries = 1000)
  void frenchWordsReadBack(@ForAll @LongRange(min = 2, max = 999_999_999_999L) long n) {
    assertReadsBack("fr", "Le bilan fait état de " + NumberWriting.french(n) + " morts.", n);
  }

  @Property(tries = 1000)
  void englishWordsReadBack(@ForAll @LongRange(min = 1, max = 999_999_999_999L) long n,
                            @ForAll boolean withAnd) {
    assertReadsBack("en", "The toll stands at " + NumberWriting.english(n, withAnd) + " dead.", n);
  }

  @Property(tries = 500)
  void digitsWithAScaleWordReadBack(@ForAll("scaled") long[] baseAndScale) {
    long base = baseAndScale[0];
    long scale = baseAndScale[1];
    String fr = scale == 1000 ? "mille" : scale == 1_000_000 ? "millions" : "milliards";
    String en = scale == 1000 ? "thousand" : scale == 1_000_000 ? "million" : "billion";
    assertReadsBack("fr", "Le bilan fait état de " + base + " " + fr + " morts.", base * scale);
    assertReadsBack("en", "The toll stands at " + base + " " + en + " dead.", base * scale);
  }

  @Provide
  Arbitrary<long[]> scaled() {
    return Combinators.combine(Arbitraries.longs().between(2, 999), Arbitraries.of(1000L, 1_000_000L, 1_000_000_000L))
        .as((base, scale) -> new long[] {base, scale});
  }

  @Property(tries = 500)
  void digitsScaleAndRestReadBack(@ForAll @LongRange(min = 1, max = 999) long thousands,
                                  @ForAll @LongRange(min = 1, max = 999) long rest) {
    assertReadsBack("fr", "Le bilan a atteint " + thousands + " milles " + rest + " morts.", thousands * 1000 + rest);
  }

  private static void assertReadsBack(String language, String sentence, long expected) {
    List<Quantity> found = NumberReader.forLanguage(language).read(sentence);
    assertThat(found).as(sentence).hasSize(1);
    assertThat(found.get(0).value()).as(sentence).isEqualByComparingTo(BigDecimal.valueOf(expected));
    assertThat(found.get(0).approximate()).as(sentence).isFalse();
  }
}
