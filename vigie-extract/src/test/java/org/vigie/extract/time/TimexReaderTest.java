package org.vigie.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimexReaderTest {
  private static final LocalDate TUESDAY = LocalDate.of(2023, 12, 12);

  private static List<String> texts(String language, String text) {
    return TimexReader.forLanguage(language).find(text).stream().map(Timex::text).toList();
  }

  @Test
  void findsSeveralExpressionsInOrderWithOffsets() {
    String text = "Lundi soir, après 66 jours de guerre, le ministre a rappelé l'accord du 7 octobre.";
    List<Timex> found = TimexReader.forLanguage("fr").find(text);
    assertThat(found).extracting(Timex::text).containsExactly("Lundi soir", "66 jours", "7 octobre");
    assertThat(found).extracting(Timex::type)
        .containsExactly(TimexType.TIME, TimexType.DURATION, TimexType.DATE);
    assertThat(text.substring(found.get(2).start(), found.get(2).end())).isEqualTo("7 octobre");
  }

  @Test
  void wordsThatOnlyLookLikeDates() {
    assertThat(texts("en", "You may leave now that the march is over.")).containsExactly("now");
    assertThat(texts("en", "Officials said 2000 people fled.")).isEmpty();
    assertThat(texts("fr", "Il a été blessé, 2500 personnes ont fui.")).isEmpty();
    assertThat(texts("fr", "Le bilan s'élève à 18 205 morts.")).isEmpty();
    assertThat(texts("fr", "Il a été élu.")).isEmpty();
    assertThat(texts("en", "He won a second term; Italy's 60 million people voted.")).isEmpty();
    assertThat(texts("en", "Two years earlier he had resigned.")).as("anaphoric: not from the reference date")
        .containsExactly("Two years");
    // positive controls
    assertThat(texts("en", "Officials said in 2000 people fled.")).containsExactly("2000");
    assertThat(texts("fr", "Il a été élu en mai.")).containsExactly("mai");
  }

  @Test
  void relativeExpressionsNeedAReferenceDate() {
    Timex hier = TimexReader.forLanguage("fr").find("Il est arrivé hier.").get(0);
    assertThat(hier.isRelative()).isTrue();
    ResolvedTimex none = TimexResolver.resolve(hier, null, Tense.PAST);
    assertThat(none.value()).isNull();
    assertThat(none.anchor()).isEqualTo(Anchor.NONE);
    ResolvedTimex resolved = hier.resolve(TUESDAY, Tense.PAST);
    assertThat(resolved.value()).isEqualTo("2023-12-11");
    assertThat(resolved.anchor()).isEqualTo(Anchor.REFERENCE);

    Timex absolute = TimexReader.forLanguage("fr").find("le 12 décembre 2023").get(0);
    assertThat(absolute.isRelative()).isFalse();
    assertThat(TimexResolver.resolve(absolute, null, Tense.UNKNOWN).value()).isEqualTo("2023-12-12");
    assertThat(TimexResolver.resolve(absolute, null, Tense.UNKNOWN).anchor()).isEqualTo(Anchor.ABSOLUTE);
  }

  @Test
  void bareWeekdayFollowsTheTense() {
    Timex monday = TimexReader.forLanguage("en").find("Monday").get(0);
    assertThat(monday.resolve(TUESDAY, Tense.PAST).value()).isEqualTo("2023-12-11");
    assertThat(monday.resolve(TUESDAY, Tense.FUTURE).value()).isEqualTo("2023-12-18");
    assertThat(monday.resolve(TUESDAY, Tense.UNKNOWN).value()).isEqualTo("2023-12-11");
    assertThat(monday.resolve(TUESDAY, null).value()).isEqualTo("2023-12-11");
  }

  @Test
  void periodsRunToTheReferenceDate() {
    Timex span = TimexReader.forLanguage("fr").find("au cours des 66 jours").get(0);
    assertThat(span.isPeriod()).isTrue();
    ResolvedTimex resolved = span.resolve(LocalDate.of(2023, 12, 11), Tense.PAST);
    assertThat(resolved.value()).isEqualTo("P66D");
    assertThat(resolved.start()).isEqualTo(LocalDate.of(2023, 10, 7));
    assertThat(resolved.end()).isEqualTo(LocalDate.of(2023, 12, 11));

    Timex since = TimexReader.forLanguage("en").find("since October 7").get(0);
    ResolvedTimex sinceResolved = since.resolve(TUESDAY, Tense.PAST);
    assertThat(sinceResolved.start()).isEqualTo(LocalDate.of(2023, 10, 7));
    assertThat(sinceResolved.end()).isEqualTo(TUESDAY);

    Timex plain = TimexReader.forLanguage("fr").find("66 jours").get(0);
    assertThat(plain.isPeriod()).isFalse();
    assertThat(plain.resolve(TUESDAY, Tense.PAST).start()).isNull();
  }

  @Test
  void dateValueDropsThePartOfDay() {
    Timex evening = TimexReader.forLanguage("fr").find("lundi soir").get(0);
    ResolvedTimex resolved = evening.resolve(TUESDAY, Tense.PAST);
    assertThat(resolved.value()).isEqualTo("2023-12-11TEV");
    assertThat(resolved.dateValue()).isEqualTo("2023-12-11");
    assertThat(resolved.precision()).isEqualTo(Precision.PART_OF_DAY);
  }

  @Test
  void invalidCalendarDatesAreNotRead() {
    assertThat(texts("fr", "le 31/02/2023")).isEmpty();
    assertThat(texts("en", "on February 30")).isEmpty();
    assertThat(texts("en", "on 2023-13-01")).isEmpty();
  }

  @Test
  void unknownLanguageFindsNothing() {
    assertThat(TimexReader.forLanguage("xx").find("12 décembre 2023, December 12")).isEmpty();
    assertThat(TimexReader.forLanguage(null).find("hier")).isEmpty();
    assertThat(TimexReader.forLanguage("fr").find(null)).isEmpty();
    assertThat(TimexReader.forLanguage("fr").find("")).isEmpty();
  }
}
