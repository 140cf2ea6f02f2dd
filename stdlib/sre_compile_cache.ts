/**
 * re/_compiler.py's `compile(p, flags)` through the compiled-code cache
 * (vm/runtime/import/code_cache.ts): the code words, groups and group names
 * that re/_parser.py and re/_compiler.py make for a pattern, read back from
 * a cache entry instead of being computed again.
 *
 * Why: a process's first regular expressions run the parser and compiler
 * (pure Python) in a cold interpreter: `import json` compiles six patterns
 * (json.scanner's, json.decoder's two, json.encoder's three), ~20 ms of
 * main-thread CPU, `import re` two more (its Pattern/Match samples), and a
 * program's own patterns come on top; CPython spends ~0.1 ms on each. The
 * same patterns are compiled by every run, and reading an entry back costs a
 * hash and a file read.
 *
 * How: a source companion (vm/runtime/import/source_companions.ts) of
 * `re._compiler` replaces the module's `compile` with a native twin. For a
 * str or bytes pattern (exact types) and an int flags value, the twin looks
 * the pair up; on a hit it makes the Pattern _sre.compile would have made
 * from the same arguments; on a miss it calls the original function and
 * stores what the made Pattern holds. Anything else (a parsed SubPattern,
 * the DEBUG flag, which prints) goes to the original.
 *
 * Sameness: the key holds the pattern's bytes (a str as UTF-8, only when it
 * is well formed), its type, the flags given, and the identity of
 * re/_compiler.py, _parser.py, _constants.py and _casefix.py (a zip entry's
 * CRC-32 and sizes, or a file's hash), so a changed standard library never
 * reads an older entry; the code cache's own key adds the Taipan compiler's
 * fingerprint. What the Python compiler asks of `_sre` (unicode_iscased,
 * unicode_tolower, ascii_*: Taipan's case tables) is not in any fingerprint:
 * ENTRY_VERSION below must be bumped when those answers or the entry's
 * layout change. The parser also warns (FutureWarning for a possible nested set
 * or set operation): a compile during which any warning was issued is not
 * stored, so a cached pattern is one whose compile warns of nothing. Errors
 * raise as before and store nothing.
 *
 * Bounds, as string_compile.ts's: the first 64 compiles of a process look
 * (later ones run a warm parser), at most 16 entries are written per process,
 * patterns of at most 4,096 code units or bytes.
 *
 * Storage: the entry is a code object (the cache's only payload) that
 * carries nothing but constants: the Pattern's flags, its code words as
 * bytes (little-endian 32-bit), its group count, and its group names and
 * numbers.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyDict } from "../vm/objects/dict.ts";
import { PyDict as Dict } from "../vm/objects/dict.ts";
import { bytesType, PyBytes } from "../vm/objects/bytes.ts";
import { CodeObject } from "../vm/compiler/code.ts";
import type { ConstantValue } from "../vm/compiler/ast.ts";
import { PyFunction } from "../vm/objects/function.ts";
import { nativeFunction } from "../vm/objects/native_function.ts";
import { strType } from "../vm/objects/core_types.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { toJsString } from "../vm/objects/str_wide.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { callObject } from "../vm/runtime/call.ts";
import { loadCachedCode, storeCachedCode } from "../vm/runtime/import/code_cache.ts";
import { openModuleFile } from "../vm/runtime/import/file_source.ts";
import { contentHash } from "../vm/runtime/import/content_hash.ts";
import { bytecodeWritable } from "../vm/runtime/import/load_module.ts";
import { warningsIssued } from "./_warnings.ts";
import { patternFromWords } from "./_sre.ts";
import { PyPattern } from "./sre_pattern.ts";

const LOOKUPS = 64;
const STORES = 16;
const MAX_LENGTH = 4096;
const SRE_FLAG_DEBUG = 128;
const PAYLOAD_NAME = "<re._compiler cache entry>";
/** Bump when _sre's case predicates/mappings (sre_chars.ts) or this entry's layout change. */
const ENTRY_VERSION = 1;

let lookups = 0;
let stores = 0;

const encoder = new TextEncoder();

/** The identity of the standard library's re package files next to `compilerPath`. */
function packageIdentity(compilerPath: string): string | null {
  const directory = compilerPath.slice(0, compilerPath.lastIndexOf("/") + 1);
  const parts: string[] = [];
  for (const name of ["_compiler.py", "_parser.py", "_constants.py", "_casefix.py"]) {
    const stored = openModuleFile(directory + name)?.cached;
    if (stored === undefined) return null;
    const { kind, data, digest } = stored instanceof Uint8Array
      ? { kind: "source", data: stored, digest: undefined }
      : stored;
    parts.push(`${name} ${kind} ${data.length} ${digest ?? contentHash(data)}`);
  }
  return parts.join("; ");
}

