/**
 * `_csv`, the C half of `csv`: reader (_csv_reader.ts), writer
 * (_csv_writer.ts), Dialect and the dialect registry (_csv_dialect.ts),
 * field_size_limit, the QUOTE_* constants and Error.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyList } from "../vm/objects/list.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { isStr } from "../vm/objects/str_wide.ts";
import { intType } from "../vm/objects/core_types.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { PyBuiltinFunction } from "../vm/objects/native_function.ts";
import { parseSignature } from "../vm/objects/native_signature.ts";
import { getIterator } from "../vm/runtime/iteration.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { isPyException } from "../vm/objects/exceptions.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addValues, newModule } from "./module_helpers.ts";
import {
  csvError,
  csvErrorType,
  dialectByName,
  dialectFromArguments,
  dialects,
  dialectType,
  type PyDialect,
  QUOTE_ALL,
  QUOTE_MINIMAL,
  QUOTE_NONE,
  QUOTE_NONNUMERIC,
} from "./_csv_dialect.ts";
import { limits, newReader, readerType } from "./_csv_reader.ts";
import { PyCsvWriter, writerType } from "./_csv_writer.ts";

/** _call_dialect: Dialect(dialect, **fmtparams) (a `dialect=` keyword counts too). */
function callDialect(dialect: PyValue | undefined, keywords: Map<string, PyValue>): PyDialect {
  const args = dialect === undefined ? [] : [dialect];
  return dialectFromArguments(
    dialectType,
    [...args, ...keywords.values()],
    [...keywords.keys()],
  ) as PyDialect;
}

/** PyArg_UnpackTuple(args, "", 1, 2, ...): CPython names no function in these messages. */
function oneOrTwo(args: PyValue[]): [PyValue, PyValue | undefined] {
  if (args.length < 1) {
    throw pyError("TypeError", ` expected at least 1 argument, got ${args.length}`);
  }
  if (args.length > 2) {
    throw pyError("TypeError", ` expected at most 2 arguments, got ${args.length}`);
  }
  return [args[0], args[1]];
}

function reader(args: PyValue[], keywords: Map<string, PyValue>): PyValue {
  const [iterable, dialect] = oneOrTwo(args);
  return newReader(getIterator(iterable), callDialect(dialect, keywords));
}

function writer(args: PyValue[], keywords: Map<string, PyValue>): PyValue {
  const [file, dialect] = oneOrTwo(args);
  let write: PyValue | undefined;
  try {
    write = getAttribute(file, "write");
  } catch (error) {
    if (!isPyException(error)) throw error;
  }
  if (write === undefined || typeOf(write).lookup("__call__") === undefined) {
    throw pyError("TypeError", 'argument 1 must have a "write" method');
  }
  return new PyCsvWriter(write, callDialect(dialect, keywords));
}

function registerDialect(args: PyValue[], keywords: Map<string, PyValue>): null {
  const [name, dialect] = oneOrTwo(args);
  if (!isStr(name)) throw pyError("TypeError", "dialect name must be a string");
  dialects.set(name, callDialect(dialect, keywords));
  return null;
}

const LONG_LIMIT = 2n ** 63n;

function fieldSizeLimit(newLimit?: PyValue): number {
  const old = limits.fieldSize;
  if (newLimit !== undefined) {
    if (typeof newLimit === "boolean" || typeOf(newLimit) !== intType) {
      throw pyError("TypeError", "limit must be an integer");
    }
    const n = BigInt(indexValue(newLimit));
    if (n >= LONG_LIMIT || n < -LONG_LIMIT) {
      throw pyError("OverflowError", "Python int too large to convert to C long");
    }
    limits.fieldSize = Number(n);
  }
  return old;
}

export function createCsvModule(): PyModule {
  const module = newModule("_csv", CSV_DOC);
  addFunctions(module, {
    list_dialects: [
      "",
      () => new PyList(dialects.keys.filter((key) => key !== undefined) as PyValue[]),
    ],
    get_dialect: ["name", dialectByName],
    unregister_dialect: ["name", (name: PyValue) => {
      if (!dialects.delete(name)) throw csvError("unknown dialect");
      return null;
    }],
    field_size_limit: ["new_limit=?", fieldSizeLimit],
  });
  const variadic: [string, typeof reader, string][] = [
    ["reader", reader, READER_DOC],
    ["writer", writer, WRITER_DOC],
    ["register_dialect", registerDialect, REGISTER_DOC],
  ];
  for (const [name, impl, doc] of variadic) {
    const func = new PyBuiltinFunction(
      name,
      name,
      parseSignature("*args, **kwargs"),
      impl,
      undefined,
      doc,
    );
    func.module = "_csv";
    module.dict.set(name, func);
  }
  for (const type of [dialectType, readerType, writerType]) {
    type.dict.set("__module__", "_csv");
    type.invalidate();
  }
  addValues(module, {
    __version__: "1.0",
    QUOTE_MINIMAL,
    QUOTE_ALL,
    QUOTE_NONNUMERIC,
    QUOTE_NONE,
    Dialect: dialectType,
    Reader: readerType,
    Writer: writerType,
    Error: csvErrorType,
    _dialects: dialects,
  });
  return module;
}

const CSV_DOC = `CSV parsing and writing.

This module provides classes that assist in the reading and writing
of Comma Separated Value (CSV) files, and implements the interface
described by PEP 305.  Although many CSV files are simple to parse,
the format is not formally defined by a stable specification and
is subtle enough that parsing lines of a CSV file with something
like line.split(",") is bound to fail.  The module supports three
basic APIs: reading, writing, and registration of dialects.
`;

const READER_DOC = `    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)

The "iterable" argument can be any object that returns a line
of input for each iteration, such as a file object or a list.  The
optional "dialect" parameter is discussed below.  The function
also accepts optional keyword arguments which override settings
provided by the dialect.

The returned object is an iterator.  Each iteration returns a row
of the CSV file (which can span multiple input lines).
`;

const WRITER_DOC = `    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)

    [or]

    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    csv_writer.writerows(rows)

The "fileobj" argument can be any object that supports the file API.
`;

const REGISTER_DOC = `Create a mapping from a string name to a dialect class.
    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])`;
