package org.vigie.extract.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigie.model.EntityType;

/**
 * A user's own actor dictionary in the TABARI/PETRARCH format ({@code NAME_WITH_UNDERSCORES [CODE]},
 * {@code +SYNONYM} lines, code blocks on the following lines, {@code #} comments): names that the
 * entity stage then recognises with priority over its gazetteers, with the codes the dictionary
 * gives. This is how a project codes actors Vigie's own data does not know, and how the PETRARCH2
 * validation suite's fictional actors are coded.
 */
public final class ActorDictionary {
  /** One name with its code. {@code prefix}: the name may be the start of a longer word (TABARI's convention). */
  record Entry(String form, String code, boolean prefix) {
  }

  private final List<Entry> entries;
  final PhraseTable<Lexicon.CountryRef> countries = new PhraseTable<>();
  final PhraseTable<Lexicon.OrgRef> organizations = new PhraseTable<>();

  private ActorDictionary(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    for (Entry entry : entries) {
      String display = display(entry.form());
      PhraseTable.CaseRule rule = entry.form().contains(" ") ? PhraseTable.CaseRule.ANY : PhraseTable.CaseRule.CAPITALISED;
      if (entry.code().length() == 3) {
        countries.add(display, rule, entry.prefix(), new Lexicon.CountryRef(entry.code(), display, false));
      } else {
        boolean international = entry.code().matches("(IGO|NGO|IMG|NGM|MNC|INT|UIS).*");
        String country = international ? null : entry.code().substring(0, 3);
        String sector = !international && entry.code().length() >= 6 ? entry.code().substring(3, 6) : null;
        organizations.add(display, rule, entry.prefix(), new Lexicon.OrgRef(display, entry.code(), country, sector,
            EntityType.ORGANIZATION, false));
      }
    }
  }

  public int size() {
    return entries.size();
  }

  /** Reads a TABARI-format actor file; a malformed line is skipped, an unreadable file fails. */
  public static ActorDictionary readTabari(Path file) throws IOException {
    return parseTabari(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  static ActorDictionary parseTabari(List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    List<String> names = new ArrayList<>();
    String code = null;
    boolean inComment = false;
    for (String raw : lines) {
      String line = raw;
      if (inComment || line.contains("<!--")) {
        inComment = !line.contains("-->");
        continue;
      }
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      if (line.isBlank()) {
        continue;
      }
      boolean continuation = Character.isWhitespace(line.charAt(0)) || line.startsWith("+") || line.startsWith("[");
      if (!continuation) {
        flush(entries, names, code);
        names.clear();
        code = null;
      }
      String body = line.strip();
      int bracket = body.indexOf('[');
      if (bracket >= 0) {
        String block = body.substring(bracket + 1, body.indexOf(']', bracket) < 0 ? body.length() : body.indexOf(']', bracket));
        String candidate = block.strip().split("\\s+")[0];
        if (candidate.matches("[A-Za-z]{3,15}")) {
          code = candidate.toUpperCase(Locale.ROOT); // the last block wins: the most recent code
        }
        body = body.substring(0, bracket).strip();
      }
      if (body.startsWith("+")) {
        body = body.substring(1).strip();
      }
      if (!body.isEmpty()) {
        names.add(body);
      }
    }
    flush(entries, names, code);
    return new ActorDictionary(entries);
  }

  private static void flush(List<Entry> entries, List<String> names, String code) {
    if (code == null || code.startsWith("---")) {
      return;
    }
    for (String name : names) {
      boolean exact = name.endsWith("_");
      String form = name.replace('_', ' ').strip();
      if (!form.isEmpty()) {
        entries.add(new Entry(form, code, !exact && !form.contains(" ")));
      }
    }
  }

  /** "MINAS TIRITH" → "Minas Tirith". */
  private static String display(String form) {
    StringBuilder out = new StringBuilder();
    for (String word : form.toLowerCase(Locale.ROOT).split(" ")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return out.toString();
  }
}
