package org.vigie.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.model.Document;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;

/**
 * Sentence tables for the entity stage, French and English, over documents built by {@link DocKit}.
 * An entity is summarised as {@code TYPE name | country | sector | actor | role} ("-" for null).
 * Every document goes through {@link DocKit#analyse}, which checks each mention's offsets and text.
 */
class EntityStageTest {

  // ------------------------------------------------------------------ the entity of a mention

  static Stream<Arguments> describes() {
    return Stream.of(
        // apposition "Title, Name," gives the role and the country (an unknown person: nothing from the dictionary)
        row(DocKit.fr("Le ministre des affaires étrangères de l'Iran, [Ali Rezaei]PERSON, est arrivé."),
            "Ali Rezaei", "PERSON Ali Rezaei | IRN | GOV | IRNGOV | minister of foreign affairs"),
        row(DocKit.fr("Le ministre des affaires étrangères de l’Iran,\u00a0[Ali Rezaei]PERSON, est arrivé."),
            "Ali Rezaei", "PERSON Ali Rezaei | IRN | GOV | IRNGOV | minister of foreign affairs"),
        row(DocKit.fr("Le ministre des affaires étrangères de l'Iran, [Hossein Amir-Abdollahian]PERSON, est arrivé."),
            "Hossein Amir-Abdollahian", "PERSON Hossein Amir-Abdollahian | IRN | GOV | IRNGOV | minister of foreign affairs"),
        row(DocKit.fr("Le ministre russe des Affaires étrangères, [Ivan Petrov]PERSON, est arrivé."),
            "Ivan Petrov", "PERSON Ivan Petrov | RUS | GOV | RUSGOV | minister of foreign affairs"),
        // no title: nothing known about an unknown person
        row(DocKit.fr("[Ali Rezaei]PERSON est arrivé."),
            "Ali Rezaei", "PERSON Ali Rezaei | - | - | - | -"),
        // the dictionary names and codes a known person written the French way
        row(DocKit.fr("[Sergueï Lavrov]PERSON est arrivé."),
            "Sergueï Lavrov", "PERSON Sergey Lavrov | RUS | GOV | RUSGOV | minister of foreign affairs"),
        row(DocKit.fr("[Vladimir Poutine]PERSON est arrivé."),
            "Vladimir Poutine", "PERSON Vladimir Putin | RUS | GOV | RUSGOV | president"),
        // a counterpart takes the anchor's role in its own country
        row(DocKit.fr("Le ministre des affaires étrangères de l'Iran, [Ali Rezaei]PERSON, a reçu son homologue russe, [Ivan Petrov]PERSON."),
            "Ivan Petrov", "PERSON Ivan Petrov | RUS | GOV | RUSGOV | minister of foreign affairs"),
        row(DocKit.fr("Le ministre russe des Affaires étrangères, [Sergueï Lavrov]PERSON, a rencontré son homologue turc."),
            "son homologue turc", "PERSON Homologue turc | TUR | GOV | TURGOV | minister of foreign affairs"),
        // demonyms in every gender and number, any case
        row(DocKit.fr("Un drone américain a été abattu."), "américain", "COUNTRY United States | USA | - | USA | -"),
        row(DocKit.fr("La position américaine a changé."), "américaine", "COUNTRY United States | USA | - | USA | -"),
        row(DocKit.fr("Des drones américains ont décollé."), "américains", "COUNTRY United States | USA | - | USA | -"),
        row(DocKit.fr("Les Américains ont voté."), "Américains", "COUNTRY United States | USA | - | USA | -"),
        row(DocKit.fr("Des positions américaines ont été bombardées."), "américaines", "COUNTRY United States | USA | - | USA | -"),
        // a generic head with a demonym stands for the country
        row(DocKit.fr("Le régime israélien a répondu."), "régime israélien", "COUNTRY Israel | ISR | - | ISR | -"),
        row(DocKit.en("The Iranian regime responded."), "Iranian regime", "COUNTRY Iran | IRN | - | IRN | -"),
        // capitals are places in their country
        row(DocKit.fr("Il est arrivé à Téhéran."), "Téhéran", "PLACE Tehran | IRN | - | - | -"),
        row(DocKit.fr("Il est arrivé au Caire."), "Caire", null),
        row(DocKit.fr("Il a quitté Le Caire."), "Le Caire", "PLACE Cairo | EGY | - | - | -"),
        row(DocKit.en("He arrived in Moscow."), "Moscow", "PLACE Moscow | RUS | - | - | -"),
        row(DocKit.fr("Il est arrivé dans la capitale iranienne."), "la capitale iranienne", "PLACE Tehran | IRN | - | - | -"),
        // international organisations by name and by abbreviation
        row(DocKit.fr("La position de l'ONU est claire."), "ONU", "ORGANIZATION United Nations | - | - | IGOUNO | -"),
        row(DocKit.fr("La position des Nations unies est claire."), "Nations unies", "ORGANIZATION United Nations | - | - | IGOUNO | -"),
        row(DocKit.fr("Le conseil de sécurité des Nations unies a voté."), "conseil de sécurité des Nations unies",
            "ORGANIZATION United Nations Security Council | - | - | IGOUNO | -"),
        row(DocKit.fr("L'OTAN a répondu."), "OTAN", "ORGANIZATION North Atlantic Treaty Organization | - | MIL | IGONAT | -"),
        row(DocKit.en("The U.N. Security Council voted."), "U.N. Security Council",
            "ORGANIZATION United Nations Security Council | - | - | IGOUNO | -"),
        row(DocKit.fr("Le secrétaire général de l'ONU, [António Guterres]PERSON, a parlé."),
            "António Guterres", "PERSON António Guterres | - | - | IGOUNO | secretary-general"),
        // lower-case "onu" is no abbreviation
        row(DocKit.fr("Le mot onu ne dit rien."), "onu", null),
        // English orders
        row(DocKit.en("Russian Foreign Minister [Sergei Lavrov]PERSON arrived."),
            "Sergei Lavrov", "PERSON Sergey Lavrov | RUS | GOV | RUSGOV | minister of foreign affairs"),
        row(DocKit.en("Russian Foreign Minister [Ivan Petrov]PERSON arrived."),
            "Ivan Petrov", "PERSON Ivan Petrov | RUS | GOV | RUSGOV | minister of foreign affairs"),
        row(DocKit.en("[Omar Hassan]PERSON, Egypt's foreign minister, met reporters."),
            "Omar Hassan", "PERSON Omar Hassan | EGY | GOV | EGYGOV | minister of foreign affairs"),
        row(DocKit.en("[Badr Abdelatty]PERSON, Egypt's foreign minister, met reporters."),
            "Badr Abdelatty", "PERSON Badr Abdelatty | EGY | GOV | EGYGOV | minister of foreign affairs"),
        row(DocKit.en("[Omar Hassan]PERSON, Egypt's foreign minister, met his Russian counterpart, [Ivan Petrov]PERSON."),
            "Ivan Petrov", "PERSON Ivan Petrov | RUS | GOV | RUSGOV | minister of foreign affairs"),
        row(DocKit.en("[Omar Hassan]PERSON met reporters."), "Omar Hassan", "PERSON Omar Hassan | - | - | - | -"));
  }

