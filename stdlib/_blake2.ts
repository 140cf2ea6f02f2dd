/**
 * `_blake2`: the blake2b and blake2s types, whose constructors take the
 * BLAKE2 parameter block as keyword arguments and check each field with
 * CPython's messages (in its order: arguments are converted first, then
 * digest_size, salt, person, fanout, depth, leaf_size, node_offset,
 * node_depth, inner_size and key are range-checked).
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { expectBuffer } from "../vm/objects/buffer.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { asCInt } from "../vm/objects/str_args.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addValues, newModule } from "./module_helpers.ts";
import { signatureConstructor } from "./native_type.ts";
import { type HashKind, hashType, newHash } from "./hash_object.ts";
import {
  BLAKE2B,
  Blake2bEngine,
  type Blake2Parameters,
  BLAKE2S,
  Blake2sEngine,
  type Blake2Variant,
} from "./hash_blake2.ts";

const SIGNATURE = "data=?, /, *, digest_size=?, key=?, salt=?, person=?, fanout=1, depth=1, " +
  "leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True";

/** The unsigned long (long) converters: negative values refused before the range. */
function unsigned(value: PyValue, limitBits: 32 | 64): bigint {
  const integer = intOperand(value);
  if (integer === undefined) throw pyError("TypeError", "an integer is required");
  const big = BigInt(integer);
  if (big < 0n) throw pyError("ValueError", "value must be positive");
  if (big >= 1n << 64n) {
    throw pyError(
      "OverflowError",
      limitBits === 32
        ? "Python int too large to convert to C unsigned long"
        : "int too big to convert",
    );
  }
  return big;
}

function optionalBuffer(value: PyValue | undefined): Uint8Array {
  return value === undefined ? new Uint8Array(0) : expectBuffer(value);
}

function parameters(variant: Blake2Variant, bound: PyValue[]): Blake2Parameters {
  const [digestSizeArg, keyArg, saltArg, personArg, fanoutArg, depthArg, leafArg, offsetArg] =
    bound;
  const [nodeDepthArg, innerArg, lastNodeArg] = bound.slice(8);
  const digestSize = digestSizeArg === undefined ? variant.maxDigestSize : asCInt(digestSizeArg);
  const key = optionalBuffer(keyArg);
  const salt = optionalBuffer(saltArg);
  const person = optionalBuffer(personArg);
  const fanout = asCInt(fanoutArg);
  const depth = asCInt(depthArg);
  const leafSize = unsigned(leafArg, 32);
  const nodeOffset = unsigned(offsetArg, 64);
  const nodeDepth = asCInt(nodeDepthArg);
  const innerSize = asCInt(innerArg);
  const lastNode = isTrue(lastNodeArg);
  const max = variant.maxDigestSize;
  if (digestSize <= 0 || digestSize > max) {
    throw pyError("ValueError", `digest_size must be between 1 and ${max} bytes`);
  }
  if (salt.length > variant.saltSize) {
    throw pyError("ValueError", `maximum salt length is ${variant.saltSize} bytes`);
  }
  if (person.length > variant.personSize) {
    throw pyError("ValueError", `maximum person length is ${variant.personSize} bytes`);
  }
  if (fanout < 0 || fanout > 255) throw pyError("ValueError", "fanout must be between 0 and 255");
  if (depth <= 0 || depth > 255) throw pyError("ValueError", "depth must be between 1 and 255");
  if (leafSize > 0xffffffffn) throw pyError("OverflowError", "leaf_size is too large");
  if (variant === BLAKE2S && nodeOffset > 0xffffffffffffn) {
    throw pyError("OverflowError", "node_offset is too large");
  }
  if (nodeDepth < 0 || nodeDepth > 255) {
    throw pyError("ValueError", "node_depth must be between 0 and 255");
  }
  if (innerSize < 0 || innerSize > max) {
    throw pyError("ValueError", `inner_size must be between 0 and is ${max}`);
  }
  if (key.length > variant.maxKeySize) {
    throw pyError("ValueError", `maximum key length is ${variant.maxKeySize} bytes`);
  }
  return {
    digestSize,
    key: key.slice(),
    salt,
    person,
    fanout,
    depth,
    leafSize: Number(leafSize),
    nodeOffset,
    nodeDepth,
    innerSize,
    lastNode,
  };
}

function blake2Type(variant: Blake2Variant): PyType {
  const type = hashType(
    "_blake2",
    {
      name: variant.name,
      digestSize: variant.maxDigestSize,
      blockSize: variant.blockSize,
      extendable: false,
    },
    true,
  );
  const constants = {
    SALT_SIZE: variant.saltSize,
    PERSON_SIZE: variant.personSize,
    MAX_KEY_SIZE: variant.maxKeySize,
    MAX_DIGEST_SIZE: variant.maxDigestSize,
  };
  for (const [name, value] of Object.entries(constants)) type.dict.set(name, value);
  type.invalidate();
  signatureConstructor(type, variant.name, SIGNATURE, (cls: PyType, data, ...rest) => {
    const p = parameters(variant, rest);
    const kind: HashKind = {
      name: variant.name,
      digestSize: p.digestSize,
      blockSize: variant.blockSize,
      extendable: false,
    };
    const engine = variant === BLAKE2B ? new Blake2bEngine(p) : new Blake2sEngine(p);
    return newHash(cls, kind, engine, data);
  }, "keywords");
  return type;
}

export function createBlake2Module(): PyModule {
  const module = newModule("_blake2");
  addValues(module, { blake2b: blake2Type(BLAKE2B), blake2s: blake2Type(BLAKE2S) });
  for (const variant of [BLAKE2B, BLAKE2S]) {
    const prefix = variant.name.toUpperCase();
    addValues(module, {
      [`${prefix}_SALT_SIZE`]: variant.saltSize,
      [`${prefix}_PERSON_SIZE`]: variant.personSize,
      [`${prefix}_MAX_KEY_SIZE`]: variant.maxKeySize,
      [`${prefix}_MAX_DIGEST_SIZE`]: variant.maxDigestSize,
    });
  }
  return module;
}
