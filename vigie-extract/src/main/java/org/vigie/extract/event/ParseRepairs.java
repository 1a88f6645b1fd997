package org.vigie.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/**
 * Rewrites of a parse the event stage meets often enough to repair before reading arguments: each
 * turns one misreading of the parser back into the tree it should have built, so every rule of the
 * event stage reads the repaired tree.
 */
final class ParseRepairs {
  /** The prepositions that introduce a passive's agent. */
  private static final Set<String> AGENT_MARKS = Set.of("par", "by");
  /** Articles: a word of these the parser took for a clause's subject is the determiner of a noun. */
  private static final Set<String> ARTICLES = Set.of("un", "une", "des", "le", "la", "les", "l'", "a", "an", "the");
  /** Relative pronouns the English model may tag as determiners. */
  private static final Set<String> RELATIVE_WORDS = Set.of("which", "who");
  /** English causative verbs: "had the mayor arrested", "got the law changed". */
  private static final Set<String> CAUSATIVES = Set.of("have", "get");

  private ParseRepairs() {
  }

  /** The sentence with its known misparses repaired (the same sentence when none is found). */
  static Sentence repair(Sentence sentence) {
    if (!sentence.parsed()) {
      return sentence;
    }
    List<Token> tokens = new ArrayList<>(sentence.tokens());
    boolean changed = agentClause(tokens);
    changed |= relativeDeterminer(tokens);
    changed |= mainVerbUnderRelative(tokens);
    changed |= causative(tokens);
    changed |= reportingPhraseAsSubject(tokens);
    return changed ? new Sentence(sentence.index(), sentence.start(), sentence.end(), tokens, true) : sentence;
  }

  /** Prepositions of a reporting phrase: "selon l'armée", "d'après la police", "according to". */
  private static final Set<String> REPORTING_CASES = Set.of("selon", "après", "according");

  /**
   * "Selon l'armée, « plus de 40 terroristes » ont été neutralisés": the parser may take the
   * reporting phrase for the clause's subject and the real subject for its apposition. A subject
   * opened by "selon"/"d'après"/"according" with an apposition after it: the apposition is the
   * subject, the phrase an oblique.
   */
  private static boolean reportingPhraseAsSubject(List<Token> tokens) {
    boolean changed = false;
    for (Token subject : List.copyOf(tokens)) {
      if (subject.deprel() == null || !subject.deprel().startsWith("nsubj")) {
        continue;
      }
      boolean reporting = tokens.stream().anyMatch(t -> t.head() == subject.index() && "case".equals(t.deprel())
          && REPORTING_CASES.contains(t.text().toLowerCase(java.util.Locale.ROOT)));
      Token appos = tokens.stream().filter(t -> t.head() == subject.index() && "appos".equals(t.deprel())
          && t.index() > subject.index()).findFirst().orElse(null);
      if (!reporting || appos == null) {
        continue;
      }
      tokens.set(appos.index(), new Token(appos.index(), appos.text(), appos.start(), appos.end(), appos.pos(),
          appos.lemma(), appos.ner(), subject.head(), subject.deprel()));
      tokens.set(subject.index(), new Token(subject.index(), subject.text(), subject.start(), subject.end(),
          subject.pos(), subject.lemma(), subject.ner(), subject.head(), "obl:mod"));
      changed = true;
    }
    return changed;
  }

