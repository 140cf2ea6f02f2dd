# Dict- and str-heavy text processing: generate text from a vocabulary,
# tokenise, normalise, count words and bigrams, build an index, format a report.
from _bench import main

VOCABULARY = (
    "the quick brown fox jumps over lazy dog while seven wizards quietly "
    "hex jumbled boxing partners near amazing golden river banks under "
    "silver moon light Alpha Beta Gamma delta Epsilon zeta eta theta iota kappa"
).split()


def generate(n):
    words = []
    state = 12345
    for i in range(n):
        state = (state * 69069 + 1) & 0xFFFFFFFF
        w = VOCABULARY[(state >> 16) % len(VOCABULARY)]
        if state & 0x700 == 0:
            w = w.capitalize() + ","
        elif state & 0x3800 == 0x800:
            w += "."
        words.append(w)
        if i % 17 == 16:
            words.append("\n")
    return " ".join(words)


def kernel(n):
    text = generate(n)
    counts = {}
    bigrams = {}
    index = {}
    previous = None
    for lineno, line in enumerate(text.splitlines()):
        for raw in line.split():
            word = raw.strip(".,").lower()
            if not word:
                continue
            counts[word] = counts.get(word, 0) + 1
            if previous is not None:
                key = previous + " " + word
                bigrams[key] = bigrams.get(key, 0) + 1
            previous = word
            index.setdefault(word[0], set()).add(lineno)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    top_bigrams = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    report = "\n".join("%-10s %6d %s" % (w, c, "#" * (c * 40 // top[0][1])) for w, c in top)
    letters = "".join(sorted(index))
    spread = sum(len(lines) for lines in index.values())
    title = text.title()[:40].swapcase()
    return (len(text), top, top_bigrams, len(report), letters, spread, title,
            text.count("fox"), text.find("Zeta"))


main(kernel, 420000, 3000, iterations=5)
