#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build vigie-lang/src/main/resources/lang/en/predicates.tsv (see docs/predicates.md).

Usage (from the repository root):
    python3 tools/lexicon/build_en_predicates.py [SHARED_DATA_DIR]

Reads the hand-written rows of tools/lexicon/en_predicates_input.tsv (lemma, POS, CAMEO code,
argument slots, flags, example) and fills the PLOVER type and mode from the CAMEO codebook's
crosswalk, so that the two cannot disagree. The verbs and their default codes were chosen from
PETRARCH2's verb dictionary CAMEO.2.0.txt; the script reads that dictionary to report which verb
lemmas it lists. Standard library only; the output is deterministic.
"""

import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared", "data")
OUT = os.path.join(REPO, "vigie-lang", "src", "main", "resources", "lang", "en", "predicates.tsv")
INPUT = os.path.join(HERE, "en_predicates_input.tsv")

NOUN_SOURCE = "poss|amod|nmod:by|clause"
SLOT = re.compile(r"^(subj|obj|iobj|inobj|ccomp|amod|poss|clause|none|(obl|nmod):[a-z_-]+)$")
FLAGS = {"speech", "future", "symmetric", "denial", "transitive"}

# Codebook modes that plover_modes.tsv does not list (older crosswalk drafts), mapped onto the
# listed mode that the manual's definition covers; "" drops the mode.
MODE_FIX = {
    ("RETREAT", "return"): "", ("RETREAT", "ease"): "",
    ("THREATEN", "ban"): "restrict", ("THREATEN", "political"): "restrict",
    ("COERCE", "ban"): "restrict",
    ("ASSAULT", "assassinate"): "targeted", ("ASSAULT", "massacre"): "targeted",
    ("ASSAULT", "cleansing"): "", ("ASSAULT", "pro_autocracy"): "crowd-control",
    ("ASSAULT", "seize"): "destroy",
}
# The codebook gives 195 (aerial weapons) the mode heavy-weapons; plover_modes.tsv has aerial.
CODE_MODE_FIX = {"195": "aerial"}
# CAMEO 02x "appeal" has no PLOVER type in the crosswalk; the gold files code it REQUEST with the
# mode of the matching 10x demand.
APPEAL_MODES = [("021", "assist"), ("022", "assist"), ("023", "assist"), ("024", "change"),
                ("025", "yield"), ("026", "meet"), ("027", "meet"), ("028", "meet")]


def fail(msg):
    sys.stderr.write("build_en_predicates.py: " + msg + "\n")
    sys.exit(1)


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#") and line.strip()]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def petrarch_verbs(path):
    """Lemmas of the verb synsets of CAMEO.2.0.txt with their codes (own code, else the block's)."""
    verbs = {}
    block_code = None
    with open(path, encoding="latin-1") as f:
        for line in f:
            m = re.match(r"^---\s+\S+\s+\[(.*?)\]\s+---", line)
            if m:
                block_code = m.group(1)
                continue
            s = line.split("#")[0].rstrip()
            if block_code is None or not s.strip() or s[0] in "-~&":
                continue
            code = re.search(r"\[(.*?)\]", s)
            word = re.sub(r"\[.*?\]|\{.*?\}", "", s).strip().lstrip("+").lower().replace("_+", " ")
            word = word.replace("_", " ")
            if word:
                verbs.setdefault(word, code.group(1) if code else block_code)
    return verbs


def main():
    codebook = {r["code"]: r for r in read_tsv(os.path.join(SHARED, "cameo", "cameo_event_codebook.tsv"))}
    types = {r["event"] for r in read_tsv(os.path.join(SHARED, "plover", "plover_event_types.tsv"))}
    modes = {(r["event"], r["mode"]) for r in read_tsv(os.path.join(SHARED, "plover", "plover_modes.tsv"))}
    verbs = petrarch_verbs(os.path.join(SHARED, "cameo", "petrarch2_dictionaries", "CAMEO.2.0.txt"))

    def plover_of(code):
        c = code
        while c:
            p = codebook[c]["plover_event"]
            if c.startswith("02"):
                return "REQUEST"
            if c.startswith("01"):
                return ""
            if p and "|" not in p:
                return p
            c = codebook[c]["parent_code"]
        return ""

    def mode_of(code, plover):
        if code in CODE_MODE_FIX:
            return CODE_MODE_FIX[code]
        if code.startswith("02"):
            return next((m for prefix, m in APPEAL_MODES if code.startswith(prefix)), "")
        m = codebook[code]["plover_mode"]
        return MODE_FIX.get((plover, m), m)

    rows, problems, seen, in_petrarch = [], [], set(), 0
    for i, r in enumerate(read_tsv(INPUT), 1):
        where = "input row %d (%s): " % (i, r["expression"])
        expr, pos, cameo = r["expression"], r["pos"], r["cameo"]
        if pos not in ("VERB", "NOUN"):
            problems.append(where + "pos " + pos)
        # "190:190": the target's act back on the source is coded too; the first code gives type and mode.
        if any(c not in codebook for c in cameo.split(":")):
            problems.append(where + "unknown CAMEO code " + cameo)
            continue
        code = cameo.split(":")[0]
        flags = [] if r["flags"] in (".", "-", "") else r["flags"].split(",")
        plover = plover_of(code)
        if not plover and not ({"speech", "future"} & set(flags)):
            problems.append(where + "CAMEO %s has no PLOVER type and the row is no speech/future" % code)
        if plover and plover not in types:
            problems.append(where + "unknown PLOVER type " + plover)
        mode = {".": mode_of(code, plover), "-": ""}.get(r["mode"], r["mode"])
        if mode and (plover, mode) not in modes:
            problems.append(where + "mode %s is not a mode of %s" % (mode, plover))
        source = r["source"].replace("N", NOUN_SOURCE) if r["source"] == "N" else r["source"]
        if source == ".":
            source = "subj"
        target = "obj" if r["target"] == "." else r["target"]
        for slot in source.split("|") + target.split("|"):
            if not SLOT.match(slot):
                problems.append(where + "unknown slot " + slot)
        for flag in flags:
            if flag not in FLAGS:
                problems.append(where + "unknown flag " + flag)
        if (expr, pos) in seen:
            problems.append(where + "duplicate")
        seen.add((expr, pos))
        if pos == "VERB" and expr.split(" ")[0] in verbs:
            in_petrarch += 1
        rows.append([expr, pos, plover, mode, cameo, source, target, ",".join(flags), r["example"]])
    if problems:
        fail("\n".join(problems))

    header = [
        "# English predicate lexicon: verbs, nouns and light-verb expressions that state a political event, with PLOVER type, mode and CAMEO code (format: docs/predicates.md).",
        "# Verbs and their default codes derived from PETRARCH2 CAMEO.2.0.txt (MIT, openeventdata/petrarch2); CAMEO codes and the PLOVER crosswalk from the CAMEO codebook and PLOVER manual (CC BY-NC-SA 3.0 / CC BY-SA 4.0); nominal predicates, argument slots and examples hand-written for Vigie (GPL-3.0-or-later).",
        "# Licence: data under the licences named above (attribution/share-alike apply); Vigie as a whole is GPL-3.0-or-later. Do not edit by hand: edit tools/lexicon/en_predicates_input.tsv and run tools/lexicon/build_en_predicates.py.",
        "# Rows with flag speech or future and an empty plover are not events (cameo 010 statement / 014 consider): they mark reported speech or a hypothetical complement.",
        "# 'according to X' is the row 'accord' VERB (CoreNLP lemma of 'according', tagged VBG): the speaker is the noun it marks (case+fixed 'to'); obl:to covers parses where 'according' heads 'to X'.",
        "# CAMEO 02x appeals are REQUEST with the mode of the matching 10x demand; sanctions are SANCTION/discontinue with CAMEO 160, because the codebook maps 163 to COERCE.",
        "# Bare 'strike' (noun) is the military sense (ASSAULT 190); the labour sense needs 'general', 'hunger', 'labour', 'nationwide', 'teacher' or 'worker' (PROTEST).",
    ]
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header) + "\n")
        f.write("\t".join(["expression", "pos", "plover", "mode", "cameo", "source", "target", "flags", "example"]) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    sys.stderr.write("wrote %d rows to %s (%d verb rows head a PETRARCH2 verb lemma)\n"
                     % (len(rows), os.path.relpath(OUT, REPO), in_petrarch))


if __name__ == "__main__":
    main()
