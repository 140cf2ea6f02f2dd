/**
 * Measurements behind the representation choices of dict, set and hash
 * (run: deno run tests/dict/dict_bench.ts). Each line prints milliseconds for
 * our structure and, where there is one, the alternative it was chosen over.
 *
 * - str keys: the dict's Map index against a bare Map (the price of ordered
 *   entries and the version counter);
 * - int keys: the general open-addressing table against a JS Map, which is
 *   several times slower for large int-keyed Maps (its growth), so ints are
 *   not given a Map strategy;
 * - tuple keys and sets: the cost of CPython's 64-bit tuple hash.
 */
import { PyDict } from "../../vm/objects/dict.ts";
import { PySet } from "../../vm/objects/set.ts";
import { newTuple } from "../../vm/objects/tuple.ts";
import { tableHash } from "../../vm/runtime/hash.ts";

function time(name: string, run: () => void): void {
  run();
  const start = performance.now();
  run();
  console.log(`${name.padEnd(36)} ${(performance.now() - start).toFixed(1).padStart(8)} ms`);
}

const COUNT = 1_000_000;
const names = Array.from({ length: 1000 }, (_, i) => `name${i}`);
const tuples = Array.from({ length: 100_000 }, (_, i) => newTuple([i % 317, i]));
let sink = 0;

time("dict str set+get (1000 keys)", () => {
  const dict = new PyDict();
  for (let i = 0; i < COUNT; i++) {
    dict.setStr(names[i % 1000], i);
    dict.getStr(names[i % 1000]);
  }
});
time("  Map str set+get (1000 keys)", () => {
  const map = new Map<string, number>();
  for (let i = 0; i < COUNT; i++) {
    map.set(names[i % 1000], i);
    map.get(names[i % 1000]);
  }
});
time("dict int set+get (1M keys)", () => {
  const dict = new PyDict();
  for (let i = 0; i < COUNT; i++) dict.set(i, i);
  for (let i = 0; i < COUNT; i++) dict.get(i);
});
time("  Map int set+get (1M keys)", () => {
  const map = new Map<number, number>();
  for (let i = 0; i < COUNT; i++) map.set(i, i);
  for (let i = 0; i < COUNT; i++) map.get(i);
});
time("tuple hash (100k 2-tuples x10)", () => {
  for (let round = 0; round < 10; round++) for (const tuple of tuples) sink ^= tableHash(tuple);
});
time("dict tuple set+get (100k keys)", () => {
  const dict = new PyDict();
  for (const tuple of tuples) dict.set(tuple, 1);
  for (const tuple of tuples) dict.get(tuple);
});
time("set int add (1M)", () => {
  const set = new PySet();
  for (let i = 0; i < COUNT; i++) set.add(i * 7);
});
time("dict delete/insert churn (1M)", () => {
  const dict = new PyDict();
  for (let i = 0; i < COUNT; i++) {
    dict.set(i, i);
    if (i >= 100) dict.delete(i - 100);
  }
});
if (sink === 0.5) console.log(sink);
