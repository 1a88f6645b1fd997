package org.vigie.eval.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads gold NER corpora in the two column formats of the team's evaluation data
 * ({@code shared/data/ner/PROVENANCE.md}).
 *
 * <p>Corpus files are operator input: a malformed line stops the read with an
 * {@link IllegalArgumentException} that names the source and line, because a score computed on a
 * silently truncated corpus cannot be compared with earlier scores.
 */
public final class NerCorpus {
  /** The column layouts this reader knows. */
  public enum Format {
    /**
     * WikiNEuRal: {@code index TAB token TAB tag}, index from 0 within the sentence, IOB2 tags,
     * blank line between sentences, {@code #} comment lines allowed. No documents.
     */
    INDEXED_IOB2,
    /**
     * CoNLL-2003: {@code token POS chunk NER} separated by spaces, IOB1 tags, blank line between
     * sentences, {@code -DOCSTART- -X- -X- O} lines between documents.
     */
    CONLL2003
  }

  private static final Pattern SPACES = Pattern.compile(" +");
  private static final String DOCSTART = "-DOCSTART-";

  private NerCorpus() {}

  /** Reads {@code file} (UTF-8), guessing its format from its first data line. */
  public static List<NerSentence> read(Path file) {
    return read(file, detect(file));
  }

  /** Reads {@code file} (UTF-8) in {@code format}. */
  public static List<NerSentence> read(Path file, Format format) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, format, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NER corpus " + file, e);
    }
  }

  /** Parses corpus text held in memory; {@code source} names it in error messages. */
  public static List<NerSentence> parse(String text, Format format, String source) {
    try {
      return parse(new BufferedReader(new StringReader(text)), format, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  /** The format of {@code file}, judged from its first line that is neither blank nor a comment. */
  public static Format detect(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        line = clean(line, number);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith(DOCSTART) || SPACES.split(line.strip()).length == 4) {
          return Format.CONLL2003;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length == 3 && fields[0].chars().allMatch(Character::isDigit)) {
          return Format.INDEXED_IOB2;
        }
        throw new IllegalArgumentException(file + ":" + number
            + ": cannot tell the corpus format from '" + line
            + "'; expected 'index TAB token TAB tag' or 'token POS chunk NER'");
      }
      throw new IllegalArgumentException(file + ": no data lines, cannot tell the corpus format");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NER corpus " + file, e);
    }
  }

  private static List<NerSentence> parse(BufferedReader reader, Format format, String source)
      throws IOException {
    List<NerSentence> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int document = 0;
    boolean documentHasSentences = false;
    int sentenceLine = 0;
    int number = 0;
    String line;
    // readLine() also returns a last line that lacks its newline, as conll2003_eng.testb does.
    while ((line = reader.readLine()) != null) {
      number++;
      line = clean(line, number);
      boolean docstart = format == Format.CONLL2003 && line.startsWith(DOCSTART);
      if (line.isBlank() || docstart) {
        if (!tokens.isEmpty()) {
          sentences.add(sentence(tokens, tags, document, source, sentenceLine));
          documentHasSentences = true;
          tokens.clear();
          tags.clear();
        }
        if (docstart && documentHasSentences) {
          document++;
          documentHasSentences = false;
        }
        continue;
      }
      if (format == Format.INDEXED_IOB2 && line.startsWith("#")) {
        continue;
      }
      if (tokens.isEmpty()) {
        sentenceLine = number;
      }
      String[] fields = fields(line, format, tokens.size(), source, number);
      tokens.add(fields[0]);
      tags.add(fields[1]);
    }
    if (!tokens.isEmpty()) {
      sentences.add(sentence(tokens, tags, document, source, sentenceLine));
    }
    return sentences;
  }

  /** The token and the tag of one line. */
  private static String[] fields(String line, Format format, int position, String source, int number) {
    switch (format) {
      case INDEXED_IOB2: {
        String[] fields = line.split("\t", -1);
        if (fields.length != 3 || fields[1].isEmpty()) {
          throw malformed(source, number, line, "expected 'index TAB token TAB tag'");
        }
        if (!fields[0].equals(Integer.toString(position))) {
          throw malformed(source, number, line, "expected index " + position);
        }
        return new String[] {fields[1], fields[2]};
      }
      case CONLL2003: {
        String[] fields = SPACES.split(line.strip());
        if (fields.length != 4) {
          throw malformed(source, number, line, "expected 'token POS chunk NER'");
        }
        return new String[] {fields[0], fields[3]};
      }
      default:
        throw new AssertionError(format);
    }
  }

  private static NerSentence sentence(
      List<String> tokens, List<String> tags, int document, String source, int firstLine) {
    try {
      return new NerSentence(tokens, IobDecoder.decode(tags), document);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          source + ": sentence starting at line " + firstLine + ": " + e.getMessage(), e);
    }
  }

  /** Drops a byte-order mark on the first line; readLine() already ends lines at LF, CR or CRLF. */
  private static String clean(String line, int number) {
    return number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static IllegalArgumentException malformed(String source, int number, String line, String why) {
    return new IllegalArgumentException(source + ":" + number + ": " + why + ", got '" + line + "'");
  }
}
