/**
 * _lzma's filter specifications: Python dicts such as
 * `{"id": FILTER_LZMA2, "preset": 6, "dict_size": 1 << 20}` turned into
 * liblzma's lzma_filter arrays (CPython's lzma_filter_converter and
 * parse_filter_spec_*), and back (build_filter_spec).
 *
 * The option structs are declared once as data (`FILTER_KINDS`): the keys
 * a filter accepts and the byte offset of each uint32 field. LP64 layouts
 * (lzma.h 5.4): lzma_filter {id u64 0, options 8} 16 bytes;
 * lzma_options_lzma 112 bytes (dict_size 0, lc 20, lp 24, pb 28, mode 32,
 * nice_len 36, mf 40, depth 44), filled from a preset first;
 * lzma_options_delta {type 0, dist 4} 40 bytes; lzma_options_bcj
 * {start_offset 0}. Options live in JS buffers of 256 bytes (off V8's
 * heap) that the chain keeps alive; liblzma copies what it needs when a
 * coder is set up.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { type PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { isStr, toJsString } from "../vm/objects/str_wide.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { getSubscript } from "../vm/runtime/subscript.ts";
import { iterateToArray } from "../vm/runtime/iteration.ts";
import { exceptionMatches } from "../vm/runtime/raise.ts";
import { ExceptionType } from "../vm/objects/exceptions.ts";
import { lzma } from "./lzma_native.ts";

export const FILTER = {
  LZMA1: 0x4000000000000001n,
  LZMA2: 0x21n,
  DELTA: 0x03n,
  X86: 0x04n,
  POWERPC: 0x05n,
  IA64: 0x06n,
  ARM: 0x07n,
  ARMTHUMB: 0x08n,
  SPARC: 0x09n,
} as const;

const FILTERS_MAX = 4;
const VLI_UNKNOWN = 0xffffffffffffffffn;
const OPTIONS_SIZE = 256;
const PRESET_DEFAULT = 6;
const LZMA_FIELDS = {
  dict_size: 0,
  lc: 20,
  lp: 24,
  pb: 28,
  mode: 32,
  nice_len: 36,
  mf: 40,
  depth: 44,
} as const;

interface FilterKind {
  /** The uint32 fields a spec may set, by key, at their byte offsets. */
  readonly fields: Readonly<Record<string, number>>;
  /** ValueError message for a spec that does not fit. */
  readonly invalid: string;
}

const LZMA_KIND: FilterKind = {
  fields: LZMA_FIELDS,
  invalid: "Invalid filter specifier for LZMA filter",
};
const DELTA_KIND: FilterKind = {
  fields: { dist: 4 },
  invalid: "Invalid filter specifier for delta filter",
};
const BCJ_KIND: FilterKind = {
  fields: { start_offset: 0 },
  invalid: "Invalid filter specifier for BCJ filter",
};

const FILTER_KINDS = new Map<bigint, FilterKind>([
  [FILTER.LZMA1, LZMA_KIND],
  [FILTER.LZMA2, LZMA_KIND],
  [FILTER.DELTA, DELTA_KIND],
  ...[FILTER.X86, FILTER.POWERPC, FILTER.IA64, FILTER.ARM, FILTER.ARMTHUMB, FILTER.SPARC].map(
    (id) => [id, BCJ_KIND] as [bigint, FilterKind],
  ),
]);

/** PyLong_AsUnsignedLongLong: ints only, 0 to 2**64-1. */
export function unsigned64(value: PyValue): bigint {
  const integer = intOperand(value);
  if (integer === undefined) throw pyError("TypeError", "an integer is required");
  const big = BigInt(integer);
  if (big < 0n) throw pyError("OverflowError", "can't convert negative int to unsigned");
  if (big > 0xffffffffffffffffn) throw pyError("OverflowError", "int too big to convert");
  return big;
}

/** uint32_converter. */
export function unsigned32(value: PyValue): number {
  const big = unsigned64(value);
  if (big > 0xffffffffn) throw pyError("OverflowError", "Value too large for uint32_t type");
  return Number(big);
}

/** A filter chain in native form, with the buffers it points into. */
export class FilterChain {
  readonly array = new Uint8Array(OPTIONS_SIZE);
  readonly options: Uint8Array[] = [];
  private readonly view = new DataView(this.array.buffer);

  constructor() {
    this.view.setBigUint64(0, VLI_UNKNOWN, true);
  }

  /** The id of filter `index` (VLI_UNKNOWN past the end). */
  id(index: number): bigint {
    return this.view.getBigUint64(index * 16, true);
  }

  /** A single LZMA1 filter: what FORMAT_ALONE requires. */
  get isSingleLzma1(): boolean {
    return this.id(0) === FILTER.LZMA1 && this.id(1) === VLI_UNKNOWN;
  }

