# array bulk operations: array('i') sorted through tolist(), frombytes/tobytes
# round trips, byteswap, and a 10-million-element array('d') (its memory shows
# in the harness's peak RSS: 80 MB of raw doubles, not boxed floats).
from array import array

from _bench import main


def kernel(n):
    state = 12345
    ints = array("i")
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        ints.append(state % 1000003)
    ordered = array("i", sorted(ints.tolist()))
    raw = ordered.tobytes()
    copies = array("i")
    for _ in range(20):
        copies.frombytes(raw)
    copies.byteswap()
    swapped = copies.tobytes()
    big = array("d", [0.5]) * (10 * n)
    big[n] = 2.5
    return (ordered[0], ordered[n // 2], ordered[-1], len(copies), swapped[:8].hex(),
            len(big), big.itemsize * len(big), sum(big[n - 1:n + 2]))


main(kernel, 1000000, 2000, iterations=3)
