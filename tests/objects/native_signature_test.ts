/**
 * Argument binding errors: the expected messages are what CPython 3.11 prints
 * for the builtin whose signature each case declares.
 */
import { assertEquals } from "../assert.ts";
import { isPyException } from "../../vm/objects/exceptions.ts";
import {
  type ArgumentStyle,
  bindArguments,
  NO_DEFAULT,
  parseSignature,
} from "../../vm/objects/native_signature.ts";
import type { PyValue } from "../../vm/objects/object.ts";

function messageOf(
  signature: string,
  name: string,
  args: PyValue[],
  kwnames: string[] | null = null,
  style?: ArgumentStyle,
): string {
  try {
    bindArguments(parseSignature(signature, style), name, args, kwnames);
  } catch (error) {
    if (isPyException(error) && error.cls.name === "TypeError") {
      return error.args.items[0] as string;
    }
    throw error;
  }
  return "(no error)";
}

const CASES: [string, string, PyValue[], string[] | null, ArgumentStyle | undefined, string][] = [
  [
    "sep=None, maxsplit=-1",
    "split",
    [1, 2, 3],
    null,
    undefined,
    "split() takes at most 2 arguments (3 given)",
  ],
  [
    "sep=None, maxsplit=-1",
    "split",
    [1],
    ["x"],
    undefined,
    "'x' is an invalid keyword argument for split()",
  ],
  [
    "sep=None, maxsplit=-1",
    "split",
    [",", ","],
    ["sep"],
    undefined,
    "argument for split() given by name ('sep') and position (1)",
  ],
  ["", "str.upper", [1], null, undefined, "str.upper() takes no arguments (1 given)"],
  [
    "object, /",
    "list.append",
    [],
    null,
    undefined,
    "list.append() takes exactly one argument (0 given)",
  ],
  [
    "object, /",
    "list.append",
    [1, 2],
    null,
    undefined,
    "list.append() takes exactly one argument (2 given)",
  ],
  ["x, y, /", "divmod", [1], null, undefined, "divmod expected 2 arguments, got 1"],
  ["x, y, /", "divmod", [1, 2, 3], null, undefined, "divmod expected 2 arguments, got 3"],
  [
    "base, exp, mod=None",
    "pow",
    [1],
    null,
    undefined,
    "pow() missing required argument 'exp' (pos 2)",
  ],
  ["obj, /", "len", [1], ["x"], undefined, "len() takes no keyword arguments"],
  [
    "iterable, /, *, key=None, reverse=False",
    "sorted",
    [[] as unknown as PyValue, 1],
    null,
    undefined,
    "sorted expected 1 argument, got 2",
  ],
  [
    "x=?, /, base=10",
    "int",
    ["1", 10, 3],
    null,
    undefined,
    "int() takes at most 2 arguments (3 given)",
  ],
  [
    "object, name, default=?, /",
    "getattr",
    [1],
    null,
    undefined,
    "getattr expected at least 2 arguments, got 1",
  ],
  [
    "prefix, start=?, end=?, /",
    "startswith",
    [],
    null,
    "parsetuple",
    "startswith() takes at least 1 argument (0 given)",
  ],
  [
    "*, key=None, reverse=False",
    "sort",
    [1],
    null,
    undefined,
    "sort() takes no positional arguments",
  ],
  [
    "length=1, byteorder='big', *, signed=False",
    "to_bytes",
    [1, "big", true],
    null,
    undefined,
    "to_bytes() takes at most 2 positional arguments (3 given)",
  ],
  [
    "*args, sep=' ', end='\\n', file=None, flush=False",
    "print",
    [1, 2],
    ["sepx"],
    undefined,
    "'sepx' is an invalid keyword argument for print()",
  ],
  [
    "number, ndigits=None",
    "round",
    [],
    null,
    undefined,
    "round() missing required argument 'number' (pos 1)",
  ],
  ["x, /", "abs", [1], ["x"], undefined, "abs() takes no keyword arguments"],
  ["x, /", "abs", [1, 2], null, undefined, "abs() takes exactly one argument (2 given)"],
]; // deno-fmt-ignore

for (const [signature, name, args, kwnames, style, expected] of CASES) {
  Deno.test(`bind ${name}(${signature}) error: ${expected}`, () => {
    assertEquals(messageOf(signature, name, args, kwnames, style), expected);
  });
}

Deno.test("binding fills defaults, keywords, varargs and varkw", () => {
  const sig = parseSignature("a, b=2, /, c=3, *rest, d, e=?, **extra");
  assertEquals(sig.defaults[4], NO_DEFAULT);
  const bound = bindArguments(sig, "f", [1, 10, 30, 40, 50, 4, 9], ["d", "zz"]);
  assertEquals(bound, [1, 10, 30, [40, 50], 4, undefined, new Map([["zz", 9]])]);
  assertEquals(bindArguments(parseSignature("x, y=None"), "g", [1], null), [1, null]);
});

Deno.test("binding *args after positional parameters only (the varargs fast path)", () => {
  const sig = parseSignature("a, b=2, *rest");
  assertEquals(bindArguments(sig, "f", [1], null), [1, 2, []]);
  assertEquals(bindArguments(sig, "f", [1, 5, 6, 7], null), [1, 5, [6, 7]]);
  assertEquals(bindArguments(parseSignature("*args"), "g", [], null), [[]]);
  assertEquals(bindArguments(parseSignature("x=?, *args"), "h", [], null), [undefined, []]);
  assertEquals(messageOf("a, *rest", "f", [], null), "f() missing required argument 'a' (pos 1)");
});

Deno.test("native signatures: one parsed object per text and style", () => {
  const first = parseSignature("a, b=None, /");
  assertEquals(parseSignature("a, b=None, /") === first, true, "same text");
  const keywords = parseSignature("a, b=None, /", "parsetuple");
  assertEquals(keywords === first, false, "another style");
  assertEquals([first.style, keywords.style], ["positional", "parsetuple"]);
  assertEquals(parseSignature("a, b=None, /", "parsetuple") === keywords, true);
  assertEquals(parseSignature("a, b=None", "parsetuple").positionalOnly, 0, "another text");
});
