/**
 * Calls. Every call site leaves `callable self_or_NULL args...` on the stack:
 * `obj.meth(args)` uses LOAD_METHOD (no bound method is built), other calls
 * push the callable then NULL. Keyword arguments go last, their names as a
 * constant tuple consumed by CALL_KW. `*args`/`**kwargs` (or very long
 * argument lists) build a tuple and a dict for CALL_FUNCTION_EX.
 */
import type { Expr, Keyword, Node } from "../ast.ts";
import { Op } from "../opcodes.ts";
import type { Compiler } from "./compiler.ts";
import { checkCaller } from "./warnings.ts";
import { compileExpr, compileStarUnpack, STACK_USE_GUARDRAIL } from "./expressions.ts";

function validateKeywords(c: Compiler, keywords: Keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const name = keywords[i].arg;
    if (name === null) continue;
    c.checkForbiddenName(name, "Store");
    for (let j = i + 1; j < keywords.length; j++) {
      if (keywords[j].arg === name) {
        c.error(`keyword argument repeated: ${name}`, keywords[j]);
      }
    }
  }
}

export function compileCall(c: Compiler, e: Node<"Call">): void {
  if (compileMethodCall(c, e)) return;
  checkCaller(c, e.func);
  compileExpr(c, e.func);
  c.at(e.func, () => c.emit(Op.PUSH_NULL));
  compileCallArguments(c, 0, e.args, e.keywords, e);
}

function compileMethodCall(c: Compiler, e: Node<"Call">): boolean {
  const method = e.func;
  if (method._type !== "Attribute" || method.ctx._type !== "Load") return false;
  const keywordCount = e.keywords.length;
  if (e.args.length + keywordCount + (keywordCount !== 0 ? 1 : 0) >= STACK_USE_GUARDRAIL) {
    return false;
  }
  if (e.args.some((arg) => arg._type === "Starred")) return false;
  if (e.keywords.some((keyword) => keyword.arg === null)) return false;
  validateKeywords(c, e.keywords);
  compileExpr(c, method.value);
  c.at(method, () => {
    c.moveStartToAttribute(method);
    c.emitName(Op.LOAD_METHOD, method.attr);
  });
  for (const arg of e.args) compileExpr(c, arg);
  c.at(e, () => {
    c.moveStartToAttribute(method);
    emitCall(c, e.args.length, e.keywords);
  });
  return true;
}

/** Pushes keyword values and emits CALL or CALL_KW for `positional` positional args. */
function emitCall(c: Compiler, positional: number, keywords: Keyword[]): void {
  if (keywords.length === 0) {
    c.emit(Op.CALL, positional);
    return;
  }
  for (const keyword of keywords) compileExpr(c, keyword.value);
  c.loadConst(keywords.map((keyword) => keyword.arg!));
  c.emit(Op.CALL_KW, positional + keywords.length);
}

/**
 * Compiles the arguments of a call whose callable (and self/NULL slot) is on
 * the stack, followed by `pushed` extra positional arguments already pushed
 * (CPython's compiler_call_helper).
 */
export function compileCallArguments(
  c: Compiler,
  pushed: number,
  args: Expr[],
  keywords: Keyword[],
  at: Node<"Call"> | Node<"ClassDef">,
): void {
  validateKeywords(c, keywords);
  const simple = args.length + keywords.length * 2 <= STACK_USE_GUARDRAIL &&
    !args.some((arg) => arg._type === "Starred") &&
    !keywords.some((keyword) => keyword.arg === null);
  c.at(at, () => {
    if (simple) {
      for (const arg of args) compileExpr(c, arg);
      emitCall(c, pushed + args.length, keywords);
      return;
    }
    if (pushed === 0 && args.length === 1 && args[0]._type === "Starred") {
      compileExpr(c, (args[0] as Node<"Starred">).value);
    } else {
      compileStarUnpack(c, args, pushed, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    }
    if (keywords.length > 0) compileKeywordDict(c, keywords);
    c.emit(Op.CALL_FUNCTION_EX, keywords.length > 0 ? 1 : 0);
  });
}

function compileKeywordDict(c: Compiler, keywords: Keyword[]): void {
  let haveDict = false;
  let seen = 0;
  for (let i = 0; i < keywords.length; i++) {
    const keyword = keywords[i];
    if (keyword.arg !== null) {
      seen++;
      continue;
    }
    if (seen > 0) {
      compileSubKeywords(c, keywords.slice(i - seen, i));
      if (haveDict) c.emit(Op.DICT_MERGE, 1);
      haveDict = true;
      seen = 0;
    }
    if (!haveDict) {
      c.emit(Op.BUILD_MAP, 0);
      haveDict = true;
    }
    compileExpr(c, keyword.value);
    c.emit(Op.DICT_MERGE, 1);
  }
  if (seen > 0) {
    compileSubKeywords(c, keywords.slice(keywords.length - seen));
    if (haveDict) c.emit(Op.DICT_MERGE, 1);
  }
}

function compileSubKeywords(c: Compiler, keywords: Keyword[]): void {
  const n = keywords.length;
  const big = n * 2 > STACK_USE_GUARDRAIL;
  if (n > 1 && !big) {
    for (const keyword of keywords) compileExpr(c, keyword.value);
    c.loadConst(keywords.map((keyword) => keyword.arg!));
    c.emit(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.emit(Op.BUILD_MAP, 0);
  for (const keyword of keywords) {
    c.loadConst(keyword.arg!);
    compileExpr(c, keyword.value);
    if (big) c.emit(Op.MAP_ADD, 1);
  }
  if (!big) c.emit(Op.BUILD_MAP, n);
}
