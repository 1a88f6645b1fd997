package org.vigie.ingest;

/**
 * A dateline recognised at the very start of an article, such as {@code MOSCOU, 1er octobre (Reuters) -}.
 * Offsets are half-open UTF-16 offsets into the article text; a part that is absent has null text and
 * offsets of -1.
 *
 * @param place       the place in display case ({@code MOSCOU} gives {@code Moscou}), or null
 * @param placeStart  where the place starts as written
 * @param placeEnd    where the place ends as written
 * @param agency      the agency's name, expanded through {@code agencies.tsv} ({@code AFP} gives
 *                    {@code Agence France-Presse}); an unknown all-capitals tag is kept as written
 * @param agencyText  the agency tag as written, without parentheses
 * @param agencyStart where the tag starts
 * @param agencyEnd   where the tag ends
 * @param end         where the dateline ends, just after its dash: the body starts after it
 */
public record Dateline(String place, int placeStart, int placeEnd, String agency, String agencyText,
                       int agencyStart, int agencyEnd, int end) {
}
