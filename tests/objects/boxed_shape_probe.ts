/**
 * Run by boxed_shape_test.ts under --allow-natives-syntax: whether a class
 * made by a Python metaclass, and a dict of a Python subclass of dict, keep
 * the JS shape (V8 map) of a builtin type and of a plain dict once their
 * boxed attribute storage is attached (instance.ts's withInstanceStorage).
 */
import { PyType, TypeFlag } from "../../vm/objects/type.ts";
import { PyDict } from "../../vm/objects/dict.ts";
import { withInstanceStorage } from "../../vm/objects/instance.ts";
import { haveSameMap } from "../v8_natives.ts";

const heap = TypeFlag.HEAPTYPE | TypeFlag.BASETYPE;
const builtin = new PyType(null, "builtin", [], new Map(), 0);
const metaclass = new PyType(null, "Meta", [], new Map(), heap);
const made = new PyType(metaclass, "C", [], new Map(), heap);
withInstanceStorage(made, metaclass);

const dictSubclass = new PyType(null, "D", [], new Map(), heap);
const plain = new PyDict();
const subclassed = withInstanceStorage(new PyDict(dictSubclass), dictSubclass) as PyDict;

console.log(
  `${made.instanceStorage !== undefined} ${haveSameMap(made, builtin)} ` +
    `${subclassed.instanceStorage !== undefined} ${haveSameMap(subclassed, plain)}`,
);