  @ParameterizedTest(name = "[{index}] {0} / {1} -> {2}")
  @MethodSource
  void describes(Document document, String surface, String expected) {
    Document out = DocKit.analyse(document);
    Entity entity = entityOf(out, surface);
    assertThat(entity == null ? null : summary(entity)).as("entities: %s", summaries(out)).isEqualTo(expected);
  }

  // ------------------------------------------------------------------ mentions of one entity

  static Stream<Arguments> joins() {
    return Stream.of(
        // the title in apposition is a mention of the person
        row(DocKit.fr("Le ministre des affaires étrangères de l'Iran, [Hossein Amir-Abdollahian]PERSON, est arrivé."),
            "Hossein Amir-Abdollahian", "Le ministre des affaires étrangères de l'Iran"),
        // the surname alone joins the full name, labelled by the NER or not
        row(DocKit.fr("[Ali Rezaei]PERSON est arrivé.", "[Rezaei]PERSON a parlé."), "Ali Rezaei", "Rezaei"),
        row(DocKit.fr("[Ali Rezaei]PERSON est arrivé.", "Rezaei a parlé."), "Ali Rezaei", "Rezaei"),
        row(DocKit.fr("[Vladimir Poutine]PERSON est arrivé.", "[Putin]PERSON a parlé."), "Vladimir Poutine", "Putin"),
        // the counterpart is the person named beside it
        row(DocKit.fr("Le ministre des affaires étrangères de l'Iran, [Ali Rezaei]PERSON, a reçu son homologue russe, [Sergueï Lavrov]PERSON."),
            "Sergueï Lavrov", "son homologue russe"),
        row(DocKit.en("[Omar Hassan]PERSON, Egypt's foreign minister, met his Russian counterpart, [Ivan Petrov]PERSON."),
            "Ivan Petrov", "his Russian counterpart"),
        // a later description with the same role and country
        row(DocKit.fr("Le ministre des affaires étrangères de l'Iran, [Ali Rezaei]PERSON, est arrivé.",
            "Le plus haut diplomate iranien a parlé."), "Ali Rezaei", "Le plus haut diplomate iranien"),
        row(DocKit.en("Iranian Foreign Minister [Ali Rezaei]PERSON arrived.", "Iran's top diplomat said talks would go on."),
            "Ali Rezaei", "Iran's top diplomat"),
        row(DocKit.en("Russian Foreign Minister [Sergei Lavrov]PERSON arrived."), "Sergei Lavrov", "Russian Foreign Minister"),
        row(DocKit.en("[Badr Abdelatty]PERSON, Egypt's foreign minister, met reporters."), "Badr Abdelatty", "Egypt's foreign minister"),
        // a country named and described
        row(DocKit.fr("L'Iran a répondu.", "Le régime iranien a menacé."), "Iran", "régime iranien"));
  }

