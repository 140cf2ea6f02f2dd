/**
 * The eval loop: runs one frame's bytecode (vm/compiler/opcodes.ts) until it
 * returns or suspends.
 *
 * Shape: `pc`, the stack pointer and the frame's arrays live in JS locals;
 * each instruction is `[opcode, arg]` read from an Int32Array and dispatched by
 * one `switch`, which V8 compiles to a jump table only because its labels
 * are literal numbers (tools/number_opcodes.ts writes them from the opcode
 * table; a test checks they agree): labels like `Op.LOAD_FAST` compile to a
 * chain of loads and compares, 15x slower. Semantics live in runtime
 * helpers (operators.ts, attributes.ts, call.ts, ...) that the JIT will call as
 * its generic fallback: one truth per operation. The loop itself only moves
 * values between the stack, locals and those helpers.
 *
 * Only the opcodes programs run often are cases here: the rest, and the rare
 * paths of common ones (`break generic`), go to one call of `rareOp`
 * (eval_rare.ts), which keeps this function, compiled by TurboFan several
 * times a process, smaller, and its never-taken paths out of its code.
 *
 * Exceptions are JS throws of Python exception objects. The outer `for` wraps
 * the dispatch loop in a try/catch: on a throw the exception gets a traceback
 * entry for this frame, the zero-cost exception table (code.ts) is searched for
 * the failing instruction, and either the stack is cut to the handler's depth
 * and execution continues at the handler, or the exception leaves the frame.
 * A Python-to-Python call is a JS call of `runFrame`, so the JS stack mirrors
 * the Python stack; thread_state.ts turns excessive depth into RecursionError
 * before V8's own limit is reached.
 *
 * JS throws are slow here: under Deno, V8 builds a message object (with a
 * stack trace) for each throw, and frames of this big function are costly
 * to describe: 0.3-1 us a throw, where CPython's whole raise-and-catch
 * takes 0.1 us. So the paths that exception-heavy code takes skip the
 * throw: RAISE_VARARGS and RERAISE set `raised` and break out of the
 * dispatch loop to the same unwinding code a catch runs; a frame an
 * exception leaves returns undefined to `runFrame`'s caller with the
 * exception in `escaped` (the CALL fast path unwinds it in the caller
 * without a throw; `evalFrame`, for everyone else, throws it); an exact
 * dict's missing key makes its KeyError in BINARY_SUBSCR.
 *
 * Generators: RETURN_GENERATOR hands the frame to a generator object and
 * returns it; YIELD_VALUE saves pc/sp, marks the frame suspended and returns
 * the yielded value; resuming calls evalFrame again, which continues at the
 * saved pc with the sent value pushed.
 */
import { PyObject, type PyValue } from "../objects/object.ts";
import { PyCell } from "../objects/cell.ts";
import { dictType, PyDict } from "../objects/dict.ts";
import { Frame } from "./frame.ts";
import { handlerRow, type RuntimeCode, runtimeCode } from "./constants.ts";
import { thread } from "./thread_state.ts";
import { binaryOp, compareOp, containsOp, isTrue } from "./operators.ts";
import { methodFound } from "./attributes.ts";
import {
  cachedMethod,
  GlobalEntry,
  loadAttrMiss,
  loadGlobalMiss,
  loadMethodMiss,
  SlotEntry,
  storeAttrMiss,
} from "./inline_cache.ts";
import { type MappedStorage, setSlot, slotValue } from "../objects/instance_map.ts";
import { PyFunction } from "../objects/function.ts";
import { PyBoundMethod } from "./bound_method.ts";
import {
  PyBuiltinFunction,
  PyMethodDescriptor,
  takeQuietRaise,
} from "../objects/native_function.ts";
import { CodeFlag } from "../compiler/code.ts";
import { PyType } from "../objects/type.ts";
import { callObject, callWithStar } from "./call.ts";
import { pendingSignals, runPendingSignals } from "./pending_signals.ts";
import { getIterator, nextOrUndefined, PyRangeIterator } from "./iteration.ts";
import { compareNumbers } from "./fast_arith.ts";
import { addTracebackEntry, exceptionMatches, raiseFromStack, toPyException } from "./raise.ts";
import { PyBaseException, pyError } from "../objects/exceptions.ts";
import * as build from "./build.ts";
import { formatValue } from "./format_value.ts";
import {
  generatorOfCall,
  isPlainGenerator,
  newGenerator,
  sendPushing,
  sendTo,
} from "./generator.ts";
import { getSubscript, setSubscript } from "./subscript.ts";
import { unpackSequence } from "./unpack.ts";
import { callArguments, rareOp, rareOpCalls } from "./eval_rare.ts";
import { jitSwitch } from "../../jit/params.ts";
import { onBackEdge, onFunctionEntry, onGeneratorStart } from "../../jit/driver.ts";
import { finishCallee, pending, takeCalleeRaise } from "../../jit/resume.ts";
import { hookFlags, takeExit } from "./tracing/hooks.ts";
import { tracedWords, traceStep } from "./tracing/trace_step.ts";
import { exceptionEvent, unwindEvents } from "./tracing/trace_unwind.ts";