  set(index: number, id: bigint, options: Uint8Array | null): void {
    this.view.setBigUint64(index * 16, id, true);
    const address = options === null
      ? 0n
      : BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(options)));
    this.view.setBigUint64(index * 16 + 8, address, true);
    this.view.setBigUint64((index + 1) * 16, VLI_UNKNOWN, true);
    if (options !== null) this.options.push(options);
  }
}

function lookup(spec: PyValue, key: string): PyValue | undefined {
  try {
    return getSubscript(spec, key);
  } catch (error) {
    if (exceptionMatches(error as PyBaseException, ExceptionType.KeyError)) return undefined;
    throw error;
  }
}

/** lzma_lzma_preset into a fresh options buffer; LZMAError for an invalid preset. */
export function presetOptions(preset: number, lzmaError: (message: string) => PyBaseException) {
  const options = new Uint8Array(OPTIONS_SIZE);
  if (lzma.fn("lzma_lzma_preset")(options, preset) !== 0) {
    throw lzmaError(`Invalid compression preset: ${preset}`);
  }
  return options;
}

/** The options of one filter from its spec (after the id). */
function filterOptions(
  kind: FilterKind,
  spec: PyValue,
  lzmaError: (message: string) => PyBaseException,
): Uint8Array {
  let options: Uint8Array;
  if (kind === LZMA_KIND) {
    const preset = lookup(spec, "preset");
    options = presetOptions(preset === undefined ? PRESET_DEFAULT : unsigned32(preset), lzmaError);
  } else {
    options = new Uint8Array(OPTIONS_SIZE);
    if (kind === DELTA_KIND) new DataView(options.buffer).setUint32(4, 1, true); // dist 1, type BYTE (0)
  }
  if (!(spec instanceof PyDict)) throw pyError("ValueError", kind.invalid);
  const view = new DataView(options.buffer);
  for (let position = 0; position < spec.keys.length; position++) {
    const key = spec.keys[position];
    if (key === undefined) continue;
    const value = spec.values[position]!;
    const name = isStr(key) ? toJsString(key) : null;
    if (name === "id" || (name === "preset" && kind === LZMA_KIND)) continue;
    const offset = name === null ? undefined : kind.fields[name];
    if (offset === undefined) throw pyError("ValueError", kind.invalid);
    try {
      view.setUint32(offset, unsigned32(value), true);
    } catch {
      throw pyError("ValueError", kind.invalid);
    }
  }
  return options;
}

/** lzma_filter_converter: one spec into `chain` at `index`. */
export function addFilter(
  chain: FilterChain,
  index: number,
  spec: PyValue,
  lzmaError: (message: string) => PyBaseException,
): void {
  if (
    spec === null || typeof spec !== "object" || typeOf(spec).lookup("__getitem__") === undefined
  ) {
    throw pyError("TypeError", "Filter specifier must be a dict or dict-like object");
  }
  const idValue = lookup(spec, "id");
  if (idValue === undefined) {
    throw pyError("ValueError", 'Filter specifier must have an "id" entry');
  }
  const id = unsigned64(idValue);
  const kind = FILTER_KINDS.get(id);
  if (kind === undefined) throw pyError("ValueError", `Invalid filter ID: ${id}`);
  chain.set(index, id, filterOptions(kind, spec, lzmaError));
}

/** parse_filter_chain_spec. */
export function filterChain(
  specs: PyValue,
  lzmaError: (message: string) => PyBaseException,
): FilterChain {
  if (specs instanceof PyDict) {
    throw pyError("TypeError", `${typeOf(specs).tpName} is not a sequence`);
  }
  const items = iterateToArray(specs);
  if (items.length > FILTERS_MAX) {
    throw pyError(
      "ValueError",
      `Too many filters - liblzma supports a maximum of ${FILTERS_MAX}`,
    );
  }
  const chain = new FilterChain();
  items.forEach((spec, index) => addFilter(chain, index, spec, lzmaError));
  return chain;
}

/** build_filter_spec: the dict describing a decoded filter (options at `address`). */
export function filterSpec(id: bigint, options: Deno.PointerValue): PyDict {
  const spec = new PyDict();
  spec.set("id", id <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(id) : id);
  const kind = FILTER_KINDS.get(id);
  if (kind === undefined) throw pyError("ValueError", `Invalid filter ID: ${id}`);
  if (options === null) return spec;
  const view = new Deno.UnsafePointerView(options);
  const names = id === FILTER.LZMA1
    ? ["lc", "lp", "pb", "dict_size"]
    : id === FILTER.LZMA2
    ? ["dict_size"]
    : Object.keys(kind.fields);
  for (const name of names) spec.set(name, view.getUint32(kind.fields[name]));
  return spec;
}
