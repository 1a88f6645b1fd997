package org.vigie.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseTableTest {
  private static final IntPredicate ANY_END = end -> true;

  /** A table of the forms the tests use, each with its default case rule. */
  private static PhraseTable<String> table() {
    PhraseTable<String> table = new PhraseTable<>();
    table.add("ONU", "IGOUNO");
    table.add("Iran", "IRN");
    table.add("russe", "RUS");
    table.add("Conseil de sécurité", "UNSC-short");
    table.add("Conseil de sécurité des Nations unies", "UNSC");
    table.add("Nations unies", "UN");
    table.add("Côte d'Ivoire", "CIV");
    table.add("République islamique d’Iran", "IRN-long");
    return table;
  }

  /** The first match in {@code text}, as "surface=value", or "none". */
  private static String first(PhraseTable<String> table, String text) {
    String normalized = PhraseTable.normalize(text);
    for (int start = 0; start < normalized.length(); start++) {
      if (start > 0 && Character.isLetterOrDigit(normalized.charAt(start - 1))) {
        continue;
      }
      PhraseTable.Match<String> match = table.longestAt(normalized, start, ANY_END);
      if (match != null) {
        return text.substring(match.start(), match.end()) + "=" + match.value();
      }
    }
    return "none";
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # abbreviations in capitals match exactly
      la position de l'ONU .                     | ONU=IGOUNO
      la position de l'Onu .                     | none
      le mot onu                                 | none
      # a one-word name must start with a capital
      en Iran hier                               | Iran=IRN
      en iran hier                               | none
      TÉHÉRAN : l'IRAN a dit                     | IRAN=IRN
      # a phrase of several words matches whatever its case
      le conseil de sécurité des nations unies a voté | conseil de sécurité des nations unies=UNSC
      le CONSEIL DE SÉCURITÉ a voté              | CONSEIL DE SÉCURITÉ=UNSC-short
      # a demonym (lower-case form) matches whatever its case
      le ministre russe                          | russe=RUS
      les Russes                                 | none
      le RUSSE                                   | RUSSE=RUS
      Le Russe est arrivé                        | Russe=RUS
      # typographic apostrophes are ASCII ones, both ways
      en Côte d’Ivoire                           | Côte d’Ivoire=CIV
      en Côte d'Ivoire                           | Côte d'Ivoire=CIV
      la République islamique d'Iran             | République islamique d'Iran=IRN-long
      en Côte d Ivoire                           | none
      # an underscore is a space (PETRARCH writes names so: Dol_Amroth)
      les Nations_unies                          | Nations_unies=UN
      les Nations-unies                          | none
      # a form does not match the start of a longer word
      l'Iranien                                  | none
      Iranian officials                          | none
      vers l'Iran.                               | Iran=IRN
      l'ONUSIDA                                  | none
      """)
  void matchesByTheCaseRuleOfTheForm(String text, String expected) {
    assertThat(first(table(), text)).isEqualTo(expected);
  }

  @Test
  void defaultRuleFollowsTheShapeOfTheForm() {
    assertThat(PhraseTable.defaultRule("ONU")).isEqualTo(PhraseTable.CaseRule.EXACT);
    assertThat(PhraseTable.defaultRule("U.N.")).isEqualTo(PhraseTable.CaseRule.EXACT);
    assertThat(PhraseTable.defaultRule("Iran")).isEqualTo(PhraseTable.CaseRule.CAPITALISED);
    assertThat(PhraseTable.defaultRule("Nations unies")).isEqualTo(PhraseTable.CaseRule.ANY);
    assertThat(PhraseTable.defaultRule("russe")).isEqualTo(PhraseTable.CaseRule.ANY);
  }

  @Test
  void noBreakSpacesMatchASpaceInTheForm() {
    assertThat(first(table(), "les Nations\u00a0unies")).isEqualTo("Nations\u00a0unies=UN");
    assertThat(first(table(), "les Nations\u202funies")).isEqualTo("Nations\u202funies=UN");
    assertThat(first(table(), "les Nations  unies")).isEqualTo("Nations  unies=UN");
    assertThat(first(table(), "les Nationsunies")).isEqualTo("none");
  }

  @Test
  void longestFormWins() {
    String text = "le Conseil de sécurité des Nations unies";
    PhraseTable.Match<String> match = table().longestAt(text, 3, ANY_END);
    assertThat(match.value()).isEqualTo("UNSC");
    assertThat(match.end()).isEqualTo(text.length());
  }

  @Test
  void aShorterFormWinsWhenTheLongerOneEndsInsideAToken() {
    String text = "le Conseil de sécurité des Nations unies";
    int shortEnd = "le Conseil de sécurité".length();
    PhraseTable.Match<String> match = table().longestAt(text, 3, end -> end == shortEnd);
    assertThat(match.value()).isEqualTo("UNSC-short");
    assertThat(table().longestAt(text, 3, end -> false)).isNull();
  }

  @Test
  void lookupFindsWholeFormsIgnoringCase() {
    assertThat(table().lookup("iran")).containsExactly("IRN");
    assertThat(table().lookup(" Nations unies ")).containsExactly("UN");
    assertThat(table().lookup("Côte d’Ivoire")).containsExactly("CIV");
    assertThat(table().lookup("Ira")).isEmpty();
    assertThat(table().lookup("Iran hier")).isEmpty();
    assertThat(table().lookup("")).isEmpty();
  }

  @Test
  void normalizeKeepsOffsets() {
    String text = "l’Iran\u00a0–\u2011 d‘abord";
    String normalized = PhraseTable.normalize(text);
    assertThat(normalized).isEqualTo("l'Iran -- d'abord");
    assertThat(normalized).hasSameSizeAs(text);
  }

  @Test
  void emptyFormsAndTextsAreHarmless() {
    PhraseTable<String> table = new PhraseTable<>();
    table.add("", "empty");
    table.add("   ", "blank");
    table.add("(", "punctuation");
    assertThat(table.isEmpty()).isTrue();
    assertThat(table().longestAt("", 0, ANY_END)).isNull();
    assertThat(first(table(), "")).isEqualTo("none");
  }

  @Test
  void randomFormsAndTextsNeverThrow() {
    Random random = new Random(20240601L);
    PhraseTable<String> table = table();
    for (int i = 0; i < 300; i++) {
      table.add(randomString(random, 1 + random.nextInt(12)), "random" + i);
    }
    for (int i = 0; i < 3000; i++) {
      String text = randomString(random, random.nextInt(40));
      String normalized = PhraseTable.normalize(text);
      assertThat(normalized).hasSameSizeAs(text);
      assertThatCode(() -> {
        for (int start = 0; start <= normalized.length(); start++) {
          final int at = start;
          PhraseTable.Match<String> match = table.longestAt(normalized, at, ANY_END);
          if (match != null) {
            assertThat(match.start()).isEqualTo(at);
            assertThat(match.end()).isBetween(match.start(), normalized.length());
          }
        }
        table.lookup(text);
      }).as("text %s", text.codePoints().mapToObj(Integer::toHexString).toList()).doesNotThrowAnyException();
    }
  }

  /** Letters of the forms above, spaces of all kinds, apostrophes, punctuation and random code points. */
  static String randomString(Random random, int length) {
    String alphabet = "IiRrAaNnOoUuéÉ ’'\u00a0\u202f\t-‑.,()";
    StringBuilder out = new StringBuilder();
    while (out.length() < length) {
      switch (random.nextInt(4)) {
        case 0 -> out.appendCodePoint(0x10000 + random.nextInt(0xFFFF)); // a surrogate pair
        case 1 -> out.append((char) (0xD800 + random.nextInt(0x800))); // a lone surrogate
        case 2 -> out.appendCodePoint(random.nextInt(0x3000));
        default -> out.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
    }
    return out.toString();
  }
}
