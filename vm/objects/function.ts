/**
 * Python functions (`function` type): a code object plus everything a call
 * needs that the code object does not hold — globals, defaults, closure cells
 * — and the writable metadata (`__name__`, `__qualname__`, `__doc__`,
 * `__module__`, `__annotations__`, `__dict__`). Arbitrary function attributes
 * live in a map and slots, like instance attributes.
 */
import { PyObject, type PyValue } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";
import type { InstanceMap, MappedStorage } from "./instance_map.ts";
import type { CodeObject } from "../compiler/code.ts";
import type { PyCell } from "./cell.ts";
import type { PyTuple } from "./tuple.ts";
import type { PyDict } from "./dict.ts";

export const functionType = makeBuiltinType("function", undefined, { subclassable: false });

export class PyFunction extends PyObject implements MappedStorage {
  map: InstanceMap = functionType.rootMap();
  slots: PyValue[] = [];
  name: string;
  qualname: string;
  doc: PyValue;
  module: PyValue;
  /** `__annotations__`: a dict, built lazily from the flat tuple MAKE_FUNCTION received. */
  annotations: PyDict | PyTuple | null = null;
  constructor(
    public code: CodeObject,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** Positional defaults (`__defaults__`), or null. */
    public defaults: PyTuple | null,
    /** Keyword-only defaults (`__kwdefaults__`), or null. */
    public kwdefaults: PyDict | null,
    /** Cells for co_freevars, in order (`__closure__`), or null. */
    readonly closure: readonly PyCell[] | null,
    module: PyValue,
  ) {
    super(functionType);
    this.name = code.co_name;
    this.qualname = code.co_qualname;
    this.doc = code.docstring;
    this.module = module;
  }
}
