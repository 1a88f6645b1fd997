package org.vigie.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way tests find the team's shared reference data: the {@code vigie.shared} system property,
 * which the parent pom sets to {@code ../shared} beside the repository (override with
 * {@code mvn verify -Dvigie.shared=DIR}); when a test runs outside Maven, {@code ../shared} from the
 * repository root or from the module. Fails with the paths it tried when the folder is missing.
 */
public final class SharedData {
  private SharedData() {
  }

  public static Path root() {
    List<Path> candidates = new ArrayList<>();
    String property = System.getProperty("vigie.shared");
    if (property != null && !property.isBlank()) {
      candidates.add(Path.of(property));
    }
    candidates.add(Path.of("../shared"));
    candidates.add(Path.of("../../shared"));
    List<Path> tried = new ArrayList<>();
    for (Path candidate : candidates) {
      Path absolute = candidate.toAbsolutePath().normalize();
      tried.add(absolute);
      if (Files.isDirectory(absolute.resolve("data")) && Files.isDirectory(absolute.resolve("examples"))) {
        return absolute;
      }
    }
    throw new IllegalStateException("shared data not found (tried " + tried
        + "): put the shared folder beside the repository or run mvn with -Dvigie.shared=DIR");
  }
}