  @ParameterizedTest(name = "[{index}] {0}: {1} ~ {2}")
  @MethodSource
  void joins(Document document, String a, String b) {
    Document out = DocKit.analyse(document);
    assertThat(entityOf(out, a)).as("entities: %s", summaries(out)).isNotNull().isSameAs(entityOf(out, b));
  }

  static Stream<Arguments> separate() {
    return Stream.of(
        // two people stay two
        row(DocKit.fr("[Ali Rezaei]PERSON a rencontré [Ivan Petrov]PERSON."), "Ali Rezaei", "Ivan Petrov"),
        row(DocKit.fr("[Emmanuel Macron]PERSON a appelé [Angela Merkel]PERSON."), "Emmanuel Macron", "Angela Merkel"),
        // a counterpart is not the person it is the counterpart of
        row(DocKit.fr("Le ministre des affaires étrangères de l'Iran, [Ali Rezaei]PERSON, a reçu son homologue russe, [Ivan Petrov]PERSON."),
            "Ali Rezaei", "son homologue russe"),
        // a description in another country does not join
        row(DocKit.fr("Le ministre des affaires étrangères de l'Iran, [Ali Rezaei]PERSON, est arrivé.",
            "Le plus haut diplomate russe a parlé."), "Ali Rezaei", "Le plus haut diplomate russe"),
        // a surname shared by two full names joins neither
        row(DocKit.fr("[Ali Rezaei]PERSON et [Hassan Rezaei]PERSON sont arrivés.", "[Rezaei]PERSON a parlé."), "Ali Rezaei", "Rezaei"),
        row(DocKit.fr("[Ali Rezaei]PERSON et [Hassan Rezaei]PERSON sont arrivés.", "[Rezaei]PERSON a parlé."), "Hassan Rezaei", "Rezaei"));
  }

