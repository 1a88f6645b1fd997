package org.vigie.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vigie.extract.entity.AgentDictionary;

/**
 * Reads the {@code --agents} option: null when none is given, a one-line error when unreadable; the
 * lines the dictionary could not use are reported on standard error.
 */
final class AgentFiles {
  private AgentFiles() {
  }

  static AgentDictionary read(Path file) {
    if (file == null) {
      return null;
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": agents dictionary not found");
    }
    AgentDictionary agents;
    try {
      agents = AgentDictionary.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read agents dictionary: " + e.getMessage(), e);
    }
    if (!agents.skipped().isEmpty()) {
      System.err.println("vigie: " + file + ": " + agents.size() + " agent forms; " + agents.skipped().size()
          + " lines skipped:");
      agents.skipped().forEach(p -> System.err.println("  " + p));
    }
    return agents;
  }
}
