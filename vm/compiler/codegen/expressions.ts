/**
 * Expressions: operators, comparisons, boolean control flow, displays,
 * f-strings, subscripts, yield/await. Calls, comprehensions and lambdas
 * live in calls.ts, comprehensions.ts and definitions.ts.
 *
 * `compileJumpIf` is the workhorse for conditions: it compiles `e` so that
 * control reaches `target` when bool(e) == `jumpWhen` and falls through
 * otherwise, without materializing intermediate booleans for `not`, `and`,
 * `or` and chained comparisons (CPython's compiler_jump_if).
 */
import type { CmpOp, ConstantValue, Expr, Node } from "../ast.ts";
import { FrozenSetConstant } from "../code.ts";
import { constantTruth } from "../fold.ts";
import {
  BINARY_OPERATOR_INDEX,
  type BinaryOperatorKind,
  COMPARE_OPERATOR_INDEX,
  type CompareOperatorKind,
  FormatValueFlag,
  Op,
} from "../opcodes.ts";
import { compileCall } from "./calls.ts";
import { compileComprehension } from "./comprehensions.ts";
import type { Compiler } from "./compiler.ts";
import { compileLambda } from "./definitions.ts";
import { compileStore } from "./targets.ts";
import { checkCompare, checkIndex, checkSubscripter } from "./warnings.ts";
import type { Label } from "./unit.ts";

/** CPython's STACK_USE_GUARDRAIL: displays larger than this are built incrementally. */
export const STACK_USE_GUARDRAIL = 30;

export function compileExpr(c: Compiler, e: Expr): void {
  const saved = c.unit.location;
  c.setLocation(e);
  compileExprHere(c, e);
  c.unit.location = saved;
}