  /**
   * "ont été tués par une frappe de drone turque": the French model may read the agent phrase as an
   * adverbial clause marked by "par", its article as the clause's subject and its noun as the verb.
   * Under a passive with no agent of its own, a clause marked by "par"/"by" that is headed by a noun
   * (tagged so, or opened by an article read as its subject) is the agent: the mark becomes its
   * case, the article its determiner, and the clause's obliques the noun's complements.
   */
  private static boolean agentClause(List<Token> tokens) {
    boolean changed = false;
    for (Token clause : List.copyOf(tokens)) {
      if (!"advcl".equals(clause.deprel()) || clause.head() < 0 || clause.head() >= tokens.size()) {
        continue;
      }
      Token verb = tokens.get(clause.head());
      Token mark = null;
      Token article = null;
      for (Token child : tokens) {
        if (child.head() != clause.index()) {
          continue;
        }
        if ("mark".equals(child.deprel()) && AGENT_MARKS.contains(lower(child)) && child.index() < clause.index()) {
          mark = child;
        } else if (SentenceGraph.hasRelation(child, "nsubj") && child.index() == clause.index() - 1
            && ARTICLES.contains(lower(child))) {
          article = child;
        }
      }
      boolean nounHeaded = "NOUN".equals(clause.pos()) || article != null;
      if (mark == null || !nounHeaded || !passive(tokens, verb) || hasAgent(tokens, verb)) {
        continue;
      }
      tokens.set(clause.index(), with(clause, "NOUN", "obl:agent"));
      tokens.set(mark.index(), with(mark, mark.pos(), "case"));
      if (article != null) {
        tokens.set(article.index(), with(article, "DET", "det"));
      }
      for (Token child : List.copyOf(tokens)) {
        if (child.head() == clause.index() && SentenceGraph.hasRelation(child, "obl")) {
          tokens.set(child.index(), with(child, child.pos(), "nmod"));
        }
      }
      changed = true;
    }
    return changed;
  }

  /**
   * "UNICEF, which distributed vaccines to Afghan children, launched…": the English model may read
   * the relative pronoun after a comma as the determiner of the object, the clause's verb as an
   * adjective of that object, and the object as an apposition. "Which"/"who" right after a comma,
   * followed by a verb, opens a relative clause on the noun before the comma: the verb heads it, the
   * pronoun is its subject and the noun its object.
   */
  private static boolean relativeDeterminer(List<Token> tokens) {
    boolean changed = false;
    for (Token relative : List.copyOf(tokens)) {
      int i = relative.index();
      if (!"det".equals(relative.deprel()) || !RELATIVE_WORDS.contains(lower(relative)) || i == 0 || i + 1 >= tokens.size()
          || !",".equals(tokens.get(i - 1).text()) || relative.head() < 0 || relative.head() >= tokens.size()) {
        continue;
      }
      Token object = tokens.get(relative.head());
      Token verb = tokens.get(i + 1);
      if (!SentenceGraph.hasRelation(object, "appos") || object.head() < 0 || verb.head() != object.index()
          || !"VERB".equals(verb.pos()) || !"amod".equals(verb.deprel())) {
        continue;
      }
      tokens.set(verb.index(), new Token(verb.index(), verb.text(), verb.start(), verb.end(), verb.pos(), verb.lemma(),
          verb.ner(), object.head(), "acl:relcl"));
      tokens.set(i, new Token(i, relative.text(), relative.start(), relative.end(), "PRON", relative.lemma(),
          relative.ner(), verb.index(), "nsubj"));
      tokens.set(object.index(), new Token(object.index(), object.text(), object.start(), object.end(), object.pos(),
          object.lemma(), object.ner(), verb.index(), "obj"));
      changed = true;
    }
    return changed;
  }

