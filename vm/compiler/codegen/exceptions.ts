/**
 * try/except/finally, except*, with/async with, and the unwinding that
 * return/break/continue perform when they leave those blocks.
 *
 * The shapes follow CPython 3.11 (compile.c) so the interpreter can run the
 * same protocol: a handler is entered with the exception pushed (and the
 * raising instruction's index when the handler is a cleanup that re-raises);
 * PUSH_EXC_INFO makes it the "currently handled" exception and POP_EXCEPT
 * restores the previous one. Each handler region gets a cleanup handler that
 * restores the previous exception and re-raises, so `sys.exc_info()` is
 * right even when a handler body raises.
 *
 * Unwinding: leaving a block early replays, innermost first, what the block
 * does on normal exit (pop a for-iterator, run a finally body, call
 * __exit__, pop the handled exception). The frame-block stack records what
 * is open; the handler stack is saved and restored around the unwinding so
 * code after the jump is still protected.
 */
import type { Node, Stmt } from "../ast.ts";
import { Op } from "../opcodes.ts";
import type { Compiler } from "./compiler.ts";
import { compileExpr, emitYieldFrom } from "./expressions.ts";
import { compileStatements } from "./statements.ts";
import { compileStore } from "./targets.ts";
import type { FrameBlock, Label } from "./unit.ts";

/** COPY 3; POP_EXCEPT; RERAISE 1: the cleanup every handler region shares. */
function popExceptAndReraise(c: Compiler): void {
  c.emit(Op.COPY, 3);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE, 1);
}

/** Calls the context manager's __exit__(None, None, None) with it on TOS. */
function callExitWithNones(c: Compiler): void {
  c.loadConst(null);
  c.loadConst(null);
  c.loadConst(null);
  c.emit(Op.CALL, 2);
}

function unwindFrameBlock(c: Compiler, block: FrameBlock, preserveTop: boolean): void {
  const unit = c.unit;
  switch (block.kind) {
    case "WHILE_LOOP":
    case "EXCEPTION_HANDLER":
    case "EXCEPTION_GROUP_HANDLER":
    case "ASYNC_COMPREHENSION_GENERATOR":
      return;
    case "FOR_LOOP":
      if (preserveTop) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP);
      return;
    case "TRY_EXCEPT":
      unit.popHandler();
      return;
    case "FINALLY_TRY":
      unit.popHandler();
      if (preserveTop) c.pushFrameBlock("POP_VALUE", null, null, null);
      compileStatements(c, block.datum as Stmt[]);
      if (preserveTop) unit.popFrameBlock("POP_VALUE");
      c.unsetLocation();
      return;
    case "FINALLY_END":
      if (preserveTop) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP);
      if (preserveTop) c.emit(Op.SWAP, 2);
      unit.popHandler();
      c.emit(Op.POP_EXCEPT);
      return;
    case "WITH":
    case "ASYNC_WITH":
      c.setLocation(block.datum as Stmt);
      unit.popHandler();
      if (preserveTop) c.emit(Op.SWAP, 2);
      callExitWithNones(c);
      if (block.kind === "ASYNC_WITH") {
        c.emit(Op.GET_AWAITABLE, 2);
        c.loadConst(null);
        emitYieldFrom(c, true);
      }
      c.emit(Op.POP_TOP);
      c.unsetLocation();
      return;
    case "HANDLER_CLEANUP": {
      const name = block.datum as string | null;
      if (name !== null) unit.popHandler();
      if (preserveTop) c.emit(Op.SWAP, 2);
      unit.popHandler();
      c.emit(Op.POP_EXCEPT);
      if (name !== null) {
        c.loadConst(null);
        c.nameOp(name, "Store");
        c.nameOp(name, "Del");
      }
      return;
    }
    case "POP_VALUE":
      if (preserveTop) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP);
      return;
  }
}

/**
 * Unwinds open frame blocks from the innermost outwards. With `stopAtLoop`,
 * stops at (and returns) the innermost loop instead of unwinding it.
 */
