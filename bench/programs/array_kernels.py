# array('d') kernels: successive over-relaxation on a 2-D grid stored in a flat
# array, and sparse matrix-vector products in compressed-row form (array('i')
# indices, array('d') values).
from array import array

from _bench import main


def sor(n, cycles, omega):
    grid = array("d", [0.0]) * (n * n)
    for i in range(n):
        for j in range(n):
            grid[i * n + j] = ((i * 31 + j * 17) % 101) / 101.0
    keep = 1.0 - omega
    quarter = omega * 0.25
    for _ in range(cycles):
        for i in range(1, n - 1):
            row = i * n
            for j in range(1, n - 1):
                k = row + j
                grid[k] = quarter * (grid[k - n] + grid[k + n] + grid[k - 1] + grid[k + 1]) \
                    + keep * grid[k]
    return sum(grid)


def make_sparse(n, per_row):
    starts = array("i", [0])
    columns = array("i")
    values = array("d")
    state = 1
    for i in range(n):
        for _ in range(per_row):
            state = (state * 1664525 + 1013904223) & 0xFFFFFFFF
            columns.append(state % n)
            values.append(((state >> 12) % 1000) / 1000.0 - 0.5)
        starts.append(len(columns))
    return starts, columns, values


def matvec(starts, columns, values, x, y):
    n = len(x)
    for i in range(n):
        acc = 0.0
        for k in range(starts[i], starts[i + 1]):
            acc += values[k] * x[columns[k]]
        y[i] = acc


def sparse(n, rounds):
    starts, columns, values = make_sparse(n, 5)
    x = array("d", [1.0]) * n
    y = array("d", [0.0]) * n
    for _ in range(rounds):
        matvec(starts, columns, values, x, y)
        norm = max(abs(v) for v in y) or 1.0
        for i in range(n):
            x[i] = y[i] / norm
    return sum(x), x.tobytes()[:8].hex(), len(values.tobytes())


def kernel(n):
    total = sor(n, 10, 1.25)
    s, head, nbytes = sparse(n * n // 2, 10)
    return "%.9f %.9f %s %d" % (total, s, head, nbytes)


main(kernel, 260, 10, iterations=5)
