// SPDX-License-Identifier: GPL-3.0-or-later
package org.vigie.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spot checks of the generated gazetteers: entries a user would notice if they were missing or wrong. */
class GazetteerContentTest {

    private static Optional<Tsv.Row> find(String resource, String form) {
        List<Tsv.Row> rows = Tsv.rows(resource);
        return rows.stream().filter(r -> r.get("form").equals(form)).findFirst();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} ({3})")
    @CsvSource(delimiter = '|', value = {
        "fr|américains|USA|demonym",
        "fr|américaine|USA|demonym",
        "fr|israéliennes|ISR|demonym",
        "fr|russes|RUS|demonym",
        "fr|Russie|RUS|name",
        "fr|États-Unis|USA|name",
        "fr|Etats-Unis|USA|name",
        "fr|Amérique|USA|name",
        "fr|République islamique d'Iran|IRN|name",
        "fr|République islamique de l'Iran|IRN|name",
        "fr|Grande-Bretagne|GBR|name",
        "fr|palestiniens|PSE|demonym",
        "fr|nationaux|---|absent",
        "en|Russia|RUS|name",
        "en|US|USA|name",
        "en|U.S.|USA|name",
        "en|Britain|GBR|name",
        "en|Iran|IRN|name",
        "en|americans|USA|demonym",
        "en|israelis|ISR|demonym",
        "en|Turkey|TUR|name",
    })
    void countries(String lang, String form, String iso3, String kind) {
        Optional<Tsv.Row> row = find("/lang/" + lang + "/countries.tsv", form);
        if (kind.equals("absent")) {
            assertThat(row).isEmpty();
            return;
        }
        assertThat(row).as(form).isPresent();
        assertThat(row.get().get("iso3")).isEqualTo(iso3);
        assertThat(row.get().get("kind")).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} {3} ({4})")
    @CsvSource(delimiter = '|', value = {
        "fr|Moscou|Moscow|RUS|capital",
        "fr|Téhéran|Tehran|IRN|capital",
        "fr|Pékin|Beijing|CHN|capital",
        "fr|Le Caire|Cairo|EGY|capital",
        "fr|Gaza|Gaza Strip|PSE|region",
        "fr|Cisjordanie|West Bank|PSE|region",
        "fr|gazaouis|Gaza Strip|PSE|inhabitants",
        "fr|moscovites|Moscow|RUS|inhabitants",
        "en|Moscow|Moscow|RUS|capital",
        "en|Gaza Strip|Gaza Strip|PSE|region",
        "en|gazans|Gaza Strip|PSE|inhabitants",
        "en|Kyiv|Kyiv|UKR|capital",
    })
    void places(String lang, String form, String nameEn, String iso3, String kind) {
        Optional<Tsv.Row> row = find("/lang/" + lang + "/places.tsv", form);
        assertThat(row).as(form).isPresent();
        assertThat(row.get().get("name_en")).isEqualTo(nameEn);
        assertThat(row.get().get("iso3")).isEqualTo(iso3);
        assertThat(row.get().get("kind")).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "fr|ministre des affaires étrangères|minister of foreign affairs|GOV|PERSON",
        "fr|ministre des Affaires étrangères|minister of foreign affairs|GOV|PERSON",
        "fr|chef de la diplomatie|minister of foreign affairs|GOV|PERSON",
        "fr|manifestants|protester|OPP|GROUP",
        "fr|ministère de la Santé|ministry of health|GOV|ORGANIZATION",
        "en|foreign minister|minister of foreign affairs|GOV|PERSON",
        "en|top diplomat|minister of foreign affairs|GOV|PERSON",
        "en|soldiers|soldier|MIL|GROUP",
        "en|journalist|journalist|MED|PERSON",
    })
    void roles(String lang, String form, String role, String sector, String type) {
        Optional<Tsv.Row> row = find("/lang/" + lang + "/roles.tsv", form);
        assertThat(row).as(form).isPresent();
        assertThat(row.get().get("role_en")).isEqualTo(role);
        assertThat(row.get().get("sector")).isEqualTo(sector);
        assertThat(row.get().get("type")).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "fr|ONU|IGOUNO", "fr|Conseil de sécurité|IGOUNO", "fr|OTAN|IGONAT", "fr|Hamas|PSEREBHMS",
        "en|UN Security Council|IGOUNO", "en|European Union|IGOEEC", "en|Hezbollah|LBNREB",
    })
    void organizations(String lang, String form, String actor) {
        Optional<Tsv.Row> row = find("/lang/" + lang + "/organizations.tsv", form);
        assertThat(row).as(form).isPresent();
        assertThat(row.get().get("actor")).isEqualTo(actor);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sergey Lavrov|Lavrov|RUSGOV@2004-03-09-",
        "Vladimir Putin|Putin|RUSGOV@2008-05-08-",
    })
    void persons(String name, String variant, String code) {
        Optional<Tsv.Row> row = Tsv.rows("/lang/common/persons.tsv").stream()
                .filter(r -> r.get("name").equals(name)).findFirst();
        assertThat(row).as(name).isPresent();
        assertThat(row.get().get("variants").split("\\|")).contains(variant);
        assertThat(row.get().get("codes").split(";")).contains(code);
    }
}
