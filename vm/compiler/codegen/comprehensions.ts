/**
 * Comprehensions and generator expressions, compiled as in Python 3.11: a
 * nested function whose single argument `.0` is the iterator of the
 * outermost `for`, evaluated in the enclosing scope. List/set/dict
 * comprehensions build their container in that function and return it;
 * generator expressions yield each element. Async comprehensions return a
 * coroutine that the caller awaits.
 */
import type { Comprehension, Expr, Node } from "../ast.ts";
import { Op } from "../opcodes.ts";
import type { Compiler } from "./compiler.ts";
import { compileExpr, compileJumpIf, emitYield, emitYieldFrom } from "./expressions.ts";
import { compileStore } from "./targets.ts";

type ComprehensionNode =
  | Node<"ListComp">
  | Node<"SetComp">
  | Node<"DictComp">
  | Node<"GeneratorExp">;

const NAMES: Record<ComprehensionNode["_type"], string> = {
  ListComp: "<listcomp>",
  SetComp: "<setcomp>",
  DictComp: "<dictcomp>",
  GeneratorExp: "<genexpr>",
};

interface Element {
  node: ComprehensionNode;
  element: Expr;
  value: Expr | null;
}

export function compileComprehension(c: Compiler, e: ComprehensionNode): void {
  const enclosingKind = c.unit.scopeKind;
  const topLevelAwait = c.isTopLevelAwait;
  const outermost = e.generators[0];
  const unit = c.enterScope(NAMES[e._type], "comprehension", e, e.lineno);
  c.setLocation(e);
  const isAsyncGenerator = unit.symbols.coroutine;
  const isGenexp = e._type === "GeneratorExp";
  if (
    isAsyncGenerator && !isGenexp && enclosingKind !== "async_function" &&
    enclosingKind !== "comprehension" && !topLevelAwait
  ) {
    c.error("asynchronous comprehension outside of an asynchronous function", e);
  }
  if (e._type === "ListComp") c.emit(Op.BUILD_LIST, 0);
  else if (e._type === "SetComp") c.emit(Op.BUILD_SET, 0);
  else if (e._type === "DictComp") c.emit(Op.BUILD_MAP, 0);
  const element: Element = e._type === "DictComp"
    ? { node: e, element: e.key, value: e.value }
    : { node: e, element: e.elt, value: null };
  compileGenerator(c, e.generators, 0, 0, element);
  if (!isGenexp) c.emit(Op.RETURN_VALUE);
  unit.argcount = 1;
  const code = c.exitScope();
  c.makeClosure(code, 0);
  compileExpr(c, outermost.iter);
  c.at(e, () => {
    c.emit(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
    c.emit(Op.CALL, 0);
    if (isAsyncGenerator && !isGenexp) {
      c.emit(Op.GET_AWAITABLE, 0);
      c.loadConst(null);
      emitYieldFrom(c, true);
    }
  });
}

function compileGenerator(
  c: Compiler,
  generators: Comprehension[],
  index: number,
  depth: number,
  element: Element,
): void {
  if (generators[index].is_async) compileAsyncGenerator(c, generators, index, depth, element);
  else compileSyncGenerator(c, generators, index, depth, element);
}

/** Pushes the iterator of generator `index` (the `.0` argument for the outermost). */
function pushIterator(c: Compiler, generator: Comprehension, index: number, isAsync: boolean) {
  if (index === 0) {
    c.emit(Op.LOAD_FAST, c.unit.addVarname(".0"));
    return;
  }
  compileExpr(c, generator.iter);
  c.emit(isAsync ? Op.GET_AITER : Op.GET_ITER);
}

function compileSyncGenerator(
  c: Compiler,
  generators: Comprehension[],
  index: number,
  depth: number,
  element: Element,
): void {
  const generator = generators[index];
  const ifCleanup = c.newLabel();
  const anchor = c.newLabel();
  let start = null;
  const iter = generator.iter;
  const single = index > 0 && (iter._type === "List" || iter._type === "Tuple") &&
      iter.elts.length === 1 && iter.elts[0]._type !== "Starred"
    ? iter.elts[0]
    : null;
  if (single !== null) {
    // `for y in [f(x)]` binds y without building a one-item list.
    compileExpr(c, single);
  } else {
    pushIterator(c, generator, index, false);
    start = c.newLabel();
    depth++;
    c.bind(start);
    c.jump(Op.FOR_ITER, anchor);
  }
  compileStore(c, generator.target);
  for (const condition of generator.ifs) compileJumpIf(c, condition, ifCleanup, false);
  if (index + 1 < generators.length) {
    compileGenerator(c, generators, index + 1, depth, element);
  } else {
    compileElement(c, depth, element);
  }
  c.bind(ifCleanup);
  if (start !== null) {
    c.jump(Op.JUMP, start);
    c.bind(anchor);
  }
}

function compileAsyncGenerator(
  c: Compiler,
  generators: Comprehension[],
  index: number,
  depth: number,
  element: Element,
): void {
  const unit = c.unit;
  const generator = generators[index];
  const start = c.newLabel();
  const except = c.newHandlerLabel();
  const ifCleanup = c.newLabel();
  pushIterator(c, generator, index, true);
  c.bind(start);
  c.pushFrameBlock("ASYNC_COMPREHENSION_GENERATOR", start, null, null);
  unit.setupHandler(Op.SETUP_FINALLY, except);
  c.emit(Op.GET_ANEXT);
  c.loadConst(null);
  emitYieldFrom(c, true);
  unit.popHandler();
  compileStore(c, generator.target);
  for (const condition of generator.ifs) compileJumpIf(c, condition, ifCleanup, false);
  depth++;
  if (index + 1 < generators.length) {
    compileGenerator(c, generators, index + 1, depth, element);
  } else {
    compileElement(c, depth, element);
  }
  c.bind(ifCleanup);
  c.jump(Op.JUMP, start);
  unit.popFrameBlock("ASYNC_COMPREHENSION_GENERATOR");
  c.bind(except);
  c.emit(Op.END_ASYNC_FOR);
}

function compileElement(c: Compiler, depth: number, element: Element): void {
  switch (element.node._type) {
    case "GeneratorExp":
      compileExpr(c, element.element);
      emitYield(c);
      c.emit(Op.POP_TOP);
      return;
    case "ListComp":
      compileExpr(c, element.element);
      c.emit(Op.LIST_APPEND, depth + 1);
      return;
    case "SetComp":
      compileExpr(c, element.element);
      c.emit(Op.SET_ADD, depth + 1);
      return;
    case "DictComp":
      compileExpr(c, element.element);
      compileExpr(c, element.value!);
      c.emit(Op.MAP_ADD, depth + 1);
      return;
  }
}
