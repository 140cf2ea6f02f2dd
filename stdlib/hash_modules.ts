/**
 * The modules `_md5`, `_sha1`, `_sha256`, `_sha512` and `_sha3`: each
 * algorithm is a type (hash_object.ts) over a node:crypto engine. The MD5,
 * SHA-1 and SHA-2 constructors are module functions (`md5(string=b'', *,
 * usedforsecurity=True)`) next to their non-callable types (`MD5Type`);
 * the SHA-3 types are themselves the constructors, positional-only data.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addValues, newModule } from "./module_helpers.ts";
import { signatureConstructor } from "./native_type.ts";
import { type HashKind, hashType, newHash } from "./hash_object.ts";
import { nodeHashEngine } from "./hash_node.ts";

/**
 * name, node's algorithm, digest size, block size, the module's name for the
 * type, if any. 3.11's _sha512 has no SHA512Type, and its SHA384Type is the
 * sha512 type: both quirks are kept.
 */
type Sha2Row = readonly [string, string, number, number, string | null];

function classicModule(module: string, rows: readonly Sha2Row[]): PyModule {
  const created = newModule(module);
  for (const [name, algorithm, digestSize, blockSize, alias] of rows) {
    const kind: HashKind = { name, digestSize, blockSize, extendable: false };
    const type = hashType(module, kind, false);
    addFunctions(created, {
      [name]: [
        "string=?, *, usedforsecurity=True",
        (data: PyValue | undefined) => newHash(type, kind, nodeHashEngine(algorithm), data),
      ],
    });
    if (alias !== null) addValues(created, { [alias]: type });
  }
  return created;
}

export const createMd5Module = () => classicModule("_md5", [["md5", "md5", 16, 64, "MD5Type"]]);
export const createSha1Module = () =>
  classicModule("_sha1", [["sha1", "sha1", 20, 64, "SHA1Type"]]);
export const createSha256Module = () =>
  classicModule("_sha256", [
    ["sha224", "sha224", 28, 64, "SHA224Type"],
    ["sha256", "sha256", 32, 64, "SHA256Type"],
  ]);
export const createSha512Module = () =>
  classicModule("_sha512", [
    ["sha384", "sha384", 48, 128, null],
    ["sha512", "sha512", 64, 128, "SHA384Type"],
  ]);

/** name, node's algorithm, digest size (0 for SHAKE), capacity in bits. */
const SHA3_ROWS = [
  ["sha3_224", "sha3-224", 28, 448],
  ["sha3_256", "sha3-256", 32, 512],
  ["sha3_384", "sha3-384", 48, 768],
  ["sha3_512", "sha3-512", 64, 1024],
  ["shake_128", "shake128", 0, 256],
  ["shake_256", "shake256", 0, 512],
] as const;

const KECCAK_WIDTH = 1600;

export function createSha3Module(): PyModule {
  const module = newModule("_sha3");
  const types: Record<string, PyType> = {};
  for (const [name, algorithm, digestSize, capacity] of SHA3_ROWS) {
    const extendable = digestSize === 0;
    const rate = KECCAK_WIDTH - capacity;
    const kind: HashKind = { name, digestSize, blockSize: rate / 8, extendable };
    const type = hashType("_sha3", kind, true);
    defineGetSets(type, {
      _capacity_bits: [() => capacity],
      _rate_bits: [() => rate],
      _suffix: [() => new PyBytes(Uint8Array.of(extendable ? 0x1f : 0x06))],
    });
    // CPython's argument errors name sha3_224 for every SHA-3 and SHAKE type.
    signatureConstructor(
      type,
      "sha3_224",
      "data=?, /, *, usedforsecurity=True",
      (cls: PyType, data: PyValue | undefined) =>
        newHash(cls, kind, nodeHashEngine(algorithm, extendable), data),
      "keywords",
    );
    types[name] = type;
  }
  addValues(module, { ...types, keccakopt: 0, implementation: "tiny_sha3" });
  return module;
}
