// SPDX-License-Identifier: GPL-3.0-or-later
package org.vigie.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads Vigie's tab-separated language resources from the classpath.
 *
 * <p>Format (UTF-8): one or more leading comment lines starting with {@code #} that name the
 * source and licence of the data, then exactly one header row of column names, then data rows.
 * Fields are separated by a tab, never quoted; empty fields (also trailing ones) are kept. Blank
 * lines are ignored. A malformed resource is a programmer or packaging error, so every problem
 * fails fast with an {@link IllegalStateException} that names the resource and the line.
 */
public final class Tsv {

    private Tsv() {
    }

    /** One data row: values by column name, plus where it came from (for error messages). */
    public record Row(String resource, int line, Map<String, String> values) {

        public Row {
            Objects.requireNonNull(resource, "resource");
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** The value of {@code column} (never null; empty string for an empty field). */
        public String get(String column) {
            String value = values.get(column);
            if (value == null) {
                throw new IllegalStateException(
                        resource + ": no column '" + column + "' (columns: " + values.keySet() + ")");
            }
            return value;
        }
    }

    /** A whole resource: its comment lines (without {@code #}), its columns and its rows. */
    public record Table(String resource, List<String> comments, List<String> columns, List<Row> rows) {

        public Table {
            comments = List.copyOf(comments);
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** Whether {@code resource} (absolute classpath path, e.g. {@code /lang/fr/roles.tsv}) exists. */
    public static boolean exists(String resource) {
        return Tsv.class.getResource(absolute(resource)) != null;
    }

    /** The rows of {@code resource}; see {@link #load(String)}. */
    public static List<Row> rows(String resource) {
        return load(resource).rows();
    }

    /**
     * Loads {@code resource} from the classpath.
     *
     * @throws IllegalStateException when the resource is missing or unreadable, lacks the leading
     *     {@code #} comment header or the column header, or has a row with the wrong number of columns
     */
    public static Table load(String resource) {
        String path = absolute(resource);
        InputStream in = Tsv.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + ": resource not found on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(path, reader);
        } catch (IOException e) {
            throw new IllegalStateException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static Table parse(String resource, BufferedReader reader) throws IOException {
        List<String> comments = new ArrayList<>();
        List<String> columns = null;
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (columns == null && line.startsWith("#")) {
                comments.add(line.substring(1).strip());
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (columns == null) {
                if (comments.isEmpty()) {
                    throw new IllegalStateException(resource
                            + ": missing '#' comment header (source and licence) before the column header");
                }
                columns = List.of(fields);
                continue;
            }
            if (fields.length != columns.size()) {
                throw new IllegalStateException(resource + ":" + number + ": expected " + columns.size()
                        + " columns " + columns + " but found " + fields.length + ": " + line);
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < fields.length; i++) {
                values.put(columns.get(i), fields[i]);
            }
            rows.add(new Row(resource, number, values));
        }
        if (columns == null) {
            throw new IllegalStateException(resource + ": no column header row");
        }
        return new Table(resource, comments, columns, rows);
    }

    private static String absolute(String resource) {
        Objects.requireNonNull(resource, "resource");
        return resource.startsWith("/") ? resource : "/" + resource;
    }
}
