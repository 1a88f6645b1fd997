package org.vigie.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a PETRARCH/TABARI dictionary file without their comments: {@code <!-- … -->} (which
 * may span lines) and everything after {@code #}. One output line per input line, so line numbers
 * still name the file's lines; a line that was all comment comes out empty.
 */
public final class DictionaryLines {
  private DictionaryLines() {
  }

  public static List<String> uncommented(List<String> lines) {
    List<String> result = new ArrayList<>(lines.size());
    boolean inComment = false;
    for (String line : lines) {
      StringBuilder kept = new StringBuilder();
      int i = 0;
      while (i < line.length()) {
        if (inComment) {
          int close = line.indexOf("-->", i);
          inComment = close < 0;
          i = close < 0 ? line.length() : close + 3;
        } else {
          int open = line.indexOf("<!--", i);
          kept.append(line, i, open < 0 ? line.length() : open);
          inComment = open >= 0;
          i = open < 0 ? line.length() : open + 4;
        }
      }
      int hash = kept.indexOf("#");
      result.add(hash >= 0 ? kept.substring(0, hash) : kept.toString());
    }
    return result;
  }
}
