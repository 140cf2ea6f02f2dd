"""Writes stdlib/unicodedata_data.ts, the tables behind Taipan's `unicodedata`.

Run from the repository root:  /usr/bin/python3.11 tools/gen_unicodedata.py

Character names come at run time from the npm package @unicode/unicode-14.0.0
(vm/unicode/names.ts). That package has no combining classes, decompositions,
East Asian widths or numeric values, so these tables come from Python 3.11's
own unicodedata (Unicode 14.0.0, the oracle Taipan is tested against), as
tools/gen_unicode_numeric.py does; stdlib/unicodedata_npm_test.ts checks the
general categories, bidi classes and mirroring written here against the npm
package. Named sequences (only
`unicodedata.lookup` knows them, and CPython cannot list them) come from the
Unicode 14.0.0 NamedSequences.txt that Debian's perl ships, each checked with
CPython's lookup.

Layout (all strings, decoded once on first use by stdlib/unicodedata_tables.ts):
  RECORDS         "category bidi combining width mirrored" records, ";"-separated
  RECORD_RUNS     runs over U+0000..U+10FFFF: "<length>.<record>" in base 36
  DECOMPOSITIONS  "<delta>=<flags><hex>,<hex>...[*<count>]" (delta: base-36
                  step from the previous entry's last code point). Flags: "!"
                  marks a two-character canonical decomposition that does not
                  compose back (a composition exclusion); an upper-case letter
                  is a compatibility tag (TAGS[letter - 'A']). "*count": the
                  next count code points map to consecutive single targets.
  NUMERICS        "<delta>=<kind><value>" with kind d (decimal), g (digit) or
                  n (numeric only); value an integer or a fraction "a/b"
  NAMED_SEQUENCES "NAME=hex hex ...", ";"-separated
  UCD_3_2_0       how Unicode 3.2.0 differs (unicodedata.ucd_3_2_0): UNASSIGNED
                  runs "<gap>.<length>" of code points unassigned in 3.2.0, and
                  CHANGES "<delta>=<field><value>" for the others
"""
import sys
import unicodedata as ucd
from fractions import Fraction

assert ucd.unidata_version == "14.0.0", ucd.unidata_version
old = ucd.ucd_3_2_0
NAMED_SEQUENCES_FILE = "/usr/share/perl/5.36/unicore/NamedSequences.txt"
ALL = range(0x110000)


def b36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


def record(c):
    return " ".join([ucd.category(c), ucd.bidirectional(c) or "-", str(ucd.combining(c)),
                     ucd.east_asian_width(c), str(ucd.mirrored(c))])


def records():
    table, runs, previous, length = {}, [], None, 0
    for cp in ALL:
        r = table.setdefault(record(chr(cp)), len(table))
        if r == previous:
            length += 1
            continue
        if previous is not None:
            runs.append(f"{b36(length)}.{b36(previous)}")
        previous, length = r, 1
    runs.append(f"{b36(length)}.{b36(previous)}")
    return ";".join(table), " ".join(runs)


TAGS = ["<font>", "<noBreak>", "<initial>", "<medial>", "<final>", "<isolated>", "<circle>",
        "<super>", "<sub>", "<vertical>", "<wide>", "<narrow>", "<small>", "<square>",
        "<fraction>", "<compat>"]


def decompositions():
    entries = []
    for cp in ALL:
        c = chr(cp)
        d = ucd.decomposition(c)
        if not d:
            continue
        parts = d.split()
        tag = parts.pop(0) if parts[0].startswith("<") else ""
        excluded = not tag and len(parts) == 2 and ucd.normalize("NFC", c) != c
        entries.append((cp, tag, excluded, [int(p, 16) for p in parts]))
    out, last, i = [], 0, 0
    while i < len(entries):
        cp, tag, excluded, targets = entries[i]
        count = 1
        while len(targets) == 1 and i + count < len(entries):
            cp2, tag2, _, targets2 = entries[i + count]
            if cp2 != cp + count or tag2 != tag or targets2 != [targets[0] + count]:
                break
            count += 1
        flags = ("!" if excluded else "") + (chr(ord("A") + TAGS.index(tag)) if tag else "")
        text = ",".join(format(t, "x") for t in targets)
        out.append(f"{b36(cp - last)}={flags}{text}" + (f"*{b36(count)}" if count > 1 else ""))
        last = cp + count - 1
        i += count
    return " ".join(out)


def fraction(value):
    f = Fraction(value).limit_denominator(1000)
    assert float(f) == value, value
    return str(f.numerator) if f.denominator == 1 else f"{f.numerator}/{f.denominator}"