/** Runs `frame` until it returns or suspends; throws the exception that escapes it. */
export function evalFrame(frame: Frame): PyValue {
  const result = runFrame(frame);
  if (result === undefined) throw takeEscaped();
  return result;
}

/**
 * Runs `frame` until it returns or suspends: its result, or undefined when an
 * exception escaped it (take it with `takeEscaped`), without a JS throw.
 */
export function evalFrameQuietly(frame: Frame): PyValue | undefined {
  return runFrame(frame);
}

/**
 * The exception that made the last `runFrame` return undefined: a frame the
 * eval loop calls hands it back without a JS throw.
 */
let escaped: PyBaseException | null = null;

export function takeEscaped(): PyBaseException {
  const exception = escaped!;
  escaped = null;
  return exception;
}

/** Hands `exception` back as an escaped one (a frame the JIT's driver finished: driver.ts). */
export function setEscaped(exception: PyBaseException): void {
  escaped = exception;
}

/** The eval loop proper: the frame's result, or undefined when an exception escaped it. */
function runFrame(frame: Frame): PyValue | undefined {
  const code = frame.code;
  // The code, or while a hook is installed a traced copy (tracing/trace_step.ts). The
  // dispatch loop reads it from a const, which V8 keeps out of the loop; a switch of
  // copies restarts the loop (`continue run`).
  let activeWords = code.code;
  const runtime = runtimeCode(code);
  const consts = runtime.consts;
  const caches = runtime.caches;
  const coNames = runtime.names;
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
    if (hookFlags[0] !== 0) activeWords = tracedWords(frame, pc); // sys.settrace/setprofile: no JIT
    else if (pc === 0 && runtime.nativeEntry !== null) { // a native twin (constants.ts)
      const result = runtime.nativeEntry(frame);
      if (result !== undefined) {
        thread.leave(frame);
        return result;
      }
    } else if (
      jitSwitch.enabled &&
      (pc === 0
        ? !runtime.noEntryTrace && frame.func !== null
        : frame.consumer !== null && runtime.jitLoops !== null && thrownIn === null)
    ) {
      // The JIT's function-entry hook, or a generator expression's first run for a
      // native consumer (driver.ts onGeneratorStart: straight into its loop's trace).
      const status = pc === 0 ? onFunctionEntry(frame, runtime) : onGeneratorStart(frame, runtime);
      // What a status other than 0 needs is compared and read whatever the status:
      // V8 throws its optimised code for this function away at the first compare or
      // load it has no feedback for, and the first trace that finishes or raises here
      // may come long after that code was made. A finished frame has left the
      // thread already (driver.ts), so that path is a return and no more.
      const finished = status === 3; // a compiled trace ran to the return
      const failed = status === 2;
      const result = pending.result as PyValue;
      const error = pending.error as PyValue;
      if (status !== 0) {
        if (finished) return result;
        pc = frame.pc;
        sp = frame.sp;
        if (failed) thrownIn = error;
      }
    }
    run: for (;;) {
      const words = activeWords;
      let raised: unknown; // set by a throw, or by a raise that skips the throw
      guarded: try {
        if (thrownIn !== null) { // unwound at once, without a JS throw, by the one unwind call
          raised = thrownIn;
          thrownIn = null;
          break guarded;
        }
        if (frame.resumeCallee !== null) { // a frame the JIT rebuilt (jit/resume.ts)
          const callee = frame.resumeCallee;
          frame.resumeCallee = null;
          const result = finishCallee(callee, frame);
          if (result !== undefined) stack[sp++] = result;
          else if ((raised = takeCalleeRaise() ?? undefined) !== undefined) {
            break guarded; // the callee raised: unwound below without a JS throw
          } else { // an inlined generator finished: its FOR_ITER's loop is over
            sp = frame.sp;
            pc = frame.pc;
          }
        }
        dispatch: for (;;) {
          const op = words[pc << 1];
          const arg = words[(pc << 1) + 1];
          pc++;
          generic: {
            switch (op) {
              case 0 /* NOP */:
              case 1 /* RESUME */:
                break;
              case 2 /* POP_TOP */:
                sp--;
                break;
              case 3 /* PUSH_NULL */:
                stack[sp++] = undefined;
                break;
              case 4 /* COPY */:
                stack[sp] = stack[sp - arg];
                sp++;
                break;
              case 5 /* SWAP */: {
                const top = stack[sp - 1];
                stack[sp - 1] = stack[sp - arg];
                stack[sp - arg] = top;
                break;
              }

              case 6 /* LOAD_CONST */:
                stack[sp++] = consts[arg];
                break;
              case 7 /* LOAD_FAST */: {
                const value = fast[arg];
                if (value === undefined) break generic; // unbound
                stack[sp++] = value;
                break;
              }
              case 8 /* STORE_FAST */:
                fast[arg] = stack[--sp];
                break;
              case 10 /* MAKE_CELL */: {
                const parameter = code.cellParameterIndex[arg];
                cells[arg] = new PyCell(parameter >= 0 ? fast[parameter] : undefined);
                break;
              }
              case 11 /* COPY_FREE_VARS */: {
                const closure = frame.func!.closure!;
                const offset = code.cellvarCount;
                for (let i = 0; i < arg; i++) cells[offset + i] = closure[i];
                break;
              }
              case 12 /* LOAD_CLOSURE */:
                stack[sp++] = cells[arg];
                break;
              case 13 /* LOAD_DEREF */: {
                const value = cells[arg].contents;
                if (value === undefined) break generic; // unbound
                stack[sp++] = value;
                break;
              }
              case 15 /* STORE_DEREF */:
                cells[arg].contents = stack[--sp];
                break;

              case 20 /* LOAD_GLOBAL */: {
                const entry = caches[pc - 1];
                const name = coNames[arg];
                const globals = frame.globals;
                if (
                  entry instanceof GlobalEntry && entry.position >= 0 &&
                  entry.globals === globals &&
                  globals.keys[entry.position] === name
                ) {
                  stack[sp++] = globals.values[entry.position]!;
                } else stack[sp++] = loadGlobalMiss(caches, pc - 1, frame, name);
                break;
              }
              case 23 /* LOAD_ATTR */: {
                const owner = stack[sp - 1]!;
                const entry = caches[pc - 1];
                if (
                  entry instanceof SlotEntry && owner instanceof PyObject &&
                  owner.cls === entry.type &&
                  entry.type.version === entry.version &&
                  (owner as unknown as MappedStorage).map === entry.map
                ) {
                  const value = (owner as unknown as MappedStorage).slots[entry.index];
                  stack[sp - 1] = value !== undefined
                    ? value
                    : slotValue(owner as unknown as MappedStorage, entry.index);
                } else {
                  frame.pc = pc; // (for f_lineno in a getter, as for every implicit call below)
                  stack[sp - 1] = loadAttrMiss(caches, pc - 1, owner, coNames[arg]);
                }
                break;
              }
              case 24 /* LOAD_METHOD */: {
                const receiver = stack[sp - 1]!;
                const method = cachedMethod(caches[pc - 1], receiver);
                if (method !== undefined) {
                  stack[sp - 1] = method;
                  stack[sp++] = receiver;
                } else {
                  frame.pc = pc;
                  stack[sp - 1] = loadMethodMiss(caches, pc - 1, receiver, coNames[arg]);
                  stack[sp++] = methodFound.unbound ? receiver : undefined;
                }
                break;
              }
              case 25 /* STORE_ATTR */: {
                const owner = stack[--sp]!;
                const value = stack[--sp]!;
                const entry = caches[pc - 1];
                if (
                  entry instanceof SlotEntry && owner instanceof PyObject &&
                  owner.cls === entry.type &&
                  entry.type.version === entry.version &&
                  (owner as unknown as MappedStorage).map === entry.map
                ) {
                  if (entry.floatIndex < 0) {
                    (owner as unknown as MappedStorage).slots[entry.index] = value;
                  } else setSlot(owner as unknown as MappedStorage, entry.index, value);
                } else {
                  frame.pc = pc;
                  storeAttrMiss(caches, pc - 1, owner, coNames[arg], value);
                }
                break;
              }

              case 27 /* BINARY_SUBSCR */: {
                const key = stack[--sp]!;
                const container = stack[sp - 1]!;
                if (container instanceof PyDict && container.cls === dictType) {
                  // A missing key raises KeyError without a JS throw (EAFP lookups).
                  const value = container.get(key);
                  if (value === undefined) {
                    raised = pyError("KeyError", key);
                    break dispatch;
                  }
                  stack[sp - 1] = value;
                } else {
                  frame.pc = pc;
                  stack[sp - 1] = getSubscript(container, key);
                }
                break;
              }
              case 28 /* STORE_SUBSCR */: {
                const key = stack[--sp]!;
                const container = stack[--sp]!;
                frame.pc = pc;
                setSubscript(container, key, stack[--sp]!);
                break;
              }
              case 30 /* BINARY_OP */: {
                // Small-int + and - inline: this function is too big for V8 to inline callees.
                const right = stack[--sp]!;
                const left = stack[sp - 1]!;
                // One addition for + and -, its operand negated whatever the operator: a
                // subtraction of its own would first run, in many programs, after V8 has
                // optimised this function, and V8 throws that code away at an operation
                // it has no feedback for (docs/performance.md, "The eval loop's deopts").
                const additive = arg === 0 || arg === 13 || arg === 10 || arg === 23;
                if (additive && typeof left === "number" && typeof right === "number") {
                  const negated = 0 - right;
                  const sum = left + (arg === 10 || arg === 23 ? negated : right);
                  if (sum <= Number.MAX_SAFE_INTEGER && sum >= -Number.MAX_SAFE_INTEGER) {
                    stack[sp - 1] = sum;
                    break;
                  }
                }
                frame.pc = pc;
                stack[sp - 1] = binaryOp(arg, left, right);
                break;
              }
              case 31 /* COMPARE_OP */: {
                const right = stack[--sp]!;
                const left = stack[sp - 1]!;
                if (typeof left === "number" && typeof right === "number") {
                  stack[sp - 1] = compareNumbers(arg, left, right);
                } else {
                  frame.pc = pc;
                  stack[sp - 1] = compareOp(arg, left, right);
                }
                break;
              }
              case 32 /* IS_OP */: {
                const right = stack[--sp];
                stack[sp - 1] = (stack[sp - 1] === right) !== (arg === 1);
                break;
              }
              case 33 /* CONTAINS_OP */: {
                const container = stack[--sp]!;
                frame.pc = pc;
                stack[sp - 1] = containsOp(stack[sp - 1]!, container) !== (arg === 1);
                break;
              }

              case 38 /* BUILD_TUPLE */:
                sp -= arg;
                stack[sp] = build.tupleFrom(stack, sp, arg);
                sp++;
                break;
              case 39 /* BUILD_LIST */:
                sp -= arg;
                stack[sp] = build.listFrom(stack, sp, arg);
                sp++;
                break;
              case 43 /* BUILD_STRING */:
                sp -= arg;
                stack[sp] = build.joinStrings(stack, sp, arg);
                sp++;
                break;
              case 44 /* BUILD_SLICE */:
                sp -= arg;
                stack[sp] = build.sliceFrom(stack, sp, arg);
                sp++;
                break;
              case 45 /* LIST_APPEND */: {
                const value = stack[--sp]!;
                build.listAppend(stack[sp - arg]!, value);
                break;
              }
              case 53 /* UNPACK_SEQUENCE */: {
                const sequence = stack[--sp]!;
                frame.pc = pc;
                unpackSequence(sequence, arg, stack, sp);
                sp += arg;
                break;
              }
              case 55 /* FORMAT_VALUE */: {
                const spec = arg & 4 ? stack[--sp]! : null;
                frame.pc = pc;
                stack[sp - 1] = formatValue(stack[sp - 1]!, arg & 3, spec);
                break;
              }

              case 56 /* CALL */: {
                sp -= arg;
                frame.pc = pc;
                const target = stack[sp - 2]!;
                let callable = target instanceof PyFunction ? target : null;
                // A bound Python method runs as its function with its self first.
                let boundSelf: PyValue | undefined = undefined;
                if (
                  callable === null && target instanceof PyBoundMethod &&
                  target.func instanceof PyFunction
                ) {
                  boundSelf = target.self;
                  callable = target.func;
                }
                if (callable !== null) {
                  // Positional arguments only, the rest from the defaults: bind by copying.
                  // The slot below the arguments holds LOAD_METHOD's self, NULL, or (a `with`
                  // block's exit call) the first argument.
                  const callee = callable.code;
                  const first = stack[sp - 1] === undefined ? sp : sp - 1;
                  const given = sp + arg - first + (boundSelf === undefined ? 0 : 1);
                  const argcount = callee.co_argcount;
                  const defaults = given === argcount ? null : callable.defaults;
                  if (
                    (given === argcount ||
                      (given < argcount && defaults !== null &&
                        given >= argcount - defaults.items.length)) &&
                    callee.co_kwonlyargcount === 0 &&
                    (callee.co_flags & (CodeFlag.CO_VARARGS | CodeFlag.CO_VARKEYWORDS)) === 0
                  ) {
                    const calleeFrame = new Frame(
                      callee,
                      callable.globals,
                      callable.builtins,
                      null,
                      callable,
                    );
                    const calleeLocals = calleeFrame.fast;
                    let at = 0;
                    if (boundSelf !== undefined) calleeLocals[at++] = boundSelf;
                    for (let i = first; i < sp + arg; i++) calleeLocals[at++] = stack[i];
                    if (defaults !== null) {
                      const items = defaults.items;
                      const firstDefault = argcount - items.length;
                      for (let i = given; i < argcount; i++) {
                        calleeLocals[i] = items[i - firstDefault];
                      }
                    }
                    const result = generatorOfCall(calleeFrame) ?? runFrame(calleeFrame);
                    if (result === undefined) {
                      raised = takeEscaped();
                      break dispatch;
                    }
                    stack[sp - 2] = result;
                    sp--;
                    if (hookFlags[0] !== 0 && words === code.code) {
                      activeWords = tracedWords(frame, pc);
                      continue run;
                    }
                    break;
                  }
                }
                const args = callArguments(stack, sp, arg);
                if (
                  target instanceof PyBuiltinFunction
                    ? target.quiet !== null
                    : target instanceof PyMethodDescriptor
                    ? target.quiet !== null
                    : target instanceof PyType && target.quietCall !== null
                ) {
                  // A native that can raise without a JS throw (native_function.ts).
                  const result = target instanceof PyType
                    ? target.quietCall!(args)
                    : (target as PyBuiltinFunction | PyMethodDescriptor).callQuietly(args);
                  if (result === undefined) {
                    raised = takeQuietRaise();
                    break dispatch;
                  }
                  stack[sp - 2] = result;
                } else stack[sp - 2] = callObject(target, args, null);
                sp--;
                // The callee may have installed a hook: this frame is traced from here on.
                if (hookFlags[0] !== 0 && words === code.code) {
                  activeWords = tracedWords(frame, pc);
                  continue run;
                }
                break;
              }
              case 58 /* CALL_FUNCTION_EX */: {
                const kwargs = arg & 1 ? stack[--sp]! : null;
                const positional = stack[--sp]!;
                sp--; // the NULL
                frame.pc = pc;
                stack[sp - 1] = callWithStar(stack[sp - 1]!, positional, kwargs);
                if (hookFlags[0] !== 0 && words === code.code) {
                  activeWords = tracedWords(frame, pc);
                  continue run;
                }
                break;
              }

              case 67 /* GET_ITER */:
                frame.pc = pc;
                stack[sp - 1] = getIterator(stack[sp - 1]!);
                break;
              case 69 /* FOR_ITER */: {
                const iterator = stack[sp - 1]!;
                let next: PyValue | undefined;
                if (iterator instanceof PyRangeIterator) {
                  const value = iterator.next;
                  if (iterator.step > 0 ? value < iterator.stop : value > iterator.stop) {
                    iterator.next = value + iterator.step;
                    next = value;
                  }
                } else {
                  frame.pc = pc;
                  next = nextOrUndefined(iterator);
                }
                if (next === undefined) {
                  sp--;
                  pc = arg;
                } else stack[sp++] = next;
                break;
              }
              case 71 /* JUMP_BACKWARD */:
                if (pendingSignals[0] !== 0) { // a signal's Python handler runs here, as CPython's
                  frame.pc = pc;
                  runPendingSignals();
                }
                if (jitSwitch.enabled && hookFlags[0] === 0) { // the JIT: count, record, or run a compiled loop
                  frame.pc = pc;
                  frame.sp = sp;
                  const status = onBackEdge(frame, runtime, arg);
                  // Compared and read whatever the status, as at the function entry.
                  const finished = status === 3; // a bridge from the loop's exit ran to the return
                  const failed = status === 2;
                  const result = pending.result as PyValue;
                  const error = pending.error;
                  if (status !== 0) {
                    if (finished) return result; // (frame.sp and the thread: driver.ts)
                    pc = frame.pc;
                    sp = frame.sp;
                    if (failed) { // unwound below without a JS throw
                      raised = error;
                      break dispatch;
                    }
                    break;
                  }
                }
                pc = arg;
                break;
              case 70 /* JUMP_FORWARD */:
              case 72 /* JUMP_BACKWARD_NO_INTERRUPT */:
                pc = arg;
                break;
              case 73 /* POP_JUMP_IF_FALSE */:
              case 74 /* POP_JUMP_IF_TRUE */:
              case 77 /* JUMP_IF_FALSE_OR_POP */:
              case 78 /* JUMP_IF_TRUE_OR_POP */: {
                // One body for the four, so that `a and b` / `a or b` (the last two), which
                // many programs first run long after the first two, meet operations that
                // have run before rather than deoptimise this function.
                const condition = stack[sp - 1]!;
                let truth = condition === true;
                if (!truth && condition !== false) {
                  frame.pc = pc; // (__bool__, __len__)
                  truth = isTrue(condition);
                }
                const jump = truth === (op === 74 || op === 78);
                if (jump) pc = arg;
                if (!jump || op < 77) sp--;
                break;
              }
              case 75 /* POP_JUMP_IF_NONE */:
                if (stack[--sp] === null) pc = arg;
                break;
              case 76 /* POP_JUMP_IF_NOT_NONE */:
                if (stack[--sp] !== null) pc = arg;
                break;

              case 79 /* RETURN_VALUE */:
                frame.sp = code.localCount;
                frame.pc = pc;
                thread.leave(frame);
                return stack[--sp]!;
              case 80 /* RETURN_GENERATOR */: {
                frame.pc = pc;
                frame.sp = sp;
                const generator = newGenerator(frame);
                thread.leave(frame);
                return generator;
              }
              case 82 /* SEND */: {
                const value = stack[--sp]!;
                const receiver = stack[sp - 1]!;
                frame.pc = pc;
                // In push mode, `yield from` a plain generator passes its values straight on.
                const result =
                  frame.consumer !== null && value === null && isPlainGenerator(receiver)
                    ? sendPushing(receiver, frame.consumer)
                    : sendTo(receiver, value);
                // Done: the result replaces the receiver, and the loop is left. Written with
                // no operation of its own on that path, which programs often first take
                // after V8 has optimized this function (TurboFan deoptimizes it, and
                // compiles it again, on an operation that has never run).
                const done = result.done;
                if (done) pc = arg;
                const at = sp - (done ? 1 : 0);
                stack[at] = result.value;
                sp = at + 1;
                break;
              }
              case 81 /* YIELD_VALUE */: {
                // Push mode: a consumer that takes the value lets the frame go on, None sent back.
                const consumer = frame.consumer;
                if (consumer !== null && hookFlags[0] === 0 && consumer(stack[sp - 1]!)) {
                  stack[sp - 1] = null;
                  break;
                }
                frame.pc = pc;
                frame.sp = sp - 1;
                frame.suspended = true;
                thread.leave(frame);
                return stack[sp - 1]!;
              }

              case 91 /* PUSH_EXC_INFO */: {
                const exception = stack[sp - 1]!;
                stack[sp - 1] = thread.handledException;
                stack[sp++] = exception;
                thread.handledException = exception as PyBaseException;
                break;
              }
              case 92 /* POP_EXCEPT */:
                thread.handledException = stack[--sp] as PyBaseException | null;
                break;
              case 93 /* RERAISE */: {
                const exception = stack[--sp]!;
                // The handler is looked up at this RERAISE; f_lineno shows the original failure.
                if (arg > 0) frame.pc = (stack[sp - arg] as number) + 1;
                raised = exception; // unwound below without a JS throw (they are costly)
                break dispatch;
              }
              case 94 /* RAISE_VARARGS */:
                sp -= arg;
                frame.pc = pc;
                raised = raiseFromStack(stack, sp, arg);
                break dispatch;
              case 95 /* CHECK_EXC_MATCH */: {
                const type = stack[sp - 1]!;
                stack[sp - 1] = exceptionMatches(stack[sp - 2]!, type);
                break;
              }

              case 255: // TRACE, outside the opcode table: a traced frame's every opcode (tracing/)
                frame.pc = pc;
                frame.sp = sp;
                activeWords = traceStep(frame);
                pc = frame.pc;
                sp = frame.sp;
                if (activeWords !== words) continue run;
                break;

              default: // out of line (eval_rare.ts)
                break generic;
            }
            continue;
          }
          // The rare opcodes, and common ones whose fast path declined: one call site.
          frame.pc = pc;
          sp = rareOp(frame, op, arg, sp, pc);
          if (hookFlags[0] !== 0 && words === code.code && rareOpCalls(op)) {
            activeWords = tracedWords(frame, pc); // the callee installed a hook
            continue run;
          }
        }
      } catch (error) {
        raised = error;
      }
      pc = unwind(frame, runtime, toPyException(raised), pc);
      if (pc < 0) break run;
      sp = frame.sp;
    }
  } catch (error) { // a failure outside the dispatch loop, or while unwinding
    thread.leave(frame);
    throw error;
  }
  thread.leave(frame);
  return undefined;
}

