package org.vigie.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.vigie.extract.entity.Candidates.CountryMention;
import org.vigie.extract.entity.Candidates.NameMention;
import org.vigie.extract.entity.Candidates.OrgMention;
import org.vigie.extract.entity.Candidates.PlaceMention;
import org.vigie.extract.entity.Candidates.Spanned;
import org.vigie.extract.entity.Candidates.TitleMention;
import org.vigie.extract.entity.Lexicon.CountryRef;
import org.vigie.extract.entity.Lexicon.RoleRef;
import org.vigie.model.EntityType;
import org.vigie.model.Sentence;
import org.vigie.model.Token;

/**
 * Finds everything in one document that may refer to an entity: gazetteer names (countries,
 * demonyms, places, organisations, agencies), names from the statistical NER, titles and
 * descriptions built on role words, and generic heads standing for a country ("le régime
 * israélien", "le pays d'Amérique").
 */
final class MentionFinder {
  /** Everything found in one document. */
  record Found(List<CountryMention> countries, List<PlaceMention> places, List<OrgMention> orgs,
               List<NameMention> names, List<TitleMention> titles) {
  }

  private static final java.util.Set<String> NAME_LABELS = java.util.Set.of("PERSON", "LOCATION", "ORGANIZATION");

  private final Lexicon lexicon;
  private ActorDictionary.Tables actors;
  private AgentDictionary agents;
  private final String text;
  private final String normalized;
  private final List<Sentence> sentences;
  private final TokenBounds bounds;
  private final SpanIndex<CountryMention> countries = new SpanIndex<>();
  private final SpanIndex<PlaceMention> places = new SpanIndex<>();
  private final SpanIndex<OrgMention> orgs = new SpanIndex<>();
  /** International organisations, for "l'organisation"; and organisations by the capitalised words of their names, for "the council". */
  private final SpanIndex<OrgMention> internationalOrgs = new SpanIndex<>();
  private final java.util.Map<String, SpanIndex<OrgMention>> orgsByWord = new java.util.HashMap<>();
  private final List<NameMention> names = new ArrayList<>();
  private final SpanIndex<TitleMention> titles = new SpanIndex<>();

  private MentionFinder(Lexicon lexicon, String text, List<Sentence> sentences) {
    this.lexicon = lexicon;
    this.text = text;
    this.normalized = PhraseTable.normalize(text);
    this.sentences = sentences;
    this.bounds = new TokenBounds(sentences);
  }

  static Found find(Lexicon lexicon, String text, List<Sentence> sentences) {
    return find(lexicon, null, text, sentences);
  }

  /** With a user's actor dictionary, whose names win over the gazetteers'. */
  static Found find(Lexicon lexicon, ActorDictionary.Tables actors, String text, List<Sentence> sentences) {
    return find(lexicon, actors, null, text, sentences);
  }

  /** With a user's actor and agents dictionaries (either may be null), whose names and role words win over Vigie's. */
  static Found find(Lexicon lexicon, ActorDictionary.Tables actors, AgentDictionary agents, String text,
                    List<Sentence> sentences) {
    MentionFinder finder = new MentionFinder(lexicon, text, sentences);
    finder.actors = actors;
    finder.agents = lexicon.language.equals("en") ? agents : null;
    for (Sentence sentence : sentences) {
      finder.gazetteers(sentence);
    }
    for (Sentence sentence : sentences) {
      finder.genericHeads(sentence);
      finder.titles(sentence);
      finder.anaphora(sentence);
    }
    finder.indexKnown();
    for (Sentence sentence : sentences) {
      finder.namedEntities(sentence);
    }
    finder.surnames();
    return new Found(finder.countries.values(), finder.places.values(), finder.orgs.values(), finder.names,
        finder.titles.values());
  }

  // ---------------------------------------------------------------- gazetteers

