package org.vigie.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vigie.extract.event.DiscardList;

/** Reads the {@code --discards} option: null when none is given, a one-line error when unreadable. */
final class DiscardFiles {
  private DiscardFiles() {
  }

  static DiscardList read(Path file) {
    if (file == null) {
      return null;
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": discard list not found");
    }
    try {
      return DiscardList.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read discard list: " + e.getMessage(), e);
    }
  }
}
