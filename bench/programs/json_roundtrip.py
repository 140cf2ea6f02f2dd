# JSON round trips: build nested documents, dump them (compact and indented,
# sorted keys), load them back and compare, then walk the loaded trees.
import json

from _bench import main


def document(i):
    return {
        "id": i,
        "name": "record-%d" % i,
        "score": i * 1.25,
        "active": i % 3 == 0,
        "tags": ["t%d" % (i % 7), "t%d" % (i % 11), "\u00e9t\u00e9 \"quoted\""],
        "nested": {"depth": [i, [i + 1, [i + 2, None]]], "ratio": i / 7.0},
        "empty": {},
    }


def walk(value):
    if isinstance(value, dict):
        return sum(walk(v) for v in value.values()) + len(value)
    if isinstance(value, list):
        return sum(walk(v) for v in value) + 1
    if isinstance(value, str):
        return len(value)
    if value is None or isinstance(value, bool):
        return 1
    return int(value) & 0xFF


def kernel(n):
    docs = [document(i) for i in range(n)]
    compact = json.dumps(docs, separators=(",", ":"))
    pretty = json.dumps(docs, indent=2, sort_keys=True)
    ascii_only = json.dumps(docs[:50])
    back = json.loads(compact)
    again = json.loads(pretty)
    if back != docs or again != docs:
        raise RuntimeError("round trip changed the data")
    lines = [json.dumps(d, sort_keys=True) for d in docs]
    parsed = [json.loads(line) for line in lines]
    return len(compact), len(pretty), len(ascii_only), walk(back), sum(p["id"] for p in parsed)


main(kernel, 9000, 200, iterations=5)
