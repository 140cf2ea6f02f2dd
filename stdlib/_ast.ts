/**
 * The `_ast` module: the node classes (ast_types.ts) and the compile() flags
 * that `ast.py` builds on. The conversions between the front end's trees and
 * these classes live in ast_to_python.ts and ast_from_python.ts; compile()
 * uses them through `parseToAst` and `astToCode` below.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import type { CodeObject } from "../vm/compiler/code.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { addValues, newModule } from "./module_helpers.ts";
import { astTypes } from "./ast_types.ts";
import { astToPython } from "./ast_to_python.ts";
import { astFromPython } from "./ast_from_python.ts";
import { validateMod } from "./ast_validate.ts";
import {
  type CompileFlags,
  compileTree,
  parseSource,
  PyCF,
  type SourceMode,
} from "../vm/runtime/compile_source.ts";

export function createAstModule(): PyModule {
  const module = newModule("_ast");
  addValues(module, {
    PyCF_ONLY_AST: PyCF.ONLY_AST,
    PyCF_TYPE_COMMENTS: PyCF.TYPE_COMMENTS,
    PyCF_ALLOW_TOP_LEVEL_AWAIT: PyCF.ALLOW_TOP_LEVEL_AWAIT,
  });
  for (const [name, type] of astTypes().byName) module.dict.set(name, type);
  return module;
}

/** PyAST_Check: is `value` a node object (an instance of `AST` or a subclass)? */
export function isAstObject(value: PyValue): boolean {
  return typeOf(value).isSubtypeOf(astTypes().AST);
}

/** compile(source, filename, mode, PyCF_ONLY_AST): the tree as Python objects. */
export function parseToAst(
  source: string | Uint8Array,
  filename: string,
  mode: SourceMode | "func_type",
  flags: CompileFlags,
): PyValue {
  return astToPython(parseSource(source, filename, mode, flags));
}

/** compile(tree, filename, mode): convert, validate, then compile as usual. */
export function astToCode(
  tree: PyValue,
  filename: string,
  mode: SourceMode,
  optimize: number,
  flags: CompileFlags,
): CodeObject {
  const mod = astFromPython(tree, mode);
  validateMod(mod);
  return compileTree(mod, filename, mode, optimize, flags);
}
