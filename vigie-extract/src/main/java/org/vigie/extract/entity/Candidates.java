package org.vigie.extract.entity;

import java.util.List;
import org.vigie.extract.entity.Lexicon.CountryRef;
import org.vigie.extract.entity.Lexicon.OrgRef;
import org.vigie.extract.entity.Lexicon.PlaceRef;
import org.vigie.extract.entity.Lexicon.RoleRef;

/** What {@link MentionFinder} finds, before mentions are grouped into entities. */
final class Candidates {
  private Candidates() {
  }

  /** A span of text: half-open character offsets and the sentence it lies in. */
  interface Spanned {
    int start();

    int end();

    int sentence();
  }

  /** A country named ("Russie"), described by a demonym ("russe") or by a generic head ("régime israélien"). */
  record CountryMention(int start, int end, int sentence, CountryRef country, boolean generic) implements Spanned {
  }

  /** A city, capital, region or its inhabitants ("gazaouis"). */
  record PlaceMention(int start, int end, int sentence, PlaceRef place) implements Spanned {
  }

  /** An organisation or agency from a gazetteer. */
  record OrgMention(int start, int end, int sentence, OrgRef org) implements Spanned {
  }

  /** A name found by the statistical NER and no gazetteer: label PERSON, LOCATION, ORGANIZATION. */
  record NameMention(int start, int end, int sentence, String label) implements Spanned {
  }

  /**
   * A title or description: a role word with what the text says around it. {@code countries} lists
   * the countries it names, in order ("présidents iranien et russe" names two); {@code place} and
   * {@code org} are a complement naming a place ("ministère de la Santé de Gaza") or an organisation
   * ("secrétaire général de l'ONU"). {@code relational} is set for "son homologue russe": the role is
   * then the role of the person it is the counterpart of.
   */
  record TitleMention(int start, int end, int sentence, RoleRef role, List<String> countries,
                      PlaceRef place, OrgRef org, boolean relational, RoleRef alsoRole) implements Spanned {
    String country() {
      if (!countries.isEmpty()) {
        return countries.get(0);
      }
      if (place != null) {
        return place.iso3();
      }
      return org == null ? null : org.iso3();
    }
  }
}
