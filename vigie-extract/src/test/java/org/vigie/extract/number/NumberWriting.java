package org.vigie.extract.number;

/**
 * Writes whole numbers as journalists do, for the property tests: digits grouped by thousands,
 * French words (with "et un", "soixante-dix", "quatre-vingts", plural "cents") and English words.
 * Written independently of the reader so that each checks the other.
 */
final class NumberWriting {
  private static final String[] FR_UNITS = {"", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
      "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"};
  private static final String[] FR_TENS = {"", "", "vingt", "trente", "quarante", "cinquante", "soixante"};
  private static final String[] EN_SMALL = {"", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen"};
  private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
      "eighty", "ninety"};

  private NumberWriting() {
  }

  /** {@code n} in digits, groups of three apart by {@code separator} ("" for none). */
  static String grouped(long n, String separator) {
    String digits = Long.toString(n);
    StringBuilder out = new StringBuilder();
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      out.append(separator).append(digits, i, i + 3);
    }
    return out.toString();
  }

  /** {@code n} (1 to 10^12 - 1) in French words. */
  static String french(long n) {
    StringBuilder out = new StringBuilder();
    long milliards = n / 1_000_000_000L;
    long millions = n / 1_000_000L % 1000;
    long thousands = n / 1000 % 1000;
    long rest = n % 1000;
    if (milliards > 0) {
      out.append(frenchBelow1000(milliards, false)).append(milliards > 1 ? " milliards" : " milliard");
    }
    if (millions > 0) {
      space(out).append(frenchBelow1000(millions, false)).append(millions > 1 ? " millions" : " million");
    }
    if (thousands > 0) {
      space(out).append(thousands == 1 ? "mille" : frenchBelow1000(thousands, true) + " mille");
    }
    if (rest > 0) {
      space(out).append(frenchBelow1000(rest, false));
    }
    return out.toString();
  }

  private static String frenchBelow1000(long n, boolean beforeMille) {
    long hundreds = n / 100;
    long rest = n % 100;
    StringBuilder out = new StringBuilder();
    if (hundreds == 1) {
      out.append("cent");
    } else if (hundreds > 1) {
      out.append(FR_UNITS[(int) hundreds]).append(" cent");
      if (rest == 0 && !beforeMille) {
        out.append('s');
      }
    }
    if (rest > 0) {
      space(out).append(frenchBelow100((int) rest, beforeMille));
    }
    return out.toString();
  }

  private static String frenchBelow100(int n, boolean beforeMille) {
    if (n <= 16) {
      return FR_UNITS[n];
    }
    if (n < 20) {
      return "dix-" + FR_UNITS[n - 10];
    }
    if (n < 70) {
      int unit = n % 10;
      String tens = FR_TENS[n / 10];
      return unit == 0 ? tens : unit == 1 ? tens + " et un" : tens + "-" + FR_UNITS[unit];
    }
    if (n < 80) {
      return n == 71 ? "soixante et onze" : "soixante-" + frenchBelow100(n - 60, false);
    }
    if (n == 80) {
      return beforeMille ? "quatre-vingt" : "quatre-vingts";
    }
    return "quatre-vingt-" + frenchBelow100(n - 80, false);
  }

  /** {@code n} (1 to 10^12 - 1) in English words, with "and" after hundreds when {@code and}. */
  static String english(long n, boolean and) {
    StringBuilder out = new StringBuilder();
    long billions = n / 1_000_000_000L;
    long millions = n / 1_000_000L % 1000;
    long thousands = n / 1000 % 1000;
    long rest = n % 1000;
    if (billions > 0) {
      out.append(englishBelow1000(billions, and)).append(" billion");
    }
    if (millions > 0) {
      space(out).append(englishBelow1000(millions, and)).append(" million");
    }
    if (thousands > 0) {
      space(out).append(englishBelow1000(thousands, and)).append(" thousand");
    }
    if (rest > 0) {
      space(out).append(englishBelow1000(rest, and));
    }
    return out.toString();
  }

  private static String englishBelow1000(long n, boolean and) {
    long hundreds = n / 100;
    int rest = (int) (n % 100);
    StringBuilder out = new StringBuilder();
    if (hundreds > 0) {
      out.append(EN_SMALL[(int) hundreds]).append(" hundred");
      if (rest > 0 && and) {
        out.append(" and");
      }
    }
    if (rest > 0) {
      String below = rest < 20 ? EN_SMALL[rest]
          : rest % 10 == 0 ? EN_TENS[rest / 10] : EN_TENS[rest / 10] + "-" + EN_SMALL[rest % 10];
      space(out).append(below);
    }
    return out.toString();
  }

  private static StringBuilder space(StringBuilder out) {
    if (out.length() > 0) {
      out.append(' ');
    }
    return out;
  }
}
