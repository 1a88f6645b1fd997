// SPDX-License-Identifier: GPL-3.0-or-later
package org.vigie.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lints every {@code .tsv} resource under {@code lang/}: comment header naming source and licence,
 * one header row, consistent columns (checked by {@link Tsv}), no duplicate keys, known codes.
 * Files added later (for instance {@code lang/common/agencies.tsv}) are linted by the same generic
 * checks without editing this test.
 */
class ResourceLintTest {

    /** Key columns per file name; a file not listed here must not repeat a whole row. */
    private static final Map<String, List<String>> KEYS = Map.of(
            "common/countries.tsv", List.of("iso3"),
            "common/cameo_roles.tsv", List.of("code"),
            "common/persons.tsv", List.of("name"),
            "countries.tsv", List.of("form"),
            "places.tsv", List.of("form"),
            "organizations.tsv", List.of("form"),
            "roles.tsv", List.of("form"),
            "relational.tsv", List.of("form"),
            "generic_heads.tsv", List.of("form"));

    /** Allowed values of enumerated columns, by file name. */
    private static final Map<String, Map<String, Set<String>>> ENUMS = Map.of(
            "countries.tsv", Map.of("kind", Set.of("name", "demonym")),
            "places.tsv", Map.of("kind", Set.of("capital", "city", "region", "inhabitants")),
            "organizations.tsv", Map.of("type", Set.of("ORGANIZATION", "GROUP")),
            "roles.tsv", Map.of("type", Set.of("PERSON", "ORGANIZATION", "GROUP")));

    /** Columns whose values must not carry surrounding spaces (other columns may, e.g. a replacement " "). */
    private static final Set<String> TRIMMED = Set.of("form", "name", "name_en", "iso3", "country", "sector",
            "subsector", "actor", "code", "kind", "type", "role_en", "relation", "variants", "codes");

    private static final Set<String> ACTOR_PREFIXES = Set.of("IGO", "NGO", "NGM", "MNC", "IMG", "INT", "UIS");
    private static final Pattern PERSON_CODE = Pattern.compile(
            "[A-Z]{3,}(@(\\d{4}-\\d{2}-\\d{2})?-(\\d{4}-\\d{2}-\\d{2})?)?");

    static Path langRoot() throws URISyntaxException {
        URL url = Tsv.class.getResource("/lang/common/countries.tsv");
        assertThat(url).as("lang/common/countries.tsv on the test classpath").isNotNull();
        return Paths.get(url.toURI()).getParent().getParent();
    }

