// SPDX-License-Identifier: GPL-3.0-or-later
package org.vigie.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TsvTest {

    private static Tsv.Table parse(String text) throws Exception {
        return Tsv.parse("/test.tsv", new BufferedReader(new StringReader(text)));
    }

    @Test
    void readsCommentsHeaderAndRowsKeepingEmptyTrailingColumns() throws Exception {
        Tsv.Table table = parse("# Source: test. Licence: none\n#second\na\tb\tc\nx\t\t\n\ny\tz\tw\n");
        assertThat(table.comments()).containsExactly("Source: test. Licence: none", "second");
        assertThat(table.columns()).containsExactly("a", "b", "c");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).get("a")).isEqualTo("x");
        assertThat(table.rows().get(0).get("c")).isEmpty();
        assertThat(table.rows().get(1).line()).isEqualTo(6);
    }

    @Test
    void rejectsAMissingCommentHeader() {
        assertThatThrownBy(() -> parse("a\tb\nx\ty\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/test.tsv").hasMessageContaining("'#'");
    }

    @Test
    void rejectsARowWithTheWrongNumberOfColumns() {
        assertThatThrownBy(() -> parse("# licence\na\tb\nx\ty\tz\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/test.tsv:3");
    }

    @Test
    void rejectsAFileWithoutColumnHeader() {
        assertThatThrownBy(() -> parse("# only a comment\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no column header");
    }

    @Test
    void rejectsAnUnknownColumn() throws Exception {
        Tsv.Row row = parse("# l\na\nx\n").rows().get(0);
        assertThatThrownBy(() -> row.get("b")).isInstanceOf(IllegalStateException.class).hasMessageContaining("'b'");
    }

    @Test
    void missingResourceFailsWithItsName() {
        assertThat(Tsv.exists("/lang/xx/nothing.tsv")).isFalse();
        assertThat(Tsv.exists("/lang/fr/roles.tsv")).isTrue();
        assertThatThrownBy(() -> Tsv.load("/lang/xx/nothing.tsv"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/lang/xx/nothing.tsv");
    }

    @Test
    void rowsAreImmutable() throws Exception {
        Tsv.Table table = parse("# l\na\nx\n");
        assertThatThrownBy(() -> table.rows().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.rows().get(0).values().put("a", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
