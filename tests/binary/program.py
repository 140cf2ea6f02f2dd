# Run by compile_test.ts under the single binary (dist/taipan) and under
# CPython 3.11: the outputs must be equal. It touches what the binary carries
# besides the VM (the standard-library zip and the Unicode data) and what it
# finds on the machine (the C library, through ctypes).
import array
import collections
import ctypes
import dataclasses
import json
import re
import sys
import unicodedata


@dataclasses.dataclass(order=True)
class Point:
    x: int
    y: int = 0


data = json.loads('{"points": [[3, 4], [1, 2]], "name": "caf\\u00e9"}')
points = sorted(Point(*pair) for pair in data["points"])
print(points, dataclasses.asdict(points[0]))
print(json.dumps(data, sort_keys=True, ensure_ascii=False))

counts = collections.Counter(re.findall(r"\w+", "the cat and the hat and the bat"))
print(counts.most_common(3))
print(collections.OrderedDict(sorted(counts.items())))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "a1 b22 c333"))

numbers = array.array("i", range(5))
numbers.append(-1)
print(numbers, numbers.tobytes()[:8], sum(numbers))

print("\N{GREEK SMALL LETTER ALPHA}", "ǅ".lower(), "ß".upper(), "ǈ".title(), "Ⅻ".isnumeric())
print("١٢٣".isdigit(), "Ωmega".isalpha(), "ﬁ".casefold(), unicodedata.name("€"))
print(sys.version_info[:2], sys.argv[1:])

libc = ctypes.CDLL(None)
print(libc.abs(-5), libc.strlen(b"single binary"))
libc.labs.restype = ctypes.c_long
libc.labs.argtypes = [ctypes.c_long]
print(libc.labs(-(2**40)))
