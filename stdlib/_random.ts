/**
 * `_random`: the Mersenne Twister (MT19937) behind random.py, bit for bit as
 * CPython's _randommodule.c, so a seed gives CPython's sequence:
 *
 * - seed(int): |n| cut into 32-bit words, least significant first, fed to
 *   init_by_array (seed 0 is one zero word). Other objects seed with their
 *   hash as an unsigned 64-bit number; random.py turns str/bytes into an int
 *   through sha512 before it gets here. seed(None) takes 624 words from the
 *   operating system's random source.
 * - random(): 53 bits from two outputs, (a >> 5) * 2**26 + (b >> 6), over 2**53.
 * - getrandbits(k): k bits from ceil(k/32) outputs, the first output the least
 *   significant word, the last one shifted right to keep its top bits.
 * - getstate(): the 624 state words and the position, as a 625-tuple.
 *
 * All arithmetic is on uint32 values: Math.imul for the 32-bit products and
 * `>>> 0` to keep results unsigned.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import type { InstanceMap } from "../vm/objects/instance_map.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { intOperand, normalizeBigInt } from "../vm/objects/int_value.ts";
import { bigIntFromWords, bigIntToWords } from "../vm/objects/int_bytes.ts";
import { asCInt, asInteger } from "../vm/objects/str_args.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { registerConstructor, registerInitializer } from "../vm/runtime/call_type.ts";
import { hashOf } from "../vm/runtime/hash.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addTypes, newModule } from "./module_helpers.ts";
import { refusePickling } from "./unpicklable.ts";

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export const randomType = makeBuiltinType("Random");

export class PyRandom extends PyObject {
  readonly state = new Uint32Array(N);
  index = 0;
  map?: InstanceMap;
  slots?: PyValue[];

  constructor(cls: PyType = randomType) {
    super(cls);
    if (cls.isHeapType) {
      this.map = cls.rootMap();
      this.slots = [];
    }
  }

  /** init_genrand. */
  initScalar(seed: number): void {
    const mt = this.state;
    mt[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const previous = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, previous) + i) >>> 0;
    }
    this.index = N;
  }

  /** init_by_array. */
  initArray(key: Uint32Array): void {
    const mt = this.state;
    this.initScalar(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const previous = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(previous, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const previous = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(previous, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** genrand_uint32. */
  next32(): number {
    const mt = this.state;
    if (this.index >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      const y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  nextDouble(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }
}

function seed(self: PyRandom, arg: PyValue | undefined): null {
  if (arg === undefined || arg === null) {
    const key = new Uint32Array(N);
    crypto.getRandomValues(key);
    self.initArray(key);
    return null;
  }
  const integer = intOperand(arg);
  let magnitude: bigint;
  if (integer !== undefined) {
    magnitude = BigInt(integer);
    if (magnitude < 0n) magnitude = -magnitude;
  } else {
    magnitude = BigInt(hashOf(arg));
    if (magnitude < 0n) magnitude += 1n << 64n;
  }
  self.initArray(bigIntToWords(magnitude));
  return null;
}

function getrandbits(self: PyRandom, bitsArgument: PyValue): PyValue {
  let bits = asCInt(bitsArgument);
  if (bits < 0) throw pyError("ValueError", "number of bits must be non-negative");
  if (bits === 0) return 0;
  if (bits <= 32) return self.next32() >>> (32 - bits);
  // The first output is the least significant word; a last partial word keeps its top bits.
  if (bits <= 53) { // (a safe integer: two words without a bigint, 25x faster)
    const low = self.next32();
    return (self.next32() >>> (64 - bits)) * 4294967296 + low;
  }
  const words = new Uint32Array(Math.ceil(bits / 32));
  for (let index = 0; bits > 0; index++, bits -= 32) {
    const word = self.next32();
    words[index] = bits < 32 ? word >>> (32 - bits) : word;
  }
  return normalizeBigInt(
    words.length <= SHIFTED_WORDS ? shiftInWords(words) : bigIntFromWords(words),
  );
}

/**
 * Up to this many words, getrandbits builds its bigint by shifts (a 100-bit
 * result 12x faster than through a hex string); the cost of a shift grows
 * with the result, so longer ones go through the string.
 */
const SHIFTED_WORDS = 32;

/** The bigint of `words`, least significant first, by shifting in from the top. */
function shiftInWords(words: Uint32Array): bigint {
  let value = BigInt(words[words.length - 1]);
  for (let index = words.length - 2; index >= 0; index--) {
    value = (value << 32n) | BigInt(words[index]);
  }
  return value;
}

function getstate(self: PyRandom): PyTuple {
  return newTuple([...self.state, self.index]);
}

/** PyLong_AsUnsignedLong, kept to its low 32 bits as CPython stores it. */
function stateWord(value: PyValue): number {
  const integer = intOperand(value);
  if (integer === undefined) throw pyError("TypeError", "an integer is required");
  const big = BigInt(integer);
  if (big < 0n) throw pyError("OverflowError", "can't convert negative value to unsigned int");
  if (big >= 1n << 64n) {
    throw pyError("OverflowError", "Python int too large to convert to C unsigned long");
  }
  return Number(big & 0xffffffffn);
}

function setstate(self: PyRandom, state: PyValue): null {
  if (!(state instanceof PyTuple)) throw pyError("TypeError", "state vector must be a tuple");
  if (state.items.length !== N + 1) throw pyError("ValueError", "state vector is the wrong size");
  const words = new Uint32Array(N);
  for (let i = 0; i < N; i++) words[i] = stateWord(state.items[i]);
  const index = asInteger(state.items[N]);
  if (index > 2 ** 63 - 1 || index < -(2 ** 63)) {
    throw pyError("OverflowError", "Python int too large to convert to C long");
  }
  if (index < 0 || index > N) throw pyError("ValueError", "invalid state");
  self.index = Number(index);
  self.state.set(words);
  return null;
}

defineNativeMethods(randomType, {
  random: ["", (self: PyRandom) => new PyFloat(self.nextDouble()), {
    doc: "random() -> x in the interval [0, 1).",
  }],
  seed: ["n=None, /", seed, {
    doc:
      "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.",
  }],
  getstate: ["", getstate, { doc: "getstate() -> tuple containing the current state." }],
  setstate: ["state, /", setstate, { doc: "setstate(state) -> None.  Restores generator state." }],
  getrandbits: ["k, /", getrandbits, {
    doc: "getrandbits(k) -> x.  Generates an int with k random bits.",
  }],
});
randomType.dict.set(
  "__doc__",
  "Random() -> create a random number generator with its own internal state.",
);
refusePickling(randomType, "_random.Random");
registerConstructor(randomType, (cls) => new PyRandom(cls));
registerInitializer(randomType, (self, args, kwnames) => {
  // CPython's random_init refuses keywords unless a subclass replaced __init__.
  if (kwnames !== null && kwnames.length > 0 && ownsInit(self)) {
    throw pyError("TypeError", "Random() takes no keyword arguments");
  }
  const positional = args.length - (kwnames?.length ?? 0);
  if (positional > 1) throw pyError("TypeError", "Random() requires 0 or 1 argument");
  seed(self as PyRandom, positional === 1 ? args[0] : undefined);
});
const randomInit = randomType.dict.get("__init__");

function ownsInit(self: PyValue): boolean {
  return (self as PyObject).cls.lookup("__init__") === randomInit;
}

export function createRandomModule(): PyModule {
  const module = newModule(
    "_random",
    "Module implements the Mersenne Twister random number generator.",
  );
  addTypes(module, [randomType]);
  return module;
}
