/**
 * The mmap.mmap object's state and life: construction with CPython 3.11's
 * argument checks (Modules/mmapmodule.c, new_mmap_object on Unix), the
 * buffer it exports, close and resize. The mapping itself and the rule
 * that a range is never unmapped under a live view are in mmap_native.ts;
 * the Python-visible methods in mmap_methods.ts.
 *
 * As CPython, a file map keeps its own duplicate of the descriptor (so it
 * outlives the file object it came from, and size() and resize() can use
 * it); an anonymous map has fd -1. `access` is the mode the map behaves as:
 * ACCESS_DEFAULT maps with the given flags and prot, and a prot without
 * PROT_WRITE makes it ACCESS_READ (PROT_WRITE alone makes it ACCESS_WRITE).
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { asSize } from "../vm/objects/str_args.ts";
import { byteLayout, registerLayoutExporter } from "../vm/objects/buffer.ts";
import { hasExports } from "../vm/objects/memoryview_exports.ts";
import { intArgument } from "./posix_path.ts";
import { cLong } from "./c_integers.ts";
import { mmapConstant } from "./mmap_constants.ts";
import { closeDescriptor, duplicate, fileStatus, Mapping, truncate } from "./mmap_native.ts";

export const mmapType = makeBuiltinType("mmap");

/** The access modes (the module's ACCESS_* values). */
export const Access = {
  Default: mmapConstant("ACCESS_DEFAULT"),
  Read: mmapConstant("ACCESS_READ"),
  Write: mmapConstant("ACCESS_WRITE"),
  Copy: mmapConstant("ACCESS_COPY"),
} as const;

const MAP_SHARED = mmapConstant("MAP_SHARED");
const MAP_PRIVATE = mmapConstant("MAP_PRIVATE");
const MAP_ANONYMOUS = mmapConstant("MAP_ANONYMOUS");
const PROT_READ = mmapConstant("PROT_READ");
const PROT_WRITE = mmapConstant("PROT_WRITE");

const SSIZE_MAX = 2n ** 63n - 1n;

/** A map's descriptor is closed when the object is collected without close(). */
const descriptors = new FinalizationRegistry<number>((fd) => closeDescriptor(fd));

export class PyMmap extends PyObject {
  /** Null once closed. */
  mapping: Mapping | null;
  /** The cursor; may lie past the end after a shrinking resize. */
  pos = 0;

  constructor(
    cls: PyType,
    mapping: Mapping,
    readonly offset: number,
    public fd: number,
    readonly access: number,
    /** What resize() maps again with. */
    private readonly flags: number,
    private readonly prot: number,
  ) {
    super(cls);
    this.mapping = mapping;
    if (fd >= 0) descriptors.register(this, fd, this);
  }

  /** The mapping of an open map; ValueError "mmap closed or invalid" after close(). */
  valid(): Mapping {
    if (this.mapping === null) throw pyError("ValueError", "mmap closed or invalid");
    return this.mapping;
  }

  get size(): number {
    return this.valid().size;
  }

  /** The mapped bytes, for reading or writing within this module. */
  get bytes(): Uint8Array {
    return this.valid().bytes;
  }

  /** is_writable: TypeError for an ACCESS_READ map. */
  writable(): Uint8Array {
    const bytes = this.bytes;
    if (this.access === Access.Read) {
      throw pyError("TypeError", "mmap can't modify a readonly memory map.");
    }
    return bytes;
  }

  close(): void {
    if (hasExports(this)) {
      throw pyError("BufferError", "cannot close exported pointers exist");
    }
    if (this.fd >= 0) {
      descriptors.unregister(this);
      closeDescriptor(this.fd);
      this.fd = -1;
    }
    this.mapping?.retire();
    this.mapping = null;
  }

  /** resize(newsize): the file follows, the contents that fit are kept. */
  resize(newSize: bigint): void {
    const old = this.valid();
    if (hasExports(this)) {
      throw pyError("BufferError", "mmap can't resize with extant buffers exported.");
    }
    if (this.access !== Access.Write && this.access !== Access.Default) {
      throw pyError("TypeError", "mmap can't resize a readonly or copy-on-write memory map.");
    }
    if (newSize < 0n || newSize > SSIZE_MAX - BigInt(this.offset)) {
      throw pyError("ValueError", "new size out of range");
    }
    if (this.fd >= 0) truncate(this.fd, BigInt(this.offset) + newSize);
    const anonymous = this.fd < 0 ? MAP_ANONYMOUS : 0;
    const mapping = Mapping.map(newSize, this.prot, this.flags | anonymous, this.fd, this.offset);
    // A shared file map sees the same pages again; anything else gets a copy.
    if (this.fd < 0 || (this.flags & MAP_SHARED) === 0) {
      mapping.bytes.set(old.bytes.subarray(0, Math.min(old.size, mapping.size)));
    }
    old.retire();
    this.mapping = mapping;
  }
}

