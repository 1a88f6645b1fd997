package org.vigie.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vigie.extract.event.VerbDictionary;

/**
 * Reads the {@code --verbs} option: null when none is given, a one-line error when unreadable; the
 * lines the dictionary could not use are reported on standard error, so a user sees what was skipped.
 */
final class VerbFiles {
  private VerbFiles() {
  }

  static VerbDictionary read(Path file) {
    if (file == null) {
      return null;
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": verb dictionary not found");
    }
    VerbDictionary verbs;
    try {
      verbs = VerbDictionary.readPetrarch(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read verb dictionary: " + e.getMessage(), e);
    }
    if (!verbs.problems().isEmpty()) {
      System.err.println("vigie: " + file + ": " + verbs.size() + " entries; " + verbs.problems().size()
          + " lines skipped:");
      verbs.problems().forEach(p -> System.err.println("  " + p));
    }
    return verbs;
  }
}
