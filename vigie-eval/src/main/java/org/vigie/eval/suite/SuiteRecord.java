package org.vigie.eval.suite;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of an event-coding suite and its gold codings.
 *
 * @param id the suite's sentence id, made unique within the suite: a repeated id gets {@code #2},
 *     {@code #3}… (the PETRARCH-2 unit tests use {@code AGENTS-18} and {@code AGENTS-19} twice)
 * @param category the suite's category ({@code DEMO}, {@code AFP}, {@code AGREE} …), or null
 * @param date the sentence date, or null when the suite gives none
 * @param text the sentence, with the line breaks of the XML files folded into single spaces
 * @param codings the gold codings; empty when the suite expects no event ({@code noevents="True"},
 *     an {@code error=} coding, or no coding at all)
 */
public record SuiteRecord(String id, String category, LocalDate date, String text, List<GoldCoding> codings) {
  public SuiteRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    codings = List.copyOf(codings);
  }

  /** True when the suite expects no event for this sentence. */
  public boolean expectsNoEvent() {
    return codings.isEmpty();
  }

  /** This record with each coding's PLOVER type filled in from its CAMEO code where it has none. */
  public SuiteRecord withPloverTypes(CameoPlover types) {
    List<GoldCoding> typed = codings.stream()
        .map(c -> c.plover() != null ? c : c.withPlover(types.typeOf(c.cameo())))
        .toList();
    return new SuiteRecord(id, category, date, text, typed);
  }
}