  @ParameterizedTest(name = "[{index}] {0}: {1} !~ {2}")
  @MethodSource
  void separate(Document document, String a, String b) {
    Document out = DocKit.analyse(document);
    assertThat(entityOf(out, a)).as("entities: %s", summaries(out)).isNotNull().isNotSameAs(entityOf(out, b));
  }

  // ------------------------------------------------------------------ nothing found

  static Stream<Arguments> nothingAt() {
    return Stream.of(
        // a lone title with no country joins nobody and is nobody
        row(DocKit.fr("[Sergueï Lavrov]PERSON est arrivé.", "Le ministre a parlé."), "ministre", null),
        row(DocKit.en("[Sergei Lavrov]PERSON arrived.", "The minister spoke."), "minister", null),
        // a demonym or a name inside a longer word is not one
        row(DocKit.en("The Iranianist spoke."), "Iranian", null),
        row(DocKit.fr("Un discours antiaméricain."), "américain", null),
        row(DocKit.fr("Les Iraniens et l'iranologie."), "iran", null),
        // a one-word name in lower case is no name
        row(DocKit.fr("Un tapis d'iran."), "iran", null),
        row(DocKit.fr("Il est arrivé à téhéran."), "téhéran", null));
  }

  @ParameterizedTest(name = "[{index}] {0}: nothing at {1}")
  @MethodSource
  void nothingAt(Document document, String surface, Object unused) {
    Document out = DocKit.analyse(document);
    int at = out.text().indexOf(surface);
    assertThat(at).as("test input contains %s", surface).isGreaterThanOrEqualTo(0);
    Mention probe = new Mention(surface, at, at + surface.length(), 0, null, null);
    List<String> overlapping = out.entities().stream()
        .flatMap(e -> e.mentions().stream().filter(m -> m.overlaps(probe)).map(m -> e.name() + ": " + m.text()))
        .toList();
    assertThat(overlapping).isEmpty();
  }

  @Test
  void sentencesWithoutEntitiesGiveNone() {
    assertThat(DocKit.analyse(DocKit.fr("Il pleut sur la ville depuis trois jours.")).entities()).isEmpty();
    assertThat(DocKit.analyse(DocKit.en("It has rained for three days.")).entities()).isEmpty();
    // positive control: the same sentence with a capital in it
    assertThat(DocKit.analyse(DocKit.fr("Il pleut sur Téhéran depuis trois jours.")).entities()).hasSize(1);
  }

  @Test
  void everyDemonymFormMapsToItsCountry() {
    Document out = DocKit.analyse(DocKit.fr("Un américain, une américaine, des américains, des américaines, les Américains."));
    assertThat(out.entities()).extracting(EntityStageTest::summary)
        .containsExactly("COUNTRY United States | USA | - | USA | -");
    assertThat(out.entities().get(0).mentions()).extracting(Mention::text)
        .containsExactly("américain", "américaine", "américains", "américaines", "Américains");
  }

  @Test
  void languageWithoutResourcesIsReturnedAsIs() {
    Document german = DocKit.parse("de", "[Olaf Scholz]PERSON ist in Berlin.");
    assertThat(new EntityStage().apply(german)).isSameAs(german);
    Document unknown = Document.of("x", "Iran");
    assertThat(new EntityStage().apply(unknown)).isSameAs(unknown);
  }

  @Test
  void datesAndAmountsTaggedByTheNerAreNotEntities() {
    // The English NER models tag DATE, MONEY, PERCENT; none of them is an entity.
    Document out = DocKit.analyse(DocKit.en("[Friday]DATE the [NATO]ORGANIZATION fund lost [$ 40 million]MONEY ."));
    assertThat(out.entities()).extracting(e -> e.name()).containsExactly("North Atlantic Treaty Organization");
  }

