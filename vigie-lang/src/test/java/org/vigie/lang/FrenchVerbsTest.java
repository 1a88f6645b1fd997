// SPDX-License-Identifier: GPL-3.0-or-later
package org.vigie.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchVerbsTest {

    /** Verbs conjugated by rule in these tests, written as the predicate lexicon writes them. */
    private static final List<String> KNOWN = List.of("parler", "rencontrer", "visiter", "lancer", "menacer",
            "renforcer", "manger", "exiger", "engager", "protéger", "appeler", "rappeler", "jeter", "rejeter",
            "projeter", "geler", "acheter", "employer", "nettoyer", "envoyer", "payer", "essayer", "négocier",
            "céder", "libérer", "célébrer", "mener", "lever", "déléguer", "sécher", "interpeller", "protester",
            "créer", "se réunir", "saisir", "envahir", "investir", "avertir", "rendre obj=visite", "suspendre",
            "défendre", "répondre", "sommer", "presser", "s'entretenir", "se rendre", "s'opposer");

    private static final FrenchVerbs VERBS = FrenchVerbs.load().withLemmas(KNOWN);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // first group, all tenses
        "rencontre, rencontrer", "rencontrons, rencontrer", "rencontrent, rencontrer", "rencontrait, rencontrer",
        "rencontrèrent, rencontrer", "rencontra, rencontrer", "rencontrera, rencontrer",
        "rencontreraient, rencontrer", "rencontrions, rencontrer", "rencontrant, rencontrer",
        "rencontré, rencontrer", "rencontrée, rencontrer", "rencontrés, rencontrer", "rencontrées, rencontrer",
        "rencontrer, rencontrer", "visitât, visiter", "Rencontre, rencontrer",
        // -cer / -ger
        "lançons, lancer", "lançait, lancer", "lança, lancer", "lancèrent, lancer", "menaçant, menacer",
        "menace, menacer", "renforçons, renforcer", "mangeons, manger", "exigeait, exiger", "engagea, engager",
        "engageant, engager", "protégeons, protéger", "protège, protéger", "protègent, protéger",
        // -eler / -eter
        "appelle, appeler", "appellent, appeler", "appellera, appeler", "appelons, appeler", "rappelle, rappeler",
        "jette, jeter", "rejettent, rejeter", "rejetteront, rejeter", "projette, projeter", "gèle, geler",
        "gèlera, geler", "gelons, geler", "achète, acheter", "interpelle, interpeller",
        // -yer
        "emploie, employer", "emploierons, employer", "employons, employer", "nettoient, nettoyer",
        "envoie, envoyer", "enverra, envoyer", "enverraient, envoyer", "paie, payer", "paye, payer",
        "paiera, payer", "essaie, essayer", "essaye, essayer",
        // e_er, é_er and other stem changes
        "cède, céder", "cèdera, céder", "cédera, céder", "cédons, céder", "libère, libérer",
        "libérait, libérer",
        "célèbre, célébrer", "mène, mener", "mènerait, mener", "lève, lever", "délègue, déléguer",
        "sèche, sécher", "négocie, négocier", "négocions, négocier", "protestent, protester", "crée, créer",
        "créé, créer", "créées, créer",
        // second group
        "réunit, réunir", "réunissons, réunir", "réunissaient, réunir", "réunirent, réunir", "réuni, réunir",
        "réunies, réunir", "saisit, saisir", "saisissant, saisir", "envahissent, envahir", "envahira, envahir",
        "investi, investir", "avertisse, avertir",
        // rendre pattern
        "rend, rendre", "rendent, rendre", "rendu, rendre", "rendue, rendre", "rendit, rendre", "rendra, rendre",
        "suspendu, suspendre", "défendons, défendre", "répondit, répondre",
        // irregular table
        "est, être", "sont, être", "été, être", "fut, être", "a, avoir", "ont, avoir", "eu, avoir",
        "fait, faire", "font, faire", "fera, faire", "dit, dire", "dites, dire", "pris, prendre",
        "prennent, prendre", "reçu, recevoir", "reçoivent, recevoir", "recevra, recevoir", "doit, devoir",
        "dû, devoir", "peuvent, pouvoir", "pourra, pouvoir", "veut, vouloir", "voudrait, vouloir",
        "vient, venir", "viendra, venir", "tient, tenir", "soutient, soutenir", "soutenu, soutenir",
        "détenus, détenir", "maintiennent, maintenir", "retenues, retenir", "intervenue, intervenir",
        "obtint, obtenir", "entretenu, entretenir", "entretiennent, entretenir", "conclu, conclure",
        "conclut, conclure", "rompu, rompre", "rompt, rompre", "interrompu, interrompre",
        "vainquit, vaincre", "convaincu, convaincre", "permis, permettre", "promet, promettre",
        "soumise, soumettre", "transmis, transmettre", "admettent, admettre", "compromis, compromettre",
        "reprend, reprendre", "comprise, comprendre", "entreprit, entreprendre", "appris, apprendre",
        "surpris, surprendre", "détruit, détruire", "détruisent, détruire", "construite, construire",
        "conduit, conduire", "produisent, produire", "traduit, traduire", "réduite, réduire", "élu, élire",
        "élue, élire", "élisent, élire", "lit, lire", "poursuit, poursuivre", "poursuivi, poursuivre",
        "suivent, suivre", "vécu, vivre", "croit, croire", "cru, croire", "voit, voir", "vu, voir",
        "verra, voir", "prévu, prévoir", "prévoira, prévoir", "revu, revoir", "sait, savoir", "su, savoir",
        "va, aller", "vont, aller", "ira, aller", "allé, aller", "aille, aller", "ouvert, ouvrir",
        "ouvre, ouvrir", "couvert, couvrir", "découvert, découvrir", "offert, offrir", "offre, offrir",
        "souffert, souffrir", "mort, mourir", "meurent, mourir", "né, naître", "naquit, naître",
        "craint, craindre", "craignent, craindre", "plaint, plaindre", "contraint, contraindre",
        "atteint, atteindre", "atteignent, atteindre", "éteint, éteindre", "peint, peindre",
        "rejoint, rejoindre", "rejoignent, rejoindre", "joint, joindre", "résolu, résoudre",
        "résout, résoudre", "dissous, dissoudre", "dissoute, dissoudre", "bat, battre", "abattu, abattre",
        "combattent, combattre", "débattu, débattre", "émis, émettre", "accueille, accueillir",
        "accueilli, accueillir", "reconnu, reconnaître", "reconnaît, reconnaître", "démenti, démentir",
        "dément, démentir", "consenti, consentir", "interdit, interdire", "interdites, interdire",
        "écrit, écrire", "secouru, secourir", "faut, falloir",
        // pronominal entries are known by their verb
        "entretient, entretenir", "rendu, rendre", "opposé, opposer", "oppose, opposer"
    })
    void mapsFormToInfinitive(String form, String lemma) {
        assertThat(VERBS.lemmas(form)).contains(lemma);
    }

    @Test
    void ambiguousFormsGiveEveryInfinitive() {
        assertThat(VERBS.lemmas("suis")).containsExactlyInAnyOrder("être", "suivre");
        assertThat(VERBS.lemmas("vis")).containsExactlyInAnyOrder("vivre", "voir");
        assertThat(VERBS.lemmas("vit")).containsExactlyInAnyOrder("vivre", "voir");
        assertThat(VERBS.lemmas("sommes")).containsExactlyInAnyOrder("être", "sommer");
        assertThat(VERBS.lemmas("pressent")).containsExactlyInAnyOrder("presser", "pressentir");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "xyzzy", "accord", "gouvernement", "rencontreur", "lancons", "appele",
        "appellons", "jetons-nous", "emploiyons", "cèdons", "mènons", "réunisons", "rendé", "tenissons",
        "consentissons", "123", "l'armée"})
    void unknownOrMisspeltFormsGiveNothing(String form) {
        assertThat(VERBS.lemmas(form)).isEmpty();
    }

    @Test
    void regularVerbsAreOnlyKnownOnceNamed() {
        FrenchVerbs table = FrenchVerbs.load();
        assertThat(table.lemmas("rencontré")).isEmpty();
        assertThat(table.lemmas("été")).containsExactly("être");
        assertThat(table.withLemmas(List.of("rencontrer")).lemmas("rencontré")).containsExactly("rencontrer");
        assertThat(table.lemmas("rencontré")).as("withLemmas returns a copy").isEmpty();
    }

    @Test
    void lexiconEntriesAreReducedToTheirVerb() {
        assertThat(FrenchVerbs.infinitive("s'entretenir")).isEqualTo("entretenir");
        assertThat(FrenchVerbs.infinitive("s’entretenir obl=téléphone")).isEqualTo("entretenir");
        assertThat(FrenchVerbs.infinitive("se rendre")).isEqualTo("rendre");
        assertThat(FrenchVerbs.infinitive("mettre obl=garde")).isEqualTo("mettre");
        assertThat(FrenchVerbs.infinitive("serrer")).isEqualTo("serrer");
        assertThat(FrenchVerbs.infinitive("sévir")).isEqualTo("sévir");
    }

    @Test
    void everyVerbOfThePredicateLexiconIsRecognised() {
        List<String> verbs = Tsv.rows("/lang/fr/predicates.tsv").stream()
                .filter(r -> r.get("pos").equals("VERB"))
                .map(r -> r.get("expression"))
                .collect(Collectors.toList());
        FrenchVerbs lexicon = FrenchVerbs.load().withLemmas(verbs);
        List<String> unknown = verbs.stream().map(FrenchVerbs::infinitive)
                .filter(v -> !lexicon.lemmas(v).contains(v))
                .distinct()
                .collect(Collectors.toList());
        assertThat(unknown).as("infinitives with no conjugation (irregular -re/-oir verbs need the table)")
                .isEmpty();
        assertThat(lexicon.lemmas("rencontrés")).containsExactly("rencontrer");
        assertThat(lexicon.lemmas("entretenus")).containsExactly("entretenir");
        assertThat(lexicon.lemmas("menacé")).containsExactly("menacer");
        assertThat(lexicon.lemmas("condamnée")).containsExactly("condamner");
        assertThat(lexicon.lemmas("reçu")).containsExactly("recevoir");
    }

    @Test
    void randomInputNeverThrowsAndGivesOnlyInfinitives() {
        Random random = new Random(42);
        String alphabet = "aeiouéèêçrstnlmpdvbgqy'- ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                s.append(i % 2 == 0 ? (char) random.nextInt(0x3000)
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Set<String> lemmas = VERBS.lemmas(s.toString());
            assertThat(lemmas).allSatisfy(l -> assertThat(VERBS.lemmas(l)).as("a lemma is its own form").contains(l));
        }
    }

    @Test
    void resultsAreImmutableAndNullIsAProgrammerError() {
        assertThatThrownBy(() -> VERBS.lemmas("rencontre").add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> VERBS.lemmas(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> VERBS.withLemmas(null)).isInstanceOf(NullPointerException.class);
    }
}