    static List<String> resources() throws IOException, URISyntaxException {
        Path root = langRoot();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".tsv"))
                    .map(p -> "/lang/" + root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static Set<String> column(String resource, String column) {
        return Tsv.rows(resource).stream().map(r -> r.get(column)).collect(Collectors.toSet());
    }

    @Test
    void findsTheExpectedResources() throws Exception {
        assertThat(resources()).contains(
                "/lang/common/countries.tsv", "/lang/common/cameo_roles.tsv", "/lang/common/persons.tsv",
                "/lang/fr/countries.tsv", "/lang/en/countries.tsv", "/lang/fr/places.tsv", "/lang/en/places.tsv",
                "/lang/fr/organizations.tsv", "/lang/en/organizations.tsv", "/lang/fr/roles.tsv",
                "/lang/en/roles.tsv", "/lang/fr/relational.tsv", "/lang/en/relational.tsv",
                "/lang/fr/generic_heads.tsv", "/lang/en/generic_heads.tsv");
    }

    @ParameterizedTest
    @MethodSource("resources")
    void lint(String resource) {
        Tsv.Table table = Tsv.load(resource); // fails on a missing header or a wrong column count
        String name = resource.substring("/lang/".length());
        String base = name.substring(name.lastIndexOf('/') + 1);
        List<String> problems = new ArrayList<>();

        String header = String.join("\n", table.comments()).toLowerCase(Locale.ROOT);
        if (!header.contains("licen")) {
            problems.add("comment header does not name a licence");
        }
        if (table.comments().stream().allMatch(String::isBlank)) {
            problems.add("comment header is empty (must name the source)");
        }
        if (table.columns().stream().anyMatch(String::isBlank)
                || new HashSet<>(table.columns()).size() != table.columns().size()) {
            problems.add("blank or repeated column name in " + table.columns());
        }
        if (table.rows().isEmpty()) {
            problems.add("no data rows");
        }

        List<String> key = KEYS.getOrDefault(name, KEYS.getOrDefault(base, table.columns()));
        Set<String> iso3 = column("/lang/common/countries.tsv", "iso3");
        Set<String> roles = column("/lang/common/cameo_roles.tsv", "code");
        Map<String, Set<String>> enums = ENUMS.getOrDefault(base, Map.of());
        Map<String, Integer> seen = new HashMap<>();
        for (Tsv.Row row : table.rows()) {
            String where = "line " + row.line() + ": ";
            String k = key.stream().map(row::get).collect(Collectors.joining("\t"));
            Integer first = seen.putIfAbsent(k, row.line());
            if (first != null) {
                problems.add(where + "duplicate key " + key + "=" + k + " (first at line " + first + ")");
            }
            for (String col : table.columns()) {
                String v = row.get(col);
                if (TRIMMED.contains(col) && !v.equals(v.strip())) {
                    problems.add(where + col + " has surrounding spaces: '" + v + "'");
                }
                switch (col) {
                    case "iso3", "country" -> {
                        if (!v.isEmpty() && !iso3.contains(v)) {
                            problems.add(where + "unknown " + col + " '" + v + "'");
                        }
                    }
                    case "sector", "subsector" -> {
                        if (!v.isEmpty() && !roles.contains(v)) {
                            problems.add(where + "unknown CAMEO role code in " + col + ": '" + v + "'");
                        }
                    }
                    case "actor" -> {
                        String prefix = v.length() >= 3 ? v.substring(0, 3) : v;
                        if (!v.matches("[A-Z]{3,}") || !(iso3.contains(prefix) || ACTOR_PREFIXES.contains(prefix))) {
                            problems.add(where + "actor code '" + v + "' does not start with an iso3 or "
                                    + ACTOR_PREFIXES);
                        }
                    }
                    case "lat", "lon" -> {
                        if (!v.isEmpty()) {
                            try {
                                double d = Double.parseDouble(v);
                                if (Math.abs(d) > (col.equals("lat") ? 90 : 180)) {
                                    problems.add(where + col + " out of range: " + v);
                                }
                            } catch (NumberFormatException e) {
                                problems.add(where + col + " is not a number: '" + v + "'");
                            }
                        }
                    }
                    case "codes" -> {
                        for (String code : v.split(";", -1)) {
                            if (!v.isEmpty() && !PERSON_CODE.matcher(code).matches()) {
                                problems.add(where + "malformed code '" + code + "'");
                            }
                        }
                    }
                    default -> {
                    }
                }
                Set<String> allowed = enums.get(col);
                if (allowed != null && !allowed.contains(v)) {
                    problems.add(where + col + " '" + v + "' not in " + allowed);
                }
            }
            if (row.values().containsKey("form") && row.get("form").isEmpty()) {
                problems.add(where + "empty form");
            }
            boolean lowerCaseKind = base.equals("countries.tsv") && row.values().containsKey("kind")
                    && row.get("kind").equals("demonym")
                    || base.equals("places.tsv") && row.get("kind").equals("inhabitants");
            if (lowerCaseKind && !row.get("form").equals(row.get("form").toLowerCase(Locale.ROOT))) {
                problems.add(where + "demonym not lower case: '" + row.get("form") + "'");
            }
        }
        assertThat(problems).as(resource).isEmpty();
    }
}
