/**
 * The compiled-code cache: Taipan's `__pycache__`. Importing a module whose
 * source was compiled before (by any run) skips parsing and compiling and
 * reads the code object back from a file in the user's cache directory.
 *
 * Where: `$TAIPAN_CACHE_DIR`, else `$XDG_CACHE_HOME/taipan`, else
 * `~/.cache/taipan`; one file per (source, filename, optimize level) under
 * `code/<compiler fingerprint>/`, named by a hash of the key; the sets of
 * other fingerprints nobody uses any more are removed (cache_prune.ts). Nothing is written when
 * `sys.dont_write_bytecode` is set (-B, PYTHONDONTWRITEBYTECODE); as in
 * CPython, existing entries are still used then.
 *
 * Trust: an entry is used only if its header repeats the full key (compiler
 * fingerprint, filename, optimize level, the length and 128-bit hash of the
 * source, or a zip entry's stored length, size and CRC-32; see CachedSource
 * and content_hash.ts) and the payload's checksum matches. Anything else — a
 * truncated or corrupt file, an entry written by another compiler version,
 * a collision of file names — is ignored and rewritten. Writes go to a temporary file renamed into place, so
 * a concurrent reader sees either the old entry or the new one.
 *
 * The compiler fingerprint (vm/compiler/fingerprint.ts) changes whenever the
 * compiler's sources change (a test checks it), so a cache never outlives the
 * compiler that wrote it.
 *
 * Format: the header line (the key as JSON), then, from the next multiple of
 * 4 bytes, the code object as 32-bit words (code_cache_format.ts, which also
 * holds the checksum). encodeCodeObject/decodeCodeObject below are marshal's
 * JSON form of a code object, not the cache's.
 */
import { type CodeConstant, CodeObject, FrozenSetConstant } from "../../compiler/code.ts";
import { COMPILER_FINGERPRINT } from "../../compiler/fingerprint.ts";
import { PyFloat } from "../../objects/float.ts";
import { PyComplex } from "../../objects/complex.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { PyWideStr, strFromCodePoints } from "../../objects/str_wide.ts";
import { Ellipsis } from "../../objects/singletons.ts";
import type { ConstantValue } from "../../compiler/ast.ts";
import { contentHash } from "./content_hash.ts";
import { decodePayload, encodePayload } from "./code_cache_format.ts";
import { entryDirectory, pruneCodeCache, touchFingerprintDirectory } from "./cache_prune.ts";

const FORMAT = 4;

/**
 * What a cache entry is keyed by: the source's bytes, or other bytes that
 * determine them, such as a zip entry's deflated bytes (`kind` says which;
 * reading them needs no inflating). `digest`, when given, stands for the
 * bytes' hash: a zip entry's CRC-32 from its archive's directory, which the
 * archive vouches for as it does for the bytes themselves.
 */
