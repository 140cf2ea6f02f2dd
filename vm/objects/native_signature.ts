/**
 * Argument binding for functions written in TypeScript ("native" functions).
 *
 * A native function declares its parameters with a text signature in Python
 * syntax — the form CPython shows as `__text_signature__`, without `$self`:
 *
 *     "sep=None, maxsplit=-1"          keyword-capable, with defaults
 *     "x, /"                           positional-only
 *     "x, /, *args, key=None, **kw"    varargs, keyword-only, varkw
 *     "x, y=?, /"                      `?`: optional with no default value; the
 *                                      implementation receives `undefined`
 *
 * Calls use the vectorcall convention: an array of positional arguments
 * followed by keyword values, and `kwnames` naming the trailing ones (or null).
 * `bindArguments` turns that into one array in parameter order (varargs as a
 * JS array, varkw as a Map), raising the TypeError CPython raises. CPython's
 * wording depends on how a C function parses its arguments; `style` selects the
 * family (derived from the signature unless declared):
 *
 *   noargs     "str.upper() takes no arguments (1 given)"
 *   onearg     "list.append() takes exactly one argument (0 given)"
 *   positional "divmod expected 2 arguments, got 1"          (clinic, positional-only)
 *   keywords   "split() takes at most 2 arguments (3 given)"  (clinic with keywords)
 *   parsetuple "startswith() takes at least 1 argument (0 given)" (PyArg_ParseTuple)
 */
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import { taggedArray } from "./array_fill.ts";

export type ArgumentStyle = "noargs" | "onearg" | "positional" | "keywords" | "parsetuple";

/** `undefined` in `defaults` marks a required parameter; NO_DEFAULT an optional one without value. */
export const NO_DEFAULT = Symbol("no default");

export interface NativeSignature {
  readonly names: readonly string[];
  readonly positionalOnly: number;
  /** Parameters before `*` or `*args` (positional-only included). */
  readonly positional: number;
  readonly defaults: readonly (PyValue | typeof NO_DEFAULT | undefined)[];
  readonly varargs: string | null;
  readonly varkw: string | null;
  readonly style: ArgumentStyle;
  /** Required positional parameters. */
  readonly minPositional: number;
  /**
   * For a signature whose parameters are all positional (no `*args`,
   * `**kwargs` or keyword-only ones) and at most three: the value each
   * parameter takes when a positional call leaves it out (undefined for a
   * required one and for `?`), so that a call with a count in range can skip
   * `bindArguments`, which would bind exactly these values (applyDirect in
   * native_function.ts). Null otherwise.
   */
  readonly directDefaults: readonly PyValue[] | null;
}

/** One bound argument list: values in parameter order; varargs an array; varkw a Map. */
export type BoundArguments = (PyValue | undefined | PyValue[] | Map<string, PyValue>)[];

/**
 * Signatures parsed so far, by style and text: the ~2,000 builtin methods
 * defined at start-up share ~220 texts ("", "value, /", ...), and a
 * NativeSignature is never changed once made, so one object serves them all.
 */
const parsedSignatures = new Map<string, NativeSignature>();

export function parseSignature(text: string, style?: ArgumentStyle): NativeSignature {
  const key = style === undefined ? text : `${text}\0${style}`;
  let signature = parsedSignatures.get(key);
  if (signature === undefined) {
    signature = parseSignatureText(text, style);
    parsedSignatures.set(key, signature);
  }
  return signature;
}

function parseSignatureText(text: string, style?: ArgumentStyle): NativeSignature {
  const names: string[] = [];
  const defaults: (PyValue | typeof NO_DEFAULT | undefined)[] = [];
  let positionalOnly = 0;
  let positional = -1;
  let varargs: string | null = null;
  let varkw: string | null = null;
  for (const raw of text.split(",").map((part) => part.trim()).filter((part) => part !== "")) {
    if (raw === "/") positionalOnly = names.length;
    else if (raw === "*") positional = names.length;
    else if (raw.startsWith("**")) varkw = raw.slice(2);
    else if (raw.startsWith("*")) {
      varargs = raw.slice(1);
      positional = names.length;
    } else {
      const equals = raw.indexOf("=");
      names.push(equals < 0 ? raw : raw.slice(0, equals).trim());
      defaults.push(equals < 0 ? undefined : parseDefault(raw.slice(equals + 1).trim()));
    }
  }
  if (positional < 0) positional = names.length;
  let minPositional = 0;
  while (minPositional < positional && defaults[minPositional] === undefined) minPositional++;
  const derivedStyle: ArgumentStyle = names.length === 0 && !varargs && !varkw
    ? "noargs"
    : names.length === 1 && positionalOnly === 1 && defaults[0] === undefined && !varargs && !varkw
    ? "onearg"
    : positionalOnly === positional && positional > 0
    ? "positional"
    : "keywords";
  return {
    names,
    positionalOnly,
    positional,
    defaults,
    varargs,
    varkw,
    style: style ?? derivedStyle,
    minPositional,
    directDefaults: varargs === null && varkw === null && positional === names.length &&
        names.length <= 3
      ? directDefaultsOf(defaults)
      : null,
  };
}