function unwindFrameBlocks(
  c: Compiler,
  preserveTop: boolean,
  stopAtLoop: boolean,
): FrameBlock | null {
  const blocks = c.unit.frameBlocks;
  if (blocks.length === 0) return null;
  const top = blocks[blocks.length - 1];
  if (top.kind === "EXCEPTION_GROUP_HANDLER") {
    c.error("'break', 'continue' and 'return' cannot appear in an except* block");
  }
  if (stopAtLoop && (top.kind === "WHILE_LOOP" || top.kind === "FOR_LOOP")) return top;
  blocks.pop();
  try {
    unwindFrameBlock(c, top, preserveTop);
    return unwindFrameBlocks(c, preserveTop, stopAtLoop);
  } finally {
    blocks.push(top);
  }
}

export function compileReturn(c: Compiler, s: Node<"Return">): void {
  const value = s.value;
  const preserveTop = value !== null && value._type !== "Constant";
  const symbols = c.unit.symbols;
  if (symbols.type !== "function") c.error("'return' outside function");
  if (value !== null && symbols.coroutine && symbols.generator) {
    c.error("'return' with value in async generator");
  }
  if (preserveTop) compileExpr(c, value);
  else if (value !== null) c.at(value, () => c.emit(Op.NOP));
  if (value === null || value.lineno !== s.lineno) c.emit(Op.NOP);
  const savedHandlers = c.unit.handlers;
  unwindFrameBlocks(c, preserveTop, false);
  if (value === null) c.loadConst(null);
  else if (!preserveTop) c.at(value, () => c.loadConst((value as Node<"Constant">).value));
  c.emit(Op.RETURN_VALUE);
  c.unit.handlers = savedHandlers;
}

export function compileBreak(c: Compiler): void {
  c.emit(Op.NOP); // the statement's own line, before any finally body runs
  const savedHandlers = c.unit.handlers;
  const loop = unwindFrameBlocks(c, false, true);
  if (loop === null) c.error("'break' outside loop");
  unwindFrameBlock(c, loop, false);
  c.jump(Op.JUMP, loop.exit!);
  c.unit.handlers = savedHandlers;
}

export function compileContinue(c: Compiler): void {
  c.emit(Op.NOP); // the statement's own line, before any finally body runs
  const savedHandlers = c.unit.handlers;
  const loop = unwindFrameBlocks(c, false, true);
  if (loop === null) c.error("'continue' not properly in loop");
  c.jump(Op.JUMP, loop.block!);
  c.unit.handlers = savedHandlers;
}

export function compileTry(c: Compiler, s: Node<"Try">): void {
  if (s.finalbody.length > 0) compileTryFinally(c, s);
  else compileTryExcept(c, s);
}