/**
 * `exception` escaped the instruction before `pc`: the frame's traceback
 * entry, then its handler. Returns the handler's pc, with the stack cut to
 * the handler's depth and (lasti and) the exception pushed, `frame.sp` after
 * them; or -1 when no handler covers the instruction, with the exception
 * (which a hook may replace) in `escaped`.
 */
function unwind(frame: Frame, runtime: RuntimeCode, raised: PyBaseException, pc: number): number {
  const code = frame.code;
  const stack = frame.stack;
  let exception = raised;
  const failed = pc - 1;
  if (hookFlags[0] !== 0 && takeExit()) throw exception; // a hook failed on 'return'
  const reraise = isReraise(code.code, failed);
  if (!reraise) {
    frame.pc = pc;
    addTracebackEntry(exception, frame, failed);
    if (hookFlags[0] !== 0) exception = exceptionEvent(frame, exception);
  }
  const row = handlerRow(runtime, code, failed);
  if (row < 0) {
    if (hookFlags[0] !== 0) exception = unwindEvents(frame, exception);
    escaped = exception;
    return -1;
  }
  const table = code.exceptionTable;
  let sp = code.localCount + table[row + 3]; // depths count from the stack's base
  // The handler keeps the frame's last instruction (lasti) to restore when it
  // re-raises: after a RERAISE that restored one, that one (CPython's prev_instr).
  if (table[row + 4] === 1) {
    stack[sp++] = reraise && code.code[failed << 1] === 93 && code.code[(failed << 1) + 1] > 0
      ? frame.pc - 1
      : failed;
  }
  stack[sp++] = exception;
  frame.sp = sp;
  return table[row + 2];
}

/** RERAISE, END_ASYNC_FOR and a bare `raise` re-raise without a new traceback entry, as in CPython. */
function isReraise(words: Int32Array, index: number): boolean {
  const op = words[index << 1];
  return op === 93 /* RERAISE */ || op === 86 /* END_ASYNC_FOR */ ||
    (op === 94 /* RAISE_VARARGS */ && words[(index << 1) + 1] === 0);
}
