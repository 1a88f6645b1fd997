package org.vigie.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigie.extract.event.PredicateLexicon.Dependent;
import org.vigie.extract.event.PredicateLexicon.Predicate;

class VerbDictionaryTest {
  private static VerbDictionary parse(String... lines) {
    return VerbDictionary.parse(List.of(lines), "test.txt");
  }

  private static List<Dependent> after(String... words) {
    return java.util.Arrays.stream(words).map(w -> new Dependent(Dependent.AFTER, w)).toList();
  }

  private static Predicate only(VerbDictionary verbs, String head, int dependents) {
    List<Predicate> found = verbs.predicates().stream()
        .filter(p -> p.head().equals(head) && p.dependents().size() == dependents).toList();
    assertThat(found).as("entries for %s with %d dependents", head, dependents).hasSize(1);
    return found.get(0);
  }

  @Test
  void aVerbCodesItsBlockCodeAndAPatternAddsTheWordsAfterIt() {
    VerbDictionary verbs = parse(
        "--- RESTORE [064] ---",
        "RESTORE   # a comment",
        "- * TIES [0641]");

    Predicate verb = only(verbs, "restore", 0);
    assertThat(verb.cameo()).isEqualTo("064");
    assertThat(verb.plover()).isEqualTo("COOPERATE");
    assertThat(verb.source()).containsExactly("subj");
    assertThat(verb.target()).containsExactly("obj", "iobj", "inobj", "obl", "ccomp");
    assertThat(verb.transparent()).isTrue();

    Predicate pattern = only(verbs, "restore", 1);
    assertThat(pattern.cameo()).isEqualTo("0641");
    assertThat(pattern.dependents()).containsExactlyElementsOf(after("ties"));
    assertThat(verbs.problems()).isEmpty();
  }

  @Test
  void wordsBeforeTheVerbAreBeforeDependentsInOrder() {
    Predicate predicate = only(parse("--- ACT [100] ---", "ACT", "- INDICATED WOULD * NOW [1010]"), "act", 3);

    assertThat(predicate.dependents()).containsExactly(new Dependent(Dependent.BEFORE, "indicated"),
        new Dependent(Dependent.BEFORE, "would"), new Dependent(Dependent.AFTER, "now"));
  }

  @Test
  void aSynsetGivesOneEntryPerMemberNestedSynsetsIncluded() {
    VerbDictionary verbs = parse(
        "&TIETYPES",
        "+MILITARY",
        "+ECONOMIC",
        "",
        "&MORE",
        "+&TIETYPES",
        "+CLOSER",
        "",
        "--- ABANDON [345] ---",
        "ABANDON",
        "- * &MORE_TIES [902]");

    assertThat(verbs.predicates()).filteredOn(p -> p.cameo().equals("902")).extracting(Predicate::dependents)
        .containsExactlyInAnyOrder(after("military", "ties"), after("economic", "ties"), after("closer", "ties"));
  }

  @Test
  void markersSayWhereSourceAndTargetAre() {
    VerbDictionary verbs = parse(
        "--- FREE [066] ---",
        "FREE",
        "- + * FROM $ [0661]",
        "- + WAS_ * [0662]");

    Predicate active = verbs.predicates().stream().filter(p -> p.cameo().equals("0661")).findFirst().orElseThrow();
    assertThat(active.target()).containsExactly("subj");
    assertThat(active.source()).startsWith("obl:from");
    // "+ WAS *": the target is the passive subject, which the engine reads as the object.
    Predicate passive = verbs.predicates().stream().filter(p -> p.cameo().equals("0662")).findFirst().orElseThrow();
    assertThat(passive.target()).containsExactly("obj");
    assertThat(passive.source()).containsExactly("subj");
  }

  @Test
  void aSecondCodeIsTheTargetsActBackAndACompoundActorCodesBothWays() {
    VerbDictionary verbs = parse(
        "--- LEFT [032:033] ---",
        "LEFT",
        "--- RENEW [---] ---",
        "RENEW",
        "- % * TIES [064]");

    Predicate left = only(verbs, "left", 0);
    assertThat(left.cameo()).isEqualTo("032");
    assertThat(left.reciprocal()).isEqualTo("033");
    Predicate renew = only(verbs, "renew", 1);
    assertThat(renew.symmetric()).isTrue();
    assertThat(renew.reciprocal()).isEqualTo("064");
    assertThat(renew.target()).isEmpty();
    assertThat(renew.compound()).as("% before * asks for a coordinated subject").isTrue();
    assertThat(left.compound()).isFalse();
  }

