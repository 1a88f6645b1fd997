package org.vigie.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.model.Document;
import org.vigie.model.Entity;
import org.vigie.model.Mention;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/**
 * Builds a parsed {@link Document} by hand from text with inline NER annotations, so unit tests of
 * the entity stage read like the article and need no CoreNLP model:
 *
 * <pre>{@code
 * DocKit.fr("Le ministre russe des Affaires étrangères, [Sergueï Lavrov]PERSON, a rencontré son homologue turc.")
 * }</pre>
 *
 * <p>The rules, kept simple on purpose:
 * <ul>
 *   <li><b>Annotations.</b> {@code [words]LABEL} (LABEL in capitals: PERSON, LOCATION,
 *       ORGANIZATION, MISC…) gives every token inside the brackets that NER label; every other token
 *       gets {@code "O"}. The brackets and the label are removed from the text.</li>
 *   <li><b>Sentences.</b> Paragraphs separated by a blank line are sentences; so are the arguments
 *       of the varargs factories (joined with a blank line). A sentence spans its paragraph.</li>
 *   <li><b>Tokens.</b> Split on white space (no-break spaces included) and around the punctuation
 *       {@code , . ; : ( ) ! ? « » "}. Hyphenated words stay whole ("Amir-Abdollahian").
 *       In French an elision ends its token: "l'Iran" is "l'" + "Iran", "d’Israël" is "d’" + "Israël"
 *       (any word ending in an apostrophe, typographic or not). In English a final possessive is a
 *       token of its own: "Egypt's" is "Egypt" + "'s". A full stop stays inside a token that has
 *       another full stop or is a known abbreviation ("U.N.", "M.").</li>
 *   <li><b>Part of speech.</b> {@code PUNCT} for punctuation, {@code PROPN} for a token that starts
 *       with a capital, {@code NOUN} for anything else. The lemma is the lower-cased text. There is
 *       no parse: head -1, deprel null.</li>
 * </ul>
 */
final class DocKit {
  private static final Pattern ANNOTATION = Pattern.compile("\\[([^\\[\\]]*)]([A-Z_]+)");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");
  private static final String PUNCTUATION = ",.;:()!?«»\"";
  private static final List<String> ABBREVIATIONS = List.of("M.", "MM.", "Mme.", "Dr.", "Mr.", "Mrs.", "St.");

  private DocKit() {
  }

  /** A French document: paragraphs separated by blank lines, or one argument per sentence. */
  static Document fr(String... sentences) {
    return parse("fr", String.join("\n\n", sentences));
  }

  /** An English document: paragraphs separated by blank lines, or one argument per sentence. */
  static Document en(String... sentences) {
    return parse("en", String.join("\n\n", sentences));
  }

  /**
   * Runs the entity stage on {@code document} and checks what every test relies on: each mention's
   * text is {@code text.substring(start, end)}, lies inside the text and names an existing sentence.
   */
  static Document analyse(Document document) {
    return analyse(new EntityStage(), document);
  }

  /** The same checks with a given stage (one with a user's actor dictionary, say). */
  static Document analyse(EntityStage stage, Document document) {
    Document out = stage.apply(document);
    for (Entity entity : out.entities()) {
      for (Mention mention : entity.mentions()) {
        assertThat(mention.end()).as("end of %s in %s", mention, entity.name()).isLessThanOrEqualTo(out.text().length());
        assertThat(mention.text()).as("text of %s in %s", mention, entity.name())
            .isEqualTo(out.text().substring(mention.start(), mention.end()));
        assertThat(mention.sentence()).as("sentence of %s", mention).isBetween(0, Math.max(0, out.sentences().size() - 1));
      }
      assertThat(entity.mentions()).as("mentions of %s", entity.name()).isNotEmpty();
    }
    return out;
  }

