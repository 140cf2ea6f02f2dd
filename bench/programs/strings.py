# String building, methods and formatting.
def render(n):
    parts = []
    for i in range(n):
        word = "item%d" % i
        parts.append(f"{word.upper():>10}|{i * 3:05d}|{word[::-1]}")
    return "\n".join(parts)


text = render(300000)
print(len(text), text.count("ITEM1"), text.splitlines()[12345])
words = text.replace("|", " ").split()
print(len(words), sum(len(w) for w in words))
print(sorted(set(w[:5] for w in words))[:5])
