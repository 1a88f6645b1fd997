package org.vigie.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The actor-code rule of the scoring string, one gold/system pair a line with the expected verdict. */
class ActorCodesTest {

  @ParameterizedTest(name = "gold {0}, system {1} → {2}")
  @CsvSource(nullValues = "null", value = {
      // a bare gold country accepts any sector of that country
      "USA,       USA,       true",
      "USA,       USAGOV,    true",
      "USA,       USAMIL,    true",
      "USA,       RUSGOV,    false",
      // a gold sector must be matched; a bare system country counts as its government
      "USAGOV,    USA,       true",
      "USAMIL,    USA,       false",
      "USAGOV,    USAMIL,    false",
      "USAGOV,    USAGOVDIP, true",
      // only the primary sector counts
      "PSEGOVHLH, PSEGOV,    true",
      "PSEGOVHLH, PSE,       true",
      "PSEGOVHLH, PSEMIL,    false",
      // international codes agree on six letters
      "IGOUNO,    IGOUNO,    true",
      "IGOUNO,    IGOUNOSEC, true",
      "IGOUNO,    IGOEUR,    false",
      "IGOUNO,    IGO,       false",
      // the Phoenix dictionaries' long forms agree with the CAMEO manual's short ones
      "NGOHRIAMN, NGOAMN,    true",
      "IGOEUREEC, IGOEEC,    true",
      "IGOEEC,    IGOEUREEC, true",
      "IGOUNOHLHWHO, IGOUNOWHO, true",
      "IGOWSTNAT, IGOEUREEC, false",
      "IGOEURCOE, IGOEUREEC, false",
      "IGOUNO,    UNO,       false",
      // no gold party accepts anything; a gold party against no system party does not match
      "null,      RUSGOV,    true",
      "null,      null,      true",
      "RUSGOV,    null,      false",
  })
  void agreesByCountryAndPrimarySector(String gold, String system, boolean expected) {
    assertThat(ActorCodes.agree(gold, system)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "gold {0}, system {1} → {2}")
  @CsvSource(nullValues = "null", value = {
      "USAGOV, USAMIL,    true",
      "USAGOV, RUSGOV,    false",
      "IGOUNO, IGOUNOSEC, true",
      "IGOUNO, IGOEUR,    false",
      "ISR,    null,      false",
  })
  void lenientRuleComparesCountriesOnly(String gold, String system, boolean expected) {
    assertThat(ActorCodes.sameCountry(gold, system)).isEqualTo(expected);
  }
}
