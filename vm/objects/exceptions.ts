/**
 * Exception objects and the builtin exception classes.
 *
 * A Python exception is thrown as the `PyBaseException` object itself (see
 * docs/ARCHITECTURE.md): `throw pyError("TypeError", "...")`. Instances keep
 * their user attributes in a map and slots like any instance, plus the fields
 * every exception has: args, __traceback__, __context__, __cause__ and
 * __suppress_context__, and those of some classes (ImportError.name,
 * OSError.errno, ...: CPython's member descriptors), kept out of `__dict__`.
 */
import { PyObject, type PyValue } from "./object.ts";
import type { InstanceMap, MappedStorage } from "./instance_map.ts";
import type { PyType } from "./type.ts";
import { makeBuiltinType } from "./core_types.ts";
import { EXCEPTION_TABLE, type ExceptionName } from "./exception_table.ts";
import { newTuple, type PyTuple } from "./tuple.ts";

export class PyBaseException extends PyObject implements MappedStorage {
  map: InstanceMap;
  slots: PyValue[] = [];
  traceback: PyValue = null;
  context: PyBaseException | null = null;
  cause: PyBaseException | null = null;
  suppressContext = false;
  /**
   * The class-specific fields (see exception_type.ts) as name, value, name,
   * value...; null until one is set. A few at most: a flat array costs less
   * than a Map (an AttributeError gets two per failed lookup).
   */
  fields: (string | PyValue)[] | null = null;
  constructor(cls: PyType, public args: PyTuple) {
    super(cls);
    this.map = cls.rootMap();
  }
}

/** A class-specific field (ImportError.name, SystemExit.code, ...); undefined if never set. */
export function exceptionField(exception: PyBaseException, name: string): PyValue | undefined {
  const fields = exception.fields;
  if (fields === null) return undefined;
  for (let i = 0; i < fields.length; i += 2) if (fields[i] === name) return fields[i + 1];
  return undefined;
}

export function setExceptionField(exception: PyBaseException, name: string, value: PyValue): void {
  const fields = exception.fields;
  if (fields === null) {
    exception.fields = [name, value];
    return;
  }
  for (let i = 0; i < fields.length; i += 2) {
    if (fields[i] === name) {
      fields[i + 1] = value;
      return;
    }
  }
  fields.push(name, value);
}

/** Unset a class-specific field (CPython's NULL member). */
export function deleteExceptionField(exception: PyBaseException, name: string): void {
  const fields = exception.fields;
  if (fields === null) return;
  for (let i = 0; i < fields.length; i += 2) {
    if (fields[i] === name) {
      fields.splice(i, 2);
      return;
    }
  }
}

function createExceptionTypes(): Record<ExceptionName, PyType> {
  const types = {} as Record<ExceptionName, PyType>;
  for (const [name, base, extraBase] of EXCEPTION_TABLE as readonly (readonly string[])[]) {
    const extraBases = extraBase === undefined ? [] : [types[extraBase as ExceptionName]];
    types[name as ExceptionName] = base === null
      ? makeBuiltinType(name)
      : makeBuiltinType(name, types[base as ExceptionName], { extraBases });
  }
  return types;
}

/** The builtin exception classes by name. */
export const ExceptionType: Readonly<Record<ExceptionName, PyType>> = createExceptionTypes();

/** A new exception of a builtin class with the given args, ready to throw. */
export function pyError(name: ExceptionName, ...args: PyValue[]): PyBaseException {
  return new PyBaseException(ExceptionType[name], newTuple(args));
}

export function isPyException(value: unknown): value is PyBaseException {
  return value instanceof PyBaseException;
}
