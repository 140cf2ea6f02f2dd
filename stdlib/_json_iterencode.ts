/**
 * A native twin of json.encoder's `_make_iterencode`, for one-shot
 * encodings (`json.dumps` with `indent`, which CPython 3.11 always encodes
 * in Python: its C make_encoder is only used without indent).
 *
 * How it is put in place: after the standard library's json/encoder.py has
 * run, and only when that file is byte for byte CPython 3.11's (its hash is
 * checked, so a changed copy keeps its own Python code), the module's
 * `_make_iterencode` is replaced by a builtin that keeps the original. A
 * call it cannot take over exactly is passed on to the original unchanged:
 * keyword or extra arguments, `_one_shot` not True (json.dump streams its
 * chunks lazily), `c_make_encoder` None (the pure-Python json of test
 * suites that block _json), a str encoder other than _json's own, a
 * floatstr other than JSONEncoder.iterencode's own, separators or indent
 * that are not primitive strs, non-bool flags, or markers not an empty
 * exact dict.
 *
 * What it returns: an iterator that, when first advanced, runs the whole
 * encoding (_json_pymode_encoder.ts) and yields the document as one
 * chunk, so that nothing runs before encode() drains it, as with the
 * generator it stands for.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { dictType, PyDict } from "../vm/objects/dict.ts";
import { PyFunction } from "../vm/objects/function.ts";
import { floatType, PyFloat } from "../vm/objects/float.ts";
import { CodeObject } from "../vm/compiler/code.ts";
import { BINARY_OPERATORS } from "../vm/compiler/opcodes.ts";
import { PyType } from "../vm/objects/type.ts";
import { nativeFunction } from "../vm/objects/native_function.ts";
import { strType } from "../vm/objects/core_types.ts";
import { classInfoCheck } from "../vm/runtime/builtin_functions.ts";
import { callObject } from "../vm/runtime/call.ts";
import { binaryOp } from "../vm/runtime/operators.ts";
import { openModuleFile } from "../vm/runtime/import/file_source.ts";
import { contentHash } from "../vm/runtime/import/content_hash.ts";
import { nativeOnlyIteratorType, PyStatefulIterator } from "./native_type.ts";
import { fastEncoders } from "./_json_encoder.ts";
import { encodeInPythonMode, fallbackOf, type PythonModeEncoder } from "./_json_pymode_encoder.ts";

/**
 * CPython 3.11's Lib/json/encoder.py (3.11.3 to 3.11.x) by the contentHash
 * of what identifies a module file to the code cache: the source bytes of a
 * file, the stored (deflated) bytes of pyodide's python_stdlib.zip entry
 * (hashing those needs no inflating, which took 40-180 ms).
 */
const CPYTHON_ENCODER = new Set([
  "source 16080 324a8eb160dd088a851c77777724eb20",
  "zip entry, method 8 4044 908b968b160dc45df8f70782e5545d24",
]);

/** Whether the module file at `path` is one of `hashes` (kind, size and contentHash). */
export function isStockFile(path: string, hashes: ReadonlySet<string>): boolean {
  const stored = openModuleFile(path)?.cached;
  if (stored === undefined) return false;
  const { kind, data } = stored instanceof Uint8Array ? { kind: "source", data: stored } : stored;
  return hashes.has(`${kind} ${data.length} ${contentHash(data)}`);
}

/** The namespaces of json.encoder modules run from CPython's file (for _json_entries.ts). */
const stockEncoderModules = new WeakSet<PyDict>();

export function isStockEncoderModule(dict: PyDict): boolean {
  return stockEncoderModules.has(dict);
}

const MULTIPLY = BINARY_OPERATORS.findIndex(([kind]) => kind === "Mult");

const chunksType = nativeOnlyIteratorType("json_iterencode_chunks", "_json");

