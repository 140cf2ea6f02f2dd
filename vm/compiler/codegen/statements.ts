/**
 * Statements: bodies, control flow (if/while/for/async for), imports,
 * assert/raise and expression statements. Try/with and the unwinding done by
 * return/break/continue are in exceptions.ts; match in patterns.ts.
 *
 * Loops close with a JUMP to their head, which the assembler turns into
 * JUMP_BACKWARD: the one loop edge the JIT counts.
 */
import type { Node, Stmt } from "../ast.ts";
import { Op } from "../opcodes.ts";
import { type Compiler, docstringOf } from "./compiler.ts";
import { compileClassDef, compileFunctionDef } from "./definitions.ts";
import {
  compileAsyncWith,
  compileBreak,
  compileContinue,
  compileReturn,
  compileTry,
  compileTryStar,
  compileWith,
} from "./exceptions.ts";
import { compileExpr, compileJumpIf, emitYieldFrom } from "./expressions.ts";
import { compileMatch } from "./patterns.ts";
import { checkAssertion } from "./warnings.ts";
import {
  compileAnnAssign,
  compileAssign,
  compileAugAssign,
  compileDelete,
  compileStore,
} from "./targets.ts";

export function compileStatements(c: Compiler, statements: Stmt[]): void {
  for (const statement of statements) compileStatement(c, statement);
}

/** Does a block, or a block nested in it (not counting nested scopes), hold a matching statement? */
function someStatement(statements: Stmt[], matches: (s: Stmt) => boolean): boolean {
  const within = (block: Stmt[]) => someStatement(block, matches);
  for (const s of statements) {
    if (matches(s)) return true;
    switch (s._type) {
      case "For":
      case "AsyncFor":
      case "While":
      case "If":
        if (within(s.body) || within(s.orelse)) return true;
        break;
      case "With":
      case "AsyncWith":
        if (within(s.body)) return true;
        break;
      case "Try":
      case "TryStar":
        if (within(s.body) || within(s.orelse) || within(s.finalbody)) return true;
        if (s.handlers.some((handler) => within(handler.body))) return true;
        break;
      case "Match":
        if (s.cases.some((matchCase) => within(matchCase.body))) return true;
        break;
    }
  }
  return false;
}

/** Does a block (not counting nested scopes) contain an annotated assignment? */
export function hasAnnotations(statements: Stmt[]): boolean {
  return someStatement(statements, (s) => s._type === "AnnAssign");
}

/** Does a block (not counting nested scopes) contain `async for` or `async with`? */
export function hasAsyncStatement(statements: Stmt[]): boolean {
  return someStatement(statements, (s) => s._type === "AsyncFor" || s._type === "AsyncWith");
}

/** A module or class body: SETUP_ANNOTATIONS, `__doc__`, then the statements. */
export function compileBody(c: Compiler, statements: Stmt[]): void {
  if (hasAnnotations(statements)) {
    if (statements.length > 0) c.setLocation(statements[0]);
    c.emit(Op.SETUP_ANNOTATIONS);
  }
  let first = 0;
  if (c.optimize < 2) {
    const docstring = docstringOf(statements);
    if (docstring !== null) {
      const statement = statements[0] as Node<"Expr">;
      compileExpr(c, statement.value);
      c.at(statement, () => c.nameOp("__doc__", "Store"));
      first = 1;
    }
  }
  compileStatements(c, statements.slice(first));
}

export function compileStatement(c: Compiler, s: Stmt): void {
  const saved = c.unit.location;
  c.setLocation(s);
  try {
    compileStatementHere(c, s);
  } finally {
    c.unit.location = saved;
  }
}

function compileStatementHere(c: Compiler, s: Stmt): void {
  switch (s._type) {
    case "FunctionDef":
    case "AsyncFunctionDef":
      return compileFunctionDef(c, s);
    case "ClassDef":
      return compileClassDef(c, s);
    case "Return":
      return compileReturn(c, s);
    case "Delete":
      return compileDelete(c, s);
    case "Assign":
      return compileAssign(c, s);
    case "AugAssign":
      return compileAugAssign(c, s);
    case "AnnAssign":
      return compileAnnAssign(c, s);
    case "For":
      return compileFor(c, s);
    case "AsyncFor":
      return compileAsyncFor(c, s);
    case "While":
      return compileWhile(c, s);
    case "If":
      return compileIf(c, s);
    case "With":
      return compileWith(c, s, 0);
    case "AsyncWith":
      return compileAsyncWith(c, s, 0);
    case "Match":
      return compileMatch(c, s);
    case "Raise":
      return compileRaise(c, s);
    case "Try":
      return compileTry(c, s);
    case "TryStar":
      return compileTryStar(c, s);
    case "Assert":
      return compileAssert(c, s);
    case "Import":
      return compileImport(c, s);
    case "ImportFrom":
      return compileImportFrom(c, s);
    case "Global":
    case "Nonlocal":
      return;
    case "Pass":
      c.emit(Op.NOP); // carries the line for line events; removed if redundant
      return;
    case "Break":
      return compileBreak(c);
    case "Continue":
      return compileContinue(c);
    case "Expr":
      return compileExprStatement(c, s);
  }
}

function compileExprStatement(c: Compiler, s: Node<"Expr">): void {
  if (c.options.interactive && c.depth === 1) {
    compileExpr(c, s.value);
    c.emit(Op.PRINT_EXPR);
    return;
  }
  if (s.value._type === "Constant") {
    c.emit(Op.NOP); // a constant statement only marks its line
    return;
  }
  compileExpr(c, s.value);
  c.unsetLocation(); // the POP_TOP belongs to the expression's last line
  c.emit(Op.POP_TOP);
}

