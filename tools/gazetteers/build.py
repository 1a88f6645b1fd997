#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build Vigie's gazetteer resource files (UTF-8 TSV) from the shared reference data.

Usage (from the repository root):
    python3 tools/gazetteers/build.py [SHARED_DATA_DIR] [OUTPUT_LANG_DIR]

SHARED_DATA_DIR defaults to ../shared/data (relative to the repository root), OUTPUT_LANG_DIR to
vigie-lang/src/main/resources/lang. Standard library only. The output is deterministic: running the
script twice gives byte-identical files. See README.md next to this script for what is generated and
what is hand-written.
"""

import csv
import os
import re
import sys
import unicodedata
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))

LIC_COUNTRIES = "world-countries 5.1.0 (ODbL 1.0) and i18n-iso-countries 7.14.0 (MIT)"
LIC_CAMEO_CC = "CAMEO country codes from CountryInfo.120116 (CC BY-SA 3.0)"
LIC_GEONAMES = "GeoNames cities15000, 2013 snapshot (CC BY 3.0, (c) GeoNames, geonames.org)"
LIC_PETRARCH = "petrarch2 Phoenix dictionaries, openeventdata/petrarch2 @ 676801cd (MIT)"
LIC_CAMEO_MANUAL = "CAMEO manual 1.1b3 (CC BY-NC-SA 3.0)"
LIC_HAND = "hand-written general knowledge in tools/gazetteers/ (GPL-3.0-or-later, part of Vigie)"

# Code used for Kosovo: world-countries writes UNK; Vigie's codes are CAMEO actor codes, and CAMEO
# codes Kosovo KSV (cameo_country_codes.tsv).
ISO3_FIX = {"UNK": "KSV"}

# Common English names as written in news where world-countries' "common" name is unusual.
NAME_EN_FIX = {
    "TUR": "Turkey",
    "USA": "United States",
    "GBR": "United Kingdom",
    "COD": "DR Congo",
    "CZE": "Czechia",
    "PSE": "Palestine",
    "VAT": "Vatican City",
    "SGS": "South Georgia and the South Sandwich Islands",
}

# Two-letter (or punctuated) codes kept as name forms although they are short.
SHORT_NAME_OK = {"US", "U.S.", "UK", "U.K.", "EU"}


def fail(msg):
    sys.stderr.write("build.py: " + msg + "\n")
    sys.exit(1)


def read_tsv(path, header=True):
    """Read a TSV (comment lines starting with # are skipped). Returns list of dicts or lists."""
    rows = []
    cols = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if header and cols is None:
                cols = parts
                continue
            if header:
                if len(parts) != len(cols):
                    fail("%s: expected %d columns, got %d: %r" % (path, len(cols), len(parts), line))
                rows.append(dict(zip(cols, parts)))
            else:
                rows.append(parts)
    return rows


def write_tsv(path, comments, columns, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in comments:
            f.write("# " + c + "\n")
        f.write("\t".join(columns) + "\n")
        for r in rows:
            vals = [str(r[c]) if r.get(c) is not None else "" for c in columns]
            for v in vals:
                if "\t" in v or "\n" in v:
                    fail("%s: tab/newline in value %r" % (path, v))
            f.write("\t".join(vals) + "\n")
    print("wrote %-50s %6d rows" % (os.path.relpath(path, REPO), len(rows)))


def std_comments(what, sources):
    return [
        what,
        "Built by tools/gazetteers/build.py from " + "; ".join(sources) + ".",
        "Licence: data under the licences named above (attribution/share-alike apply); "
        "Vigie as a whole is GPL-3.0-or-later. Do not edit by hand: edit the script or its inputs.",
    ]


def is_latin(s):
    for ch in s:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if "LATIN" not in name:
                return False
    return True


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def fmt_coord(x):
    return ("%.4f" % float(x)).rstrip("0").rstrip(".")


# --------------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------------

def load_countries(data):
    rows = read_tsv(os.path.join(data, "countries", "countries_en_fr.tsv"))
    out = []
    for r in rows:
        iso3 = ISO3_FIX.get(r["cca3"], r["cca3"])
        r = dict(r)
        r["iso3"] = iso3
        r["name_en"] = NAME_EN_FIX.get(iso3, r["name_en_common"])
        r["capitals"] = [c for c in r["capital"].split("|") if c]
        r["priority"] = (2 if r["un_member"] == "True" else 0) + (1 if r["independent"] == "True" else 0)
        out.append(r)
    return out


def fr_plural(word):
    """Plural of a French adjective/noun form (one or more words; inflect each hyphen part's last)."""
    if word.endswith(("s", "x", "z")):
        return word
    if word.endswith("al"):
        return word[:-2] + "aux"
    if word.endswith("eau"):
        return word + "x"
    return word + "s"


def fr_demonym_forms(m, f):
    forms = []
    for w in (m, f):
        w = w.strip().lower()
        if not w or "," in w or " et " in w:
            continue
        forms.append(w)
    if len(forms) == 2:
        m, f = forms
        out = [m, f, fr_plural(m), f + "s" if not f.endswith("s") else f]
    elif forms:
        out = [forms[0], fr_plural(forms[0])]
    else:
        out = []
    seen = []
    for x in out:
        if x not in seen:
            seen.append(x)
    return seen


def en_plural(word):
    if word.endswith(("ese", "ish", "ch", "sh", "ss", "s", "x", "z")):
        return None
    if word.endswith("man") and " " not in word:  # Englishman -> Englishmen
        return word[:-3] + "men"
    return word + "s"


def fr_article_variants(name):
    """'République islamique d'Iran' -> 'République islamique de l'Iran' (X takes the article l')."""
    out = []
    m = re.search(r"\bd['’]\s?(\S.*)$", name)
    if m:
        x = m.group(1)
        head = name[: m.start()]
        if x[:1].isupper() and x.split()[0].split("-")[0] not in FR_NO_ARTICLE:
            out.append(head + "de l'" + x)
    return out


# Country names that take no article in French ("État d'Israël", never "de l'Israël").
FR_NO_ARTICLE = {"Israël", "Oman", "Aruba", "Antigua", "Haïti", "Anguilla", "Andorre"}


EN_MARKERS = {"Republic", "Kingdom", "State", "States", "Islands", "Island", "of", "the", "Federation",
              "Democratic", "People's", "Commonwealth", "Principality", "Sultanate", "Emirates", "Coast",
              "Federated", "United", "Grand", "Duchy", "Territory", "Union", "Holy", "See", "East", "West",
              "North", "South", "Great", "Britain", "Burma", "Persia", "Holland"}


def english_alt(form):
    """world-countries alt_spellings mix native names (Suomi, Prathet...) with English ones:
    keep all-caps abbreviations of 3-5 letters (DRC, DPRK, UAE) and forms with an English word."""
    if re.fullmatch(r"[A-Z]{3,5}", form):
        return True
    return any(w in EN_MARKERS for w in re.split(r"[\s-]+", form))


def acceptable_name(form, lang):
    if not form or "," in form or "(" in form or ")" in form:
        return False
    if not is_latin(form):
        return False
    letters = sum(1 for c in form if c.isalpha())
    if letters <= 2 and form not in SHORT_NAME_OK:
        return False
    if len(form) <= 3 and form.isupper() and form not in SHORT_NAME_OK and lang != "any":
        # bare ISO codes from alt_spellings (e.g. "AF") are dropped; 3-letter upper ones too
        return form in SHORT_NAME_OK
    return True


def resolve(cands, countries_by_iso, prefer):
    """cands: form -> list of (iso3, strength). Return form -> iso3 or None when ambiguous."""
    result = {}
    dropped = []
    for form, lst in cands.items():
        isos = []
        for iso, strength in lst:
            if iso not in isos:
                isos.append(iso)
        if len(isos) == 1:
            result[form] = isos[0]
            continue
        if form in prefer:
            result[form] = prefer[form]
            continue
        # prefer the strongest (name field type), then UN members/independent states
        best = max(lst, key=lambda t: (t[1], countries_by_iso[t[0]]["priority"]))
        ties = [t for t in lst if (t[1], countries_by_iso[t[0]]["priority"]) ==
                (best[1], countries_by_iso[best[0]]["priority"]) and t[0] != best[0]]
        if ties:
            dropped.append((form, isos))
            continue
        result[form] = best[0]
    return result, dropped


def build_countries(data, out, countries):
    cb = {c["iso3"]: c for c in countries}
    # common
    rows = []
    for c in sorted(countries, key=lambda c: c["iso3"]):
        rows.append({"iso3": c["iso3"], "name_en": c["name_en"], "demonym_en": c["demonym_en_m"],
                     "capital_en": c["capitals"][0] if c["capitals"] else "",
                     "lat": fmt_coord(c["lat"]), "lon": fmt_coord(c["lng"])})
    write_tsv(os.path.join(out, "common", "countries.tsv"),
              std_comments("Countries and territories: ISO 3166-1 alpha-3 code, common English name, "
                           "English demonym, capital, approximate centroid. Kosovo uses CAMEO's KSV.", [LIC_COUNTRIES]),
              ["iso3", "name_en", "demonym_en", "capital_en", "lat", "lon"], rows)

    extra = read_tsv(os.path.join(HERE, "countries_extra.tsv"))
    drop = read_tsv(os.path.join(HERE, "countries_drop.tsv"))
    cameo = read_tsv(os.path.join(data, "cameo", "cameo_country_codes.tsv"))
    all_names_lower = set()
    for c in countries:
        for k in ("name_en_common", "name_en_official", "name_fr_common"):
            all_names_lower.add(c[k].lower())
        for n in c["names_en_i18n"].split("|"):
            all_names_lower.add(n.lower())

    for lang in ("fr", "en"):
        names = defaultdict(list)   # form -> [(iso, strength)]
        dems = defaultdict(list)
        prefer = {}
        for c in countries:
            iso = c["iso3"]
            if lang == "fr":
                prim = [c["name_fr_common"]]
                sec = [c["name_fr_official"]] + c["names_fr_i18n"].split("|")
            else:
                prim = [c["name_en"], c["name_en_common"]]
                sec = [c["name_en_official"]] + c["names_en_i18n"].split("|") + \
                      [a for a in c["alt_spellings"].split("|") if english_alt(a)]
            for strength, lst in ((2, prim), (1, sec)):
                for n in lst:
                    n = n.strip()
                    n = re.sub(r"\s+", " ", n.replace("’", "'").replace("d' ", "d'"))
                    if n.startswith("Les états-unis"):
                        n = "États-Unis d'Amérique"
                    variants = [n]
                    if lang == "fr":
                        variants += fr_article_variants(n)
                    for v in list(variants):
                        if v[:1] == "É":
                            variants.append("E" + v[1:])
                        if v.startswith(("The ", "the ")):
                            variants.append(v[4:])
                    for v in variants:
                        if acceptable_name(v, lang):
                            names[v].append((iso, strength))
            if lang == "fr":
                for d in fr_demonym_forms(c["demonym_fr_m"], c["demonym_fr_f"]):
                    dems[d].append((iso, 1))
            else:
                for d in sorted({c["demonym_en_m"].lower(), c["demonym_en_f"].lower()}):
                    if not d or " or " in d:
                        continue
                    dems[d].append((iso, 1))
                    p = en_plural(d)
                    if p:
                        dems[p].append((iso, 1))
        if lang == "en":
            # CAMEO nationality adjectives (clean single-word English adjectives only)
            for r in cameo:
                iso = ISO3_FIX.get(r["iso3"], r["iso3"])
                if iso not in cb:
                    continue
                for w in r["nationality_and_synonyms"].split("|"):
                    w = w.strip()
                    if not re.fullmatch(r"[A-Z]{4,}", w):
                        continue
                    lw = w.lower()
                    if not lw.endswith(("an", "ese", "ish", "i", "ic")) or lw in all_names_lower:
                        continue
                    if lw.endswith(("stan", "stans", "jan", "zan")):
                        continue  # misspelt country names, not adjectives
                    ref = [x.lower() for x in (cb[iso]["name_en"], cb[iso]["demonym_en_m"]) if x]
                    if not any(lw[:4] == x[:4] for x in ref):
                        continue  # local or unrelated names (e.g. "sinitic" for China)
                    dems[lw].append((iso, 0))
                    p = en_plural(lw)
                    if p:
                        dems[p].append((iso, 0))
        for e in extra:
            if e["lang"] != lang:
                continue
            target = names if e["kind"] == "name" else dems
            forms = [e["form"]]
            if e["kind"] == "demonym" and e.get("plural", "") == "auto":
                if lang == "fr":
                    forms = [e["form"], fr_plural(e["form"])]
                else:
                    p = en_plural(e["form"])
                    forms = [e["form"]] + ([p] if p else [])
            for f in forms:
                target[f].append((e["iso3"], 3))
                prefer[f] = e["iso3"]
        drops = {(d["lang"], d["form"]) for d in drop}
        for tbl in (names, dems):
            for f in list(tbl):
                if (lang, f) in drops:
                    del tbl[f]
        rn, dn = resolve(names, cb, prefer)
        rd, dd = resolve(dems, cb, prefer)
        for form, isos in dn + dd:
            print("  %s: ambiguous form %r %s dropped" % (lang, form, isos))
        rows = [{"form": f, "iso3": i, "kind": "name"} for f, i in rn.items()]
        rows += [{"form": f, "iso3": i, "kind": "demonym"} for f, i in rd.items()
                 if len(f.replace(" ", "")) > 2]
        rows.sort(key=lambda r: (r["iso3"], r["kind"] != "name", r["form"]))
        srcs = [LIC_COUNTRIES, LIC_HAND + " (countries_extra.tsv, countries_drop.tsv)"]
        if lang == "en":
            srcs.insert(1, LIC_CAMEO_CC + " (nationality adjectives)")
        write_tsv(os.path.join(out, lang, "countries.tsv"),
                  std_comments("Country name forms (kind=name, case-sensitive) and demonyms "
                               "(kind=demonym, lower case, case-insensitive) in '%s'." % lang, srcs),
                  ["form", "iso3", "kind"], rows)


# --------------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------------

def load_geonames(data):
    cities = []
    with open(os.path.join(data, "cities", "geonames_cities15000.txt"), encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 19:
                continue
            cities.append({"id": p[0], "name": p[1], "ascii": p[2],
                           "alt": [a for a in p[3].split(",") if a],
                           "lat": p[4], "lon": p[5], "code": p[7], "cc": p[8],
                           "pop": int(p[14] or 0)})
    return cities


def build_places(data, out, countries):
    cb2 = {c["cca2"]: c for c in countries}
    cb3 = {c["iso3"]: c for c in countries}
    geo = load_geonames(data)
    excluded = {r["geonameid"] for r in read_tsv(os.path.join(HERE, "cities_exclude.tsv"))}
    stop = defaultdict(set)
    for r in read_tsv(os.path.join(HERE, "places_stopforms.tsv")):
        stop[r["lang"]].add(r["form"])

    # country name forms of each language win over identical city names (Singapore, Djibouti...)
    country_forms = {"fr": set(), "en": set()}
    for lang in ("fr", "en"):
        for r in read_tsv(os.path.join(out, lang, "countries.tsv")):
            if r["kind"] == "name":
                country_forms[lang].add(r["form"])

    selected = OrderedDict()  # geonameid -> (city, kind)
    # capitals named by the countries table, matched to GeoNames in that country
    by_cc = defaultdict(list)
    for g in geo:
        by_cc[g["cc"]].append(g)
    for c in countries:
        for cap in c["capitals"][:1]:
            cands = [g for g in by_cc.get(c["cca2"], [])
                     if cap in (g["name"], g["ascii"]) or cap in g["alt"]]
            if not cands:
                cands = [g for g in by_cc.get(c["cca2"], []) if g["code"] == "PPLC"]
            if cands:
                g = max(cands, key=lambda g: (g["code"] == "PPLC", g["pop"]))
                selected[g["id"]] = (g, "capital")
    for g in geo:
        if g["id"] in selected or g["cc"] not in cb2:
            continue
        if g["code"] == "PPLC":
            selected[g["id"]] = (g, "capital")
        elif g["pop"] >= 150000:
            selected[g["id"]] = (g, "city")
    for gid in excluded:
        selected.pop(gid, None)

    exonyms = defaultdict(list)  # (name_en, iso3) -> forms
    for r in read_tsv(os.path.join(HERE, "cities_fr.tsv")):
        exonyms[(r["name_en"], r["iso3"])].append(r["form_fr"])
    en_extra = defaultdict(list)
    en_pref = {}
    for r in read_tsv(os.path.join(HERE, "cities_en_extra.tsv")):
        en_extra[(r["name_en"], r["iso3"])].append(r["form"])
        if r["preferred"] == "y":
            en_pref[(r["name_en"], r["iso3"])] = r["form"]
    used_exonyms = set()

    regions = read_tsv(os.path.join(HERE, "regions.tsv"))
    towns = read_tsv(os.path.join(HERE, "towns.tsv"))
    inhabitants = read_tsv(os.path.join(HERE, "inhabitants.tsv"))
    coords = {}
    display = {}  # GeoNames name -> English display name

    for lang in ("fr", "en"):
        rows = OrderedDict()

        def add(form, name_en, iso3, kind, lat, lon):
            form = form.strip()
            if not form or form in stop[lang]:
                return
            if kind in ("capital", "city") and form in country_forms[lang]:
                return
            key = form if kind != "inhabitants" else form.lower()
            if key in rows:
                old = rows[key]
                # keep the first (capitals come first), but a capital beats a city, and a hand-written
                # region beats a city of the same name (in news "Gaza" is the Strip)
                if not (old["kind"] == "city" and kind in ("capital", "region")):
                    return
            rows[key] = {"form": form, "name_en": name_en, "iso3": iso3, "kind": kind,
                         "lat": lat, "lon": lon}

        ordered = sorted(selected.values(), key=lambda t: (t[1] != "capital", -t[0]["pop"]))
        for g, kind in ordered:
            iso3 = cb2[g["cc"]]["iso3"]
            extra = en_extra.get((g["name"], iso3), [])
            # name_en: the well-known English form when the GeoNames name is local (Tehrān, Kiev, Milano)
            name_en = en_pref.get((g["name"], iso3)) or re.sub(r"-shi$", "", g["name"])
            if re.search("[āīūēōĀĪŪĒŌşŞ‘’]", name_en):
                # transliteration marks (Allahābād, Xi’an) are not how English news writes names
                name_en = re.sub(r"-shi$", "", g["ascii"]).replace("’", "'")
            lat, lon = fmt_coord(g["lat"]), fmt_coord(g["lon"])
            coords[name_en] = (iso3, lat, lon)
            coords[g["name"]] = (iso3, lat, lon)
            display[g["name"]] = name_en
            if lang == "fr":
                ex = exonyms.get((g["name"], iso3))
                if ex:
                    used_exonyms.add((g["name"], iso3))
                    forms = ex
                else:
                    forms = [g["name"], g["ascii"]]
            else:
                forms = [g["name"], g["ascii"]] + extra
            forms = [re.sub(r"-shi$", "", f) for f in forms]
            for f in forms:
                if f.replace("’", "'") != f:
                    add(f.replace("’", "'"), name_en, iso3, kind, lat, lon)
                add(f, name_en, iso3, kind, lat, lon)
        for r in regions:
            if r["lang"] != lang:
                continue
            add(r["form"], r["name_en"], r["iso3"], "region", r["lat"], r["lon"])
            coords.setdefault(r["name_en"], (r["iso3"], r["lat"], r["lon"]))
        for r in towns:
            if r["lang"] != lang:
                continue
            add(r["form"], r["name_en"], r["iso3"], "city", r["lat"], r["lon"])
            coords.setdefault(r["name_en"], (r["iso3"], r["lat"], r["lon"]))
        for r in inhabitants:
            if r["lang"] != lang:
                continue
            if r["name_en"] not in coords:
                fail("inhabitants.tsv: unknown place %r (not a selected city or region)" % r["name_en"])
            iso3, lat, lon = coords[r["name_en"]]
            add(r["form"].lower(), display.get(r["name_en"], r["name_en"]), iso3, "inhabitants", lat, lon)
        kind_order = {"capital": 0, "city": 1, "region": 2, "inhabitants": 3}
        out_rows = sorted(rows.values(), key=lambda r: (kind_order[r["kind"]], r["iso3"], r["name_en"], r["form"]))
        write_tsv(os.path.join(out, lang, "places.tsv"),
                  std_comments("Places in '%s': national capitals and cities of 1,000,000+ inhabitants "
                               "(case-sensitive forms), regions of political geography, and inhabitants "
                               "(lower-case demonyms of places, case-insensitive)." % lang,
                               [LIC_GEONAMES, LIC_COUNTRIES + " (capitals)",
                                LIC_HAND + " (cities_fr.tsv, cities_en_extra.tsv, regions.tsv, towns.tsv, "
                                "inhabitants.tsv, places_stopforms.tsv, cities_exclude.tsv)"]),
                  ["form", "name_en", "iso3", "kind", "lat", "lon"], out_rows)
    unused = set(exonyms) - used_exonyms
    for u in sorted(unused):
        print("  warning: cities_fr.tsv row not matched to a selected city: %s" % (u,))


# --------------------------------------------------------------------------------------------
# Organizations, roles, relational, generic heads (hand-written + Phoenix agents)
# --------------------------------------------------------------------------------------------

INTERNATIONAL_PREFIXES = ("IGO", "NGO", "IMG", "NGM", "MNC", "INT", "UIS")


def cameo_short_code(code, special_codes, infixes):
    """The CAMEO manual's form of an international actor code.

    The Phoenix dictionaries insert a region or sector between the prefix and the organisation
    (IGO-WST-NAT, IGO-UNO-HLH-WHO); the CAMEO manual writes IGONAT, IGOUNOWHO, and Vigie's scoring
    compares international codes on their first six letters, which only works on the manual's form.
    """
    if not code or not code.startswith(INTERNATIONAL_PREFIXES) or code in special_codes:
        return code
    head, rest = (code[:6], code[6:]) if code.startswith("IGOUNO") else (code[:3], code[3:])
    while len(rest) > 3 and rest[:3] in infixes:
        rest = rest[3:]
    return head + rest


def build_organizations(out, data):
    special = {r["code"] for r in read_tsv(os.path.join(data, "cameo", "cameo_special_org_codes.tsv"))}
    infixes = {r["code"] for r in read_tsv(os.path.join(data, "cameo", "cameo_region_codes.tsv"))}
    infixes |= {r["code"] for r in read_tsv(os.path.join(data, "cameo", "cameo_actor_role_codes.tsv"))}
    for lang in ("fr", "en"):
        rows = [r for r in read_tsv(os.path.join(HERE, "organizations.tsv")) if r["lang"] == lang]
        for r in rows:
            r["actor"] = cameo_short_code(r["actor"], special, infixes)
        write_tsv(os.path.join(out, lang, "organizations.tsv"),
                  std_comments("International organisations and non-state groups named in '%s' news; "
                               "actor = CAMEO actor code." % lang,
                               [LIC_HAND + " (organizations.tsv)",
                                "actor codes from " + LIC_CAMEO_MANUAL + " special codes and " + LIC_PETRARCH]),
                  ["form", "name_en", "actor", "country", "sector", "type"], rows)


ORG_HEADS = {"ministry", "ministries", "army", "armies", "force", "forces", "police", "government",
             "governments", "parliament", "parliaments", "court", "courts", "agency", "agencies",
             "party", "parties", "council", "councils", "committee", "committees", "union", "unions",
             "association", "associations", "company", "companies", "industry", "industries",
             "office", "offices", "department", "departments", "service", "services", "media",
             "press", "newspaper", "newspapers", "cabinet", "cabinets", "administration",
             "administrations", "regime", "regimes", "navy", "navies", "military", "militaries",
             "guard", "commission", "commissions", "assembly", "assemblies", "senate", "senates",
             "congress", "judiciary", "tribunal", "tribunals", "bank", "banks", "business",
             "businesses", "airline", "airlines", "legislature", "legislatures", "opposition",
             "junta", "juntas", "corporation", "corporations", "firm", "firms", "network",
             "networks", "group", "groups", "organization", "organizations", "organisation",
             "organisations", "movement", "movements", "front", "fronts", "brigade", "brigades",
             "battalion", "battalions", "unit", "units", "body", "bodies", "board", "boards",
             "authority", "authorities", "institute", "institutes", "university", "universities",
             "school", "schools", "hospital", "hospitals", "station", "stations", "channel",
             "television", "radio", "agency", "prison", "prisons", "jail", "jails", "gendarmerie",
             "gendarmery", "militia", "militias", "command", "corps", "fleet", "regiment",
             "regiments", "division", "divisions", "squad", "squads", "team", "teams", "club",
             "federation", "federations", "chamber", "chambers", "ngo", "ngos", "charity",
             "charities", "church", "churches", "mosque", "mosques", "sector", "industry",
             "economy", "market", "markets", "exchange", "fund", "funds", "center", "centre",
             "centers", "centres", "bureau", "bureaus", "directorate", "directorates",
             "secretariat", "embassy", "embassies", "consulate", "consulates", "mission", "missions",
             "delegation", "delegations", "leadership", "establishment", "aerospace", "airway",
             "vessel", "ship", "ships", "vessels", "coalition", "coalitions", "alliance", "alliances"}
GROUP_PLURAL_HEADS = {"police", "military", "media", "press", "opposition", "leadership", "people",
                      "men", "women", "personnel", "staff", "clergy", "public", "youth", "crew"}


SINGULAR = {"MINISTERS": "MINISTER", "MINISTRIES": "MINISTRY", "MEN": "MAN", "WOMEN": "WOMAN"}


def parse_agents(path, roles):
    """Parse Phoenix.agents.txt into {form: (role_en, sector, subsector, type)}."""
    subst = {}
    entries = OrderedDict()
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    rx = re.compile(r"^(?P<phrase>[^\[{#]+?)\s*(?:\{(?P<pl>[^}]*)\})?\s*\[(?P<code>[^\]]+)\]")
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#") or line.startswith("<"):
            continue
        m = re.match(r"^!(\w+)!\s*=\s*(.*)$", line)
        if m:
            subst[m.group(1)] = [x.strip() for x in m.group(2).split(",")]
            continue
        m = rx.match(line)
        if not m:
            continue
        code = m.group("code").strip().split()[0]
        if not code.startswith("~"):
            continue  # organisation-type prefixes (NGO~ etc.) are not roles
        code = code[1:]
        sector = code[0:3] if code[0:3] in roles else ""
        sub = code[3:6] if sector and code[3:6] in roles else ""
        if not sector:
            continue  # religion, ethnicity and other non-role codes
        phrase = m.group("phrase").strip()
        no_plural = phrase.endswith("_") or m.group("pl") is not None
        phrase = phrase.strip("_").replace("_", " ")
        irregular = [p.strip().strip("_").replace("_", " ") for p in (m.group("pl") or "").split()
                     if p.strip()]
        # expand substitution sets (!PERSON!): every member, no plural formation.
        # forms: (form, singular form, is_plural, member) -- member is MINISTRY etc. when known
        forms = []
        sm = re.search(r"!(\w+)!", phrase)
        if sm and sm.group(1) in subst:
            for member in subst[sm.group(1)]:
                sing = SINGULAR.get(member, member)
                forms.append((phrase.replace(sm.group(0), member), phrase.replace(sm.group(0), sing),
                              member != sing, sing))
        elif re.search(r"MINIST(\b|$| )", phrase + " "):
            for member in ("MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"):
                sing = SINGULAR.get(member, member)
                forms.append((re.sub(r"MINIST\b", member, phrase), re.sub(r"MINIST\b", sing, phrase),
                              member != sing, sing))
        else:
            forms.append((phrase, phrase, False, ""))
            if not no_plural:
                if phrase.endswith("Y") and not phrase.endswith(("AY", "EY", "OY", "UY")):
                    pl = phrase[:-1] + "IES"
                elif phrase.endswith(("SS", "SH", "CH", "X")):
                    pl = phrase + "ES"
                elif phrase.endswith("S"):
                    pl = None
                else:
                    pl = phrase + "S"
                if pl:
                    forms.append((pl, phrase, True, ""))
            for p in irregular:
                forms.append((p, phrase, True, ""))
        for form, sing, plural, member in forms:
            form = re.sub(r"\s+", " ", form.lower()).strip()
            if "!" in form or len(form) < 3:
                continue
            # the head of "minister of X" is "minister", of "ministry of X" is "ministry"
            words = re.split(r" (?:of|for|to|at|in|on|with|and) ", form)[0].split()
            head = words[-1] if words else form
            if member in ("MINISTRY",) or (head in ORG_HEADS and head not in GROUP_PLURAL_HEADS):
                typ = "ORGANIZATION"
            elif plural or head in GROUP_PLURAL_HEADS:
                typ = "GROUP"
            else:
                typ = "PERSON"
            role = re.sub(r"\s+", " ", sing.lower()).strip()
            if form not in entries:
                entries[form] = (role, sector, sub, typ)
    return entries


def build_roles(data, out, roles):
    agents = parse_agents(os.path.join(data, "cameo", "petrarch2_dictionaries", "Phoenix.agents.txt"), roles)
    for lang in ("fr", "en"):
        hand = read_tsv(os.path.join(HERE, "roles_%s.tsv" % lang))
        rows = OrderedDict()
        for r in hand:
            for col in ("sector", "subsector"):
                if r[col] and r[col] not in roles:
                    fail("roles_%s.tsv: unknown %s %r" % (lang, col, r[col]))
            if r["form"] in rows:
                fail("roles_%s.tsv: duplicate form %r" % (lang, r["form"]))
            rows[r["form"]] = r
        if lang == "fr":
            # "ministre des affaires étrangères" is also written "ministre des Affaires étrangères"
            for r in list(rows.values()):
                m = re.match(r"^(minist(?:re|ère)s? (?:des |de la |de l'|du ))(\w)(.*)$", r["form"])
                if m:
                    v = m.group(1) + m.group(2).upper() + m.group(3)
                    if v not in rows:
                        rows[v] = dict(r, form=v)
        srcs = [LIC_HAND + " (roles_%s.tsv)" % lang, "codes from " + LIC_CAMEO_MANUAL]
        if lang == "en":
            for form, (role, sec, sub, typ) in agents.items():
                if form not in rows:
                    rows[form] = {"form": form, "role_en": role, "sector": sec, "subsector": sub, "type": typ}
            srcs.insert(1, LIC_PETRARCH + ": Phoenix.agents.txt (agent nouns, singular and plural)")
        write_tsv(os.path.join(out, lang, "roles.tsv"),
                  std_comments("Role words in '%s': titles of people (PERSON), bodies (ORGANIZATION) and "
                               "groups of people (GROUP), with CAMEO role codes (sector, subsector)." % lang, srcs),
                  ["form", "role_en", "sector", "subsector", "type"], list(rows.values()))


def build_simple(out, name, columns, what):
    for lang in ("fr", "en"):
        rows = read_tsv(os.path.join(HERE, "%s_%s.tsv" % (name, lang)))
        write_tsv(os.path.join(out, lang, name + ".tsv"),
                  std_comments(what % lang, [LIC_HAND + " (%s_%s.tsv)" % (name, lang)]), columns, rows)


def build_cameo_roles(data, out):
    rows = read_tsv(os.path.join(data, "cameo", "cameo_actor_role_codes.tsv"))
    write_tsv(os.path.join(out, "common", "cameo_roles.tsv"),
              std_comments("CAMEO generic domestic role codes (sector/subsector of actors).",
                           [LIC_CAMEO_MANUAL + " Table 'Generic Domestic Role Codes' via "
                            "shared/data/cameo/cameo_actor_role_codes.tsv"]),
              ["code", "tier", "description"], rows)
    events = read_tsv(os.path.join(data, "cameo", "cameo_event_codebook.tsv"))
    write_tsv(os.path.join(out, "common", "cameo_events.tsv"),
              std_comments("CAMEO event codes with their PLOVER mapping, quad class and Goldstein score.",
                           ["shared/data/cameo/cameo_event_codebook.tsv: labels from " + LIC_CAMEO_MANUAL
                            + ", quad class and Goldstein from the GDELT lookups (published openly by the "
                            "GDELT Project), PLOVER mapping from CAMEO2PLOVER-2021 (CC BY-SA 4.0)"]),
              ["code", "name", "plover", "mode", "quad", "goldstein"],
              [{"code": r["code"], "name": r["name_cameo_manual"] or r["name_gdelt"],
                "plover": r["plover_event"], "mode": r["plover_mode"], "quad": r["quad_class"],
                "goldstein": r["goldstein_gdelt"] or r["goldstein_icews"]} for r in events])
    plover_types = read_tsv(os.path.join(data, "plover", "plover_event_types.tsv"))
    write_tsv(os.path.join(out, "common", "plover_types.tsv"),
              std_comments("The 16 PLOVER event types.",
                           ["shared/data/plover/plover_event_types.tsv from the PLOVER manual (CC BY-SA 4.0)"]),
              ["event", "quad_category"], plover_types)
    plover_modes = read_tsv(os.path.join(data, "plover", "plover_modes.tsv"))
    write_tsv(os.path.join(out, "common", "plover_modes.tsv"),
              std_comments("PLOVER modes of each event type.",
                           ["shared/data/plover/plover_modes.tsv from the PLOVER manual (CC BY-SA 4.0)"]),
              ["event", "mode"], plover_modes)
    regions = read_tsv(os.path.join(data, "cameo", "cameo_region_codes.tsv"))
    write_tsv(os.path.join(out, "common", "cameo_regions.tsv"),
              std_comments("CAMEO international region codes, which the Phoenix dictionaries insert in "
                           "international actor codes (IGO-WST-NAT).",
                           [LIC_CAMEO_MANUAL + " Table 'International Region Codes' via "
                            "shared/data/cameo/cameo_region_codes.tsv"]),
              ["code", "region"], regions)
    return {r["code"] for r in rows}


# --------------------------------------------------------------------------------------------
# Persons (Phoenix.Countries.actors.txt CountryInfo leader entries)
# --------------------------------------------------------------------------------------------

def iso_date(d):
    d = d.strip()
    if len(d) == 6:
        yy = int(d[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        return "%04d-%s-%s" % (year, d[2:4], d[4:6])
    if len(d) == 8:
        return "%s-%s-%s" % (d[:4], d[4:6], d[6:8])
    return None


def parse_restriction(s):
    """'RUSGOV >20040309' -> 'RUSGOV@2004-03-09-'; 'X 700101-990809' -> 'X@1970-01-01/1999-08-09'."""
    parts = s.split(None, 1)
    code = parts[0]
    if len(parts) == 1:
        return code
    r = parts[1].replace(" ", "")
    if r.startswith(">"):
        d = iso_date(r[1:])
        return code + "@" + d + "-" if d else None
    if r.startswith("<"):
        d = iso_date(r[1:])
        return code + "@-" + d if d else None
    m = re.fullmatch(r"(\d{6,8})-(\d{6,8})", r)
    if m:
        a, b = iso_date(m.group(1)), iso_date(m.group(2))
        return code + "@" + a + "-" + b if a and b else None
    return None


TITLE_WORDS = {"PRESIDENT", "PRIME", "MINISTER", "FOREIGN", "AMBASSADOR", "SECRETARY", "GENERAL",
               "KING", "QUEEN", "PRINCE", "PRINCESS", "SHEIKH", "SHEIK", "EMIR", "SULTAN", "CHANCELLOR",
               "DEPUTY", "VICE", "FORMER", "MR.", "MRS.", "MS.", "DR.", "GEN.", "COL.", "LT.",
               "COLONEL", "MARSHAL", "ADMIRAL", "SENATOR", "GOVERNOR", "SPEAKER", "CHAIRMAN",
               "DEFENSE", "DEFENCE", "INTERIOR", "FINANCE", "LEADER", "PREMIER", "CROWN",
               "AYATOLLAH", "POPE", "JUDGE", "JUSTICE", "CHIEF", "COMMANDER", "OPPOSITION",
               "STATE", "OF", "THE", "MINISTRY", "SPOKESMAN", "ENVOY", "REPRESENTATIVE", "ACTING",
               "INTERIM", "TRANSITIONAL", "MAYOR", "BISHOP", "ARCHBISHOP", "CARDINAL", "REV.",
               "SUPREME", "HEAD", "EX", "EX-PRESIDENT", "PM", "FM", "SEN.", "REP.", "GOV.", "PRES."}


def looks_like_demonym_word(w, demonym_words):
    return w in demonym_words


def readable(phrase):
    words = [w for w in re.split(r"[_\s]+", phrase.strip().strip("_")) if w]
    out = []
    for w in words:
        parts = re.split(r"([-'])", w.lower())
        out.append("".join(p[:1].upper() + p[1:] if p not in ("-", "'") else p for p in parts))
    return " ".join(out)


def build_persons(data, out):
    path = os.path.join(data, "cameo", "petrarch2_dictionaries", "Phoenix.Countries.actors.txt")
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    cameo = read_tsv(os.path.join(data, "cameo", "cameo_country_codes.tsv"))
    dem_words = set()
    for r in cameo:
        for w in r["nationality_and_synonyms"].split("|"):
            dem_words.add(w.strip().replace(" ", "_"))
        dem_words.add(r["country_name"])
    persons = OrderedDict()
    cur = None
    for line in lines + [""]:
        if "# CountryInfo.txt" in line and not line.startswith(("\t", "+", "#", " ")):
            head = line.split("#")[0].strip()
            if "[" in head:
                head, rest = head.split("[", 1)
                codes = [parse_restriction(rest.split("]")[0])]
                head = head.strip()
            else:
                codes = []
            cur = {"name": readable(head), "variants": [], "codes": [c for c in codes if c]}
            key = cur["name"]
            if key in persons:
                cur = persons[key]
            else:
                persons[key] = cur
            continue
        if cur is None:
            continue
        s = line.split("#")[0].rstrip()
        if s.startswith("+"):
            words = [w for w in s[1:].strip().strip("_").split("_") if w]
            # strip leading titles and nationality adjectives ("RUSSIAN_FOREIGN_MINISTER_LAVROV")
            while words and (words[0] in TITLE_WORDS or words[0] in dem_words):
                words = words[1:]
            if not words:
                continue
            v = readable("_".join(words))
            if v != cur["name"] and v not in cur["variants"] and len(v) > 2:
                cur["variants"].append(v)
        elif s.startswith("\t") or s.startswith(" ") and "[" in s:
            for m in re.finditer(r"\[([^\]]+)\]", s):
                c = parse_restriction(m.group(1).strip())
                if c and c not in cur["codes"]:
                    cur["codes"].append(c)
        elif s.strip() == "":
            continue
        else:
            cur = None
    rows = [{"name": p["name"], "variants": "|".join(p["variants"]), "codes": ";".join(p["codes"])}
            for p in persons.values() if p["codes"]]
    write_tsv(os.path.join(out, "common", "persons.tsv"),
              std_comments("Political persons (leaders, ministers) with name variants (|-separated, titles "
                           "stripped) and CAMEO codes (;-separated CODE or CODE@start-end, ISO dates, open "
                           "ends empty; two-digit years 00-30 read as 20xx).",
                           [LIC_PETRARCH + ": Phoenix.Countries.actors.txt (generated there from "
                            "CountryInfo.140130, CC BY-SA 3.0)"]),
              ["name", "variants", "codes"], rows)


def main(argv):
    data = argv[1] if len(argv) > 1 else os.path.join(REPO, "..", "shared", "data")
    out = argv[2] if len(argv) > 2 else os.path.join(REPO, "vigie-lang", "src", "main", "resources", "lang")
    data = os.path.normpath(data)
    if not os.path.isdir(data):
        fail("shared data directory not found: %s" % data)
    roles = build_cameo_roles(data, out)
    countries = load_countries(data)
    build_countries(data, out, countries)
    build_places(data, out, countries)
    build_organizations(out, data)
    build_roles(data, out, roles)
    build_simple(out, "relational", ["form", "relation"],
                 "Relational nouns in '%s': the holder of the same role in another country or organisation.")
    build_simple(out, "generic_heads", ["form", "sector"],
                 "Generic head nouns in '%s' that, with a country name or demonym, stand for that country "
                 "or its government (sector = CAMEO role code or empty).")
    build_persons(data, out)


if __name__ == "__main__":
    main(sys.argv)
