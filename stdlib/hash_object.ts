/**
 * The hash objects of the builtin hash modules (_md5, _sha1, _sha256,
 * _sha512, _sha3, _blake2), which hashlib.py uses when there is no
 * `_hashlib` (OpenSSL). Each algorithm is a builtin type of its own module
 * (`_md5.md5`, `_sha3.shake_128`, ...) with update/digest/hexdigest/copy and
 * name/digest_size/block_size; the work is done by a `HashEngine`, which is
 * node:crypto for the SHA-1/2/3 and MD5 families (hash_node.ts) and our own
 * BLAKE2 (hash_blake2.ts).
 *
 * digest() does not end the object in Python: the engine digests a copy.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { PyMemoryView } from "../vm/objects/memoryview.ts";
import { isStr } from "../vm/objects/str_wide.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { refusePickling } from "./unpicklable.ts";

export interface HashEngine {
  update(data: Uint8Array): void;
  /** The digest of everything so far; `length` bytes for extendable-output functions. */
  digest(length: number): Uint8Array;
  copy(): HashEngine;
}

export interface HashKind {
  /** The Python `name` attribute ("sha256", "shake_128", ...). */
  readonly name: string;
  readonly digestSize: number;
  readonly blockSize: number;
  /** SHAKE: digest and hexdigest take a length. */
  readonly extendable: boolean;
}

export class PyHash extends PyObject {
  constructor(cls: PyType, readonly kind: HashKind, readonly engine: HashEngine) {
    super(cls);
  }
}

/** GET_BUFFER_VIEW_OR_ERROUT: the bytes of data to hash, with CPython's refusals. */
export function dataToHash(value: PyValue): Uint8Array {
  if (isStr(value)) throw pyError("TypeError", "Strings must be encoded before hashing");
  if (value instanceof PyMemoryView && value.step !== 1) {
    throw pyError("BufferError", "memoryview: underlying buffer is not C-contiguous");
  }
  const bytes = bufferOf(value);
  if (bytes === undefined) throw pyError("TypeError", "object supporting the buffer API required");
  return bytes;
}

/** The SHAKE length argument: an unsigned long, below 2**29 as CPython's tiny_sha3 wants. */
function outputLength(value: PyValue): number {
  const integer = intOperand(value);
  if (integer === undefined) throw pyError("TypeError", "an integer is required");
  if (integer < 0) throw pyError("ValueError", "value must be positive");
  if (integer >= 2n ** 64n) {
    throw pyError("OverflowError", "Python int too large to convert to C unsigned long");
  }
  if (integer >= 2 ** 29) throw pyError("ValueError", "length is too large");
  return Number(integer);
}

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

/**
 * A hash type named `kind.name` in `module`; not subclassable, and (unless the
 * module makes the type its constructor) not callable, as in CPython.
 */
export function hashType(module: string, kind: HashKind, callable: boolean): PyType {
  const type = makeBuiltinType(kind.name, undefined, { subclassable: false });
  type.dict.set("__module__", module);
  const digestMethods = kind.extendable
    ? {
      digest: ["length, /", (self: PyHash, length: PyValue) =>
        new PyBytes(self.engine.digest(outputLength(length)))] as const,
      hexdigest: ["length, /", (self: PyHash, length: PyValue) =>
        hex(self.engine.digest(outputLength(length)))] as const,
    }
    : {
      digest: [
        "",
        (self: PyHash) => new PyBytes(self.engine.digest(self.kind.digestSize)),
      ] as const,
      hexdigest: ["", (self: PyHash) => hex(self.engine.digest(self.kind.digestSize))] as const,
    };
  defineNativeMethods(type, {
    update: ["obj, /", (self: PyHash, data: PyValue) => {
      self.engine.update(dataToHash(data));
      return null;
    }],
    copy: ["", (self: PyHash) => new PyHash(self.cls, self.kind, self.engine.copy())],
    ...digestMethods,
  });
  defineGetSets(type, {
    name: [(self) => (self as PyHash).kind.name],
    digest_size: [(self) => (self as PyHash).kind.digestSize],
    block_size: [(self) => (self as PyHash).kind.blockSize],
  });
  refusePickling(type, `${module}.${kind.name}`);
  if (!callable) {
    registerConstructor(type, () => {
      throw pyError("TypeError", `cannot create '${module}.${kind.name}' instances`);
    });
  }
  return type;
}

/** A new hash object over `engine`, fed `data` when given. */
export function newHash(
  type: PyType,
  kind: HashKind,
  engine: HashEngine,
  data: PyValue | undefined,
): PyHash {
  const hash = new PyHash(type, kind, engine);
  if (data !== undefined) engine.update(dataToHash(data));
  return hash;
}
