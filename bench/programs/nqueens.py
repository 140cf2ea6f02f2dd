# Integer search: counting n-queens placements by backtracking, with sets
# and with bit masks.
from _bench import main


def queens_sets(n):
    cols = set()
    up = set()
    down = set()
    placement = []
    found = []

    def place(row):
        if row == n:
            found.append(tuple(placement))
            return
        for c in range(n):
            if c in cols or row + c in up or row - c in down:
                continue
            cols.add(c)
            up.add(row + c)
            down.add(row - c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.discard(c)
            up.discard(row + c)
            down.discard(row - c)

    place(0)
    return found


def queens_bits(n):
    full = (1 << n) - 1

    def count(cols, left, right):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            total += count(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return total

    return count(0, 0, 0)


def kernel(n):
    solutions = queens_sets(n)
    return len(solutions), solutions[0], solutions[-1], queens_bits(n + 1)


main(kernel, 11, 6, iterations=5)
