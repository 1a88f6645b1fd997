// SPDX-License-Identifier: GPL-3.0-or-later
package org.vigie.lang;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Maps inflected French verb forms to their infinitives, because CoreNLP 4.5.10 has no French
 * lemmatizer and the predicate lexicon ({@code lang/fr/predicates.tsv}) is keyed by infinitive.
 *
 * <p>Irregular verbs come from {@code lang/fr/verb_forms.tsv} ({@code form}, {@code lemma}). The
 * verbs the caller names with {@link #withLemmas(Collection)} are conjugated by rule: first group
 * ({@code -er}, with the spelling changes of {@code -cer}, {@code -ger}, {@code -eler}/{@code -eter},
 * {@code -yer}, {@code e_er} and {@code é_er}), second group ({@code -ir} / {@code -issons}) and the
 * {@code rendre} pattern ({@code -dre}); the tenses covered are the présent, imparfait, passé simple,
 * futur, conditionnel, subjonctif présent and imparfait, the participles (past participle in four
 * agreements) and the infinitive. Instances are immutable and safe to share between threads.
 */
public final class FrenchVerbs {

    /** Where the irregular forms live on the classpath. */
    public static final String RESOURCE = "/lang/fr/verb_forms.tsv";

    private static final List<String> PRESENT = List.of("e", "es", "e", "ons", "ez", "ent");
    private static final List<String> IMPERFECT = List.of("ais", "ais", "ait", "ions", "iez", "aient");
    private static final List<String> PAST = List.of("ai", "as", "a", "âmes", "âtes", "èrent");
    private static final List<String> FUTURE = List.of("erai", "eras", "era", "erons", "erez", "eront",
            "erais", "erait", "erions", "eriez", "eraient");
    private static final List<String> SUBJUNCTIVE = List.of("e", "es", "e", "ions", "iez", "ent");
    private static final List<String> SUBJUNCTIVE_PAST = List.of("asse", "asses", "ât", "assions", "assiez",
            "assent");
    private static final List<String> PARTICIPLES = List.of("ant", "é", "ée", "és", "ées", "er");

    private static final List<String> SECOND_GROUP = List.of("is", "it", "issons", "issez", "issent", "issais",
            "issait", "issions", "issiez", "issaient", "îmes", "îtes", "irent", "irai", "iras", "ira", "irons",
            "irez", "iront", "irais", "irait", "irions", "iriez", "iraient", "isse", "isses", "issant", "i", "ie",
            "ies", "ît", "ir");

    /** Endings of the rendre pattern, added to the infinitive minus {@code re}. */
    private static final List<String> DRE = List.of("s", "", "ons", "ez", "ent", "ais", "ait", "ions", "iez",
            "aient", "is", "it", "îmes", "îtes", "irent", "rai", "ras", "ra", "rons", "rez", "ront", "rais", "rait",
            "rions", "riez", "raient", "e", "es", "ant", "u", "ue", "us", "ues", "ît", "re");

    /**
     * {@code -eler}/{@code -eter} verbs that take {@code è} (il gèle, il achète); the others double the
     * consonant (il appelle, il jette), as news copy still writes them.
     */
    private static final Set<String> GRAVE_ELER_ETER = Set.of("geler", "dégeler", "congeler", "surgeler",
            "acheter", "racheter", "peler", "modeler", "remodeler", "harceler", "marteler", "ciseler", "démanteler",
            "écarteler", "haleter", "crocheter", "fureter", "corseter", "celer", "déceler", "receler");

    /** Consonant digraphs that count as one consonant after e/é. */
    private static final Set<String> DIGRAPHS = Set.of("ch", "gn", "ph", "th", "gu", "qu");

    private final Map<String, Set<String>> irregular;
    private final Map<String, Set<String>> lemmasByForm;

    private FrenchVerbs(Map<String, Set<String>> irregular, Map<String, Set<String>> lemmasByForm) {
        this.irregular = irregular;
        this.lemmasByForm = lemmasByForm;
    }

    /**
     * Loads the irregular table; every -er verb found there as a lemma (envoyer) is also conjugated by
     * rule.
     *
     * @throws IllegalStateException when the resource is missing or malformed (a packaging error)
     */
    public static FrenchVerbs load() {
        Map<String, Set<String>> irregular = new HashMap<>();
        for (Tsv.Row row : Tsv.rows(RESOURCE)) {
            irregular.computeIfAbsent(row.get("form"), k -> new LinkedHashSet<>()).add(row.get("lemma"));
        }
        Map<String, Set<String>> frozen = freeze(irregular);
        Set<String> lemmas = new LinkedHashSet<>();
        frozen.values().forEach(lemmas::addAll);
        return new FrenchVerbs(frozen, build(frozen, lemmas));
    }

    /**
     * A copy that also conjugates {@code infinitives} by rule. Entries may be written as in the
     * predicate lexicon: a pronoun ({@code s'entretenir}, {@code se rendre}) and required dependents
     * ({@code rendre obj=visite}) are dropped, leaving the infinitive. Words that end neither in
     * {@code -er}, {@code -ir} nor {@code -dre}, and verbs of the irregular table, add nothing.
     */
    public FrenchVerbs withLemmas(Collection<String> infinitives) {
        Objects.requireNonNull(infinitives, "infinitives");
        Set<String> lemmas = new LinkedHashSet<>();
        irregular.values().forEach(lemmas::addAll);
        lemmasByForm.values().forEach(lemmas::addAll);
        for (String entry : infinitives) {
            String infinitive = infinitive(Objects.requireNonNull(entry, "infinitive"));
            if (!infinitive.isEmpty()) {
                lemmas.add(infinitive);
            }
        }
        return new FrenchVerbs(irregular, build(irregular, lemmas));
    }

    /**
     * The infinitives {@code form} may belong to (several for an ambiguous form such as {@code suis}),
     * empty for a form of no known verb. Case is ignored; never throws on odd input.
     */
    public Set<String> lemmas(String form) {
        Objects.requireNonNull(form, "form");
        Set<String> lemmas = lemmasByForm.get(form.strip().toLowerCase(Locale.ROOT).replace('’', '\''));
        return lemmas == null ? Set.of() : lemmas;
    }

    /** The infinitive of a lexicon entry: {@code s'entretenir} and {@code se rendre obj=x} give the verb. */
    static String infinitive(String entry) {
        String s = entry.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (s.startsWith("s'")) {
            s = s.substring(2);
        } else if (s.startsWith("se ")) {
            s = s.substring(3);
        }
        s = s.strip();
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    private static Map<String, Set<String>> build(Map<String, Set<String>> irregular, Set<String> lemmas) {
        Map<String, Set<String>> forms = new HashMap<>();
        irregular.forEach((form, ls) -> forms.computeIfAbsent(form, k -> new LinkedHashSet<>()).addAll(ls));
        Set<String> irregularLemmas = new LinkedHashSet<>();
        irregular.values().forEach(irregularLemmas::addAll);
        for (String lemma : lemmas) {
            if (lemma.length() < 3 || !lemma.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                continue;
            }
            Set<String> out = new LinkedHashSet<>();
            if (lemma.endsWith("er") && !lemma.equals("aller")) {
                firstGroup(lemma, out);
            } else if (!irregularLemmas.contains(lemma) && lemma.endsWith("ir")) {
                String stem = lemma.substring(0, lemma.length() - 2);
                SECOND_GROUP.forEach(e -> out.add(stem + e));
            } else if (!irregularLemmas.contains(lemma) && lemma.endsWith("dre")) {
                String stem = lemma.substring(0, lemma.length() - 2);
                DRE.forEach(e -> out.add(stem + e));
            }
            for (String form : out) {
                forms.computeIfAbsent(form, k -> new LinkedHashSet<>()).add(lemma);
            }
        }
        return freeze(forms);
    }

    /** All forms of a first-group verb, spelling changes included. */
    static void firstGroup(String infinitive, Set<String> out) {
        String stem = infinitive.substring(0, infinitive.length() - 2);
        for (int i = 0; i < 6; i++) {
            boolean stressed = i != 3 && i != 4; // je/tu/il/ils: the stem carries the stress (il mène)
            add(infinitive, stem, PRESENT.get(i), stressed, out);
            add(infinitive, stem, SUBJUNCTIVE.get(i), stressed, out);
            add(infinitive, stem, IMPERFECT.get(i), false, out);
            add(infinitive, stem, PAST.get(i), false, out);
            add(infinitive, stem, SUBJUNCTIVE_PAST.get(i), false, out);
        }
        for (String ending : FUTURE) {
            add(infinitive, stem, ending, true, out);
        }
        for (String ending : PARTICIPLES) {
            add(infinitive, stem, ending, false, out);
        }
    }

    /**
     * Adds stem + ending. {@code stressed} marks an ending before which the stem's last {@code e}
     * is mute (present singular and third plural, futur, conditionnel), where -eler/-eter verbs double
     * the consonant or take è, e_er and é_er verbs take è (the futur also keeps é: céderai, cèderai),
     * and -oyer/-uyer verbs write i (-ayer both: paie, paye).
     */
    private static void add(String infinitive, String stem, String ending, boolean stressed, Set<String> out) {
        String s = stem;
        char first = ending.charAt(0);
        boolean hard = first == 'a' || first == 'â' || first == 'o';
        if (hard && s.endsWith("c")) {
            s = s.substring(0, s.length() - 1) + "ç"; // nous lançons
        } else if (hard && s.endsWith("g")) {
            s = s + "e"; // nous mangeons
        }
        if (!stressed) {
            out.add(s + ending);
            return;
        }
        if (s.endsWith("oy") || s.endsWith("uy")) {
            out.add(s.substring(0, s.length() - 1) + "i" + ending); // il emploie
            return;
        }
        if (s.endsWith("ay")) {
            out.add(s + ending); // il paye
            out.add(s.substring(0, s.length() - 1) + "i" + ending); // il paie
            return;
        }
        // the u of gu/qu is no vowel (il délègue)
        int vowel = s.endsWith("gu") || s.endsWith("qu") ? lastVowel(s.substring(0, s.length() - 1)) : lastVowel(s);
        if (vowel < 0 || vowel == s.length() - 1) {
            out.add(s + ending);
            return;
        }
        String consonants = s.substring(vowel + 1);
        char v = s.charAt(vowel);
        boolean future = ending.startsWith("er");
        if (v == 'é' && simpleOnset(consonants)) {
            String grave = s.substring(0, vowel) + "è" + consonants;
            out.add(grave + ending); // il cède, il cèdera
            if (future) {
                out.add(s + ending); // il cédera (spelling before 1990)
            }
        } else if (v == 'e' && simpleOnset(consonants) && !precededByVowel(s, vowel)) {
            boolean eler = consonants.equals("l") || consonants.equals("t");
            if (eler && !GRAVE_ELER_ETER.contains(infinitive)) {
                out.add(s + consonants.charAt(0) + ending); // il appelle, il jette
            } else {
                out.add(s.substring(0, vowel) + "è" + consonants + ending); // il mène, il gèle
            }
        } else {
            out.add(s + ending);
        }
    }

    /** One consonant or digraph, or a consonant followed by l or r (régler, célébrer, sevrer), not a doubled one. */
    private static boolean simpleOnset(String consonants) {
        if (DIGRAPHS.contains(consonants)) {
            return true; // il sèche, il règne, il délègue
        }
        if (consonants.length() == 1) {
            return !"xy".contains(consonants);
        }
        return consonants.length() == 2 && "lr".indexOf(consonants.charAt(1)) >= 0
                && consonants.charAt(0) != consonants.charAt(1) && "lrn".indexOf(consonants.charAt(0)) < 0;
    }

    /** Whether the e at {@code index} is part of a digraph such as eu, oe, ue (not an e of its own). */
    private static boolean precededByVowel(String s, int index) {
        return index > 0 && isVowel(s.charAt(index - 1)) && s.charAt(index - 1) != 'i' && s.charAt(index - 1) != 'u';
    }

    private static int lastVowel(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (isVowel(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isVowel(char c) {
        return "aeiouyàâäéèêëîïôöùûüœæ".indexOf(c) >= 0;
    }

    private static Map<String, Set<String>> freeze(Map<String, Set<String>> map) {
        Map<String, Set<String>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
