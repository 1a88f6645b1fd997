package org.vigie.eval.score;

/**
 * One gold item the system missed or one system item that matched nothing, for
 * {@code --show-errors}: the document, {@code missed} or {@code spurious}, {@code event} or
 * {@code fact}, the item's id, a one-line summary, its evidence text (or null) and why it did not
 * match when a near candidate existed ("near v3: wrong target RUSGOV≠USA", "duplicate of E2"),
 * else null.
 */
public record ScoreError(String document, String status, String item, String id, String summary, String evidence,
                         String reason) {
}
