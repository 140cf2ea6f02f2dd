/**
 * Whatever the input, the front end either returns a tree or throws a
 * PySyntaxError: never another JS error, never a JS stack overflow. Inputs:
 * seeded mutations and truncations of real stdlib files, random bytes, and
 * pathological nesting (which CPython 3.11 answers with "too many nested
 * parentheses" or a MemoryError from its parser stack limit).
 */
import { assert, assertEquals } from "../assert.ts";
import { PySyntaxError } from "../../vm/compiler/errors.ts";
import { parse, type ParseMode } from "../../vm/compiler/parse.ts";

/** "ok" or the Python exception class name. */
function outcome(source: string | Uint8Array, mode: ParseMode = "exec"): string {
  try {
    parse(source, "<fuzz>", mode);
    return "ok";
  } catch (error) {
    if (error instanceof PySyntaxError) return error.pyClass;
    throw error;
  }
}

function prng(seed: number): (bound: number) => number {
  let state = seed;
  return (bound) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % bound;
  };
}

const SAMPLES = [
  "/usr/lib/python3.11/json/decoder.py",
  "/usr/lib/python3.11/test/test_patma.py",
  "/usr/lib/python3.11/test/test_grammar.py",
  "/usr/lib/python3.11/test/test_fstring.py",
];
const INSERTIONS = [
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ":",
  "=",
  ",",
  "*",
  "**",
  "@",
  " ",
  "\n",
  "\t",
  "'",
  '"',
  "#",
  "\\",
  "lambda",
  "if",
  "f'{",
  "match",
  "case",
  ":=",
  "->",
];

Deno.test("mutated stdlib sources raise only PySyntaxError", () => {
  const random = prng(2024);
  for (const path of SAMPLES) {
    const text = Deno.readTextFileSync(path);
    for (let round = 0; round < 60; round++) {
      const at = random(text.length);
      const kind = random(4);
      let mutated: string;
      if (kind === 0) mutated = text.slice(0, at);
      else if (kind === 1) mutated = text.slice(0, at) + text.slice(at + 1 + random(12));
      else if (kind === 2) {
        const from = random(text.length);
        mutated = text.slice(0, at) + text.slice(from, from + random(30)) + text.slice(at);
      } else mutated = text.slice(0, at) + INSERTIONS[random(INSERTIONS.length)] + text.slice(at);
      outcome(mutated);
      outcome(mutated, "single");
    }
  }
});

Deno.test("random bytes raise only PySyntaxError", () => {
  const random = prng(7);
  for (let round = 0; round < 200; round++) {
    const bytes = new Uint8Array(1 + random(200));
    for (let i = 0; i < bytes.length; i++) bytes[i] = random(256);
    outcome(bytes);
    outcome(bytes, "eval");
  }
});

Deno.test("pathological nesting is a SyntaxError or CPython's MemoryError, not a JS overflow", () => {
  assertEquals(outcome("(".repeat(300) + "1" + ")".repeat(300) + "\n"), "SyntaxError");
  assertEquals(outcome("-".repeat(100_000) + "1\n"), "MemoryError");
  assertEquals(outcome("not ".repeat(100_000) + "x\n"), "MemoryError");
  assertEquals(outcome("lambda: ".repeat(50_000) + "1\n"), "MemoryError");
  assertEquals(outcome("a if b else ".repeat(50_000) + "1\n"), "MemoryError");
  assertEquals(outcome("2 ** ".repeat(50_000) + "1\n"), "MemoryError");
  // Long flat chains are loops, not recursion: they parse.
  assertEquals(outcome("x = " + "a.b".repeat(20_000) + "\n"), "ok");
  assertEquals(outcome("x = " + "1 + ".repeat(50_000) + "1\n"), "ok");
  assertEquals(outcome("f" + "()".repeat(20_000) + "\n"), "ok");
  // Deep brackets on the error pass (the invalid rules nest further).
  const deepError = "[".repeat(150) + "a b" + "]".repeat(150) + "\n";
  assert(["SyntaxError", "MemoryError"].includes(outcome(deepError)));
});
