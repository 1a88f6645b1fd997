package org.vigie.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vigie.extract.Pipeline;
import org.vigie.extract.entity.ActorDictionary;
import org.vigie.extract.entity.AgentDictionary;
import org.vigie.extract.event.DiscardList;
import org.vigie.extract.event.VerbDictionary;
import org.vigie.nlp.CoreNlpAnalyzer;

/**
 * The user's CAMEO dictionaries ({@code --actors}, {@code --agents}, {@code --verbs},
 * {@code --discards}): each is null when not given, a one-line error when missing or unreadable; the
 * lines a dictionary could not use are reported on standard error, so a user sees what was skipped.
 */
final class DictionaryFiles {
  private DictionaryFiles() {
  }

  /** A pipeline with the dictionaries given (any may be null). */
  static Pipeline pipeline(CoreNlpAnalyzer nlp, Path actors, Path agents, Path verbs, Path discards) {
    ActorDictionary actorDictionary = read(actors, "actor dictionary", ActorDictionary::readTabari);
    AgentDictionary agentDictionary = read(agents, "agents dictionary", AgentDictionary::read);
    if (agentDictionary != null) {
      reportSkipped(agents, agentDictionary.size() + " agent forms", agentDictionary.skipped());
    }
    VerbDictionary verbDictionary = read(verbs, "verb dictionary", VerbDictionary::readPetrarch);
    if (verbDictionary != null) {
      reportSkipped(verbs, verbDictionary.size() + " entries", verbDictionary.problems());
    }
    DiscardList discardList = read(discards, "discard list", DiscardList::read);
    return new Pipeline(nlp, actorDictionary, agentDictionary, verbDictionary, discardList);
  }

  private interface Reader<T> {
    T read(Path file) throws IOException;
  }

  private static <T> T read(Path file, String what, Reader<T> reader) {
    if (file == null) {
      return null;
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": " + what + " not found");
    }
    try {
      return reader.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read " + what + ": " + e.getMessage(), e);
    }
  }

  private static void reportSkipped(Path file, String read, List<String> skipped) {
    if (!skipped.isEmpty()) {
      System.err.println("vigie: " + file + ": " + read + "; " + skipped.size() + " lines skipped:");
      skipped.forEach(line -> System.err.println("  " + line));
    }
  }
}
