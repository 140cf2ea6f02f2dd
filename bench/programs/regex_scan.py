# Regular-expression scanning: tokenise synthetic log lines with compiled
# patterns (search, match, findall, finditer, sub with a callback, split).
import re

from _bench import main

LINE = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) \[(\w+)\] (.*)$")
IPV4 = re.compile(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
KEYVALUE = re.compile(r"(\w+)=(\"[^\"]*\"|\S+)")
WORD = re.compile(r"[A-Za-z]+")
LEVELS = ("INFO", "WARN", "ERROR", "DEBUG")


def make_log(n):
    lines = []
    for i in range(n):
        lines.append(
            "2026-%02d-%02d %02d:%02d:%02d [%s] user=u%d ip=10.%d.%d.%d mail=user%d@example.org "
            "msg=\"request took %d.%02d ms\" size=%d"
            % (i % 12 + 1, i % 28 + 1, i % 24, i % 60, (i * 7) % 60, LEVELS[i % 4], i % 97,
               i % 256, (i * 3) % 256, (i * 7) % 256, i % 13, i % 500, i % 100, i * 31 % 9973)
        )
    return lines


def kernel(n):
    lines = make_log(n)
    levels = {}
    total_ms = 0.0
    octets = 0
    mails = 0
    pairs = 0
    for line in lines:
        m = LINE.match(line)
        if not m:
            continue
        levels[m.group(7)] = levels.get(m.group(7), 0) + 1
        rest = m.group(8)
        for ip in IPV4.finditer(rest):
            octets += int(ip.group(4))
        mails += len(EMAIL.findall(rest))
        for key, value in KEYVALUE.findall(rest):
            pairs += 1
            if key == "msg":
                total_ms += float(NUMBER.search(value).group())
    text = "\n".join(lines[: n // 4])
    masked = IPV4.sub(lambda m: "x.x.x." + m.group(4), text)
    words = WORD.findall(text)
    pieces = re.split(r"[\s=]+", text)
    return (sorted(levels.items()), "%.2f" % total_ms, octets, mails, pairs, len(masked),
            len(words), len(pieces))


main(kernel, 40000, 300, iterations=5)
