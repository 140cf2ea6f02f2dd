/**
 * Hash engines over node:crypto's synchronous hashes: MD5, SHA-1, SHA-2,
 * SHA-3 and SHAKE. A node Hash ends at digest(), so digests are taken from a
 * copy; SHAKE copies are made with the requested output length.
 */
import type { Hash } from "node:crypto";
import { nodeBuiltin } from "../vm/runtime/node_builtins.ts";
import type { HashEngine } from "./hash_object.ts";

/** node:crypto, loaded on the first hash: importing it statically costs every start-up. */
function createHash(algorithm: string, options?: { outputLength: number }): Hash {
  const crypto = nodeBuiltin<typeof import("node:crypto")>("node:crypto");
  return crypto.createHash(algorithm, options);
}

class NodeHashEngine implements HashEngine {
  constructor(private readonly hash: Hash, private readonly extendable: boolean) {}

  update(data: Uint8Array): void {
    this.hash.update(data);
  }

  digest(length: number): Uint8Array {
    if (this.extendable && length === 0) return new Uint8Array(0);
    const copy = this.extendable ? this.hash.copy({ outputLength: length }) : this.hash.copy();
    return new Uint8Array(copy.digest());
  }

  copy(): HashEngine {
    return new NodeHashEngine(this.hash.copy(), this.extendable);
  }
}

/** A fresh engine for node's algorithm name ("md5", "sha3-256", "shake128", ...). */
export function nodeHashEngine(algorithm: string, extendable = false): HashEngine {
  // SHAKE needs an explicit length at creation (node deprecates the default).
  const hash = extendable ? createHash(algorithm, { outputLength: 0 }) : createHash(algorithm);
  return new NodeHashEngine(hash, extendable);
}
