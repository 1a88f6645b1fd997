package org.vigie.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.vigie.model.Document;

/**
 * Reads articles from the inputs a user names and makes them ready for NLP.
 *
 * <p>Inputs: {@code -} (standard input: JSON Lines when its first non-blank character is
 * <code>{</code>, otherwise one text article with id {@code stdin}); a directory (its {@code *.txt},
 * {@code *.jsonl} and {@code *.json} files, recursively, sorted by path, hidden files skipped, ids
 * relative to it); a {@code .jsonl} file (one article per line, streamed); a {@code .json} file (one
 * object, an array or one object per line); any other file as plain text (id: the file name without
 * its extension).
 *
 * <p>Each document comes out with: its text decoded ({@link TextDecoder}) and cut to
 * {@link ReaderOptions#maxChars()} ({@code warn.truncated}); {@code published} and {@code source}
 * from its metadata, else from the options; {@code dateline} and, when still unknown, {@code source}
 * from a dateline such as {@code Téhéran (IP) -} ({@link Datelines}); {@code language} forced by the
 * options, else from its metadata, else identified ({@link LanguageIdentifier}). A document that
 * could not be read has a failure diagnostic ({@code error.…}) naming the file and the problem, empty
 * text, and the batch goes on. Reading is lazy: a file is opened when its first document is asked for.
 */
public final class ArticleSource {
  private ArticleSource() {
  }

  /** Opens {@code inputs}, with {@code -} meaning {@link System#in}. */
  public static Articles open(List<String> inputs, ReaderOptions options) {
    return open(inputs, options, System.in);
  }

  /** As {@link #open(List, ReaderOptions)}, reading {@code -} from {@code stdin}. */
  public static Articles open(List<String> inputs, ReaderOptions options, InputStream stdin) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(options, "options");
    List<Supplier<DocumentReader>> readers = new ArrayList<>();
    for (String input : inputs) {
      Objects.requireNonNull(input, "an input is null");
      readers.add(() -> Readers.forInput(input, options, stdin));
    }
    return new Articles(new Readers.ChainReader(readers.iterator()), options);
  }

  /**
   * Applies limits, metadata defaults, dateline and language to a document as a reader gave it.
   * Failed documents are returned as they are: there is nothing in them to analyse.
   */
  public static Document prepare(Document doc, ReaderOptions options) {
    if (doc.failed()) {
      return doc;
    }
    Document out = doc;
    int length = out.text().length();
    if (length > options.maxChars()) {
      int cut = Truncation.cutPoint(out.text(), options.maxChars());
      out = out.withText(out.text().substring(0, cut))
          .withDiagnostic(Truncation.diagnostic(out.id(), length, cut, options.maxChars()));
    }
    if (out.published() == null && options.published() != null) {
      out = out.withPublished(options.published());
    }
    if (out.source() == null && options.source() != null) {
      out = out.withSource(options.source());
    }
    Dateline dateline = Datelines.recognize(out.text()).orElse(null);
    if (dateline != null) {
      if (dateline.place() != null) {
        out = out.withDateline(dateline.place());
      }
      if (out.source() == null && dateline.agency() != null) {
        out = out.withSource(dateline.agency());
      }
    }
    return out.withLanguage(LanguageIdentifier.choose(options.language(), out.language(), out.text()));
  }

  /** The documents of an {@link #open} call, one at a time; close it to release open files. */
  public static final class Articles implements Iterator<Document>, AutoCloseable {
    private final DocumentReader reader;
    private final ReaderOptions options;

    private Articles(DocumentReader reader, ReaderOptions options) {
      this.reader = reader;
      this.options = options;
    }

    @Override
    public boolean hasNext() {
      return reader.hasNext();
    }

    @Override
    public Document next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return prepare(reader.next(), options);
    }

    /** The remaining documents as a sequential stream; closing the stream closes this. */
    public Stream<Document> stream() {
      return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
          .onClose(this::close);
    }

    @Override
    public void close() {
      reader.close();
    }
  }
}
