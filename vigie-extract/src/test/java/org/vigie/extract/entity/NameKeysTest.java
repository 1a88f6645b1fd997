package org.vigie.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {
  @ParameterizedTest(name = "[{index}] {0} ~ {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # French and English romanisations of one name get one key
      Poutine          | Putin
      Vladimir Poutine | Vladimir Putin
      Sergueï          | Sergey
      Sergueï          | Sergei
      Sergueï Lavrov   | Sergey Lavrov
      Raïssi           | Raisi
      Raïssi           | Raissi
      Choïgou          | Shoigu
      Zelensky         | Zelenskyy
      Zelenskiy        | Zelensky
      Kouleba          | Kuleba
      Dmitri           | Dmitry
      Erdoğan          | Erdogan
      Amir-Abdollahian | Amir Abdollahian
      Sergueï Lavrov   | sergueï  LAVROV
      Serguei Lavrov   | Sergueï Lavrov
      """)
  void sameNameSameKey(String a, String b) {
    assertThat(NameKeys.of(a)).isEqualTo(NameKeys.of(b));
  }

  @ParameterizedTest(name = "[{index}] {0} !~ {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # different people keep different keys
      Macron           | Merkel
      Lavrov           | Lavrova
      Sergueï Lavrov   | Sergueï Choïgou
      Vladimir Poutine | Vladimir Zelensky
      Raïssi           | Rohani
      Dmitri Medvedev  | Dmytro Kuleba
      """)
  void differentNamesDifferentKeys(String a, String b) {
    assertThat(NameKeys.of(a)).isNotEqualTo(NameKeys.of(b));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      Sergueï Lavrov           | lavrov
      Hossein Amir-Abdollahian | abdolahian
      Lavrov                   | lavrov
      Vladimir Poutine         | putin
      """)
  void lastWordIsTheSurnameKey(String name, String expected) {
    assertThat(NameKeys.lastWord(name)).isEqualTo(expected).isEqualTo(NameKeys.lastWord(expected));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      ""
      "   "
      "'"
      "-"
      "\u0301"
      """)
  void degenerateNamesGiveEmptyKeys(String name) {
    assertThat(NameKeys.of(name)).isEmpty();
    assertThat(NameKeys.lastWord(name)).isEmpty();
  }
}
