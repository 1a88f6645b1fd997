package org.vigie.extract.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.extract.DictionaryLines;
import org.vigie.extract.event.PredicateLexicon.Dependent;
import org.vigie.extract.event.PredicateLexicon.Predicate;

/**
 * A user's verb dictionary in the PETRARCH/TABARI format, turned into English predicate entries of
 * the event stage ({@code docs/predicates.md}), which then win over Vigie's own entries for the same
 * verbs. Format and translation in {@code docs/verb-dictionaries.md}; in short:
 *
 * <ul>
 *   <li>{@code --- NAME [code] ---} opens a block; its verb lines ({@code RESTORE}, {@code BAN {BANS
 *       BANNED}}, {@code BREAK_DOWN}, {@code WIRE_+TAP [1711]}) each code their own code or the
 *       block's, and the block's patterns apply to all of them;
 *   <li>{@code - * TIES [064]}: the verb ({@code *}) with the words around it, in order, becomes
 *       the head lemma with positional dependents ({@code after=ties}); {@code $} marks the source,
 *       {@code +} the target, {@code %} a compound actor (both directions coded), {@code ^} skips;
 *   <li>{@code &NAME} then {@code +WORD} lines define a synset, used as {@code &NAME} in patterns;
 *   <li>{@code [032:033]}: the second code is the target's act back on the source; {@code [---]} no
 *       event.
 * </ul>
 *
 * <p>Lenient with the file: a line it cannot use is skipped and described in {@link #problems()}.
 */