  @Test
  void aCountryInsideAPersonsNameIsPartOfTheName() {
    // "Jordan" is a country, but not in "Michael Jordan"; Jordan alone still is.
    Document out = DocKit.analyse(DocKit.en("[Michael Jordan]PERSON visited Jordan ."));
    assertThat(out.entities()).extracting(e -> e.type() + " " + e.name())
        .containsExactlyInAnyOrder("PERSON Michael Jordan", "COUNTRY Jordan");
    assertThat(entityOf(out, "Jordan").type()).isEqualTo(EntityType.COUNTRY);
    assertThat(entityOf(out, "Michael Jordan").mentions()).hasSize(1);
  }

  // ------------------------------------------------------------------ regressions (bugs found by these tests, fixed)

  @Test
  void personNameWithASweptInTitleKeepsTheName() {
    Document out = DocKit.analyse(DocKit.fr("[Président Macron]PERSON a parlé."));
    assertThat(out.entities()).extracting(e -> e.type()).contains(EntityType.PERSON);
    assertThat(entityOf(out, "Macron")).isNotNull();
    assertThat(entityOf(out, "Macron").name()).isEqualTo("Emmanuel Macron");
  }

  @Test
  void personNameWithAnHonorificKeepsTheName() {
    // control for the test above: an honorific in front is stripped and the name kept
    Document out = DocKit.analyse(DocKit.fr("[M. Macron]PERSON a parlé."));
    assertThat(entityOf(out, "Macron")).isNotNull();
  }

  @Test
  void genericHeadGivesOnlyTheCountry() {
    Document en = DocKit.analyse(DocKit.en("The Israeli government and the Iranian regime responded."));
    assertThat(en.entities()).extracting(EntityStageTest::summary)
        .containsExactly("COUNTRY Israel | ISR | - | ISR | -", "COUNTRY Iran | IRN | - | IRN | -");
    Document fr = DocKit.analyse(DocKit.fr("Le gouvernement israélien a répondu."));
    assertThat(fr.entities()).extracting(EntityStageTest::summary).containsExactly("COUNTRY Israel | ISR | - | ISR | -");
  }

  @Test
  void coordinatedTitlesPairCountriesWithNames() {
    Document out = DocKit.analyse(DocKit.fr(
        "Les présidents iranien et russe, [Ali Rezaei]PERSON et [Ivan Petrov]PERSON, se sont rencontrés."));
    assertThat(summary(entityOf(out, "Ali Rezaei"))).isEqualTo("PERSON Ali Rezaei | IRN | GOV | IRNGOV | president");
    assertThat(summary(entityOf(out, "Ivan Petrov"))).isEqualTo("PERSON Ivan Petrov | RUS | GOV | RUSGOV | president");
  }

  @Test
  void descriptionJoinsAPersonKnownFromTheDictionary() {
    Document out = DocKit.analyse(DocKit.fr("[Sergueï Lavrov]PERSON est arrivé à Téhéran.",
        "Le chef de la diplomatie russe a été reçu."));
    assertThat(entityOf(out, "Le chef de la diplomatie russe")).isSameAs(entityOf(out, "Sergueï Lavrov"));
  }

  // ------------------------------------------------------------------ helpers

  private static Arguments row(Document document, String surface, String expected) {
    return Arguments.of(Named.of(document), surface, expected);
  }

  /** The entity with a mention whose text is exactly {@code surface}, or null. */
  static Entity entityOf(Document out, String surface) {
    for (Entity entity : out.entities()) {
      for (Mention mention : entity.mentions()) {
        if (mention.text().equals(surface)) {
          return entity;
        }
      }
    }
    return null;
  }

  static String summary(Entity e) {
    return e.type() + " " + e.name() + " | " + dash(e.country()) + " | " + dash(e.sector()) + " | "
        + dash(e.actor()) + " | " + dash(e.role());
  }

  private static List<String> summaries(Document out) {
    return out.entities().stream()
        .map(e -> summary(e) + " " + e.mentions().stream().map(Mention::text).toList()).toList();
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }

  /** Shows a document by its text in test names. */
  private static final class Named {
    static org.junit.jupiter.api.Named<Document> of(Document document) {
      return org.junit.jupiter.api.Named.of(document.language() + ": " + document.text().replace("\n\n", " / "), document);
    }
  }
}
