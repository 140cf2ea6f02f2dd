/**
 * Run by array_fill_test.ts under --allow-natives-syntax: prints the
 * elements kind of holeyTaggedCopy's arrays, copied from sources of every
 * kind and contents, and whether they all share one map.
 */
import { holeyTaggedCopy } from "../../vm/objects/array_fill.ts";

const kindOf = new Function(
  "a",
  "return (%HasSmiElements(a) ? 'smi' : %HasDoubleElements(a) ? 'double' : " +
    "%HasObjectElements(a) ? 'object' : '?') + (%HasHoleyElements(a) ? '-holey' : '')",
) as (array: unknown[]) => string;
const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (
  a: unknown[],
  b: unknown[],
) => boolean;

const holey = new Array<unknown>(4);
holey[0] = "a", holey[1] = 2, holey[2] = 3.5;
const sources: unknown[][] = [[1, 2, 3], [1.5, 2], ["a", "b"], holey, [{}, 1]];
const copies = sources.map((source) => holeyTaggedCopy(source, 1, source.length - 1));
console.log(copies.map(kindOf).join(" "), copies.every((copy) => sameMap(copy, copies[0])));
console.log(JSON.stringify(copies.map((copy) => copy.length)));