/**
 * The defaults as directDefaults holds them, in a tagged array: `[undefined,
 * 0, undefined]` built any other way is a double array, whose 0 every call
 * would receive as a heap number (taggedArray).
 */
function directDefaultsOf(
  defaults: readonly (PyValue | typeof NO_DEFAULT | undefined)[],
): PyValue[] {
  const direct = taggedArray<PyValue>();
  for (const value of defaults) direct.push((value === NO_DEFAULT ? undefined : value) as PyValue);
  return direct;
}

function parseDefault(text: string): PyValue | typeof NO_DEFAULT {
  if (text === "?") return NO_DEFAULT;
  if (text === "None") return null;
  if (text === "True") return true;
  if (text === "False") return false;
  if (/^-?\d+$/.test(text)) {
    const value = BigInt(text);
    return Number.isSafeInteger(Number(value)) ? Number(value) : value;
  }
  const quoted = /^'(.*)'$/.exec(text) ?? /^"(.*)"$/.exec(text);
  if (quoted) return quoted[1];
  throw new Error(`native signature: unsupported default ${text}`);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Bind a call. `name` is what CPython's messages show: the bare name for
 * `positional` style, `qualname` (e.g. "str.upper") for noargs/onearg.
 * `functionName` is the name "takes no keyword arguments" shows, when it
 * differs: CPython's vectorcall check words it with _PyObject_FunctionStr
 * ("list.index", "zlib.crc32").
 */
export function bindArguments(
  signature: NativeSignature,
  name: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  functionName = name,
): BoundArguments {
  const keywordCount = kwnames === null ? 0 : kwnames.length;
  const given = args.length - keywordCount;
  const { names, positional } = signature;

  // Fast path: positional arguments only, within range, no varargs.
  if (keywordCount === 0 && signature.varargs === null && signature.varkw === null) {
    if (given >= signature.minPositional && given <= positional) {
      const bound: BoundArguments = new Array(names.length);
      for (let i = 0; i < given; i++) bound[i] = args[i];
      for (let i = given; i < names.length; i++) bound[i] = missingOrDefault(signature, name, i);
      return bound;
    }
  }
  // `*args` after the positional parameters only (re.Match.group), or with
  // `**kwargs` and no keyword given (BaseException.__init__ called by a
  // subclass's): checkCounts has nothing to say, and varargs go straight to
  // their place.
  if (
    keywordCount === 0 && signature.varargs !== null &&
    names.length === positional && given >= signature.minPositional &&
    signature.style !== "noargs" && signature.style !== "onearg"
  ) {
    const bound: BoundArguments = new Array(positional + (signature.varkw === null ? 1 : 2));
    const taken = given < positional ? given : positional;
    for (let i = 0; i < taken; i++) bound[i] = args[i];
    for (let i = taken; i < positional; i++) bound[i] = missingOrDefault(signature, name, i);
    bound[positional] = args.slice(taken, given);
    if (signature.varkw !== null) bound[positional + 1] = new Map<string, PyValue>();
    return bound;
  }

  checkCounts(signature, name, given, keywordCount, functionName);
  const bound: BoundArguments = new Array(names.length);
  const takenPositionally = Math.min(given, positional);
  for (let i = 0; i < takenPositionally; i++) bound[i] = args[i];
  const extraKeywords = new Map<string, PyValue>();
  // A keyword given twice or unknown is reported after missing arguments, as
  // _PyArg_UnpackKeywords does: the duplicate at the lowest position first.
  let duplicate = -1;
  let unexpected: string | undefined;
  for (let k = 0; k < keywordCount; k++) {
    const keyword = kwnames![k];
    const index = names.indexOf(keyword);
    if (index < signature.positionalOnly || index < 0) {
      if (signature.varkw !== null) extraKeywords.set(keyword, args[given + k]);
      else unexpected ??= keyword;
    } else if (bound[index] !== undefined) {
      if (duplicate < 0 || index < duplicate) duplicate = index;
    } else {
      bound[index] = args[given + k];
    }
  }
  for (let i = 0; i < names.length; i++) {
    if (bound[i] === undefined) bound[i] = missingOrDefault(signature, name, i, given);
  }
  if (duplicate >= 0) {
    throw pyError(
      "TypeError",
      `argument for ${name}() given by name ('${names[duplicate]}') and position (${
        duplicate + 1
      })`,
    );
  }
  if (unexpected !== undefined) {
    throw pyError("TypeError", `'${unexpected}' is an invalid keyword argument for ${name}()`);
  }
  // Parameter order: *args sits after the positional parameters, **kwargs last.
  if (signature.varargs !== null) {
    bound.splice(positional, 0, args.slice(takenPositionally, given) as PyValue[]);
  }
  if (signature.varkw !== null) bound.push(extraKeywords);
  return bound;
}

function missingOrDefault(
  signature: NativeSignature,
  name: string,
  index: number,
  given = index,
): PyValue | undefined {
  const value = signature.defaults[index];
  if (value === NO_DEFAULT) return undefined;
  if (value !== undefined) return value;
  const parameter = signature.names[index];
  if (signature.style === "positional" || signature.style === "parsetuple") {
    throw countError(signature, name, index);
  }
  if (index < signature.positionalOnly) {
    // A missing positional-only parameter: _PyArg_UnpackKeywords counts them.
    const required = Math.min(signature.minPositional, signature.positionalOnly);
    const bound = required < signature.positional ? "at least" : "exactly";
    throw pyError(
      "TypeError",
      `${name}() takes ${bound} ${plural(required, "positional argument")} (${given} given)`,
    );
  }
  if (index >= signature.positional) {
    throw pyError("TypeError", `${name}() missing required keyword-only argument '${parameter}'`);
  }
  throw pyError(
    "TypeError",
    `${name}() missing required argument '${parameter}' (pos ${index + 1})`,
  );
}

function checkCounts(
  signature: NativeSignature,
  name: string,
  given: number,
  keywords: number,
  functionName: string,
): void {
  const { style, positional } = signature;
  const acceptsKeywords = signature.names.length > signature.positionalOnly || signature.varkw;
  if (keywords > 0 && !acceptsKeywords) {
    throw pyError("TypeError", `${functionName}() takes no keyword arguments`);
  }
  if (style === "noargs" && given > 0) {
    throw pyError("TypeError", `${name}() takes no arguments (${given} given)`);
  }
  if (style === "onearg" && given !== 1) {
    throw pyError("TypeError", `${name}() takes exactly one argument (${given} given)`);
  }
  const total = given + keywords;
  if (
    style === "keywords" && signature.varargs === null && signature.varkw === null &&
    total > signature.names.length
  ) {
    // Counted before positions, and worded "at most", by _PyArg_UnpackKeywords.
    const kind = given === 0 ? "keyword argument" : "argument";
    throw pyError(
      "TypeError",
      `${name}() takes at most ${plural(signature.names.length, kind)} (${total} given)`,
    );
  }
  if (signature.varargs !== null || given <= positional) {
    if (given < signature.minPositional && (style === "positional" || style === "parsetuple")) {
      throw countError(signature, name, given);
    }
    return;
  }
  if (style === "positional" || style === "parsetuple") throw countError(signature, name, given);
  if (positional === 0) throw pyError("TypeError", `${name}() takes no positional arguments`);
  const bound = signature.minPositional < positional ? "at most" : "exactly";
  const kind = positional < signature.names.length ? "positional argument" : "argument";
  throw pyError(
    "TypeError",
    `${name}() takes ${bound} ${plural(positional, kind)} (${given} given)`,
  );
}

function countError(signature: NativeSignature, name: string, given: number) {
  const { minPositional: min, positional: max } = signature;
  if (signature.style === "parsetuple") {
    const [bound, n] = min === max
      ? ["exactly", min]
      : given < min
      ? ["at least", min]
      : ["at most", max];
    return pyError(
      "TypeError",
      `${name}() takes ${bound} ${plural(n, "argument")} (${given} given)`,
    );
  }
  const [bound, n] = min === max ? ["", min] : given < min ? ["at least ", min] : ["at most ", max];
  return pyError("TypeError", `${name} expected ${bound}${plural(n, "argument")}, got ${given}`);
}