  private void gazetteers(Sentence sentence) {
    int covered = -1;
    for (int start : tokenStarts(sentence)) {
      if (start < covered) {
        continue;
      }
      if (actors != null) {
        PhraseTable.Match<Lexicon.OrgRef> own = actors.organizations().longestAt(normalized, start, bounds::isEnd);
        PhraseTable.Match<CountryRef> ownCountry = actors.countries().longestAt(normalized, start, bounds::isEnd);
        if (end(own) > 0 && end(own) >= end(ownCountry)) {
          addOrg(new OrgMention(start, own.end(), sentence.index(), own.value()));
          covered = own.end();
          continue;
        }
        if (end(ownCountry) > 0) {
          countries.add(new CountryMention(start, ownCountry.end(), sentence.index(), ownCountry.value(), false));
          covered = ownCountry.end();
          continue;
        }
      }
      PhraseTable.Match<Lexicon.OrgRef> org = lexicon.organizations.longestAt(normalized, start, bounds::isEnd);
      PhraseTable.Match<Lexicon.OrgRef> tag = agencyTag(start);
      PhraseTable.Match<CountryRef> country = lexicon.countries.longestAt(normalized, start, bounds::isEnd);
      PhraseTable.Match<Lexicon.PlaceRef> place = lexicon.places.longestAt(normalized, start, bounds::isEnd);
      int orgEnd = Math.max(end(org), end(tag));
      int best = Math.max(orgEnd, Math.max(end(country), end(place)));
      if (best < 0) {
        continue;
      }
      // Longest wins; on a tie an organisation beats a country, which beats a place.
      if (orgEnd == best) {
        addOrg(new OrgMention(start, best, sentence.index(), end(org) == best ? org.value() : tag.value()));
      } else if (end(country) == best) {
        countries.add(new CountryMention(start, best, sentence.index(), country.value(), false));
      } else {
        places.add(new PlaceMention(start, best, sentence.index(), place.value()));
      }
      covered = best;
    }
  }

  /** An agency abbreviation counts only inside parentheses, as in a dateline: "Téhéran (IP) -". */
  private PhraseTable.Match<Lexicon.OrgRef> agencyTag(int start) {
    if (start == 0 || normalized.charAt(start - 1) != '(') {
      return null;
    }
    PhraseTable.Match<Lexicon.OrgRef> match = lexicon.agencyTags.longestAt(normalized, start, bounds::isEnd);
    if (match == null || match.end() >= normalized.length() || normalized.charAt(match.end()) != ')') {
      return null;
    }
    return match;
  }

  private static int end(PhraseTable.Match<?> match) {
    return match == null ? -1 : match.end();
  }

  // ---------------------------------------------------------------- NER names

