package org.vigie.ingest;

import java.io.BufferedReader;
import org.vigie.lang.Tsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * News agencies and outlets by the tag they sign datelines with, read from the data file
 * {@code lang/common/agencies.tsv} (vigie-lang). Lookup ignores case: {@code (Reuters)} and
 * {@code (REUTERS)} are the same agency.
 */
public final class Agencies {
  static final String RESOURCE = "lang/common/agencies.tsv";

  /** One row of the table. */
  public record Agency(String abbr, String name, String iso3) {
  }

  private final Map<String, Agency> byAbbr;

  private Agencies(Map<String, Agency> byAbbr) {
    this.byAbbr = Map.copyOf(byAbbr);
  }

  /** The table shipped with Vigie; loaded once. */
  public static Agencies standard() {
    return Holder.STANDARD;
  }

  public Optional<Agency> lookup(String abbr) {
    return Optional.ofNullable(byAbbr.get(key(abbr)));
  }

  public int size() {
    return byAbbr.size();
  }

  /**
   * Parses the TSV: {@code #} comment lines, then the header {@code abbr name iso3}, then rows.
   * A malformed table is a packaging error, so it fails fast with the line number.
   */
  static Agencies parse(InputStream in) throws IOException {
    Map<String, Agency> rows = new HashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Tsv.Table table = Tsv.parse(RESOURCE, reader);
      if (!table.columns().equals(java.util.List.of("abbr", "name", "iso3"))) {
        throw new IllegalStateException(RESOURCE + ": expected header abbr\\tname\\tiso3, got " + table.columns());
      }
      for (Tsv.Row row : table.rows()) {
        String abbr = row.get("abbr");
        if (abbr.isBlank() || row.get("name").isBlank() || !row.get("iso3").matches("[A-Z]{3}")) {
          throw new IllegalStateException(RESOURCE + ":" + row.line() + ": expected abbr, name, ISO3 code");
        }
        if (rows.put(key(abbr), new Agency(abbr, row.get("name"), row.get("iso3"))) != null) {
          throw new IllegalStateException(RESOURCE + ":" + row.line() + ": duplicate abbr " + abbr);
        }
      }
    }
    return new Agencies(rows);
  }

  private static String key(String abbr) {
    return abbr.strip().toLowerCase(Locale.ROOT);
  }

  private static final class Holder {
    static final Agencies STANDARD = load();

    private static Agencies load() {
      InputStream in = Agencies.class.getClassLoader().getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " not found on the class path: is vigie-lang a dependency?");
      }
      try {
        return parse(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
