/**
 * Run by set_table_kind_test.ts under --allow-natives-syntax: prints the
 * elements kind of set tables, one per line: a cleared set's (the 8-slot
 * literal), an int set's grown to 128 slots (copies of packedCopy's
 * templates), and a str set's.
 */
import { PySet } from "../../vm/objects/set.ts";

const kindOf = new Function(
  "a",
  "return (%HasSmiElements(a) ? 'smi' : %HasDoubleElements(a) ? 'double' : " +
    "%HasObjectElements(a) ? 'object' : '?') + (%HasHoleyElements(a) ? '-holey' : '')",
) as (array: unknown[]) => string;

const cleared = new PySet();
cleared.add(1);
cleared.keys;
cleared.clear();
console.log(`cleared ${cleared.keys.length} ${kindOf(cleared.keys)}`);
const ints = new PySet();
for (let i = 0; i < 50; i++) ints.add(i * 7);
console.log(`ints ${ints.keys.length} ${kindOf(ints.keys)}`);
const strs = new PySet();
for (let i = 0; i < 50; i++) strs.add(`k${i}`);
console.log(`strs ${strs.keys.length} ${kindOf(strs.keys)}`);