/** Replace json.encoder's `_make_iterencode` if `path` holds CPython's json/encoder.py. */
export function accelerateJsonEncoder(dict: PyDict, path: string): void {
  if (!isStockFile(path, CPYTHON_ENCODER)) return;
  stockEncoderModules.add(dict);
  const original = dict.get("_make_iterencode");
  const encoderClass = dict.get("JSONEncoder");
  if (!(original instanceof PyFunction) || !(encoderClass instanceof PyType)) return;
  const iterencode = encoderClass.dict.get("iterencode");
  if (!(iterencode instanceof PyFunction)) return;
  const floatstrCode = iterencode.code.co_consts.find((constant) =>
    constant instanceof CodeObject && constant.co_name === "floatstr"
  );
  if (!(floatstrCode instanceof CodeObject)) return;
  const twin = nativeFunction(
    "_make_iterencode",
    "*args, **kwargs",
    (args: PyValue[], kwargs: Map<string, PyValue>) => {
      const encoder = kwargs.size === 0 ? pythonModeEncoder(args, dict, floatstrCode) : undefined;
      if (encoder === undefined) {
        return callObject(original, [...args, ...kwargs.values()], [...kwargs.keys()]);
      }
      encoder.original = original;
      return nativeFunction(
        "_iterencode",
        "o, _current_indent_level",
        (o: PyValue, level: PyValue) => iterencodeChunks(encoder, o, level),
      );
    },
  );
  twin.module = "json.encoder";
  dict.set("_make_iterencode", twin);
}

/** The arguments of a call the twin takes over, else undefined. */
function pythonModeEncoder(
  args: PyValue[],
  globals: PyDict,
  floatstrCode: CodeObject,
): PythonModeEncoder | undefined {
  if (args.length !== 10) return undefined;
  const [markers, defaultFunction, encoder, indent, floatstr, keySeparator, itemSeparator] = args;
  const [sortKeys, skipKeys, oneShot] = args.slice(7);
  const c_make_encoder = globals.get("c_make_encoder");
  if (oneShot !== true || c_make_encoder === undefined || c_make_encoder === null) return undefined;
  const fast = fastEncoders.get(encoder);
  if (fast === undefined || !isStockFloatstr(floatstr, floatstrCode)) return undefined;
  if (markers !== null && !(markers instanceof PyDict && markers.cls === dictType)) {
    return undefined;
  }
  if (typeof keySeparator !== "string" || typeof itemSeparator !== "string") return undefined;
  if (typeof sortKeys !== "boolean" || typeof skipKeys !== "boolean") return undefined;
  let indentText: string | null = null;
  if (indent !== null) {
    const isText = classInfoCheck(indent, strType, "__instancecheck__", "isinstance()");
    const text = isText ? indent : binaryOp(MULTIPLY, " ", indent);
    if (typeof text !== "string") return undefined;
    indentText = text;
  }
  return {
    markers: markers as PyDict | null,
    defaultFunction,
    encoder,
    fast,
    floatstr,
    indent: indentText,
    keySeparator,
    itemSeparator,
    sortKeys,
    skipKeys,
    original: null,
    fallback: null,
  };
}

/**
 * JSONEncoder.iterencode's own floatstr, with its defaults as made there
 * (float.__repr__, +-inf): for an exact finite float it returns
 * float.__repr__ without running any Python code.
 */
function isStockFloatstr(floatstr: PyValue, code: CodeObject): boolean {
  if (!(floatstr instanceof PyFunction) || floatstr.code !== code) return false;
  if (floatstr.kwdefaults !== null) return false;
  const defaults = floatstr.defaults?.items;
  if (defaults === undefined || defaults.length !== 4) return false;
  const [, repr, inf, negativeInf] = defaults;
  return repr === floatType.dict.get("__repr__") &&
    inf instanceof PyFloat && inf.cls === floatType && inf.value === Infinity &&
    negativeInf instanceof PyFloat && negativeInf.cls === floatType &&
    negativeInf.value === -Infinity;
}

/** `_iterencode(o, level)`: the document as the one chunk of a lazy iterator. */
function iterencodeChunks(encoder: PythonModeEncoder, o: PyValue, level: PyValue): PyValue {
  const unusual = typeof level !== "number" || level < 0 || level > MAX_LEVEL ||
    (encoder.markers !== null && encoder.markers.size !== 0);
  if (unusual) return callObject(fallbackOf(encoder), [o, level], null);
  let done = false;
  return new PyStatefulIterator(chunksType, null, () => {
    if (done) return undefined;
    done = true;
    return encodeInPythonMode(encoder, o, level as number);
  });
}

const MAX_LEVEL = 1 << 16;
