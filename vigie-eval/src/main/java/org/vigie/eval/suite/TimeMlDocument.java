package org.vigie.eval.suite;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One TimeML document (TimeBank, TempEval-3, French TimeBank): the plain text of its {@code TEXT}
 * element, its creation time (the {@code TIMEX3} with {@code functionInDocument="CREATION_TIME"}),
 * and its gold {@code TIMEX3} with offsets into that text. Read at run time from the shared folder;
 * no TimeML text is kept in the repository.
 *
 * @param id the file name without {@code .tml}
 * @param text the characters of {@code TEXT}, tags removed
 * @param creationTime the document creation time (first ten characters of its value), or null
 * @param timexes the gold expressions of {@code TEXT}, creation time excluded
 */
public record TimeMlDocument(String id, String text, LocalDate creationTime, List<GoldTimex> timexes) {

  /** A gold TIMEX3: half-open offsets into the text, its words, type and value. */
  public record GoldTimex(int start, int end, String text, String type, String value) {
  }

  public TimeMlDocument {
    timexes = List.copyOf(timexes);
  }

  /**
   * Reads {@code file}.
   *
   * @throws UncheckedIOException when the file cannot be read or is not well-formed XML
   */
  public static TimeMlDocument read(Path file) {
    String xml;
    try {
      xml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    String name = file.getFileName().toString();
    String id = name.endsWith(".tml") ? name.substring(0, name.length() - 4) : name;
    try {
      return parse(id, xml);
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(file + ": not well-formed TimeML: " + e.getMessage(), new IOException(e));
    }
  }

  static TimeMlDocument parse(String id, String xml) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
    StringBuilder text = new StringBuilder();
    List<GoldTimex> timexes = new ArrayList<>();
    LocalDate creation = null;
    boolean inText = false;
    int timexStart = -1;
    String type = null;
    String value = null;
    boolean timexIsCreation = false;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String element = reader.getLocalName();
        if (element.equals("TEXT")) {
          inText = true;
        } else if (element.equals("TIMEX3")) {
          type = reader.getAttributeValue(null, "type");
          value = reader.getAttributeValue(null, "value");
          timexIsCreation = "CREATION_TIME".equals(reader.getAttributeValue(null, "functionInDocument"));
          if (timexIsCreation && creation == null) {
            creation = date(value);
          }
          timexStart = text.length();
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String element = reader.getLocalName();
        if (element.equals("TEXT")) {
          inText = false;
        } else if (element.equals("TIMEX3")) {
          if (inText && !timexIsCreation && timexStart >= 0 && text.length() > timexStart) {
            timexes.add(new GoldTimex(timexStart, text.length(), text.substring(timexStart), type, value));
          }
          timexStart = -1;
        }
      } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE)) {
        text.append(reader.getText());
      }
    }
    return new TimeMlDocument(id, text.toString(), creation, timexes);
  }

  private static LocalDate date(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
