package org.vigie.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.vigie.model.Diagnostic;
import org.vigie.model.Document;

/** The readers behind {@link ArticleSource}, one per kind of input. */
final class Readers {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Readers() {
  }

  /** The reader for one command-line input: {@code -}, a directory, a JSON file or a text file. */
  static DocumentReader forInput(String input, ReaderOptions options, InputStream stdin) {
    if (input.equals("-")) {
      return stdin(stdin, options);
    }
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      return directory(path, input, options);
    }
    return forFile(path, input, baseName(path.getFileName().toString()), options);
  }

  private static DocumentReader forFile(Path path, String name, String id, ReaderOptions options) {
    String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".json")) {
      return jsonFile(path, name, options);
    }
    return single(() -> textFile(path, name, id, options));
  }

  /** A text file is one document; it is read only when asked for. */
  static Document textFile(Path path, String name, String id, ReaderOptions options) {
    try {
      long size = Files.size(path);
      if (size > options.maxBytes()) {
        // Refused before reading: a 5 GB file must not reach memory.
        return Document.of(id, "").withDiagnostic(Diagnostic.of("error.too-large",
            name + ": " + size + " bytes, more than the limit of " + options.maxBytes()));
      }
      byte[] bytes = Files.readAllBytes(path);
      return fromDecoded(id, TextDecoder.decode(bytes, name));
    } catch (NoSuchFileException e) {
      return ioFailure(id, name, "no such file");
    } catch (IOException | SecurityException | OutOfMemoryError e) {
      // OutOfMemoryError here can only come from one oversized read, which is now garbage: the batch
      // can go on. Catching it anywhere else would be wrong.
      return ioFailure(id, name, "cannot read: " + JsonArticles.oneLine(String.valueOf(e.getMessage())));
    }
  }

  private static Document fromDecoded(String id, TextDecoder.Decoded decoded) {
    return Document.of(id, decoded.text()).withDiagnostics(decoded.diagnostics());
  }

  static Document ioFailure(String id, String name, String problem) {
    return Document.of(id, "").withDiagnostic(Diagnostic.of("error.io", name + ": " + problem));
  }

  /**
   * A {@code .jsonl} file, or a {@code .json} file holding one object, an array of objects or one
   * object per line: streamed line by line when it is JSON Lines; otherwise parsed whole, within
   * the byte limit.
   */
  private static DocumentReader jsonFile(Path path, String name, ReaderOptions options) {
    InputStream in;
    try {
      in = new BufferedInputStream(Files.newInputStream(path));
    } catch (IOException | SecurityException e) {
      String problem = e instanceof NoSuchFileException ? "no such file" : "cannot read: " + e.getMessage();
      return single(() -> ioFailure(baseName(path.getFileName().toString()), name, JsonArticles.oneLine(problem)));
    }
    if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      return wholeJson(in, path, name, options);
    }
    return new JsonLinesReader(in, name, options);
  }

  private static DocumentReader wholeJson(InputStream in, Path path, String name, ReaderOptions options) {
    List<Document> docs = new ArrayList<>();
    try (in) {
      long size = Files.size(path);
      if (size > options.maxBytes()) {
        return new JsonLinesReader(Files.newInputStream(path), name, options);
      }
      int index = 0;
      try (MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(in)) {
        while (values.hasNextValue()) {
          JsonNode value = values.nextValue();
          List<JsonNode> articles = new ArrayList<>();
          if (value.isArray()) {
            value.forEach(articles::add);
          } else {
            articles.add(value);
          }
          for (JsonNode article : articles) {
            index++;
            docs.add(JsonArticles.toDocument(article, name + ":" + index));
          }
        }
      } catch (JsonProcessingException e) {
        // A .json file has no line structure to resume from: what was read is kept, the rest reported.
        long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
        docs.add(JsonArticles.failure(name + ":" + line, e.getOriginalMessage()));
      }
    } catch (IOException e) {
      docs.add(ioFailure(baseName(path.getFileName().toString()), name, "cannot read: " + e.getMessage()));
    }
    return of(docs.iterator());
  }

  /**
   * All {@code *.txt}, {@code *.jsonl} and {@code *.json} files under {@code dir}, sorted by path,
   * except gold files ({@code *.gold.json}), which describe articles rather than hold them.
   */
  private static DocumentReader directory(Path dir, String name, ReaderOptions options) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> isArticleFile(p.getFileName().toString()))
          .filter(p -> !isHidden(dir.relativize(p)))
          .sorted()
          .toList();
    } catch (IOException | java.io.UncheckedIOException | SecurityException e) {
      return single(() -> ioFailure(name, name, "cannot list directory: " + JsonArticles.oneLine(e.getMessage())));
    }
    List<Supplier<DocumentReader>> readers = new ArrayList<>();
    for (Path file : files) {
      String relative = dir.relativize(file).toString().replace('\\', '/');
      String fileName = name.endsWith("/") ? name + relative : name + "/" + relative;
      readers.add(() -> forFile(file, fileName, baseName(relative), options));
    }
    return new ChainReader(readers.iterator());
  }

  static boolean isArticleFile(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return (lower.endsWith(".txt") || lower.endsWith(".jsonl") || lower.endsWith(".json")) && !lower.endsWith(".gold.json");
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Standard input: JSON Lines when its first non-blank character is {@code {}, otherwise one plain
   * text article with id {@code stdin}. Looking ahead is bounded (64 KiB of leading white space).
   */
  static DocumentReader stdin(InputStream raw, ReaderOptions options) {
    BufferedInputStream in = new BufferedInputStream(raw, 65_536);
    try {
      in.mark(65_536);
      int c;
      int seen = 0;
      do {
        c = in.read();
        seen++;
      } while (c != -1 && seen < 65_536 && (Character.isWhitespace(c) || c == 0xEF || c == 0xBB || c == 0xBF));
      in.reset();
      if (c == '{') {
        return new JsonLinesReader(in, "stdin", options);
      }
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
      if (bytes.length > options.maxBytes()) {
        return single(() -> Document.of("stdin", "").withDiagnostic(Diagnostic.of("error.too-large",
            "stdin: more than the limit of " + options.maxBytes() + " bytes")));
      }
      return single(() -> fromDecoded("stdin", TextDecoder.decode(bytes, "stdin")));
    } catch (IOException e) {
      return single(() -> ioFailure("stdin", "stdin", "cannot read: " + JsonArticles.oneLine(e.getMessage())));
    }
  }

  static String baseName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    int slash = fileName.lastIndexOf('/');
    return dot > slash + 1 ? fileName.substring(0, dot) : fileName;
  }

  static DocumentReader single(Supplier<Document> document) {
    return new DocumentReader() {
      private boolean done;

      @Override
      public boolean hasNext() {
        return !done;
      }

      @Override
      public Document next() {
        if (done) {
          throw new NoSuchElementException();
        }
        done = true;
        return document.get();
      }

      @Override
      public void close() {
        done = true;
      }
    };
  }

  static DocumentReader of(Iterator<Document> documents) {
    return new DocumentReader() {
      @Override
      public boolean hasNext() {
        return documents.hasNext();
      }

      @Override
      public Document next() {
        return documents.next();
      }

      @Override
      public void close() {
      }
    };
  }

  /** JSON Lines: one article per line, streamed; a bad line is one failed document, then reading goes on. */
  static final class JsonLinesReader implements DocumentReader {
    private final InputStream in;
    private final LineReader lines;
    private final String name;
    private final ReaderOptions options;
    private Document next;
    private boolean finished;

    JsonLinesReader(InputStream in, String name, ReaderOptions options) {
      this.in = in;
      this.name = name;
      this.options = options;
      // JSON is UTF-8 (RFC 8259); a bad byte becomes U+FFFD rather than ending the whole file.
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE));
      this.lines = new LineReader(reader, options.maxBytes());
    }

    @Override
    public boolean hasNext() {
      if (next == null && !finished) {
        next = advance();
        if (next == null) {
          finished = true;
          close();
        }
      }
      return next != null;
    }

    @Override
    public Document next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Document result = next;
      next = null;
      return result;
    }

    private Document advance() {
      try {
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
          String where = name + ":" + line.number();
          if (line.tooLong()) {
            return Document.of(where, "").withDiagnostic(Diagnostic.of("error.too-large",
                where + ": line longer than the limit of " + options.maxBytes() + " characters"));
          }
          String text = line.number() == 1 ? stripBom(line.text()) : line.text();
          if (text.isBlank()) {
            continue;
          }
          try {
            return JsonArticles.toDocument(JSON.readTree(text), where);
          } catch (JsonProcessingException e) {
            return JsonArticles.failure(where, "malformed JSON: " + e.getOriginalMessage());
          }
        }
        return null;
      } catch (IOException e) {
        finished = true;
        return ioFailure(name, name, "cannot read: " + JsonArticles.oneLine(e.getMessage()));
      }
    }

    private static String stripBom(String text) {
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    @Override
    public void close() {
      finished = true;
      try {
        in.close();
      } catch (IOException ignored) {
        // Nothing left to read from it; a failing close changes no document.
      }
    }
  }

  /** The documents of several readers in turn; each reader is opened only when reached. */
  static final class ChainReader implements DocumentReader {
    private final Iterator<Supplier<DocumentReader>> pending;
    private DocumentReader current;

    ChainReader(Iterator<Supplier<DocumentReader>> pending) {
      this.pending = pending;
    }

    @Override
    public boolean hasNext() {
      while (current == null || !current.hasNext()) {
        if (current != null) {
          current.close();
          current = null;
        }
        if (!pending.hasNext()) {
          return false;
        }
        current = pending.next().get();
      }
      return true;
    }

    @Override
    public Document next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }

    @Override
    public void close() {
      if (current != null) {
        current.close();
        current = null;
      }
      while (pending.hasNext()) {
        pending.next();
      }
    }
  }
}
