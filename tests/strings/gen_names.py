"""Writes tests/strings/names_cases.json: which names `\\N{...}` accepts in CPython 3.11.

Run with /usr/bin/python3.11 from the repository root. Candidates: a sample of
character names, every formal alias listed by the npm package the VM reads its
names from, algorithmic names in and out of range, named sequences, and
spellings that differ in case or spacing. For each, the fixture records the
code point CPython gives `"\\N{name}"`, or null when it rejects the name.
"""
import base64
import gzip
import json
import re
import unicodedata

ALIAS_KINDS = ["Correction", "Control", "Alternate", "Figment", "Abbreviation"]
PACKAGE = "node_modules/@unicode/unicode-14.0.0/Names"


def package_aliases():
    names = []
    for kind in ALIAS_KINDS:
        with open("%s/%s/index.mjs" % (PACKAGE, kind), encoding="utf-8") as handle:
            text = handle.read()
        blob = re.search(r"Buffer\.from\('([^']*)'", text).group(1)
        table = json.loads(gzip.decompress(base64.b64decode(blob)))
        for aliases in table.values():
            names.extend(aliases)
    return names


def candidates():
    names = []
    for code_point in range(0, 0x110000, 97):
        name = unicodedata.name(chr(code_point), None)
        if name is not None:
            names.append(name)
    sample = names[::3]
    names.extend(name.lower() for name in sample[::5])
    names.extend(name.title() for name in sample[::7])
    names.extend(" " + name for name in sample[::50])
    names.extend(name.replace(" ", "  ", 1) for name in sample[::50] if " " in name)
    names.extend(package_aliases())
    names.extend(alias.lower() for alias in package_aliases()[::4])
    names.extend([
        "HANGUL SYLLABLE GA", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE A", "HANGUL SYLLABLE GGAGG",
        "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE YEOLB", "HANGUL SYLLABLE ", "HANGUL SYLLABLE X",
        "HANGUL SYLLABLE GAX", "HANGUL SYLLABLE G", "hangul syllable GA", "HANGUL SYLLABLE ga",
        "CJK UNIFIED IDEOGRAPH-3400", "CJK UNIFIED IDEOGRAPH-4DBF", "CJK UNIFIED IDEOGRAPH-4DC0",
        "CJK UNIFIED IDEOGRAPH-9FFF", "CJK UNIFIED IDEOGRAPH-A000", "CJK UNIFIED IDEOGRAPH-20000",
        "CJK UNIFIED IDEOGRAPH-2A6DF", "CJK UNIFIED IDEOGRAPH-2A6E0", "CJK UNIFIED IDEOGRAPH-2B738",
        "CJK UNIFIED IDEOGRAPH-2B739", "CJK UNIFIED IDEOGRAPH-2EBE0", "CJK UNIFIED IDEOGRAPH-3134A",
        "CJK UNIFIED IDEOGRAPH-3134B", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-4e00",
        "CJK UNIFIED IDEOGRAPH-4E0", "CJK UNIFIED IDEOGRAPH-004E00", "cjk unified ideograph-4E00",
        "CJK COMPATIBILITY IDEOGRAPH-F900", "cjk compatibility ideograph-f900",
        "TANGUT IDEOGRAPH-17000", "KHITAN SMALL SCRIPT CHARACTER-18B00", "NUSHU CHARACTER-1B170",
        "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "KEYCAP NUMBER SIGN", "",
        "LATIN SMALL LETTER A ", "NOT A CHARACTER NAME",
    ])
    return names


def main():
    cases = []
    for name in candidates():
        try:
            value = eval('"\\N{%s}"' % name)
            cases.append([name, ord(value)])
        except SyntaxError:
            cases.append([name, None])
    with open("tests/strings/names_cases.json", "w", encoding="utf-8") as out:
        json.dump(cases, out, indent=0)
        out.write("\n")


if __name__ == "__main__":
    main()
