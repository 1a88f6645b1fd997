package org.vigie.ingest;

import java.time.LocalDate;

/**
 * How {@link ArticleSource} reads articles. Immutable; build it from {@link #defaults()} and the
 * {@code with…} methods.
 *
 * @param maxChars  longest article text kept, in characters (UTF-16 units); longer texts are cut at
 *                  the last paragraph or sentence boundary before the limit ({@code warn.truncated}).
 *                  Default {@value #DEFAULT_MAX_CHARS}; the CLI exposes it as {@code --max-chars}.
 * @param maxBytes  most bytes read for one article: a larger text file is refused with
 *                  {@code error.too-large} before it is read; for JSON Lines the limit applies to each
 *                  line, since those files are streamed. Default {@value #DEFAULT_MAX_BYTES}.
 * @param published publication date for documents whose metadata gives none, or null
 * @param source    outlet for documents whose metadata gives none, or null; it wins over an agency
 *                  recognised in the dateline because the operator stated it
 * @param language  ISO 639-1 code forced on every document (CLI {@code --lang}), or null to use the
 *                  JSON Lines {@code language} field and otherwise detection
 */
public record ReaderOptions(int maxChars, long maxBytes, LocalDate published, String source, String language) {
  public static final int DEFAULT_MAX_CHARS = 200_000;
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  public ReaderOptions {
    // Strict with operators: a nonsensical limit fails at start-up, not per article.
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be at least 1 (--max-chars), got " + maxChars);
    }
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1, got " + maxBytes);
    }
    if (language != null && !language.matches("[a-z]{2}")) {
      throw new IllegalArgumentException("language must be an ISO 639-1 code such as fr or en (--lang), got " + language);
    }
  }

  public static ReaderOptions defaults() {
    return new ReaderOptions(DEFAULT_MAX_CHARS, DEFAULT_MAX_BYTES, null, null, null);
  }

  public ReaderOptions withMaxChars(int newMaxChars) {
    return new ReaderOptions(newMaxChars, maxBytes, published, source, language);
  }

  public ReaderOptions withMaxBytes(long newMaxBytes) {
    return new ReaderOptions(maxChars, newMaxBytes, published, source, language);
  }

  public ReaderOptions withPublished(LocalDate newPublished) {
    return new ReaderOptions(maxChars, maxBytes, newPublished, source, language);
  }

  public ReaderOptions withSource(String newSource) {
    return new ReaderOptions(maxChars, maxBytes, published, newSource, language);
  }

  public ReaderOptions withLanguage(String newLanguage) {
    return new ReaderOptions(maxChars, maxBytes, published, source, newLanguage);
  }
}
