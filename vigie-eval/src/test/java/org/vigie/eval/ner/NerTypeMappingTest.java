package org.vigie.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.model.EntityType;

class NerTypeMappingTest {
  @Test
  void defaultsMapEveryVigieEntityType() {
    for (EntityType type : EntityType.values()) {
      assertThat(NerTypeMapping.defaults().apply(type.name())).as(type.name()).isPresent();
    }
  }

  @Test
  void defaultsFollowTheConllTypes() {
    NerTypeMapping mapping = NerTypeMapping.defaults();
    assertThat(mapping.apply("PERSON")).contains("PER");
    assertThat(mapping.apply("ORGANIZATION")).contains("ORG");
    assertThat(mapping.apply("COUNTRY")).contains("LOC");
    assertThat(mapping.apply("PLACE")).contains("LOC");
    assertThat(mapping.apply("CITY")).contains("LOC");
    assertThat(mapping.apply("LOCATION")).contains("LOC");
    assertThat(mapping.apply("GROUP")).contains("MISC");
    assertThat(mapping.apply("MISC")).contains("MISC");
    assertThat(mapping.apply("LOC")).contains("LOC");
  }

  @Test
  void labelsMatchIgnoringCaseAndUnknownLabelsAreDropped() {
    assertThat(NerTypeMapping.defaults().apply("Person")).contains("PER");
    assertThat(NerTypeMapping.defaults().apply("DATE")).isEmpty();
    assertThat(NerTypeMapping.defaults().apply("TITLE")).isEmpty();
  }

  @Test
  void customMappingReplacesTheDefaults() {
    NerTypeMapping mapping = NerTypeMapping.of(Map.of("GROUP", "ORG"));
    assertThat(mapping.apply("GROUP")).contains("ORG");
    assertThat(mapping.apply("PERSON")).isEmpty();
  }

  @Test
  void blankOrDuplicateEntriesAreRejected() {
    assertThatThrownBy(() -> NerTypeMapping.of(Map.of("PERSON", " "))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NerTypeMapping.of(Map.of("person", "PER", "PERSON", "PER")))
        .hasMessageContaining("mapped twice");
  }
}