function compileIf(c: Compiler, s: Node<"If">): void {
  const end = c.newLabel();
  const next = s.orelse.length > 0 ? c.newLabel() : end;
  compileJumpIf(c, s.test, next, false);
  compileStatements(c, s.body);
  if (s.orelse.length > 0) {
    c.unsetLocation();
    c.jump(Op.JUMP, end);
    c.bind(next);
    compileStatements(c, s.orelse);
  }
  c.bind(end);
}

function compileWhile(c: Compiler, s: Node<"While">): void {
  const loop = c.newLabel();
  const end = c.newLabel();
  const orElse = s.orelse.length > 0 ? c.newLabel() : end;
  c.bind(loop);
  c.pushFrameBlock("WHILE_LOOP", loop, end, null);
  compileJumpIf(c, s.test, orElse, false);
  compileStatements(c, s.body);
  c.unsetLocation();
  c.jump(Op.JUMP, loop);
  c.unit.popFrameBlock("WHILE_LOOP");
  if (s.orelse.length > 0) {
    c.bind(orElse);
    compileStatements(c, s.orelse);
  }
  c.bind(end);
}

function compileFor(c: Compiler, s: Node<"For">): void {
  const start = c.newLabel();
  const cleanup = c.newLabel();
  const end = c.newLabel();
  c.pushFrameBlock("FOR_LOOP", start, end, null);
  compileExpr(c, s.iter);
  c.emit(Op.GET_ITER);
  c.bind(start);
  c.jump(Op.FOR_ITER, cleanup);
  compileStore(c, s.target);
  compileStatements(c, s.body);
  c.unsetLocation();
  c.jump(Op.JUMP, start);
  c.bind(cleanup);
  c.unit.popFrameBlock("FOR_LOOP");
  compileStatements(c, s.orelse);
  c.bind(end);
}

function compileAsyncFor(c: Compiler, s: Node<"AsyncFor">): void {
  if (c.isTopLevelAwait) {
    c.unit.symbols.coroutine = true;
  } else if (c.unit.scopeKind !== "async_function") {
    c.error("'async for' outside async function");
  }
  const start = c.newLabel();
  const except = c.newHandlerLabel();
  const end = c.newLabel();
  compileExpr(c, s.iter);
  c.emit(Op.GET_AITER);
  c.bind(start);
  c.pushFrameBlock("FOR_LOOP", start, end, null);
  c.unit.setupHandler(Op.SETUP_FINALLY, except);
  c.emit(Op.GET_ANEXT);
  c.loadConst(null);
  emitYieldFrom(c, true);
  c.unit.popHandler();
  compileStore(c, s.target);
  compileStatements(c, s.body);
  c.unsetLocation();
  c.jump(Op.JUMP, start);
  c.unit.popFrameBlock("FOR_LOOP");
  c.bind(except);
  c.setLocation(s.iter);
  c.emit(Op.END_ASYNC_FOR);
  compileStatements(c, s.orelse);
  c.bind(end);
}

function compileRaise(c: Compiler, s: Node<"Raise">): void {
  let count = 0;
  if (s.exc !== null) {
    compileExpr(c, s.exc);
    count++;
    if (s.cause !== null) {
      compileExpr(c, s.cause);
      count++;
    }
  }
  c.emit(Op.RAISE_VARARGS, count);
}

function compileAssert(c: Compiler, s: Node<"Assert">): void {
  checkAssertion(c, s.test);
  if (c.optimize > 0) return;
  const end = c.newLabel();
  compileJumpIf(c, s.test, end, true);
  c.emit(Op.LOAD_ASSERTION_ERROR);
  if (s.msg !== null) {
    compileExpr(c, s.msg);
    c.emit(Op.CALL, 0);
  }
  c.emit(Op.RAISE_VARARGS, 1);
  c.bind(end);
}

function compileImport(c: Compiler, s: Node<"Import">): void {
  for (const alias of s.names) {
    c.loadConst(0);
    c.loadConst(null);
    c.emitName(Op.IMPORT_NAME, alias.name);
    if (alias.asname !== null) {
      const parts = alias.name.split(".");
      if (parts.length > 1) {
        for (let i = 1; i < parts.length; i++) {
          c.emitRawName(Op.IMPORT_FROM, parts[i]);
          if (i === parts.length - 1) break;
          c.emit(Op.SWAP, 2);
          c.emit(Op.POP_TOP);
        }
        c.nameOp(alias.asname, "Store");
        c.emit(Op.POP_TOP);
      } else {
        c.nameOp(alias.asname, "Store");
      }
    } else {
      c.nameOp(alias.name.split(".")[0], "Store");
    }
  }
}

function compileImportFrom(c: Compiler, s: Node<"ImportFrom">): void {
  if (s.module === "__future__" && s.lineno > c.lastFutureLine) {
    c.error("from __future__ imports must occur at the beginning of the file");
  }
  c.loadConst(s.level ?? 0);
  c.loadConst(s.names.map((alias) => alias.name));
  c.emitName(Op.IMPORT_NAME, s.module ?? "");
  if (s.names.length === 1 && s.names[0].name === "*") {
    c.emit(Op.IMPORT_STAR);
    return;
  }
  for (const alias of s.names) {
    c.emitName(Op.IMPORT_FROM, alias.name);
    c.nameOp(alias.asname ?? alias.name, "Store");
  }
  c.emit(Op.POP_TOP);
}
