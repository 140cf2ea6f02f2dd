# json over the _json accelerator: C-scanner messages, hooks, encoder keys/floats/markers. Needs `re`.
import json, json.decoder as d, json.scanner as sc, json.encoder as enc
print(d.scanstring is d.c_scanstring, sc.make_scanner is sc.c_make_scanner, enc.c_make_encoder is not None)
cases = ['"abc', '"a\\qb"', '"a\x01"', '"\\u12"', '"\\ud800\\udc00"', '"\\ud800x"', '"abc\\', '"\\uzzzz"', '"\\u00e9"', '"\\ud800\\u12"', '"\\ud800\\uzzzz"', '"\\ud800\\ud800"', '"a\\/b\\b\\f\\n\\r\\t"', '""']
for c in cases:
    try: print(repr(d.scanstring(c, 1)))
    except Exception as e: print(type(e).__name__, e)
    try: print(repr(d.scanstring(c, 1, False)))
    except Exception as e: print(type(e).__name__, e)
for s in ['[1,2', '{"a" 1}', '{"a":1,}', '[1,]', 'nul', 'NaN', '-Infinity', 'Infinity', '1e5', '-0', '[', '{', '{1:2}', '"x', '[1 2]', '  ', '1.5x', '-', '[-]', '{"a":}', '0123', '1E+2', '1e', '1.', '.5', '-01', '[true, false, null]', '{"a": {"b": [1, 2.5, "c", {}], "d": []}}', '  [1 , 2 ]  ', '12345678901234567890123', '1.7976931348623157e309', '"\\u00e9\ud83d"' if False else '"ok"', '{"a":1, "a":2}', '[1,\n2,\n]']:
    try: print(repr(json.loads(s)))
    except Exception as e: print(type(e).__name__, e)
print(json.loads('{"x": 1.5, "y": [1, 2]}', parse_float=lambda t: ('F', t), parse_int=lambda t: ('I', t)))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda t: t))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list), json.loads('{"b": 1}', object_hook=lambda d: sorted(d)))
try: json.loads('[' * 5000 + ']' * 5000)
except RecursionError as e: print('RecursionError', str(e)[:40])
print(json.dumps([1, 2.5, None, True, False, 'x\u00e9\n\U0001f600', {'b': 1, 'a': [1, {}], 2: 3, 1.5: 4, None: 5, True: 6}, (), []]))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True), json.dumps('x\u00e9', ensure_ascii=False), json.dumps([1, 2], separators=(',', ':')))
print(json.dumps(float('inf')), json.dumps([float('nan'), -float('inf')]))
for bad in [lambda: json.dumps(float('inf'), allow_nan=False), lambda: json.dumps({(1,): 2}), lambda: json.dumps(object()), lambda: json.dumps({1: 2, 'a': 3}, sort_keys=True)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(json.dumps({(1,): 2, 'k': 1}, skipkeys=True))
l = [1]; l.append(l)
try: json.dumps(l)
except ValueError as e: print('ValueError', e)
dct = {}; dct['self'] = dct
try: json.dumps(dct)
except ValueError as e: print('ValueError', e)
import enum
class E(enum.IntEnum):
    A = 7
class FF(float): pass
print(json.dumps([E.A, FF(1.5), {E.A: 1}]), json.dumps(complex(1, 2), default=str))
print(json.dumps({'a': [1, 2]}, indent=2))
print(json.dumps('\ud800'), json.dumps('\ud800', ensure_ascii=False) == '"\ud800"')
class L(list): pass
class D(dict): pass
print(json.dumps(L([1, D(a=1)])), json.dumps({'a': 1}, default=str, check_circular=False))
print(repr(json.loads('"\\ud83d\\ude00"')), json.loads('"\\ud800"') == '\ud800')
print(json.JSONDecoder().raw_decode('[1] tail'))
