package org.vigie.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.extract.entity.PersonDictionary.DatedCode;
import org.vigie.extract.entity.PersonDictionary.Person;

class PersonDictionaryTest {
  private final PersonDictionary dictionary = PersonDictionary.get();

  @ParameterizedTest(name = "[{index}] {0} -> {1} {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # name as written            | canonical name           | code today
      Sergueï Lavrov               | Sergey Lavrov            | RUSGOV
      Sergei Lavrov                | Sergey Lavrov            | RUSGOV
      Vladimir Poutine             | Vladimir Putin           | RUSGOV
      Sergueï Choïgou              | Sergei Shoigu            | RUSGOV
      Dmytro Kouleba               | Dmytro Kuleba            | UKRGOV
      Hossein Amir-Abdollahian     | Hossein Amir-Abdollahian | IRNGOV
      Ebrahim Raïssi               | Ebrahim Raisi            | IRNGOV
      António Guterres             | António Guterres         | IGOUNO
      """)
  void knownPeopleByAnyRomanisation(String written, String name, String code) {
    Person person = dictionary.lookup(written);
    assertThat(person).as(written).isNotNull();
    assertThat(person.name()).isEqualTo(name);
    assertThat(person.codeOn(LocalDate.of(2024, 1, 15))).isEqualTo(code);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # a surname the dictionaries list on its own resolves, in either spelling
      Lavrov  | Sergey Lavrov
      Poutine | Vladimir Putin
      Macron  | Emmanuel Macron
      """)
  void distinctiveSurnamesResolve(String written, String canonical) {
    assertThat(PersonDictionary.get().lookup(written).name()).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "[{index}] {0} -> nobody")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # unknown people, unknown surnames, and a surname two listed people share
      Jean Dupont
      Ivan Petrov
      Dupont
      Kim
      ""
      """)
  void unknownNamesAndSurnamesAloneGiveNobody(String written) {
    assertThat(dictionary.lookup(written)).isNull();
  }

  @Test
  void roleComesFromTheDictionary() {
    assertThat(dictionary.lookup("Sergueï Lavrov").role()).isEqualTo("minister of foreign affairs");
    assertThat(dictionary.lookup("Vladimir Poutine").role()).isEqualTo("president");
  }

  @ParameterizedTest(name = "[{index}] Raisi on {0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # Ebrahim Raisi: head of the judiciary 2019-03-07..2021-07-01, president 2021-08-03..2024-05-19
      2019-03-07 | IRNJUD
      2020-06-01 | IRNJUD
      2021-07-01 | IRNJUD
      2021-08-03 | IRNGOV
      2022-01-01 | IRNGOV
      # outside every range: the latest code
      2021-07-15 | IRNGOV
      2010-01-01 | IRNGOV
      2030-01-01 | IRNGOV
      """)
  void datedCodesChooseByDate(LocalDate date, String code) {
    assertThat(dictionary.lookup("Ebrahim Raïssi").codeOn(date)).isEqualTo(code);
  }

  @Test
  void unknownDateGivesTheLatestCode() {
    assertThat(dictionary.lookup("Ebrahim Raïssi").codeOn(null)).isEqualTo("IRNGOV");
  }

  @Test
  void codeOnOfAHandMadePerson() {
    Person person = new Person("Test Person", List.of(
        new DatedCode("AAAGOV", LocalDate.of(2000, 1, 1), LocalDate.of(2005, 12, 31)),
        new DatedCode("AAAELI", LocalDate.of(2006, 1, 1), null)), null);
    assertThat(person.codeOn(LocalDate.of(2000, 1, 1))).isEqualTo("AAAGOV");
    assertThat(person.codeOn(LocalDate.of(2005, 12, 31))).isEqualTo("AAAGOV");
    assertThat(person.codeOn(LocalDate.of(2006, 1, 1))).isEqualTo("AAAELI");
    assertThat(person.codeOn(LocalDate.of(1990, 1, 1))).isEqualTo("AAAELI");
    assertThat(new Person("Nobody", List.of(), null).codeOn(LocalDate.of(2020, 1, 1))).isNull();
  }
}
