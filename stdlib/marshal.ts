/**
 * `marshal`: dump/dumps/load/loads over CPython's marshal format (version 4
 * and the older versions on request). The format itself is in
 * marshal_format.ts, writing in marshal_write.ts, reading in marshal_read.ts.
 * Code objects are Taipan's own record (see marshal_format.ts), which is what
 * importlib's SourceFileLoader stores in Taipan's `.pyc` files.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { late } from "../vm/runtime/late_protocols.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addValues, newModule } from "./module_helpers.ts";
import { MARSHAL_VERSION } from "./marshal_format.ts";
import { MarshalWriter } from "./marshal_write.ts";
import { BytesSource, FileSource, MarshalReader } from "./marshal_read.ts";

const DOC = `This module contains functions that can read and write Python values in
a binary format. The format is specific to Python, but independent of
machine architecture issues.

Variables:

version -- indicates the format that the module uses. Version 0 is the
    historical format, version 1 shares interned strings and version 2
    uses a binary format for floating point numbers.
    Version 3 shares common object references (New in version 3.4).
    Version 4 adds small tuples and short ASCII strings (Taipan also writes
    its own code objects, which CPython cannot read).

Functions:

dump() -- write value to a file
load() -- read value from a file
dumps() -- marshal value as a bytes object
loads() -- read value from a bytes-like object`;

/** The version argument as a C int. */
function versionOf(value: PyValue): number {
  const n = intOperand(value) ?? late.index(value);
  if (typeof n === "bigint" || n > 0x7fffffff || n < -0x80000000) {
    throw pyError("OverflowError", "Python int too large to convert to C int");
  }
  return n;
}

function dumps(value: PyValue, version: PyValue): PyBytes {
  return new PyBytes(MarshalWriter.dump(value, versionOf(version)));
}

function loads(data: PyValue): PyValue {
  const bytes = bufferOf(data);
  if (bytes === undefined) {
    throw pyError(
      "TypeError",
      `a bytes-like object is required, not '${typeOf(data).tpName}'`,
    );
  }
  return new MarshalReader(new BytesSource(bytes.slice())).top();
}

function load(file: PyValue): PyValue {
  // As CPython: check that the file is binary by reading nothing.
  const probe = callObject(getAttribute(file, "read"), [0], null);
  if (!(probe instanceof PyBytes)) {
    throw pyError("TypeError", `file.read() returned not bytes but ${typeOf(probe).tpName}`);
  }
  return new MarshalReader(new FileSource(file)).top();
}

export function createMarshalModule(): PyModule {
  const module = newModule("marshal", DOC);
  addFunctions(module, {
    dump: ["value, file, version=4, /", (value: PyValue, file: PyValue, version: PyValue) => {
      const data = dumps(value, version);
      callObject(getAttribute(file, "write"), [data], null);
      return null;
    }],
    dumps: ["value, version=4, /", dumps],
    load: ["file, /", load],
    loads: ["bytes, /", loads],
  });
  addValues(module, { version: MARSHAL_VERSION });
  return module;
}
