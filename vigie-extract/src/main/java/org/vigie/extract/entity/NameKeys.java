package org.vigie.extract.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.vigie.lang.Tsv;

/**
 * Matching keys for person names, so that one name romanised differently in French and English
 * (Choïgou / Shoigu, Sergueï / Sergey, Zelensky / Zelenskyy) gets one key. The rules are data:
 * {@code lang/common/name_keys.tsv}.
 */
final class NameKeys {
  private record Rule(Pattern pattern, String replacement) {
  }

  private static final List<Rule> RULES = load();
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private NameKeys() {
  }

  /** The key of a whole name: "Sergueï Choïgou" and "Sergey Shoigu" both give "sergei choigu". */
  static String of(String name) {
    String key = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("'", "").replace('.', ' ');
    for (Rule rule : RULES) {
      key = rule.pattern().matcher(key).replaceAll(rule.replacement());
    }
    return key.replaceAll("\\s+", " ").strip();
  }

  /** The key of the last word of a name, for surname-only mentions ("Choïgou"). */
  static String lastWord(String name) {
    String key = of(name);
    int space = key.lastIndexOf(' ');
    return space < 0 ? key : key.substring(space + 1);
  }

  private static List<Rule> load() {
    List<Rule> rules = new ArrayList<>();
    for (Tsv.Row row : Tsv.rows("/lang/common/name_keys.tsv")) {
      rules.add(new Rule(Pattern.compile(row.get("pattern")), row.get("replacement")));
    }
    return List.copyOf(rules);
  }
}
