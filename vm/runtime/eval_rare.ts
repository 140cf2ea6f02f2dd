/**
 * The eval loop's out-of-line half: the opcodes programs run rarely (imports,
 * class bodies, pattern matching, async, unusual builds and unary operators)
 * and the rare paths of common ones (an unbound local or cell), run by
 * `rareOp` for eval.ts's dispatch loop.
 *
 * Why a second switch: V8 compiles the eval loop `runFrame` with TurboFan
 * several times a process, hundreds of milliseconds of CPU each, and the
 * time grows with the function's size. Worse, a path TurboFan's code has
 * never seen taken carries no type feedback, so the first time a program
 * takes it (its first `import` inside a function, its first f-string with a
 * spec, its first `match`) the optimised code is thrown away and compiled
 * again. Here every such path shares one call site in runFrame, which the
 * module-level code of any program (imports, function definitions) gives
 * feedback before TurboFan ever sees the loop; this small function deopts
 * and recompiles cheaply instead. A counting run over bench/programs put
 * every opcode here below 0.5% of the instructions executed (docs/performance.md).
 *
 * Contract: `rareOp` runs the instruction `op arg` whose `pc` (one past it,
 * as in runFrame) and stack pointer `sp` are given, and returns the new
 * stack pointer. It never jumps, returns from or suspends the frame; a
 * Python exception is a JS throw, which runFrame's catch unwinds as it would
 * a throw from the loop itself. An opcode handled in runFrame may come here
 * after its fast path declined without changing anything, and is then run
 * in full.
 */
import type { PyValue } from "../objects/object.ts";
import type { PyBaseException } from "../objects/exceptions.ts";
import { pyError } from "../objects/exceptions.ts";
import type { Frame } from "./frame.ts";
import { unaryInvert, unaryNegative, unaryNot, unaryPositive } from "./operators.ts";
import { deleteAttribute, lookupSpecial } from "./attributes.ts";
import { callObject } from "./call.ts";
import { unboundLocalError } from "./raise.ts";
import * as names from "./namespace.ts";
import * as build from "./build.ts";
import { makeFunction } from "./make_function.ts";
import { importFrom, importName, importStar } from "./import_hooks.ts";
import { printExpr } from "./print_expr.ts";
import { yieldFromIterator } from "./generator.ts";
import { deleteSubscript } from "./subscript.ts";
import { unpackExtended } from "./unpack.ts";
import { opName } from "../compiler/opcodes.ts";
import { matchClass, matchKeys, matchMapping, matchSequence } from "./pattern_match.ts";
import { lengthOf } from "./builtin_functions.ts";
import { enterAsyncContext, getAwaitable } from "./awaitable.ts";
import {
  asyncIterator,
  asyncNext,
  endsAsyncFor,
  PyAsyncGenWrappedValue,
} from "./async_generator.ts";
import { exceptStarMatch, prepReraiseStar } from "./except_star.ts";

