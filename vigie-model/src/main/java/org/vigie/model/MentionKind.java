package org.vigie.model;

/** How a mention was found. */
public enum MentionKind {
  /** A proper name found by the statistical NER. */
  NAME,
  /** A name, demonym or abbreviation found in a gazetteer. */
  GAZETTEER,
  /** A title phrase: "le ministre des affaires étrangères de l'Iran", "the Russian foreign minister". */
  TITLE,
  /** A relational description: "son homologue russe", "his Russian counterpart". */
  RELATIONAL,
  /** Recognised in the article's dateline or agency tag. */
  DATELINE
}
