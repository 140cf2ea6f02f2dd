/** Our code objects in the shape cpython_facts.py dumps CPython's ("code" job). */
import { CodeObject } from "../../vm/compiler/code.ts";

export interface CodeDump {
  co_name: string;
  co_qualname: string;
  co_firstlineno: number;
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_flags: number;
  co_varnames: string[];
  co_cellvars: string[];
  co_freevars: string[];
  co_nlocals: number;
  /** co_consts[0] when it is a str (the docstring slot). */
  docstring: string | null;
  children: CodeDump[];
}

export function dumpCode(code: CodeObject): CodeDump {
  return {
    co_name: code.co_name,
    co_qualname: code.co_qualname,
    co_firstlineno: code.co_firstlineno,
    co_argcount: code.co_argcount,
    co_posonlyargcount: code.co_posonlyargcount,
    co_kwonlyargcount: code.co_kwonlyargcount,
    co_flags: code.co_flags,
    co_varnames: [...code.co_varnames],
    co_cellvars: [...code.co_cellvars],
    co_freevars: [...code.co_freevars],
    co_nlocals: code.co_nlocals,
    docstring: typeof code.co_consts[0] === "string" ? code.co_consts[0] : null,
    children: code.co_consts.filter((c) => c instanceof CodeObject).map((c) =>
      dumpCode(c as CodeObject)
    ),
  };
}
