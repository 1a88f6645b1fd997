package org.vigie.eval.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** Writes benchmark results for people (aligned text) or for programs (JSON). */
public final class BenchReport {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BenchReport() {
  }

  /** A text report: one block per language. */
  public static String text(List<LanguageResult> results) {
    StringBuilder out = new StringBuilder();
    for (LanguageResult result : results) {
      Throughput vigie = result.vigie();
      out.append(String.format(Locale.ROOT, "== %s: %d articles, %d tokens, %d thread(s), after %d warm-up article(s)%n",
          result.language(), vigie.articles(), vigie.tokens(), result.threads(), result.warmup()));
      out.append(String.format(Locale.ROOT, "Vigie     %s%n", rates(vigie)));
      out.append(String.format(Locale.ROOT, "          per article: median %s, p95 %s, max %s; peak heap %s, GC %d ms%s%n",
          seconds(vigie.medianNanos()), seconds(vigie.p95Nanos()), seconds(vigie.maxNanos()),
          mebibytes(vigie.peakHeapBytes()), vigie.gcMillis(),
          result.failed() == 0 ? "" : "; " + result.failed() + " article(s) failed"));
      out.append("          stage       time      share\n");
      for (StageTimes.Row row : result.stages().rows()) {
        out.append(row.nanos() == null
            ? String.format(Locale.ROOT, "          %-10s %9s%n", row.stage(), "n/a")
            : String.format(Locale.ROOT, "          %-10s %9s %8.1f%%%n", row.stage(), seconds(row.nanos()),
                100 * row.share()));
      }
      if (result.baseline() != null) {
        Throughput base = result.baseline();
        out.append(String.format(Locale.ROOT, "Baseline  %s%n", rates(base)));
        out.append(String.format(Locale.ROOT, "          CoreNLP %s%n", result.baselineSetup()));
        out.append(String.format(Locale.ROOT, "          per article: median %s, p95 %s, max %s; peak heap %s, GC %d ms%n",
            seconds(base.medianNanos()), seconds(base.p95Nanos()), seconds(base.maxNanos()),
            mebibytes(base.peakHeapBytes()), base.gcMillis()));
        out.append(String.format(Locale.ROOT, "Vigie/baseline throughput: %.2f×%n", result.speedup()));
      }
    }
    return out.toString();
  }

  /** A JSON report: an array with one object per language; times in milliseconds, absent stages null. */
  public static String json(List<LanguageResult> results) {
    ArrayNode array = JSON.createArrayNode();
    for (LanguageResult result : results) {
      ObjectNode node = array.addObject();
      node.put("language", result.language());
      node.put("threads", result.threads());
      node.put("warmup", result.warmup());
      node.put("failed", result.failed());
      node.set("vigie", throughput(result.vigie()));
      ObjectNode stages = node.putObject("stages_ms");
      for (StageTimes.Row row : result.stages().rows()) {
        if (row.nanos() == null) {
          stages.putNull(row.stage());
        } else {
          stages.put(row.stage(), millis(row.nanos()));
        }
      }
      if (result.baseline() != null) {
        ObjectNode base = throughput(result.baseline());
        base.put("setup", result.baselineSetup());
        node.set("baseline", base);
        node.put("speedup", round(result.speedup(), 3));
      }
    }
    try {
      return JSON.writeValueAsString(array) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode throughput(Throughput t) {
    ObjectNode node = JSON.createObjectNode();
    node.put("articles", t.articles());
    node.put("tokens", t.tokens());
    node.put("wall_ms", millis(t.wallNanos()));
    node.put("articles_per_s", round(t.articlesPerSecond(), 3));
    node.put("tokens_per_s", round(t.tokensPerSecond(), 1));
    node.put("article_median_ms", millis(t.medianNanos()));
    node.put("article_p95_ms", millis(t.p95Nanos()));
    node.put("article_max_ms", millis(t.maxNanos()));
    node.put("peak_heap_bytes", t.peakHeapBytes());
    node.put("gc_ms", t.gcMillis());
    return node;
  }

  private static String rates(Throughput t) {
    return String.format(Locale.ROOT, "wall %s, %.2f articles/s, %.0f tokens/s (%d tokens)",
        seconds(t.wallNanos()), t.articlesPerSecond(), t.tokensPerSecond(), t.tokens());
  }

  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
  }

  static String mebibytes(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024.0));
  }

  private static double millis(long nanos) {
    return round(nanos / 1e6, 3);
  }

  private static double round(double value, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(value * scale) / scale;
  }
}
