package org.vigie.eval.suite;

/**
 * One gold event of a suite record: who did what to whom.
 *
 * @param source the source actor code as the suite writes it ({@code ARN}, {@code USAGOV},
 *     {@code ---GOV}, a quoted phrase such as {@code "INJURY TOLL"} for an actor PETRARCH found but
 *     could not code), or null when the record names none
 * @param target the target actor code, same conventions
 * @param cameo the CAMEO event code ({@code 064}, {@code 1721}), or null when the suite codes only
 *     PLOVER (plover-gsr)
 * @param plover the PLOVER event type in the current manual's names ({@code REQUEST}, not
 *     {@code DEMAND}), or null when the CAMEO code has none (CAMEO 01 and 02, test-only codes)
 */
public record GoldCoding(String source, String target, String cameo, String plover) {

  /** The CAMEO root (first two digits), or null without a CAMEO code. */
  public String cameoRoot() {
    return cameo == null || cameo.length() < 2 ? null : cameo.substring(0, 2);
  }

  public GoldCoding withPlover(String newPlover) {
    return new GoldCoding(source, target, cameo, newPlover);
  }
}
