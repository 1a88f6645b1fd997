package org.vigie.extract.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.extract.DictionaryLines;
import org.vigie.model.EntityType;

/**
 * A user's own agents dictionary in the PETRARCH format (PETRARCH's {@code *.agents.txt}): agent
 * nouns with the role code they add to the actor's country, {@code POLICE {} [~COP]}. The entity
 * stage reads them as role words with priority over its own ({@code lang/en/roles.tsv}), so that
 * "Arnor police" is coded with the dictionary's code; the country comes, as for Vigie's own role
 * words, from the text around the noun.
 *
 * <p>Read: {@code !NAME! = A, B} substitution sets used inside names ({@code CONGRESS!PERSON!});
 * {@code _} between words; plurals formed as PETRARCH does (last word + S, ES, IES) unless braces
 * give them ({@code {ATTORNEYS_GENERAL}}) or forbid them ({@code {}}); {@code #} and {@code <!-- -->}
 * comments. Codes written before the country ({@code [NGO~]}) are not read: such lines are
 * reported by {@link #skipped()}, as are lines without a code.
 */
public final class AgentDictionary {
  private static final Pattern LINE = Pattern.compile("^(.+?)\\s*(\\{[^}]*\\})?\\s*\\[\\s*~\\s*([A-Za-z]{3,12})\\s*\\]\\s*$");
  private static final Pattern SUBSTITUTION = Pattern.compile("^!([A-Z]+)!\\s*=\\s*(.+)$");

  final PhraseTable<Lexicon.RoleRef> roles = new PhraseTable<>();
  private final List<String> skipped;
  private final int size;

  private AgentDictionary(Map<String, Lexicon.RoleRef> forms, List<String> skipped) {
    forms.forEach((form, role) -> roles.add(form, PhraseTable.CaseRule.ANY, role));
    this.size = forms.size();
    this.skipped = List.copyOf(skipped);
  }

  /** The number of forms (names, their plurals and substitutions) read. */
  public int size() {
    return size;
  }

  /** The lines that could not be used, as "line N: text". */
  public List<String> skipped() {
    return skipped;
  }

  /** Reads a PETRARCH agents file; an unusable line is skipped, an unreadable file fails. */
  public static AgentDictionary read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  static AgentDictionary parse(List<String> lines) {
    Lexicon english = Lexicon.forLanguage("en");
    Map<String, List<String>> sets = new LinkedHashMap<>();
    Map<String, Lexicon.RoleRef> forms = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    int number = 0;
    for (String uncommented : DictionaryLines.uncommented(lines)) {
      number++;
      String line = uncommented.strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher set = SUBSTITUTION.matcher(line);
      if (set.matches()) {
        sets.put(set.group(1), List.of(set.group(2).strip().split("\\s*,\\s*")));
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        skipped.add("line " + number + ": " + lines.get(number - 1).strip());
        continue;
      }
      String code = m.group(3).toUpperCase(Locale.ROOT);
      String sector = code.substring(0, 3);
      String subsector = code.length() > 3 ? code.substring(3) : null;
      for (String name : substitute(m.group(1).strip(), sets)) {
        String form = name.replace('_', ' ').strip().toLowerCase(Locale.ROOT);
        List<String> all = new ArrayList<>(List.of(form));
        String braces = m.group(2);
        if (braces == null) {
          all.add(plural(form));
        } else {
          for (String given : braces.substring(1, braces.length() - 1).strip().split("\\s+")) {
            if (!given.isEmpty()) {
              all.add(given.replace('_', ' ').toLowerCase(Locale.ROOT));
            }
          }
        }
        // The kind of entity (person, body, group) is Vigie's own for a role word it knows.
        EntityType type = english.roles.lookup(form).stream().map(Lexicon.RoleRef::type).findFirst()
            .orElse(EntityType.GROUP);
        Lexicon.RoleRef role = new Lexicon.RoleRef(form, sector, subsector, type);
        // Several people named by their role are a group: "lawmakers", "officials", "ambassadors".
        Lexicon.RoleRef plural = type == EntityType.PERSON ? new Lexicon.RoleRef(form, sector, subsector, EntityType.GROUP) : role;
        for (String each : all) {
          forms.putIfAbsent(each, each.equals(form) ? role : plural);
        }
      }
    }
    return new AgentDictionary(forms, skipped);
  }

  /** "CONGRESS!PERSON!" with {@code !PERSON! = MAN, MEN} → CONGRESSMAN, CONGRESSMEN. */
  private static List<String> substitute(String name, Map<String, List<String>> sets) {
    int open = name.indexOf('!');
    int close = open < 0 ? -1 : name.indexOf('!', open + 1);
    if (close < 0) {
      return List.of(name);
    }
    List<String> members = sets.getOrDefault(name.substring(open + 1, close), List.of());
    List<String> out = new ArrayList<>();
    for (String member : members) {
      out.addAll(substitute(name.substring(0, open) + member + name.substring(close + 1), sets));
    }
    return out;
  }

  /** PETRARCH's regular plural of the last word: police → polices is harmless, minister → ministers, authority → authorities. */
  static String plural(String form) {
    if (form.matches(".*[^aeiou]y")) {
      return form.substring(0, form.length() - 1) + "ies";
    }
    if (form.matches(".*(s|x|z|ch|sh)")) {
      return form + "es";
    }
    return form + "s";
  }
}
