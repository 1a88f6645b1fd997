package org.vigie.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IobDecoderTest {
  private static List<TypedSpan> decode(String tags) {
    return IobDecoder.decode(List.of(tags.split(" ")));
  }

  @Test
  void iob2OpensEveryEntityWithB() {
    // Jacques/B-PER Chirac/I-PER visite/O Berlin/B-LOC et/O Bonn/B-LOC
    assertThat(decode("B-PER I-PER O B-LOC O B-LOC"))
        .containsExactly(new TypedSpan(0, 2, "PER"), new TypedSpan(3, 4, "LOC"), new TypedSpan(5, 6, "LOC"));
  }

  @Test
  void iob2AdjacentEntitiesOfOneTypeAreTwo() {
    // B-LOC B-LOC: "Paris Berlin" is two places
    assertThat(decode("B-LOC B-LOC I-LOC"))
        .containsExactly(new TypedSpan(0, 1, "LOC"), new TypedSpan(1, 3, "LOC"));
  }

  @Test
  void iob2TypeChangeInsideARunStartsANewEntity() {
    assertThat(decode("B-ORG I-ORG I-PER"))
        .containsExactly(new TypedSpan(0, 2, "ORG"), new TypedSpan(2, 3, "PER"));
  }

  @Test
  void iob1OpensEntitiesWithI() {
    // Peter/I-PER Blackburn/I-PER of/O EU/I-ORG
    assertThat(decode("I-PER I-PER O I-ORG"))
        .containsExactly(new TypedSpan(0, 2, "PER"), new TypedSpan(3, 4, "ORG"));
  }

  @Test
  void iob1BSplitsAdjacentEntitiesOfOneType() {
    // Rome/I-LOC Paris/I-LOC Berlin/B-LOC Bonn/I-LOC: "Rome Paris" then "Berlin Bonn"
    assertThat(decode("I-LOC I-LOC B-LOC I-LOC"))
        .containsExactly(new TypedSpan(0, 2, "LOC"), new TypedSpan(2, 4, "LOC"));
  }

  @Test
  void iob1AdjacentEntitiesOfDifferentTypesNeedNoB() {
    // German/I-MISC Chancellor... : I-MISC I-PER is two entities
    assertThat(decode("I-MISC I-PER I-PER"))
        .containsExactly(new TypedSpan(0, 1, "MISC"), new TypedSpan(1, 3, "PER"));
  }

  @Test
  void entityAtSentenceEndIsClosed() {
    assertThat(decode("O O I-LOC")).containsExactly(new TypedSpan(2, 3, "LOC"));
  }

  @Test
  void allOutsideGivesNothing() {
    assertThat(decode("O O O")).isEmpty();
    assertThat(IobDecoder.decode(List.of())).isEmpty();
  }

  @Test
  void unknownTagIsRejectedWithItsPosition() {
    assertThatThrownBy(() -> decode("O S-PER"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token 1")
        .hasMessageContaining("S-PER");
    assertThatThrownBy(() -> decode("B-")).isInstanceOf(IllegalArgumentException.class);
  }
}
