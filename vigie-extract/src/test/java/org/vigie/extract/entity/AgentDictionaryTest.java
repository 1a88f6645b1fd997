package org.vigie.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Document;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;

class AgentDictionaryTest {
  private static final List<String> AGENTS = List.of(
      "<!-- PETRARCH agents -->",
      "!MINST! = MINISTER, MINISTRY",
      "POLICE {} [ ~SPY] # a code unlike Vigie's own COP",
      "AUTHORITY  [~GOV]",
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]",
      "OFFICIAL [~GOV]",
      "CLERIC [~REL]",
      "LAWMAKER [~LEG]",
      "!MINST!_OF_SILLY_WALKS [~GOVWLK]",
      "MSF {}  [NGO~]",
      "NO CODE HERE");

  @Test
  void readsNounsPluralsAndSubstitutions() {
    AgentDictionary agents = AgentDictionary.parse(AGENTS);
    assertThat(agents.roles.lookup("police")).extracting(Lexicon.RoleRef::sector).containsExactly("SPY");
    assertThat(agents.roles.lookup("polices")).isEmpty();
    assertThat(agents.roles.lookup("authorities")).extracting(Lexicon.RoleRef::sector).containsExactly("GOV");
    assertThat(agents.roles.lookup("attorneys general")).extracting(Lexicon.RoleRef::sector).containsExactly("JUD");
    assertThat(agents.roles.lookup("ministry of silly walks"))
        .extracting(Lexicon.RoleRef::sector, Lexicon.RoleRef::subsector)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("GOV", "WLK"));
    assertThat(agents.roles.lookup("minister of silly walks")).hasSize(1);
  }

  @Test
  void reportsTheLinesItCannotUse() {
    assertThat(AgentDictionary.parse(AGENTS).skipped()).containsExactly(
        "line 10: MSF {}  [NGO~]", "line 11: NO CODE HERE");
  }

  @Test
  void aCountryBeforeTheNounGivesTheActorWithTheAgentsCode() {
    EntityStage stage = new EntityStage(ActorDictionary.parseTabari(List.of("GONDOR [GON]")), AgentDictionary.parse(AGENTS));
    Document out = DocKit.analyse(stage, DocKit.en("Gondor police arrested students ."));
    assertThat(out.entities()).extracting(Entity::actor).contains("GONSPY");
  }

  @Test
  void withoutAgentsVigiesOwnRoleWordsApply() {
    EntityStage stage = new EntityStage(ActorDictionary.parseTabari(List.of("GONDOR [GON]")));
    Document out = DocKit.analyse(stage, DocKit.en("Gondor police arrested students ."));
    assertThat(out.entities()).extracting(Entity::actor).contains("GONCOP").doesNotContain("GONSPY");
  }

  @Test
  void theRegularPluralOfAPersonsRoleIsAGroup() {
    AgentDictionary agents = AgentDictionary.parse(AGENTS);
    assertThat(agents.roles.lookup("official")).extracting(Lexicon.RoleRef::type).containsExactly(EntityType.PERSON);
    assertThat(agents.roles.lookup("officials")).extracting(Lexicon.RoleRef::type).containsExactly(EntityType.GROUP);
  }

  @Test
  void coordinatedGroupsAreTwoGroups() {
    EntityStage stage = new EntityStage(null, AgentDictionary.parse(AGENTS));
    Document out = DocKit.analyse(stage, DocKit.en("Clerics and lawmakers believe it ."));
    assertThat(out.entities()).extracting(Entity::sector).containsExactlyInAnyOrder("REL", "LEG");
  }

  @Test
  void coordinatedRolesOfOnePersonStayOnePerson() {
    EntityStage stage = new EntityStage(ActorDictionary.parseTabari(List.of("GONDOR [GON]")));
    Document out = DocKit.analyse(stage, DocKit.en("Gondor 's prime minister and foreign minister [Arwen Took]PERSON spoke ."));
    assertThat(out.entities()).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(1);
  }
}
