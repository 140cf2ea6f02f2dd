/**
 * Function, lambda and class definitions: defaults, annotations, decorators,
 * the nested code object, and MAKE_FUNCTION with its closure.
 *
 * Decorators and the class-builder call reuse the call protocol's self slot:
 * with `decorator function` on the stack, CALL 0 calls decorator(function),
 * exactly as CPython 3.11 does.
 */
import type { Arg, Arguments, Expr, Node } from "../ast.ts";
import { CO_FUTURE_ANNOTATIONS } from "../future.ts";
import { MakeFunctionFlag, Op } from "../opcodes.ts";
import { mangle } from "../symtable.ts";
import { unparseAnnotation } from "../unparse.ts";
import { compileCallArguments } from "./calls.ts";
import { type Compiler, docstringOf } from "./compiler.ts";
import { compileExpr } from "./expressions.ts";
import { compileBody, compileStatements } from "./statements.ts";

/** Pushes an annotation's value: the expression, or its source text under the future import. */
export function compileAnnotationValue(c: Compiler, annotation: Expr): void {
  if (c.futureFlags & CO_FUTURE_ANNOTATIONS) {
    // The string is loaded at the location of the definition, as in CPython.
    c.loadConst(unparseAnnotation(annotation));
  } else {
    compileExpr(c, annotation);
  }
}

function compileDefaults(c: Compiler, args: Arguments): number {
  let flags = 0;
  if (args.defaults.length > 0) {
    for (const value of args.defaults) compileExpr(c, value);
    c.emit(Op.BUILD_TUPLE, args.defaults.length);
    flags |= MakeFunctionFlag.DEFAULTS;
  }
  const keys: string[] = [];
  args.kwonlyargs.forEach((arg, index) => {
    const value = args.kw_defaults[index];
    if (value === null || value === undefined) return;
    keys.push(mangle(c.unit.privateName, arg.arg));
    compileExpr(c, value);
  });
  if (keys.length > 0) {
    c.loadConst(keys);
    c.emit(Op.BUILD_CONST_KEY_MAP, keys.length);
    flags |= MakeFunctionFlag.KWDEFAULTS;
  }
  return flags;
}

/** Pushes the flat (name, value, ...) annotations tuple; returns the MAKE_FUNCTION bit. */
function compileAnnotations(c: Compiler, args: Arguments, returns: Expr | null): number {
  let count = 0;
  const annotate = (name: string, annotation: Expr | null, starred = false) => {
    if (annotation === null) return;
    c.loadConst(mangle(c.unit.privateName, name));
    if (starred && annotation._type === "Starred" && !(c.futureFlags & CO_FUTURE_ANNOTATIONS)) {
      compileExpr(c, annotation.value);
      c.emit(Op.UNPACK_SEQUENCE, 1);
    } else {
      compileAnnotationValue(c, annotation);
    }
    count += 2;
  };
  const annotateAll = (list: Arg[]) => list.forEach((arg) => annotate(arg.arg, arg.annotation));
  annotateAll(args.args);
  annotateAll(args.posonlyargs);
  if (args.vararg !== null) annotate(args.vararg.arg, args.vararg.annotation, true);
  annotateAll(args.kwonlyargs);
  if (args.kwarg !== null) annotate(args.kwarg.arg, args.kwarg.annotation);
  annotate("return", returns);
  if (count === 0) return 0;
  c.emit(Op.BUILD_TUPLE, count);
  return MakeFunctionFlag.ANNOTATIONS;
}

function checkArgumentNames(c: Compiler, args: Arguments): void {
  const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
  if (args.vararg !== null) all.push(args.vararg);
  if (args.kwarg !== null) all.push(args.kwarg);
  for (const arg of all) c.checkForbiddenName(arg.arg, "Store");
}

function applyDecorators(c: Compiler, decorators: Expr[]): void {
  for (let i = decorators.length - 1; i >= 0; i--) {
    c.at(decorators[i], () => c.emit(Op.CALL, 0));
  }
}

function setArgumentCounts(c: Compiler, args: Arguments): void {
  c.unit.argcount = args.args.length + args.posonlyargs.length;
  c.unit.posonlyargcount = args.posonlyargs.length;
  c.unit.kwonlyargcount = args.kwonlyargs.length;
}

export function compileFunctionDef(
  c: Compiler,
  s: Node<"FunctionDef"> | Node<"AsyncFunctionDef">,
): void {
  checkArgumentNames(c, s.args);
  for (const decorator of s.decorator_list) compileExpr(c, decorator);
  const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
  let flags = compileDefaults(c, s.args);
  flags |= compileAnnotations(c, s.args, s.returns);
  const kind = s._type === "AsyncFunctionDef" ? "async_function" : "function";
  c.enterScope(s.name, kind, s, firstlineno);
  const docstring = c.optimize < 2 ? docstringOf(s.body) : null;
  c.unit.addConst(docstring);
  setArgumentCounts(c, s.args);
  compileStatements(c, docstring !== null ? s.body.slice(1) : s.body);
  const code = c.exitScope();
  c.makeClosure(code, flags);
  applyDecorators(c, s.decorator_list);
  c.nameOp(s.name, "Store");
}

export function compileLambda(c: Compiler, e: Node<"Lambda">): void {
  checkArgumentNames(c, e.args);
  const flags = compileDefaults(c, e.args);
  c.enterScope("<lambda>", "lambda", e, e.lineno);
  c.unit.addConst(null);
  setArgumentCounts(c, e.args);
  compileExpr(c, e.body);
  const isGenerator = c.unit.symbols.generator;
  if (!isGenerator) c.emit(Op.RETURN_VALUE);
  const code = c.exitScope(false);
  c.makeClosure(code, flags);
}

export function compileClassDef(c: Compiler, s: Node<"ClassDef">): void {
  for (const decorator of s.decorator_list) compileExpr(c, decorator);
  const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
  c.enterScope(s.name, "class", s, firstlineno);
  const unit = c.unit;
  unit.privateName = s.name;
  c.emitRawName(Op.LOAD_NAME, "__name__");
  c.emitRawName(Op.STORE_NAME, "__module__");
  c.loadConst(unit.qualname);
  c.emitRawName(Op.STORE_NAME, "__qualname__");
  compileBody(c, s.body);
  c.unsetLocation();
  if (unit.symbols.needsClassClosure) {
    c.emit(Op.LOAD_CLOSURE, unit.cellIndex("__class__"));
    c.emit(Op.COPY, 1);
    c.emitRawName(Op.STORE_NAME, "__classcell__");
  } else {
    c.loadConst(null);
  }
  c.emit(Op.RETURN_VALUE);
  const code = c.exitScope();
  c.emit(Op.LOAD_BUILD_CLASS);
  c.emit(Op.PUSH_NULL);
  c.makeClosure(code, 0);
  c.loadConst(s.name);
  compileCallArguments(c, 2, s.bases, s.keywords, s);
  applyDecorators(c, s.decorator_list);
  c.nameOp(s.name, "Store");
}