/** The parameters of mmap.mmap(), in order, with the converters PyArg's "in|iiiL" applies. */
const PARAMETERS: readonly (readonly [string, (value: PyValue) => number])[] = [
  ["fileno", intArgument],
  ["length", asSize],
  ["flags", intArgument],
  ["prot", intArgument],
  ["access", intArgument],
  ["offset", (value) => Number(cLong(value))],
];
const REQUIRED = 2;

/**
 * PyArg_ParseTupleAndKeywords without a function name: positional values,
 * then keyword values named by `kwnames`, converted in parameter order.
 */
function bindConstructorArguments(
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): (number | undefined)[] {
  const keywordCount = kwnames?.length ?? 0;
  const positional = args.length - keywordCount;
  if (args.length > PARAMETERS.length) {
    throw pyError(
      "TypeError",
      `function takes at most ${PARAMETERS.length} arguments (${args.length} given)`,
    );
  }
  const keywords = new Map<string, PyValue>();
  kwnames?.forEach((name, i) => keywords.set(name, args[positional + i]));
  const bound = PARAMETERS.map(([name, convert], i) => {
    if (i < positional) {
      if (keywords.has(name)) {
        throw pyError(
          "TypeError",
          `argument for function given by name ('${name}') and position (${i + 1})`,
        );
      }
      return convert(args[i]);
    }
    const value = keywords.get(name);
    keywords.delete(name);
    if (value !== undefined) return convert(value);
    if (i < REQUIRED) {
      throw pyError("TypeError", `function missing required argument '${name}' (pos ${i + 1})`);
    }
    return undefined;
  });
  for (const name of keywords.keys()) {
    throw pyError("TypeError", `'${name}' is an invalid keyword argument for this function`);
  }
  return bound;
}

/** The flags and prot an access mode maps with, and the mode the map then has. */
function accessMapping(access: number, flags: number, prot: number): [number, number, number] {
  switch (access) {
    case Access.Read:
      return [Access.Read, MAP_SHARED, PROT_READ];
    case Access.Write:
      return [Access.Write, MAP_SHARED, PROT_READ | PROT_WRITE];
    case Access.Copy:
      return [Access.Copy, MAP_PRIVATE, PROT_READ | PROT_WRITE];
    case Access.Default: {
      const mode = (prot & PROT_READ) && (prot & PROT_WRITE)
        ? Access.Default
        : prot & PROT_WRITE
        ? Access.Write
        : Access.Read;
      return [mode, flags, prot];
    }
  }
  throw pyError("ValueError", "mmap invalid access parameter.");
}

/** mmap.mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ, access=ACCESS_DEFAULT, offset=0). */
export function newMmap(
  cls: PyType,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): PyMmap {
  const [fd, length, flagsArgument, protArgument, accessArgument, offsetArgument] =
    bindConstructorArguments(args, kwnames) as [number, number, ...(number | undefined)[]];
  const givenFlags = flagsArgument ?? MAP_SHARED;
  const givenProt = protArgument ?? PROT_WRITE | PROT_READ;
  const accessValue = accessArgument ?? Access.Default;
  const offset = offsetArgument ?? 0;
  if (length < 0) throw pyError("OverflowError", "memory mapped length must be positive");
  if (offset < 0) throw pyError("OverflowError", "memory mapped offset must be positive");
  if (
    accessValue !== Access.Default &&
    (givenFlags !== MAP_SHARED || givenProt !== (PROT_WRITE | PROT_READ))
  ) {
    throw pyError("ValueError", "mmap can't specify both access and flags, prot.");
  }
  const [access, flags, prot] = accessMapping(accessValue, givenFlags, givenProt);
  let size = length;
  const status = fd !== -1 ? fileStatus(fd) : undefined;
  if (status?.regular) {
    if (size === 0) {
      if (status.size === 0) throw pyError("ValueError", "cannot mmap an empty file");
      if (offset >= status.size) {
        throw pyError("ValueError", "mmap offset is greater than file size");
      }
      size = status.size - offset;
    } else if (offset > status.size || status.size - offset < size) {
      throw pyError("ValueError", "mmap length is greater than file size");
    }
  }
  const ownFd = fd === -1 ? -1 : duplicate(fd);
  let mapping: Mapping;
  try {
    mapping = Mapping.map(size, prot, fd === -1 ? flags | MAP_ANONYMOUS : flags, fd, offset);
  } catch (error) {
    if (ownFd >= 0) closeDescriptor(ownFd);
    throw error;
  }
  return new PyMmap(cls, mapping, offset, ownFd, access, flags, prot);
}

// The buffer protocol: the mapped bytes themselves, read-only for ACCESS_READ.
registerLayoutExporter((value) => {
  if (!(value instanceof PyMmap)) return undefined;
  return byteLayout(value.valid().export(), value.access === Access.Read);
});
