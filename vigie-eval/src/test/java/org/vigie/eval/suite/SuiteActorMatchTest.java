package org.vigie.eval.suite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.model.ActorRef;

class SuiteActorMatchTest {
  @ParameterizedTest(name = "gold {0} vs system {1} -> {2}")
  @CsvSource(nullValues = "NULL", value = {
      // gold,    system,     match?
      "USAGOV,    USAGOV,     true",   // same code
      "USAGOV,    USA,        true",   // system has no role: primary code alone
      "USA,       USAMIL,     true",   // gold has no role
      "USAGOV,    USAGOVELI,  true",   // first role equal, later blocks ignored
      "usagov,    ' USA GOV', true",   // case and spaces ignored
      "HGWGOVMED, HGWGOV,     true",   // first role of HGWGOVMED is GOV
      "IGOUNO,    IGOAFR,     false",  // international codes: six letters name the organisation
      "IGOUNO,    IGOUNOSEC,  true",
      "IGOWSTNAT, IGONAT,     true",   // Phoenix's long form is the manual's IGONAT
      "IGOEUREEC, IGOWSTNAT,  false",
      "USAGOV,    USAMIL,     false",  // both have a role, different
      "USAGOV,    FRAGOV,     false",  // different primary
      "ARN,       GON,        false",
      "ARN,       NULL,       false",  // gold actor, system none
      "NULL,      NULL,       true",   // neither has an actor
      "NULL,      USA,        false",
      "---,       NULL,       true",   // --- is PETRARCH's "no actor"
      "---GOV,    ---GOV,     true",
      "---GOV,    USAGOV,     false",
  })
  void comparesPrimaryCodeAndFirstRole(String gold, String system, boolean expected) {
    assertThat(SuiteTestKit.ACTORS.matches(gold, SuiteTestKit.actor(system))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "gold {0} vs uncoded system actor named {1} -> {2}")
  @CsvSource({
      "'\"INJURY TOLL\"', injury toll, true",
      "'\"INJURY TOLL\"', death toll,  false",
  })
  void quotedGoldIsAnUncodedActorByName(String gold, String name, boolean expected) {
    assertThat(SuiteTestKit.ACTORS.matches(gold, new ActorRef(null, name, null))).isEqualTo(expected);
    assertThat(SuiteTestKit.ACTORS.matches(gold, new ActorRef(null, name, "OSG"))).isFalse();
  }
}
