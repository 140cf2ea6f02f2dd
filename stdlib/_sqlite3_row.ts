/**
 * `sqlite3.Row` (CPython 3.11's row.c): a row_factory whose rows are
 * indexed by position or by column name, the name matched exactly or
 * ASCII-case-insensitively. A row keeps the cursor's `description` and the
 * tuple of values; two rows are equal when both are, and hash as
 * hash(description) ^ hash(data).
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyTuple } from "../vm/objects/tuple.ts";
import { PyList } from "../vm/objects/list.ts";
import { isStr, toJsString } from "../vm/objects/str_wide.ts";
import { PyBoxedStr } from "../vm/objects/str_boxed.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { NotImplemented } from "../vm/objects/singletons.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { PySlice } from "../vm/objects/slice.ts";
import { bindArguments, parseSignature } from "../vm/objects/native_signature.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { getSubscript } from "../vm/runtime/subscript.ts";
import { getIterator } from "../vm/runtime/iteration.ts";
import { equals } from "../vm/runtime/operators.ts";
import { hashOf } from "../vm/runtime/hash.ts";
import { PySqliteCursor } from "./_sqlite3_cursor.ts";

export const rowType = makeBuiltinType("Row");
rowType.dict.set("__module__", "sqlite3");

export class PySqliteRow extends PyObject {
  constructor(cls: PyType, readonly description: PyValue, readonly data: PyTuple) {
    super(cls);
  }
}

const newSignature = parseSignature("cursor, data, /");

registerConstructor(rowType, (cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0 && cls === rowType) {
    throw pyError("TypeError", "Row() takes no keyword arguments");
  }
  const positional = kwnames === null ? args : args.slice(0, args.length - kwnames.length);
  const [cursor, data] = bindArguments(newSignature, "Row", positional, null) as PyValue[];
  if (!(cursor instanceof PySqliteCursor)) {
    throw pyError(
      "TypeError",
      `Row() argument 1 must be sqlite3.Cursor, not ${typeOf(cursor).tpName}`,
    );
  }
  if (!(data instanceof PyTuple)) {
    throw pyError("TypeError", `Row() argument 2 must be tuple, not ${typeOf(data).tpName}`);
  }
  return new PySqliteRow(cls, cursor.description, data);
});

const NON_ASCII = /[\u0080-\uffff]/;

/** equal_ignore_case: equal, or both ASCII and equal ignoring ASCII case. */
function sameName(key: PyValue, name: PyValue): boolean {
  if (equals(key, name)) return true;
  if (!isStr(key) || !isStr(name)) return false;
  const a = toJsString(key);
  const b = toJsString(name);
  if (a.length !== b.length || NON_ASCII.test(a) || NON_ASCII.test(b)) return false;
  return a.toLowerCase() === b.toLowerCase();
}

function subscript(self: PySqliteRow, key: PyValue): PyValue {
  const items = self.data.items;
  if (
    typeof key === "number" || typeof key === "bigint" || typeof key === "boolean" ||
    intOperand(key) !== undefined
  ) {
    const raw = typeof key === "boolean" ? (key ? 1 : 0) : intOperand(key)!;
    if (typeof raw === "bigint") {
      throw pyError("IndexError", "cannot fit 'int' into an index-sized integer");
    }
    const index = raw < 0 ? raw + items.length : raw;
    if (index < 0 || index >= items.length) throw pyError("IndexError", "tuple index out of range");
    return items[index];
  }
  if (isStr(key) || key instanceof PyBoxedStr) {
    if (self.description instanceof PyTuple) {
      const columns = self.description.items;
      for (let i = 0; i < columns.length; i++) {
        const name = (columns[i] as PyTuple).items[0];
        if (sameName(key, name)) {
          if (i >= items.length) throw pyError("IndexError", "tuple index out of range");
          return items[i];
        }
      }
    }
    throw pyError("IndexError", "No item with that key");
  }
  if (key instanceof PySlice) return getSubscript(self.data, key);
  throw pyError("IndexError", "Index must be int or string");
}

function compare(equal: boolean) {
  return (self: PySqliteRow, other: PyValue) => {
    if (!(other instanceof PySqliteRow)) return NotImplemented;
    const same = equals(self.description, other.description) && equals(self.data, other.data);
    return same === equal;
  };
}

defineNativeMethods(rowType, {
  keys: ["", (self: PySqliteRow) => {
    const names: PyValue[] = [];
    if (self.description instanceof PyTuple) {
      for (const column of self.description.items) names.push((column as PyTuple).items[0]);
    }
    return new PyList(names);
  }, { doc: "Returns the keys of the row." }],
  __getitem__: ["key, /", subscript],
  __len__: ["", (self: PySqliteRow) => self.data.items.length],
  __iter__: ["", (self: PySqliteRow) => getIterator(self.data)],
  __hash__: ["", (self: PySqliteRow) => {
    const mixed = BigInt.asIntN(64, BigInt(hashOf(self.description)) ^ BigInt(hashOf(self.data)));
    return normalize(mixed);
  }],
  __eq__: ["value, /", compare(true)],
  __ne__: ["value, /", compare(false)],
  __lt__: ["value, /", () => NotImplemented],
  __le__: ["value, /", () => NotImplemented],
  __gt__: ["value, /", () => NotImplemented],
  __ge__: ["value, /", () => NotImplemented],
});

/** An int in Taipan's normal form: a number when it is a safe integer. */
function normalize(value: bigint): number | bigint {
  return value >= -(2n ** 53n - 1n) && value <= 2n ** 53n - 1n ? Number(value) : value;
}
