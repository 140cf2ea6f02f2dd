# Dictionary and list work: counting, grouping, sorting.
def word_counts(n):
    counts = {}
    for i in range(n):
        key = "k" + str(i % 1000)
        counts[key] = counts.get(key, 0) + 1
    return counts


def group(n):
    groups = {}
    for i in range(n):
        groups.setdefault(i % 97, []).append(i)
    return groups


counts = word_counts(2000000)
print(len(counts), counts["k7"])
groups = group(1500000)
print(len(groups), sum(len(v) for v in groups.values()))
pairs = sorted(((v[-1], k) for k, v in groups.items()), reverse=True)
print(pairs[:3])
