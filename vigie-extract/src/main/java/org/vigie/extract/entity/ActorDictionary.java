package org.vigie.extract.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.extract.DictionaryLines;
import org.vigie.model.EntityType;

/**
 * A user's own actor dictionary in the TABARI/PETRARCH format ({@code NAME_WITH_UNDERSCORES [CODE]},
 * {@code +SYNONYM} lines, code blocks on the following lines, {@code #} comments): names that the
 * entity stage then recognises with priority over its gazetteers, with the codes the dictionary
 * gives. This is how a project codes actors Vigie's own data does not know, and how the PETRARCH2
 * validation suite's fictional actors are coded.
 *
 * <p>A code block may be restricted to dates ({@code [HOB < 950601]}, {@code [HOBGOV 19950601 -
 * 19990815]}, {@code [HOBELI >20130119]}): an article is coded with the first block whose dates
 * contain its publication date, else the block without dates (as PETRARCH does). A block may give
 * several codes ({@code [FRO/BIL/SAM]}): the entity's actor is then written {@code FRO/BIL/SAM} and
 * the event stage codes one event per code. A {@code ---} code means "not an actor".
 */
public final class ActorDictionary {
  /** One code block: its codes, and the dates it holds for (null: open on that side). */
  record Block(List<String> codes, LocalDate from, LocalDate to) {
    boolean dated() {
      return from != null || to != null;
    }

    boolean holdsOn(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  /** One name with its code blocks. {@code prefix}: the name may be the start of a longer word (TABARI's convention). */
  record Entry(String form, List<Block> blocks, boolean prefix) {
  }

  /** The names with the codes that hold on one date. */
  record Tables(PhraseTable<Lexicon.CountryRef> countries, PhraseTable<Lexicon.OrgRef> organizations) {
  }

  private static final Pattern BLOCK = Pattern.compile(
      "^\\s*([A-Za-z]{3,15}|---|[A-Za-z]{3,15}(?:/[A-Za-z]{3,15})+)\\s*(?:([<>])\\s*(\\d{6}|\\d{8})|(\\d{6}|\\d{8})\\s*-\\s*(\\d{6}|\\d{8}))?\\s*$");

  private final List<Entry> entries;
  private final Map<Optional<LocalDate>, Tables> tables = new ConcurrentHashMap<>();

  private ActorDictionary(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The number of names that have at least one code. */
  public int size() {
    return (int) entries.stream().filter(e -> e.blocks().stream().anyMatch(b -> !b.codes().get(0).equals("---"))).count();
  }

  /** The names with the codes that hold on {@code date} (null: the undated codes, else the last ones). */
  Tables on(LocalDate date) {
    return tables.computeIfAbsent(Optional.ofNullable(date), d -> build(d.orElse(null)));
  }

  private Tables build(LocalDate date) {
    PhraseTable<Lexicon.CountryRef> countries = new PhraseTable<>();
    PhraseTable<Lexicon.OrgRef> organizations = new PhraseTable<>();
    for (Entry entry : entries) {
      Block block = select(entry.blocks(), date);
      if (block == null || block.codes().get(0).equals("---")) {
        continue;
      }
      String display = display(entry.form());
      PhraseTable.CaseRule rule = entry.form().contains(" ") ? PhraseTable.CaseRule.ANY : PhraseTable.CaseRule.CAPITALISED;
      String code = String.join("/", block.codes());
      String first = block.codes().get(0);
      if (block.codes().size() == 1 && first.length() == 3) {
        countries.add(display, rule, entry.prefix(), new Lexicon.CountryRef(first, display, false));
      } else {
        boolean international = first.matches("(IGO|NGO|IMG|NGM|MNC|INT|UIS).*");
        String country = international ? null : first.substring(0, 3);
        String sector = !international && block.codes().size() == 1 && first.length() >= 6 ? first.substring(3, 6) : null;
        organizations.add(display, rule, entry.prefix(), new Lexicon.OrgRef(display, code, country, sector,
            EntityType.ORGANIZATION, false));
      }
    }
    return new Tables(countries, organizations);
  }

  /**
   * PETRARCH's choice: the first dated block that holds on the date, else the undated block; without
   * a date, the undated block, else the last one (the most recent code).
   */
  static Block select(List<Block> blocks, LocalDate date) {
    if (blocks.isEmpty()) {
      return null;
    }
    if (date != null) {
      for (Block block : blocks) {
        if (block.dated() && block.holdsOn(date)) {
          return block;
        }
      }
    }
    for (Block block : blocks) {
      if (!block.dated()) {
        return block;
      }
    }
    return date == null ? blocks.get(blocks.size() - 1) : null;
  }

  /** Reads a TABARI-format actor file; a malformed line is skipped, an unreadable file fails. */
  public static ActorDictionary readTabari(Path file) throws IOException {
    return parseTabari(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  static ActorDictionary parseTabari(List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    for (String line : DictionaryLines.uncommented(lines)) {
      if (line.isBlank()) {
        continue;
      }
      boolean continuation = Character.isWhitespace(line.charAt(0)) || line.startsWith("+") || line.startsWith("[");
      if (!continuation) {
        flush(entries, names, blocks);
        names.clear();
        blocks = new ArrayList<>();
      }
      String body = line.strip();
      int bracket = body.indexOf('[');
      if (bracket >= 0) {
        int close = body.indexOf(']', bracket);
        Block block = block(body.substring(bracket + 1, close < 0 ? body.length() : close));
        if (block != null) {
          blocks.add(block);
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
    flush(entries, names, blocks);
    return new ActorDictionary(entries);
  }

  /** "HOBGOV 19950601 - 19990815" → its codes and dates; null when it is no code block ("+++", "950601-990815"). */
  static Block block(String text) {
    Matcher m = BLOCK.matcher(text);
    if (!m.matches()) {
      return null;
    }
    List<String> codes = List.of(m.group(1).toUpperCase(Locale.ROOT).split("/"));
    if (m.group(2) != null) {
      LocalDate at = date(m.group(3));
      return m.group(2).equals("<") ? new Block(codes, null, at.minusDays(1)) : new Block(codes, at.plusDays(1), null);
    }
    if (m.group(4) != null) {
      return new Block(codes, date(m.group(4)), date(m.group(5)));
    }
    return new Block(codes, null, null);
  }

  /** "19950601", or TABARI's "950601" (two-digit years: 1930–2029). */
  private static LocalDate date(String digits) {
    String full = digits.length() == 8 ? digits
        : (Integer.parseInt(digits.substring(0, 2)) < 30 ? "20" : "19") + digits;
    return LocalDate.of(Integer.parseInt(full.substring(0, 4)), Integer.parseInt(full.substring(4, 6)),
        Integer.parseInt(full.substring(6, 8)));
  }

  private static void flush(List<Entry> entries, List<String> names, List<Block> blocks) {
    if (blocks.isEmpty()) {
      return;
    }
    for (String name : names) {
      boolean exact = name.endsWith("_");
      String form = name.replace('_', ' ').strip();
      if (!form.isEmpty()) {
        entries.add(new Entry(form, List.copyOf(blocks), !exact && !form.contains(" ")));
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
