package org.vigie.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.vigie.model.Diagnostic;

/**
 * Turns the bytes of a plain-text article into the text that all offsets refer to.
 *
 * <p>Order of decisions: a UTF-8, UTF-16LE or UTF-16BE byte-order mark is honoured and stripped;
 * otherwise the bytes are decoded as strict UTF-8 when they are valid UTF-8; otherwise as
 * windows-1252 (a superset of Latin-1 for printable text) with a {@code warn.charset} diagnostic.
 * Line endings are kept exactly as decoded. UTF-16 without a byte-order mark is not guessed: its NUL
 * bytes make it look binary, and it is reported as such.
 *
 * <p>Failures (the text is then empty): {@code error.binary} for NUL bytes or more than
 * {@value #MAX_CONTROL_SHARE_PERCENT}% control characters (other than tab, CR, LF, form feed);
 * {@code error.empty} for empty or whitespace-only input. Never throws on bad bytes.
 */
public final class TextDecoder {
  /** Share of control characters above which a text is taken for binary data. */
  static final int MAX_CONTROL_SHARE_PERCENT = 5;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** What decoding gave: the text (empty on failure), the charset used and any diagnostics. */
  public record Decoded(String text, String charset, List<Diagnostic> diagnostics) {
    public Decoded {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean failed() {
      return diagnostics.stream().anyMatch(Diagnostic::isFailure);
    }
  }

  private TextDecoder() {
  }

  /**
   * Decodes {@code bytes}; {@code name} (usually the file name) starts every diagnostic message.
   */
  public static Decoded decode(byte[] bytes, String name) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    String text;
    String charset;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      charset = "UTF-8";
      text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = "UTF-16LE";
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = "UTF-16BE";
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    } else {
      if (containsNul(bytes)) {
        return failure(name, "binary data (NUL bytes)", "error.binary");
      }
      String utf8 = strictUtf8(bytes);
      if (utf8 != null) {
        charset = "UTF-8";
        text = utf8;
      } else {
        charset = "windows-1252";
        text = new String(bytes, WINDOWS_1252);
        diagnostics.add(Diagnostic.of("warn.charset", name + ": not valid UTF-8, decoded as windows-1252"));
      }
    }
    if (looksBinary(text)) {
      return failure(name, "binary data (control characters)", "error.binary");
    }
    if (text.isBlank()) {
      return failure(name, "empty input", "error.empty");
    }
    return new Decoded(text, charset, diagnostics);
  }

  /** The diagnostic for a text (from JSON, say) that is empty or only whitespace, or null. */
  static Diagnostic checkEmpty(String text, String name) {
    return text == null || text.isBlank() ? Diagnostic.of("error.empty", name + ": empty input") : null;
  }

  private static Decoded failure(String name, String problem, String code) {
    return new Decoded("", null, List.of(Diagnostic.of(code, name + ": " + problem)));
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Looks at the first 64k characters: enough to tell, and bounded for huge inputs. */
  static boolean looksBinary(String text) {
    int n = Math.min(text.length(), 65_536);
    int control = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      boolean isControl = (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f')
          || c == 0x7F || (c >= 0x80 && c < 0xA0);
      if (isControl) {
        control++;
      }
    }
    return n > 0 && control * 100L > (long) n * MAX_CONTROL_SHARE_PERCENT;
  }
}
