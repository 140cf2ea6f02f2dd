/**
 * Primes the eval loop's type feedback at start-up: a short Python program,
 * run once before the user's, that takes the paths of runFrame (eval.ts) most
 * programs take sooner or later.
 *
 * Why: V8 compiles runFrame (with Maglev; TurboFan with -X jit=off) after a
 * few thousand instructions, from the feedback its operations gathered so
 * far, and an operation that has never run compiles to an unconditional
 * deoptimisation ("Insufficient type feedback"). So does a first integer
 * beyond 31 bits at an addition that saw small ones only ("not a Smi"), a
 * second callee at a call that saw one ("wrong call target"), and a first
 * exception caught in a try block whose handler never ran ("exception with
 * omitted catch handler": every activation of the loop on the stack is
 * deoptimised). Each time the function runs in the baseline tier until V8
 * compiles it again (10-50 ms of a worker thread each), and a program's later
 * phases meet paths its first did not take: runFrame was compiled 4-12 times
 * a run before this. Routing rare paths to one shared call (eval_rare.ts's
 * rareOp) avoids it for rare opcodes; these are the common opcodes' paths.
 *
 * What the program runs is chosen by the deoptimisations `--trace-deopt`
 * showed on the benchmarks (docs/performance.md, "The eval loop's deopts"),
 * not by what any program computes; it runs first, before site's imports,
 * because V8 compiles runFrame after ~1500 instructions (its budget counts
 * the bytes the dispatch loop jumps back over), and its JS throw (the
 * NameError) comes first of all, before that compile. It has no effect
 * Python can see: its own namespace, nothing imported, no class made
 * (object.__subclasses__() would list it), every exception caught inside. It costs a few milliseconds of start-up, most of them
 * the first run of runtime functions a program mostly runs anyway; compiled
 * once, then read from the code cache.
 */
import { PyDict } from "../objects/dict.ts";
import { compileWithCache } from "./import/cached_compile.ts";
import { bytecodeWritable } from "./import/load_module.ts";
import { interpreter } from "./interpreter_state.ts";
import { evalFrame } from "./eval.ts";
import { Frame } from "./frame.ts";
import { jitSwitch } from "../../jit/params.ts";

// Each site that should see its fast path runs twice (the first run of an
// attribute, method or global load is its cache's miss).
const PRIMER = new TextEncoder().encode(`
try:
    name_that_is_not_bound
except NameError:
    pass
def f(a, b=2):
    return a - b
def gen(n):
    yield n
def outer(n):
    y = n
    def inner():
        nonlocal y
        y += 1
        return y
    return inner
def fail():
    raise ValueError
def work(o, big, d, s):
    t = s.find("7") + len(s) + f(big) + f(3, 1)
    o.append(t)
    t = big + big - 3 - big
    t = (t < big, t == big, t > 3, -5 <= t, t != 0, s < "b", s == "a", s[0])
    t = d["k"] + [1, 2][0]
    try:
        d["missing"]
    except KeyError:
        pass
    h = outer(3)
    t = [h()] + list(gen(3)) + [next(gen(2))]
    a, b = 1, 2
    a, b = b, a
    t = (a and t or not b, a in [1], a is None, b is not None, 1 < a < 3, str(a), int(s))
    t = [x for x in s] + [i for i in range(2, 0, -1)]
    d["j"] = s[1:] + f"{a}{b!r:>3}"
    try:
        fail()
    except ValueError:
        pass
    try:
        try:
            int("x")
        finally:
            t = 0
    except ValueError:
        pass
for i in range(2):
    work([], 1 << 40, {"k": 1}, "7")
`);

/** Runs the primer (JIT on); it raises nothing, and a failure of its own is ignored. */
export function primeEvalLoop(): void {
  // With -X jit=off TurboFan compiles the loop (./taipan), later and from more feedback,
  // and the primer's wider feedback made its code slower (richards 2-7%).
  if (!jitSwitch.enabled) return;
  const state = interpreter();
  const namespace = new PyDict();
  namespace.set("__name__", "_eval_primer");
  namespace.set("__builtins__", state.builtins);
  try {
    const source = { cached: PRIMER, bytes: () => PRIMER };
    const code = compileWithCache(source, "<eval primer>", 0, bytecodeWritable);
    evalFrame(new Frame(code, namespace, state.builtins.dict, namespace, null));
  } catch {
    // (the program catches its own exceptions; nothing here is the user's concern)
  }
}
