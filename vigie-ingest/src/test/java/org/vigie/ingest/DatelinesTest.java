package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {
  // text | place as displayed | place as written | agency name | agency as written ("" = none)
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Téhéran (IP) - Le ministre a parlé.|Téhéran|Téhéran|Iran Press|IP",
      "MOSCOU, 1er octobre (Reuters) - La Russie a dit.|Moscou|MOSCOU|Reuters|Reuters",
      "WASHINGTON (AP) — The president said.|Washington|WASHINGTON|Associated Press|AP",
      "PARIS, 3 mars (AFP) - Le gouvernement a annoncé.|Paris|PARIS|Agence France-Presse|AFP",
      "LONDON, March 3 (Reuters) - Britain said.|London|LONDON|Reuters|Reuters",
      "BEIRUT, Lebanon (AP) — Israeli strikes hit.|Beirut|BEIRUT|Associated Press|AP",
      "KYIV (Reuters) – Ukraine said.|Kyiv|KYIV|Reuters|Reuters",
      "Gaza (AFP) - Le ministère a annoncé.|Gaza|Gaza|Agence France-Presse|AFP",
      "TEL-AVIV (AFP) - Le gouvernement a annoncé.|Tel-Aviv|TEL-AVIV|Agence France-Presse|AFP",
      "RIO DE JANEIRO (EFE) - El presidente dijo.|Rio de Janeiro|RIO DE JANEIRO|Agencia EFE|EFE",
      "  ÉVREUX (AFP) - Le maire a dit.|Évreux|ÉVREUX|Agence France-Presse|AFP",
      "PARIS — Le gouvernement a annoncé.|Paris|PARIS||",
      "New York - The council met.|New York|New York||",
      "(AFP) - Le gouvernement a annoncé.|||Agence France-Presse|AFP",
      "ANKARA (AA) - Türkiye said.|Ankara|ANKARA|Anadolu Agency|AA",
      "PYONGYANG (KPL) - Unknown tag kept.|Pyongyang|PYONGYANG|KPL|KPL",
  })
  void recognises(String text, String place, String placeWritten, String agency, String agencyWritten) {
    Dateline d = Datelines.recognize(text).orElseThrow();
    assertThat(d.place()).isEqualTo(place);
    assertThat(d.agency()).isEqualTo(agency);
    assertThat(d.agencyText()).isEqualTo(agencyWritten);
    if (placeWritten != null) {
      assertThat(text.substring(d.placeStart(), d.placeEnd())).isEqualTo(placeWritten);
    } else {
      assertThat(d.placeStart()).isEqualTo(-1);
    }
    if (agencyWritten != null) {
      assertThat(text.substring(d.agencyStart(), d.agencyEnd())).isEqualTo(agencyWritten);
    }
    assertThat(text.charAt(d.end() - 1)).isIn('-', '–', '—');
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Le ministre iranien des Affaires étrangères a parlé - longuement.",
      "Paris a annoncé lundi que le sommet aurait lieu.",
      "PARIS (France) - the parenthesis is not an agency",
      "Le président (AFP) - lowercase first word is not a place",
      "",
      "   ",
  })
  void doesNotRecognise(String text) {
    assertThat(Datelines.recognize(text)).isEmpty();
  }
}
