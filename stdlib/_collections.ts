/**
 * The `_collections` module: deque (collections_deque*.ts), defaultdict
 * (collections_defaultdict.ts) and `_count_elements`, Counter's helper.
 * OrderedDict and _tuplegetter are not provided: collections/__init__.py
 * keeps its pure-Python OrderedDict and builds named-tuple fields from
 * property(itemgetter(i)) when they are missing.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { dictType, PyDict } from "../vm/objects/dict.ts";
import { BINARY_OPERATOR_INDEX } from "../vm/compiler/opcodes.ts";
import { iterateValues } from "../vm/runtime/iteration.ts";
import { binaryOp } from "../vm/runtime/operators.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { callObject } from "../vm/runtime/call.ts";
import { setSubscript } from "../vm/runtime/subscript.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addClassGetItem, addFunctions, addTypes, newModule } from "./module_helpers.ts";
import { dequeType } from "./collections_deque.ts";
import { dequeIteratorType, dequeReverseIteratorType } from "./collections_deque_methods.ts";
import { defaultdictType } from "./collections_defaultdict.ts";

const ADD = BINARY_OPERATOR_INDEX.Add;

/** `for elem in iterable: mapping[elem] = mapping.get(elem, 0) + 1` */
function countElements(mapping: PyValue, iterable: PyValue): PyValue {
  if (mapping instanceof PyDict && mapping.cls === dictType) {
    for (const element of iterateValues(iterable)) {
      mapping.set(element, binaryOp(ADD, mapping.get(element) ?? 0, 1));
    }
    return null;
  }
  const get = getAttribute(mapping, "get");
  for (const element of iterateValues(iterable)) {
    setSubscript(mapping, element, binaryOp(ADD, callObject(get, [element, 0], null), 1));
  }
  return null;
}

export function createCollectionsModule(): PyModule {
  const module = newModule("_collections", "High performance data structures.");
  addTypes(module, [dequeType, defaultdictType, dequeIteratorType, dequeReverseIteratorType]);
  for (const type of [dequeType, defaultdictType]) type.dict.set("__module__", "collections");
  addClassGetItem([dequeType]);
  addFunctions(module, { _count_elements: ["mapping, iterable, /", countElements] });
  return module;
}
