# json.loads through _json's native scanner: numbers parsed in place (short
# ints, floats, and what must reach int()/float() or the hooks), strings
# sliced or unescaped (astral and surrogate escapes), wide documents,
# re-entrant hooks, and JSONDecodeError messages and positions.
import json
import math
from json.decoder import scanstring


def show(label, thunk):
    try:
        value = thunk()
    except json.JSONDecodeError as error:
        print(label, "JSONDecodeError", error.msg, error.pos, error.lineno, error.colno)
        return
    except Exception as error:
        print(label, type(error).__name__, error)
        return
    print(label, ascii(value), ascii([type(v).__name__ for v in value])
          if isinstance(value, list) else type(value).__name__)


numbers = ["0", "-0", "7", "-7", "999999999999999", "-999999999999999", "9999999999999999",
           "-9999999999999999", "123456789012345678901234567890", "0.0", "-0.0", "1.5", "-1.5e3",
           "1E+2", "1e-2", "2.5E-400", "1e400", "-1e400", "1.7976931348623157e308",
           "0.1000000000000000055511151231257827", "12345678901234567e-3", "5e-324"]
for text in numbers:
    show(text, lambda: json.loads("[" + text + "]"))
    show(text + " bare", lambda: json.loads(text))
for bad in ["01", "-", "-a", "1.", "1.e5", ".5", "1e", "1e+", "--1", "+1", "0x10", "[1.]", "[-]"]:
    show(bad, lambda: json.loads(bad))
show("-0 is +0", lambda: [math.copysign(1.0, v) for v in json.loads("[-0, 0, -0.0]")])
show("long-int-limit", lambda: json.loads("1" * 4301))
show("parse_int", lambda: json.loads("[1, -20, 3.5, 1e2]", parse_int=lambda t: ("I", t)))
show("parse_float", lambda: json.loads("[1, -2.0, 3.5, 1e2]", parse_float=lambda t: ("F", t)))
show("parse_float-decimal", lambda: json.loads("[0.1, 1E-1]", parse_float=__import__("decimal").Decimal))
show("parse_constant", lambda: json.loads("[NaN, Infinity, -Infinity, -1]", parse_constant=str))
show("constants", lambda: json.loads("[NaN, Infinity, -Infinity, true, false, null]"))
show("bad-words", lambda: json.loads("[tru]"))
show("bad-words-2", lambda: json.loads("[nulll]"))
show("bad-words-3", lambda: json.loads("-Inf"))

strings = ['"plain"', '""', '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t"', '"\\u00e9\\u2028"',
           '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ude00\\ud83d"', '"a\\ud83dx"', '"\\ud83d\\u0041"',
           '"\\ud83d\\ud83d\\ude00"', '"\u00e9 literal \U0001f600 astral"',
           '"\\n then \U0001f600"', '"\U0001f600 then \\n"']
for text in strings:
    show(text, lambda: json.loads(text))
    show(text + " key", lambda: json.loads("{" + text + ": 1}"))
for bad in ['"abc', '"a\\qb"', '"a\x01"', '"\\u12"', '"\\uzzzz"', '"\\ud800\\uzzzz"', '"abc\\',
            '"\U0001f600\x01"', '["\U0001f600", "\\x"]', '{"\U0001f600": }']:
    show(ascii(bad), lambda: json.loads(bad))
show("strict-off", lambda: json.loads('["a\x01\x1f"]', strict=False))
show("scanstring", lambda: scanstring('x"a\\nb" tail', 2))
show("scanstring-wide", lambda: scanstring('\U0001f600"\U0001f600\\t"', 2))
show("scanstring-end", lambda: scanstring('"abc"', 9))


class S(str):
    pass


show("str-subclass-doc", lambda: json.loads(S('{"a": [1, "b"]}')))
show("str-subclass-error", lambda: json.loads(S('[1, }')))

# Whitespace and structure.
show("spaces", lambda: json.loads(' \t\n\r{ "a" : [ 1 , { } , [ ] ] , "b" : null } \n'))
for bad in ['[1,2', '{"a" 1}', '{"a":1,}', '[1,]', '{1:2}', '[1 2]', '{"a":1 "b":2}', '{', '[',
            '{"a":1}x', ' ', '\n\n  [1,\n  2,\n  ]']:
    show(ascii(bad), lambda: json.loads(bad))
show("wide-positions", lambda: json.loads('["\U0001f600\U0001f600", 1,, 2]'))
show("duplicate-keys", lambda: json.loads('{"a": 1, "b": 2, "a": 3}'))

# Hooks, including ones that decode other documents while this one is open.
show("object_hook", lambda: json.loads('{"a": {"b": 1}, "c": [{}]}', object_hook=lambda d: sorted(d)))
show("pairs_hook", lambda: json.loads('{"b": 1, "a": {"x": 2}, "b": 3}', object_pairs_hook=list))
show("both-hooks", lambda: json.loads('{"b": 1}', object_hook=dict.keys, object_pairs_hook=tuple))
decoder = json.JSONDecoder(object_hook=lambda d: decoder.decode('[' + str(len(d)) + ', {}]')
                           if d else "empty")
show("reentrant", lambda: decoder.decode('[{"a": 1, "b": 2}, 5, {"c": {"d": 1}}]'))
show("raw_decode", lambda: json.JSONDecoder().raw_decode('  [1, "\U0001f600"] tail', 2))
