# Standard library modules built on re: json (the pure-Python scanner and
# encoder), string.Template, textwrap and html.
import json

data = {"name": "Zoë", "tags": ["a", "b\n", "\u2028"], "n": [0, -1.5, 1e100, 12345678901234567890],
        "ok": True, "none": None, "nested": {"x": {"y": []}}, "quote": "say \"hi\"\\"}
text = json.dumps(data, sort_keys=True)
print(text)
print(json.dumps(data, ensure_ascii=False, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True, separators=(",", ": "))[:120])
print(json.loads(text) == data, json.loads(text)["name"])
print(json.loads('  [1, 2.5e3, -0.0, "\\ud83d\\ude00", "\\u00e9", {"a": null}, true, false] '))
print(json.loads('{"a": {"b": [1, {"c": "d"}]}, "e": "f"}'), json.loads('"\\t\\"x\\""'))
print(json.loads("[1.0, 2, 3e-2, 1E5, -12]"), json.loads('"multi\\nline"'))
for bad in ['{"a" 1}', "[1, 2", '{"a": tru}', '"unterminated', "[1,]", "", '{"a":1}x', "[01]"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos, e.lineno, e.colno)
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.dumps("ascii \x7f é 😀 \u2028"), json.dumps(["\x00\x1f"]))

import string

t = string.Template("$who likes ${what}; $$5 for $who")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"))
print(t.get_identifiers(), t.is_valid(), string.Template("$").is_valid())
for template, kwargs in [("$missing", {}), ("${bad", {}), ("$ ", {}), ("x $1", {})]:
    try:
        print(string.Template(template).substitute(**kwargs))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)

class Percent(string.Template):
    delimiter = "%"
    idpattern = r"(?a:[a-z]+_[a-z]+)"

print(Percent("%first_name says %%hi %{last_name}").safe_substitute(first_name="Ada"))
print(string.capwords("hello  big   world"), string.Formatter().format("{0}-{x}", 1, x=2))

import textwrap

sample = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(sample, width=25))
print(textwrap.fill(sample, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(sample, width=50, placeholder=" (...)"))
print(repr(textwrap.dedent("""
    def f():
        return 1
    """)))
print(textwrap.indent("a\n\nb\n", "> "), textwrap.indent("a\nb", "+", lambda line: "b" in line))
print(textwrap.wrap("a-very-long-hyphenated-word and more", width=10, break_on_hyphens=True))
print(textwrap.wrap("tabs\tand\tspaces", width=8, expand_tabs=True, tabsize=4))
print(textwrap.TextWrapper(width=12, max_lines=2, placeholder="~").wrap(sample))

import html

print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;p&gt; &amp;amp; &#233; &#x1F600; &eacute &notit;"))
