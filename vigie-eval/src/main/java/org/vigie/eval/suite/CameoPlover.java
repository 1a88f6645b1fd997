package org.vigie.eval.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The PLOVER event type of a CAMEO code, from the {@code plover_event} column of
 * {@code shared/data/cameo/cameo_event_codebook.tsv} (itself the 2021 CAMEO→PLOVER crosswalk).
 *
 * <p>A code the codebook does not know, or knows without a PLOVER type, takes the type of its
 * longest known prefix that has one: {@code 155} (not in the crosswalk) is MOBILIZE like {@code 15},
 * the toy code {@code 174L} of the PETRARCH unit tests is COERCE like {@code 174}. Codes under
 * CAMEO 01 and 02 have no type (PLOVER dropped them), nor do the unit tests' {@code 9xx} codes. The
 * root {@code 08} row reads {@code CONCEDE|RETREAT}: an ambiguous type counts as no type.
 */
public final class CameoPlover {
  /**
   * PLOVER 0.5 names still used by the PLOVER gold records, and the current manual's names for
   * them (shared/data/plover/PROVENANCE.md: DEMAND became REQUEST, DISAPPROVE became ACCUSE, FIGHT
   * was folded into ASSAULT, INVESTIGATE is now an ACCUSE mode).
   */
  private static final Map<String, String> OLD_NAMES =
      Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE", "FIGHT", "ASSAULT", "INVESTIGATE", "ACCUSE");

  private final Map<String, String> byCode;

  private CameoPlover(Map<String, String> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  /** A mapping from CAMEO codes to PLOVER types given by hand (tests); empty types are dropped. */
  public static CameoPlover of(Map<String, String> byCode) {
    Map<String, String> clean = new HashMap<>();
    byCode.forEach((code, type) -> {
      if (type != null && !type.isBlank()) {
        clean.put(code, type.trim());
      }
    });
    return new CameoPlover(clean);
  }

  /** Reads the codebook: tab-separated, one header line naming the {@code code} and {@code plover_event} columns. */
  public static CameoPlover load(Path codebook) {
    List<String> lines;
    try {
      lines = Files.readAllLines(codebook, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CAMEO codebook " + codebook, e);
    }
    if (lines.isEmpty()) {
      throw new IllegalStateException("empty CAMEO codebook: " + codebook);
    }
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int code = header.indexOf("code");
    int plover = header.indexOf("plover_event");
    if (code < 0 || plover < 0) {
      throw new IllegalStateException("CAMEO codebook " + codebook + " lacks a code or plover_event column");
    }
    Map<String, String> byCode = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split("\t", -1);
      if (fields.length > Math.max(code, plover)) {
        byCode.put(fields[code].trim(), fields[plover]);
      }
    }
    return of(byCode);
  }

  /** The PLOVER type of {@code cameo}, or null when it has none (or is null). */
  public String typeOf(String cameo) {
    if (cameo == null) {
      return null;
    }
    for (String code = cameo.trim(); code.length() >= 2; code = code.substring(0, code.length() - 1)) {
      String type = byCode.get(code);
      if (type != null) {
        return type.contains("|") ? null : type;
      }
    }
    return null;
  }

  /** {@code type} in upper case under its current PLOVER name ({@code DEMAND} → {@code REQUEST}); null when blank. */
  public static String normalize(String type) {
    if (type == null || type.isBlank()) {
      return null;
    }
    String upper = type.trim().toUpperCase(Locale.ROOT);
    return OLD_NAMES.getOrDefault(upper, upper);
  }
}
