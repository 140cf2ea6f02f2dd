/**
 * The `builtins` namespace: functions, types, exceptions and constants,
 * assembled once at start-up (bootstrap.ts loads the modules that give the
 * builtin types their methods).
 */
import type { PyValue } from "../objects/object.ts";
import { breakpointFunction } from "./breakpoint.ts";
import { PyDict } from "../objects/dict.ts";
import { boolType, intType, objectType, strType, typeType } from "../objects/core_types.ts";
import { floatType } from "../objects/float.ts";
import { complexType } from "../objects/complex.ts";
import { bytesType } from "../objects/bytes.ts";
import { bytearrayType } from "../objects/bytearray.ts";
import { memoryviewType } from "../objects/memoryview.ts";
import { listType } from "../objects/list.ts";
import { tupleType } from "../objects/tuple.ts";
import { dictType } from "../objects/dict.ts";
import { frozensetType, setType } from "../objects/set.ts";
import { sliceType } from "../objects/slice.ts";
import { classmethodType, propertyType, staticmethodType } from "../objects/descriptors.ts";
import { Ellipsis, NotImplemented } from "../objects/singletons.ts";
import { ExceptionType } from "../objects/exceptions.ts";
import { builtinFunctions } from "./builtin_functions.ts";
import { execBuiltins } from "./exec_builtins.ts";
import { asyncBuiltinFunctions } from "./async_builtins.ts";
import { rangeType } from "./types/range_type.ts";
import { superType } from "./types/super_type.ts";
import {
  enumerateType,
  filterType,
  mapType,
  reversedType,
  zipType,
} from "./types/iterator_types.ts";
import { PyModule } from "./module.ts";
import { applyBuiltinDocs } from "./builtin_docs.ts";
import { importFunction } from "./import_hooks.ts";
import { openFunction } from "../../stdlib/_io.ts";
import { inputFunction } from "../../stdlib/text_stream.ts";

export function createBuiltins(options: { optimize: number }): PyModule {
  const dict = new PyDict();
  const put = (name: string, value: PyValue) => dict.set(name, value);
  put("__name__", "builtins");
  put("__doc__", null);
  for (const func of [...builtinFunctions(), ...execBuiltins()]) put(func.name, func);
  for (const func of asyncBuiltinFunctions()) put(func.name, func);
  put("__import__", importFunction);
  put("open", openFunction); // io.open itself, as in CPython
  put("input", inputFunction);
  put("breakpoint", breakpointFunction);
  for (
    const type of [
      objectType,
      typeType,
      intType,
      boolType,
      floatType,
      complexType,
      strType,
      bytesType,
      bytearrayType,
      memoryviewType,
      listType,
      tupleType,
      dictType,
      setType,
      frozensetType,
      rangeType,
      sliceType,
      propertyType,
      staticmethodType,
      classmethodType,
      superType,
      enumerateType,
      zipType,
      mapType,
      filterType,
      reversedType,
    ]
  ) put(type.name, type); // deno-fmt-ignore
  for (const [name, type] of Object.entries(ExceptionType)) put(name, type);
  put("EnvironmentError", ExceptionType.OSError);
  put("IOError", ExceptionType.OSError);
  put("None", null);
  put("True", true);
  put("False", false);
  put("Ellipsis", Ellipsis);
  put("NotImplemented", NotImplemented);
  put("__debug__", options.optimize === 0);
  applyBuiltinDocs("builtins", dict);
  const module = new PyModule("builtins", dict);
  return module;
}
