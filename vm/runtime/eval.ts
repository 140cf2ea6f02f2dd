/**
 * The eval loop: runs one frame's bytecode (vm/compiler/opcodes.ts) until it
 * returns or suspends.
 *
 * Shape: `pc`, the stack pointer and the frame's arrays live in JS locals;
 * each instruction is `[opcode, arg]` read from an Int32Array and dispatched by
 * one `switch`, which V8 compiles to a jump table. Semantics live in runtime
 * helpers (operators.ts, attributes.ts, call.ts, ...) that the JIT will call as
 * its generic fallback: one truth per operation. The loop itself only moves
 * values between the stack, locals and those helpers.
 *
 * Exceptions are JS throws of Python exception objects. The outer `for` wraps
 * the dispatch loop in a try/catch: on a throw the exception gets a traceback
 * entry for this frame, the zero-cost exception table (code.ts) is searched for
 * the failing instruction, and either the stack is cut to the handler's depth
 * and execution continues at the handler, or the exception propagates to the
 * caller's loop. A Python-to-Python call is a JS call of `evalFrame`, so the
 * JS stack mirrors the Python stack; thread_state.ts turns excessive depth into
 * RecursionError before V8's own limit is reached.
 *
 * Generators: RETURN_GENERATOR hands the frame to a generator object and
 * returns it; YIELD_VALUE saves pc/sp, marks the frame suspended and returns
 * the yielded value; resuming calls evalFrame again, which continues at the
 * saved pc with the sent value pushed.
 */
import { Op } from "../compiler/opcodes.ts";
import type { PyValue } from "../objects/object.ts";
import { PyCell } from "../objects/cell.ts";
import { Frame } from "./frame.ts";
import { runtimeConstants } from "./constants.ts";
import { thread } from "./thread_state.ts";
import {
  binaryOp,
  compareOp,
  containsOp,
  isTrue,
  unaryInvert,
  unaryNegative,
  unaryNot,
  unaryPositive,
} from "./operators.ts";
import { deleteAttribute, getAttribute, loadMethod, setAttribute } from "./attributes.ts";
import { callObject, callWithStar } from "./call.ts";
import { getIterator, nextOrUndefined } from "./iteration.ts";
import {
  addTracebackEntry,
  exceptionMatches,
  raiseFromStack,
  toPyException,
  unboundLocalError,
} from "./raise.ts";
import { PyBaseException, pyError } from "../objects/exceptions.ts";
import * as names from "./namespace.ts";
import * as build from "./build.ts";
import { makeFunction } from "./make_function.ts";
import { formatValue } from "./format_value.ts";
import { importFrom, importName, importStar } from "./import_hooks.ts";
import { newGenerator, sendTo, yieldFromIterator } from "./generator.ts";
import { deleteSubscript, getSubscript, setSubscript } from "./subscript.ts";
import { unpackExtended, unpackSequence } from "./unpack.ts";
import { opName } from "../compiler/opcodes.ts";
import { matchClass, matchKeys, matchMapping, matchSequence } from "./pattern_match.ts";
import { lookupSpecial } from "./attributes.ts";
import { lengthOf } from "./builtin_functions.ts";
import { enterAsyncContext, getAwaitable } from "./awaitable.ts";
import {
  asyncIterator,
  asyncNext,
  endsAsyncFor,
  PyAsyncGenWrappedValue,
} from "./async_generator.ts";
import { exceptStarMatch, prepReraiseStar } from "./except_star.ts";

