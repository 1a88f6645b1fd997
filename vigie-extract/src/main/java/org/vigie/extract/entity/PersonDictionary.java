package org.vigie.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.lang.Tsv;

/**
 * Known people with their canonical (English) names and dated actor codes: the PETRARCH2/Phoenix
 * actor dictionaries ({@code lang/common/persons.tsv}, up to 2019) and their supplement for later
 * office holders ({@code lang/common/persons_recent.tsv}). Looked up by {@link NameKeys}.
 */
final class PersonDictionary {
  /** An actor code valid from {@code start} to {@code end} (either may be null: open). */
  record DatedCode(String code, LocalDate start, LocalDate end) {
    boolean covers(LocalDate date) {
      return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }
  }

  /** One known person. */
  record Person(String name, List<DatedCode> codes, String role) {
    /** The code in force on {@code date}, or the latest one when the date is unknown or uncovered. */
    String codeOn(LocalDate date) {
      if (codes.isEmpty()) {
        return null;
      }
      if (date != null) {
        for (DatedCode code : codes) {
          if (code.covers(date)) {
            return code.code();
          }
        }
      }
      DatedCode latest = codes.get(0);
      for (DatedCode code : codes) {
        if (code.start() != null && (latest.start() == null || code.start().isAfter(latest.start()))) {
          latest = code;
        }
      }
      return latest.code();
    }
  }

  private static final Pattern CODE = Pattern.compile(
      "([A-Z]{3,15})(?:@(\\d{4}-\\d{2}-\\d{2})?(?:\\.\\.|-)?(\\d{4}-\\d{2}-\\d{2})?)?");
  private static final PersonDictionary INSTANCE = new PersonDictionary();

  private final Map<String, Person> byFullKey = new HashMap<>();
  /** Surnames the dictionaries list on their own ("LAVROV", "Macron"); a surname of two people maps to null. */
  private final Map<String, Person> bySurname = new HashMap<>();

  static PersonDictionary get() {
    return INSTANCE;
  }

  private PersonDictionary() {
    load("/lang/common/persons.tsv");
    // Loaded second so that a later office holder's entry wins over the 2019 one.
    load("/lang/common/persons_recent.tsv");
  }

  private void load(String resource) {
    if (!Tsv.exists(resource)) {
      return;
    }
    for (Tsv.Row row : Tsv.rows(resource)) {
      List<DatedCode> codes = new ArrayList<>();
      for (String part : row.get("codes").split(";")) {
        Matcher m = CODE.matcher(part.strip());
        if (m.matches()) {
          codes.add(new DatedCode(m.group(1), date(m.group(2)), date(m.group(3))));
        }
      }
      String role = row.values().containsKey("role") ? emptyToNull(row.get("role")) : null;
      Person person = new Person(row.get("name"), List.copyOf(codes), role);
      List<String> forms = new ArrayList<>();
      forms.add(row.get("name"));
      for (String variant : row.get("variants").split("\\|")) {
        forms.add(variant);
      }
      for (String form : forms) {
        String key = NameKeys.of(form);
        if (key.contains(" ")) {
          byFullKey.put(key, person);
        } else if (!key.isEmpty() && !form.equals(row.get("name"))) {
          // Only surnames the dictionary lists as variants of their own, and only when unambiguous.
          Person other = bySurname.get(key);
          bySurname.put(key, bySurname.containsKey(key) && (other == null || !other.name().equals(person.name())) ? null : person);
        }
      }
    }
  }

  /**
   * The person whose full name has the same key as {@code name}, or, for a single word, the one
   * person the dictionaries list under that surname; null when unknown or ambiguous.
   */
  Person lookup(String name) {
    String key = NameKeys.of(name);
    return key.contains(" ") ? byFullKey.get(key) : bySurname.get(key);
  }

  private static LocalDate date(String text) {
    return text == null ? null : LocalDate.parse(text);
  }

  private static String emptyToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