function compileTryFinally(c: Compiler, s: Node<"Try"> | Node<"TryStar">): void {
  const unit = c.unit;
  const end = c.newHandlerLabel();
  const exit = c.newLabel();
  const cleanup = c.newHandlerLabel();
  unit.setupHandler(Op.SETUP_FINALLY, end);
  c.pushFrameBlock("FINALLY_TRY", null, end, s.finalbody);
  if (s.handlers.length > 0) {
    if (s._type === "TryStar") compileTryStarExcept(c, s);
    else compileTryExcept(c, s);
  } else {
    compileStatements(c, s.body);
  }
  unit.popHandler();
  unit.popFrameBlock("FINALLY_TRY");
  compileStatements(c, s.finalbody);
  c.unsetLocation();
  c.jump(Op.JUMP, exit);

  c.bind(end);
  c.unsetLocation();
  unit.setupHandler(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFrameBlock("FINALLY_END", null, null, null);
  compileStatements(c, s.finalbody);
  unit.popFrameBlock("FINALLY_END");
  c.unsetLocation();
  c.emit(Op.RERAISE, 0);
  c.bind(cleanup);
  popExceptAndReraise(c);
  c.bind(exit);
}

/** Stores `name = None; del name` so a caught exception does not outlive its handler. */
function clearHandlerName(c: Compiler, name: string): void {
  c.loadConst(null);
  c.nameOp(name, "Store");
  c.nameOp(name, "Del");
}

function compileTryExcept(c: Compiler, s: Node<"Try">): void {
  const unit = c.unit;
  const except = c.newHandlerLabel();
  const end = c.newLabel();
  const cleanup = c.newHandlerLabel();
  unit.setupHandler(Op.SETUP_FINALLY, except);
  c.pushFrameBlock("TRY_EXCEPT", null, null, null);
  compileStatements(c, s.body);
  unit.popFrameBlock("TRY_EXCEPT");
  unit.popHandler();
  compileStatements(c, s.orelse);
  c.unsetLocation();
  c.jump(Op.JUMP, end);

  c.bind(except);
  c.unsetLocation();
  unit.setupHandler(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFrameBlock("EXCEPTION_HANDLER", null, null, null);
  s.handlers.forEach((handler, index) => {
    c.setLocation(handler);
    if (handler.type === null && index < s.handlers.length - 1) {
      c.error("default 'except:' must be last");
    }
    const next = c.newLabel();
    if (handler.type !== null) {
      compileExpr(c, handler.type);
      c.emit(Op.CHECK_EXC_MATCH);
      c.jump(Op.POP_JUMP_IF_FALSE, next);
    }
    if (handler.name !== null) {
      const cleanupEnd = c.newHandlerLabel();
      c.nameOp(handler.name, "Store");
      unit.setupHandler(Op.SETUP_CLEANUP, cleanupEnd);
      c.pushFrameBlock("HANDLER_CLEANUP", null, null, handler.name);
      compileStatements(c, handler.body);
      unit.popFrameBlock("HANDLER_CLEANUP");
      c.unsetLocation();
      unit.popHandler();
      unit.popHandler();
      c.emit(Op.POP_EXCEPT);
      clearHandlerName(c, handler.name);
      c.jump(Op.JUMP, end);
      c.bind(cleanupEnd);
      c.unsetLocation();
      clearHandlerName(c, handler.name);
      c.emit(Op.RERAISE, 1);
    } else {
      c.emit(Op.POP_TOP);
      c.pushFrameBlock("HANDLER_CLEANUP", null, null, null);
      compileStatements(c, handler.body);
      unit.popFrameBlock("HANDLER_CLEANUP");
      c.unsetLocation();
      unit.popHandler();
      c.emit(Op.POP_EXCEPT);
      c.jump(Op.JUMP, end);
    }
    c.bind(next);
  });
  c.unsetLocation();
  unit.popFrameBlock("EXCEPTION_HANDLER");
  c.emit(Op.RERAISE, 0);
  c.bind(cleanup);
  popExceptAndReraise(c);
  c.bind(end);
}

export function compileTryStar(c: Compiler, s: Node<"TryStar">): void {
  if (s.finalbody.length > 0) compileTryFinally(c, s);
  else compileTryStarExcept(c, s);
}

function compileTryStarExcept(c: Compiler, s: Node<"TryStar">): void {
  const unit = c.unit;
  const except = c.newHandlerLabel();
  const orElse = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newHandlerLabel();
  const reraiseStar = c.newLabel();
  unit.setupHandler(Op.SETUP_FINALLY, except);
  c.pushFrameBlock("TRY_EXCEPT", null, null, null);
  compileStatements(c, s.body);
  unit.popFrameBlock("TRY_EXCEPT");
  unit.popHandler();
  c.unsetLocation();
  c.jump(Op.JUMP, orElse);

  c.bind(except);
  c.unsetLocation();
  unit.setupHandler(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.pushFrameBlock("EXCEPTION_GROUP_HANDLER", null, null, null);
  const count = s.handlers.length;
  s.handlers.forEach((handler, index) => {
    c.setLocation(handler);
    const afterBody = c.newLabel();
    const exceptWithError = c.newLabel();
    const noMatch = c.newLabel();
    if (index === 0) {
      // [exc] -> [orig, [], exc]: the original group and the list of raised parts.
      c.emit(Op.COPY, 1);
      c.emit(Op.BUILD_LIST, 0);
      c.emit(Op.SWAP, 2);
    }
    if (handler.type !== null) {
      compileExpr(c, handler.type);
      c.emit(Op.CHECK_EG_MATCH);
      c.emit(Op.COPY, 1);
      c.jump(Op.POP_JUMP_IF_NONE, noMatch);
    }
    const cleanupEnd = c.newHandlerLabel();
    if (handler.name !== null) c.nameOp(handler.name, "Store");
    else c.emit(Op.POP_TOP);
    unit.setupHandler(Op.SETUP_CLEANUP, cleanupEnd);
    c.pushFrameBlock("HANDLER_CLEANUP", null, null, handler.name);
    compileStatements(c, handler.body);
    unit.popFrameBlock("HANDLER_CLEANUP");
    unit.popHandler();
    if (handler.name !== null) clearHandlerName(c, handler.name);
    c.jump(Op.JUMP, afterBody);

    c.bind(cleanupEnd);
    if (handler.name !== null) clearHandlerName(c, handler.name);
    c.emit(Op.LIST_APPEND, 3);
    c.emit(Op.POP_TOP);
    c.jump(Op.JUMP, exceptWithError);

    c.bind(afterBody);
    c.jump(Op.JUMP, exceptWithError);

    c.bind(noMatch);
    c.emit(Op.POP_TOP);

    c.bind(exceptWithError);
    if (index === count - 1) {
      c.emit(Op.LIST_APPEND, 1);
      c.jump(Op.JUMP, reraiseStar);
    }
  });
  c.unsetLocation();
  unit.popFrameBlock("EXCEPTION_GROUP_HANDLER");
  const reraise = c.newLabel();
  c.bind(reraiseStar);
  c.emit(Op.PREP_RERAISE_STAR);
  c.emit(Op.COPY, 1);
  c.jump(Op.POP_JUMP_IF_NOT_NONE, reraise);
  c.emit(Op.POP_TOP);
  unit.popHandler();
  c.emit(Op.POP_EXCEPT);
  c.jump(Op.JUMP, end);
  c.bind(reraise);
  unit.popHandler();
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE, 0);
  c.bind(cleanup);
  popExceptAndReraise(c);
  c.bind(orElse);
  compileStatements(c, s.orelse);
  c.bind(end);
}

/** After WITH_EXCEPT_START (and its await): swallow the exception if __exit__ said so. */
function finishWithExcept(c: Compiler, cleanup: Label): void {
  const exit = c.newLabel();
  c.jump(Op.POP_JUMP_IF_TRUE, exit);
  c.emit(Op.RERAISE, 2);
  c.bind(cleanup);
  popExceptAndReraise(c);
  c.bind(exit);
  c.emit(Op.POP_TOP);
  c.unit.popHandler();
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.POP_TOP);
  c.emit(Op.POP_TOP);
}

export function compileWith(c: Compiler, s: Node<"With">, position: number): void {
  compileWithItems(c, s, position, false);
}

export function compileAsyncWith(c: Compiler, s: Node<"AsyncWith">, position: number): void {
  if (c.isTopLevelAwait) {
    c.unit.symbols.coroutine = true;
  } else if (c.unit.scopeKind !== "async_function") {
    c.error("'async with' outside async function");
  }
  compileWithItems(c, s, position, true);
}

function compileWithItems(
  c: Compiler,
  s: Node<"With"> | Node<"AsyncWith">,
  position: number,
  isAsync: boolean,
): void {
  const unit = c.unit;
  const item = s.items[position];
  const final = c.newHandlerLabel();
  const exit = c.newLabel();
  const cleanup = c.newHandlerLabel();
  compileExpr(c, item.context_expr);
  if (isAsync) {
    c.emit(Op.BEFORE_ASYNC_WITH);
    c.emit(Op.GET_AWAITABLE, 1);
    c.loadConst(null);
    emitYieldFrom(c, true);
  } else {
    c.emit(Op.BEFORE_WITH);
  }
  unit.setupHandler(Op.SETUP_WITH, final);
  c.pushFrameBlock(isAsync ? "ASYNC_WITH" : "WITH", null, final, s);
  if (item.optional_vars !== null) compileStore(c, item.optional_vars);
  else c.emit(Op.POP_TOP);
  if (position + 1 === s.items.length) compileStatements(c, s.body);
  else compileWithItems(c, s, position + 1, isAsync);
  c.unsetLocation();
  unit.popHandler();
  unit.popFrameBlock(isAsync ? "ASYNC_WITH" : "WITH");
  c.setLocation(s);
  callExitWithNones(c);
  if (isAsync) {
    c.emit(Op.GET_AWAITABLE, 2);
    c.loadConst(null);
    emitYieldFrom(c, true);
  }
  c.emit(Op.POP_TOP);
  c.jump(Op.JUMP, exit);

  c.bind(final);
  unit.setupHandler(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO);
  c.emit(Op.WITH_EXCEPT_START);
  if (isAsync) {
    c.emit(Op.GET_AWAITABLE, 2);
    c.loadConst(null);
    emitYieldFrom(c, true);
  }
  finishWithExcept(c, cleanup);
  c.bind(exit);
}