def numerics():
    out, last = [], 0
    for cp in ALL:
        c = chr(cp)
        value = ucd.numeric(c, None)
        if value is None:
            continue
        kind = "d" if ucd.decimal(c, None) is not None else "g" if ucd.digit(c, None) is not None else "n"
        out.append(f"{b36(cp - last)}={kind}{fraction(value)}")
        last = cp
    return " ".join(out)


def named_sequences():
    out = []
    with open(NAMED_SEQUENCES_FILE, encoding="utf-8") as source:
        for line in source:
            if line.startswith("#") or ";" not in line:
                continue
            name, points = (part.strip() for part in line.split(";"))
            text = "".join(chr(int(p, 16)) for p in points.split())
            assert ucd.lookup(name) == text, name
            out.append(f"{name}={' '.join(format(int(p, 16), 'x') for p in points.split())}")
    return ";".join(out)


def old_fields(m, c):
    """The properties that ucd_3_2_0 may answer differently (its digit() is always 14.0's)."""
    return {"c": m.category(c), "b": m.bidirectional(c), "w": m.east_asian_width(c),
            "m": m.mirrored(c), "d": m.decimal(c, None), "n": m.numeric(c, None),
            "k": m.decomposition(c), "x": m.combining(c)}


UNASSIGNED = {"c": "Cn", "b": "", "w": "F", "m": 0, "d": None, "n": None, "k": "", "x": 0}


def ucd_3_2_0():
    unassigned, changes = [], []
    last_change, run_end, run_start = 0, 0, None
    for cp in ALL:
        c = chr(cp)
        new, previous = old_fields(ucd, c), old_fields(old, c)
        if previous["c"] == "Cn" and new["c"] != "Cn":
            assert previous == UNASSIGNED, hex(cp)
            if run_start is None:
                run_start = cp
            continue
        if run_start is not None:
            unassigned.append(f"{b36(run_start - run_end)}.{b36(cp - run_start)}")
            run_end, run_start = cp, None
        for field, value in previous.items():
            if value == new[field]:
                continue
            assert field in "cbwmdn", (hex(cp), field)
            text = "" if value is None else fraction(value) if field == "n" else str(value)
            changes.append(f"{b36(cp - last_change)}={field}{text}")
            last_change = cp
    assert run_start is None
    return " ".join(unassigned), " ".join(changes)


def normalization_corrections():
    """3.2.0 code points whose canonical decomposition was corrected later (one character each)."""
    out = []
    for cp in ALL:
        c = chr(cp)
        if old.category(c) == "Cn" or not ucd.decomposition(c):
            continue
        if old.normalize("NFD", c) != ucd.normalize("NFD", c):
            target = old.normalize("NFD", c)
            assert len(target) == 1 and ucd.normalize("NFD", target) == target, hex(cp)
            out.append(f"{cp:x}={ord(target):x}")
    return " ".join(out)


def js_string(name, doc, text):
    lines = [text[i:i + 96] for i in range(0, len(text), 96)] or [""]
    body = "\n".join(f'  "{line}" +' for line in lines)[:-2]
    return f"/** {doc} */\nexport const {name} =\n{body};\n"


def main():
    record_table, runs = records()
    unassigned, changes = ucd_3_2_0()
    parts = [
        "// Generated by tools/gen_unicodedata.py from Python 3.11's unicodedata (Unicode 14.0.0).",
        "// Do not edit. The layout is described in the generator.",
        "// deno-fmt-ignore-file",
        "",
        js_string("RECORDS", "category bidi combining width mirrored, one per distinct record.",
                  record_table),
        js_string("RECORD_RUNS", "Runs of code points sharing a record.", runs),
        js_string("TAGS", "Compatibility tags, by letter.", " ".join(TAGS)),
        js_string("DECOMPOSITIONS", "Decomposition mappings; '!' marks exclusions.", decompositions()),
        js_string("NUMERICS", "Numeric values with their kind (d decimal, g digit, n numeric).",
                  numerics()),
        js_string("NAMED_SEQUENCES", "Named character sequences (unicodedata.lookup only).",
                  named_sequences()),
        js_string("UNASSIGNED_3_2_0", "Runs of code points unassigned in Unicode 3.2.0.", unassigned),
        js_string("CHANGES_3_2_0", "Properties that differ in Unicode 3.2.0.", changes),
        js_string("CORRECTIONS_3_2_0", "Decompositions corrected after Unicode 3.2.0.",
                  normalization_corrections()),
    ]
    with open("stdlib/unicodedata_data.ts", "w", encoding="utf-8") as out:
        out.write("\n".join(parts))


if __name__ == "__main__":
    sys.exit(main())
