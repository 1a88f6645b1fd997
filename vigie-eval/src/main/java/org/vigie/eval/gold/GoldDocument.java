package org.vigie.eval.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One gold file ({@code *.gold.json}, the format of {@code shared/examples}): the article's
 * metadata and the entities a perfect system finds. Events and facts are read by later stages.
 */
public record GoldDocument(String id, Path textFile, String language, LocalDate published, String source,
                           String dateline, List<GoldEntity> entities) {

  /** A gold entity: canonical name, type, country (null for none), and its mention strings. */
  public record GoldEntity(String name, String type, String country, String sector, String actor,
                           List<String> mentions) {
  }

  public GoldDocument {
    entities = List.copyOf(entities);
  }

  /** Reads a gold file; its text is {@code text_file} beside it, or {@code <id>.txt}. */
  public static GoldDocument read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read gold file: " + e.getMessage(), e);
    }
    String id = text(root, "id");
    String textName = root.hasNonNull("text_file") ? root.get("text_file").asText() : id + ".txt";
    Path textFile = file.resolveSibling(textName);
    if (!Files.isRegularFile(textFile)) {
      throw new IllegalStateException(file + ": text file " + textFile + " not found");
    }
    List<GoldEntity> entities = new ArrayList<>();
    for (JsonNode e : root.path("entities")) {
      List<String> mentions = new ArrayList<>();
      e.path("mentions").forEach(m -> mentions.add(m.asText()));
      entities.add(new GoldEntity(text(e, "name"), text(e, "type"), text(e, "country"), text(e, "sector"),
          text(e, "actor"), List.copyOf(mentions)));
    }
    String published = text(root, "published");
    return new GoldDocument(id, textFile, text(root, "language"),
        published == null ? null : LocalDate.parse(published), text(root, "source"), text(root, "dateline"), entities);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
