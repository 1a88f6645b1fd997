package org.vigie.eval.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of a table test's TSV resource: "#" comments and blank lines skipped, then a header line. */
final class TableRows {
  private TableRows() {
  }

  /** The rows of {@code resource} with at least {@code columns} columns; none when it is missing. */
  static List<String[]> read(String resource, int columns) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = TableRows.class.getResourceAsStream(resource)) {
      if (in == null) {
        return rows;
      }
      boolean header = true;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length >= columns) {
          rows.add(cells);
        }
      }
    }
    return rows;
  }
}
