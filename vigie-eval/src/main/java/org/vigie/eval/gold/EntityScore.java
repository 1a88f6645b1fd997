package org.vigie.eval.gold;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.vigie.model.Document;
import org.vigie.model.Entity;
import org.vigie.model.Mention;

/**
 * How well a document's entities match a gold file's.
 *
 * <p>A gold entity is found when a system entity has the same canonical name (ignoring case and
 * accents) and type; its country is right when equal (a gold entity without country accepts any).
 * A gold mention is attached when the found entity has a mention with that text (ignoring case and
 * a leading determiner such as "le", "the", "son": "le plus haut diplomate iranien" and "plus haut
 * diplomate iranien" are the same mention).
 */
public record EntityScore(int goldEntities, int found, int countryRight, int goldMentions, int attached,
                          List<String> missing) {

  public double recall() {
    return goldEntities == 0 ? 1.0 : (double) found / goldEntities;
  }

  public double countryAccuracy() {
    return found == 0 ? 1.0 : (double) countryRight / found;
  }

  public double attachedShare() {
    return goldMentions == 0 ? 1.0 : (double) attached / goldMentions;
  }

  public static EntityScore of(GoldDocument gold, Document document) {
    int found = 0;
    int countryRight = 0;
    int mentions = 0;
    int attached = 0;
    List<String> missing = new ArrayList<>();
    for (GoldDocument.GoldEntity goldEntity : gold.entities()) {
      Entity entity = document.entities().stream()
          .filter(e -> fold(e.name()).equals(fold(goldEntity.name())) && e.type().name().equals(goldEntity.type()))
          .findFirst().orElse(null);
      mentions += goldEntity.mentions().size();
      if (entity == null) {
        missing.add("entity " + goldEntity.name() + " (" + goldEntity.type() + ")");
        continue;
      }
      found++;
      if (goldEntity.country() == null || Objects.equals(goldEntity.country(), entity.country())) {
        countryRight++;
      } else {
        missing.add("country of " + goldEntity.name() + ": " + entity.country() + " instead of " + goldEntity.country());
      }
      for (String goldMention : goldEntity.mentions()) {
        boolean hit = entity.mentions().stream().map(Mention::text)
            .anyMatch(text -> withoutDeterminer(text).equals(withoutDeterminer(goldMention)));
        if (hit) {
          attached++;
        } else {
          missing.add("mention '" + goldMention + "' of " + goldEntity.name());
        }
      }
    }
    return new EntityScore(gold.entities().size(), found, countryRight, mentions, attached, List.copyOf(missing));
  }

  /** Sums scores over several documents. */
  public EntityScore plus(EntityScore other) {
    List<String> all = new ArrayList<>(missing);
    all.addAll(other.missing);
    return new EntityScore(goldEntities + other.goldEntities, found + other.found, countryRight + other.countryRight,
        goldMentions + other.goldMentions, attached + other.attached, all);
  }

  public String format() {
    return String.format(Locale.ROOT, "entities found %d/%d (%.1f%%), country right %d/%d, mentions attached %d/%d (%.1f%%)",
        found, goldEntities, 100 * recall(), countryRight, found, attached, goldMentions, 100 * attachedShare());
  }

  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
  }

  private static final List<String> DETERMINERS = List.of("le ", "la ", "les ", "l'", "l’", "son ", "sa ", "ses ",
      "leur ", "un ", "une ", "des ", "du ", "the ", "his ", "her ", "its ", "their ", "a ", "an ");

  static String withoutDeterminer(String mention) {
    String folded = mention.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').strip();
    for (String determiner : DETERMINERS) {
      if (folded.startsWith(determiner)) {
        return folded.substring(determiner.length()).strip();
      }
    }
    return folded;
  }
}
