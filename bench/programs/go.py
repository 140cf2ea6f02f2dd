# A board-game search: Monte Carlo move selection for Go on a small board.
# Random playouts (captures, suicide and simple-ko rules, eye filling avoided),
# groups found by flood fill, area scoring.
from _bench import main

EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1
WIDTH = 7


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def make_neighbours(width):
    result = []
    for p in range(width * width):
        x, y = p % width, p // width
        around = []
        if x > 0:
            around.append(p - 1)
        if x < width - 1:
            around.append(p + 1)
        if y > 0:
            around.append(p - width)
        if y < width - 1:
            around.append(p + width)
        result.append(tuple(around))
    return result


NEIGHBOURS = make_neighbours(WIDTH)


class Board:
    def __init__(self):
        self.points = [EMPTY] * (WIDTH * WIDTH)
        self.ko = PASS
        self.to_move = BLACK
        self.passes = 0
        self.moves = 0

    def copy(self):
        b = Board.__new__(Board)
        b.points = self.points[:]
        b.ko = self.ko
        b.to_move = self.to_move
        b.passes = self.passes
        b.moves = self.moves
        return b

    def group(self, p):
        """Stones of p's group and the number of its liberties."""
        points = self.points
        colour = points[p]
        stones = [p]
        seen = {p}
        liberties = set()
        i = 0
        while i < len(stones):
            for q in NEIGHBOURS[stones[i]]:
                c = points[q]
                if c == EMPTY:
                    liberties.add(q)
                elif c == colour and q not in seen:
                    seen.add(q)
                    stones.append(q)
            i += 1
        return stones, len(liberties)

    def is_eye(self, p, colour):
        for q in NEIGHBOURS[p]:
            if self.points[q] != colour:
                return False
        return True

    def legal(self, p, colour):
        points = self.points
        if points[p] != EMPTY or p == self.ko:
            return False
        other = 3 - colour
        for q in NEIGHBOURS[p]:
            c = points[q]
            if c == EMPTY:
                return True
            _, libs = self.group(q)
            if c == colour and libs > 1:
                return True
            if c == other and libs == 1:
                return True
        return False

    def play(self, p):
        colour = self.to_move
        self.to_move = 3 - colour
        self.moves += 1
        if p == PASS:
            self.passes += 1
            self.ko = PASS
            return
        self.passes = 0
        points = self.points
        points[p] = colour
        other = 3 - colour
        captured = []
        for q in NEIGHBOURS[p]:
            if points[q] == other:
                stones, libs = self.group(q)
                if libs == 0:
                    for s in stones:
                        points[s] = EMPTY
                    captured.extend(stones)
        self.ko = PASS
        if len(captured) == 1:
            stones, libs = self.group(p)
            if len(stones) == 1 and libs == 1:
                self.ko = captured[0]

    def random_move(self, rng):
        colour = self.to_move
        n = WIDTH * WIDTH
        start = rng.below(n)
        for k in range(n):
            p = (start + k) % n
            if self.points[p] == EMPTY and not self.is_eye(p, colour) and self.legal(p, colour):
                return p
        return PASS

    def score(self):
        """Black's area minus White's."""
        total = 0
        for p, c in enumerate(self.points):
            if c == BLACK:
                total += 1
            elif c == WHITE:
                total -= 1
            else:
                around = set(self.points[q] for q in NEIGHBOURS[p])
                if around == {BLACK}:
                    total += 1
                elif around == {WHITE}:
                    total -= 1
        return total


def playout(board, rng):
    limit = 3 * WIDTH * WIDTH
    while board.passes < 2 and board.moves < limit:
        board.play(board.random_move(rng))
    return board.score()


def choose(board, rng, playouts):
    colour = board.to_move
    best, best_wins = PASS, -1
    for p in range(WIDTH * WIDTH):
        if board.is_eye(p, colour) or not board.legal(p, colour):
            continue
        wins = 0
        for _ in range(playouts):
            b = board.copy()
            b.play(p)
            s = playout(b, rng)
            if (s > 0) == (colour == BLACK):
                wins += 1
        if wins > best_wins:
            best, best_wins = p, wins
    return best, best_wins


def kernel(playouts):
    rng = Random(42)
    board = Board()
    moves = []
    for _ in range(4):
        move, wins = choose(board, rng, playouts)
        moves.append((move, wins))
        board.play(move)
    return moves, board.score(), playout(board.copy(), rng)


main(kernel, 2, 1, iterations=3)
