# String building, methods and formatting.
from _bench import main


def render(n):
    parts = []
    for i in range(n):
        word = "item%d" % i
        parts.append(f"{word.upper():>10}|{i * 3:05d}|{word[::-1]}")
    return "\n".join(parts)


def kernel(n):
    text = render(n)
    words = text.replace("|", " ").split()
    return (len(text), text.count("ITEM1"), text.splitlines()[n // 2], len(words),
            sum(len(w) for w in words), sorted(set(w[:5] for w in words))[:5])


main(kernel, 180000, 3000, iterations=5)