function compileExprHere(c: Compiler, e: Expr): void {
  switch (e._type) {
    case "NamedExpr":
      compileExpr(c, e.value);
      c.emit(Op.COPY, 1);
      compileStore(c, e.target);
      return;
    case "BoolOp":
      return compileBoolOp(c, e);
    case "BinOp":
      compileExpr(c, e.left);
      compileExpr(c, e.right);
      c.emit(Op.BINARY_OP, BINARY_OPERATOR_INDEX[e.op._type as BinaryOperatorKind]);
      return;
    case "UnaryOp":
      compileExpr(c, e.operand);
      c.emit(UNARY_OPS[e.op._type]);
      return;
    case "Lambda":
      return compileLambda(c, e);
    case "IfExp": {
      const orElse = c.newLabel();
      const end = c.newLabel();
      compileJumpIf(c, e.test, orElse, false);
      compileExpr(c, e.body);
      c.jump(Op.JUMP, end);
      c.bind(orElse);
      compileExpr(c, e.orelse);
      c.bind(end);
      return;
    }
    case "Dict":
      return compileDict(c, e);
    case "Set":
      return compileStarUnpack(c, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
    case "List":
      if (e.ctx._type !== "Load") return compileStore(c, e);
      return compileStarUnpack(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
    case "Tuple":
      if (e.ctx._type !== "Load") return compileStore(c, e);
      return compileStarUnpack(c, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return compileComprehension(c, e);
    case "Yield":
      if (c.unit.symbols.type !== "function") c.error("'yield' outside function");
      if (e.value !== null) compileExpr(c, e.value);
      else c.loadConst(null);
      emitYield(c);
      return;
    case "YieldFrom":
      if (c.unit.symbols.type !== "function") c.error("'yield' outside function");
      if (c.unit.scopeKind === "async_function") c.error("'yield from' inside async function");
      compileExpr(c, e.value);
      c.emit(Op.GET_YIELD_FROM_ITER);
      c.loadConst(null);
      emitYieldFrom(c, false);
      return;
    case "Await":
      if (!c.isTopLevelAwait) {
        if (c.unit.symbols.type !== "function") c.error("'await' outside function");
        if (c.unit.scopeKind !== "async_function" && c.unit.scopeKind !== "comprehension") {
          c.error("'await' outside async function");
        }
      }
      compileExpr(c, e.value);
      c.emit(Op.GET_AWAITABLE, 0);
      c.loadConst(null);
      emitYieldFrom(c, true);
      return;
    case "Compare":
      return compileCompare(c, e);
    case "Call":
      return compileCall(c, e);
    case "FormattedValue":
      return compileFormattedValue(c, e);
    case "JoinedStr":
      return compileJoinedStr(c, e);
    case "Constant":
      c.loadConst(e.value as ConstantValue | FrozenSetConstant);
      return;
    case "Attribute":
      if (e.ctx._type !== "Load") return compileStore(c, e);
      compileExpr(c, e.value);
      c.moveStartToAttribute(e);
      c.emitName(Op.LOAD_ATTR, e.attr);
      return;
    case "Subscript":
      if (e.ctx._type !== "Load") return compileStore(c, e);
      checkSubscripter(c, e.value);
      checkIndex(c, e.value, e.slice);
      compileExpr(c, e.value);
      compileExpr(c, e.slice);
      c.emit(Op.BINARY_SUBSCR);
      return;
    case "Starred":
      if (e.ctx._type === "Store") c.error("starred assignment target must be in a list or tuple");
      c.error("can't use starred expression here");
      return;
    case "Slice":
      return compileSlice(c, e);
    case "Name":
      if (e.ctx._type !== "Load") return compileStore(c, e);
      c.nameOp(e.id, "Load");
      return;
  }
}

const UNARY_OPS: Record<string, number> = {
  UAdd: Op.UNARY_POSITIVE,
  USub: Op.UNARY_NEGATIVE,
  Not: Op.UNARY_NOT,
  Invert: Op.UNARY_INVERT,
};

/** YIELD_VALUE (wrapped for async generators) and its resume marker. */
export function emitYield(c: Compiler): void {
  const symbols = c.unit.symbols;
  if (symbols.generator && symbols.coroutine) c.emit(Op.ASYNC_GEN_WRAP);
  c.emit(Op.YIELD_VALUE);
  c.emit(Op.RESUME, 1);
}

/**
 * The delegation loop of `yield from` / `await`: stack `receiver value`
 * becomes the delegated result (CPython's compiler_add_yield_from).
 */
export function emitYieldFrom(c: Compiler, isAwait: boolean): void {
  const start = c.newLabel();
  const exit = c.newLabel();
  c.bind(start);
  c.jump(Op.SEND, exit);
  c.emit(Op.YIELD_VALUE);
  c.emit(Op.RESUME, isAwait ? 3 : 2);
  c.jump(Op.JUMP_NO_INTERRUPT, start);
  c.bind(exit);
}

function compileBoolOp(c: Compiler, e: Node<"BoolOp">): void {
  const end = c.newLabel();
  const op = e.op._type === "And" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  const last = e.values.length - 1;
  for (let i = 0; i < last; i++) {
    compileExpr(c, e.values[i]);
    c.jump(op, end);
  }
  compileExpr(c, e.values[last]);
  c.bind(end);
}

export function emitCompareOp(c: Compiler, op: CmpOp): void {
  switch (op._type) {
    case "Is":
      return c.emit(Op.IS_OP, 0);
    case "IsNot":
      return c.emit(Op.IS_OP, 1);
    case "In":
      return c.emit(Op.CONTAINS_OP, 0);
    case "NotIn":
      return c.emit(Op.CONTAINS_OP, 1);
    default:
      return c.emit(Op.COMPARE_OP, COMPARE_OPERATOR_INDEX[op._type as CompareOperatorKind]);
  }
}

function compileCompare(c: Compiler, e: Node<"Compare">): void {
  checkCompare(c, e);
  compileExpr(c, e.left);
  const last = e.ops.length - 1;
  if (last === 0) {
    compileExpr(c, e.comparators[0]);
    emitCompareOp(c, e.ops[0]);
    return;
  }
  const cleanup = c.newLabel();
  for (let i = 0; i < last; i++) {
    compileExpr(c, e.comparators[i]);
    c.emit(Op.SWAP, 2);
    c.emit(Op.COPY, 2);
    emitCompareOp(c, e.ops[i]);
    c.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  compileExpr(c, e.comparators[last]);
  emitCompareOp(c, e.ops[last]);
  const end = c.newLabel();
  c.jump(Op.JUMP, end);
  c.bind(cleanup);
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_TOP);
  c.bind(end);
}

/**
 * Jumps to `target` when bool(e) === jumpWhen; falls through otherwise.
 *
 * Locations follow CPython 3.11 exactly, quirk included: the jumps get the
 * location current at the call (the statement), except that a comparison
 * moves the current location to itself and leaves it there, so code emitted
 * after `assert a == b` is attributed to the comparison.
 */
export function compileJumpIf(c: Compiler, e: Expr, target: Label, jumpWhen: boolean): void {
  switch (e._type) {
    case "UnaryOp":
      if (e.op._type === "Not") return compileJumpIf(c, e.operand, target, !jumpWhen);
      break;
    case "BoolOp": {
      const isOr = e.op._type === "Or";
      const next = isOr === jumpWhen ? target : c.newLabel();
      const last = e.values.length - 1;
      for (let i = 0; i < last; i++) compileJumpIf(c, e.values[i], next, isOr);
      compileJumpIf(c, e.values[last], target, jumpWhen);
      if (next !== target) c.bind(next);
      return;
    }
    case "IfExp": {
      const end = c.newLabel();
      const orElse = c.newLabel();
      compileJumpIf(c, e.test, orElse, false);
      compileJumpIf(c, e.body, target, jumpWhen);
      c.jump(Op.JUMP, end);
      c.bind(orElse);
      compileJumpIf(c, e.orelse, target, jumpWhen);
      c.bind(end);
      return;
    }
    case "Compare":
      c.setLocation(e);
      if (e.ops.length > 1) return compileChainedCompareJump(c, e, target, jumpWhen);
      break;
    case "Constant":
      // CPython loads the constant and folds the jump later; the constant
      // still takes its slot in co_consts.
      c.unit.addConst(e.value);
      c.at(e, () => c.emit(Op.NOP));
      if (constantTruth(e.value) === jumpWhen) c.jump(Op.JUMP, target);
      else c.emit(Op.NOP);
      return;
  }
  compileExpr(c, e);
  c.jump(jumpWhen ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
}

function compileChainedCompareJump(
  c: Compiler,
  e: Node<"Compare">,
  target: Label,
  jumpWhen: boolean,
): void {
  checkCompare(c, e);
  compileExpr(c, e.left);
  const cleanup = c.newLabel();
  const last = e.ops.length - 1;
  for (let i = 0; i < last; i++) {
    compileExpr(c, e.comparators[i]);
    c.emit(Op.SWAP, 2);
    c.emit(Op.COPY, 2);
    emitCompareOp(c, e.ops[i]);
    c.jump(Op.POP_JUMP_IF_FALSE, cleanup);
  }
  compileExpr(c, e.comparators[last]);
  emitCompareOp(c, e.ops[last]);
  c.jump(jumpWhen ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
  const end = c.newLabel();
  c.jump(Op.JUMP, end);
  c.bind(cleanup);
  c.emit(Op.POP_TOP);
  if (!jumpWhen) c.jump(Op.JUMP, target);
  c.bind(end);
}

function isConstantExpr(e: Expr | null): e is Node<"Constant"> {
  return e !== null && e._type === "Constant";
}

/**
 * Builds a list/set/tuple from `elements` with `pushed` items already on the
 * stack, handling starred items (CPython's starunpack_helper).
 */
export function compileStarUnpack(
  c: Compiler,
  elements: Expr[],
  pushed: number,
  build: number,
  add: number,
  extend: number,
  tuple: boolean,
): void {
  const n = elements.length;
  if (n > 2 && elements.every(isConstantExpr)) {
    const values = elements.map((element) => (element as Node<"Constant">).value);
    if (tuple && pushed === 0) {
      c.loadConst(values);
    } else {
      c.emit(build, pushed);
      c.loadConst(add === Op.SET_ADD ? new FrozenSetConstant(values) : values);
      c.emit(extend, 1);
      if (tuple) c.emit(Op.LIST_TO_TUPLE);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUARDRAIL;
  const hasStar = elements.some((element) => element._type === "Starred");
  if (!hasStar && !big) {
    for (const element of elements) compileExpr(c, element);
    c.emit(tuple ? Op.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let built = false;
  if (big) {
    c.emit(build, pushed);
    built = true;
  }
  for (let i = 0; i < n; i++) {
    const element = elements[i];
    if (element._type === "Starred") {
      if (!built) {
        c.emit(build, i + pushed);
        built = true;
      }
      compileExpr(c, element.value);
      c.emit(extend, 1);
    } else {
      compileExpr(c, element);
      if (built) c.emit(add, 1);
    }
  }
  if (tuple) c.emit(Op.LIST_TO_TUPLE);
}

/** Pushes a dict of keys[begin:end] / values[begin:end] (no `**` among them). */
function compileSubDict(c: Compiler, e: Node<"Dict">, begin: number, end: number): void {
  const n = end - begin;
  const keys = e.keys.slice(begin, end);
  const big = n * 2 > STACK_USE_GUARDRAIL;
  if (n > 1 && !big && keys.every(isConstantExpr)) {
    for (let i = begin; i < end; i++) compileExpr(c, e.values[i]);
    c.loadConst(keys.map((key) => (key as Node<"Constant">).value));
    c.emit(Op.BUILD_CONST_KEY_MAP, n);
    return;
  }
  if (big) c.emit(Op.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    compileExpr(c, e.keys[i]!);
    compileExpr(c, e.values[i]);
    if (big) c.emit(Op.MAP_ADD, 1);
  }
  if (!big) c.emit(Op.BUILD_MAP, n);
}

function compileDict(c: Compiler, e: Node<"Dict">): void {
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < e.values.length; i++) {
    if (e.keys[i] === null) {
      if (elements > 0) {
        compileSubDict(c, e, i - elements, i);
        if (haveDict) c.emit(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.emit(Op.BUILD_MAP, 0);
        haveDict = true;
      }
      compileExpr(c, e.values[i]);
      c.emit(Op.DICT_UPDATE, 1);
    } else if (elements * 2 > STACK_USE_GUARDRAIL) {
      compileSubDict(c, e, i - elements, i + 1);
      if (haveDict) c.emit(Op.DICT_UPDATE, 1);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements > 0) {
    compileSubDict(c, e, e.values.length - elements, e.values.length);
    if (haveDict) c.emit(Op.DICT_UPDATE, 1);
    haveDict = true;
  }
  if (!haveDict) c.emit(Op.BUILD_MAP, 0);
}

function compileSlice(c: Compiler, e: Node<"Slice">): void {
  if (e.lower !== null) compileExpr(c, e.lower);
  else c.loadConst(null);
  if (e.upper !== null) compileExpr(c, e.upper);
  else c.loadConst(null);
  if (e.step !== null) {
    compileExpr(c, e.step);
    c.emit(Op.BUILD_SLICE, 3);
  } else {
    c.emit(Op.BUILD_SLICE, 2);
  }
}

const CONVERSIONS: Record<number, number> = {
  [-1]: FormatValueFlag.NONE,
  115: FormatValueFlag.STR, // 's'
  114: FormatValueFlag.REPR, // 'r'
  97: FormatValueFlag.ASCII, // 'a'
};

function compileFormattedValue(c: Compiler, e: Node<"FormattedValue">): void {
  compileExpr(c, e.value);
  let flags = CONVERSIONS[e.conversion];
  if (flags === undefined) c.error(`unsupported f-string conversion ${e.conversion}`);
  if (e.format_spec !== null) {
    compileExpr(c, e.format_spec);
    flags |= FormatValueFlag.HAS_SPEC;
  }
  c.emit(Op.FORMAT_VALUE, flags);
}

function compileJoinedStr(c: Compiler, e: Node<"JoinedStr">): void {
  if (e.values.length > STACK_USE_GUARDRAIL) {
    c.loadConst("");
    c.emitRawName(Op.LOAD_METHOD, "join");
    c.emit(Op.BUILD_LIST, 0);
    for (const value of e.values) {
      compileExpr(c, value);
      c.emit(Op.LIST_APPEND, 1);
    }
    c.emit(Op.CALL, 1);
    return;
  }
  for (const value of e.values) compileExpr(c, value);
  if (e.values.length !== 1) c.emit(Op.BUILD_STRING, e.values.length);
}
