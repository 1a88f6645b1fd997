package org.vigie.extract.event;

import java.util.HashMap;
import java.util.Map;
import org.vigie.lang.Tsv;

/** CAMEO event codes with quad class and Goldstein score ({@code lang/common/cameo_events.tsv}). */
final class CameoCodes {
  record Code(String code, String plover, String mode, Integer quad, Double goldstein) {
  }

  private static final Map<String, Code> CODES = load();

  private CameoCodes() {
  }

  static Code get(String code) {
    return CODES.get(code);
  }

  private static Map<String, Code> load() {
    Map<String, Code> codes = new HashMap<>();
    for (Tsv.Row row : Tsv.rows("/lang/common/cameo_events.tsv")) {
      codes.put(row.get("code"), new Code(row.get("code"), row.get("plover"), row.get("mode"),
          number(row.get("quad")) == null ? null : number(row.get("quad")).intValue(), number(row.get("goldstein"))));
    }
    return Map.copyOf(codes);
  }

  private static Double number(String value) {
    try {
      return value == null || value.isBlank() ? null : Double.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
