package org.vigie.eval.suite;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the validation files of PETRARCH-2 and UniversalPetrarch: {@code <Sentence date= id=
 * category=>}, then zero or more {@code <EventCoding sourcecode= targetcode= eventcode=>} (or
 * {@code noevents="True"}, or {@code error="…"} for a sentence PETRARCH must discard), then
 * {@code <Text>} and {@code <Parse>}.
 *
 * <p>The files are not well-formed XML, so no XML parser is used: the UniversalPetrarch file closes
 * each {@code <Sentence …/>} tag on the spot and still ends the record with {@code </Sentence>},
 * and a few codings quote their attribute with {@code '"INJURY TOLL"'}. The reader removes
 * comments, then takes each {@code <Sentence} tag to open a record that runs to the next one.
 *
 * <p>The parse is not used (Vigie parses the text itself) except when {@code <Text>} is empty and
 * the parse is CoNLL-U: the text is then rebuilt from its word forms, a space after each unless
 * {@code SpaceAfter=No} (UniversalPetrarch's {@code abc12_3}, "Boko Haram has launched many similar
 * attacks …", has an empty {@code <Text>}). A record still without text is skipped.
 */
public final class PetrarchXml {
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>");
  private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)>");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
  private static final Pattern PARSE = Pattern.compile("<Parse>(.*?)</Parse>", Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  private PetrarchXml() {
  }

  /** The records of one validation file's content, in file order; gold PLOVER types are left null. */
  public static List<SuiteRecord> read(String xml) {
    String content = COMMENT.matcher(xml).replaceAll(" ");
    Matcher sentence = SENTENCE.matcher(content);
    List<int[]> starts = new ArrayList<>();
    List<Map<String, String>> heads = new ArrayList<>();
    while (sentence.find()) {
      starts.add(new int[] {sentence.start(), sentence.end()});
      heads.add(attributes(sentence.group(1)));
    }
    List<SuiteRecord> records = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : content.length();
      String body = content.substring(starts.get(i)[1], end);
      Matcher text = TEXT.matcher(body);
      if (!text.find()) {
        continue;
      }
      String sentenceText = clean(text.group(1));
      if (sentenceText.isEmpty()) {
        Matcher parse = PARSE.matcher(body);
        sentenceText = parse.find() ? conlluText(parse.group(1)) : "";
      }
      if (sentenceText.isEmpty()) {
        continue;
      }
      Map<String, String> head = heads.get(i);
      String id = head.getOrDefault("id", "sentence-" + (i + 1)).trim();
      int occurrence = seen.merge(id, 1, Integer::sum);
      if (occurrence > 1) {
        id = id + "#" + occurrence;
      }
      records.add(new SuiteRecord(id, blankToNull(head.get("category")), date(head.get("date")),
          sentenceText, codings(body.substring(0, text.start()))));
    }
    return records;
  }

  private static List<GoldCoding> codings(String beforeText) {
    List<GoldCoding> codings = new ArrayList<>();
    Matcher coding = CODING.matcher(beforeText);
    while (coding.find()) {
      Map<String, String> a = attributes(coding.group(1));
      String cameo = blankToNull(a.get("eventcode"));
      // noevents="True" and error="storydiscard" both say: nothing may be coded here.
      if (cameo == null || a.containsKey("noevents") || a.containsKey("error")) {
        continue;
      }
      codings.add(new GoldCoding(blankToNull(a.get("sourcecode")), blankToNull(a.get("targetcode")), cameo, null));
    }
    return codings;
  }

  /** The sentence of a CoNLL-U parse; empty when the parse is not CoNLL-U (a Penn tree). */
  static String conlluText(String parse) {
    StringBuilder text = new StringBuilder();
    for (String line : parse.split("\\R")) {
      String[] columns = line.split("\t", -1);
      // word lines only: "7", not the multiword range "7-8" nor the empty node "7.1"
      if (columns.length < 10 || !columns[0].trim().matches("\\d+")) {
        continue;
      }
      text.append(unescape(columns[1]));
      if (!columns[9].contains("SpaceAfter=No")) {
        text.append(' ');
      }
    }
    return text.toString().trim();
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new HashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      attributes.put(m.group(1), unescape(m.group(2) != null ? m.group(2) : m.group(3)));
    }
    return attributes;
  }

  private static LocalDate date(String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim(), BASIC);
    } catch (DateTimeParseException e) {
      return null; // a record with a bad date is still worth coding, with no publication date
    }
  }

  private static String clean(String text) {
    return unescape(text).replaceAll("\\s+", " ").trim();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  static String unescape(String value) {
    Matcher m = ENTITY.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String replacement = switch (name) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        default -> codePoint(name, m.group());
      };
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String codePoint(String reference, String asWritten) {
    try {
      int codePoint = reference.startsWith("#x")
          ? Integer.parseInt(reference.substring(2), 16) : Integer.parseInt(reference.substring(1));
      return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : asWritten;
    } catch (NumberFormatException e) {
      return asWritten; // too long to be a character: leave it as written
    }
  }
}