/** Runs one rare instruction (see the essay above); returns the new stack pointer. */
export function rareOp(frame: Frame, op: number, arg: number, sp: number, pc: number): number {
  const stack = frame.stack;
  const code = frame.code;
  switch (op) {
    case 7 /* LOAD_FAST */: {
      const value = frame.fast[arg];
      if (value === undefined) throw unboundLocalError(code.co_varnames[arg]);
      stack[sp++] = value;
      return sp;
    }
    case 9 /* DELETE_FAST */:
      if (frame.fast[arg] === undefined) throw unboundLocalError(code.co_varnames[arg]);
      frame.fast[arg] = undefined;
      return sp;
    case 13 /* LOAD_DEREF */: {
      const value = frame.cells[arg].contents;
      if (value === undefined) throw names.unboundCellError(code, arg);
      stack[sp++] = value;
      return sp;
    }
    case 14 /* LOAD_CLASSDEREF */:
      stack[sp++] = names.loadClassDeref(frame, arg);
      return sp;
    case 16 /* DELETE_DEREF */: {
      const cell = frame.cells[arg];
      if (cell.contents === undefined) throw names.unboundCellError(code, arg);
      cell.contents = undefined;
      return sp;
    }

    case 17 /* LOAD_NAME */:
      stack[sp++] = names.loadName(frame, code.co_names[arg]);
      return sp;
    case 18 /* STORE_NAME */:
      names.storeName(frame, code.co_names[arg], stack[--sp]!);
      return sp;
    case 19 /* DELETE_NAME */:
      names.deleteName(frame, code.co_names[arg]);
      return sp;
    case 21 /* STORE_GLOBAL */:
      names.storeGlobal(frame, code.co_names[arg], stack[--sp]!);
      return sp;
    case 22 /* DELETE_GLOBAL */:
      names.deleteGlobal(frame, code.co_names[arg]);
      return sp;
    case 26 /* DELETE_ATTR */:
      deleteAttribute(stack[--sp]!, code.co_names[arg]);
      return sp;
    case 29 /* DELETE_SUBSCR */: {
      const key = stack[--sp]!;
      deleteSubscript(stack[--sp]!, key);
      return sp;
    }

    case 34 /* UNARY_POSITIVE */:
      stack[sp - 1] = unaryPositive(stack[sp - 1]!);
      return sp;
    case 35 /* UNARY_NEGATIVE */:
      stack[sp - 1] = unaryNegative(stack[sp - 1]!);
      return sp;
    case 36 /* UNARY_NOT */:
      stack[sp - 1] = unaryNot(stack[sp - 1]!);
      return sp;
    case 37 /* UNARY_INVERT */:
      stack[sp - 1] = unaryInvert(stack[sp - 1]!);
      return sp;

    case 40 /* BUILD_SET */:
      sp -= arg;
      stack[sp] = build.setFrom(stack, sp, arg);
      return sp + 1;
    case 41 /* BUILD_MAP */:
      sp -= 2 * arg;
      stack[sp] = build.dictFromPairs(stack, sp, arg);
      return sp + 1;
    case 42 /* BUILD_CONST_KEY_MAP */: {
      const keys = stack[--sp]!;
      sp -= arg;
      stack[sp] = build.dictFromKeys(keys, stack, sp, arg);
      return sp + 1;
    }
    case 46 /* SET_ADD */: {
      const value = stack[--sp]!;
      build.setAdd(stack[sp - arg]!, value);
      return sp;
    }
    case 47 /* MAP_ADD */: {
      const value = stack[--sp]!;
      const key = stack[--sp]!;
      build.mapAdd(stack[sp - arg]!, key, value);
      return sp;
    }
    case 48 /* LIST_EXTEND */: {
      const iterable = stack[--sp]!;
      build.listExtend(stack[sp - arg]!, iterable);
      return sp;
    }
    case 49 /* SET_UPDATE */: {
      const iterable = stack[--sp]!;
      build.setUpdate(stack[sp - arg]!, iterable);
      return sp;
    }
    case 50 /* DICT_UPDATE */: {
      const mapping = stack[--sp]!;
      build.dictUpdate(stack[sp - arg]!, mapping);
      return sp;
    }
    case 51 /* DICT_MERGE */: {
      const mapping = stack[--sp]!;
      build.dictMerge(stack[sp - arg]!, mapping, stack[sp - arg - 3]!); // callable, NULL, args, dict
      return sp;
    }
    case 52 /* LIST_TO_TUPLE */:
      stack[sp - 1] = build.listToTuple(stack[sp - 1]!);
      return sp;
    case 54 /* UNPACK_EX */: {
      const sequence = stack[--sp]!;
      unpackExtended(sequence, arg & 0xff, arg >> 8, stack, sp);
      return sp + (arg & 0xff) + (arg >> 8) + 1;
    }

    case 57 /* CALL_KW */: {
      const kwnames = build.keywordNames(stack[--sp]!);
      sp -= arg;
      frame.pc = pc;
      stack[sp - 2] = callObject(stack[sp - 2]!, callArguments(stack, sp, arg), kwnames);
      return sp - 1;
    }
    case 59 /* MAKE_FUNCTION */: {
      const codeObject = stack[--sp]!;
      const closure = arg & 8 ? stack[--sp]! : null;
      const annotations = arg & 4 ? stack[--sp]! : null;
      const kwdefaults = arg & 2 ? stack[--sp]! : null;
      const defaults = arg & 1 ? stack[--sp]! : null;
      stack[sp++] = makeFunction(
        frame.globals,
        frame.builtins,
        codeObject,
        defaults,
        kwdefaults,
        annotations,
        closure,
      );
      return sp;
    }
    case 60 /* LOAD_BUILD_CLASS */:
      stack[sp++] = names.loadBuildClass(frame);
      return sp;
    case 61 /* SETUP_ANNOTATIONS */:
      names.setupAnnotations(frame);
      return sp;
    case 62 /* LOAD_ASSERTION_ERROR */:
      stack[sp++] = names.assertionErrorType();
      return sp;
    case 63 /* IMPORT_NAME */: {
      const fromlist = stack[--sp]!;
      stack[sp - 1] = importName(frame, code.co_names[arg], fromlist, stack[sp - 1]!);
      return sp;
    }
    case 64 /* IMPORT_FROM */:
      stack[sp] = importFrom(stack[sp - 1]!, code.co_names[arg]);
      return sp + 1;
    case 65 /* IMPORT_STAR */:
      importStar(frame, stack[--sp]!);
      return sp;
    case 66 /* PRINT_EXPR */:
      printExpr(stack[--sp]!);
      return sp;

    case 68 /* GET_YIELD_FROM_ITER */:
      stack[sp - 1] = yieldFromIterator(stack[sp - 1]!, code.co_flags);
      return sp;
    case 83 /* GET_AWAITABLE */:
      frame.pc = pc;
      stack[sp - 1] = getAwaitable(stack[sp - 1]!, arg);
      return sp;
    case 84 /* GET_AITER */:
      frame.pc = pc;
      stack[sp - 1] = asyncIterator(stack[sp - 1]!);
      return sp;
    case 85 /* GET_ANEXT */:
      frame.pc = pc;
      stack[sp] = asyncNext(stack[sp - 1]!);
      return sp + 1;
    case 86 /* END_ASYNC_FOR */:
      if (endsAsyncFor(stack[--sp]!)) sp--;
      return sp;
    case 87 /* ASYNC_GEN_WRAP */:
      stack[sp - 1] = new PyAsyncGenWrappedValue(stack[sp - 1]!);
      return sp;

    case 96 /* CHECK_EG_MATCH */:
      exceptStarMatch(stack, sp - 1);
      return sp;
    case 97 /* PREP_RERAISE_STAR */: {
      const raised = stack[--sp]!;
      stack[sp - 1] = prepReraiseStar(stack[sp - 1]!, raised);
      return sp;
    }

    case 88 /* BEFORE_WITH */: {
      const manager = stack[sp - 1]!;
      const enter = lookupSpecial(manager, "__enter__");
      const exit = lookupSpecial(manager, "__exit__");
      stack[sp - 1] = exit;
      stack[sp++] = callObject(enter, [], null);
      return sp;
    }
    case 89 /* BEFORE_ASYNC_WITH */: {
      frame.pc = pc;
      const context = enterAsyncContext(stack[sp - 1]!);
      stack[sp - 1] = context.exit;
      stack[sp++] = context.entered;
      return sp;
    }
    case 90 /* WITH_EXCEPT_START */: {
      const exception = stack[sp - 1] as PyBaseException;
      const exit = stack[sp - 4]!;
      stack[sp++] = callObject(exit, [exception.cls, exception, exception.traceback], null);
      return sp;
    }
    case 98 /* GET_LEN */:
      stack[sp] = lengthOf(stack[sp - 1]!);
      return sp + 1;
    case 99 /* MATCH_MAPPING */:
      stack[sp] = matchMapping(stack[sp - 1]!);
      return sp + 1;
    case 100 /* MATCH_SEQUENCE */:
      stack[sp] = matchSequence(stack[sp - 1]!);
      return sp + 1;
    case 101 /* MATCH_KEYS */:
      stack[sp] = matchKeys(stack[sp - 2]!, stack[sp - 1]!);
      return sp + 1;
    case 102 /* MATCH_CLASS */: {
      const kwnames = stack[--sp]!;
      const cls = stack[--sp]!;
      stack[sp - 1] = matchClass(stack[sp - 1]!, cls, arg, kwnames);
      return sp;
    }

    default:
      throw pyError(
        "SystemError",
        `Taipan: opcode ${opName(op)} is not implemented by the interpreter yet`,
      );
  }
}

/** Whether `op` (run by rareOp) can call Python code, which may install a trace hook. */
export function rareOpCalls(op: number): boolean {
  return op === 57 /* CALL_KW */ || op === 88 /* BEFORE_WITH */;
}

/** The arguments of a call: the self slot (when not NULL), then `count` values from `base`. */
export function callArguments(
  stack: (PyValue | undefined)[],
  base: number,
  count: number,
): PyValue[] {
  const start = stack[base - 1] === undefined ? base : base - 1;
  // Literals for the usual few: about twice as fast as slice, which every native call paid.
  switch (base + count - start) {
    case 0:
      return [];
    case 1:
      return [stack[start]!];
    case 2:
      return [stack[start]!, stack[start + 1]!];
    case 3:
      return [stack[start]!, stack[start + 1]!, stack[start + 2]!];
    default:
      return stack.slice(start, base + count) as PyValue[];
  }
}
