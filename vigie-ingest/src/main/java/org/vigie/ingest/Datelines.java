package org.vigie.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the dateline and agency tag that open a wire story:
 * {@code Téhéran (IP) -}, {@code MOSCOU, 1er octobre (Reuters) -}, {@code BEIRUT, Lebanon (AP) —},
 * {@code PARIS —} (a place alone needs its dash), {@code (AFP) -} (an agency alone).
 * Only the very start of the text is looked at (after leading white space): a place name later in
 * the article is the entity stages' business.
 */
public final class Datelines {
  // A place is one to five words, each capitalised or in capitals ("TEL-AVIV", "New York"), with the
  // lower-case links place names use ("Rio de Janeiro", "Saint-Jean-de-Luz" is one word).
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*";
  private static final String LINK = "(?:de|du|des|la|le|les|el|al|of|on|upon|sur|en|am|an)";
  private static final String PLACE = WORD + "(?:[ \\u00A0](?:" + LINK + "[ \\u00A0])?" + WORD + "){0,4}";
  // What follows a comma: a date ("1er octobre", "March 3") or a country ("Lebanon"); no dash, so that
  // an ordinary sentence with a comma is not swallowed.
  private static final String QUALIFIER = "[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} .'’]{0,30}";
  private static final Pattern DATELINE = Pattern.compile(
      "\\A[\\s\\u00A0]*"
          + "(?:(?<place>" + PLACE + ")(?:[ \\u00A0]*,[ \\u00A0]*" + QUALIFIER + "){0,2}[ \\u00A0]*)?"
          + "(?:\\((?<agency>[\\p{L}\\p{M}\\p{N} .'’&/\\-]{1,40})\\)[ \\u00A0]*)?"
          + "(?:--|[-–—])(?=[\\s\\u00A0])");
  private static final Set<String> LOWER_LINKS =
      Set.of("de", "du", "des", "la", "le", "les", "of", "on", "upon", "sur", "en", "am", "an");

  private Datelines() {
  }

  /** The dateline opening {@code text}, if any, with the agency expanded through the standard table. */
  public static Optional<Dateline> recognize(String text) {
    return recognize(text, Agencies.standard());
  }

  /** As {@link #recognize(String)}, with the given agency table. */
  public static Optional<Dateline> recognize(String text, Agencies agencies) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    // Bounded look: a dateline is short, and the regex must not scan a 200,000-character article.
    Matcher m = DATELINE.matcher(text.substring(0, Math.min(text.length(), 200)));
    if (!m.find()) {
      return Optional.empty();
    }
    String placeText = m.group("place");
    String agencyText = m.group("agency");
    if (placeText == null && agencyText == null) {
      return Optional.empty();
    }
    String agency = null;
    int agencyStart = -1;
    int agencyEnd = -1;
    if (agencyText != null) {
      String tag = agencyText.strip();
      agencyStart = m.start("agency") + agencyText.indexOf(tag);
      agencyEnd = agencyStart + tag.length();
      agencyText = tag;
      agency = agencies.lookup(tag).map(Agencies.Agency::name).orElse(null);
      // "PARIS (France) -" is not an agency; an unknown tag in capitals ("(KPL) -") probably is.
      if (agency == null) {
        if (!tag.equals(tag.toUpperCase(Locale.ROOT)) || tag.length() > 10) {
          return Optional.empty();
        }
        agency = tag;
      }
    }
    String place = null;
    int placeStart = -1;
    int placeEnd = -1;
    if (placeText != null) {
      placeStart = m.start("place");
      placeEnd = m.end("place");
      place = displayCase(placeText);
    }
    return Optional.of(new Dateline(place, placeStart, placeEnd, agency, agencyText, agencyStart, agencyEnd, m.end()));
  }

  /**
   * Title-cases a place written in capitals ({@code TEL-AVIV} gives {@code Tel-Aviv},
   * {@code RIO DE JANEIRO} gives {@code Rio de Janeiro}); a place already in mixed case is kept.
   */
  static String displayCase(String place) {
    if (!place.equals(place.toUpperCase(Locale.ROOT))) {
      return place;
    }
    StringBuilder out = new StringBuilder(place.length());
    String[] words = place.toLowerCase(Locale.ROOT).split("(?<=[ \\u00A0])");
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (w > 0 && LOWER_LINKS.contains(word.strip())) {
        out.append(word);
        continue;
      }
      boolean startOfPart = true;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        out.append(startOfPart ? Character.toTitleCase(c) : c);
        // A new part starts after a hyphen ("Tel-Aviv") or an elided article ("L'Aquila").
        startOfPart = c == '-' || c == '\'' || c == '’';
      }
    }
    return out.toString();
  }
}