  /**
   * "The Turkish prosecutor who had the mayor of Istanbul arrested was promoted": the English model
   * may read the main verb as the complement of the relative clause's verb and the participle before
   * it as its passive subject. A verb cannot be a subject: the later verb is the main verb of the
   * relative clause's noun, the noun its subject, and the participle the relative verb's complement.
   */
  private static boolean mainVerbUnderRelative(List<Token> tokens) {
    boolean changed = false;
    for (Token participle : List.copyOf(tokens)) {
      if (!"nsubj:pass".equals(participle.deprel()) || !"VERB".equals(participle.pos()) || participle.head() < 0) {
        continue;
      }
      Token main = tokens.get(participle.head());
      Token relative = main.head() < 0 ? null : tokens.get(main.head());
      Token noun = relative == null || relative.head() < 0 ? null : tokens.get(relative.head());
      if (noun == null || !"ccomp".equals(main.deprel()) || !"acl:relcl".equals(relative.deprel())
          || !(relative.index() < participle.index() && participle.index() < main.index())
          || tokens.stream().anyMatch(t -> t.head() == main.index() && SentenceGraph.hasRelation(t, "nsubj")
              && t != participle)) {
        continue;
      }
      boolean passive = tokens.stream().anyMatch(t -> t.head() == main.index() && "aux:pass".equals(t.deprel()));
      tokens.set(main.index(), with(main, noun.head(), noun.deprel()));
      tokens.set(noun.index(), with(noun, main.index(), passive ? "nsubj:pass" : "nsubj"));
      tokens.set(participle.index(), with(participle, relative.index(), "ccomp"));
      changed = true;
    }
    return changed;
  }

  /**
   * "had the mayor of Istanbul arrested": a causative's participle is the act its subject has done,
   * and the noun before the participle (read as its subject or as the causative's object) the act's
   * object. The participle becomes the causative's complement (sharing its subject) and the noun its
   * object. A bare infinitive ("had the police arrest him") is left as it is.
   */
  private static boolean causative(List<Token> tokens) {
    boolean changed = false;
    for (Token participle : List.copyOf(tokens)) {
      if (participle.head() < 0 || !"VERB".equals(participle.pos()) || participle.lemma() == null
          || participle.text().equalsIgnoreCase(participle.lemma())
          || !("ccomp".equals(participle.deprel()) || "xcomp".equals(participle.deprel()))) {
        continue;
      }
      Token verb = tokens.get(participle.head());
      if (verb.lemma() == null || !CAUSATIVES.contains(verb.lemma().toLowerCase(Locale.ROOT))
          || verb.index() > participle.index()) {
        continue;
      }
      Token patient = null;
      for (Token child : tokens) {
        boolean between = child.index() > verb.index() && child.index() < participle.index();
        if (between && (child.head() == participle.index() && SentenceGraph.hasRelation(child, "nsubj")
            || child.head() == verb.index() && "obj".equals(child.deprel()))) {
          patient = child;
        }
        if (child.head() == participle.index() && ("obj".equals(child.deprel()) || "aux".equals(child.deprel()))) {
          patient = null;
          break;
        }
      }
      if (patient == null) {
        continue;
      }
      tokens.set(participle.index(), with(participle, verb.index(), "xcomp"));
      tokens.set(patient.index(), with(patient, participle.index(), "obj"));
      changed = true;
    }
    return changed;
  }

  private static Token with(Token token, int head, String deprel) {
    return new Token(token.index(), token.text(), token.start(), token.end(), token.pos(), token.lemma(), token.ner(),
        head, deprel);
  }

  private static boolean passive(List<Token> tokens, Token verb) {
    return tokens.stream().anyMatch(t -> t.head() == verb.index()
        && (SentenceGraph.hasRelation(t, "aux:pass") || SentenceGraph.hasRelation(t, "nsubj:pass")));
  }

  private static boolean hasAgent(List<Token> tokens, Token verb) {
    for (Token child : tokens) {
      if (child.head() != verb.index()) {
        continue;
      }
      if (SentenceGraph.hasRelation(child, "obl:agent")) {
        return true;
      }
      if (SentenceGraph.hasRelation(child, "obl") || SentenceGraph.hasRelation(child, "nmod")) {
        for (Token grandchild : tokens) {
          if (grandchild.head() == child.index() && "case".equals(grandchild.deprel())
              && AGENT_MARKS.contains(lower(grandchild))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String lower(Token token) {
    return token.text().toLowerCase(Locale.ROOT);
  }

  private static Token with(Token token, String pos, String deprel) {
    return new Token(token.index(), token.text(), token.start(), token.end(), pos, token.lemma(), token.ner(),
        token.head(), deprel);
  }
}
