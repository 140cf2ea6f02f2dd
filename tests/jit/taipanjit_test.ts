/**
 * The JIT seen from outside: the `taipanjit` module, the -X options and the
 * log. These are Taipan's own (CPython has no JIT), so the expected output
 * is written here, from what the program does, not taken from CPython.
 */
import { assertEquals } from "../assert.ts";

const root = new URL("../../", import.meta.url).pathname;

async function taipan(args: string[], env: Record<string, string> = {}) {
  const result = await new Deno.Command(`${root}taipan`, {
    args,
    env,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decoder = new TextDecoder();
  return {
    stdout: decoder.decode(result.stdout),
    stderr: decoder.decode(result.stderr),
    code: result.code,
  };
}

const PROGRAM = `
import taipanjit
print(taipanjit.is_enabled(), taipanjit.get_param("threshold"))
taipanjit.set_param(threshold=50)
taipanjit.set_param("trace_limit=5000")
print(taipanjit.params()["threshold"], taipanjit.params()["trace_limit"])
def f(n):
    s = 0
    d = {i: i for i in range(100)}
    for i in range(n):
        s += d[i]
    return s
try:
    f(200)
except KeyError as e:
    print("KeyError", e)
st = taipanjit.stats()
print(st["loops_compiled"], st["raises_in_traces"])
try:
    taipanjit.set_param(nope=1)
except ValueError as e:
    print(e)
taipanjit.disable()
print(taipanjit.is_enabled())
`;

Deno.test("taipanjit: parameters, statistics, enable/disable", async () => {
  const result = await taipan(["-c", PROGRAM]);
  assertEquals(result.stderr, "");
  // Both loops (the comprehension and f's) are compiled after 50 iterations;
  // the KeyError at 100 is raised
  // by the residual dict lookup inside the trace.
  assertEquals(
    result.stdout,
    "True 1039\n50 5000\nKeyError 100\n2 1\nno JIT parameter 'nope'\nFalse\n",
  );
});

Deno.test("jit: -X jit=off runs nothing through the JIT; the log shows compiled loops", async () => {
  const loop = "s = 0\nfor i in range(3000): s += i\nprint(s)";
  const off = await taipan(["-X", "jit=off", "-X", "jitlog=summary", "-c", loop]);
  assertEquals(off.stdout, "4498500\n");
  assertEquals(off.stderr.includes("loops_compiled: 0"), true);
  const on = await taipan(["-c", loop], { TAIPAN_JITLOG: "summary,traces" });
  assertEquals(on.stdout, "4498500\n");
  assertEquals(on.stderr.includes("loops_compiled: 1"), true);
  assertEquals(on.stderr.includes("range_next"), true);
  const bad = await taipan(["-X", "jit-threshold=many", "-c", "print(1)"]);
  assertEquals(bad.stdout, "1\n");
  assertEquals(bad.stderr, "taipan: -X jit: threshold needs an integer\n");
});

// A function's trace recorded on its rarer way leaves at the branch on most
// calls until that guard gets a bridge. With trace_eagerness 800 the bridge
// comes after the profitability window (1000 entries, 600 exits by then):
// the judgement waits for it, and the tree with the bridge pays, so no
// trace is dropped as unprofitable. (Without the wait: 2 drops.)
const BRIDGE_COMING = `
import taipanjit
taipanjit.set_param(function_threshold=10, trace_eagerness=800)

class P:
    def __init__(self, v):
        self.v = v

def f(p, k):
    if k % 5 < 3:
        return p.v * 2 + k
    q = P(p.v + k)
    return q.v - 1

total = 0
p = P(7)
for i in range(9):
    total += f(p, 3)          # the 10th call (recorded) takes the rarer way
for i in range(3000):
    total += f(p, i)
print(total, taipanjit.stats()["unprofitable"])
`;

Deno.test("taipanjit: a trace whose exits are getting bridges is not judged before them", async () => {
  const result = await taipan(["-c", BRIDGE_COMING]);
  assertEquals(result.stderr, "");
  assertEquals(result.stdout, "4530981 0\n"); // (the total is CPython's)
  // With trace_eagerness 550 the bridge comes inside the window (about 917
  // entries, 367 returns): a bridge function's tree is judged afresh from
  // then on, as a tree compiled again is. (Judged at once: 1 drop.)
  const inside = await taipan(["-c", BRIDGE_COMING.replace("eagerness=800", "eagerness=550")]);
  assertEquals(inside.stdout, "4530981 0\n");
});

// A loop whose tree outgrows tree_source_limit (4000 characters here) while
// a guard still fails often: the function it inlined (shade, most of the
// tree) is called from then on and the loop recorded again; shade's own
// tree takes the bridges. Without that, the guards kept leaving to the
// interpreter: about 16,000 failures instead of about 1,000.
const OUTGROWN = `
import taipanjit
taipanjit.set_param(tree_source_limit=4000, trace_eagerness=20)

class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3 * self.r * self.r

class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

def shade(shape, other, k):
    # Big enough to be called rather than inlined once the loop's tree outgrows its room.
    a = shape.area() + k
    b = other.area() - k
    best = a if a > b else b
    total = (a % 7) + (b % 5)
    if k % 3 == 0:
        total += best
    elif k % 3 == 1:
        total -= best // 2
    else:
        total ^= best
    if total % 4 == 1:
        total += a * 3 - b
    return total * 2 + (k & 5) - (k | 3) + (best % 11)

def kernel(n):
    shapes = [Circle(2), Square(3), Circle(5), Square(1), Square(4)]
    acc = 0
    for k in range(n):
        acc += shade(shapes[k % 5], shapes[(k * 7) % 5], k)
    return acc

result = kernel(20000)
st = taipanjit.stats()
print(result, st["outgrown"], st["guard_failures"] < 3000)
`;

Deno.test("taipanjit: an outgrown tree calls its biggest callee instead of inlining it", async () => {
  const result = await taipan(["-c", OUTGROWN]);
  assertEquals(result.stderr, "");
  assertEquals(result.stdout, "401017818 1 True\n"); // (the sum is CPython's)
});

// A function with a loop called from an inlined frame (helper, inlined into
// the module's loop, calls walk, whose loop makes it a called function) runs
// its trace without a frame, as a call from the looping frame does
// (driver.ts callDirect): before, each of the 20,000 calls made a frame and
// entered the trace with it (19,655 trace entries, no frameless run).
const NESTED = `
import taipanjit

def walk(items):
    s = 0
    for v in items:
        s += v
    return s

def helper(items):
    return walk(items) + 1

items = [1, 2, 3]
total = 0
for i in range(20000):
    total += helper(items)
st = taipanjit.stats()
print(total, st["frameless_runs"] > 15000, st["trace_entries"] < 5000)
`;

Deno.test("taipanjit: a function called from an inlined frame runs its trace without a frame", async () => {
  const result = await taipan(["-c", NESTED]);
  assertEquals(result.stderr, "");
  assertEquals(result.stdout, "140000 True True\n"); // (the total is CPython's)
});

// compose's lambdas, made anew at each kernel call, are inlined behind a
// guard on their code (not their identity): the kernel's loop runs in one
// trace entry per call. By identity, each new lambda took a bridge until
// the site called them all uninlined, through their own traces: 178,787
// trace entries instead of under a thousand.
const BY_CODE = `
import taipanjit

def compose(*functions):
    def composed(x):
        for f in reversed(functions):
            x = f(x)
        return x
    return composed

def kernel(n):
    pipeline = compose(lambda x: x + 1, lambda x: x * 2, lambda x: x - 3)
    total = 0
    for i in range(n):
        total += pipeline(i)
    return total

results = [kernel(20000) for _ in range(4)]
print(results[-1], taipanjit.stats()["trace_entries"] < 2000)
`;

Deno.test("taipanjit: functions made per call are inlined behind a code guard", async () => {
  const result = await taipan(["-c", BY_CODE]);
  assertEquals(result.stderr, "");
  assertEquals(result.stdout, "399880000 True\n"); // (the total is CPython's)
});

const SHORT_BODIES = `
import taipanjit
def less(a, b):
    return a < b
def least(a, b):
    return a if a < b else b
xs = list(range(5000))
ys = list(range(5000, 0, -1))
before = taipanjit.stats()["recordings"]
print(sum(map(less, xs, ys)), sum(map(least, xs, ys)))
print(taipanjit.stats()["recordings"] - before)
`;

Deno.test("taipanjit: a short body with no other way through is recorded once", async () => {
  // Both bodies are too short to enter from the interpreter. \`least\` has a
  // branch (a recursion's base case looks like this), so it is recorded again
  // until max_retrace (5); \`less\` has none, and one recording tells all.
  const result = await taipan(["-X", "jit-param=function_threshold=100", "-c", SHORT_BODIES]);
  assertEquals(result.stderr, "");
  assertEquals(result.stdout, "2500 6250000\n6\n"); // (the sums are CPython's)
});

const MERGES = `
import taipanjit
def f(a, b=0, **rest):
    return a + b + len(rest)
def g(n, **options):
    total = 0
    for i in range(n):
        total += f(**{"a": i}, **options) + len({**options, "k": i})
    return total
print(g(3000, b=1, c=2), taipanjit.stats()["recordings_aborted"])
`;

Deno.test("taipanjit: {**m} and f(**m) are recorded (DICT_UPDATE, DICT_MERGE)", async () => {
  const result = await taipan(["-c", MERGES]);
  assertEquals(result.stderr, "");
  assertEquals(result.stdout, "4513500 0\n"); // (the total is CPython's)
});

const SUPER_INIT = `
import taipanjit
class Failure(Exception):
    def __init__(self, key):
        super().__init__(key, "x" * (key % 4))
f = lambda n: sum([len(Failure(i).args[1]) for i in range(n)])
print(f(3000), taipanjit.stats()["recordings_aborted"])
`;

const WITH_EXIT = `
import taipanjit
class Guard:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log[0] += 1
        return self
    def __exit__(self, kind, value, tb):
        self.log[1] += self.log[0] & 3
        self.log[2] = self.log[1] ^ self.log[0]
        self.log[3] = (self.log[2] + 1) & 7
        return kind is KeyError
def f(n):
    log = [0, 0, 0, 0]
    for i in range(n):
        with Guard(log):
            log[0] += i & 1
    return log[0]
print(f(5000), taipanjit.stats()["trace_entries"] < 100)
`;

Deno.test("jit: with's closing call of __exit__ (None in the self slot) is inlined", async () => {
  // (Called instead, __exit__'s own trace, long enough to be one, was entered at most
  // iterations.)
  const result = await taipan(["-c", WITH_EXIT]);
  assertEquals(result.stderr, "");
  assertEquals(result.stdout, "7500 True\n"); // (the count is CPython's)
});

Deno.test("taipanjit: super().__init__(msg) of an Exception subclass is recorded", async () => {
  // super() finds BaseException.__init__, a builtin method: the recording
  // calls it (from the inlined __init__) instead of aborting at super().
  const result = await taipan(["-c", SUPER_INIT]);
  assertEquals(result.stderr, "");
  assertEquals(result.stdout, "4500 0\n"); // (the total is CPython's)
});

const EXCEPT_TUPLE = `
import taipanjit
def g(n, table, items):
    misses = 0
    for i in range(n):
        try:
            misses -= table[i] if i & 1 else items[i]
        except (KeyError, IndexError) as e:
            misses += 1 + isinstance(e, IndexError)
    return misses
print(g(3000, {}, []), taipanjit.stats()["recordings_aborted"])
`;

Deno.test("taipanjit: except (A, B) is recorded (CHECK_EXC_MATCH of a built tuple)", async () => {
  const result = await taipan(["-c", EXCEPT_TUPLE]);
  assertEquals(result.stderr, "");
  assertEquals(result.stdout, "4500 0\n"); // (the count is CPython's)
});

const BARE_RAISE = `
import taipanjit
def h(n):
    logged = 0
    for i in range(n):
        try:
            try:
                [][i]
            except IndexError:
                logged += 2
                raise
        except LookupError:
            logged -= 1
    return logged
print(h(3000), taipanjit.stats()["recordings_aborted"])
`;

Deno.test("taipanjit: a bare raise in a handler is recorded (the handled exception re-raised)", async () => {
  const result = await taipan(["-c", BARE_RAISE]);
  assertEquals(result.stderr, "");
  assertEquals(result.stdout, "3000 0\n"); // (the count is CPython's)
});

const FRESH_GENERATORS = `
def pairs(row):
    for i in range(len(row) - 1):
        yield row[i], row[i + 1]
def kernel(rows):
    total = 0
    for row in rows:
        for a, b in pairs(row):
            total += a * b
    return total
print(kernel([list(range(k % 7 + 2)) for k in range(20000)]))
`;

Deno.test("jit: a fresh generator's body is inlined into the for loop taking it, its return in a bridge", async () => {
  // Each row makes a new generator, not started when the inner loop takes it
  // (gen_enter at its first instruction), and finishing within the outer
  // loop's iteration: the bridge from its loop's end finishes it (gen_finish)
  // and goes on after the inner loop.
  const result = await taipan(["-c", FRESH_GENERATORS], { TAIPAN_JITLOG: "traces" });
  assertEquals(result.stdout, "719964\n"); // (CPython's)
  assertEquals(result.stderr.includes("gen_enter"), true);
  assertEquals(result.stderr.includes("gen_finish"), true);
});

// A loop that raises and catches every iteration — in its own frame, in a
// callee, `raise ... from`, a `with` block's __exit__ — compiles
// (jit/record_exceptions.ts): entered once, it runs to the range's end (its
// one guard failure) with its raises caught inside the trace, none leaving it.
// (No function traces: lookup's own, which catches its KeyError, would count
// its entries.)
const CATCHING = `
import taipanjit
class Invalid(Exception):
    pass
class Guard:
    def __enter__(self):
        return self
    def __exit__(self, kind, value, tb):
        return kind is Invalid
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise Invalid(key) from None
def f(n):
    table = {}
    caught = 0
    for i in range(n):
        try:
            lookup(table, i)
        except Invalid as e:
            caught += e.args[0] == i and e.__suppress_context__
        try:
            raise ValueError(i)
        except ValueError as e:
            caught += e.__traceback__.tb_lineno
        with Guard():
            raise Invalid(i)
    return caught
print(f(5000))
st = taipanjit.stats()
print(st["loops_entered"], st["guard_failures"], st["raises_in_traces"])
`;

Deno.test("taipanjit: a loop that raises and catches every iteration compiles", async () => {
  const result = await taipan(["-X", "jit-param=function_threshold=1000000", "-c", CATCHING]);
  assertEquals(result.stderr, "");
  assertEquals(result.stdout, "125000\n1 1 0\n");
});

// Bridges compiled as functions of their own (js.ts BRIDGE FUNCTIONS): the
// loop's tree is not compiled again for them, until one of them has run
// bridge_inline_runs times; then it is compiled into the tree at the tree's
// next entry.
const WAYS = `
import taipanjit
def ways(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            total += i
        elif i % 5 == 0:
            total -= 2 * i
        else:
            total ^= i
    return total
print(sum(ways(2000) for k in range(60)))
st = taipanjit.stats()
print(st["bridge_functions"] >= 2, st["recompiles"])
`;

Deno.test("jit: bridges run as functions of their own, compiled into the tree when they run often", async () => {
  const functions = await taipan([
    "-X",
    "jit-param=bridge_inline_runs=1000000000",
    "-c",
    WAYS,
  ]);
  assertEquals(functions.stderr, "");
  assertEquals(functions.stdout, "7703460\nTrue 0\n");
  // (Each compile takes in those that made three quarters of the runs: one or two compiles here.)
  const inlined = await taipan(["-X", "jit-param=bridge_inline_runs=5000", "-c", WAYS]);
  const [total, line] = inlined.stdout.split("\n");
  assertEquals([total, line.startsWith("True ")], ["7703460", true]);
  assertEquals(Number(line.slice(5)) >= 1, true);
  // Not past bridge_inline_limit characters (js.ts INLINE LIMIT): they stay functions.
  const limited = await taipan([
    "-X",
    "jit-param=bridge_inline_runs=5000,bridge_inline_limit=1",
    "-c",
    WAYS,
  ]);
  assertEquals([limited.stderr, limited.stdout], ["", "7703460\nTrue 0\n"]);
});

// A compile of a tree for bridges that could not be functions (the bridges
// from inside `nearest`'s loop read its list iterator's position, which
// their exits do not store) takes bridge functions in only within
// bridge_inline_limit too (js.ts INLINE LIMIT): the bridge of `k = 2` stays
// a function. It went inline whatever the limit until session 19.
const PENDING = `
class A:
    def __init__(self, k):
        self.k = k
    def hit(self, x):
        return x % self.k if x % 2 else None

class B:
    def __init__(self, k):
        self.k = k
    def hit(self, x):
        return None if x % self.k else x * 0.5

objects = [B(3), A(5), A(7), B(11)]

def nearest(x):
    keep = lambda: x
    if x % 3 == 0:
        k = 1
    else:
        k = 2
    best_t = None
    best = None
    for obj in objects:
        t = obj.hit(x)
        if t is not None and (best_t is None or t < best_t):
            best_t = t
            best = obj
    return best, best_t if k else keep

def run(n):
    total = 0
    for i in range(n):
        o, t = nearest(i)
        if o is not None:
            total += t
    return total

print(sum(run(3000) for k in range(40)))
`;

Deno.test("jit: a compile for bridges that could not be functions keeps bridge functions past the inline limit", async () => {
  const result = await taipan([
    "-X",
    "jitlog=summary",
    "-X",
    "jit-param=bridge_inline_runs=1000000000,bridge_inline_limit=1",
    "-c",
    PENDING,
  ]);
  assertEquals(result.stdout, "17788500.0\n");
  const recompiles = Number(/recompiles: (\d+)/.exec(result.stderr)?.[1]);
  assertEquals(recompiles >= 1, true);
  const tree = result.stderr.split("\n").find((line) => line.includes("loop entry of nearest"));
  assertEquals(/their functions run [1-9]/.test(tree ?? ""), true, tree);
});

// A bridge function that runs in one iteration of a hundred is not worth
// compiling the tree again (bridge_inline_share: at least one in 16).
const RARE = `
import taipanjit
def rare(n):
    total = 0
    for i in range(n):
        if i % 100 == 0:
            total += i
        else:
            total -= 1
    return total
print(sum(rare(20000) for k in range(30)))
st = taipanjit.stats()
print(st["bridge_functions"] >= 1, st["recompiles"])
`;

Deno.test("jit: bridge functions that run rarely next to the tree's iterations are not compiled in", async () => {
  const rare = await taipan(["-X", "jit-param=bridge_inline_runs=1000", "-c", RARE]);
  assertEquals(rare.stderr, "");
  assertEquals(rare.stdout, "59106000\nTrue 0\n");
  const counted = await taipan([
    "-X",
    "jit-param=bridge_inline_runs=1000,bridge_inline_share=1000",
    "-c",
    RARE,
  ]);
  const [total, line] = counted.stdout.split("\n");
  assertEquals([total, line.startsWith("True ")], ["59106000", true]);
  assertEquals(Number(line.slice(5)) >= 1, true);
});

// gen.send(x) called, not recorded into the generator's body (inline_send=0;
// on by default): the program's output is CPython's (its expected file)
// with it off too, at thresholds that trace everything.
Deno.test("jit: inline_send=0 gives CPython's output for await_in_loops.py", async () => {
  const program = `${root}tests/python/jit/await_in_loops.py`;
  const expected = JSON.parse(Deno.readTextFileSync(program.replace(/\.py$/, ".expected.json")));
  const result = await taipan([
    "-X",
    "jit-param=inline_send=0,threshold=1,function_threshold=1,function_min_length=0,trace_eagerness=5",
    program,
  ]);
  assertEquals(result.stdout, expected.stdout);
});

// Raises in inlined callees not followed (inline_raises=0; on by default): the
// callees are called, and the output is CPython's all the same, at the usual
// thresholds and at thresholds that trace everything.
Deno.test("jit: inline_raises=0 gives CPython's output for handled_in_inlined.py", async () => {
  const program = `${root}tests/python/jit/handled_in_inlined.py`;
  const expected = JSON.parse(Deno.readTextFileSync(program.replace(/\.py$/, ".expected.json")));
  for (const rest of ["", ",threshold=1,function_threshold=1,function_min_length=0"]) {
    const result = await taipan(["-X", `jit-param=inline_raises=0${rest}`, program]);
    assertEquals(result.stdout, expected.stdout);
  }
});

/** The output of `program` run with `-X jit-param=PARAMS` (its stderr must be empty). */
async function outputWith(params: string, program: string): Promise<string> {
  const result = await taipan(["-X", `jit-param=${params}`, "-c", program]);
  assertEquals(result.stderr, "");
  return result.stdout;
}

// A function called with an int or None: the recordings of its trace, and its failed entries.
const step = (parameter: string) => `
import taipanjit
def step(${parameter}):
    if value is None:
        return 0
    return value * 2 + 1
def counts(before):
    after = taipanjit.stats()
    return [after[k] - before[k] for k in ("recordings", "entry_type_mismatches")]
`;

Deno.test("jit: an argument that failed a trace's int entry check is a ref when recorded again", async () => {
  // The first recording sees an int; the Nones fail its entry check until
  // the trace is dropped (threshold failures). Recorded again with the
  // argument as an int (6 times in 7), it would fail again, up to
  // max_retrace recordings; as a ref it takes both (driver.ts refSlots).
  const program = `${step("value")}
values = [None if i % 7 == 3 else i for i in range(30000)]
before = taipanjit.stats()
print(sum(map(step, values)), counts(before)[0])
`;
  const params = "threshold=100,function_threshold=300,function_min_length=0";
  assertEquals(await outputWith(params, program), "771411428 2\n"); // (the sum is CPython's)
});

Deno.test("jit: a parameter whose default is of another kind is a ref input", async () => {
  // step is recorded called with an int; the calls that leave \`value\` out
  // bring None, which an int input would refuse at the entry.
  const program = `${step("value=None")}
def run(n):
    total = 0
    for i in range(n):
        total += step() if i % 7 == 3 else step(i)
    return total
taipanjit.set_param(threshold=1000000)
before = taipanjit.stats()
print(run(30000), *counts(before))
`;
  const params = "function_threshold=100,function_min_length=0";
  assertEquals(await outputWith(params, program), "771411428 1 0\n"); // (the sum is CPython's)
});

Deno.test("jit: a function's trace takes the parameters its path never read as inputs", async () => {
  // walk's trace is recorded on the path that returns before reading
  // `depth` or `scale`; the bridge from its guard reads them from the
  // exit's values, not the frame (getlocal), so the tree may still run
  // frameless (recorder.ts parametersAsInputs; raytrace's `trace`).
  const program = `
class Node:
    def __init__(self, value):
        self.value = value

def walk(node, depth, scale=1):
    if node is None:
        return 0
    return node.value * depth * scale

total = 0
for i in range(3000):
    total += walk(None if i < 1000 or i % 3 else Node(i), 2)
print(total)
`;
  const result = await taipan([
    "-X",
    "jitlog=traces",
    "-X",
    "jit-param=threshold=100000,function_threshold=100,function_min_length=0,trace_eagerness=5",
    "-c",
    program,
  ]);
  assertEquals(result.stdout, "2663334\n"); // (CPython's)
  const sections = result.stderr.split("[jit] ").filter((s) => s.includes("of entry of walk"));
  const root = sections.find((s) => s.startsWith("optimized trace"));
  assertEquals(root?.split("\n")[1], "inputs r0@0 r2@1 r3@2");
  const bridges = sections.filter((s) => s.startsWith("bridge"));
  assertEquals(bridges.length > 0, true);
  assertEquals(bridges.some((s) => s.includes("getlocal")), false);
});

const EARLY_STOP = `
import taipanjit
def g(n):
    seq = [1, 2, 3]
    t = 0
    for i in range(n):
        if any(x > 2 for x in seq):
            t += 1
    return t
print(g(20000), taipanjit.stats()["blacklisted"])
`;

Deno.test("taipanjit: a genexpr whose consumer stops early (any) is recorded again, not blacklisted", async () => {
  // The second back-edge of each call meets the value any() stops at: that
  // recording ends there, and the next back-edge (the next call's first) records
  // the loop as it goes round: nothing given up.
  const result = await taipan(["-c", EARLY_STOP], { TAIPAN_BUNDLE: "0" });
  assertEquals(result.stderr, "");
  assertEquals(result.stdout, "20000 0\n"); // (the count is CPython's)
});