  @Test
  void aCompoundActorAfterTheVerbAsksForNoCoordinatedSubject() {
    VerbDictionary verbs = parse("--- AGREE [081] ---", "AGREE", "- * WITH % [031]", "- % * [030:030]");
    Predicate with = only(verbs, "agree", 1);
    assertThat(with.compound()).isFalse();
    assertThat(with.symmetric()).as("the coordinated party after WITH is the target, each member").isFalse();
    assertThat(with.source()).containsExactly("subj");
    assertThat(with.target()).startsWith("obl:with");
    List<Predicate> bare = verbs.predicates().stream().filter(p -> p.dependents().isEmpty()).toList();
    assertThat(bare).extracting(Predicate::cameo, Predicate::compound)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("081", false), org.assertj.core.groups.Tuple.tuple("030", true));
  }

  @Test
  void aVerbWithoutCodeCodesNothingButIsKeptToHideTheBuiltInEntries() {
    Predicate verb = only(parse("--- SAY [---] ---", "SAID"), "said", 0);

    assertThat(verb.codesEvent()).isFalse();
    PredicateLexicon layered = PredicateLexicon.layered(PredicateLexicon.forLanguage("en"), List.of(verb));
    assertThat(layered.candidates(List.of("say", "said"), "said")).containsExactly(verb);
    assertThat(layered.candidates(List.of("condemn"), "condemn")).isNotEmpty()
        .allSatisfy(p -> assertThat(p.row()).contains("predicates.tsv"));
  }

  @Test
  void theEntryForTheWordAsWrittenComesBeforeTheOneForItsLemma() {
    VerbDictionary verbs = parse("--- LEAVE [012] ---", "LEAVE", "--- LEFT [032:033] ---", "LEFT");
    PredicateLexicon layered = PredicateLexicon.layered(PredicateLexicon.forLanguage("en"), verbs.predicates());

    assertThat(layered.candidates(List.of("leave", "left"), "left")).extracting(Predicate::cameo)
        .containsExactly("032", "012");
    assertThat(layered.candidates(List.of("leave", "leaves"), "leaves")).extracting(Predicate::cameo)
        .containsExactly("012");
  }

  @Test
  void multiWordVerbsKeepTheirHeadAndParticles() {
    VerbDictionary verbs = parse(
        "--- EXCLUDE [1721] ---",
        "EXCLUDE",
        "+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}",
        "WIRE_+TAP {WIRE_+TAPPED} [1711]",
        "BAN {BANS BANNED}");

    assertThat(only(verbs, "cordon", 1).dependents()).containsExactlyElementsOf(after("off"));
    Predicate tap = only(verbs, "tap", 1);
    assertThat(tap.dependents()).containsExactly(new Dependent(Dependent.BEFORE, "wire"));
    assertThat(tap.cameo()).isEqualTo("1711");
    assertThat(only(verbs, "ban", 0).cameo()).isEqualTo("1721");
  }

  @Test
  void unusableLinesAreSkippedAndReported() {
    VerbDictionary verbs = parse(
        "<!-- a comment",
        "     over two lines -->",
        "- * ORPHAN [010]",
        "--- ARM [182] ---",
        "ARM",
        "- * OUR FRIENDS [def]",
        "- * THE WOGS",
        "- NO VERB HERE [183]");

    assertThat(verbs.predicates()).extracting(Predicate::head).containsOnly("arm");
    assertThat(verbs.predicates()).hasSize(1);
    assertThat(verbs.problems()).hasSize(4).allSatisfy(p -> assertThat(p).startsWith("test.txt:"));
  }

  @Test
  void anEmptyFileGivesNothing() {
    VerbDictionary verbs = parse();

    assertThat(verbs.size()).isZero();
    assertThat(verbs.problems()).isEmpty();
    assertThat(verbs.language()).isEqualTo("en");
  }

  @Test
  void codesWithAQuestionMarkAreReadAndUnknownCodesHaveNoType() {
    VerbDictionary verbs = parse("--- REPORT [025?] ---", "REPORT", "- * MEMOS [911]");

    assertThat(only(verbs, "report", 0).cameo()).isEqualTo("025");
    Predicate memos = only(verbs, "report", 1);
    assertThat(memos.plover()).isEmpty();
    assertThat(memos.codesEvent()).isTrue();
    assertThat(memos.kind()).isEqualTo("cameo:911");
    assertThat(Set.copyOf(memos.flags())).contains("transparent");
  }

  @Test
  void aSkippedPhraseMakesTheTargetTheNextPhrase() {
    VerbDictionary verbs = parse("--- CELEBRATE [181] ---", "CELEBRATE",
        "- * IFTAR IN ^ +  [045]", "- * IFTAR AT ^ ^ +  [044]", "- * EID WITH +  [043]");
    assertThat(verbs.predicates()).filteredOn(p -> p.cameo().equals("045"))
        .singleElement().satisfies(p -> assertThat(p.target()).containsExactly("after:in"));
    assertThat(verbs.predicates()).filteredOn(p -> p.cameo().equals("044"))
        .singleElement().satisfies(p -> assertThat(p.target()).containsExactly("after:at"));
    assertThat(verbs.predicates()).filteredOn(p -> p.cameo().equals("043"))
        .singleElement().satisfies(p -> assertThat(p.target()).startsWith("obl:with"));
  }
}
