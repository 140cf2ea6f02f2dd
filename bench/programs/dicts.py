# Dictionary and list work: counting, grouping, sorting.
from _bench import main


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


def kernel(n):
    counts = word_counts(n)
    groups = group(n)
    pairs = sorted(((v[-1], k) for k, v in groups.items()), reverse=True)
    merged = dict(counts)
    for k in list(merged)[::3]:
        del merged[k]
    return (len(counts), counts["k7"], len(groups), sum(len(v) for v in groups.values()),
            pairs[:3], len(merged))


main(kernel, 1300000, 20000, iterations=5)