export type CachedSource = Uint8Array | {
  readonly kind: string;
  readonly data: Uint8Array;
  readonly digest?: string;
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The single binary's launcher names the directory when the environment gives none (no HOME). */
let fallbackDirectory: string | null = null;

export function setFallbackCacheDirectory(directory: string): void {
  fallbackDirectory = directory;
}

function cacheDirectory(): string | null {
  const explicit = Deno.env.get("TAIPAN_CACHE_DIR");
  if (explicit) return explicit;
  const xdg = Deno.env.get("XDG_CACHE_HOME");
  if (xdg) return `${xdg}/taipan`;
  const home = Deno.env.get("HOME");
  return home ? `${home}/.cache/taipan` : fallbackDirectory;
}

function encodeFloat(value: number): Json {
  if (Number.isFinite(value) && !Object.is(value, -0)) return value;
  return String(Object.is(value, -0) ? "-0" : value);
}

function decodeFloat(value: Json): number {
  return typeof value === "number" ? value : value === "-0" ? -0 : Number(value);
}

function encodeConstant(value: CodeConstant): Json {
  if (value === null || typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return { i: value.toString() };
  if (Array.isArray(value)) return { t: value.map(encodeConstant) };
  if (value instanceof CodeObject) return { c: encodeCode(value) };
  if (value instanceof FrozenSetConstant) return { s: value.items.map(encodeConstant) };
  if (value instanceof PyFloat) return { f: encodeFloat(value.value) };
  if (value instanceof PyComplex) return { j: [encodeFloat(value.real), encodeFloat(value.imag)] };
  if (value instanceof PyBytes) return { b: Array.from(value.bytes) };
  if (value instanceof PyWideStr) return { w: Array.from(value.codePoints) };
  if (value === Ellipsis) return { e: 1 };
  throw new Error(`code cache: cannot encode constant ${String(value)}`);
}

function decodeConstant(json: Json): CodeConstant {
  if (json === null || typeof json !== "object" || Array.isArray(json)) return json as CodeConstant;
  if ("i" in json) return BigInt(json.i as string);
  if ("t" in json) return (json.t as Json[]).map(decodeConstant) as ConstantValue[];
  if ("c" in json) return decodeCode(json.c as Json[]);
  if ("s" in json) {
    return new FrozenSetConstant((json.s as Json[]).map(decodeConstant) as ConstantValue[]);
  }
  if ("f" in json) return new PyFloat(decodeFloat(json.f));
  if ("j" in json) {
    const [real, imag] = json.j as Json[];
    return new PyComplex(decodeFloat(real), decodeFloat(imag));
  }
  if ("b" in json) return new PyBytes(new Uint8Array(json.b as number[]));
  if ("w" in json) return strFromCodePoints(json.w as number[]) as ConstantValue;
  if ("e" in json) return Ellipsis;
  throw new Error("code cache: unknown constant tag");
}

function encodeCode(code: CodeObject): Json[] {
  return [
    code.co_name,
    code.co_qualname,
    code.co_filename,
    code.co_firstlineno,
    code.co_argcount,
    code.co_posonlyargcount,
    code.co_kwonlyargcount,
    [...code.co_varnames],
    [...code.co_cellvars],
    [...code.co_freevars],
    [...code.co_names],
    code.co_consts.map(encodeConstant),
    code.co_flags,
    code.co_stacksize,
    Array.from(code.code),
    Array.from(code.exceptionTable),
    Array.from(code.positions),
    Array.from(code.cellParameterIndex),
  ];
}

/** A code object as JSON-able data (also marshal's Taipan code record). */
export function encodeCodeObject(code: CodeObject): unknown {
  return encodeCode(code);
}

/** The code object `encodeCodeObject` encoded; throws a JS Error on malformed data. */
export function decodeCodeObject(data: unknown): CodeObject {
  if (!Array.isArray(data)) throw new Error("code cache: malformed code object");
  return decodeCode(data as Json[]);
}

function decodeCode(f: Json[]): CodeObject {
  if (f.length !== 18) throw new Error("code cache: malformed code object");
  return new CodeObject(
    f[0] as string,
    f[1] as string,
    f[2] as string,
    f[3] as number,
    f[4] as number,
    f[5] as number,
    f[6] as number,
    f[7] as string[],
    f[8] as string[],
    f[9] as string[],
    f[10] as string[],
    (f[11] as Json[]).map(decodeConstant),
    f[12] as number,
    f[13] as number,
    Int32Array.from(f[14] as number[]),
    Int32Array.from(f[15] as number[]),
    Int32Array.from(f[16] as number[]),
    Int32Array.from(f[17] as number[]),
  );
}

interface CacheKey {
  readonly path: string;
  readonly header: string;
}

/** The entry's file and the header it must start with; null when there is no cache directory. */
function keyFor(source: CachedSource, filename: string, optimize: number): CacheKey | null {
  const directory = cacheDirectory();
  if (directory === null) return null;
  const { kind, data, digest } = source instanceof Uint8Array
    ? { kind: "source", data: source, digest: undefined }
    : source;
  const header = JSON.stringify([
    FORMAT,
    COMPILER_FINGERPRINT,
    filename,
    optimize,
    kind,
    data.length,
    digest ?? contentHash(data),
  ]);
  const name = contentHash(new TextEncoder().encode(header));
  return { path: `${entryDirectory(directory)}/${name}.code`, header };
}

const directoryOf = (path: string) => path.slice(0, path.lastIndexOf("/"));

/** Where the payload starts after a header of `headerBytes` bytes and its newline. */
const payloadStart = (headerBytes: number) => (headerBytes + 1 + 3) & ~3;

/** The cached code object for this source, or null (absent, stale or corrupt: never trusted). */
export function loadCachedCode(source: CachedSource, filename: string, optimize: number): {
  code: CodeObject | null;
  key: CacheKey | null;
} {
  const key = keyFor(source, filename, optimize);
  if (key === null) return { code: null, key };
  let bytes: Uint8Array;
  try {
    bytes = Deno.readFileSync(key.path);
  } catch {
    return { code: null, key };
  }
  try {
    const header = new TextEncoder().encode(key.header);
    if (bytes.length < header.length + 1 || bytes[header.length] !== 0x0a) {
      return { code: null, key };
    }
    for (let i = 0; i < header.length; i++) {
      if (bytes[i] !== header[i]) return { code: null, key };
    }
    const code = decodePayload(bytes, payloadStart(header.length));
    touchFingerprintDirectory(directoryOf(key.path));
    return { code, key };
  } catch {
    return { code: null, key }; // corrupt: recompiled and rewritten by the caller
  }
}

/** Store `code` under `key`; failures (read-only home, full disk) are silent, as CPython's. */
export function storeCachedCode(key: CacheKey, code: CodeObject): void {
  try {
    const header = new TextEncoder().encode(key.header);
    const payload = encodePayload(code);
    const start = payloadStart(header.length);
    const file = new Uint8Array(start + payload.length).fill(0x20, header.length, start);
    file.set(header);
    file[header.length] = 0x0a;
    file.set(payload, start);
    const directory = directoryOf(key.path);
    Deno.mkdirSync(directory, { recursive: true });
    const temporary = `${key.path}.${Deno.pid}.tmp`;
    Deno.writeFileSync(temporary, file);
    Deno.renameSync(temporary, key.path);
    touchFingerprintDirectory(directory);
    pruneCodeCache(directoryOf(directory), COMPILER_FINGERPRINT);
  } catch (e) {
    if (Deno.env.get("TAIPAN_DEBUG")) console.error("code cache:", e);
    // not writable: run without caching
  }
}
