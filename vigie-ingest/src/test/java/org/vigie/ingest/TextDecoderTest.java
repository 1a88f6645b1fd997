package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.vigie.model.Diagnostic;

class TextDecoderTest {
  private static final String FR = "Téhéran a déclaré lundi\r\nque l'été serait calme.";

  @Test
  void utf8WithoutBom() {
    TextDecoder.Decoded d = TextDecoder.decode(FR.getBytes(StandardCharsets.UTF_8), "a.txt");
    assertThat(d.text()).isEqualTo(FR); // CRLF kept: offsets refer to the text as decoded
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test
  void utf8BomStripped() {
    byte[] body = FR.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    TextDecoder.Decoded d = TextDecoder.decode(bytes, "a.txt");
    assertThat(d.text()).isEqualTo(FR);
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test
  void utf16LeAndBeBoms() {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, FR.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, FR.getBytes(StandardCharsets.UTF_16BE));
    assertThat(TextDecoder.decode(le, "le.txt").text()).isEqualTo(FR);
    assertThat(TextDecoder.decode(le, "le.txt").charset()).isEqualTo("UTF-16LE");
    assertThat(TextDecoder.decode(be, "be.txt").text()).isEqualTo(FR);
  }

  @Test
  void latin1FallsBackToWindows1252WithWarning() {
    byte[] bytes = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x80, '5'}; // "café €5" in windows-1252
    TextDecoder.Decoded d = TextDecoder.decode(bytes, "latin1.txt");
    assertThat(d.text()).isEqualTo("café €5");
    assertThat(d.failed()).isFalse();
    assertThat(d.diagnostics()).extracting(Diagnostic::code).containsExactly("warn.charset");
    assertThat(d.diagnostics().get(0).message()).contains("latin1.txt").contains("windows-1252");
  }

  @Test
  void emptyAndBlankAreFailures() {
    assertThat(TextDecoder.decode(new byte[0], "empty.txt").diagnostics())
        .containsExactly(Diagnostic.of("error.empty", "empty.txt: empty input"));
    assertThat(TextDecoder.decode(" \n\t\r\n".getBytes(StandardCharsets.UTF_8), "b.txt").failed()).isTrue();
  }

  @Test
  void binaryIsRefused() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    TextDecoder.Decoded d = TextDecoder.decode(png, "image.txt");
    assertThat(d.text()).isEmpty();
    assertThat(d.diagnostics()).extracting(Diagnostic::code).containsExactly("error.binary");
    assertThat(d.diagnostics().get(0).message()).startsWith("image.txt: ").doesNotContain("\n");
  }

  @Test
  void manyControlCharactersWithoutNulAreBinary() {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    assertThat(TextDecoder.decode(bytes, "x.txt").diagnostics()).extracting(Diagnostic::code).containsExactly("error.binary");
  }

  @Test
  void aFewFormFeedsAndTabsAreText() {
    String text = "Page 1\f\tPage 2 suit.";
    assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), "x.txt").text()).isEqualTo(text);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
