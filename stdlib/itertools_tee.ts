/**
 * itertools.tee, its `_tee` iterators and their shared `_tee_dataobject`s,
 * laid out as CPython 3.11's so that they copy and pickle the same way.
 *
 * A `_tee_dataobject` buffers up to 57 (LINKCELLS) values fetched from the
 * source, then links to the next one; each `_tee` holds the data object it
 * reads and its index there. Data objects behind the slowest iterator become
 * garbage, so memory follows the gap between the iterators.
 *
 * Pickling: a `_tee` reduces to `(_tee, ((),), (dataobject, index))` and a
 * data object to `(_tee_dataobject, (source, values read, next or None))`.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { PyList } from "../vm/objects/list.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { asSize } from "../vm/objects/str_args.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { getIterator, nextOrUndefined } from "../vm/runtime/iteration.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttributeIfPresent } from "../vm/runtime/attributes.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { iteratorType, noKeywords, PyStatefulIterator } from "./native_type.ts";
import { intArgument } from "./posix_path.ts";

/** Values per data object (CPython's LINKCELLS). */
const LINK_CELLS = 57;

export const teeType = iteratorType("_tee", "itertools", { subclassable: false });
teeType.dict.set("__doc__", "Iterator wrapped to make it copyable.");
teeType.dict.set("__text_signature__", "(iterable, /)");

export const teeDataType = makeBuiltinType("_tee_dataobject", undefined, { subclassable: false });
teeDataType.dict.set("__module__", "itertools");
teeDataType.dict.set(
  "__doc__",
  "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.",
);

class PyTeeData extends PyObject {
  /** The source is being asked for a value (CPython's teedataobject.running). */
  running = false;

  constructor(
    readonly source: PyValue,
    readonly values: PyValue[] = [],
    public next: PyTeeData | null = null,
  ) {
    super(teeDataType);
  }

  /** The data object after this full one, made on first use. */
  following(): PyTeeData {
    return this.next ??= new PyTeeData(this.source);
  }

  /** Value `index`, fetched from the source when not yet read; undefined when exhausted. */
  valueAt(index: number): PyValue | undefined {
    if (index < this.values.length) return this.values[index];
    if (this.running) throw pyError("RuntimeError", "cannot re-enter the tee iterator");
    this.running = true;
    let value: PyValue | undefined;
    try {
      value = nextOrUndefined(this.source);
    } finally {
      this.running = false;
    }
    if (value !== undefined) this.values.push(value);
    return value;
  }
}

interface TeeState {
  data: PyTeeData;
  index: number;
}

type PyTee = PyStatefulIterator<TeeState>;

function newTee(data: PyTeeData, index: number): PyTee {
  return new PyStatefulIterator<TeeState>(teeType, { data, index }, (state) => {
    if (state.index >= LINK_CELLS) {
      state.data = state.data.following();
      state.index = 0;
    }
    const value = state.data.valueAt(state.index);
    if (value !== undefined) state.index++;
    return value;
  });
}

function copyTee(tee: PyTee): PyTee {
  return newTee(tee.state.data, tee.state.index);
}

/** A `_tee` over `iterable`: a copy when its iterator is already a `_tee`. */
function teeOf(iterable: PyValue): PyTee {
  const iterator = getIterator(iterable);
  if (iterator instanceof PyStatefulIterator && iterator.cls === teeType) {
    return copyTee(iterator as PyTee);
  }
  return newTee(new PyTeeData(iterator), 0);
}

registerConstructor(teeType, (_cls, args, kwnames) => {
  noKeywords("_tee", kwnames);
  if (args.length !== 1) throw pyError("TypeError", `_tee expected 1 argument, got ${args.length}`);
  return teeOf(args[0]);
});

registerConstructor(teeDataType, (_cls, args, kwnames) => {
  noKeywords("teedataobject", kwnames);
  if (args.length !== 3) {
    throw pyError("TypeError", `teedataobject expected 3 arguments, got ${args.length}`);
  }
  const [source, values, next] = args;
  if (!(values instanceof PyList)) {
    throw pyError(
      "TypeError",
      `teedataobject() argument 2 must be list, not ${typeOf(values).tpName}`,
    );
  }
  // Only a full data object links to a next one.
  const full = values.items.length === LINK_CELLS;
  if (
    values.items.length > LINK_CELLS ||
    (next !== null && (!full || !(next instanceof PyTeeData)))
  ) {
    throw pyError("ValueError", "Invalid arguments");
  }
  return new PyTeeData(source, [...values.items], next as PyTeeData | null);
});

defineNativeMethods(teeDataType, {
  __reduce__: ["", (self: PyTeeData) => {
    const state = [self.source, new PyList([...self.values]), self.next];
    return newTuple([teeDataType, newTuple(state)]);
  }, { doc: "Return state information for pickling." }],
});

defineNativeMethods(teeType, {
  __copy__: ["", copyTee, { doc: "Returns an independent iterator." }],
  __reduce__: ["", (self: PyTee) => {
    const { data, index } = self.state;
    return newTuple([teeType, newTuple([newTuple([])]), newTuple([data, index])]);
  }, { doc: "Return state information for pickling." }],
  __setstate__: ["state, /", (self: PyTee, state: PyValue) => {
    if (!(state instanceof PyTuple)) throw pyError("TypeError", "state is not a tuple");
    if (state.items.length !== 2) {
      throw pyError(
        "TypeError",
        `function takes exactly 2 arguments (${state.items.length} given)`,
      );
    }
    const [data, index] = state.items;
    if (!(data instanceof PyTeeData)) {
      throw pyError(
        "TypeError",
        `argument 1 must be itertools._tee_dataobject, not ${typeOf(data).tpName}`,
      );
    }
    const position = intArgument(index);
    if (position < 0 || position > LINK_CELLS) throw pyError("ValueError", "Index out of range");
    self.state.data = data;
    self.state.index = position;
    return null;
  }, { doc: "Set state information for unpickling." }],
});

/**
 * itertools.tee(iterable, n=2): the iterator itself first when it has a
 * `__copy__` (as an attribute, like CPython), else a `_tee` over it; then
 * n-1 results of calling that first iterator's `__copy__`.
 */
export function tee(iterable: PyValue, count: PyValue): PyValue {
  const n = asSize(count);
  if (n < 0) throw pyError("ValueError", "n must be >= 0");
  if (n === 0) return newTuple([]);
  const iterator = getIterator(iterable);
  let first = iterator;
  let copier = getAttributeIfPresent(iterator, "__copy__");
  if (copier === undefined) {
    first = teeOf(iterator);
    copier = getAttributeIfPresent(first, "__copy__")!;
  }
  const result: PyValue[] = [first];
  for (let i = 1; i < n; i++) result.push(callObject(copier, [], null));
  return newTuple(result);
}