  /** A document in {@code language} (any code, also one without resources). */
  static Document parse(String language, String annotated) {
    StringBuilder text = new StringBuilder();
    List<int[]> labelled = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    Matcher m = ANNOTATION.matcher(annotated);
    int last = 0;
    while (m.find()) {
      text.append(annotated, last, m.start());
      int start = text.length();
      text.append(m.group(1));
      labelled.add(new int[] {start, text.length()});
      labels.add(m.group(2));
      last = m.end();
    }
    text.append(annotated.substring(last));
    String plain = text.toString();
    if (plain.indexOf('[') >= 0 || plain.indexOf(']') >= 0) {
      throw new IllegalArgumentException("unbalanced annotation in: " + annotated);
    }

    List<Sentence> sentences = new ArrayList<>();
    Matcher br = PARAGRAPH_BREAK.matcher(plain);
    int from = 0;
    while (true) {
      boolean found = br.find();
      int to = found ? br.start() : plain.length();
      if (to > from) {
        sentences.add(new Sentence(sentences.size(), from, to, tokens(language, plain, from, to, labelled, labels), false));
      }
      if (!found) {
        break;
      }
      from = br.end();
    }
    return Document.of("dockit", plain).withLanguage(language).withSentences(sentences);
  }

  private static List<Token> tokens(String language, String text, int from, int to,
                                    List<int[]> labelled, List<String> labels) {
    List<int[]> spans = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      if (PUNCTUATION.indexOf(c) >= 0) {
        spans.add(new int[] {i, i + 1});
        i++;
        continue;
      }
      int end = i;
      while (end < to && !Character.isWhitespace(text.charAt(end)) && !Character.isSpaceChar(text.charAt(end))
          && (PUNCTUATION.indexOf(text.charAt(end)) < 0 || keepsFullStop(text, i, end, to))) {
        end++;
      }
      word(language, text, i, end, spans);
      i = end;
    }
    List<Token> tokens = new ArrayList<>();
    for (int[] span : spans) {
      String surface = text.substring(span[0], span[1]);
      tokens.add(new Token(tokens.size(), surface, span[0], span[1], pos(surface),
          surface.toLowerCase(Locale.ROOT), label(span, labelled, labels), -1, null));
    }
    return tokens;
  }

  /** A full stop inside "U.N." or closing "M." belongs to the word. */
  private static boolean keepsFullStop(String text, int wordStart, int at, int to) {
    if (text.charAt(at) != '.') {
      return false;
    }
    boolean innerLetterFollows = at + 1 < to && Character.isLetter(text.charAt(at + 1));
    String sofar = text.substring(wordStart, at + 1);
    return innerLetterFollows || sofar.indexOf('.') < sofar.length() - 1 || ABBREVIATIONS.contains(sofar);
  }

  /** Splits French elisions after their apostrophe and English possessives before theirs. */
  private static void word(String language, String text, int start, int end, List<int[]> spans) {
    if (language.equals("fr")) {
      int s = start;
      for (int k = start; k < end - 1; k++) {
        if (isApostrophe(text.charAt(k)) && k > s) {
          spans.add(new int[] {s, k + 1});
          s = k + 1;
        }
      }
      spans.add(new int[] {s, end});
      return;
    }
    if (language.equals("en") && end - start > 2 && isApostrophe(text.charAt(end - 2))
        && Character.toLowerCase(text.charAt(end - 1)) == 's') {
      spans.add(new int[] {start, end - 2});
      spans.add(new int[] {end - 2, end});
      return;
    }
    if (language.equals("en") && end - start > 1 && isApostrophe(text.charAt(end - 1))) {
      spans.add(new int[] {start, end - 1});
      spans.add(new int[] {end - 1, end});
      return;
    }
    spans.add(new int[] {start, end});
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static String pos(String surface) {
    char first = surface.charAt(0);
    if (surface.length() == 1 && PUNCTUATION.indexOf(first) >= 0) {
      return "PUNCT";
    }
    return Character.isUpperCase(first) ? "PROPN" : "NOUN";
  }

  private static String label(int[] span, List<int[]> labelled, List<String> labels) {
    for (int k = 0; k < labelled.size(); k++) {
      int[] l = labelled.get(k);
      if (l[0] <= span[0] && span[1] <= l[1]) {
        return labels.get(k);
      }
    }
    return "O";
  }
}