export function evalFrame(frame: Frame): PyValue {
  const code = frame.code;
  const words = code.code;
  const consts = runtimeConstants(code);
  const coNames = code.co_names;
  const fast = frame.fast;
  const cells = frame.cells;
  const stack = frame.stack;
  let sp = frame.sp;
  let pc = frame.pc;
  let thrownIn = frame.thrownIn; // generator.throw(): raise at the suspended YIELD_VALUE
  frame.thrownIn = null;
  frame.suspended = false;

  thread.enter(frame);
  try {
    for (;;) {
      try {
        if (thrownIn !== null) {
          const exception = thrownIn;
          thrownIn = null;
          throw exception;
        }
        for (;;) {
          const op = words[pc << 1];
          const arg = words[(pc << 1) + 1];
          pc++;
          switch (op) {
            case Op.NOP:
            case Op.RESUME:
              break;
            case Op.POP_TOP:
              sp--;
              break;
            case Op.PUSH_NULL:
              stack[sp++] = undefined;
              break;
            case Op.COPY:
              stack[sp] = stack[sp - arg];
              sp++;
              break;
            case Op.SWAP: {
              const top = stack[sp - 1];
              stack[sp - 1] = stack[sp - arg];
              stack[sp - arg] = top;
              break;
            }

            case Op.LOAD_CONST:
              stack[sp++] = consts[arg];
              break;
            case Op.LOAD_FAST: {
              const value = fast[arg];
              if (value === undefined) throw unboundLocalError(code.co_varnames[arg]);
              stack[sp++] = value;
              break;
            }
            case Op.STORE_FAST:
              fast[arg] = stack[--sp];
              break;
            case Op.DELETE_FAST:
              if (fast[arg] === undefined) throw unboundLocalError(code.co_varnames[arg]);
              fast[arg] = undefined;
              break;
            case Op.MAKE_CELL: {
              const parameter = code.cellParameterIndex[arg];
              cells[arg] = new PyCell(parameter >= 0 ? fast[parameter] : undefined);
              break;
            }
            case Op.COPY_FREE_VARS: {
              const closure = frame.func!.closure!;
              const offset = code.co_cellvars.length;
              for (let i = 0; i < arg; i++) cells[offset + i] = closure[i];
              break;
            }
            case Op.LOAD_CLOSURE:
              stack[sp++] = cells[arg];
              break;
            case Op.LOAD_DEREF: {
              const value = cells[arg].contents;
              if (value === undefined) throw names.unboundCellError(code, arg);
              stack[sp++] = value;
              break;
            }
            case Op.LOAD_CLASSDEREF:
              stack[sp++] = names.loadClassDeref(frame, arg);
              break;
            case Op.STORE_DEREF:
              cells[arg].contents = stack[--sp];
              break;
            case Op.DELETE_DEREF:
              if (cells[arg].contents === undefined) throw names.unboundCellError(code, arg);
              cells[arg].contents = undefined;
              break;

            case Op.LOAD_NAME:
              stack[sp++] = names.loadName(frame, coNames[arg]);
              break;
            case Op.STORE_NAME:
              names.storeName(frame, coNames[arg], stack[--sp]!);
              break;
            case Op.DELETE_NAME:
              names.deleteName(frame, coNames[arg]);
              break;
            case Op.LOAD_GLOBAL:
              stack[sp++] = names.loadGlobal(frame, coNames[arg]);
              break;
            case Op.STORE_GLOBAL:
              names.storeGlobal(frame, coNames[arg], stack[--sp]!);
              break;
            case Op.DELETE_GLOBAL:
              names.deleteGlobal(frame, coNames[arg]);
              break;
            case Op.LOAD_ATTR:
              stack[sp - 1] = getAttribute(stack[sp - 1]!, coNames[arg]);
              break;
            case Op.LOAD_METHOD: {
              const receiver = stack[sp - 1]!;
              const found = loadMethod(receiver, coNames[arg]);
              if (found.unbound) {
                stack[sp - 1] = found.value;
                stack[sp++] = receiver;
              } else {
                stack[sp - 1] = found.value;
                stack[sp++] = undefined;
              }
              break;
            }
            case Op.STORE_ATTR: {
              const owner = stack[--sp]!;
              setAttribute(owner, coNames[arg], stack[--sp]!);
              break;
            }
            case Op.DELETE_ATTR:
              deleteAttribute(stack[--sp]!, coNames[arg]);
              break;

            case Op.BINARY_SUBSCR: {
              const key = stack[--sp]!;
              stack[sp - 1] = getSubscript(stack[sp - 1]!, key);
              break;
            }
            case Op.STORE_SUBSCR: {
              const key = stack[--sp]!;
              const container = stack[--sp]!;
              setSubscript(container, key, stack[--sp]!);
              break;
            }
            case Op.DELETE_SUBSCR: {
              const key = stack[--sp]!;
              deleteSubscript(stack[--sp]!, key);
              break;
            }
            case Op.BINARY_OP: {
              const right = stack[--sp]!;
              stack[sp - 1] = binaryOp(arg, stack[sp - 1]!, right);
              break;
            }
            case Op.COMPARE_OP: {
              const right = stack[--sp]!;
              stack[sp - 1] = compareOp(arg, stack[sp - 1]!, right);
              break;
            }
            case Op.IS_OP: {
              const right = stack[--sp];
              stack[sp - 1] = (stack[sp - 1] === right) !== (arg === 1);
              break;
            }
            case Op.CONTAINS_OP: {
              const container = stack[--sp]!;
              stack[sp - 1] = containsOp(stack[sp - 1]!, container) !== (arg === 1);
              break;
            }
            case Op.UNARY_POSITIVE:
              stack[sp - 1] = unaryPositive(stack[sp - 1]!);
              break;
            case Op.UNARY_NEGATIVE:
              stack[sp - 1] = unaryNegative(stack[sp - 1]!);
              break;
            case Op.UNARY_NOT:
              stack[sp - 1] = unaryNot(stack[sp - 1]!);
              break;
            case Op.UNARY_INVERT:
              stack[sp - 1] = unaryInvert(stack[sp - 1]!);
              break;

            case Op.BUILD_TUPLE:
              sp -= arg;
              stack[sp] = build.tupleFrom(stack, sp, arg);
              sp++;
              break;
            case Op.BUILD_LIST:
              sp -= arg;
              stack[sp] = build.listFrom(stack, sp, arg);
              sp++;
              break;
            case Op.BUILD_SET:
              sp -= arg;
              stack[sp] = build.setFrom(stack, sp, arg);
              sp++;
              break;
            case Op.BUILD_MAP:
              sp -= 2 * arg;
              stack[sp] = build.dictFromPairs(stack, sp, arg);
              sp++;
              break;
            case Op.BUILD_CONST_KEY_MAP: {
              const keys = stack[--sp]!;
              sp -= arg;
              stack[sp] = build.dictFromKeys(keys, stack, sp, arg);
              sp++;
              break;
            }
            case Op.BUILD_STRING:
              sp -= arg;
              stack[sp] = build.joinStrings(stack, sp, arg);
              sp++;
              break;
            case Op.BUILD_SLICE:
              sp -= arg;
              stack[sp] = build.sliceFrom(stack, sp, arg);
              sp++;
              break;
            case Op.LIST_APPEND: {
              const value = stack[--sp]!;
              build.listAppend(stack[sp - arg]!, value);
              break;
            }
            case Op.SET_ADD: {
              const value = stack[--sp]!;
              build.setAdd(stack[sp - arg]!, value);
              break;
            }
            case Op.MAP_ADD: {
              const value = stack[--sp]!;
              const key = stack[--sp]!;
              build.mapAdd(stack[sp - arg]!, key, value);
              break;
            }
            case Op.LIST_EXTEND: {
              const iterable = stack[--sp]!;
              build.listExtend(stack[sp - arg]!, iterable);
              break;
            }
            case Op.SET_UPDATE: {
              const iterable = stack[--sp]!;
              build.setUpdate(stack[sp - arg]!, iterable);
              break;
            }
            case Op.DICT_UPDATE: {
              const mapping = stack[--sp]!;
              build.dictUpdate(stack[sp - arg]!, mapping);
              break;
            }
            case Op.DICT_MERGE: {
              const mapping = stack[--sp]!;
              build.dictMerge(stack[sp - arg]!, mapping, stack[sp - arg - 2]!);
              break;
            }
            case Op.LIST_TO_TUPLE:
              stack[sp - 1] = build.listToTuple(stack[sp - 1]!);
              break;
            case Op.UNPACK_SEQUENCE: {
              const sequence = stack[--sp]!;
              unpackSequence(sequence, arg, stack, sp);
              sp += arg;
              break;
            }
            case Op.UNPACK_EX: {
              const sequence = stack[--sp]!;
              const count = (arg & 0xff) + (arg >> 8) + 1;
              unpackExtended(sequence, arg & 0xff, arg >> 8, stack, sp);
              sp += count;
              break;
            }
            case Op.FORMAT_VALUE: {
              const spec = arg & 4 ? stack[--sp]! : null;
              stack[sp - 1] = formatValue(stack[sp - 1]!, arg & 3, spec);
              break;
            }

            case Op.CALL:
            case Op.CALL_KW: {
              const kwnames = op === Op.CALL_KW ? build.keywordNames(stack[--sp]!) : null;
              sp -= arg;
              frame.pc = pc;
              stack[sp - 2] = callObject(stack[sp - 2]!, callArguments(stack, sp, arg), kwnames);
              sp--;
              break;
            }
            case Op.CALL_FUNCTION_EX: {
              const kwargs = arg & 1 ? stack[--sp]! : null;
              const positional = stack[--sp]!;
              sp--; // the NULL
              frame.pc = pc;
              stack[sp - 1] = callWithStar(stack[sp - 1]!, positional, kwargs);
              break;
            }
            case Op.MAKE_FUNCTION: {
              const codeObject = stack[--sp]!;
              const closure = arg & 8 ? stack[--sp]! : null;
              const annotations = arg & 4 ? stack[--sp]! : null;
              const kwdefaults = arg & 2 ? stack[--sp]! : null;
              const defaults = arg & 1 ? stack[--sp]! : null;
              stack[sp++] = makeFunction(
                frame,
                codeObject,
                defaults,
                kwdefaults,
                annotations,
                closure,
              );
              break;
            }
            case Op.LOAD_BUILD_CLASS:
              stack[sp++] = names.loadBuildClass(frame);
              break;
            case Op.SETUP_ANNOTATIONS:
              names.setupAnnotations(frame);
              break;
            case Op.LOAD_ASSERTION_ERROR:
              stack[sp++] = names.assertionErrorType();
              break;
            case Op.IMPORT_NAME: {
              const fromlist = stack[--sp]!;
              stack[sp - 1] = importName(frame, coNames[arg], fromlist, stack[sp - 1]!);
              break;
            }
            case Op.IMPORT_FROM:
              stack[sp] = importFrom(stack[sp - 1]!, coNames[arg]);
              sp++;
              break;
            case Op.IMPORT_STAR:
              importStar(frame, stack[--sp]!);
              break;

            case Op.GET_ITER:
              stack[sp - 1] = getIterator(stack[sp - 1]!);
              break;
            case Op.FOR_ITER: {
              const next = nextOrUndefined(stack[sp - 1]!);
              if (next === undefined) {
                sp--;
                pc = arg;
              } else stack[sp++] = next;
              break;
            }
            case Op.JUMP_FORWARD:
            case Op.JUMP_BACKWARD:
            case Op.JUMP_BACKWARD_NO_INTERRUPT:
              pc = arg;
              break;
            case Op.POP_JUMP_IF_FALSE:
              if (!isTrue(stack[--sp]!)) pc = arg;
              break;
            case Op.POP_JUMP_IF_TRUE:
              if (isTrue(stack[--sp]!)) pc = arg;
              break;
            case Op.POP_JUMP_IF_NONE:
              if (stack[--sp] === null) pc = arg;
              break;
            case Op.POP_JUMP_IF_NOT_NONE:
              if (stack[--sp] !== null) pc = arg;
              break;
            case Op.JUMP_IF_FALSE_OR_POP:
              if (!isTrue(stack[sp - 1]!)) pc = arg;
              else sp--;
              break;
            case Op.JUMP_IF_TRUE_OR_POP:
              if (isTrue(stack[sp - 1]!)) pc = arg;
              else sp--;
              break;

            case Op.RETURN_VALUE:
              frame.sp = 0;
              frame.pc = pc;
              return stack[--sp]!;
            case Op.RETURN_GENERATOR:
              frame.pc = pc;
              frame.sp = sp;
              return newGenerator(frame);
            case Op.GET_YIELD_FROM_ITER:
              stack[sp - 1] = yieldFromIterator(stack[sp - 1]!, code.co_flags);
              break;
            case Op.SEND: {
              const value = stack[--sp]!;
              const result = sendTo(stack[sp - 1]!, value);
              if (result.done) {
                stack[sp - 1] = result.value;
                pc = arg;
              } else stack[sp++] = result.value;
              break;
            }
            case Op.GET_AWAITABLE:
              frame.pc = pc;
              stack[sp - 1] = getAwaitable(stack[sp - 1]!, arg);
              break;
            case Op.GET_AITER:
              frame.pc = pc;
              stack[sp - 1] = asyncIterator(stack[sp - 1]!);
              break;
            case Op.GET_ANEXT:
              frame.pc = pc;
              stack[sp] = asyncNext(stack[sp - 1]!);
              sp++;
              break;
            case Op.END_ASYNC_FOR:
              if (endsAsyncFor(stack[--sp]!)) sp--;
              break;
            case Op.ASYNC_GEN_WRAP:
              stack[sp - 1] = new PyAsyncGenWrappedValue(stack[sp - 1]!);
              break;
            case Op.YIELD_VALUE:
              frame.pc = pc;
              frame.sp = sp - 1;
              frame.suspended = true;
              return stack[sp - 1]!;

            case Op.PUSH_EXC_INFO: {
              const exception = stack[sp - 1]!;
              stack[sp - 1] = thread.handledException;
              stack[sp++] = exception;
              thread.handledException = exception as PyBaseException;
              break;
            }
            case Op.POP_EXCEPT:
              thread.handledException = stack[--sp] as PyBaseException | null;
              break;
            case Op.RERAISE: {
              const exception = stack[--sp]!;
              // The handler is looked up at this RERAISE; f_lineno shows the original failure.
              if (arg > 0) frame.pc = (stack[sp - arg] as number) + 1;
              throw exception;
            }
            case Op.RAISE_VARARGS:
              sp -= arg;
              frame.pc = pc;
              throw raiseFromStack(stack, sp, arg);
            case Op.CHECK_EXC_MATCH: {
              const type = stack[sp - 1]!;
              stack[sp - 1] = exceptionMatches(stack[sp - 2]!, type);
              break;
            }

            case Op.CHECK_EG_MATCH:
              exceptStarMatch(stack, sp - 1);
              break;
            case Op.PREP_RERAISE_STAR: {
              const raised = stack[--sp]!;
              stack[sp - 1] = prepReraiseStar(stack[sp - 1]!, raised);
              break;
            }

            case Op.BEFORE_WITH: {
              const manager = stack[sp - 1]!;
              const enter = lookupSpecial(manager, "__enter__");
              const exit = lookupSpecial(manager, "__exit__");
              stack[sp - 1] = exit;
              stack[sp++] = callObject(enter, [], null);
              break;
            }
            case Op.BEFORE_ASYNC_WITH: {
              frame.pc = pc;
              const context = enterAsyncContext(stack[sp - 1]!);
              stack[sp - 1] = context.exit;
              stack[sp++] = context.entered;
              break;
            }
            case Op.WITH_EXCEPT_START: {
              const exception = stack[sp - 1] as PyBaseException;
              const exit = stack[sp - 4]!;
              stack[sp++] = callObject(exit, [exception.cls, exception, exception.traceback], null);
              break;
            }
            case Op.GET_LEN:
              stack[sp] = lengthOf(stack[sp - 1]!);
              sp++;
              break;
            case Op.MATCH_MAPPING:
              stack[sp] = matchMapping(stack[sp - 1]!);
              sp++;
              break;
            case Op.MATCH_SEQUENCE:
              stack[sp] = matchSequence(stack[sp - 1]!);
              sp++;
              break;
            case Op.MATCH_KEYS:
              stack[sp] = matchKeys(stack[sp - 2]!, stack[sp - 1]!);
              sp++;
              break;
            case Op.MATCH_CLASS: {
              const kwnames = stack[--sp]!;
              const cls = stack[--sp]!;
              stack[sp - 1] = matchClass(stack[sp - 1]!, cls, arg, kwnames);
              break;
            }

            default:
              throw pyError(
                "SystemError",
                `Taipan: opcode ${opName(op)} is not implemented by the interpreter yet`,
              );
          }
        }
      } catch (error) {
        const exception = toPyException(error);
        const failed = pc - 1;
        if (!isReraise(words, failed)) {
          frame.pc = pc;
          addTracebackEntry(exception, frame, failed);
        }
        const row = code.findHandler(failed);
        if (row < 0) throw exception;
        const table = code.exceptionTable;
        sp = table[row + 3];
        if (table[row + 4] === 1) stack[sp++] = failed;
        stack[sp++] = exception;
        pc = table[row + 2];
      }
    }
  } finally {
    thread.leave(frame);
  }
}

/** The arguments of a call: the self slot (when not NULL), then `count` values from `base`. */
function callArguments(stack: (PyValue | undefined)[], base: number, count: number): PyValue[] {
  const start = stack[base - 1] === undefined ? base : base - 1;
  return stack.slice(start, base + count) as PyValue[];
}

/** RERAISE, END_ASYNC_FOR and a bare `raise` re-raise without a new traceback entry, as in CPython. */
function isReraise(words: Int32Array, index: number): boolean {
  const op = words[index << 1];
  return op === Op.RERAISE || op === Op.END_ASYNC_FOR ||
    (op === Op.RAISE_VARARGS && words[(index << 1) + 1] === 0);
}