  private void namedEntities(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      String label = tokens.get(i).ner();
      // Only names: the English models also tag DATE, MONEY, PERCENT…, which are not entities, and
      // MISC (events, works, nationalities) is left to the gazetteers.
      if (!NAME_LABELS.contains(label)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).ner().equals(label)) {
        j++;
      }
      int start = tokens.get(i).start();
      int end = tokens.get(j - 1).end();
      addName(start, end, sentence.index(), label);
      i = j;
    }
  }

  private void addName(int start, int end, int sentence, String label) {
    // Trim punctuation the NER sometimes includes at the edges.
    while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    if (end - start < 2) {
      return;
    }
    for (Spanned known : knownBySentence.getOrDefault(sentence, List.of())) {
      boolean overlaps = known.start() < end && start < known.end();
      if (!overlaps) {
        continue;
      }
      // A title word the NER swept into a name: "[Président Macron]" is the title and "Macron".
      if (known instanceof TitleMention && label.equals("PERSON") && known.start() <= start && known.end() < end) {
        start = nextTokenStart(known.end());
        continue;
      }
      // A city the statistical NER reads as an organisation in context is one ("Leeds beat Chelsea"):
      // the model sees the sentence, the gazetteer only the name.
      if (label.equals("ORGANIZATION") && known instanceof PlaceMention place && "city".equals(place.place().kind())
          && place.start() == start && place.end() == end) {
        places.remove(place);
        continue;
      }
      // The NER often sweeps in the article: "[La France]" is the country "France".
      boolean coveredByKnown = known.start() <= afterDeterminer(start, end) && end <= known.end();
      // A gazetteer name or a title wins over the statistical NER where they overlap, except that
      // a longer name may contain a country: "Nouvelle d'Iran" is an outlet, "Iran" a country.
      if (coveredByKnown || !(known instanceof CountryMention || known instanceof PlaceMention)
          || !(start <= known.start() && known.end() <= end)) {
        return;
      }
    }
    // Nor with a courtesy title: "M. Diop", "Sheikh Mohammed".
    if (label.equals("PERSON")) {
      int space = text.indexOf(' ', start);
      if (space > 0 && space < end && lexicon.honorifics.contains(text.substring(start, space))) {
        start = nextTokenStart(space);
      }
    }
    // A person's name does not start with a title word the NER swept in ("Président Macron").
    if (label.equals("PERSON")) {
      PhraseTable.Match<RoleRef> role = lexicon.roles.longestAt(normalized, start, bounds::isEnd);
      if (role != null && role.end() < end) {
        start = nextTokenStart(role.end());
      }
    }
    if (label.equals("PERSON")) {
      // A place or country inside a person's name is part of the name: "Michael Jordan", "Paris Hilton".
      for (CountryMention country : countries.values()) {
        if (start <= country.start() && country.end() <= end && !country.country().demonym()) {
          countries.remove(country);
        }
      }
      for (PlaceMention place : places.values()) {
        if (start <= place.start() && place.end() <= end) {
          places.remove(place);
        }
      }
    }
    // An organisation the NER marks that is a news outlet by its whole name or tag ("IRNA", "the New
    // York Times"): the outlet, with its country's media code.
    if (label.equals("ORGANIZATION")) {
      PhraseTable.Match<Lexicon.OrgRef> outlet = lexicon.agencyTags.longestAt(normalized, start, bounds::isEnd);
      if (outlet != null && outlet.end() == end) {
        addOrg(new OrgMention(start, end, sentence, outlet.value()));
        return;
      }
    }
    names.add(new NameMention(start, end, sentence, label));
  }

  private final java.util.Map<Integer, List<Spanned>> knownBySentence = new java.util.HashMap<>();

  /** Gazetteer names and titles by sentence, fixed once the passes before the NER names are done. */
  private void indexKnown() {
    for (Spanned span : known()) {
      knownBySentence.computeIfAbsent(span.sentence(), k -> new ArrayList<>()).add(span);
    }
  }

  /** The start of a span past a leading determiner ("La France" → "France"), or the start itself. */
  private int afterDeterminer(int start, int end) {
    int space = start;
    while (space < end && Character.isLetter(text.charAt(space))) {
      space++;
    }
    if (space < end && (text.charAt(space) == '\'' || text.charAt(space) == '’')) {
      String word = normalized.substring(start, space + 1).toLowerCase(java.util.Locale.ROOT);
      return lexicon.determiners.contains(word) ? nextTokenStart(space + 1) : start;
    }
    String word = normalized.substring(start, space).toLowerCase(java.util.Locale.ROOT);
    return space < end && lexicon.determiners.contains(word) ? nextTokenStart(space) : start;
  }

  private List<Spanned> knownWithoutNames() {
    return known();
  }

  private List<Spanned> known() {
    List<Spanned> all = new ArrayList<>(countries.values());
    all.addAll(places.values());
    all.addAll(orgs.values());
    all.addAll(titles.values());
    return all;
  }


  // ---------------------------------------------------------------- generic heads

  /**
   * "le régime occupant israélien", "le pays d'Amérique": a generic noun with a demonym after it
   * (up to two words between) or an "of" complement naming a country stands for that country.
   */
  private void genericHeads(Sentence sentence) {
    for (int start : tokenStarts(sentence)) {
      PhraseTable.Match<String> head = lexicon.genericHeads.longestAt(normalized, start, bounds::isEnd);
      if (head == null || insideAny(start)) {
        continue;
      }
      // English order: "the Iranian government", "the Israeli regime".
      CountryMention before = countryEndingBefore(start);
      if (before != null && before.country().demonym()) {
        countries.remove(before);
        countries.add(new CountryMention(before.start(), head.end(), before.sentence(), before.country(), true));
        continue;
      }
      int cursor = head.end();
      for (int words = 0; words <= 2; words++) {
        CountryMention country = countryAt(nextTokenStart(cursor));
        if (country != null && country.country().demonym()) {
          replaceWithGeneric(country, start);
          break;
        }
        int afterOf = afterOfWord(cursor);
        CountryMention named = afterOf < 0 ? null : countryAt(afterOf);
        if (words == 0 && named != null && !named.country().demonym()) {
          replaceWithGeneric(named, start);
          break;
        }
        int next = nextTokenStart(cursor);
        if (next < 0 || !isLowerWord(next)) {
          break;
        }
        cursor = tokenEndAt(next);
      }
    }
  }

  private void replaceWithGeneric(CountryMention country, int start) {
    countries.remove(country);
    countries.add(new CountryMention(start, country.end(), country.sentence(), country.country(), true));
  }

  private boolean insideAny(int offset) {
    return countries.covering(offset) != null || orgs.covering(offset) != null;
  }


  // ---------------------------------------------------------------- titles and descriptions

  private void titles(Sentence sentence) {
    int covered = -1;
    for (int start : tokenStarts(sentence)) {
      if (start < covered || insideOrg(start) || insideGeneric(start)) {
        continue;
      }
      boolean relational = false;
      RoleMatch role = roleAt(start);
      int roleEnd;
      RoleRef ref;
      List<String> countriesNamed = new ArrayList<>();
      if (role != null) {
        ref = role.role();
        roleEnd = role.end();
        if (role.innerCountry() != null) {
          countriesNamed.add(role.innerCountry());
        }
      } else {
        PhraseTable.Match<String> rel = lexicon.relational.longestAt(normalized, start, bounds::isEnd);
        if (rel == null) {
          continue;
        }
        relational = true;
        ref = null;
        roleEnd = rel.end();
      }
      // Coordinated roles of one person: "Qatar's prime minister and foreign minister". Groups are
      // as many groups: "clerics and lawmakers".
      RoleRef alsoRole = null;
      int andAt = role == null || role.role().type() != EntityType.PERSON ? -1 : afterAndWord(roleEnd);
      RoleMatch second = andAt < 0 ? null : roleAt(andAt);
      if (second != null && second.role().type() == ref.type()) {
        alsoRole = second.role();
        roleEnd = second.end();
      }
      int titleStart = start;
      int titleEnd = roleEnd;
      // Left: a demonym or a possessive country ("the Russian foreign minister", "Egypt's foreign
      // minister"), then a determiner ("le", "son", "the", "his").
      CountryMention before = countryEndingBefore(titleStart);
      if (before != null && (before.country().demonym() || possessiveBetween(before.end(), titleStart)
          || nounModifier(before, titleStart))) {
        countriesNamed.add(before.country().iso3());
        titleStart = before.start();
        // Coordinated demonyms in English order: "the Chinese and Brazilian presidents".
        int andStart = previousTokenStart(before.start());
        if (andStart >= 0 && before.country().demonym()
            && lexicon.andWords.contains(normalized.substring(andStart, before.start()).strip().toLowerCase(Locale.ROOT))) {
          CountryMention first = countryEndingBefore(andStart);
          if (first != null && first.country().demonym()) {
            countriesNamed.add(0, first.country().iso3());
            titleStart = first.start();
          }
        }
      }
      // Left, in English: a body whose country the role takes, "White House security officials", or
      // whose role it is, "the European Union's foreign policy chief".
      Lexicon.OrgRef owner = null;
      if (before == null || titleStart != before.start()) {
        OrgMention left = orgs.endingWithin(titleStart - 3, titleStart);
        if (left != null && left.org().actor() != null && !left.org().media() && lexicon.language.equals("en")
            && normalized.substring(left.end(), titleStart).replace("'s", "").replace("’s", "").isBlank()) {
          owner = left.org();
          titleStart = left.start();
        }
      }
      // Left, in English: a body named by a title, whose country and sector a person's title with
      // neither takes: "China's foreign ministry spokeswoman", "the Chinese army spokesman".
      if (countriesNamed.isEmpty() && owner == null && ref != null && ref.type() == EntityType.PERSON
          && ref.sector() == null && lexicon.language.equals("en")) {
        TitleMention body = titles.endingWithin(titleStart - 3, titleStart);
        if (body != null && body.role() != null && body.role().type() == EntityType.ORGANIZATION
            && body.role().sector() != null && body.country() != null && !body.relational()
            && normalized.substring(body.end(), titleStart).isBlank()) {
          countriesNamed.add(body.country());
          ref = new RoleRef(ref.role(), body.role().sector(), ref.subsector(), ref.type());
        }
      }
      // Left, in English: the places that name a body ("Jammu and Kashmir Police", "Kherson Police"):
      // the body of the first place's country.
      if (countriesNamed.isEmpty() && owner == null && ref != null && ref.type() == EntityType.ORGANIZATION
          && ref.sector() != null && lexicon.language.equals("en") && (before == null || titleStart != before.start())) {
        PlaceMention last = places.endingWithin(titleStart - 1, titleStart);
        if (last != null && normalized.substring(last.end(), titleStart).isBlank()) {
          PlaceMention first = last;
          int andStart = previousTokenStart(last.start());
          if (andStart >= 0 && lexicon.andWords.contains(normalized.substring(andStart, last.start()).strip()
              .toLowerCase(Locale.ROOT))) {
            PlaceMention other = places.endingWithin(andStart - 2, andStart);
            if (other != null && normalized.substring(other.end(), andStart).isBlank()) {
              first = other;
            }
          }
          String country = first.place().iso3() != null ? first.place().iso3() : last.place().iso3();
          if (country != null) {
            countriesNamed.add(country);
            titleStart = first.start();
          }
        }
      }
      titleStart = withDeterminer(titleStart);
      // Right: demonyms, possibly coordinated ("présidents iranien et russe").
      int cursor = titleEnd;
      while (true) {
        CountryMention after = countryAt(nextTokenStart(cursor));
        if (after == null || !after.country().demonym()) {
          break;
        }
        countriesNamed.add(after.country().iso3());
        titleEnd = after.end();
        cursor = titleEnd;
        int andEnd = afterAndWord(cursor);
        CountryMention next = andEnd < 0 ? null : countryAt(andEnd);
        if (next == null || !next.country().demonym()) {
          break;
        }
        cursor = andEnd;
      }
      // Right: an "of" complement naming a country, a place or an organisation.
      Lexicon.PlaceRef place = null;
      Lexicon.OrgRef org = null;
      int afterOf = afterOfWord(titleEnd);
      if (afterOf >= 0) {
        CountryMention country = countryAt(afterOf);
        PlaceMention placeMention = placeAt(afterOf);
        OrgMention orgMention = orgAt(afterOf);
        if (country != null && !country.country().demonym()) {
          countriesNamed.add(country.country().iso3());
          titleEnd = country.end();
        } else if (placeMention != null && !placeMention.place().inhabitants()) {
          place = placeMention.place();
          titleEnd = placeMention.end();
        } else if (orgMention != null && !orgMention.org().media()) {
          org = orgMention.org();
          titleEnd = orgMention.end();
        }
      }
      if (org == null && place == null) {
        org = owner;
      }
      titles.add(new TitleMention(titleStart, titleEnd, sentence.index(), ref, List.copyOf(countriesNamed),
          place, org, relational, alsoRole));
      covered = titleEnd;
    }
  }

  /** A role found at a position, with the demonym written inside it, if any. */
  private record RoleMatch(int end, RoleRef role, String innerCountry) {
  }

  /**
   * The role at {@code start}, also when a demonym sits inside it as French writes it: "ministre
   * russe des affaires étrangères" is the role "ministre des affaires étrangères" with "russe".
   */
  private RoleMatch roleAt(int start) {
    PhraseTable.Match<RoleRef> direct = lexicon.roles.longestAt(normalized, start, bounds::isEnd);
    PhraseTable.Match<RoleRef> own = agents == null ? null : agents.roles.longestAt(normalized, start, bounds::isEnd);
    if (own != null && (direct == null || own.end() >= direct.end())) {
      direct = own;
    }
    int headEnd = tokenEndAt(start);
    CountryMention inside = headEnd < 0 ? null : countryAt(nextTokenStart(headEnd));
    if (inside != null && inside.country().demonym()) {
      int rest = nextTokenStart(inside.end());
      if (rest > 0) {
        // A role is a few words long: probe a bounded window, not the rest of the document.
        String probe = normalized.substring(start, headEnd) + " "
            + normalized.substring(rest, Math.min(normalized.length(), rest + 120));
        int shift = rest - (headEnd - start + 1);
        PhraseTable.Match<RoleRef> split = lexicon.roles.longestAt(probe, 0, end -> bounds.isEnd(end + shift));
        if (split != null && split.end() > headEnd - start && (direct == null || split.end() + shift > direct.end())) {
          return new RoleMatch(split.end() + shift, split.value(), inside.country().iso3());
        }
      }
    }
    return direct == null ? null : new RoleMatch(direct.end(), direct.value(), null);
  }

  /**
   * English uses a country's name as a noun modifier of a role word: "Gondor police", "the Kuwait
   * government", "Iraq security officials". French does not ("la police France" is no phrase).
   */
  private boolean nounModifier(CountryMention country, int roleStart) {
    return lexicon.language.equals("en") && normalized.substring(country.end(), roleStart).isBlank();
  }

  private boolean possessiveBetween(int from, int to) {
    String between = normalized.substring(from, to).strip();
    return between.equals("'s") || between.equals("'");
  }

  private int withDeterminer(int start) {
    int previous = previousTokenStart(start);
    if (previous < 0) {
      return start;
    }
    String word = normalized.substring(previous, start).strip().toLowerCase(Locale.ROOT);
    return lexicon.determiners.contains(word) ? previous : start;
  }

  // ---------------------------------------------------------------- anaphora

  /**
   * Definite descriptions that take up an entity named earlier: "la capitale malienne" and "the
   * Egyptian capital" are the capital of the country named with them; "l'organisation
   * ouest-africaine" is the latest international organisation mentioned; "the council" is the latest
   * organisation whose name has "Council" in it.
   */
  private void anaphora(Sentence sentence) {
    for (Token token : sentence.tokens()) {
      int start = token.start();
      if (insideAny(start) || insideTitle(start)) {
        continue;
      }
      PhraseTable.Match<String> head = lexicon.anaphoraHeads.longestAt(normalized, start, bounds::isEnd);
      CountryMention demonymBefore = countryEndingBefore(start);
      int left = head != null && demonymBefore != null && demonymBefore.country().demonym() ? demonymBefore.start() : start;
      int withDeterminer = withDeterminer(left);
      if (withDeterminer == left) {
        continue;
      }
      if (head != null && head.value().equals("capital")) {
        capitalOf(sentence, withDeterminer, start, head.end());
      } else if (head != null && head.value().equals("organization") && !nameFollows(head.end())) {
        // "l'ONG Foro Penal", "l'organisation Human Rights Watch": a name after the noun is no anaphora.
        OrgMention latest = latestOrg(start, null);
        if (latest != null) {
          int end = withAdjectives(sentence, head.end());
          addOrg(new OrgMention(withDeterminer, end, sentence.index(), latest.org()));
        }
      } else if ("NOUN".equals(token.pos()) && Character.isLowerCase(text.charAt(start))) {
        OrgMention latest = latestOrg(start, text.substring(start, token.end()));
        if (latest != null) {
          addOrg(new OrgMention(withDeterminer, token.end(), sentence.index(), latest.org()));
        }
      }
    }
  }

  /** Whether the word after {@code end} starts with a capital letter (a name in apposition). */
  private boolean nameFollows(int end) {
    int next = nextTokenStart(end);
    return next >= 0 && next < text.length() && Character.isUpperCase(text.charAt(next));
  }

  private void capitalOf(Sentence sentence, int from, int start, int end) {
    CountryMention country = countryEndingBefore(start);
    int mentionEnd = end;
    if (country == null || !country.country().demonym()) {
      country = countryAt(nextTokenStart(end));
      if (country != null && country.country().demonym()) {
        mentionEnd = country.end();
      } else {
        int afterOf = afterOfWord(end);
        country = afterOf < 0 ? null : countryAt(afterOf);
        if (country == null || country.country().demonym()) {
          return;
        }
        mentionEnd = country.end();
      }
    }
    Lexicon.PlaceRef capital = lexicon.capitalPlaces.get(country.country().iso3());
    if (capital != null) {
      // The demonym inside the description is part of it, not a mention of its own.
      countries.remove(country);
      places.add(new PlaceMention(from, mentionEnd, sentence.index(), capital));
    }
  }

  /** The latest organisation before {@code offset}: any IGO/NGO, or one whose name has {@code word}. */
  private OrgMention latestOrg(int offset, String word) {
    SpanIndex<OrgMention> candidates = word == null ? internationalOrgs
        : orgsByWord.get(word.toLowerCase(java.util.Locale.ROOT));
    OrgMention latest = candidates == null ? null : candidates.before(offset);
    return latest != null && latest.end() <= offset ? latest : null;
  }

  private void addOrg(OrgMention mention) {
    orgs.add(mention);
    String actor = mention.org().actor();
    if (mention.org().media()) {
      return;
    }
    if (actor != null && (actor.startsWith("IGO") || actor.startsWith("NGO"))) {
      internationalOrgs.add(mention);
    }
    for (String part : text.substring(mention.start(), mention.end()).split("[\\s'’-]+")) {
      if (part.length() > 3 && Character.isUpperCase(part.charAt(0))) {
        orgsByWord.computeIfAbsent(part.toLowerCase(java.util.Locale.ROOT), k -> new SpanIndex<>()).add(mention);
      }
    }
  }


  /** Extends a phrase over the adjectives that follow its head: "l'organisation ouest-africaine". */
  private int withAdjectives(Sentence sentence, int end) {
    for (Token token : sentence.tokens()) {
      if (token.start() >= end && token.start() <= end + 1 && "ADJ".equals(token.pos())) {
        end = token.end();
      }
    }
    return end;
  }

  private boolean insideTitle(int offset) {
    return titles.covering(offset) != null;
  }


  // ---------------------------------------------------------------- surnames

  /**
   * A person named in full may later be called by the surname alone, which the NER often misses
   * ("Fidan a proposé"): every other capitalised occurrence of the last word of a full name becomes
   * a name mention, unless something else already claims it.
   */
  private final SpanIndex<NameMention> personNames = new SpanIndex<>();

  private void surnames() {
    List<NameMention> found = new ArrayList<>();
    SpanIndex<NameMention> foundIndex = new SpanIndex<>();
    java.util.Set<String> done = new java.util.HashSet<>();
    names.stream().filter(n -> n.label().equals("PERSON")).forEach(personNames::add);
    for (NameMention name : List.copyOf(names)) {
      String surface = text.substring(name.start(), name.end());
      int space = surface.lastIndexOf(' ');
      if (!name.label().equals("PERSON") || space < 0) {
        continue;
      }
      String surname = surface.substring(space + 1);
      if (surname.length() < 3 || !Character.isUpperCase(surname.charAt(0)) || !done.add(surname)) {
        continue;
      }
      for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
        int end = at + surname.length();
        if (!bounds.isStart(at) || !bounds.isEnd(end) || claimed(at, end)) {
          continue;
        }
        NameMention mention = new NameMention(at, end, sentenceOf(at), "PERSON");
        found.add(mention);
        foundIndex.add(mention);
        personNames.add(mention);
      }
    }
    // A surname the NER took for a place or an organisation is the person's.
    names.removeIf(n -> !n.label().equals("PERSON") && foundIndex.overlaps(n.start(), n.end()));
    names.addAll(found);
    names.sort(Comparator.comparingInt(NameMention::start));
  }

  private boolean claimed(int start, int end) {
    return countries.overlaps(start, end) || places.overlaps(start, end) || orgs.overlaps(start, end)
        || titles.overlaps(start, end) || personNames.overlaps(start, end);
  }


  private int sentenceOf(int offset) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return sentences.isEmpty() ? 0 : sentences.get(low).index();
  }


  // ---------------------------------------------------------------- small helpers over offsets

  private int afterOfWord(int from) {
    int start = nextTokenStart(from);
    if (start < 0) {
      return -1;
    }
    // "de", "d'", "du", "de la", "de l'", "of": try the longest first.
    for (int words = 2; words >= 1; words--) {
      int end = start;
      for (int w = 0; w < words && end >= 0; w++) {
        end = tokenEndAt(w == 0 ? start : nextTokenStart(end));
      }
      if (end < 0) {
        continue;
      }
      String phrase = normalized.substring(start, end).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (lexicon.ofWords.contains(phrase)) {
        int next = nextTokenStart(end);
        return next;
      }
    }
    return -1;
  }

  private int afterAndWord(int from) {
    int start = nextTokenStart(from);
    if (start < 0) {
      return -1;
    }
    int end = tokenEndAt(start);
    String word = normalized.substring(start, end).toLowerCase(Locale.ROOT);
    return lexicon.andWords.contains(word) ? nextTokenStart(end) : -1;
  }

  private CountryMention countryAt(int start) {
    return countries.at(start);
  }


  private CountryMention countryEndingBefore(int start) {
    CountryMention c = countries.endingWithin(start - 3, start);
    return c != null && normalized.substring(c.end(), start).replace("'s", "").isBlank() ? c : null;
  }


  private PlaceMention placeAt(int start) {
    return places.at(start);
  }


  private OrgMention orgAt(int start) {
    return orgs.at(start);
  }


  /** Inside "le régime israélien", which already stands for the country. */
  private boolean insideGeneric(int offset) {
    CountryMention country = countries.covering(offset);
    return country != null && country.generic();
  }


  private boolean insideOrg(int offset) {
    return orgs.covering(offset) != null;
  }


  private boolean isLowerWord(int start) {
    char c = text.charAt(start);
    return Character.isLetter(c) && Character.isLowerCase(c);
  }

  private final TreeSet<Integer> startsCache = new TreeSet<>();
  private final TreeSet<Integer> endsCache = new TreeSet<>();

  private TreeSet<Integer> starts() {
    if (startsCache.isEmpty()) {
      for (Sentence s : sentences) {
        for (Token t : s.tokens()) {
          startsCache.add(t.start());
          endsCache.add(t.end());
        }
      }
    }
    return startsCache;
  }

  private List<Integer> tokenStarts(Sentence sentence) {
    List<Integer> result = new ArrayList<>();
    int last = -1;
    for (Token token : sentence.tokens()) {
      if (token.start() != last) {
        result.add(token.start());
        last = token.start();
      }
    }
    result.sort(Comparator.naturalOrder());
    return result;
  }

  /** The first token start at or after {@code offset}, or -1. */
  private int nextTokenStart(int offset) {
    if (offset < 0) {
      return -1;
    }
    Integer next = starts().ceiling(offset);
    return next == null ? -1 : next;
  }

  private int previousTokenStart(int offset) {
    Integer previous = starts().lower(offset);
    return previous == null ? -1 : previous;
  }

  /** The end of the token starting at {@code start} (the shortest, for split contractions), or -1. */
  private int tokenEndAt(int start) {
    if (start < 0) {
      return -1;
    }
    starts();
    Integer end = endsCache.higher(start);
    return end == null ? -1 : end;
  }
}
