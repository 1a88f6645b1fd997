package org.vigie.model;

/**
 * Something the reader or a stage wants the user to know about a document: a problem with the input
 * or a limit that was applied. {@code start}/{@code end} locate it in the text when they apply.
 */
public record Diagnostic(String code, String message, Integer start, Integer end) {
  public static Diagnostic of(String code, String message) {
    return new Diagnostic(code, message, null, null);
  }

  /** True for diagnostics after which the document could not be analysed at all. */
  public boolean isFailure() {
    return code.startsWith("error.");
  }
}