public final class VerbDictionary {
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)]");
  private static final Pattern VALID_CODE = Pattern.compile("\\d{2,4}[A-Za-z]?");
  private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being");
  private static final int MAX_EXPANSIONS = 256;

  private final List<Predicate> predicates;
  private final List<String> problems;

  private VerbDictionary(List<Predicate> predicates, List<String> problems) {
    this.predicates = List.copyOf(predicates);
    this.problems = List.copyOf(problems);
  }

  /** Reads a PETRARCH/TABARI verb file; an unreadable file fails, a malformed line is skipped. */
  public static VerbDictionary readPetrarch(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.getFileName().toString());
  }

  /** The language of the dictionary's words: PETRARCH dictionaries are English. */
  public String language() {
    return "en";
  }

  /** How many predicate entries the dictionary gave (patterns times synset alternatives, verbs included). */
  public int size() {
    return predicates.size();
  }

  /** The lines that were skipped, each with its line number and why. */
  public List<String> problems() {
    return problems;
  }

  List<Predicate> predicates() {
    return predicates;
  }

  // ------------------------------------------------------------------ reading

  /** A verb of a block: "WIRE_+TAP" is the head "tap" with "wire" before it. */
  private record Verb(String head, List<String> before, List<String> after, String code, int line) {
  }

  /** A pattern line: its tokens (words, {@code *}, {@code $}, {@code +}, {@code %}, {@code &SYNSET}). */
  private record Rule(List<String> tokens, String code, int line) {
  }

  private static final class Block {
    final String code;
    final List<Verb> verbs = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();

    Block(String code) {
      this.code = code;
    }
  }

  static VerbDictionary parse(List<String> lines, String name) {
    List<String> problems = new ArrayList<>();
    Map<String, List<List<String>>> synsets = new HashMap<>();
    List<Block> blocks = new ArrayList<>();
    Block block = null;
    List<List<String>> synset = null;
    List<String> uncommented = DictionaryLines.uncommented(lines);
    for (int n = 1; n <= lines.size(); n++) {
      String body = uncommented.get(n - 1).strip();
      if (body.isEmpty()) {
        synset = null; // a blank line ends a synset
        continue;
      }
      if (body.startsWith("---")) {
        synset = null;
        block = new Block(firstCode(body));
        blocks.add(block);
      } else if (body.startsWith("&")) {
        synset = new ArrayList<>();
        synsets.put(synsetName(body.split("\\s+")[0]), synset);
      } else if (body.startsWith("+") && synset != null) {
        synset.add(words(body.substring(1)));
      } else if (body.startsWith("-")) {
        if (block == null) {
          problems.add(name + ":" + n + ": pattern outside a verb block");
          continue;
        }
        String code = firstCode(body);
        int bracket = body.indexOf('[');
        String pattern = (bracket < 0 ? body.substring(1) : body.substring(1, bracket)).strip();
        if (code == null) {
          problems.add(name + ":" + n + ": pattern without a [code]");
          continue;
        }
        block.rules.add(new Rule(words(pattern), code, n));
      } else {
        synset = null;
        if (block == null) {
          block = new Block(null);
          blocks.add(block);
        }
        Verb verb = verb(body, block.code, n);
        if (verb == null) {
          problems.add(name + ":" + n + ": no verb in '" + body + "'");
        } else {
          block.verbs.add(verb);
        }
      }
    }
    List<Predicate> predicates = new ArrayList<>();
    for (Block b : blocks) {
      for (Verb verb : b.verbs) {
        Predicate own = predicate(verb, List.of(), verb.code(), name + ":" + verb.line(), problems);
        if (own != null) {
          predicates.add(own);
        }
        for (Rule rule : b.rules) {
          List<List<String>> expansions = expand(rule.tokens(), synsets, new HashSet<>());
          if (expansions.size() > MAX_EXPANSIONS) {
            problems.add(name + ":" + rule.line() + ": synsets give " + expansions.size() + " patterns; kept "
                + MAX_EXPANSIONS);
            expansions = expansions.subList(0, MAX_EXPANSIONS);
          }
          for (List<String> tokens : expansions) {
            if (tokens.stream().filter("*"::equals).count() != 1) {
              problems.add(name + ":" + rule.line() + ": a pattern needs one '*' for the verb");
              break;
            }
            Predicate predicate = predicate(verb, tokens, rule.code(), name + ":" + rule.line(), problems);
            if (predicate != null) {
              predicates.add(predicate);
            }
          }
        }
      }
    }
    return new VerbDictionary(predicates, problems);
  }

  private static String synsetName(String token) {
    String name = token.toLowerCase(Locale.ROOT);
    while (name.endsWith("_")) {
      name = name.substring(0, name.length() - 1);
    }
    return name;
  }

  /** The first {@code [code]} of a line, or null. */
  private static String firstCode(String line) {
    Matcher m = CODE.matcher(line);
    return m.find() ? m.group(1).strip() : null;
  }

  /** "KLM_NOP_+RST {KLM_NOP_+RSTS}" → head "rst", before [klm, nop]. */
  private static Verb verb(String body, String blockCode, int line) {
    String code = firstCode(body);
    String text = body.replaceAll("\\{[^}]*}?", " ").replaceAll("\\[[^\\]]*]?", " ").strip();
    if (text.startsWith("+")) {
      text = text.substring(1);
    }
    List<String> words = words(text);
    if (words.isEmpty()) {
      return null;
    }
    int head = 0;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).startsWith("+") && words.get(i).length() > 1) {
        head = i;
      }
    }
    List<String> clean = words.stream().map(w -> w.startsWith("+") && w.length() > 1 ? w.substring(1) : w).toList();
    return new Verb(clean.get(head), clean.subList(0, head), clean.subList(head + 1, clean.size()),
        code != null ? code : blockCode, line);
  }

  /** Words of a pattern or name: split on spaces and underscores, lower-cased; markers kept as they are. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String part : text.strip().split("[\\s_]+")) {
      if (!part.isEmpty()) {
        words.add(part.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  /** Every pattern the synsets of {@code tokens} stand for ("&tietypes ties" → "military ties", …). */
  private static List<List<String>> expand(List<String> tokens, Map<String, List<List<String>>> synsets,
                                           Set<String> open) {
    List<List<String>> results = new ArrayList<>();
    results.add(new ArrayList<>());
    for (String token : tokens) {
      List<List<String>> alternatives;
      if (token.startsWith("&") && token.length() > 1) {
        String name = synsetName(token);
        List<List<String>> members = synsets.get(name);
        if (members == null || open.contains(name)) {
          alternatives = List.of(List.of(token)); // unknown synset: a word that never matches
        } else {
          open.add(name);
          alternatives = new ArrayList<>();
          for (List<String> member : members) {
            alternatives.addAll(expand(member, synsets, open));
          }
          open.remove(name);
        }
      } else {
        alternatives = List.of(List.of(token));
      }
      List<List<String>> next = new ArrayList<>();
      for (List<String> prefix : results) {
        for (List<String> alternative : alternatives) {
          List<String> joined = new ArrayList<>(prefix);
          joined.addAll(alternative);
          next.add(joined);
        }
        if (next.size() > MAX_EXPANSIONS * 4) {
          break;
        }
      }
      results = next;
    }
    return results;
  }

  /**
   * The entry for {@code verb} with the pattern {@code tokens} (empty for the verb alone), or null
   * when the code cannot be used. An entry without a code ({@code [---]}) is kept: it hides the
   * built-in entries of its verb and codes nothing.
   */
  private static Predicate predicate(Verb verb, List<String> tokens, String codeBlock, String row, List<String> problems) {
    String code = null;
    String reciprocal = null;
    if (codeBlock != null && !codeBlock.startsWith("---")) {
      String[] parts = codeBlock.split(":", 2);
      code = cleanCode(parts[0]);
      reciprocal = parts.length > 1 ? cleanCode(parts[1]) : null;
      if (code == null) {
        problems.add(row + ": not an event code: [" + codeBlock + "]");
        return null;
      }
    }
    int star = tokens.indexOf("*");
    List<String> pre = star < 0 ? List.of() : tokens.subList(0, star);
    List<String> post = star < 0 ? List.of() : tokens.subList(star + 1, tokens.size());
    List<Dependent> dependents = new ArrayList<>();
    for (String word : pre) {
      if (isWord(word)) {
        dependents.add(new Dependent(Dependent.BEFORE, word));
      }
    }
    verb.before().forEach(w -> dependents.add(new Dependent(Dependent.BEFORE, w)));
    verb.after().forEach(w -> dependents.add(new Dependent(Dependent.AFTER, w)));
    for (String word : post) {
      if (isWord(word)) {
        dependents.add(new Dependent(Dependent.AFTER, word));
      }
    }
    boolean passive = pre.stream().anyMatch(BE::contains);
    List<String> source = slot("$", pre, post, passive);
    List<String> target = slot("+", pre, post, passive);
    Set<String> flags = new LinkedHashSet<>();
    flags.add("transparent");
    if (pre.contains("%")) {
      // A compound actor: "Gondor and Osgiliath have renewed ties" codes both directions.
      flags.add("symmetric");
      flags.add("compound");
      if (reciprocal == null) {
        reciprocal = code;
      }
      if (source == null) {
        source = slot("%", pre, post, passive);
      }
    } else if (post.contains("%") && target == null) {
      // A compound party after the verb is the target, each member: "Eriador agrees with the
      // Philippines and France" (- * WITH %) is Eriador → Philippines and Eriador → France.
      target = slot("%", pre, post, passive);
    }
    if (source == null) {
      source = List.of("subj");
    }
    if (target == null) {
      target = pre.contains("%") ? List.of() : List.of("obj", "iobj", "inobj", "obl", "ccomp");
    }
    String plover = "";
    String mode = null;
    if (code != null) {
      CameoCodes.Code known = CameoCodes.get(code);
      if (known != null && known.plover() != null) {
        plover = known.plover();
        mode = known.mode() == null || known.mode().isBlank() ? null : known.mode();
      }
    }
    return new Predicate(verb.head(), "VERB", List.copyOf(dependents), plover, mode, code == null ? "" : code,
        reciprocal, source, target, Set.copyOf(flags), row);
  }

  /** "064" → "064"; "025?" → "025"; "---", "+++", "abc" → null. */
  private static String cleanCode(String raw) {
    String code = raw.strip();
    while (code.endsWith("?")) {
      code = code.substring(0, code.length() - 1);
    }
    return VALID_CODE.matcher(code).matches() ? code : null;
  }

  private static boolean isWord(String token) {
    return !Set.of("*", "$", "+", "%", "^").contains(token);
  }

  /**
   * Where a marker's actor is: before the verb, the subject (the passive subject, {@code obj} to the
   * engine, when a form of "be" precedes: "+ WAS * FROM $"); right after the verb, its object; after
   * a word, the phrase that word introduces ("* FROM $": {@code obl:from}), else the object or any
   * oblique. Null when the pattern has no such marker.
   */
  private static List<String> slot(String marker, List<String> pre, List<String> post, boolean passive) {
    if (pre.contains(marker)) {
      return List.of(passive && marker.equals("+") ? "obj" : "subj");
    }
    int at = post.indexOf(marker);
    if (at < 0) {
      return null;
    }
    for (int i = at - 1; i >= 0; i--) {
      if (isWord(post.get(i))) {
        String word = post.get(i);
        // "IFTAR IN ^ +": the phrase after IN is skipped, the target is the next phrase.
        if (i < at - 1 && post.subList(i + 1, at).stream().allMatch("^"::equals)) {
          return List.of("after:" + word);
        }
        return List.of("obl:" + word, "nmod:" + word, "obj", "obl");
      }
    }
    return List.of("obj", "iobj");
  }
}