/** The pattern's bytes for the key, or undefined when it is not cacheable. */
function patternBytes(pattern: PyValue): { kind: string; data: Uint8Array } | undefined {
  if (typeOf(pattern) === strType) {
    const text = toJsString(pattern as string);
    if (text.length > MAX_LENGTH || !text.isWellFormed()) return undefined;
    return { kind: "str", data: encoder.encode(text) };
  }
  if (pattern instanceof PyBytes && pattern.cls === bytesType) {
    return pattern.bytes.length > MAX_LENGTH ? undefined : { kind: "bytes", data: pattern.bytes };
  }
  return undefined;
}

function entryCode(made: PyPattern): CodeObject {
  const words = new Uint8Array(made.code.length * 4);
  const view = new DataView(words.buffer);
  made.code.forEach((word, i) => view.setUint32(i * 4, word, true));
  const names: ConstantValue[] = [];
  const numbers: ConstantValue[] = [];
  const groupindex = made.groupindex;
  for (let i = 0; groupindex !== null && i < groupindex.keys.length; i++) {
    if (groupindex.keys[i] === undefined) continue; // a deleted entry's place
    names.push(groupindex.keys[i] as ConstantValue);
    numbers.push(groupindex.values[i] as ConstantValue);
  }
  return new CodeObject(
    PAYLOAD_NAME,
    PAYLOAD_NAME,
    PAYLOAD_NAME,
    1,
    0,
    0,
    0,
    [],
    [],
    [],
    [],
    [made.flags, new PyBytes(words), made.groups, names, numbers],
    0,
    0,
    new Int32Array(0),
    new Int32Array(0),
    new Int32Array(0),
    new Int32Array(0),
  );
}

/** The Pattern an entry describes, for `pattern`; undefined when the entry is malformed. */
function patternFromEntry(pattern: PyValue, code: CodeObject): PyPattern | undefined {
  const [flags, words, groups, names, numbers] = code.co_consts;
  if (
    code.co_name !== PAYLOAD_NAME || typeof flags !== "number" || !(words instanceof PyBytes) ||
    words.bytes.length % 4 !== 0 || typeof groups !== "number" || !Array.isArray(names) ||
    !Array.isArray(numbers) || names.length !== numbers.length
  ) return undefined;
  const view = new DataView(words.bytes.buffer, words.bytes.byteOffset, words.bytes.length);
  const codeWords = new Uint32Array(words.bytes.length / 4);
  for (let i = 0; i < codeWords.length; i++) codeWords[i] = view.getUint32(i * 4, true);
  // _compiler.compile: groupindex as the parser built it, indexgroup from it.
  const groupindex: PyDict = new Dict();
  const indexgroup: PyValue[] = new Array(groups + 1).fill(null);
  for (let i = 0; i < names.length; i++) {
    const number = numbers[i];
    if (typeof number !== "number" || number < 0 || number > groups) return undefined;
    groupindex.set(names[i] as PyValue, number);
    indexgroup[number] = names[i] as PyValue;
  }
  return patternFromWords(pattern, flags, codeWords, groups, groupindex, newTuple(indexgroup));
}

/** The companion: `compile` in re._compiler's namespace becomes the caching twin. */
export function cacheRegexCompiles(namespace: PyDict, path: string): void {
  const original = namespace.get("compile");
  if (!(original instanceof PyFunction)) return;
  let identity: string | null | undefined;
  const twin = nativeFunction("compile", "p, flags=0", (p: PyValue, flagsValue: PyValue) => {
    const flags = intOperand(flagsValue);
    const source = lookups < LOOKUPS && typeof flags === "number" && flags >= 0 &&
        flags < 2 ** 31 && (flags & SRE_FLAG_DEBUG) === 0
      ? patternBytes(p)
      : undefined;
    if (source === undefined) return callObject(original, [p, flagsValue], null);
    identity ??= packageIdentity(path);
    if (identity === null) return callObject(original, [p, flagsValue], null);
    lookups++;
    const cached = loadCachedCode(
      { kind: `re ${ENTRY_VERSION} ${source.kind} ${flags}; ${identity}`, data: source.data },
      PAYLOAD_NAME,
      0,
    );
    if (cached.code !== null) {
      const made = patternFromEntry(p, cached.code);
      if (made !== undefined) return made;
    }
    const warnings = warningsIssued();
    const made = callObject(original, [p, flagsValue], null);
    if (
      made instanceof PyPattern && cached.key !== null && stores < STORES &&
      warningsIssued() === warnings && bytecodeWritable()
    ) {
      stores++;
      storeCachedCode(cached.key, entryCode(made));
    }
    return made;
  });
  twin.module = "re._compiler";
  namespace.set("compile", twin);
}
