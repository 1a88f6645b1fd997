package org.vigie.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vigie.extract.entity.ActorDictionary;

/** Reads the {@code --actors} option: null when none is given, a one-line error when unreadable. */
final class ActorFiles {
  private ActorFiles() {
  }

  static ActorDictionary read(Path file) {
    if (file == null) {
      return null;
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": actor dictionary not found");
    }
    try {
      return ActorDictionary.readTabari(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read actor dictionary: " + e.getMessage(), e);
    }
  }
}
