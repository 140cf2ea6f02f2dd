/**
 * Run by deleted_entries_test.ts under --allow-natives-syntax: the elements
 * kinds of a dict's key and value arrays holding small ints, after an entry
 * was deleted (str-keyed and general dicts; `del d[k]` and `d.pop(k)` both
 * end in removeAt).
 */
import { PyDict } from "../../vm/objects/dict.ts";
import { elementsKindOf } from "../v8_natives.ts";

const byStr = new PyDict(), byInt = new PyDict();
for (let i = 0; i < 10; i++) {
  byStr.set(`k${i}`, i);
  byInt.set(i, i * 3);
}
byStr.delete("k4");
byInt.delete(4);
console.log(
  `${elementsKindOf(byStr.values)} ${elementsKindOf(byInt.keys)} ${elementsKindOf(byInt.values)}`,
);

// The same once V8 has optimised removeAt (on dicts whose arrays are tagged
// already): the optimised code must keep the first store.
const optimize = new Function("f", "%PrepareFunctionForOptimization(f)") as (f: unknown) => void;
const optimizeNow = new Function("f", "%OptimizeFunctionOnNextCall(f)") as (f: unknown) => void;
optimize(PyDict.prototype.removeAt);
for (let round = 0; round < 3; round++) {
  const warm = new PyDict();
  for (let i = 0; i < 10; i++) warm.set(`w${i}`, `v${i}`);
  warm.delete("w1");
}
optimizeNow(PyDict.prototype.removeAt);
const later = new PyDict();
for (let i = 0; i < 10; i++) later.set(i, i);
later.delete(2);
console.log(`${elementsKindOf(later.keys)} ${elementsKindOf(later.values)}`);
