package org.vigie.model;

import java.util.List;

/**
 * One thing the article talks about, with every mention that refers to it. {@code name} is the
 * canonical name (English form where one exists); {@code country} an ISO 3166-1 alpha-3 code;
 * {@code sector} a CAMEO role code; {@code actor} the CAMEO-style actor code (country + sector, or
 * an IGO code); {@code role} what the text or a dictionary says the entity is. Nullable fields are null
 * when unknown.
 */
public record Entity(String id, String name, EntityType type, String country, String sector,
                     String actor, String role, List<Mention> mentions) {
  public Entity {
    mentions = List.copyOf(mentions);
  }
}
