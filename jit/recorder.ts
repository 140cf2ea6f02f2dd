/**
 * The trace recorder: runs one iteration of a hot loop, instruction by
 * instruction, and writes the IR for what it saw.
 *
 * The recorder is a small interpreter of its own for the instructions it
 * knows. For each one it does two things: it executes the instruction for
 * real on the real frame (through the same runtime helpers the eval loop
 * uses, so the program's behaviour is unchanged), and it emits IR
 * specialised to the values it just saw, with guards that check those
 * assumptions when the trace runs later. Beside the real frame it keeps an
 * abstract one: for every slot (locals, then the value stack) the IR operand
 * that holds its value, or null while the trace has not touched the slot.
 * Reading an untouched slot of the looping frame makes it a trace input,
 * typed by the value it has now (int, float or ref).
 *
 * Calls of plain Python functions are inlined: the recorder creates the
 * callee's frame for real, records its body into the same trace, and on
 * RETURN_VALUE continues in the caller. While the trace runs, such frames do
 * not exist (virtual frames); snapshots describe them so that a failing
 * guard can build them. Anything the recorder does not specialise becomes a
 * `call` of the runtime helper (a residual call), allowed in inlined frames
 * only for native callables that cannot observe the frame stack.
 *
 * Recording stops when the looping frame jumps back to the loop header (the
 * trace is closed with `jump`), or aborts — on an instruction it does not
 * handle, an inner loop, a return from the looping frame, a trace longer
 * than `trace_limit`, or an exception. An abort leaves the real frames in a
 * consistent state at the instruction where it stopped (the eval loop, or
 * `resume.ts` for inlined frames, continues there), so nothing is lost or
 * done twice.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { PyCell } from "../vm/objects/cell.ts";
import { Frame } from "../vm/runtime/frame.ts";
import { handlerRow, type RuntimeCode, runtimeCode } from "../vm/runtime/constants.ts";
import type { CodeObject } from "../vm/compiler/code.ts";
import { floatType, PyFloat } from "../vm/objects/float.ts";
import { PyFunction } from "../vm/objects/function.ts";
import { PyBoundMethod } from "../vm/runtime/bound_method.ts";
import { listType, PyList } from "../vm/objects/list.ts";
import { newTuple, PyTuple, tupleType } from "../vm/objects/tuple.ts";
import {
  enumerateType,
  PyEnumerate,
  PyZip,
  reversedType,
  zipType,
} from "../vm/runtime/types/iterator_types.ts";
import {
  arrayIterator,
  ITEMS_SEQUENCE,
  listIteratorType,
  listReverseIteratorType,
  PyIndexIterator,
  PyRangeIterator,
  reversedArrayIterator,
  tupleIteratorType,
} from "../vm/runtime/iteration.ts";
import {
  BINARY_OPERATOR_INDEX,
  FormatValueFlag,
  INPLACE_OFFSET,
  Op as Opcode,
  opName,
} from "../vm/compiler/opcodes.ts";
import { COMPARE_BY_INDEX, DUNDERS_BY_INDEX } from "../vm/runtime/operators.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { NotImplemented } from "../vm/objects/singletons.ts";
import { makeRange, PyRange, rangeIteratorOf, rangeType } from "../vm/runtime/types/range_type.ts";
import {
  cachedMethod,
  MethodEntry,
  SlotEntry,
  usesGenericGetAttribute,
  usesGenericSetAttribute,
} from "../vm/runtime/inline_cache.ts";
import { PyInstance } from "../vm/objects/instance.ts";
import {
  attributeStorage,
  getAttribute,
  isDataDescriptor,
  setAttribute,
} from "../vm/runtime/attributes.ts";
import { deleteSubscript, getSubscript, setSubscript } from "../vm/runtime/subscript.ts";
import { PyMemberDescriptor } from "../vm/objects/member.ts";
import { loadName } from "../vm/runtime/namespace.ts";
import { dictType, PyDict } from "../vm/objects/dict.ts";
import {
  dictItemIteratorType,
  dictKeyIteratorType,
  dictValueIteratorType,
  PyDictIterator,
} from "../vm/objects/dict_views.ts";
import { frozensetType, PySet, setType } from "../vm/objects/set.ts";
import { moduleType, PyModule } from "../vm/runtime/module.ts";
import { assignListSlice, listSlice, plainStrSlice } from "../vm/runtime/list_slices.ts";
import { percentPlan } from "../vm/objects/str_percent_plan.ts";
import { formatValue as formatStrOrInt } from "../vm/objects/str_format.ts";
import {
  isExactFloat,
  type MappedStorage,
  setSlot,
  slotValue,
  wantsUnboxed,
} from "../vm/objects/instance_map.ts";
import { PyBuiltinFunction, PyMethodDescriptor } from "../vm/objects/native_function.ts";
import { loadAttrMiss, loadGlobalMiss, storeAttrMiss } from "../vm/runtime/inline_cache.ts";
import { fastBinary, fastCompare } from "../vm/runtime/fast_arith.ts";
import {
  allOps,
  Const,
  floatConst,
  intConst,
  type IteratorPart,
  LoopLabel,
  type Op,
  type Operand,
  refConst,
  Snapshot,
  type SnapshotFrame,
  Trace,
  Value,
} from "./ir.ts";
import { HELPERS, makesGenerator, positionalDefaults, simplePositional } from "./helpers.ts";
import { parseIntLiteral } from "../vm/objects/int_text.ts";
import { params } from "./params.ts";
import { generatorOf, markGeneratorFrame, markGetterFrame, pendingOperator } from "./resume.ts";
import { coroutineType, generatorType, PyGenerator } from "../vm/runtime/generator.ts";
import { CodeFlag } from "../vm/compiler/code.ts";
import { hookFlags } from "../vm/runtime/tracing/hooks.ts";
import { type AccessPlan, attributePlan, foreignPlan, itemPlan } from "./foreign_calls.ts";
import { frameBlind, readsFrame } from "./frame_blind.ts";
import {
  catchesHere,
  catchRaise,
  Caught,
  type ExceptionRecorder,
  raiseAtSend,
  raisingCallees,
  Recorded,
  recordExceptionOp,
  returnedFrom,
  returnsFrom,
} from "./record_exceptions.ts";
import { callObject } from "../vm/runtime/call.ts";
import { thread } from "../vm/runtime/thread_state.ts";
import { allocatesBareInstance, construct, plainInitializer } from "../vm/runtime/call_type.ts";
import { PyType } from "../vm/objects/type.ts";
import { superLookup, superType } from "../vm/runtime/types/super_type.ts";
import { arrayType, PyArray } from "../stdlib/array_object.ts";
import { dequeType, PyDeque } from "../stdlib/collections_deque.ts";
import { propertyType, PyProperty } from "../vm/objects/descriptors.ts";
import { floatPowerInTrace } from "../vm/objects/float_arith.ts";
import { bytesType, PyBytes } from "../vm/objects/bytes.ts";
import { repeatExactBytes as repeatBytes } from "../vm/objects/bytes_sequence.ts";
import { intType, objectType, strType, typeType } from "../vm/objects/core_types.ts";
import { filledArray, holeyTaggedCopy } from "../vm/objects/array_fill.ts";
import { emptyItems } from "../vm/objects/list_items.ts";
import { mayRunPython } from "./runs_python.ts";

/**
 * Backward jumps one recording may take inside inlined generators' bodies
 * (a filter's loop going round to its next yield), unrolled.
 */
const GENERATOR_ROUNDS = 16;

/**
 * A loop of an inlined call over an exact tuple of at most UNROLLED_ITEMS
 * items (a `for f in functions:` over *args) is unrolled into the trace —
 * each item then has guards of its own, and the function stays inlined —
 * up to UNROLLED_ROUNDS rounds per recording. Longer or other loops make
 * the function a called one (loopInCallee).
 */
const UNROLLED_ITEMS = 8;
const UNROLLED_ROUNDS = 32;

/**
 * Whether `iterator` steps through a short exact tuple in a trace op, one
 * whose length the trace can count on (unrollable): a constant, a tuple the
 * trace built, or one held in a closure cell (compose's `functions`). A
 * tuple read from a data structure (a board's neighbour lists) varies from
 * one call to the next, and unrolled it would leave the trace at each other
 * length: its function is called instead.
 */
function shortTupleIterator(iterator: PyValue | undefined, operand: Operand | null): boolean {
  if (!(iterator instanceof PyIndexIterator) || stepOp(iterator) === null) return false;
  const sequence = iterator.sequence;
  if (
    !(sequence instanceof PyTuple && sequence.cls === tupleType &&
      sequence.items.length <= UNROLLED_ITEMS)
  ) return false;
  const made = operand instanceof Value ? operand.op : null;
  if (made?.name !== "seq_iter" && made?.name !== "seq_reversed") return false;
  const tuple = made.args[0];
  return tuple instanceof Const ||
    (tuple instanceof Value && (tuple.op?.name === "new_tuple" || tuple.op?.name === "getcell"));
}

/** The loopPc of a trace recorded from a function's entry (it ends with `finish`). */
export const FUNCTION_ENTRY = -1;

/** Why recording stopped without a trace. */
export class Abort {
  /**
   * `completed`: the instruction finished (the frame is already at the next one).
   * `retry`: nothing is wrong with the loop, the recorded iteration was its last one.
   */
  constructor(readonly reason: string, readonly completed = false, readonly retry = false) {}
}

/** An exception the recorded program raised while recording (the program's own, to re-raise). */
export class RecordedRaise {
  /**
   * `call`: the residual call that raised, if one did; `retry`: a callee raised
   * while inlined, and the next recording calls it (record_exceptions.ts).
   */
  constructor(readonly error: unknown, readonly call: Value | null = null, public retry = false) {}
}

interface AbstractFrame {
  readonly frame: Frame;
  readonly runtime: RuntimeCode;
  /** Operands per slot; null: untouched (the looping frame) or unbound (inlined frames). */
  readonly slots: (Operand | null)[];
  readonly func: PyFunction | null;
  /** An inlined `__init__`: the instance the caller receives when it returns. */
  readonly constructed?: { operand: Operand; value: PyValue };
  /** An inlined property getter: the attribute it stands for (SnapshotFrame.attribute). */
  readonly attribute?: { name: string; owner: Operand };
  /**
   * A generator's body inlined in the loop consuming it (enterGenerator):
   * the generator, and the slots read from its frame (gen_getlocal) with
   * the operand each read gave, which its YIELD_VALUE need not write back.
   */
  readonly generator?: { operand: Operand; loaded: Map<number, Operand> };
  /** An inlined closure guarded by its code (guard_code): its function, whose cells it reads. */
  readonly callee?: Operand;
  /** An inlined frame's own cells (co_cellvars), as MAKE_CELL made them (new_cell). */
  readonly cells?: (Operand | null)[];
  /** The frame object made for a traceback entry (SnapshotFrame.made, record_exceptions.ts). */
  made?: Operand;
}

const NULL_REF = refConst(undefined, "NULL");

/** The types whose call without arguments a trace makes as its display does: list's is new_list. */
const EMPTY_MAKERS = new Map<PyValue, string>([
  [setType, "buildSet"], // (BUILD_SET's helper)
  [dictType, "buildMap"], // (BUILD_MAP's)
]);
const NONE = refConst(null, "None");
const TRUE = refConst(true, "True");
const FALSE = refConst(false, "False");
const NOT_IMPLEMENTED = refConst(NotImplemented, "NotImplemented");

/** The ops that call into the runtime or Python code (a hook may be installed by them). */
const CALL_OPS = new Set(["call", "call_void", "call_nested", "call_direct", "call_catch"]);

/** Whether the code assigns or deletes one of its first `count` locals (its parameters). */
function rebindsParameters(code: CodeObject, count: number): boolean {
  const words = code.code;
  for (let at = 0; at < words.length; at += 2) {
    const op = words[at];
    if ((op === Opcode.STORE_FAST || op === Opcode.DELETE_FAST) && words[at + 1] < count) {
      return true;
    }
  }
  return false;
}

const loopsOfCode = new WeakMap<CodeObject, Map<number, number>>();

/**
 * The loops of a code object: each loop header (a backward jump's target)
 * with the instruction of its last backward jump, the loop's end.
 */
function loopsOf(code: CodeObject): Map<number, number> {
  let loops = loopsOfCode.get(code);
  if (loops === undefined) {
    loops = new Map();
    const words = code.code;
    for (let pc = 0; pc < words.length >> 1; pc++) {
      if (words[pc << 1] === 71 /* JUMP_BACKWARD */) loops.set(words[(pc << 1) + 1], pc);
    }
    loopsOfCode.set(code, loops);
  }
  return loops;
}

/**
 * What the inline cache would record for `obj.name` as an instance slot,
 * computed directly (the site's cache may hold other classes): the
 * attribute is in the instance's own mapped storage, access is generic, and
 * the class attribute of that name, if any, cannot take precedence.
 */
function directSlot(obj: PyValue, name: string, storing: boolean): SlotEntry | null {
  if (!(obj instanceof PyObject) || obj instanceof PyModule || obj instanceof PyType) return null;
  const storage = attributeStorage(obj);
  if (storage !== (obj as unknown as MappedStorage) || storage === null) return null;
  if (storage.map.isDictionary) return null;
  const index = storage.map.indexOf(name);
  const type = obj.cls;
  const generic = storing ? usesGenericSetAttribute(type) : usesGenericGetAttribute(type);
  const attribute = type.lookup(name);
  if (index < 0 || !generic || !(attribute === undefined || attribute instanceof PyFunction)) {
    return null;
  }
  return new SlotEntry(type, type.version, storage.map, index, null);
}

/** A method entry for `obj.name` computed directly: a Python function on the class, not shadowed. */
function directMethod(obj: PyValue, name: string): MethodEntry | null {
  if (!(obj instanceof PyObject) || obj instanceof PyModule || obj instanceof PyType) return null;
  const type = obj.cls;
  const method = type.lookup(name);
  if (
    !(method instanceof PyFunction || method instanceof PyMethodDescriptor) ||
    !usesGenericGetAttribute(type)
  ) return null;
  const storage = attributeStorage(obj);
  if (storage === null) return new MethodEntry(type, type.version, null, method, null);
  if (storage !== (obj as unknown as MappedStorage) || storage.map.isDictionary) return null;
  if (storage.map.indexOf(name) >= 0) return null; // shadowed by the instance
  return new MethodEntry(type, type.version, storage.map, method, null);
}

/**
 * The `__slots__` member descriptor `name` of a plain instance's class, when
 * attribute access on it is the generic one (so the descriptor, a data
 * descriptor, decides); else null.
 */
function memberOf(
  obj: PyValue,
  name: string,
  generic: (type: PyType) => boolean,
): PyMemberDescriptor | null {
  if (!(obj instanceof PyInstance) || (obj as { instanceStorage?: unknown }).instanceStorage) {
    return null;
  }
  const descriptor = obj.cls.lookup(name);
  return descriptor instanceof PyMemberDescriptor && generic(obj.cls) ? descriptor : null;
}

/**
 * `cls.name` of a class whose metaclass is `type` when the class's MRO
 * holds a plain Python function or a builtin method descriptor under that
 * name (and `type` has no data descriptor of it): the function itself,
 * which a class hands out unbound.
 */
function classFunction(obj: PyValue, name: string): PyFunction | PyMethodDescriptor | null {
  if (!(obj instanceof PyType) || obj.cls !== typeType) return null;
  const meta = typeType.lookup(name);
  if (meta !== undefined && isDataDescriptor(meta)) return null;
  const found = obj.lookup(name);
  // (A builtin method read through a class is itself too: `Base.__init__(self, ...)`.)
  return found instanceof PyFunction || found instanceof PyMethodDescriptor ? found : null;
}

/**
 * The getter of `obj.name` when it is an exact property with a Python
 * function as fget, on an instance whose class uses the generic
 * `__getattribute__` (a data descriptor wins over the instance's dict).
 */
function propertyGetter(obj: PyValue, name: string): PyFunction | null {
  if (!(obj instanceof PyInstance) || !usesGenericGetAttribute(obj.cls)) return null;
  // (An AttributeError from the getter would fall back to __getattr__.)
  if (obj.cls.lookup("__getattr__") !== undefined) return null;
  const descriptor = obj.cls.lookup(name);
  if (!(descriptor instanceof PyProperty) || descriptor.cls !== propertyType) return null;
  return descriptor.fget instanceof PyFunction ? descriptor.fget : null;
}

/**
 * Call sites (per code object, by pc) whose callee changes too often to be
 * inlined behind an identity or code guard (a new function per call, of
 * another code each time, say): after
 * `megamorphic_bridges` bridges from such guards the site makes a plain
 * call instead, one path for every callee.
 */
const megamorphicSites = new WeakMap<CodeObject, Set<number>>();
const identityBridges = new WeakMap<CodeObject, Map<number, number>>();

/** Counts a bridge from a guard_value or guard_code at `pc` of `code`; marks the site past the limit. */
export function countIdentityBridge(code: CodeObject, pc: number): void {
  let counts = identityBridges.get(code);
  if (counts === undefined) identityBridges.set(code, counts = new Map());
  const count = (counts.get(pc) ?? 0) + 1;
  counts.set(pc, count);
  if (count >= params.megamorphic_bridges) {
    let sites = megamorphicSites.get(code);
    if (sites === undefined) megamorphicSites.set(code, sites = new Set());
    sites.add(pc);
  }
}

/**
 * The array.array typecodes whose elements are IR values: 'd' (an unboxed
 * float) and the int codes whose items are JS numbers, with the range an
 * int must be in to be stored (outside it the interpreter raises
 * OverflowError with CPython's message).
 */
const ARRAY_ELEMENTS: Readonly<
  Record<string, { kind: "float" | "int"; low: number; high: number }>
> = {
  d: { kind: "float", low: 0, high: 0 },
  b: { kind: "int", low: -128, high: 127 },
  B: { kind: "int", low: 0, high: 255 },
  h: { kind: "int", low: -32768, high: 32767 },
  H: { kind: "int", low: 0, high: 65535 },
  i: { kind: "int", low: -(2 ** 31), high: 2 ** 31 - 1 },
  I: { kind: "int", low: 0, high: 2 ** 32 - 1 },
};

/**
 * What ARRAY_ELEMENTS says of `container[key]`, with the item's index, for
 * an exact array and an index in range; else null.
 */
function arrayElement(container: PyValue, key: PyValue) {
  if (!(container instanceof PyArray) || container.cls !== arrayType) return null;
  if (typeof key !== "number") return null;
  const index = key < 0 ? key + container.length : key;
  if (!(index >= 0 && index < container.length)) return null;
  const element = ARRAY_ELEMENTS[container.type.code];
  return element === undefined ? null : { ...element, array: container, index };
}

/**
 * Functions whose loops ran while a recording had them inlined. A loop
 * inside an inlined call cannot close there; such a function is called
 * from then on (a residual call; its own trace runs the loop), and the
 * recording that met it is retried at once. A function whose loop does not
 * run in the recorded path (a list walk that ends at once) stays inlinable.
 */
const loopingCallees = new WeakSet<CodeObject>();

/**
 * Functions a loop tree that outgrew tree_source_limit had inlined most
 * (driver.ts outgrown): called from then on, through their own traces, whose
 * trees take the bridges the outgrown one had no room for (PyPy, past
 * trace_limit, stops inlining the biggest function the same way).
 */
export const outgrownCallees = new WeakSet<CodeObject>();

/**
 * Functions whose `gen.send(x)`, inside a `try` of theirs, a recording met
 * inlined (sendCall): the StopIteration of a generator that returns could
 * not be caught in their virtual frame. Called from then on (callPython,
 * through their own traces, which catch it: record_exceptions.ts raiseAtSend).
 */
const catchingSenders = new WeakSet<CodeObject>();

function loopInCallee(code: CodeObject): Abort {
  loopingCallees.add(code);
  return new Abort(`a loop in ${code.co_name}, inlined: it will be called`, false, true);
}

/** The op that reads the length of `value`: a str in plain form, an exact list, tuple, dict, set, deque. */
function lengthOp(value: PyValue | undefined): string | null {
  if (typeof value === "string") return "str_len";
  if (!(value instanceof PyObject)) return null;
  const cls = value.cls;
  if (cls === listType) return "list_len";
  if (cls === tupleType) return "tuple_len";
  if (cls === dictType) return "dict_len";
  if (cls === dequeType) return "deque_len";
  return cls === setType || cls === frozensetType ? "set_len" : null;
}

/** How int(), math.floor() and math.ceil() round a float (the op, then float_to_int), or undefined. */
function roundingOf(
  callable: PyValue,
): { round: (x: number) => number; op: string | null } | undefined {
  if (callable === intType) return { round: Math.trunc, op: null };
  if (
    !(callable instanceof PyBuiltinFunction) || callable.module !== "math" ||
    callable.self !== undefined
  ) return undefined;
  if (callable.name === "floor") return { round: Math.floor, op: "float_floor" };
  return callable.name === "ceil" ? { round: Math.ceil, op: "float_ceil" } : undefined;
}

/** Whether `callee` is the builtin function `name` (builtins.len, ...). */
function isBuiltinNamed(callee: PyValue, name: string): boolean {
  return callee instanceof PyBuiltinFunction && callee.name === name &&
    callee.self === undefined && (callee.module ?? "builtins") === "builtins";
}

function describeCallee(callee: PyValue | undefined): string {
  if (callee instanceof PyFunction) return `Python function ${callee.qualname}`;
  if (callee instanceof PyBuiltinFunction) return `${callee.module ?? "builtins"}.${callee.name}`;
  return callee === undefined ? "a helper" : `a ${(callee as PyObject).cls?.name} object`;
}

const NO_SLOTS: ReadonlySet<number> = new Set();

/** The kind of input a trace makes for a local holding `value`. */
function inputKind(value: PyValue): "int" | "float" | "ref" {
  if (typeof value === "number") return "int";
  return value instanceof PyFloat && value.cls === floatType ? "float" : "ref";
}

export class Recorder {
  readonly trace: Trace;
  private readonly frames: AbstractFrame[] = [];
  private readonly helperConsts = new Map<string, Const>();
  private readonly refConsts = new Map<unknown, Const>();
  /** The instruction being recorded and the snapshot of the state before it. */
  private pc = 0;
  /** A function's trace: the value its recording returned (the frame returns it). */
  finished: PyValue | undefined = undefined;
  /** A loop's first recording has left the loop (leftTheLoop) and goes on to the return. */
  private pastTheLoop = false;
  /** The loop header where a function's trace ended (enter_loop), or -1. */
  enteredLoop = -1;
  private before: Snapshot | null = null;
  private startSp = 0;
  private startSlots: (Operand | null)[] = [];
  /** Every snapshot made, for the inputs added when the loop closes. */
  private readonly snapshots: Snapshot[] = [];

  /** For a bridge: the loop's trace, and the slots as the failing guard's snapshot has them. */
  private readonly trunk: Trace | null;
  /** The labels (loops of a function's trace) around the recording, innermost last. */
  private readonly labels: Op[] = [];
  /** Whether the recording ended with a `jump` (a loop closed): the frame is at its header. */
  closed = false;
  /** A residual call was recorded since the last instruction began (see record()). */
  private hooksMayChange = false;
  /** The trace's length when the version of a class holding the function was guarded. */
  private readonly versionedAt = new Map<PyFunction, number>();
  /** Backward jumps taken in inlined generators' bodies (GENERATOR_ROUNDS at most). */
  private generatorRounds = 0;
  /** Rounds of short tuple loops unrolled in inlined frames (UNROLLED_ROUNDS at most). */
  private unrolledRounds = 0;
  /** Values a `new_range` made, with its start, stop and step (GET_ITER reads them). */
  private readonly rangeBounds = new Map<Value, Operand[]>();

  /**
   * A recorder for the loop at `loopPc` of `loopFrame`, or — given the
   * loop's trace and a guard's snapshot — for a bridge from that guard: the
   * frame is then in the state the snapshot describes, and the abstract
   * slots start as the snapshot's operands (values of the loop's trace, in
   * scope where the bridge runs). A slot the loop never touched is read from
   * the frame (`getlocal`). `refSlots`: slots whose input is a ref whatever
   * number they hold now (driver.ts LoopState.refSlots).
   */
  constructor(
    readonly loopFrame: Frame,
    readonly loopPc: number,
    bridge: { trunk: Trace; snapshot: Snapshot; frames: Frame[]; labels: Op[] } | null = null,
    private readonly refSlots: ReadonlySet<number> = NO_SLOTS,
  ) {
    this.trace = new Trace(loopFrame.code, loopPc);
    this.trunk = bridge?.trunk ?? null;
    if (bridge === null) {
      const slots = filledArray<Operand | null>(loopFrame.fast.length, null);
      this.frames.push({
        frame: loopFrame,
        runtime: runtimeCode(loopFrame.code),
        slots,
        func: null,
      });
      return;
    }
    this.labels.push(...bridge.labels);
    // The snapshot's frames (the looping one, then frames of inlined calls).
    this.trace.reserve(bridge.trunk.valueCount - 1);
    bridge.snapshot.frames.forEach((entry, depth) => {
      const frame = bridge.frames[depth];
      const slots: (Operand | null)[] = filledArray(frame.fast.length, null);
      entry.slots.forEach((slot, i) => slots[i] = slot === null ? null : this.materialized(slot));
      const constructed = entry.constructed === null
        ? undefined
        : { operand: this.materialized(entry.constructed), value: frame.constructed! };
      this.frames.push({
        frame,
        runtime: runtimeCode(frame.code),
        slots,
        func: entry.func,
        constructed,
        attribute: entry.attribute === undefined
          ? undefined
          : { name: entry.attribute.name, owner: this.materialized(entry.attribute.owner) },
        generator: entry.generator === undefined
          ? undefined
          : { operand: this.materialized(entry.generator), loaded: new Map() },
        callee: entry.callee === undefined ? undefined : this.materialized(entry.callee),
        cells: entry.cells?.map((cell) => (cell === null ? null : this.materialized(cell))),
        made: entry.made === undefined ? undefined : this.materialized(entry.made),
      });
    });
  }

  private readonly materializations = new Map<Value, Value>();

  /**
   * A snapshot operand as a bridge may use it: the value of a sunk op of
   * the trunk (which ran nowhere) is computed at the bridge's start.
   */
  private materialized(operand: Operand): Operand {
    if (!(operand instanceof Value) || operand.op === null || !operand.op.sunk) return operand;
    let value = this.materializations.get(operand);
    if (value === undefined) {
      const op = operand.op;
      value = this.trace.emit(op.name, op.args.map((arg) => this.materialized(arg)), op.immediate)!;
      this.materializations.set(operand, value);
    }
    return value;
  }

  /**
   * Records until the loop closes. Throws Abort (state consistent at the
   * current instruction of the innermost frame) or RecordedRaise (the program
   * raised: the frames are at the raising instruction).
   */
  record(): Trace {
    const trace = this.recordSteps();
    if (this.trunk === null && this.loopPc === FUNCTION_ENTRY) {
      // A function's trace: a snapshot that finds an argument's slot untouched
      // names the argument's input, which holds that value from the entry on.
      // Its exits then carry it, and a bridge from one reads no frame for it
      // (a tree whose bridges read the frame cannot run frameless).
      const inputOf = new Map<number, Value>();
      trace.inputs.forEach((input, i) => inputOf.set(trace.inputSlots[i], input));
      this.parametersAsInputs(inputOf);
      this.snapshotsNameInputs(inputOf, Infinity);
    }
    return trace;
  }

  /**
   * A function's trace takes each parameter as an input, also one the
   * recorded path never read (a ref: no entry check): bridges recorded from
   * its exits then read such a parameter from the exit's values, not from
   * the frame. raytrace's `trace(self, ray, depth)` was recorded on a path
   * that returned before reading `depth`; the bridges read it from the frame,
   * so its tree needed one, and its 240,000 calls a run from other traces
   * each made a Frame instead of running frameless. (Not for code with
   * cells: its parameters may live in cells, and it runs with frames.)
   */
  private parametersAsInputs(inputOf: Map<number, Value>): void {
    const code = this.loopFrame.code;
    if (code.cellCount > 0) return;
    const parameters = code.co_argcount + code.co_kwonlyargcount;
    for (let slot = 0; slot < parameters; slot++) {
      if (inputOf.has(slot) || this.loopFrame.fast[slot] === undefined) continue;
      inputOf.set(slot, this.trace.addInput("ref", slot));
    }
  }

  private recordSteps(): Trace {
    const top = () => this.frames[this.frames.length - 1];
    for (let steps = 0;; steps++) {
      if (this.trace.ops.length > params.trace_limit) throw new Abort("trace too long");
      const abstract = top();
      const frame = abstract.frame;
      // (Traced and profiled code runs in the interpreter, hooks.ts.)
      if (hookFlags[0] !== 0) throw new Abort("a trace or profile hook was installed");
      this.pc = frame.pc;
      this.before = null;
      this.startSp = frame.sp;
      this.startSlots = abstract.slots.slice(0, frame.sp);
      if (this.hooksMayChange) {
        // The residual call just made may have installed a hook: the trace leaves
        // before this instruction if it did.
        this.hooksMayChange = false;
        this.emitVoid("guard_no_hooks", []);
      }
      if (
        this.trunk !== null && steps > 0 && this.frames.length === 1 && frame.pc === this.loopPc
      ) {
        // A bridge arriving at the loop's header (round an outer loop, say) ends there.
        this.closeBridge(this.trunk);
        return this.trace;
      }
      const words = frame.code.code;
      if (
        this.frames.length === 1 && frame.pc !== this.loopPc && loopsOf(frame.code).has(frame.pc)
      ) {
        // At the header of a loop other than the trace's own (an inner loop, or
        // any loop of a function's trace): back at a loop the trace runs (jump
        // to its label), or at a new one — a label, or past the nesting limit
        // the loop's own trace (a function's), an abort (a loop's), or on round
        // the loop (a bridge's).
        const label = this.labels.findLast((label) => label.immediate === frame.pc);
        if (label !== undefined) {
          if (steps > 0) { // (a bridge starting at the header records its first instruction)
            this.closeToLabel(label);
            return this.trace;
          }
        } else if (this.labels.length < params.loop_nesting) {
          this.placeLabel(frame.pc);
          // (The instruction's snapshot, if one was made, is of the state before the label.)
          this.before = null;
          this.startSlots = abstract.slots.slice(0, frame.sp);
        } else if (this.loopPc === FUNCTION_ENTRY) {
          this.emitVoid("enter_loop", [], frame.pc);
          this.enteredLoop = frame.pc;
          return this.trace;
        } else if (this.trunk === null) throw new Abort("inner loop");
      }
      const op = words[frame.pc << 1];
      const arg = words[(frame.pc << 1) + 1];
      try {
        if (steps > 0 && !this.pastTheLoop && this.leftTheLoop(frame)) {
          // The loop ended in the iteration recorded (a short `while todo:`): the trace goes
          // on to the function's return, straight-line (PyPy's done-with-this-frame); a
          // later iteration leaves at the loop's test, and its bridge comes round to here.
          this.pastTheLoop = true;
        }
        if (
          this.pastTheLoop && (op === 71 /* JUMP_BACKWARD */ || loopsOf(frame.code).has(frame.pc))
        ) {
          throw new Abort("the loop ended in the iteration recorded", false, true);
        }
        if (this.step(abstract, op, arg)) return this.trace;
      } catch (error) {
        if (error instanceof Abort && !error.completed) {
          // Nothing of the instruction happened: the interpreter runs it.
          frame.sp = this.startSp;
          frame.pc = this.pc;
        }
        if (error instanceof RecordedRaise) {
          // Caught by the looping frame: the recording goes on at the handler.
          const caught = catchRaise(this.internals(), error.error, error.call);
          if (caught === Caught.Yes) continue;
          error.retry = caught === Caught.Retry; // (the callee is called from now on)
          // The program's exception, raised by this instruction of the innermost frame.
          this.top().frame.pc = this.pc + 1;
        }
        throw error;
      }
    }
  }

  /**
   * Whether the looping frame of a loop's first recording is now outside
   * the loop (between its header and its last back-edge): the loop ended.
   */
  private leftTheLoop(frame: Frame): boolean {
    if (this.trunk !== null || this.loopPc < 0 || this.frames.length !== 1) return false;
    const end = loopsOf(frame.code).get(this.loopPc) ?? this.loopPc;
    return frame.pc < this.loopPc || frame.pc > end;
  }

  /** This recorder as record_exceptions.ts sees it (its members, private here). */
  private internals(): ExceptionRecorder {
    return this as unknown as ExceptionRecorder;
  }

  /** The real frames, outermost first (for resuming after an abort). */
  realFrames(): Frame[] {
    return this.frames.map((abstract) => abstract.frame);
  }

  // ---------------------------------------------------------------- state

  private top(): AbstractFrame {
    return this.frames[this.frames.length - 1];
  }

  private ref(value: unknown, name?: string): Const {
    let constant = this.refConsts.get(value);
    if (constant === undefined) {
      constant = refConst(value, name);
      this.refConsts.set(value, constant);
    }
    return constant;
  }

  private helper(name: string): Const {
    let constant = this.helperConsts.get(name);
    if (constant === undefined) {
      constant = refConst(HELPERS[name], name);
      this.helperConsts.set(name, constant);
    }
    return constant;
  }

  /** The operand of slot `slot` of `abstract` (making a trace input for an untouched one). */
  private read(abstract: AbstractFrame, slot: number): Operand {
    const known = abstract.slots[slot];
    if (known !== null) return known;
    const generator = abstract.generator;
    if (generator !== undefined) { // a generator's frame: its slots live there between resumes
      const loaded = this.emit("gen_getlocal", [generator.operand], slot);
      abstract.slots[slot] = loaded;
      generator.loaded.set(slot, loaded);
      return loaded;
    }
    if (abstract !== this.frames[0]) return NULL_REF; // unbound in an inlined frame
    const value = abstract.frame.fast[slot];
    if (value === undefined) throw new Abort("unbound local at loop entry");
    if (this.trunk !== null) { // a bridge: the frame holds what the loop never touched
      const local = this.emit("getlocal", [], slot);
      abstract.slots[slot] = local;
      return local;
    }
    const kind = this.refSlots.has(slot) || this.defaultOfOtherKind(slot, inputKind(value))
      ? "ref"
      : inputKind(value);
    const input = this.trace.addInput(kind, slot);
    abstract.slots[slot] = input;
    return input;
  }

  /**
   * Whether `slot` of a function's trace is a positional parameter whose
   * default is not of `kind` (`def step(self, value=None)` called with an
   * int): calls that leave it out bring that default, and would fail the
   * entry check of an int or float input.
   */
  private defaultOfOtherKind(slot: number, kind: string): boolean {
    const func = this.loopFrame.func;
    if (kind === "ref" || this.loopPc !== FUNCTION_ENTRY || func?.defaults == null) return false;
    const defaults = func.defaults.items;
    const index = slot - (func.code.co_argcount - defaults.length);
    return index >= 0 && index < defaults.length && inputKind(defaults[index]) !== kind;
  }

  private push(abstract: AbstractFrame, operand: Operand, value: PyValue | undefined): void {
    const frame = abstract.frame;
    abstract.slots[frame.sp] = operand;
    frame.fast[frame.sp++] = value;
  }

  private pop(abstract: AbstractFrame): Operand {
    const frame = abstract.frame;
    frame.sp--;
    return this.read(abstract, frame.sp);
  }

  private peek(abstract: AbstractFrame, depth: number): Operand {
    return this.read(abstract, abstract.frame.sp - depth);
  }

  private concrete(abstract: AbstractFrame, depth: number): PyValue {
    return abstract.frame.fast[abstract.frame.sp - depth]!;
  }

  /** The state before the current instruction (computed once per instruction). */
  private snapshot(): Snapshot {
    if (this.before !== null) return this.before;
    const frames: SnapshotFrame[] = this.frames.map((abstract, index) => {
      const frame = abstract.frame;
      const isTop = index === this.frames.length - 1;
      return {
        code: frame.code,
        func: abstract.func,
        pc: isTop ? this.pc : frame.pc,
        sp: isTop ? this.startSp : frame.sp,
        slots: isTop ? this.startSlots.slice() : abstract.slots.slice(0, frame.sp),
        constructed: abstract.constructed?.operand ?? null,
        attribute: abstract.attribute,
        generator: abstract.generator?.operand,
        callee: abstract.callee,
        cells: abstract.cells?.slice(),
        made: abstract.made,
      };
    });
    this.before = new Snapshot(frames);
    this.snapshots.push(this.before);
    return this.before;
  }

  // ------------------------------------------------------------- emitting

  private emit(name: string, args: Operand[], immediate = 0): Value {
    if (CALL_OPS.has(name)) this.hooksMayChange = true;
    const info = this.trace.emit(name, args, immediate, null);
    const op = this.trace.ops[this.trace.ops.length - 1];
    if (op.info.guard || op.info.raises) op.snapshot = this.snapshot();
    // (Until the site that knows the values says otherwise: runs_python.ts.)
    if (name === "call" || name === "call_void") op.runsPython = true;
    return info!;
  }

  private emitVoid(name: string, args: Operand[], immediate = 0): void {
    this.emit(name, args, immediate);
  }

  /** The op emitted last. */
  private lastOp(): Op {
    return this.trace.ops[this.trace.ops.length - 1];
  }

  /** The operand as a ref (boxing an unboxed float). */
  private asRef(operand: Operand): Operand {
    if (operand.kind !== "float") return operand;
    if (operand instanceof Const) return this.ref(new PyFloat(operand.value as number));
    return this.emit("box_float", [operand]);
  }

  /** The operand as an int, guarding a ref. */
  private asInt(operand: Operand): Operand {
    if (operand.kind === "int") return operand;
    if (operand instanceof Const) return intConst(operand.value as number);
    return this.emit("guard_int", [operand]);
  }

  /** A str operand guarded to be in plain form (a JS string). */
  private plainStr(operand: Operand): Operand {
    if (!(operand instanceof Const)) this.emitVoid("guard_str", [operand]);
    return operand;
  }

  /** A dict key the trace passes as is: an int, or a str (guarded to stay one). */
  private keyOperand(operand: Operand, key: number | string): Operand {
    return typeof key === "number" ? this.asInt(operand) : this.plainStr(operand);
  }

  /** An int or bool operand as the int it counts as in arithmetic. */
  private asCountedInt(operand: Operand, value: PyValue): Operand {
    if (typeof value !== "boolean") return this.asInt(operand);
    if (operand instanceof Const) return intConst(operand.value ? 1 : 0);
    return this.emit("guard_bool_int", [operand]);
  }

  /** The operand as an unboxed float, guarding a ref or converting an int. */
  private asFloat(operand: Operand, value: PyValue): Operand {
    if (operand.kind === "float") return operand;
    if (typeof value === "number") {
      const int = this.asInt(operand);
      return int instanceof Const
        ? floatConst(int.value as number)
        : this.emit("int_to_float", [int]);
    }
    if (operand instanceof Const) return floatConst((operand.value as PyFloat).value);
    return this.emit("guard_float", [operand]);
  }

  private guardClass(operand: Operand, value: PyObject): void {
    if (operand instanceof Const) return;
    this.emitVoid("guard_class", [operand, this.ref(value.cls, value.cls.name)]);
  }

  private constantFor(value: PyValue): Operand {
    if (typeof value === "number") return intConst(value);
    if (value instanceof PyFloat && value.cls === floatType) return floatConst(value.value);
    if (value === null) return NONE;
    if (value === true) return TRUE;
    if (value === false) return FALSE;
    return this.ref(value);
  }

  /** A residual call of a helper; executes it for real (exceptions: RecordedRaise). */
  private residual(
    abstract: AbstractFrame,
    name: string,
    args: Operand[],
    values: unknown[],
    callee?: PyValue,
  ): { operand: Value; value: PyValue } {
    // A Python function called from an inlined frame: the frames above it are
    // virtual, so the call counts them for the recursion limit (call_nested).
    const virtual = abstract === this.frames[0] ? 0 : this.frames.length - 1;
    const pythonCall = callee instanceof PyFunction &&
      (name === "callPython" || name === "call" || name === "makeGenerator");
    if (virtual > 0 && !frameBlind(callee) && !pythonCall) {
      throw new Abort(`residual ${name} of ${describeCallee(callee)} in an inlined frame`);
    }
    if (callee instanceof PyBuiltinFunction && readsFrame(callee)) {
      // locals(), eval(), ... read the frame's locals, which live in the trace's variables.
      throw new Abort(`${callee.name}() reads the frame`);
    }
    const refs = args.map((a) => this.asRef(a));
    const nested = virtual > 0 && pythonCall;
    // (callPython's arguments: the function, then its positional arguments.)
    const operand = nested
      ? this.emit("call_nested", [this.helper(name), ...refs], virtual)
      : name === "callPython"
      ? this.emit("call_direct", refs)
      : this.emit("call", [this.helper(name), ...refs]);
    if (name !== "callPython") {
      // (A generator's frame runs later, when it is iterated: making it runs nothing.)
      operand.op!.runsPython = name === "makeGenerator"
        ? false
        : pythonCall || mayRunPython(name, values);
    }
    let value: PyValue;
    if (nested) thread.depth += virtual;
    // Python code the call runs sees the inlined frames as its callers, as it will from the trace.
    const caller = thread.current;
    if (nested || (virtual > 0 && operand.op!.runsPython)) {
      thread.current = this.linkInlinedFrames();
    }
    try {
      this.syncForCall(abstract);
      value = (HELPERS[name] as (...a: unknown[]) => PyValue)(...values);
    } catch (error) {
      throw new RecordedRaise(error, operand);
    } finally {
      if (nested) thread.depth -= virtual;
      thread.current = caller;
    }
    returnedFrom(this.internals(), abstract, operand); // (inside a try: record_exceptions.ts)
    return { operand, value };
  }

  /**
   * The inlined frames chained through `back` under the looping frame, as
   * virtual_frames.ts links them when something looks: the innermost.
   */
  private linkInlinedFrames(): Frame {
    for (let depth = 1; depth < this.frames.length; depth++) {
      this.frames[depth].frame.back = this.frames[depth - 1].frame;
    }
    return this.frames[this.frames.length - 1].frame;
  }

  /** Makes the real frame's pc right for a helper that raises or looks at f_lineno. */
  private syncForCall(abstract: AbstractFrame): void {
    abstract.frame.pc = this.pc + 1;
  }

  // ----------------------------------------------------------- instructions

  /** Records one instruction of `abstract`'s frame; true when the loop closed. */
  private step(abstract: AbstractFrame, op: number, arg: number): boolean {
    const frame = abstract.frame;
    const next = () => {
      frame.pc = this.pc + 1;
    };
    switch (op) {
      case 0 /* NOP */:
      case 1 /* RESUME */:
        break;
      case 2 /* POP_TOP */:
        this.pop(abstract);
        break;
      case 3 /* PUSH_NULL */:
        this.push(abstract, NULL_REF, undefined);
        break;
      case 4 /* COPY */:
        this.push(abstract, this.peek(abstract, arg), this.concrete(abstract, arg));
        break;
      case 5 /* SWAP */: {
        const a = this.peek(abstract, 1), b = this.peek(abstract, arg);
        const va = this.concrete(abstract, 1), vb = this.concrete(abstract, arg);
        abstract.slots[frame.sp - 1] = b;
        abstract.slots[frame.sp - arg] = a;
        frame.fast[frame.sp - 1] = vb;
        frame.fast[frame.sp - arg] = va;
        break;
      }
      case 6 /* LOAD_CONST */: {
        const value = abstract.runtime.consts[arg];
        this.push(abstract, this.constantFor(value), value);
        break;
      }
      case 7 /* LOAD_FAST */: {
        const value = frame.fast[arg];
        if (value === undefined) throw new Abort("unbound local");
        this.push(abstract, this.read(abstract, arg), value);
        break;
      }
      case 8 /* STORE_FAST */: {
        const operand = this.pop(abstract);
        abstract.slots[arg] = operand;
        frame.fast[arg] = frame.fast[frame.sp];
        break;
      }
      case 17 /* LOAD_NAME */:
        this.loadName(abstract, arg);
        break;
      case 18 /* STORE_NAME */:
        this.storeName(abstract, arg);
        break;
      case 21 /* STORE_GLOBAL */:
        this.storeGlobal(abstract, arg);
        break;
      case 20 /* LOAD_GLOBAL */:
        this.loadGlobal(abstract, arg);
        break;
      case 23 /* LOAD_ATTR */:
        // (A traceback's frame may be the looping frame, whose locals live in the trace.)
        if (frame.code.co_names[arg] === "tb_frame") throw new Abort("a traceback's frame");
        this.loadAttr(abstract, arg);
        break;
      case 25 /* STORE_ATTR */:
        this.storeAttr(abstract, arg);
        break;
      case 24 /* LOAD_METHOD */:
        this.loadMethod(abstract, arg);
        break;
      case 9 /* DELETE_FAST */:
        if (frame.fast[arg] === undefined) throw new Abort("unbound local");
        abstract.slots[arg] = NULL_REF;
        frame.fast[arg] = undefined;
        break;
      case 10 /* MAKE_CELL */: {
        // At a function trace's start, or of an inlined frame (a cell the trace makes).
        const parameter = frame.code.cellParameterIndex[arg];
        const initial = parameter >= 0 ? this.asRef(this.read(abstract, parameter)) : NULL_REF;
        if (abstract === this.frames[0]) this.emitVoid("make_cell", [initial], arg);
        else if (abstract.cells !== undefined) {
          abstract.cells[arg] = this.emit("new_cell", [initial]);
        } else throw new Abort("cell in an inlined frame");
        frame.cells[arg] = new PyCell(parameter >= 0 ? frame.fast[parameter] : undefined);
        break;
      }
      case 11 /* COPY_FREE_VARS */: {
        const closure = frame.func!.closure!;
        const offset = frame.code.co_cellvars.length;
        if (abstract === this.frames[0]) {
          this.emitVoid("copy_free_vars", [intConst(offset), intConst(arg)]);
        } // (an inlined frame's cells are the guarded function's: constants)
        for (let i = 0; i < arg; i++) frame.cells[offset + i] = closure[i];
        break;
      }
      case 13 /* LOAD_DEREF */: {
        const value = frame.cells[arg].contents;
        if (value === undefined) throw new Abort("unbound cell");
        const cell = this.cellOperand(abstract, arg);
        const contents = this.emit("getcell", [cell]);
        this.emitVoid("guard_nonnull", [contents]);
        this.push(abstract, contents, value);
        break;
      }
      case 15 /* STORE_DEREF */: {
        const value = this.concrete(abstract, 1);
        const cell = this.cellOperand(abstract, arg);
        const operand = this.pop(abstract);
        this.emitVoid("setcell", [cell, this.asRef(operand)]);
        frame.cells[arg].contents = value;
        break;
      }
      case 54 /* UNPACK_EX */: {
        if (this.unpackKnownTuple(abstract, arg & 0xff, arg >> 8)) break;
        if (this.unpackList(abstract, arg & 0xff, arg >> 8)) break;
        const value = this.concrete(abstract, 1);
        const sequence = this.pop(abstract);
        const before = arg & 0xff, after = arg >> 8;
        const result = this.residual(
          abstract,
          "unpackEx",
          [sequence, intConst(before), intConst(after)],
          [value, before, after],
        );
        const items = (result.value as PyTuple).items;
        for (let i = items.length - 1; i >= 0; i--) {
          this.push(abstract, this.emit("tuple_getitem", [result.operand], i), items[i]);
        }
        break;
      }
      case 58 /* CALL_FUNCTION_EX */: {
        const kwargs = arg & 1 ? this.concrete(abstract, 1) : undefined;
        const kwOperand = arg & 1 ? this.pop(abstract) : NULL_REF;
        const positional = this.concrete(abstract, 1);
        const positionalOperand = this.pop(abstract);
        this.pop(abstract); // the NULL
        const callable = this.concrete(abstract, 1);
        const callee = this.pop(abstract);
        const result = this.residual(
          abstract,
          "callWithStar",
          [callee, positionalOperand, kwOperand],
          [callable, positional, kwargs],
          callable,
        );
        this.push(abstract, result.operand, result.value);
        break;
      }
      case 88 /* BEFORE_WITH */: {
        const manager = this.concrete(abstract, 1);
        if (this.inlineEnter(abstract, manager)) return false;
        const operand = this.pop(abstract);
        const result = this.residual(abstract, "beforeWith", [operand], [manager]);
        const [exit, entered] = (result.value as PyTuple).items;
        this.push(abstract, this.emit("tuple_getitem", [result.operand], 0), exit);
        this.push(abstract, this.emit("tuple_getitem", [result.operand], 1), entered);
        break;
      }
      case 12 /* LOAD_CLOSURE */:
        this.push(abstract, this.cellOperand(abstract, arg), frame.cells[arg]);
        break;
      case 59 /* MAKE_FUNCTION */: {
        // The function takes the frame's namespaces: the looping frame's, or an inlined
        // function's (constants: its identity or its code and namespaces are guarded).
        const parts: Operand[] = [];
        const values: (PyValue | undefined)[] = [];
        const code = this.concrete(abstract, 1);
        const codeOperand = this.pop(abstract);
        for (const flag of [8, 4, 2, 1]) { // closure, annotations, kwdefaults, defaults
          if (arg & flag) {
            values.unshift(this.concrete(abstract, 1));
            parts.unshift(this.asRef(this.pop(abstract)));
          } else {
            values.unshift(undefined);
            parts.unshift(NULL_REF);
          }
        }
        const result = abstract === this.frames[0]
          ? this.residual(
            abstract,
            "makeFunction",
            [this.emit("frame_ref", []), codeOperand, ...parts],
            [frame, code, ...values],
          )
          : this.residual(
            abstract,
            "makeFunctionIn",
            [
              this.ref(frame.globals, "globals"),
              this.ref(frame.builtins, "builtins"),
              codeOperand,
              ...parts,
            ],
            [frame.globals, frame.builtins, code, ...values],
          );
        this.push(abstract, result.operand, result.value);
        break;
      }
      case 53 /* UNPACK_SEQUENCE */:
        this.unpackSequence(abstract, arg);
        break;
      case 40 /* BUILD_SET */:
        this.residualFromStack(abstract, "buildSet", arg);
        break;
      case 41 /* BUILD_MAP */:
        this.residualFromStack(abstract, "buildMap", 2 * arg);
        break;
      case 42 /* BUILD_CONST_KEY_MAP */:
        this.residualFromStack(abstract, "buildConstKeyMap", arg + 1);
        break;
      case 44 /* BUILD_SLICE */:
        if (this.fusedSlice(abstract, arg)) return false;
        this.residualFromStack(abstract, "buildSlice", arg);
        break;
      case 52 /* LIST_TO_TUPLE */:
        this.residualFromStack(abstract, "listToTuple", 1);
        break;
      case 46 /* SET_ADD */:
      case 47 /* MAP_ADD */:
      case 48 /* LIST_EXTEND */: {
        const count = op === 47 ? 2 : 1;
        const values = frame.fast.slice(frame.sp - count, frame.sp) as PyValue[];
        const operands: Operand[] = [];
        for (let i = 0; i < count; i++) operands.unshift(this.pop(abstract));
        const target = this.peek(abstract, arg), targetValue = this.concrete(abstract, arg);
        const name = op === 46 ? "setAdd" : op === 47 ? "mapAdd" : "listExtend";
        this.residualVoid(abstract, name, [target, ...operands], [targetValue, ...values]);
        break;
      }
      case 50 /* DICT_UPDATE */:
      case 51 /* DICT_MERGE */: {
        // ({**m}, f(**m): the dict being built is `arg` below the mapping; for
        // DICT_MERGE the callable, named by its errors, three further down.)
        const mapping = this.concrete(abstract, 1);
        const operand = this.pop(abstract);
        const target = this.peek(abstract, arg), targetValue = this.concrete(abstract, arg);
        if (op === 50) {
          this.residualVoid(abstract, "dictUpdate", [target, operand], [targetValue, mapping]);
        } else {
          const callable = this.peek(abstract, arg + 3);
          const callableValue = this.concrete(abstract, arg + 3);
          this.residualVoid(abstract, "dictMerge", [target, operand, callable], [
            targetValue,
            mapping,
            callableValue,
          ]);
        }
        break;
      }
      case 57 /* CALL_KW */: {
        const kwnames = this.concrete(abstract, 1);
        const kwOperand = this.pop(abstract);
        const base = frame.sp - arg;
        const callable = frame.fast[base - 2]!;
        const selfValue = frame.fast[base - 1];
        const operands: Operand[] = [this.read(abstract, base - 2), kwOperand];
        const values: PyValue[] = [callable, kwnames];
        for (let i = selfValue === undefined ? 0 : -1; i < arg; i++) {
          operands.push(this.read(abstract, base + i));
          values.push(frame.fast[base + i]!);
        }
        frame.sp = base - 2;
        const result = this.residual(abstract, "callKw", operands, values, callable);
        this.push(abstract, result.operand, result.value);
        break;
      }
      case 77 /* JUMP_IF_FALSE_OR_POP */:
      case 78 /* JUMP_IF_TRUE_OR_POP */: {
        const value = this.concrete(abstract, 1);
        const operand = this.peek(abstract, 1);
        const truth = this.truth(abstract, { target: arg, jumpIf: op === 78, keepOnJump: true });
        if (truth === (op === 78)) {
          this.push(abstract, operand, value);
          frame.pc = arg;
        } else next();
        return false;
      }
      case 27 /* BINARY_SUBSCR */:
        this.binarySubscr(abstract);
        break;
      case 29 /* DELETE_SUBSCR */:
        this.deleteSubscr(abstract);
        break;
      case 28 /* STORE_SUBSCR */:
        this.storeSubscr(abstract);
        break;
      case 30 /* BINARY_OP */:
        this.binaryOp(abstract, arg);
        break;
      case 31 /* COMPARE_OP */:
        this.compareOp(abstract, arg);
        break;
      case 32 /* IS_OP */: {
        const right = this.concrete(abstract, 1), left = this.concrete(abstract, 2);
        const b = this.pop(abstract), a = this.pop(abstract);
        const result = (left === right) !== (arg === 1);
        if (a.kind === "float" || b.kind === "float") {
          // An unboxed float has no identity to compare; against anything that is
          // not a float (None, say) the answer is known.
          if (a.kind === "float" && b.kind === "float") throw new Abort("`is` on two floats");
          const other = a.kind === "float" ? right : left;
          if (other instanceof PyFloat) throw new Abort("`is` on floats");
          this.push(abstract, arg === 1 ? TRUE : FALSE, result);
        } else this.push(abstract, this.emit(arg === 1 ? "is_not" : "is", [a, b]), result);
        break;
      }
      case 33 /* CONTAINS_OP */: {
        const container = this.concrete(abstract, 1), item = this.concrete(abstract, 2);
        const b = this.pop(abstract), a = this.pop(abstract);
        if (
          ((container instanceof PySet &&
            (container.cls === setType || container.cls === frozensetType)) ||
            (container instanceof PyDict && container.cls === dictType)) &&
          (typeof item === "number" || (typeof item === "string" && a instanceof Const))
        ) {
          // An int or constant str key of an exact set or dict: its hash cannot fail.
          this.guardClass(b, container);
          const key = typeof item === "number" ? this.asInt(a) : a;
          const found = container.has(item);
          this.push(abstract, this.emit("has_key", [b, key], arg), found !== (arg === 1));
          break;
        }
        if (typeof container === "string" && typeof item === "string") {
          // A substring test of strs in plain form.
          const found = this.emit("str_contains", [this.plainStr(a), this.plainStr(b)]);
          const result = arg === 1 ? this.emit("is", [found, FALSE]) : found;
          this.push(abstract, result, container.includes(item) !== (arg === 1));
          break;
        }
        const result = this.residual(abstract, "contains", [a, b, intConst(arg)], [
          item,
          container,
          arg,
        ]);
        this.push(abstract, result.operand, result.value);
        break;
      }
      case 35 /* UNARY_NEGATIVE */: {
        const value = this.concrete(abstract, 1);
        const operand = this.pop(abstract);
        if (typeof value === "number") {
          this.push(abstract, this.emit("int_neg", [this.asInt(operand)]), -value + 0);
        } else if (value instanceof PyFloat && value.cls === floatType) {
          const result = new PyFloat(-value.value);
          this.push(abstract, this.emit("float_neg", [this.asFloat(operand, value)]), result);
        } else this.unaryResidual(abstract, "unaryNegative", operand, value);
        break;
      }
      case 34 /* UNARY_POSITIVE */:
      case 36 /* UNARY_NOT */:
      case 37 /* UNARY_INVERT */: {
        const value = this.concrete(abstract, 1);
        const operand = this.pop(abstract);
        if (op === 37 && typeof value === "number" && Number.isSafeInteger(-1 - value)) {
          // ~x is -1 - x (past -2**53 a bigint: the op's overflow guard leaves).
          this.push(
            abstract,
            this.emit("int_sub_ovf", [intConst(-1), this.asInt(operand)]),
            -1 - value,
          );
          break;
        }
        if (op === 36 && (typeof value === "boolean" || typeof value === "number")) {
          // `not` of a bool (guarded to stay one) or an int: a comparison with 0.
          const int = operand instanceof Const
            ? intConst(Number(operand.value))
            : typeof value === "boolean"
            ? this.emit("guard_bool_int", [operand])
            : this.asInt(operand);
          const result = int instanceof Const
            ? (int.value === 0 ? TRUE : FALSE)
            : this.emit("int_eq", [int, intConst(0)]);
          this.push(abstract, result, !value);
          break;
        }
        const name = op === 34 ? "unaryPositive" : op === 36 ? "unaryNot" : "unaryInvert";
        this.unaryResidual(abstract, name, operand, value);
        break;
      }
      case 38 /* BUILD_TUPLE */: {
        const values = frame.fast.slice(frame.sp - arg, frame.sp) as PyValue[];
        const operands: Operand[] = [];
        for (let i = 0; i < arg; i++) operands.unshift(this.asRef(this.pop(abstract)));
        this.push(abstract, this.emit("new_tuple", operands), newTuple(values));
        break;
      }
      case 39 /* BUILD_LIST */: {
        const values = holeyTaggedCopy(frame.fast, frame.sp - arg, arg) as PyValue[];
        const operands: Operand[] = [];
        for (let i = 0; i < arg; i++) operands.unshift(this.asRef(this.pop(abstract)));
        this.push(abstract, this.emit("new_list", operands), new PyList(values));
        break;
      }
      case 43 /* BUILD_STRING */: {
        const values = frame.fast.slice(frame.sp - arg, frame.sp);
        const operands: Operand[] = [];
        for (let i = 0; i < arg; i++) operands.unshift(this.pop(abstract));
        const result = this.residual(abstract, "buildString", operands, values);
        this.push(abstract, result.operand, result.value);
        break;
      }
      case 45 /* LIST_APPEND */: {
        const value = this.concrete(abstract, 1);
        const operand = this.pop(abstract);
        const list = this.peek(abstract, arg), listValue = this.concrete(abstract, arg);
        if (listValue instanceof PyList && listValue.cls === listType) {
          // (A comprehension's own list, made by its BUILD_LIST: always an exact list.)
          this.guardClass(list, listValue);
          this.emitVoid("list_append", [list, this.asRef(operand)]);
        } else {
          this.emit("call_void", [this.helper("listAppend"), list, this.asRef(operand)]);
          this.lastOp().runsPython = false; // (list.append's own code, as CPython's LIST_APPEND)
        }
        (HELPERS.listAppend as (l: PyValue, v: PyValue) => void)(listValue, value);
        break;
      }
      case 55 /* FORMAT_VALUE */: {
        const spec = arg & 4 ? this.concrete(abstract, 1) : undefined;
        const specOperand = arg & 4 ? this.pop(abstract) : NULL_REF;
        const value = this.concrete(abstract, 1);
        const operand = this.pop(abstract);
        if (spec === undefined && (arg & 3) <= FormatValueFlag.STR) {
          // f"{s}" / f"{s!s}" of an exact str is the str itself; of a small int its digits.
          if (typeof value === "string") {
            this.push(abstract, this.plainStr(operand), value);
            break;
          }
          if (typeof value === "number") {
            this.push(abstract, this.emit("int_to_str", [this.asInt(operand)]), String(value));
            break;
          }
        }
        if (
          spec !== undefined && (arg & 3) <= FormatValueFlag.STR && this.formatSpec(
            abstract,
            operand,
            value,
            specOperand,
            spec,
          )
        ) {
          break;
        }
        const result = this.residual(
          abstract,
          "formatValue",
          [operand, intConst(arg & 3), specOperand],
          [value, arg & 3, spec],
        );
        this.push(abstract, result.operand, result.value);
        break;
      }
      case 56 /* CALL */:
        return this.call(abstract, arg);
      case 67 /* GET_ITER */: {
        const value = this.concrete(abstract, 1);
        const operand = this.pop(abstract);
        const bounds = operand instanceof Value ? this.rangeBounds.get(operand) : undefined;
        if (bounds !== undefined && value instanceof PyRange) {
          // iter(range(...)): the iterator from the range's ints; the range itself dies.
          const iterator = rangeIteratorOf(value.start, value.stop, value.step);
          this.push(abstract, this.emit("range_iter", bounds), iterator);
          break;
        }
        if (
          (value instanceof PyList && value.cls === listType) ||
          (value instanceof PyTuple && value.cls === tupleType)
        ) {
          this.guardClass(operand, value);
          const list = value instanceof PyList;
          const iterator = arrayIterator(list ? listIteratorType : tupleIteratorType, value);
          this.push(abstract, this.emit("seq_iter", [operand], list ? 0 : 1), iterator);
          break;
        }
        if (stepOp(value) !== null) {
          // iter() of a range, list or tuple iterator (of exactly that class) is itself.
          this.guardClass(operand, value as PyObject);
          this.push(abstract, operand, value);
          break;
        }
        const result = this.residual(abstract, "getIterator", [operand], [value]);
        this.push(abstract, result.operand, result.value);
        break;
      }
      case 69 /* FOR_ITER */:
        this.forIter(abstract, arg);
        return false;
      case 70 /* JUMP_FORWARD */:
        frame.pc = arg;
        return false;
      case 72 /* JUMP_BACKWARD_NO_INTERRUPT */:
        // Back to the SEND of an `await`/`yield from` an inlined generator resumed in.
        if (abstract.generator === undefined) throw new Abort("opcode JUMP_BACKWARD_NO_INTERRUPT");
        frame.pc = arg;
        return false;
      case 82 /* SEND */:
        this.send(abstract);
        return false;
      case 83 /* GET_AWAITABLE */:
        this.getAwaitable(abstract, arg);
        break;
      case 71 /* JUMP_BACKWARD */:
        if (abstract === this.frames[0] && arg === this.loopPc) {
          frame.pc = arg;
          if (this.trunk !== null) this.closeBridge(this.trunk);
          else this.closeLoop();
          return true;
        }
        if (abstract === this.frames[0]) {
          // Back to the header of another loop: record() closes that loop there
          // (a label's), or places a label, or goes on round it (a bridge).
          frame.pc = arg;
          return false;
        }
        if (abstract.generator !== undefined && ++this.generatorRounds <= GENERATOR_ROUNDS) {
          // Round a loop of an inlined generator's body, to its next yield (unrolled).
          frame.pc = arg;
          return false;
        }
        if (
          frame.code.code[arg << 1] === Opcode.FOR_ITER &&
          shortTupleIterator(frame.fast[frame.sp - 1], abstract.slots[frame.sp - 1]) &&
          ++this.unrolledRounds <= UNROLLED_ROUNDS
        ) {
          frame.pc = arg; // round a short tuple loop of an inlined call, unrolled
          return false;
        }
        throw loopInCallee(abstract.frame.code);
      case 73 /* POP_JUMP_IF_FALSE */:
      case 74 /* POP_JUMP_IF_TRUE */: {
        const truth = this.truth(abstract, { target: arg, jumpIf: op === 74, keepOnJump: false });
        if (truth === (op === 74)) frame.pc = arg;
        else next();
        return false;
      }
      case 75 /* POP_JUMP_IF_NONE */:
      case 76 /* POP_JUMP_IF_NOT_NONE */: {
        const value = this.concrete(abstract, 1);
        const operand = this.pop(abstract);
        const isNone = value === null;
        if (!(operand instanceof Const)) {
          const test = this.emit("is", [operand, NONE]);
          this.emitVoid(isNone ? "guard_true" : "guard_false", [test]);
        }
        if (isNone === (op === 75)) frame.pc = arg;
        else next();
        return false;
      }
      case 79 /* RETURN_VALUE */:
        if (
          abstract === this.frames[0] &&
          (this.loopPc === FUNCTION_ENTRY || this.trunk !== null || this.pastTheLoop)
        ) {
          // A function's trace, a bridge from a loop's exit to its function's return, or
          // a loop's that left the loop, ends with the return value.
          const value = this.concrete(abstract, 1);
          this.emitVoid("finish", [this.asRef(this.pop(abstract))]);
          if (this.pastTheLoop) this.loopClosesInBridges();
          this.finished = value;
          return true;
        }
        return this.returnValue(abstract);
      case 81 /* YIELD_VALUE */:
        if (abstract.generator !== undefined) {
          this.yieldToConsumer(abstract, abstract.generator.operand);
          return false;
        }
        this.offerYield(abstract);
        break;
      default: {
        const recorded = recordExceptionOp(this.internals(), abstract, op, arg);
        if (recorded === Recorded.Jumped) return false;
        if (recorded === Recorded.Ended) return true;
        if (recorded === Recorded.No) throw new Abort(`opcode ${opName(op)}`);
        break;
      }
    }
    // Every case that breaks out of the switch goes on with the next instruction.
    next();
    return false;
  }

  /** A helper applied to the top `count` stack values (in stack order), its result pushed. */
  private residualFromStack(abstract: AbstractFrame, name: string, count: number): void {
    const frame = abstract.frame;
    const values = frame.fast.slice(frame.sp - count, frame.sp);
    const operands: Operand[] = [];
    for (let i = 0; i < count; i++) operands.unshift(this.pop(abstract));
    const result = this.residual(abstract, name, operands, values);
    this.push(abstract, result.operand, result.value);
  }

  /** A helper called for its effect (list.extend and friends). */
  private residualVoid(
    abstract: AbstractFrame,
    name: string,
    operands: Operand[],
    values: unknown[],
  ): void {
    if (abstract !== this.frames[0]) throw new Abort(`residual ${name} in an inlined frame`);
    this.emit("call_void", [this.helper(name), ...operands.map((o) => this.asRef(o))]);
    this.lastOp().runsPython = mayRunPython(name, values);
    try {
      this.syncForCall(abstract);
      (HELPERS[name] as (...a: unknown[]) => void)(...values);
    } catch (error) {
      throw new RecordedRaise(error);
    }
  }

  /**
   * LOAD_METHOD: when the site's inline cache holds the method for this
   * receiver's class (and map), the trace guards the same facts and pushes
   * the function as a constant with the receiver as self — so the CALL can
   * inline it. Otherwise the bound method, as an attribute, with a NULL self.
   */
  private loadMethod(abstract: AbstractFrame, arg: number): void {
    const frame = abstract.frame;
    const value = this.concrete(abstract, 1);
    let entry = abstract.runtime.caches[this.pc];
    let method: PyValue | undefined;
    // The site's entries, newest first (a polymorphic site remembers several classes).
    while (entry instanceof MethodEntry && (method = cachedMethod(entry, value)) === undefined) {
      entry = entry.next ?? undefined;
    }
    if (method === undefined) {
      const direct = directMethod(value, frame.code.co_names[arg]);
      if (direct !== null) [entry, method] = [direct, direct.method];
    }
    if (method !== undefined && value instanceof PyObject && entry instanceof MethodEntry) {
      const receiver = this.pop(abstract);
      this.guardClass(receiver, value);
      this.emitVoid("guard_type_version", [this.ref(entry.type, entry.type.name)], entry.version);
      this.versioned(method);
      if (entry.map !== null) this.emitVoid("guard_map", [receiver, this.ref(entry.map, "map")]);
      this.push(abstract, this.ref(method), method);
      this.push(abstract, receiver, value);
      return;
    }
    const name = frame.code.co_names[arg];
    const strMethod = typeof value === "string" ? strType.lookup(name) : undefined;
    if (strMethod instanceof PyMethodDescriptor) {
      // A str's method, unbound with the str as self, as the interpreter's
      // LOAD_METHOD leaves it (calls then name it "str.count").
      const receiver = this.pop(abstract);
      if (!(receiver instanceof Const)) this.emitVoid("guard_str", [receiver]);
      this.push(abstract, this.ref(strMethod), strMethod);
      this.push(abstract, receiver, value);
      return;
    }
    const attribute = this.moduleAttribute(this.peek(abstract, 1), value, name);
    if (attribute !== null) { // module.function(...): no self
      this.pop(abstract);
      this.push(abstract, attribute, (value as PyModule).dict.get(name)!);
      this.push(abstract, NULL_REF, undefined);
      return;
    }
    const unbound = classFunction(value, name);
    if (unbound !== null) { // Base.method(self, ...): the function, no self
      this.push(
        abstract,
        this.classFunctionOperand(this.pop(abstract), value as PyType, unbound),
        unbound,
      );
      this.push(abstract, NULL_REF, undefined);
      return;
    }
    const receiver = this.pop(abstract);
    const result = this.residual(abstract, "getAttribute", [receiver, this.ref(name)], [
      value,
      name,
    ]);
    this.push(abstract, result.operand, result.value);
    this.push(abstract, NULL_REF, undefined);
  }

  /** `cls.name` that classFunction found: the function, behind the class's identity and version. */
  private classFunctionOperand(
    owner: Operand,
    cls: PyType,
    method: PyFunction | PyMethodDescriptor,
  ): Operand {
    if (!(owner instanceof Const)) this.emitVoid("guard_value", [owner, this.ref(cls)]);
    this.emitVoid("guard_type_version", [this.ref(cls, cls.name)], cls.version);
    return this.ref(method);
  }

  /**
   * UNPACK_EX (`first, *middle, last = t`) of an exact tuple long enough:
   * the items outside the star come from the tuple (a tuple this trace made:
   * its op's arguments, so it need not be made at all), the starred ones
   * go into a new list. False otherwise (the residual call then).
   */
  /**
   * `a, *rest, z = lst` of an exact list long enough: its items and a slice,
   * after a guard on its length (shorter, the interpreter raises ValueError).
   */
  private unpackList(abstract: AbstractFrame, before: number, after: number): boolean {
    const value = this.concrete(abstract, 1);
    if (!(value instanceof PyList && value.cls === listType)) return false;
    const items = value.items;
    const count = items.length;
    if (count < before + after) return false;
    const list = this.pop(abstract);
    this.guardClass(list, value);
    const length = this.emit("list_len", [list]);
    this.emitVoid("guard_true", [this.emit("int_ge", [length, intConst(before + after)])]);
    const tailAt = (k: number) => this.emit("int_sub", [length, intConst(after - k)]);
    const stop = after === 0 ? NONE : tailAt(0);
    const middle = this.emit("list_getslice", [list, intConst(before), stop, NONE]);
    for (let k = after - 1; k >= 0; k--) {
      this.push(abstract, this.emit("list_getitem", [list, tailAt(k)]), items[count - after + k]);
    }
    this.push(abstract, middle, new PyList(items.slice(before, count - after)));
    for (let i = before - 1; i >= 0; i--) {
      this.push(abstract, this.emit("list_getitem", [list, intConst(i)]), items[i]);
    }
    return true;
  }

  private unpackKnownTuple(abstract: AbstractFrame, before: number, after: number): boolean {
    const value = this.concrete(abstract, 1);
    if (!(value instanceof PyTuple && value.cls === tupleType)) return false;
    const count = value.items.length;
    if (count < before + after) return false;
    const made = this.peek(abstract, 1);
    const known = made instanceof Value && made.op?.name === "new_tuple" &&
      made.op.args.length === count;
    const sequence = this.pop(abstract);
    if (!known) {
      this.guardClass(sequence, value);
      this.emitVoid("guard_value", [this.emit("tuple_len", [sequence]), intConst(count)]);
    }
    const itemAt = (i: number) =>
      known ? (made as Value).op!.args[i] : this.emit("tuple_getitem", [sequence], i);
    const items = value.items;
    const middle = [];
    for (let i = before; i < count - after; i++) middle.push(this.asRef(itemAt(i)));
    const list = this.emit("new_list", middle);
    for (let i = count - 1; i >= count - after; i--) this.push(abstract, itemAt(i), items[i]);
    this.push(abstract, list, new PyList(holeyTaggedCopy(items, before, count - after - before)));
    for (let i = before - 1; i >= 0; i--) this.push(abstract, itemAt(i), items[i]);
    return true;
  }

  private unpackSequence(abstract: AbstractFrame, count: number): void {
    const value = this.concrete(abstract, 1);
    const made = this.peek(abstract, 1);
    if (made instanceof Value && made.op?.name === "new_tuple" && made.op.args.length === count) {
      // A tuple this trace made: its items are the op's arguments.
      this.pop(abstract);
      const items = (value as PyTuple).items;
      for (let i = count - 1; i >= 0; i--) this.push(abstract, made.op.args[i], items[i]);
      return;
    }
    const exact = value instanceof PyTuple && value.cls === tupleType
      ? "tuple"
      : value instanceof PyList && value.cls === listType
      ? "list"
      : null;
    if (exact !== null && (value as PyTuple | PyList).items.length === count) {
      const items = (value as PyTuple | PyList).items;
      const sequence = this.pop(abstract);
      this.guardClass(sequence, value as PyObject);
      const length = this.emit(exact === "tuple" ? "tuple_len" : "list_len", [sequence]);
      this.emitVoid("guard_value", [length, intConst(count)]);
      for (let i = count - 1; i >= 0; i--) {
        const item = exact === "tuple"
          ? this.emit("tuple_getitem", [sequence], i)
          : this.emit("list_getitem", [sequence, intConst(i)]);
        this.push(abstract, item, items[i]);
      }
      return;
    }
    const sequence = this.pop(abstract);
    const result = this.residual(abstract, "unpack", [sequence, intConst(count)], [value, count]);
    const items = (result.value as PyTuple).items;
    for (let i = count - 1; i >= 0; i--) {
      this.push(abstract, this.emit("tuple_getitem", [result.operand], i), items[i]);
    }
  }

  /**
   * The cell `index` of a frame: the looping frame's are read from it (each
   * call has its own); an inlined frame's are its function's closure cells,
   * constants since the function is (a free variable: cell variables are
   * never inlined).
   */
  private cellOperand(abstract: AbstractFrame, index: number): Operand {
    if (abstract === this.frames[0]) return this.emit("frame_cell", [], index);
    if (abstract.generator !== undefined) { // its frame's, as the generator was made
      return this.emit("gen_cell", [abstract.generator.operand], index);
    }
    const own = abstract.frame.code.co_cellvars.length;
    if (index < own) {
      const cell = abstract.cells?.[index];
      if (cell === undefined || cell === null) throw new Abort("cell variable in an inlined frame");
      return cell;
    }
    if (abstract.callee !== undefined) {
      return this.emit("func_cell", [abstract.callee], index - own);
    }
    return this.ref(abstract.frame.cells[index], "cell");
  }

  private unaryResidual(abstract: AbstractFrame, name: string, operand: Operand, value: PyValue) {
    const result = this.residual(abstract, name, [operand], [value]);
    this.push(abstract, result.operand, result.value);
  }

  /** Pops a condition, guards its truth, returns it. */
  /**
   * The truth of the value on top of the stack, popped, for a conditional
   * jump (`branch`): a guard that it stays as it is now. When the test is a
   * residual call (`__bool__` or `__len__` may run Python code), the guard
   * leaves to the other branch, the test done, so that the interpreter does
   * not call them a second time.
   */
  private truth(
    abstract: AbstractFrame,
    branch: { target: number; jumpIf: boolean; keepOnJump: boolean },
  ): boolean {
    const value = this.concrete(abstract, 1);
    let operand = this.pop(abstract);
    let truth: boolean;
    if (typeof value === "boolean") truth = value;
    else if (typeof value === "number") {
      truth = value !== 0;
      operand = operand instanceof Const
        ? operand
        : this.emit("int_is_true", [this.asInt(operand)]);
    } else if (value instanceof PyFloat && value.cls === floatType) {
      truth = value.value !== 0;
      operand = this.emit("float_is_true", [this.asFloat(operand, value)]);
    } else if (value === null) truth = false;
    else if (lengthOp(value) !== null) {
      // `while todo:` over a list, `if not word:`: the length, no call.
      const length = this.lengthOf(operand, value);
      truth = length.value !== 0;
      operand = this.emit("int_is_true", [length.operand]);
    } else {
      const result = this.residual(abstract, "isTrue", [operand], [value]);
      truth = result.value as unknown as boolean;
      const jumps = !truth === branch.jumpIf; // where the other outcome goes
      this.guardResumingAt(
        truth ? "guard_true" : "guard_false",
        [result.operand],
        jumps ? branch.target : this.pc + 1,
        jumps && branch.keepOnJump ? this.startSp : this.startSp - 1,
      );
      return truth;
    }
    if (!(operand instanceof Const)) this.emitVoid(truth ? "guard_true" : "guard_false", [operand]);
    return truth;
  }

  /**
   * A guard whose exit continues at `pc` with the stack cut to `sp` (the
   * instruction's effect done), instead of before the instruction: for a
   * guard on the result of a residual call the instruction made, which the
   * interpreter must not make again.
   */
  private guardResumingAt(name: string, args: Operand[], pc: number, sp: number): void {
    const saved = { pc: this.pc, sp: this.startSp, slots: this.startSlots, before: this.before };
    this.pc = pc;
    this.startSp = sp;
    this.startSlots = saved.slots.slice(0, sp);
    this.before = null;
    try {
      this.emitVoid(name, args);
    } finally {
      this.pc = saved.pc;
      this.startSp = saved.sp;
      this.startSlots = saved.slots;
      this.before = saved.before;
    }
  }

  private loadGlobal(abstract: AbstractFrame, arg: number): void {
    const frame = abstract.frame;
    const name = frame.code.co_names[arg];
    let value: PyValue;
    try {
      value = loadGlobalMiss(abstract.runtime.caches, this.pc, frame, name);
    } catch (error) {
      throw new RecordedRaise(error);
    }
    this.push(abstract, this.globalOperand(frame, name, value), value);
  }

  /** LOAD_NAME in a module's body, where the locals are the globals. */
  private loadName(abstract: AbstractFrame, arg: number): void {
    const frame = abstract.frame;
    if (frame.locals !== frame.globals) throw new Abort("LOAD_NAME outside a module body");
    const name = frame.code.co_names[arg];
    let value: PyValue;
    try {
      value = loadName(frame, name);
    } catch (error) {
      throw new RecordedRaise(error);
    }
    this.push(abstract, this.globalOperand(frame, name, value), value);
  }

  /** STORE_GLOBAL (`global x; x = ...`) to a name the globals already have. */
  private storeGlobal(abstract: AbstractFrame, arg: number): void {
    const frame = abstract.frame;
    const globals = frame.globals;
    const name = frame.code.co_names[arg];
    const position = globals.lookupPosition(name);
    if (globals.cls !== dictType || position < 0) throw new Abort("STORE_GLOBAL of a new name");
    const value = this.concrete(abstract, 1);
    const operand = this.pop(abstract);
    this.emitVoid("global_store", [
      this.ref(globals, "globals"),
      this.ref(name),
      this.asRef(operand),
    ], position);
    globals.set(name, value);
  }

  /** STORE_NAME in a module's body, to a name the globals already have. */
  private storeName(abstract: AbstractFrame, arg: number): void {
    const frame = abstract.frame;
    const globals = frame.globals;
    const name = frame.code.co_names[arg];
    const position = globals.lookupPosition(name);
    if (frame.locals !== globals || globals.cls !== dictType || position < 0) {
      throw new Abort("STORE_NAME of a new name or outside a module body");
    }
    const value = this.concrete(abstract, 1);
    const operand = this.pop(abstract);
    this.emitVoid("global_store", [
      this.ref(globals, "globals"),
      this.ref(name),
      this.asRef(operand),
    ], position);
    globals.set(name, value);
  }

  /**
   * The operand for a global `name` (found in the globals or the builtins):
   * a lookup guarded on the entry's position; functions, classes and other
   * objects are then specialised on (a value guard) so that calls can be
   * inlined and attribute guards folded.
   */
  private globalOperand(frame: Frame, name: string, value: PyValue): Operand {
    const position = frame.globals.lookupPosition(name);
    let operand: Operand;
    if (position >= 0) {
      operand = this.emit(
        "global_lookup",
        [this.ref(frame.globals, "globals"), this.ref(name)],
        position,
      );
    } else {
      const builtinPosition = frame.builtins.lookupPosition(name);
      if (builtinPosition < 0) throw new Abort(`global ${name} not found`);
      operand = this.emit(
        "global_lookup",
        [this.ref(frame.builtins, "builtins"), this.ref(name)],
        builtinPosition,
      );
      this.emitVoid(
        "guard_no_global",
        [this.ref(frame.globals, "globals"), this.ref(name)],
        frame.globals.layout,
      );
    }
    if (value instanceof PyObject && !(value instanceof PyFloat)) {
      this.emitVoid("guard_value", [operand, this.ref(value)]);
      operand = this.ref(value);
    }
    return operand;
  }

  /**
   * `module.name` for a module known by identity (a constant operand, from a
   * global): a lookup in the module's dict at the entry's position, and for
   * objects a value guard, like a global. Null when the name is not a plain
   * entry of an exact module's dict (then the generic path runs).
   */
  private moduleAttribute(owner: Operand, obj: PyValue, name: string): Operand | null {
    if (!(owner instanceof Const) || !(obj instanceof PyModule) || obj.cls !== moduleType) {
      return null;
    }
    const position = obj.dict.lookupPosition(name);
    if (position < 0) return null;
    const value = obj.dict.values[position]!;
    const dict = this.ref(obj.dict, `${obj.name}.__dict__`);
    const operand = this.emit("global_lookup", [dict, this.ref(name)], position);
    if (!(value instanceof PyObject) || value instanceof PyFloat) return operand;
    this.emitVoid("guard_value", [operand, this.ref(value)]);
    return this.ref(value);
  }

  /** The slot entry of `entry`'s chain that matches `obj` now, or null. */
  private slotEntry(at: number, runtime: RuntimeCode, obj: PyValue): SlotEntry | null {
    const entry = runtime.caches[at];
    if (!(entry instanceof SlotEntry) || !(obj instanceof PyObject)) return null;
    const map = (obj as unknown as MappedStorage).map;
    for (let e: SlotEntry | null = entry; e !== null; e = e.next) {
      if (obj.cls === e.type && e.type.version === e.version && map === e.map) return e;
    }
    return null;
  }

  /**
   * STORE_ATTR that adds an attribute to a plain instance (a map
   * transition, as in `__init__`): done for real through the interpreter's
   * own path, and when that path made exactly the transition the map tree
   * records (from map M0 to M0.withAttribute(name), the value in the new
   * slot), the trace guards M0 and makes the same transition. False when
   * the store is not such a case (nothing done yet).
   */
  private addAttribute(
    abstract: AbstractFrame,
    owner: Operand,
    operand: Operand,
    obj: PyValue,
    name: string,
    value: PyValue,
  ): boolean {
    if (!isInstanceObject(obj)) return false;
    const storage = attributeStorage(obj);
    if (storage !== (obj as unknown as MappedStorage) || storage === null) return false;
    const before = storage.map;
    const type = obj.cls;
    const attribute = type.lookup(name);
    if (
      before.isDictionary || before.indexOf(name) >= 0 || !usesGenericSetAttribute(type) ||
      !(attribute === undefined || attribute instanceof PyFunction)
    ) {
      return false;
    }
    const version = type.version;
    try {
      this.syncForCall(abstract);
      storeAttrMiss(abstract.runtime.caches, this.pc, obj, name, value);
    } catch (error) {
      throw new RecordedRaise(error);
    }
    const after = storage.map;
    if (
      after !== before.withAttribute(name, wantsUnboxed(storage, value)) ||
      storage.slots[after.size - 1] !== value
    ) {
      abstract.frame.pc = this.pc + 1; // the store is done
      throw new Abort(`attribute ${name} added another way`, true);
    }
    this.guardClass(owner, obj);
    this.emitVoid("guard_type_version", [this.ref(type, type.name)], version);
    this.emitVoid("guard_map", [owner, this.ref(before, "map")]);
    if (after.unboxed) {
      const float = operand.kind === "float" ? operand : this.emit("guard_float", [operand]);
      this.emitVoid("addfloat", [owner, this.ref(after, "map"), float], after.floatCount - 1);
      if (operand.kind !== "float") this.emitVoid("setslot", [owner, operand], after.size - 1);
    } else {
      this.emitVoid(
        "addslot",
        [owner, this.ref(after, "map"), this.asRef(operand)],
        after.size - 1,
      );
    }
    return true;
  }

  /**
   * A store into a float-kind attribute whose value (checked by the caller)
   * is an exact float: the raw double, and in the slot the box when the
   * trace has one (so identity is kept) or none (a box is made when read).
   */
  private storeFloat(owner: Operand, operand: Operand, floatIndex: number, slot: number): void {
    const float = operand.kind === "float" ? operand : this.emit("guard_float", [operand]);
    this.emitVoid("setfloat", [owner, float], floatIndex);
    this.emitVoid("setslot", [owner, operand.kind === "float" ? NULL_REF : operand], slot);
  }

  private guardMember(owner: Operand, obj: PyInstance): void {
    this.guardClass(owner, obj);
    this.emitVoid("guard_type_version", [this.ref(obj.cls, obj.cls.name)], obj.cls.version);
  }

  private guardSlot(owner: Operand, obj: PyObject, entry: SlotEntry): void {
    this.guardClass(owner, obj);
    this.emitVoid("guard_type_version", [this.ref(entry.type, entry.type.name)], entry.version);
    this.emitVoid("guard_map", [owner, this.ref(entry.map, "map")]);
  }

  private loadAttr(abstract: AbstractFrame, arg: number): void {
    const frame = abstract.frame;
    const obj = this.concrete(abstract, 1);
    const name = frame.code.co_names[arg];
    const attribute = this.moduleAttribute(this.peek(abstract, 1), obj, name);
    if (attribute !== null) {
      this.pop(abstract);
      this.push(abstract, attribute, (obj as PyModule).dict.get(name)!);
      return;
    }
    const method = classFunction(obj, name);
    if (method !== null) {
      this.push(
        abstract,
        this.classFunctionOperand(this.pop(abstract), obj as PyType, method),
        method,
      );
      return;
    }
    const member = memberOf(obj, name, usesGenericGetAttribute);
    if (member !== null) {
      const value = (obj as PyInstance).members?.[member.index];
      if (value !== undefined) {
        const owner = this.pop(abstract);
        this.guardMember(owner, obj as PyInstance);
        this.push(abstract, this.emit("getmember", [owner], member.index), value);
        return;
      }
    }
    const getter = propertyGetter(obj, name);
    if (getter !== null && this.inlinable(getter, 1)) {
      // A property with a plain Python getter: the getter is inlined, as a CALL
      // would inline it, and the caller receives its result after LOAD_ATTR.
      const owner = this.pop(abstract);
      const cls = (obj as PyObject).cls;
      this.guardClass(owner, obj as PyObject);
      this.emitVoid("guard_type_version", [this.ref(cls, cls.name)], cls.version);
      this.versioned(getter);
      this.guardCodeOf(getter);
      const calleeFrame = new Frame(getter.code, getter.globals, getter.builtins, null, getter);
      const slots: (Operand | null)[] = filledArray(calleeFrame.fast.length, null);
      calleeFrame.fast[0] = obj;
      slots[0] = owner;
      markGetterFrame(calleeFrame, name, obj);
      frame.pc = this.pc + 1;
      this.frames.push({
        frame: calleeFrame,
        runtime: runtimeCode(getter.code),
        slots,
        func: getter,
        attribute: { name, owner },
      });
      return;
    }
    const entry = this.slotEntry(this.pc, abstract.runtime, obj) ?? directSlot(obj, name, false);
    if (entry !== null) {
      const owner = this.pop(abstract);
      this.guardSlot(owner, obj as PyObject, entry);
      const value = slotValue(obj as unknown as MappedStorage, entry.index);
      const load = entry.floatIndex >= 0
        ? this.emit("getfloat", [owner], entry.floatIndex)
        : this.emit("getslot", [owner], entry.index);
      this.push(abstract, load, value);
      return;
    }
    if (this.nativeAttribute(abstract, obj, name)) return;
    if (this.boundMethod(abstract, obj, name)) return;
    if (abstract !== this.frames[0]) throw new Abort(`attribute ${name} in an inlined frame`);
    const owner = this.pop(abstract);
    const call = this.emit("call", [
      this.helper("getAttribute"),
      this.asRef(owner),
      this.ref(name),
    ]);
    let value: PyValue;
    try {
      this.syncForCall(abstract);
      value = loadAttrMiss(abstract.runtime.caches, this.pc, obj, name);
    } catch (error) {
      throw new RecordedRaise(error);
    }
    this.push(abstract, call, value);
  }

  /**
   * `obj.name` read as a value (a callback, say `self.step`) where it is a
   * Python function of obj's class that nothing on the instance shadows: a
   * new bound method, behind the guards LOAD_METHOD's call would have.
   */
  private boundMethod(abstract: AbstractFrame, obj: PyValue, name: string): boolean {
    const entry = directMethod(obj, name);
    if (entry === null || !(entry.method instanceof PyFunction)) return false;
    const owner = this.pop(abstract);
    this.guardClass(owner, obj as PyObject);
    this.emitVoid("guard_type_version", [this.ref(entry.type, entry.type.name)], entry.version);
    this.versioned(entry.method);
    if (entry.map !== null) this.emitVoid("guard_map", [owner, this.ref(entry.map, "map")]);
    const method = new PyBoundMethod(entry.method, obj);
    this.push(abstract, this.emit("new_bound_method", [this.ref(entry.method), owner]), method);
    return true;
  }

  private storeAttr(abstract: AbstractFrame, arg: number): void {
    const frame = abstract.frame;
    const obj = this.concrete(abstract, 1), value = this.concrete(abstract, 2);
    const owner = this.pop(abstract);
    const operand = this.pop(abstract);
    const name = frame.code.co_names[arg];
    const member = memberOf(obj, name, usesGenericSetAttribute);
    if (member !== null) {
      this.guardMember(owner, obj as PyInstance);
      this.emitVoid("setmember", [owner, this.asRef(operand)], member.index);
      const storage = obj as PyInstance;
      (storage.members ??= [])[member.index] = value;
      return;
    }
    const entry = this.slotEntry(this.pc, abstract.runtime, obj) ?? directSlot(obj, name, true);
    if (entry !== null && entry.addsFrom === null) {
      if (entry.floatIndex >= 0 && !isExactFloat(value)) {
        throw new Abort(`a non-float stored into the float attribute ${name}`);
      }
      this.guardSlot(owner, obj as PyObject, entry);
      if (entry.floatIndex >= 0) this.storeFloat(owner, operand, entry.floatIndex, entry.index);
      else this.emitVoid("setslot", [owner, this.asRef(operand)], entry.index);
      setSlot(obj as unknown as MappedStorage, entry.index, value);
      return;
    }
    if (this.addAttribute(abstract, owner, operand, obj, name, value)) return;
    if (this.storeNativeAttribute(abstract, owner, operand, obj, name, value)) return;
    if (abstract !== this.frames[0]) throw new Abort(`attribute ${name} in an inlined frame`);
    this.emit("call_void", [
      this.helper("setAttribute"),
      this.asRef(owner),
      this.ref(name),
      this.asRef(operand),
    ]);
    this.lastOp().runsPython = mayRunPython("setAttribute", [obj, name, value]);
    try {
      this.syncForCall(abstract);
      storeAttrMiss(abstract.runtime.caches, this.pc, obj, name, value);
    } catch (error) {
      frame.sp += 2;
      throw new RecordedRaise(error);
    }
  }

  /**
   * BUILD_SLICE followed by BINARY_SUBSCR or STORE_SUBSCR of an exact list,
   * the bounds ints or None and the step a nonzero constant (or absent), the
   * assigned value an exact list or tuple: both instructions as one op with
   * no slice object. Every guard and the size check of an extended-slice
   * store leave before BUILD_SLICE, so the interpreter redoes both (and
   * raises where CPython does). False when the pattern does not apply.
   */
  private fusedSlice(abstract: AbstractFrame, count: number): boolean {
    const frame = abstract.frame;
    const words = frame.code.code;
    const following = words[(this.pc + 1) << 1];
    if (following !== 27 /* BINARY_SUBSCR */ && following !== 28 /* STORE_SUBSCR */) return false;
    const storing = following === 28;
    const bounds = [3, 2, 1].slice(3 - count).map((depth) => this.concrete(abstract, depth));
    const container = this.concrete(abstract, count + 1);
    const value = storing ? this.concrete(abstract, count + 2) : null;
    if (typeof container === "string" && !storing) return this.strSlice(abstract, count, bounds);
    if (!(container instanceof PyList && container.cls === listType)) return false;
    if (!bounds.every((b) => b === null || typeof b === "number")) return false;
    const stepOperand = count === 3 ? this.peek(abstract, 1) : NONE;
    if (!(stepOperand instanceof Const) || stepOperand.value === 0) return false;
    if (
      storing && !(value instanceof PyList && value.cls === listType) &&
      !(value instanceof PyTuple && value.cls === tupleType)
    ) {
      return false;
    }
    const operands: Operand[] = [];
    for (let i = 0; i < count; i++) operands.unshift(this.pop(abstract));
    if (count === 2) operands.push(NONE);
    const c = this.pop(abstract);
    const v = storing ? this.pop(abstract) : null;
    this.guardClass(c, container);
    const args = [
      c,
      ...operands.map((operand, i) => {
        const bound = [...bounds, null][i];
        if (bound !== null) return this.asInt(operand);
        if (!(operand instanceof Const)) this.emitVoid("guard_value", [operand, NONE]);
        return NONE;
      }),
    ];
    const [start, stop, step] = [...bounds, null];
    if (!storing) {
      this.push(
        abstract,
        this.emit("list_getslice", args),
        listSlice(container, start, stop, step),
      );
    } else {
      this.guardClass(v!, value as PyObject);
      const done = this.emit("list_setslice", [...args, v!]);
      // Only an extended slice can be of the wrong size.
      if (step !== null && step !== 1) this.emitVoid("guard_true", [done]);
      if (!assignListSlice(container, start, stop, step, value!)) {
        throw new Abort("extended slice assignment of another size");
      }
    }
    frame.pc = this.pc + 2;
    return true;
  }

  /**
   * `s[i:j]` or `s[i:j:k]` of a str in plain form, the bounds None or small
   * ints, the step (if any) a nonzero int constant (BUILD_SLICE then
   * BINARY_SUBSCR, fusedSlice): a str_getslice, or a str_getslice_step with
   * the step as its immediate (`word[::-1]`), no slice object.
   */
  private strSlice(abstract: AbstractFrame, count: number, bounds: PyValue[]): boolean {
    const [start, stop, step] = bounds;
    if (
      typeof start === "number" && !Number.isSafeInteger(start) ||
      typeof stop === "number" && !Number.isSafeInteger(stop) ||
      !bounds.slice(0, 2).every((b) => b === null || typeof b === "number")
    ) {
      return false;
    }
    let stepValue = 1;
    if (count === 3) {
      const stepOperand = this.peek(abstract, 1);
      if (
        !(stepOperand instanceof Const) || typeof step !== "number" || step === 0 ||
        !Number.isSafeInteger(step)
      ) {
        return false;
      }
      stepValue = step;
      this.pop(abstract);
    }
    const text = this.concrete(abstract, 3) as string;
    const value = plainStrSlice(text, start as number | null, stop as number | null, stepValue);
    const operands = [this.pop(abstract), this.pop(abstract)].reverse();
    const textOperand = this.plainStr(this.pop(abstract));
    const args = operands.map((operand, i) => {
      if (bounds[i] !== null) return this.asInt(operand);
      if (!(operand instanceof Const)) this.emitVoid("guard_value", [operand, NONE]);
      return NONE;
    });
    const result = count === 3
      ? this.emit("str_getslice_step", [textOperand, ...args], stepValue)
      : this.emit("str_getslice", [textOperand, ...args]);
    this.push(abstract, result, value);
    abstract.frame.pc = this.pc + 2;
    return true;
  }

  private binarySubscr(abstract: AbstractFrame): void {
    const key = this.concrete(abstract, 1), container = this.concrete(abstract, 2);
    if (typeof container === "string" && typeof key === "number") {
      const index = key < 0 ? key + container.length : key;
      if (index >= 0 && index < container.length) {
        // A character of a str in plain form: a code unit is a code point there.
        const k = this.pop(abstract), c = this.pop(abstract);
        const result = this.emit("str_getitem", [this.plainStr(c), this.asInt(k)]);
        this.push(abstract, result, container[index]);
        return;
      }
    }
    if (container instanceof PyList && container.cls === listType && typeof key === "number") {
      const n = container.items.length;
      const index = key < 0 ? key + n : key;
      if (index >= 0 && index < n) {
        const k = this.pop(abstract), c = this.pop(abstract);
        this.guardClass(c, container);
        const result = this.emit("list_getitem", [c, this.asInt(k)]);
        this.push(abstract, result, container.items[index]);
        return;
      }
    }
    if (container instanceof PyDict && container.cls === dictType && plainKey(key)) {
      const k = this.pop(abstract), c = this.pop(abstract);
      if (!container.has(key) && catchesHere(this.internals(), abstract)) {
        // (A missing key: a call the trace catches the KeyError of, record_exceptions.ts.)
        const caught = this.residual(abstract, "getSubscript", [c, k], [container, key]);
        this.push(abstract, caught.operand, caught.value);
        return;
      }
      this.guardClass(c, container);
      const result = this.emit("dict_getitem", [c, this.keyOperand(k, key)]);
      let value: PyValue;
      try {
        this.syncForCall(abstract);
        value = getSubscript(container, key);
      } catch (error) {
        throw new RecordedRaise(error);
      }
      this.push(abstract, result, value);
      return;
    }
    if (container instanceof PyTuple && container.cls === tupleType && typeof key === "number") {
      const k = this.peek(abstract, 1);
      const n = container.items.length;
      const index = key < 0 ? key + n : key;
      if (k instanceof Const && index >= 0 && index < n) {
        this.pop(abstract);
        const c = this.pop(abstract);
        this.guardClass(c, container);
        const length = this.emit("tuple_len", [c]);
        this.emitVoid("guard_value", [length, intConst(n)]);
        this.push(abstract, this.emit("tuple_getitem", [c], index), container.items[index]);
        return;
      }
    }
    const element = arrayElement(container, key);
    if (element !== null) {
      const k = this.pop(abstract), c = this.pop(abstract);
      this.guardArray(c, element.array);
      const op = element.kind === "float" ? "array_getfloat" : "array_getint";
      this.push(abstract, this.emit(op, [c, this.asInt(k)]), element.array.get(element.index));
      return;
    }
    const plan = typeof key === "number" ? itemPlan(container, false) : null;
    if (plan !== null && (abstract === this.frames[0] || !plan.runsPython)) {
      const k = this.pop(abstract), c = this.pop(abstract);
      const { result, value } = this.runPlan(
        abstract,
        plan,
        c,
        container as PyObject,
        [this.asInt(k)],
        () => getSubscript(container, key),
      );
      this.push(abstract, result, value);
      return;
    }
    const k = this.pop(abstract), c = this.pop(abstract);
    const result = this.residual(abstract, "getSubscript", [c, k], [container, key]);
    this.push(abstract, result.operand, result.value);
  }

  /**
   * A plan's op behind guards on the object's class and version, and for
   * the recording what the interpreter does (`perform`); if that raises,
   * `restored` stack items go back for the interpreter to redo it.
   */
  private runPlan(
    abstract: AbstractFrame,
    plan: AccessPlan,
    owner: Operand,
    obj: PyObject,
    args: Operand[],
    perform: () => PyValue | void,
    restored = 0,
  ): { result: Operand; value: PyValue } {
    this.guardVersion(owner, obj);
    const result = this.planCall(plan, [owner, ...args]);
    try {
      this.syncForCall(abstract);
      return { result, value: perform() ?? null };
    } catch (error) {
      abstract.frame.sp += restored;
      throw new RecordedRaise(error);
    }
  }

  /** The object's class and the class's version (what it resolves names and slots to). */
  private guardVersion(operand: Operand, obj: PyObject): void {
    this.guardClass(operand, obj);
    this.emitVoid("guard_type_version", [this.ref(obj.cls, obj.cls.name)], obj.cls.version);
  }

  /**
   * YIELD_VALUE of a generator that a native consumes in push mode
   * (generator.ts consumeGenerator): the trace offers the value to the
   * frame's consumer and goes on with None sent back, the generator's loop
   * staying in the trace. It leaves, before the instruction, when the frame
   * has no consumer (plain iteration) or the consumer declines the value
   * (which it then declines again in the interpreter, where the generator
   * suspends as usual).
   */
  private offerYield(abstract: AbstractFrame): void {
    const frame = abstract.frame;
    const consumer = frame.consumer;
    if (consumer === null || abstract !== this.frames[0]) throw new Abort("opcode YIELD_VALUE");
    const value = this.concrete(abstract, 1);
    const operand = this.pop(abstract);
    this.emitVoid("push_offer", [this.asRef(operand)]);
    if (!consumer(value!)) {
      // The consumer has what it wanted (any() found a true value): nothing wrong with
      // the loop, whose recording the next back-edge starts again (retry).
      throw new Abort("the consumer declined a yielded value", false, true);
    }
    this.push(abstract, NONE, null);
  }

  /** A call through an access plan (jit/foreign_calls.ts), by the kind of its result. */
  private planCall(plan: AccessPlan, args: Operand[]): Operand {
    const op = plan.load && plan.result !== "none"
      ? { float: "ffi_load_float", int: "ffi_load_int", ref: "ffi_load" }[plan.result]
      : { float: "ffi_call_float", int: "ffi_call_int", ref: "ffi_call", none: "ffi_call" }[
        plan.result
      ];
    return this.emit(op, [this.ref(plan, "plan"), ...args]);
  }

  /** A setter's value operand in the kind its plan takes, or null when the value is not of it. */
  private planValue(plan: AccessPlan, operand: Operand, value: PyValue): Operand | null {
    switch (plan.value) {
      case "ref":
        return this.asRef(operand);
      case "int":
        return typeof value === "number" ? this.asInt(operand) : null;
      default:
        return typeof value === "number" || (value instanceof PyFloat && value.cls === floatType)
          ? this.asFloat(operand, value)
          : null;
    }
  }

  /**
   * LOAD_ATTR of a getset descriptor's attribute (a builtin type's computed
   * attribute, a ctypes field) on an object with the generic
   * `__getattribute__`: the descriptor's getter (or ctypes' plan) behind
   * guards on the class and its version. False when this does not apply.
   */
  private nativeAttribute(abstract: AbstractFrame, obj: PyValue, name: string): boolean {
    if (!isInstanceObject(obj) || !usesGenericGetAttribute(obj.cls)) return false;
    const plan = attributePlan(obj.cls, obj.cls.lookup(name) ?? null, false);
    if (plan === null || (abstract !== this.frames[0] && plan.runsPython)) return false;
    const owner = this.pop(abstract);
    const { result, value } = this.runPlan(
      abstract,
      plan,
      owner,
      obj,
      [],
      () => getAttribute(obj, name),
    );
    this.push(abstract, result, value);
    return true;
  }

  /** STORE_ATTR through a getset descriptor's setter (nativeAttribute's counterpart). */
  private storeNativeAttribute(
    abstract: AbstractFrame,
    owner: Operand,
    operand: Operand,
    obj: PyValue,
    name: string,
    value: PyValue,
  ): boolean {
    if (!isInstanceObject(obj) || !usesGenericSetAttribute(obj.cls)) return false;
    const plan = attributePlan(obj.cls, obj.cls.lookup(name) ?? null, true);
    if (plan === null || (abstract !== this.frames[0] && plan.runsPython)) return false;
    const stored = this.planValue(plan, operand, value);
    if (stored === null) return false;
    this.runPlan(abstract, plan, owner, obj, [stored], () => setAttribute(obj, name, value), 2);
    return true;
  }

  /** An exact array.array of this one's typecode (the typecode is a constant after). */
  private guardArray(operand: Operand, array: PyArray): void {
    this.guardClass(operand, array);
    const code = this.emit("array_typecode", [operand]);
    this.emitVoid("guard_value", [code, this.ref(array.type, `array_${array.type.code}`)]);
  }

  /** STORE_SUBSCR through an item plan (ctypes arrays and pointers of numbers). */
  private storeNativeItem(
    abstract: AbstractFrame,
    c: Operand,
    k: Operand,
    v: Operand,
    container: PyValue,
    key: PyValue,
    value: PyValue,
  ): boolean {
    const plan = typeof key === "number" ? itemPlan(container, true) : null;
    if (plan === null || (abstract !== this.frames[0] && plan.runsPython)) return false;
    const stored = this.planValue(plan, v, value);
    if (stored === null) return false;
    this.runPlan(
      abstract,
      plan,
      c,
      container as PyObject,
      [this.asInt(k), stored],
      () => setSubscript(container, key, value),
      3,
    );
    return true;
  }

  private storeSubscr(abstract: AbstractFrame): void {
    const key = this.concrete(abstract, 1), container = this.concrete(abstract, 2);
    const value = this.concrete(abstract, 3);
    const k = this.pop(abstract), c = this.pop(abstract), v = this.pop(abstract);
    if (container instanceof PyList && container.cls === listType && typeof key === "number") {
      const n = container.items.length;
      const index = key < 0 ? key + n : key;
      if (index >= 0 && index < n) {
        this.guardClass(c, container);
        this.emitVoid("list_setitem", [c, this.asInt(k), this.asRef(v)]);
        container.items[index] = value;
        return;
      }
    }
    if (container instanceof PyDict && container.cls === dictType && plainKey(key)) {
      this.guardClass(c, container);
      this.emitVoid("dict_setitem", [c, this.keyOperand(k, key), this.asRef(v)]);
      container.set(key, value);
      return;
    }
    const element = arrayElement(container, key);
    if (element !== null) {
      if (element.kind === "float" && value instanceof PyFloat && value.cls === floatType) {
        this.guardArray(c, element.array);
        this.emitVoid("array_setfloat", [c, this.asInt(k), this.asFloat(v, value)]);
        element.array.set(element.index, value);
        return;
      }
      if (
        element.kind === "int" && typeof value === "number" && value >= element.low &&
        value <= element.high
      ) {
        this.guardArray(c, element.array);
        const bounds = [intConst(element.low), intConst(element.high)];
        this.emitVoid("array_setint", [c, this.asInt(k), this.asInt(v), ...bounds]);
        element.array.set(element.index, value);
        return;
      }
    }
    if (this.storeNativeItem(abstract, c, k, v, container, key, value)) return;
    if (abstract !== this.frames[0]) throw new Abort("subscript assignment in an inlined frame");
    this.emit("call_void", [
      this.helper("setSubscript"),
      this.asRef(c),
      this.asRef(k),
      this.asRef(v),
    ]);
    this.lastOp().runsPython = mayRunPython("setSubscript", [container, key, value]);
    try {
      this.syncForCall(abstract);
      (HELPERS.setSubscript as (c: PyValue, k: PyValue, v: PyValue) => void)(container, key, value);
    } catch (error) {
      abstract.frame.sp += 3;
      throw new RecordedRaise(error);
    }
  }

  /**
   * `del container[key]`: a residual call, also from an inlined frame when
   * the container is an exact list with an int key or an exact dict with
   * an int or str key (no Python code runs then).
   */
  private deleteSubscr(abstract: AbstractFrame): void {
    const key = this.concrete(abstract, 1), container = this.concrete(abstract, 2);
    const k = this.pop(abstract), c = this.pop(abstract);
    const plain = (container instanceof PyList && container.cls === listType &&
      typeof key === "number") ||
      (container instanceof PyDict && container.cls === dictType && plainKey(key));
    if (!plain && abstract !== this.frames[0]) {
      throw new Abort("subscript deletion in an inlined frame");
    }
    let keyOperand = k;
    if (plain) {
      this.guardClass(c, container as PyObject);
      keyOperand = this.keyOperand(k, key as number | string);
    }
    this.emit("call_void", [this.helper("deleteSubscript"), this.asRef(c), this.asRef(keyOperand)]);
    this.lastOp().runsPython = !plain && mayRunPython("deleteSubscript", [container, key]);
    try {
      this.syncForCall(abstract);
      deleteSubscript(container, key);
    } catch (error) {
      abstract.frame.sp += 2;
      throw new RecordedRaise(error);
    }
  }

  private binaryOp(abstract: AbstractFrame, arg: number): void {
    const right = this.concrete(abstract, 1), left = this.concrete(abstract, 2);
    const b = this.pop(abstract), a = this.pop(abstract);
    const operator = arg >= 13 ? arg - 13 : arg;
    if (typeof left === "number" && typeof right === "number") {
      const name = INT_BINARY[operator];
      const result = fastBinary(arg, left, right);
      if (name !== undefined && result !== undefined) {
        const x = this.asInt(a), y = this.asInt(b);
        if (x instanceof Const && y instanceof Const) {
          this.push(abstract, this.constantFor(result), result);
        } else this.push(abstract, this.emit(name, [x, y]), result);
        return;
      }
    }
    if (
      (typeof left === "boolean" || typeof right === "boolean") &&
      (typeof left === "boolean" || typeof left === "number") &&
      (typeof right === "boolean" || typeof right === "number") && BOOL_ARITHMETIC.has(operator)
    ) {
      // (a > b) - (a < b): bools count as the ints 0 and 1, and the result is an int.
      const x = Number(left), y = Number(right);
      const result = fastBinary(arg, x, y);
      if (result !== undefined) {
        this.push(
          abstract,
          this.emit(INT_BINARY[operator]!, [
            this.asCountedInt(a, left),
            this.asCountedInt(b, right),
          ]),
          result,
        );
        return;
      }
    }
    const isFloat = (v: PyValue) => v instanceof PyFloat && v.cls === floatType;
    if (
      (isFloat(left) || isFloat(right)) && (isFloat(left) || typeof left === "number") &&
      (isFloat(right) || typeof right === "number")
    ) {
      const name = FLOAT_BINARY[operator];
      const result = fastBinary(arg, left, right);
      if (name !== undefined && result !== undefined) {
        const x = this.asFloat(a, left), y = this.asFloat(b, right);
        this.push(abstract, this.emit(name, [x, y]), result);
        return;
      }
    }
    if (
      operator === BINARY_OPERATOR_INDEX.Pow && (isFloat(left) || isFloat(right)) &&
      (isFloat(left) || typeof left === "number") && (isFloat(right) || typeof right === "number")
    ) {
      // A float power (float_pow): the trace leaves where Python raises or goes complex.
      const x = typeof left === "number" ? left : (left as PyFloat).value;
      const y = typeof right === "number" ? right : (right as PyFloat).value;
      const result = floatPowerInTrace(x, y);
      if (result !== undefined) {
        const power = this.emit("float_pow", [this.asFloat(a, left), this.asFloat(b, right)]);
        this.push(abstract, power, new PyFloat(result));
        return;
      }
    }
    if (
      operator === BINARY_OPERATOR_INDEX.Mult && left instanceof PyBytes &&
      left.cls === bytesType && typeof right === "number" &&
      left.bytes.length * right <= 2147483647
    ) {
      // b * k of an exact bytes (ctypes' strlen(b"x" * k)): no operator dispatch.
      this.guardClass(a, left);
      const value = repeatBytes(left, right);
      this.push(abstract, this.emit("bytes_repeat", [a, this.asInt(b)]), value);
      return;
    }
    if (operator === BINARY_OPERATOR_INDEX.Mod && this.strPercent(abstract, a, b, left, right)) {
      return;
    }
    if (
      operator === BINARY_OPERATOR_INDEX.Add && typeof left === "string" &&
      typeof right === "string"
    ) {
      // Two strs in plain form (JS strings): their concatenation is one too.
      const x = this.plainStr(a), y = this.plainStr(b);
      this.push(abstract, this.emit("str_concat", [x, y]), left + right);
      return;
    }
    const [name, , inplace] = DUNDERS_BY_INDEX[arg >= INPLACE_OFFSET ? arg - INPLACE_OFFSET : arg];
    // (`a op= b` is `a op b` when the class has no `__iop__`.)
    const plain = arg < INPLACE_OFFSET || !(left instanceof PyObject) ||
      left.cls.lookup(inplace) === undefined;
    if (plain && this.inlineOperator(abstract, name, a, b, left, right)) return;
    const result = this.residual(abstract, "binaryOp", [intConst(arg), a, b], [arg, left, right]);
    this.push(abstract, result.operand, result.value);
  }

  /**
   * `f"{s:>10}"`, `f"{i:05d}"`: a str in plain form or a small int with a
   * constant spec as format_spec (str_format.ts formatValue, without the
   * residual call's dispatch). Only when the spec formatted this value
   * without an error here, and no error can come from another value: the
   * spec alone decides str's errors and int's (but `c`, whose range a value
   * may miss, which any 'c' in the spec keeps out).
   */
  private formatSpec(
    abstract: AbstractFrame,
    operand: Operand,
    value: PyValue,
    specOperand: Operand,
    spec: PyValue,
  ): boolean {
    if (!(specOperand instanceof Const) || typeof spec !== "string") return false;
    if (typeof value !== "string" && (typeof value !== "number" || spec.includes("c"))) {
      return false;
    }
    let result: PyValue;
    try {
      result = formatStrOrInt(value, spec);
    } catch {
      return false; // (the residual call raises it)
    }
    const argument = typeof value === "string" ? this.plainStr(operand) : this.asInt(operand);
    this.push(abstract, this.emit("format_spec", [argument, specOperand]), result);
    return true;
  }

  /**
   * `"item%d" % i` / `"<%s>" % s`: a constant format in plain form with one
   * bare conversion (`%d`, `%i`, `%u` of a small int; `%s` of a str in plain
   * form: no flags, width or precision) and a single argument — its digits
   * (int_to_str) or the str itself between the format's literal text
   * (str_concat), instead of binaryOp's dispatch and the format's plan.
   */
  private strPercent(
    abstract: AbstractFrame,
    a: Operand,
    b: Operand,
    left: PyValue,
    right: PyValue,
  ): boolean {
    if (!(a instanceof Const) || typeof left !== "string") return false;
    const plan = percentPlan(left);
    if (plan === null || plan.conversions.length !== 1) return false;
    const { type, flags, width, precision } = plan.conversions[0];
    if (flags !== 0 || width >= 0 || precision >= 0) return false;
    let piece: Operand;
    let text: string;
    if ((type === 0x64 || type === 0x69 || type === 0x75) && typeof right === "number") {
      piece = this.emit("int_to_str", [this.asInt(b)]);
      text = String(right);
    } else if (type === 0x73 && typeof right === "string") {
      piece = this.plainStr(b);
      text = right;
    } else return false;
    const [before, after] = plan.literals;
    if (before !== "") piece = this.emit("str_concat", [this.ref(before), piece]);
    if (after !== "") piece = this.emit("str_concat", [piece, this.ref(after)]);
    this.push(abstract, piece, before + text + after);
    return true;
  }

  /**
   * `a op b` (BINARY_OP, or COMPARE_OP with `__lt__` and the others) where
   * `a`'s class defines the method `name` as a Python function: the method
   * is inlined as a CALL's callee would be, and the caller receives its
   * result after the instruction. Guards on both operands' classes keep the
   * dispatch as recorded (a right operand of a subclass, whose reflected
   * method might go first, is left to the runtime). A method returning
   * NotImplemented leaves the trace at its return, where the rebuilt frame
   * goes on with the operator (resume.ts finishCallee, which needs the two
   * parameters never rebound).
   */
  private inlineOperator(
    abstract: AbstractFrame,
    name: string,
    a: Operand,
    b: Operand,
    left: PyValue,
    right: PyValue,
  ): boolean {
    if (!(left instanceof PyObject) || !left.cls.isHeapType) return false;
    const cls = left.cls;
    const method = cls.lookup(name);
    if (
      !(method instanceof PyFunction) || !this.inlinable(method, 2) ||
      rebindsParameters(method.code, 2)
    ) {
      return false;
    }
    const rightType = typeOf(right);
    const plainRight = typeof right === "number" || isExactFloat(right) ||
      (right instanceof PyObject && !(rightType !== cls && rightType.isSubtypeOf(cls)));
    if (!plainRight) return false;
    this.guardClass(a, left);
    this.emitVoid("guard_type_version", [this.ref(cls, cls.name)], cls.version);
    this.versioned(method);
    const other = typeof right === "number"
      ? this.asInt(b)
      : isExactFloat(right)
      ? this.asFloat(b, right)
      : (this.guardClass(b, right as PyObject), b);
    const frame = abstract.frame;
    this.guardCodeOf(method);
    const calleeFrame = new Frame(method.code, method.globals, method.builtins, null, method);
    const slots: (Operand | null)[] = filledArray(calleeFrame.fast.length, null);
    calleeFrame.fast[0] = left;
    calleeFrame.fast[1] = right;
    slots[0] = a;
    slots[1] = other;
    frame.pc = this.pc + 1; // (the operands are off the stack)
    this.frames.push({
      frame: calleeFrame,
      runtime: runtimeCode(method.code),
      slots,
      func: method,
    });
    return true;
  }

  private compareOp(abstract: AbstractFrame, arg: number): void {
    const right = this.concrete(abstract, 1), left = this.concrete(abstract, 2);
    const b = this.pop(abstract), a = this.pop(abstract);
    const fast = fastCompare(arg, left, right);
    if (fast !== undefined) {
      if (typeof left === "number" && typeof right === "number") {
        this.push(abstract, this.emit(INT_COMPARE[arg], [this.asInt(a), this.asInt(b)]), fast);
      } else {
        const x = this.asFloat(a, left), y = this.asFloat(b, right);
        this.push(abstract, this.emit(FLOAT_COMPARE[arg], [x, y]), fast);
      }
      return;
    }
    if (typeof left === "string" && typeof right === "string") {
      // Strs in plain form: === is equality, < is code point order.
      const x = this.plainStr(a), y = this.plainStr(b);
      const holds = [
        left < right,
        left <= right,
        left === right,
        left !== right,
        left > right,
        left >= right,
      ][arg];
      this.push(abstract, this.emit("str_compare", [x, y], arg), holds);
      return;
    }
    if (this.inlineOperator(abstract, COMPARE_BY_INDEX[arg][0], a, b, left, right)) return;
    const result = this.residual(abstract, "compareOp", [intConst(arg), a, b], [arg, left, right]);
    this.push(abstract, result.operand, result.value);
  }

  private forIter(abstract: AbstractFrame, arg: number): void {
    const frame = abstract.frame;
    const iterator = this.concrete(abstract, 1);
    const operand = this.peek(abstract, 1);
    const step = stepOp(iterator);
    if (step !== null) {
      const stepped = iterator as PyRangeIterator | PyIndexIterator;
      const unrolled = abstract !== this.frames[0] && shortTupleIterator(stepped, operand);
      this.guardClass(operand, stepped);
      const value = stepIterator(stepped);
      if (value !== undefined) {
        this.push(abstract, this.emit(step, [operand]), value);
        frame.pc = this.pc + 1;
        return;
      }
      if (stepped instanceof PyIndexIterator) stepped.sequence = null; // as advance() does
      this.loopEnds(abstract, arg, STEP_DONE[step], unrolled);
      return;
    }
    if (iterator instanceof PyEnumerate && this.enumerateNext(abstract, iterator, operand)) {
      return;
    }
    if (iterator instanceof PyZip && this.zipNext(abstract, iterator, operand)) return;
    if (iterator instanceof PyGenerator && this.enterGenerator(abstract, iterator, operand)) return;
    if (iterator instanceof PyDictIterator && this.dictIterNext(abstract, iterator, operand, arg)) {
      return;
    }
    if (abstract !== this.frames[0]) throw loopInCallee(abstract.frame.code);
    const result = this.residual(abstract, "nextOrUndefined", [operand], [iterator]);
    if (result.value === undefined) {
      frame.sp--; // the iterator
      frame.pc = arg;
      throw new Abort("loop ends while recording", true);
    }
    // Exhausted: the loop is over (the interpreter must not call __next__ again).
    this.guardResumingAt("guard_nonnull", [result.operand], arg, this.startSp - 1);
    this.push(abstract, result.operand, result.value);
    frame.pc = this.pc + 1;
  }

  /**
   * FOR_ITER of a plain generator (PyPy's generators in traces): its body
   * from where it is suspended to its next YIELD_VALUE is recorded inline,
   * in its own frame — which exists, unlike an inlined call's: its slots
   * are read from it when first used (gen_getlocal) and written back at the
   * yield (gen_suspend), and `gen_enter` guards that the generator is idle at
   * the recorded resume point. A guard failing in the body leaves with the
   * generator's frame updated from the snapshot (SnapshotFrame.generator);
   * resume.ts then runs it on through the generator machinery and hands what
   * it yields, or the end of the iteration, to the consumer's FOR_ITER.
   * False (nothing done) when the generator cannot be entered so.
   */
  private enterGenerator(
    abstract: AbstractFrame,
    gen: PyGenerator,
    operand: Operand,
    sent: Operand = NONE,
    sentValue: PyValue = null,
  ): boolean {
    if (!this.enterable(gen)) return false;
    const genFrame = gen.frame;
    const code = genFrame.code;
    this.guardClass(operand, gen);
    this.emitVoid("gen_enter", [operand, this.ref(code, code.co_name)], genFrame.pc);
    // The consumer goes on after its FOR_ITER when the generator yields (the iterator stays).
    abstract.frame.pc = this.pc + 1;
    gen.started = gen.running = true;
    markGeneratorFrame(genFrame, gen);
    const slots: (Operand | null)[] = filledArray(genFrame.fast.length, null);
    this.frames.push({
      frame: genFrame,
      runtime: runtimeCode(code),
      slots,
      func: genFrame.func,
      generator: { operand, loaded: new Map() },
    });
    // What the resume pushes: the value sent (None from next()), the YIELD_VALUE's result.
    this.push(this.top(), sent, sentValue);
    return true;
  }

  /**
   * Whether a generator's body may be recorded inline from where it waits
   * (enterGenerator): a plain generator or a coroutine, idle, suspended in
   * no `await`/`yield from` but one of a generator or coroutine that may be
   * entered in turn (its SEND is recorded), within the inlining depth and the
   * recursion limit (`deeper`: frames that will be entered before it).
   */
  private enterable(gen: PyGenerator, deeper = 0): boolean {
    const depth = this.frames.length + deeper;
    if (
      (gen.cls !== generatorType && gen.cls !== coroutineType) || !gen.idleForJit() ||
      depth > params.inline_depth || thread.depth + depth >= thread.recursionLimit
    ) return false; // (a generator running in this recording, or the looping one, is not idle)
    const delegate = gen.delegate();
    return delegate === undefined ||
      (delegate instanceof PyGenerator && delegate !== gen && this.enterable(delegate, deeper + 1));
  }

  /**
   * SEND of `await`/`yield from` to a generator or coroutine that may be
   * entered (enterable): its body is recorded inline, from where it waits,
   * with the value sent (enterGenerator); this frame waits at the YIELD_VALUE
   * after the SEND, as the interpreter's does while the SEND runs. When the
   * body yields, the value is this frame's to yield (yieldToConsumer); when
   * it returns, the value replaces the receiver and this frame goes on at the
   * SEND's exit (generatorReturns). Anything else is not recorded.
   */
  private send(abstract: AbstractFrame): void {
    const receiver = this.concrete(abstract, 2);
    const sent = this.concrete(abstract, 1);
    if (
      !(receiver instanceof PyGenerator) || abstract.frame.consumer !== null ||
      (!receiver.started && sent !== null) || !this.enterable(receiver)
    ) throw new Abort("opcode SEND");
    const sentOperand = this.pop(abstract);
    this.enterGenerator(abstract, receiver, this.peek(abstract, 1), sentOperand, sent);
  }

  /**
   * GET_AWAITABLE of an instance whose class's `__await__` is a Python
   * generator function (`yield` in __await__): its call, which makes a plain
   * generator (no check of the result needed), behind guards on the class
   * and its version. False for anything else.
   */
  private awaitMethod(abstract: AbstractFrame, value: PyObject): boolean {
    const cls = value.cls;
    if (!cls.isHeapType) return false;
    const method = cls.lookup("__await__");
    const flags = method instanceof PyFunction ? method.code.co_flags : 0;
    if (
      !(method instanceof PyFunction) || (flags & CodeFlag.CO_GENERATOR) === 0 ||
      (flags & (CodeFlag.CO_COROUTINE | CodeFlag.CO_ITERABLE_COROUTINE)) !== 0
    ) return false;
    const operand = this.peek(abstract, 1);
    this.guardClass(operand, value);
    this.emitVoid("guard_type_version", [this.ref(cls, cls.name)], cls.version);
    this.pop(abstract);
    const result = this.residual(
      abstract,
      makesGenerator(method, 1) ? "makeGenerator" : "call",
      [this.ref(method), operand],
      [method, value],
      method,
    );
    this.push(abstract, result.operand, result.value);
    return true;
  }

  /**
   * `gen.send(value)` of a generator or coroutine that may be entered
   * (enterable): its body is recorded inline, from where it waits, with the
   * value sent, and what it yields is the call's result (yieldToConsumer).
   * When it returns instead, send raises StopIteration: the recording aborts
   * there (generatorReturns), and a trace leaving inside the body has
   * resume.ts raise it at the CALL. False (nothing done) for anything else.
   */
  private sendCall(
    abstract: AbstractFrame,
    callable: PyValue,
    receiver: PyValue,
    base: number,
  ): boolean {
    const frame = abstract.frame;
    const sent = frame.fast[base]!;
    if (
      !(callable instanceof PyMethodDescriptor) || callable.name !== "send" ||
      !(receiver instanceof PyGenerator) || callable.owner !== receiver.cls ||
      (!receiver.started && sent !== null) || !this.enterable(receiver)
    ) return false;
    if (abstract !== this.frames[0] && handlerRow(abstract.runtime, frame.code, this.pc) >= 0) {
      // Its StopIteration would be caught in a virtual frame: the function is called
      // from now on, and its own trace catches it (record_exceptions.ts raiseAtSend).
      catchingSenders.add(frame.code);
      throw new Abort("a send caught in an inlined frame", false, true);
    }
    const method = this.read(abstract, base - 2);
    if (!(method instanceof Const)) this.emitVoid("guard_value", [method, this.ref(callable)]);
    const gen = this.read(abstract, base - 1);
    const sentOperand = this.read(abstract, base);
    frame.sp = base - 2; // the caller receives what the body yields after the CALL
    return this.enterGenerator(abstract, receiver, gen, sentOperand, sent);
  }

  /**
   * GET_AWAITABLE: a coroutine is its own iterator (guard_not_awaited checks
   * that it is not being awaited already: the interpreter raises the
   * RuntimeError); anything else through its __await__, from the looping
   * frame only (that may run Python code).
   */
  private getAwaitable(abstract: AbstractFrame, kind: number): void {
    const value = this.concrete(abstract, 1);
    if (value instanceof PyGenerator && value.cls === coroutineType) {
      this.guardClass(this.peek(abstract, 1), value);
      if (value.delegate() === undefined) {
        this.emitVoid("guard_not_awaited", [this.peek(abstract, 1)]);
        return; // (the coroutine stays on the stack: GET_AWAITABLE's result)
      }
    } else if (value instanceof PyObject && this.awaitMethod(abstract, value)) {
      return;
    } else if (abstract !== this.frames[0]) throw new Abort("opcode GET_AWAITABLE");
    const operand = this.pop(abstract);
    const result = this.residual(abstract, "getAwaitable", [operand, intConst(kind)], [
      value,
      kind,
    ]);
    this.push(abstract, result.operand, result.value);
  }

  /**
   * YIELD_VALUE of an inlined generator (enterGenerator): the slots the body
   * changed go back to its frame, the frame is suspended after the
   * instruction, and the value is the consumer's FOR_ITER's.
   */
  private yieldToConsumer(abstract: AbstractFrame, gen: Operand): void {
    const frame = abstract.frame;
    const value = this.concrete(abstract, 1);
    const yielded = this.pop(abstract);
    const loaded = abstract.generator!.loaded;
    for (let slot = 0; slot < frame.sp; slot++) {
      const operand = abstract.slots[slot];
      if (operand === null || loaded.get(slot) === operand) continue;
      this.emitVoid("gen_setlocal", [gen, this.asRef(operand)], slot);
    }
    this.emitVoid("gen_suspend", [gen, intConst(this.pc + 1), intConst(frame.sp)]);
    (generatorOf(frame) as PyGenerator).suspendForJit(this.pc + 1, frame.sp);
    this.frames.pop();
    this.push(this.top(), yielded, value);
  }

  /**
   * RETURN_VALUE of an inlined generator (enterGenerator): it is finished,
   * its value dropped, and its consumer's `for` loop ends — in a bridge
   * (loopEnds: the trunk's own loop cannot end in its trace).
   */
  private generatorReturns(abstract: AbstractFrame): void {
    const consumer = this.frames[this.frames.length - 2];
    const forIter = consumer.frame.pc - 1;
    const code = consumer.frame.code.code;
    if (code[2 * forIter] === Opcode.CALL) {
      // `gen.send(x)`: StopIteration at the CALL, which a handler of the looping frame may catch.
      if (
        consumer !== this.frames[0] || this.frames.length !== 2 ||
        handlerRow(consumer.runtime, consumer.frame.code, forIter) < 0
      ) throw new Abort("a generator sent to returns");
      const value = this.concrete(abstract, 1);
      const returned = this.pop(abstract);
      const before = this.snapshot().frames[0];
      this.emitVoid("gen_finish", [abstract.generator!.operand]);
      (generatorOf(abstract.frame) as PyGenerator).finishForJit();
      this.frames.pop();
      raiseAtSend(this.internals(), before, forIter, returned, value);
      return;
    }
    if (code[2 * forIter] === Opcode.SEND) {
      // `await`/`yield from`: the value replaces the receiver, on at the SEND's exit.
      const value = this.concrete(abstract, 1);
      const returned = this.pop(abstract);
      this.emitVoid("gen_finish", [abstract.generator!.operand]);
      (generatorOf(abstract.frame) as PyGenerator).finishForJit();
      this.frames.pop();
      this.pop(consumer); // the receiver
      this.push(consumer, returned, value);
      consumer.frame.pc = code[2 * forIter + 1];
      return;
    }
    if (this.trunk === null) throw new Abort("loop ends while recording");
    // The consumer is after its FOR_ITER, whose jump is the loop's end.
    if (code[2 * forIter] !== Opcode.FOR_ITER) throw new Abort("an inlined generator returns");
    this.pop(abstract); // (the return value)
    this.emitVoid("gen_finish", [abstract.generator!.operand]);
    (generatorOf(abstract.frame) as PyGenerator).finishForJit();
    this.frames.pop();
    this.pop(consumer); // the generator, FOR_ITER's iterator
    consumer.frame.pc = code[2 * forIter + 1];
  }

  /**
   * FOR_ITER of an exact enumerate over a list, tuple or range iterator
   * counting in small ints: the count and the inner iterator's next item in
   * ops, and the pair a `new_tuple` (which unpacking takes apart, so a
   * `for i, x in enumerate(...)` loop makes no tuple). The count's increment
   * is checked before the inner iterator moves, so every guard leaves with
   * nothing done yet, and the interpreter's FOR_ITER does it all. False when
   * it is another enumerate (the residual call then).
   */
  private enumerateNext(
    abstract: AbstractFrame,
    enumerate: PyEnumerate,
    operand: Operand,
  ): boolean {
    const inner = enumerate.iterator;
    const count = enumerate.count;
    const step = stepOp(inner);
    if (enumerate.cls !== enumerateType || typeof count !== "number" || step === null) {
      return false;
    }
    const value = stepIterator(inner as PyRangeIterator | PyIndexIterator);
    if (value === undefined) return false; // (the loop ends: left to the residual call)
    this.guardClass(operand, enumerate);
    const innerOperand = this.emit("enumerate_inner", [operand]);
    this.guardClass(innerOperand, inner as PyObject);
    const countOperand = this.asInt(this.emit("enumerate_count", [operand]));
    const next = this.emit("int_add_ovf", [countOperand, intConst(1)]);
    const item = this.emit(step, [innerOperand]);
    this.emitVoid("enumerate_set_count", [operand, next]);
    enumerate.count = count + 1; // (and the inner iterator stepped: FOR_ITER's state after it)
    this.push(abstract, this.emit("new_tuple", [countOperand, item]), newTuple([count, value]));
    abstract.frame.pc = this.pc + 1;
    return true;
  }

  /**
   * FOR_ITER of an exact zip over range, list, tuple or reversed iterators
   * (at most four), each with an item: guards that the zip is not done and
   * that every iterator has an item (before any is stepped, so every guard
   * leaves with nothing done, and the interpreter's FOR_ITER does it all,
   * the end of the loop included), then each steps in an op and the tuple
   * is a `new_tuple` (which unpacking takes apart). False otherwise.
   */
  private zipNext(abstract: AbstractFrame, zip: PyZip, operand: Operand): boolean {
    const inner = zip.iterators;
    if (zip.cls !== zipType || zip.done || inner.length === 0 || inner.length > 4) return false;
    const steps = inner.map(stepOp);
    if (steps.some((step) => step === null)) return false;
    const stepped = inner as (PyRangeIterator | PyIndexIterator)[];
    if (!stepped.every(hasItem)) return false;
    this.guardClass(operand, zip);
    this.emitVoid("zip_live", [operand]);
    const operands = stepped.map((iterator, k) => {
      const innerOperand = this.emit("zip_inner", [operand], k);
      this.guardClass(innerOperand, iterator);
      return innerOperand;
    });
    operands.forEach((o, k) => this.emitVoid("iter_ready", [o], READY_KIND[steps[k]!]));
    const values = stepped.map((iterator) => stepIterator(iterator)!);
    const items = operands.map((o, k) => this.emit(steps[k]!, [o]));
    this.push(abstract, this.emit("new_tuple", items), newTuple(values));
    abstract.frame.pc = this.pc + 1;
    return true;
  }

  /**
   * A `for` loop that ends while recording: the trace guards that the
   * iterator is exhausted and continues after the loop. Not the traced loop
   * itself (that trace would leave its loop): only an inner one, met by a
   * bridge that goes round an outer loop, or a short tuple loop of an
   * inlined call, unrolled (`unrolled`: UNROLLED_ITEMS).
   */
  /**
   * FOR_ITER of a forward dict iterator (`for k in d`, `d.keys()`, `d.values()`,
   * `d.items()`): `dict_iter_next` steps it to its next entry's position (it
   * leaves, with nothing changed, where PyDictIterator.next would end or raise,
   * and the interpreter's FOR_ITER does that), then the key and value are read
   * at that position, and an items pair is a `new_tuple` (which unpacking takes
   * apart, so `for k, v in d.items()` makes no tuple). An iterator exhausted
   * when recorded ends the loop behind `dict_iter_done`. False for another
   * iterator, or one that raises now (the residual call then).
   */
  private dictIterNext(
    abstract: AbstractFrame,
    iterator: PyDictIterator,
    operand: Operand,
    arg: number,
  ): boolean {
    const cls = iterator.cls;
    if (
      iterator.reversed ||
      (cls !== dictItemIteratorType && cls !== dictKeyIteratorType && cls !== dictValueIteratorType)
    ) return false;
    const dict = iterator.dict;
    let position = iterator.position;
    if (dict !== null) {
      if (iterator.sizeAtStart !== dict.size) return false;
      while (position < dict.keys.length && dict.keys[position] === undefined) position++;
      if (position < dict.keys.length && iterator.remaining === 0) return false;
    }
    if (dict === null || position >= dict.keys.length) {
      if (this.trunk === null) return false; // (the residual call: the loop ends while recording)
      this.guardClass(operand, iterator);
      iterator.next(); // exhausted: drops the dict, as the interpreter's FOR_ITER would
      this.loopEnds(abstract, arg, "dict_iter_done", false);
      return true;
    }
    this.guardClass(operand, iterator);
    const value = iterator.next()!;
    const at = this.emit("dict_iter_next", [operand]);
    const key = cls === dictValueIteratorType ? null : this.emit("dict_iter_key", [operand, at]);
    const item = cls === dictKeyIteratorType ? null : this.emit("dict_iter_value", [operand, at]);
    const result = key === null ? item! : item === null ? key : this.emit("new_tuple", [key, item]);
    this.push(abstract, result, value);
    abstract.frame.pc = this.pc + 1;
    return true;
  }

  private loopEnds(abstract: AbstractFrame, arg: number, guard: string, unrolled: boolean): void {
    if (this.trunk === null && !unrolled) throw new Abort("loop ends while recording");
    const operand = this.pop(abstract);
    this.emitVoid(guard, [operand]);
    abstract.frame.pc = arg;
  }

  private call(abstract: AbstractFrame, arg: number): boolean {
    const frame = abstract.frame;
    const base = frame.sp - arg; // the arguments; below them the self slot and the callable
    const callable = frame.fast[base - 2]!;
    const selfValue = frame.fast[base - 1];
    const self = selfValue === undefined ? 0 : 1;
    if (callable instanceof PyBoundMethod) {
      // (`with`'s closing CALL of `__exit__` has a None in the self slot: self is 1.)
      if (this.inlineBoundCall(abstract, callable, base, arg)) return false;
      if (self === 0 && this.unbind(abstract, callable, base, arg)) return this.call(abstract, arg);
    }
    if (
      callable instanceof PyBuiltinFunction && self === 0 && callable.descriptor !== null &&
      callable.self instanceof PyObject
    ) {
      // A builtin's method bound to an object: its descriptor and self (unbindAs).
      const { descriptor, self: receiver } = callable;
      this.unbindAs(abstract, base, callable, "bound_descriptor", descriptor, receiver, true);
      return this.call(abstract, arg);
    }
    if (callable instanceof PyType && self === 0) {
      const init = plainInitializer(callable);
      if (init !== undefined && this.inlinable(init, arg + 1, true)) {
        return this.inlineConstruction(abstract, callable, init, base, arg);
      }
    }
    if (callable === superType && self === 0 && arg === 0 && this.superMethod(abstract, base)) {
      return false;
    }
    if (
      self === 0 && arg === 2 && isBuiltinNamed(callable, "isinstance") &&
      this.isinstanceKnown(abstract, base)
    ) {
      return false;
    }
    if (self === 0 && this.foreignCall(abstract, base, arg)) return false;
    if (
      self === 1 && arg === 1 && params.inline_send !== 0 &&
      this.sendCall(abstract, callable, selfValue!, base)
    ) {
      return false;
    }
    if (callable === rangeType && self === 0 && this.rangeCall(abstract, base, arg)) return false;
    if (self === 0 && arg === 0 && (callable === listType || EMPTY_MAKERS.has(callable))) {
      // list(), set(), dict(): the empty container, as [], BUILD_SET and BUILD_MAP make it,
      // not a call of the type (its __new__ and __init__ through the generic call).
      const callee = this.read(abstract, base - 2);
      if (!(callee instanceof Const)) this.emitVoid("guard_value", [callee, this.ref(callable)]);
      frame.sp = base - 2;
      if (callable === listType) {
        this.push(abstract, this.emit("new_list", []), new PyList(emptyItems()));
      } else this.residualFromStack(abstract, EMPTY_MAKERS.get(callable)!, 0);
      frame.pc = this.pc + 1;
      return false;
    }
    if (callable === reversedType && self === 0 && arg === 1) {
      const sequence = frame.fast[base];
      const list = sequence instanceof PyList && sequence.cls === listType;
      if (list || (sequence instanceof PyTuple && sequence.cls === tupleType)) {
        // reversed() of an exact list or tuple: the iterator it makes, without the call.
        const callee = this.read(abstract, base - 2);
        if (!(callee instanceof Const)) this.emitVoid("guard_value", [callee, this.ref(callable)]);
        const operand = this.read(abstract, base);
        this.guardClass(operand, sequence as PyObject);
        const made = reversedArrayIterator(
          list ? listReverseIteratorType : reversedType,
          sequence as PyList | PyTuple,
        );
        frame.sp = base - 2;
        this.push(abstract, this.emit("seq_reversed", [operand], list ? 0 : 1), made);
        frame.pc = this.pc + 1;
        return false;
      }
    }
    if (
      self === 0 && arg === 1 && isBuiltinNamed(callable, "len") && this.lenKnown(abstract, base)
    ) {
      return false;
    }
    if (self === 0 && this.numberBuiltin(abstract, callable, base, arg)) return false;
    if (callable === strType && self === 0 && arg === 1 && typeof frame.fast[base] === "number") {
      // str(i) of a small int: its decimal digits, as JS writes them below 2**53.
      const callee = this.read(abstract, base - 2);
      if (!(callee instanceof Const)) this.emitVoid("guard_value", [callee, this.ref(strType)]);
      const value = String(frame.fast[base]);
      const operand = this.asInt(this.read(abstract, base));
      frame.sp = base - 2;
      this.push(abstract, this.emit("int_to_str", [operand]), value);
      frame.pc = this.pc + 1;
      return false;
    }
    if (callable === intType && self === 0 && arg === 1 && this.intOfText(abstract, base)) {
      return false;
    }
    const recursive = callable instanceof PyFunction &&
      callable.code === this.frames[0].frame.code;
    if (
      // (Defaults only for a function the trace holds as a constant: a closure guarded by
      // code has its own __defaults__, which would fail the guard at each new one.)
      callable instanceof PyFunction && !recursive &&
      this.inlinable(callable, arg + self, this.read(abstract, base - 2) instanceof Const) &&
      !megamorphicSites.get(frame.code)?.has(this.pc)
    ) {
      const callee = callable.code;
      const calleeFrame = new Frame(callee, callable.globals, callable.builtins, null, callable);
      const slots: (Operand | null)[] = filledArray(calleeFrame.fast.length, null);
      for (let i = 0; i < arg + self; i++) {
        calleeFrame.fast[i] = frame.fast[base - self + i];
        slots[i] = this.read(abstract, base - self + i);
      }
      const funcOperand = this.read(abstract, base - 2);
      // A function the trace does not hold as a constant is guarded by its code and
      // namespaces, a closure's cells read from it: a maker makes one per call, and
      // functions of one code called with exactly their positional parameters
      // (inlinable) behave alike. (By identity, each new one took a bridge, then the
      // site called them all uninlined: compose's lambdas made per kernel call.)
      const byCode = !(funcOperand instanceof Const);
      if (byCode) {
        this.emitVoid("guard_code", [
          funcOperand,
          this.ref(callee, callee.co_name),
          this.ref(callable.globals, "globals"),
          this.ref(callable.builtins, "builtins"),
        ]);
      } else {
        this.guardCodeOf(callable);
      }
      this.bindDefaults(callable, funcOperand, arg + self, calleeFrame, slots);
      // The caller continues after the CALL with the call's operands gone.
      frame.sp = base - 2;
      frame.pc = this.pc + 1;
      this.frames.push({
        frame: calleeFrame,
        runtime: runtimeCode(callee),
        slots,
        func: callable,
        callee: byCode ? funcOperand : undefined,
        cells: callee.co_cellvars.length > 0
          ? filledArray(callee.co_cellvars.length, null)
          : undefined,
      });
      return false;
    }
    const float = FLOAT_FUNCTIONS[
      callable instanceof PyBuiltinFunction
        ? `${callable.module ?? "builtins"}.${callable.name}`
        : ""
    ];
    const argument = frame.fast[base];
    if (
      float !== undefined && self === 0 && arg === 1 &&
      ((typeof argument === "number" && !float.floatsOnly) ||
        (argument instanceof PyFloat && argument.cls === floatType))
    ) {
      // math.sqrt(x) and friends on a float or a small int: an IR op, no call.
      const x = typeof argument === "number" ? argument : argument.value;
      if (float.valid(x)) {
        const callee = this.read(abstract, base - 2);
        if (!(callee instanceof Const)) this.emitVoid("guard_value", [callee, this.ref(callable)]);
        const operand = this.asFloat(this.read(abstract, base), argument);
        frame.sp = base - 2;
        this.push(abstract, this.emit(float.op, [operand]), new PyFloat(float.compute(x)));
        frame.pc = this.pc + 1;
        return false;
      }
    }
    if (
      self === 1 && callable instanceof PyMethodDescriptor && callable.owner === dictType &&
      callable.name === "get" && (arg === 1 || arg === 2) && selfValue instanceof PyDict &&
      selfValue.cls === dictType && plainKey(frame.fast[base]!)
    ) {
      // d.get(key[, default]) with an int or str key: no Python code runs. (LOAD_METHOD
      // guarded the receiver's exact class.)
      const key = frame.fast[base] as number | string;
      const fallback = arg === 2 ? frame.fast[base + 1]! : null;
      const args = [
        this.read(abstract, base - 1),
        this.keyOperand(this.read(abstract, base), key),
        arg === 2 ? this.asRef(this.read(abstract, base + 1)) : NONE,
      ];
      const found = selfValue.get(key);
      frame.sp = base - 2;
      this.push(abstract, this.emit("dict_get", args), found === undefined ? fallback : found);
      frame.pc = this.pc + 1;
      return false;
    }
    if (
      self === 1 && callable instanceof PyMethodDescriptor && callable.owner === dictType &&
      callable.name === "setdefault" && arg === 2 && selfValue instanceof PyDict &&
      selfValue.cls === dictType && plainKey(frame.fast[base]!)
    ) {
      // d.setdefault(key, default) with an int or str key: no Python code runs.
      const key = frame.fast[base] as number | string;
      const fallback = frame.fast[base + 1]!;
      const args = [
        this.read(abstract, base - 1),
        this.keyOperand(this.read(abstract, base), key),
        this.asRef(this.read(abstract, base + 1)),
      ];
      let found = selfValue.get(key);
      if (found === undefined) selfValue.set(key, found = fallback);
      frame.sp = base - 2;
      this.push(abstract, this.emit("dict_setdefault", args), found);
      frame.pc = this.pc + 1;
      return false;
    }
    if (self === 1 && callable instanceof PyMethodDescriptor) {
      const argValues = frame.fast.slice(base, base + arg) as PyValue[];
      const op = methodOp(callable, selfValue!, argValues);
      if (op !== undefined) { // (LOAD_METHOD guarded the receiver's exact class)
        const receiver = this.read(abstract, base - 1);
        const args = [receiver];
        for (let i = 0; i < arg; i++) args.push(this.asRef(this.read(abstract, base + i)));
        const value = callObject(callable, [selfValue!, ...argValues], null);
        const result = op === "list_pop" ? this.emit(op, args) : (this.emitVoid(op, args), NONE);
        frame.sp = base - 2;
        this.push(abstract, result, value);
        frame.pc = this.pc + 1;
        return false;
      }
    }
    const operands: Operand[] = [this.read(abstract, base - 2)];
    const values: PyValue[] = [callable];
    if (self) {
      operands.push(this.read(abstract, base - 1));
      values.push(selfValue!);
    }
    for (let i = 0; i < arg; i++) {
      operands.push(this.read(abstract, base + i));
      values.push(frame.fast[base + i]!);
    }
    frame.sp = base - 2;
    const direct = this.directMethodCall(operands, values);
    if (direct !== null) {
      const result = this.residual(
        abstract,
        direct.helper,
        direct.operands,
        direct.values,
        callable,
      );
      this.push(abstract, result.operand, result.value);
      frame.pc = this.pc + 1;
      return false;
    }
    // A Python function called (not inlined: recursion, or too deep) goes the
    // interpreter's fast way, and through its own entry trace when it has one.
    // (One that raised while inlined is a plain call, which a trace can catch.)
    const helper = !(callable instanceof PyFunction) || raisingCallees.has(callable.code)
      ? "call"
      : simplePositional(callable, arg + self)
      ? "callPython"
      : makesGenerator(callable, arg + self)
      ? "makeGenerator" // (a coroutine's frame and object, no callObject)
      : "call";
    const result = this.residual(abstract, helper, operands, values, callable);
    this.push(abstract, result.operand, result.value);
    frame.pc = this.pc + 1;
    return false;
  }

  /**
   * A builtin type's method (a constant descriptor) called with its receiver
   * and positional arguments the descriptor takes without binding
   * (directCall): the call of its implementation with every parameter, the
   * ones left out as its defaults (helpers.ts callMethodN), after a guard
   * that the receiver is of the class it was (a plain str for str's
   * methods). The interpreter's way (callObject, callUnbound, applyDirect)
   * costs 25-30 ns more a call and an array for the arguments. Null when
   * the call is not of that kind.
   */
  private directMethodCall(
    operands: Operand[],
    values: PyValue[],
  ): { helper: string; operands: Operand[]; values: PyValue[] } | null {
    const [descriptor, receiver] = values;
    if (!(descriptor instanceof PyMethodDescriptor) || !(operands[0] instanceof Const)) return null;
    const parameters = descriptor.directCall(values.slice(1));
    if (parameters === null || parameters.length > 4) return null;
    if (typeof receiver === "string") this.plainStr(operands[1]);
    else if (receiver instanceof PyObject) this.guardClass(operands[1], receiver);
    else return null;
    const all = [...operands.slice(1)];
    for (let i = all.length; i < parameters.length; i++) all.push(this.constantFor(parameters[i]));
    return {
      helper: `callMethod${parameters.length - 1}`,
      operands: [operands[0], ...all],
      values: [descriptor, ...parameters],
    };
  }

  /**
   * `range(...)` of one to three small ints: a `new_range` op (the ints
   * guarded, a step that is not a constant guarded non-zero) instead of a
   * call of the type. False (nothing emitted) otherwise: the call raises or
   * takes other arguments the general way.
   */
  private rangeCall(abstract: AbstractFrame, base: number, arg: number): boolean {
    const frame = abstract.frame;
    const values = frame.fast.slice(base, base + arg);
    if (arg < 1 || arg > 3 || !values.every((v) => typeof v === "number")) return false;
    const [start, stop, step] = arg === 1
      ? [0, values[0], 1]
      : [values[0], values[1], values[2] ?? 1];
    if (step === 0) return false; // (the call raises)
    const range = makeRange(start as number, stop as number, step as number);
    if (!(range instanceof PyRange)) return false;
    const callee = this.read(abstract, base - 2);
    if (!(callee instanceof Const)) this.emitVoid("guard_value", [callee, this.ref(rangeType)]);
    const operands = values.map((_, i) => this.asInt(this.read(abstract, base + i)));
    const bounds = arg === 1
      ? [intConst(0), operands[0], intConst(1)]
      : [operands[0], operands[1], operands[2] ?? intConst(1)];
    if (!(bounds[2] instanceof Const)) {
      this.emitVoid("guard_true", [this.emit("int_ne", [bounds[2], intConst(0)])]);
    }
    frame.sp = base - 2;
    const result = this.emit("new_range", bounds);
    this.rangeBounds.set(result, bounds);
    this.push(abstract, result, range);
    frame.pc = this.pc + 1;
    return true;
  }

  /**
   * `super().name(...)` with zero-argument super() in a method: when `name`
   * is a plain function or a builtin type's method (`super().__init__(msg)`
   * of an Exception subclass: BaseException.__init__) found after
   * `__class__` in the MRO of the first argument's class, super() and the
   * LOAD_METHOD after it become that function and the argument as self (the
   * method form LOAD_METHOD leaves: what super's binding would call), behind
   * guards on the argument's class and version and on `__class__`; the CALL
   * then inlines it or calls the method. False (nothing emitted) in any
   * other case (super() itself, from an inlined frame, would abort the trace).
   */
  private superMethod(abstract: AbstractFrame, base: number): boolean {
    const frame = abstract.frame;
    const code = frame.code;
    const words = code.code;
    if (words[(this.pc + 1) << 1] !== 24 /* LOAD_METHOD */) return false;
    const name = code.co_names[words[((this.pc + 1) << 1) + 1]];
    const classSlot = code.co_freevars.indexOf("__class__");
    if (classSlot < 0 || code.co_argcount === 0) return false;
    if (code.cellParameterIndex.includes(0)) return false; // the first argument lives in a cell
    const cellIndex = code.co_cellvars.length + classSlot;
    const type = frame.cells[cellIndex]?.contents;
    const first = frame.fast[0];
    if (!(type instanceof PyType) || !(first instanceof PyObject) || first instanceof PyType) {
      return false;
    }
    const cls = first.cls;
    const method = superLookup(cls, type, name);
    if (!(method instanceof PyFunction || method instanceof PyMethodDescriptor)) return false;
    const receiver = this.read(abstract, 0);
    this.guardClass(receiver, first);
    this.emitVoid("guard_type_version", [this.ref(cls, cls.name)], cls.version);
    const contents = this.emit("getcell", [this.cellOperand(abstract, cellIndex)]);
    this.emitVoid("guard_value", [contents, this.ref(type, type.name)]);
    frame.sp = base - 2;
    this.push(abstract, this.ref(method), method);
    this.push(abstract, receiver, first);
    frame.pc = this.pc + 2;
    return true;
  }

  /**
   * A call of a ctypes function pointer that has a plan (jit/foreign_calls.ts):
   * behind guards on the pointer and its plan, one op calls the C function with
   * the trace's values, floats unboxed. False (nothing emitted) when there is no
   * plan or an argument is not a number of the kind its parameter takes.
   */
  private foreignCall(abstract: AbstractFrame, base: number, count: number): boolean {
    const frame = abstract.frame;
    const callable = frame.fast[base - 2]!;
    if (!(callable instanceof PyObject)) return false;
    const plan = foreignPlan(callable);
    if (plan === null || plan.params.length !== count) return false;
    const values = frame.fast.slice(base, base + count) as PyValue[];
    const fits = values.every((value, i) =>
      plan.params[i] === "ref"
        ? (value === null || value instanceof PyObject) && plan.accepts(value, i)
        : typeof value === "number" ||
          (plan.params[i] === "float" && value instanceof PyFloat && value.cls === floatType)
    );
    if (!fits) return false;
    const callee = this.read(abstract, base - 2);
    if (!(callee instanceof Const)) this.emitVoid("guard_value", [callee, this.ref(callable)]);
    const planned = this.emit("foreign_plan", [this.ref(callable)]);
    this.emitVoid("guard_value", [planned, this.ref(plan, "plan")]);
    const args = values.map((value, i) => {
      const operand = this.read(abstract, base + i);
      if (plan.params[i] === "ref") {
        // The converter's path depends on the class only (None: on being None).
        if (value === null) {
          if (!(operand instanceof Const)) this.emitVoid("guard_value", [operand, NONE]);
        } else this.guardClass(operand, value as PyObject);
        return operand;
      }
      return typeof value === "number"
        ? this.asInt(operand)
        : this.asFloat(operand, value as PyFloat);
    });
    let result: PyValue;
    try {
      this.syncForCall(abstract);
      result = callObject(callable, values, null);
    } catch (error) {
      throw new RecordedRaise(error);
    }
    const runs = this.ref(plan.callbacks, "callback runs");
    const before = this.emit("callback_runs", [runs]);
    const op = { float: "ffi_call_float", int: "ffi_call_int", ref: "ffi_call", none: "ffi_call" }[
      plan.result
    ];
    const operand = this.emit(op, [this.ref(plan, "plan"), ...args]);
    frame.sp = base - 2;
    this.push(abstract, plan.result === "none" ? NONE : operand, result);
    frame.pc = this.pc + 1;
    // A callback ran during the call: leave after it, its result on the stack.
    this.emitVoid("guard_callback_runs", [runs, before]);
    this.trace.ops[this.trace.ops.length - 1].snapshot = this.snapshotAfter();
    return true;
  }

  /** The state after the current instruction, which has completed (a guard after a call). */
  private snapshotAfter(): Snapshot {
    const snapshot = new Snapshot(this.frames.map((abstract) => {
      const frame = abstract.frame;
      return {
        code: frame.code,
        func: abstract.func,
        pc: frame.pc,
        sp: frame.sp,
        slots: abstract.slots.slice(0, frame.sp),
        constructed: abstract.constructed?.operand ?? null,
        attribute: abstract.attribute,
        generator: abstract.generator?.operand,
        callee: abstract.callee,
        cells: abstract.cells?.slice(),
        made: abstract.made,
      };
    }));
    this.snapshots.push(snapshot);
    return snapshot;
  }

  /**
   * `len(x)` of an exact list or tuple: its length read in the trace (the
   * class guarded, and the callee if it is not a constant). False otherwise.
   */
  private lenKnown(abstract: AbstractFrame, base: number): boolean {
    const frame = abstract.frame;
    const value = frame.fast[base];
    if (lengthOp(value) === null) return false;
    const callee = this.read(abstract, base - 2);
    if (!(callee instanceof Const)) {
      this.emitVoid("guard_value", [callee, this.ref(frame.fast[base - 2])]);
    }
    const length = this.lengthOf(this.read(abstract, base), value!);
    frame.sp = base - 2;
    this.push(abstract, length.operand, length.value);
    frame.pc = this.pc + 1;
    return true;
  }

  /** The length of a value lengthOp knows (guarding its class, or that a str is plain). */
  private lengthOf(operand: Operand, value: PyValue): { operand: Operand; value: number } {
    const op = lengthOp(value)!;
    if (op === "str_len") this.plainStr(operand);
    else this.guardClass(operand, value as PyObject);
    const length = typeof value === "string"
      ? value.length
      : value instanceof PyDict
      ? value.size
      : value instanceof PySet
      ? value.used
      : value instanceof PyDeque
      ? value.length
      : (value as PyList | PyTuple).items.length;
    return { operand: this.emit(op, [operand]), value: length };
  }

  /**
   * `isinstance(obj, cls)` for a class whose metaclass is `type` (no
   * `__instancecheck__`) and an object whose class is guarded: the answer
   * is known (the class's version guards its MRO). Ints need no guard when
   * the trace has them as ints. False when this does not apply.
   */
  private isinstanceKnown(abstract: AbstractFrame, base: number): boolean {
    const frame = abstract.frame;
    const obj = frame.fast[base], cls = frame.fast[base + 1];
    if (!(cls instanceof PyType) || cls.cls !== typeType) return false;
    const operand = this.read(abstract, base);
    let answer: boolean;
    if (typeof obj === "number") {
      this.asInt(operand); // (an int the trace took from a container: guarded to stay one)
      answer = intType.isSubtypeOf(cls);
    } else if (obj === null || obj === true || obj === false) {
      if (!(operand instanceof Const)) {
        this.emitVoid("guard_value", [operand, this.constantFor(obj)]);
      }
      answer = typeOf(obj).isSubtypeOf(cls);
    } else if (typeof obj === "string") {
      this.plainStr(operand); // (a str in plain form: its class is str)
      answer = strType.isSubtypeOf(cls);
    } else if (
      obj instanceof PyObject && !(obj instanceof PyType) &&
      obj.cls.lookup("__class__") === objectType.lookup("__class__")
    ) {
      this.guardClass(operand, obj);
      this.emitVoid("guard_type_version", [this.ref(obj.cls, obj.cls.name)], obj.cls.version);
      answer = obj.cls.isSubtypeOf(cls);
    } else return false;
    const clsOperand = this.read(abstract, base + 1);
    if (!(clsOperand instanceof Const)) this.emitVoid("guard_value", [clsOperand, this.ref(cls)]);
    const callee = this.read(abstract, base - 2);
    if (!(callee instanceof Const)) {
      this.emitVoid("guard_value", [callee, this.ref(frame.fast[base - 2])]);
    }
    frame.sp = base - 2;
    this.push(abstract, answer ? TRUE : FALSE, answer);
    frame.pc = this.pc + 1;
    return true;
  }

  /**
   * `int(text)` of a str in plain form that is an int literal: a call of
   * the parser that gives undefined for a text that is none, and a guard on
   * that. The guard leaves before the CALL, and the interpreter redoes it
   * (parsing has no effects) and raises the ValueError without a JS throw
   * (constructors.ts intType.quietCall), where the residual call of int
   * would leave by a throw. False when the text is no literal now (the
   * generic call records the raise).
   */
  private intOfText(abstract: AbstractFrame, base: number): boolean {
    const frame = abstract.frame;
    const text = frame.fast[base];
    if (typeof text !== "string") return false;
    let value;
    try {
      value = parseIntLiteral(text);
    } catch {
      return false; // (over the digit limit: the generic call raises)
    }
    if (value === undefined) return false;
    const callee = this.read(abstract, base - 2);
    if (!(callee instanceof Const)) this.emitVoid("guard_value", [callee, this.ref(intType)]);
    const operand = this.plainStr(this.read(abstract, base));
    const result = this.emit("call", [this.helper("intOfText"), operand]);
    this.lastOp().runsPython = false;
    this.emitVoid("guard_nonnull", [result]);
    frame.sp = base - 2;
    this.push(abstract, result, value);
    frame.pc = this.pc + 1;
    return true;
  }

  /**
   * int(x) of a float or an int, min(a, b) and max(a, b) of two ints or two
   * floats: ops, no call (the builtins, guarded to be the callee).
   */
  private numberBuiltin(
    abstract: AbstractFrame,
    callable: PyValue,
    base: number,
    arg: number,
  ): boolean {
    const frame = abstract.frame;
    const values = frame.fast.slice(base, base + arg) as PyValue[];
    let op: string, result: PyValue, operands: Operand[];
    const rounding = arg === 1 ? roundingOf(callable) : undefined;
    if (rounding !== undefined && (typeof values[0] === "number" || isExactFloat(values[0]))) {
      // int(x), math.floor(x), math.ceil(x): an int itself, a float's int within the safe range.
      const value = values[0];
      if (typeof value === "number") {
        operands = [this.asInt(this.read(abstract, base))];
        op = "";
        result = value;
      } else {
        const int = rounding.round(value.value) + 0;
        if (!(Math.abs(int) <= Number.MAX_SAFE_INTEGER)) return false;
        const x = this.asFloat(this.read(abstract, base), value);
        operands = [rounding.op === null ? x : this.emit(rounding.op, [x])];
        op = "float_to_int";
        result = int;
      }
    } else if (arg === 2 && (isBuiltinNamed(callable, "min") || isBuiltinNamed(callable, "max"))) {
      const [a, b] = values;
      const min = isBuiltinNamed(callable, "min");
      if (typeof a === "number" && typeof b === "number") {
        op = min ? "int_min" : "int_max";
        operands = [
          this.asInt(this.read(abstract, base)),
          this.asInt(this.read(abstract, base + 1)),
        ];
        result = min ? (b < a ? b : a) : (b > a ? b : a);
      } else if (isExactFloat(a) && isExactFloat(b)) {
        op = min ? "float_min" : "float_max";
        // (The boxes themselves, checked to be exact floats: the result is one of them.)
        operands = [this.read(abstract, base), this.read(abstract, base + 1)].map((operand, i) => {
          this.asFloat(operand, values[i]);
          return this.asRef(operand);
        });
        result = min ? (b.value < a.value ? b : a) : (b.value > a.value ? b : a);
      } else return false;
    } else return false;
    const callee = this.read(abstract, base - 2);
    if (!(callee instanceof Const)) this.emitVoid("guard_value", [callee, this.ref(callable)]);
    frame.sp = base - 2;
    this.push(abstract, op === "" ? operands[0] : this.emit(op, operands), result);
    frame.pc = this.pc + 1;
    return true;
  }

  /**
   * `cls(args)` for a plain class (type_call with a native `__new__` and a
   * Python `__init__`): the instance is made by a residual call of
   * construct(), then `__init__` is inlined with it as self; when that frame
   * returns, the caller receives the instance (resume data records it, so a
   * rebuilt `__init__` frame does the same).
   */
  private inlineConstruction(
    abstract: AbstractFrame,
    cls: PyType,
    init: PyFunction,
    base: number,
    arg: number,
  ): boolean {
    const frame = abstract.frame;
    const clsOperand = this.read(abstract, base - 2);
    if (!(clsOperand instanceof Const)) this.emitVoid("guard_value", [clsOperand, this.ref(cls)]);
    this.emitVoid("guard_type_version", [this.ref(cls, cls.name)], cls.version);
    this.versioned(init);
    const args = frame.fast.slice(base, base + arg) as PyValue[];
    const operands = args.map((_, i) => this.read(abstract, base + i));
    const made = allocatesBareInstance(cls)
      ? this.allocate(cls, args)
      : this.residual(abstract, "construct", [this.ref(cls), ...operands], [cls, ...args]);
    const code = init.code;
    this.guardCodeOf(init);
    const initFrame = new Frame(code, init.globals, init.builtins, null, init);
    const slots: (Operand | null)[] = filledArray(initFrame.fast.length, null);
    initFrame.fast[0] = made.value;
    initFrame.constructed = made.value; // resumed without the JIT, it still returns the instance
    slots[0] = made.operand;
    for (let i = 0; i < arg; i++) {
      initFrame.fast[i + 1] = args[i];
      slots[i + 1] = operands[i];
    }
    this.bindDefaults(init, this.ref(init, code.co_name), arg + 1, initFrame, slots);
    frame.sp = base - 2;
    frame.pc = this.pc + 1;
    this.frames.push({
      frame: initFrame,
      runtime: runtimeCode(code),
      slots,
      func: init,
      constructed: { operand: made.operand, value: made.value },
    });
    return false;
  }

  /**
   * An inlined call of `func` with `count` positional arguments binds the
   * parameters after them to their defaults (positionalDefaults), as
   * constants: the trace guards that the function still has that
   * `__defaults__` tuple (it may be assigned).
   */
  private bindDefaults(
    func: PyFunction,
    funcOperand: Operand,
    count: number,
    calleeFrame: Frame,
    slots: (Operand | null)[],
  ): void {
    const defaults = positionalDefaults(func, count)!;
    if (defaults.length === 0) return;
    this.emitVoid("guard_defaults", [funcOperand, this.ref(func.defaults, "defaults")]);
    for (let i = 0; i < defaults.length; i++) {
      calleeFrame.fast[count + i] = defaults[i];
      slots[count + i] = this.constantFor(defaults[i]);
    }
  }

  /** construct() where it only allocates: `new_instance`, which the optimiser may make virtual. */
  private allocate(cls: PyType, args: PyValue[]): { operand: Value; value: PyValue } {
    let value: PyValue;
    try {
      value = construct(cls, args, null);
    } catch (error) {
      throw new RecordedRaise(error);
    }
    return { operand: this.emit("new_instance", [this.ref(cls, cls.name)]), value };
  }

  /**
   * BEFORE_WITH of an instance whose class has Python `__enter__` and
   * `__exit__`: the bound `__exit__` made in the trace, then `__enter__`
   * inlined as a call (its value pushed after the exit, as the eval loop's).
   */
  private inlineEnter(abstract: AbstractFrame, manager: PyValue): boolean {
    if (!(manager instanceof PyObject) || !manager.cls.isHeapType) return false;
    const cls = manager.cls;
    const enter = cls.lookup("__enter__");
    const exit = cls.lookup("__exit__");
    if (
      !(enter instanceof PyFunction) || !(exit instanceof PyFunction) || !this.inlinable(enter, 1)
    ) {
      return false;
    }
    const operand = this.pop(abstract);
    this.guardClass(operand, manager);
    this.emitVoid("guard_type_version", [this.ref(cls, cls.name)], cls.version);
    this.versioned(enter);
    this.versioned(exit);
    const bound = this.emit("new_bound_method", [this.ref(exit), operand]);
    this.push(abstract, bound, new PyBoundMethod(exit, manager));
    this.inlineCall(abstract, enter, [manager], [operand]);
    return true;
  }

  /**
   * CALL of a bound method this trace made (new_bound_method: a `with`'s
   * `__exit__`, `f = obj.method`): its function inlined with the method's
   * self first, as the eval loop binds it.
   */
  private inlineBoundCall(
    abstract: AbstractFrame,
    method: PyBoundMethod,
    base: number,
    arg: number,
  ): boolean {
    const frame = abstract.frame;
    const func = method.func;
    const operand = this.read(abstract, base - 2);
    const self = frame.fast[base - 1] === undefined ? 0 : 1;
    if (
      !(func instanceof PyFunction) || !(operand instanceof Value) ||
      operand.op?.name !== "new_bound_method" || !(operand.op.args[0] instanceof Const) ||
      operand.op.args[0].value !== func || !this.inlinable(func, arg + self + 1) ||
      func.code === this.frames[0].frame.code || megamorphicSites.get(frame.code)?.has(this.pc)
    ) {
      return false;
    }
    const values: PyValue[] = [method.self];
    const operands: Operand[] = [operand.op.args[1]];
    for (let i = base - self; i < base + arg; i++) {
      values.push(frame.fast[i]!);
      operands.push(this.read(abstract, i));
    }
    frame.sp = base - 2;
    this.inlineCall(abstract, func, values, operands);
    return true;
  }

  /**
   * CALL of a bound method the trace did not make (`append = out.append`,
   * then `append(x)`), unbound as the eval loop unbinds it (unbindAs) when
   * that lets the CALL inline its function or make a builtin type's method
   * its op (list_append). A Python function the CALL would not inline stays
   * a call of the bound method: unbinding it gains nothing.
   */
  private unbind(
    abstract: AbstractFrame,
    method: PyBoundMethod,
    base: number,
    arg: number,
  ): boolean {
    const func = method.func;
    const receiver = method.self;
    const builtinMethod = func instanceof PyMethodDescriptor;
    const inlined = func instanceof PyFunction && this.inlinable(func, arg + 1, true) &&
      func.code !== this.frames[0].frame.code &&
      !megamorphicSites.get(abstract.frame.code)?.has(this.pc);
    if (!inlined && !(builtinMethod && receiver instanceof PyObject)) return false;
    this.unbindAs(abstract, base, method, "bound_func", func, receiver, builtinMethod);
    return true;
  }

  /**
   * The CALL's callable, a bound method (`callable`), as the eval loop
   * unbinds it: `func` where it was and `receiver` in the NULL slot above
   * it, so that the CALL is recorded as a method call. The callable is
   * guarded by class, `func` (read by `funcOp`: bound_func, or a builtin's
   * bound_descriptor) by identity, and the receiver (bound_self) by class
   * when `receiverClass` (a builtin's method's op relies on it, as after
   * LOAD_METHOD).
   */
  private unbindAs(
    abstract: AbstractFrame,
    base: number,
    callable: PyObject,
    funcOp: "bound_func" | "bound_descriptor",
    func: PyValue,
    receiver: PyValue,
    receiverClass: boolean,
  ): void {
    const frame = abstract.frame;
    const operand = this.read(abstract, base - 2);
    this.guardClass(operand, callable);
    this.emitVoid("guard_value", [this.emit(funcOp, [operand]), this.ref(func)]);
    const selfOperand = this.emit("bound_self", [operand]);
    if (receiverClass) this.guardClass(selfOperand, receiver as PyObject);
    frame.fast[base - 2] = func;
    frame.fast[base - 1] = receiver;
    abstract.slots[base - 2] = this.ref(func);
    abstract.slots[base - 1] = selfOperand;
  }

  /** Goes on recording in `func`'s body, called with these arguments by the instruction. */
  private inlineCall(
    abstract: AbstractFrame,
    func: PyFunction,
    values: PyValue[],
    operands: Operand[],
  ): void {
    this.guardCodeOf(func);
    const calleeFrame = new Frame(func.code, func.globals, func.builtins, null, func);
    const slots: (Operand | null)[] = filledArray(calleeFrame.fast.length, null);
    for (let i = 0; i < values.length; i++) {
      calleeFrame.fast[i] = values[i];
      slots[i] = operands[i];
    }
    abstract.frame.pc = this.pc + 1;
    this.frames.push({
      frame: calleeFrame,
      runtime: runtimeCode(func.code),
      slots,
      func,
      cells: func.code.co_cellvars.length > 0
        ? filledArray(func.code.co_cellvars.length, null)
        : undefined,
    });
  }

  /** Whether the trace has a call (of what may be Python code) from op #`at` on. */
  private callSince(at: number): boolean {
    const ops = this.trace.ops;
    for (let i = at; i < ops.length; i++) if (CALL_OPS.has(ops[i].name)) return true;
    return false;
  }

  /** `func` was found on a class whose version the trace just guarded (guardCodeOf). */
  private versioned(func: PyValue): void {
    if (func instanceof PyFunction) this.versionedAt.set(func, this.trace.ops.length);
  }

  /**
   * Guards the code of a function the trace holds as a constant and inlines:
   * `f.__code__ = other` keeps the function, so without a check the trace
   * would go on running the old body. A function found on a class needs
   * none when no call ran since its class's version was guarded: assigning
   * its code gives that class a new version (vm/runtime/types/code_assignment.ts).
   * Others (a global's, Base.method's) get guard_func_code, which the heap
   * pass (opt/heap.ts) keeps until a call, so a loop of inlined calls checks
   * it once, before the loop.
   */
  private guardCodeOf(func: PyFunction): void {
    const at = this.versionedAt.get(func);
    if (at !== undefined && !this.callSince(at)) return;
    this.emitVoid("guard_func_code", [this.ref(func), this.ref(func.code, func.code.co_name)]);
  }

  private inlinable(func: PyFunction, count: number, withDefaults = false): boolean {
    const code = func.code;
    // (Free variables are fine: the cells of a function guarded by identity are constants,
    // a closure's are read from it; own cells the trace makes. A function whose loop ran
    // while inlined is called instead: its own trace runs it. `withDefaults`: the caller
    // binds the defaults of parameters after the arguments too, bindDefaults.)
    const binds = withDefaults
      ? positionalDefaults(func, count) !== null
      : simplePositional(func, count);
    return binds && runtimeCode(code).nativeEntry === null &&
      !loopingCallees.has(code) && !outgrownCallees.has(code) && !raisingCallees.has(code) &&
      !catchingSenders.has(code) &&
      this.frames.length <= params.inline_depth &&
      // An inlined call must not hide a RecursionError the interpreter would raise.
      thread.depth + this.frames.length < thread.recursionLimit;
  }

  private returnValue(abstract: AbstractFrame): boolean {
    if (abstract === this.frames[0]) throw new Abort("return from the loop's frame");
    if (abstract.generator !== undefined) {
      this.generatorReturns(abstract);
      return false;
    }
    const value = this.concrete(abstract, 1);
    if (abstract.constructed !== undefined && value !== null) {
      throw new Abort("__init__ returns a value"); // the interpreter raises the TypeError
    }
    if (pendingOperator(this.frames[this.frames.length - 2].frame) !== null) {
      // An inlined operator method (inlineOperator): it must not have declined.
      if (value === NotImplemented) throw new Abort("__op__ returned NotImplemented");
      const returned = this.peek(abstract, 1);
      if (!(returned instanceof Const)) {
        this.emitVoid("guard_true", [this.emit("is_not", [this.asRef(returned), NOT_IMPLEMENTED])]);
      }
    }
    const operand = this.pop(abstract);
    if (abstract.constructed !== undefined && !(operand instanceof Const)) {
      this.emitVoid("guard_value", [operand, NONE]);
    }
    returnsFrom(this.internals(), abstract);
    this.frames.pop();
    const caller = this.top();
    if (abstract.constructed !== undefined) {
      this.push(caller, abstract.constructed.operand, abstract.constructed.value);
    } else this.push(caller, operand, value);
    return false;
  }

  /**
   * A function's trace arrives at a loop header for the first time: a
   * `label` there, whose values stand for every slot of the frame from now
   * on (what the trace computed, a trace input, or — for a slot the trace
   * never touched and the frame has unbound — the frame's own content), so
   * that each iteration starts from them and snapshots in the loop name them.
   */
  private placeLabel(pc: number): void {
    const abstract = this.frames[0];
    const frame = abstract.frame;
    const args: Operand[] = [];
    const values: Value[] = [];
    const slots: number[] = [];
    for (let slot = 0; slot < frame.sp; slot++) {
      const operand = this.slotOperand(abstract, slot);
      args.push(operand);
      values.push(this.trace.newValue(operand.kind === "void" ? "ref" : operand.kind, null));
      slots.push(slot);
    }
    this.trace.emit("label", args, pc);
    const label = this.trace.ops[this.trace.ops.length - 1];
    label.loop = new LoopLabel(values, slots);
    values.forEach((value, i) => abstract.slots[slots[i]] = value);
    this.labels.push(label);
  }

  /**
   * A slot's operand at a loop's start or end (an untouched unbound one: the
   * frame's; in a function's trace, unbound since the entry, so no frame read).
   */
  private slotOperand(abstract: AbstractFrame, slot: number): Operand {
    const known = abstract.slots[slot];
    if (known !== null) return known;
    if (abstract.frame.fast[slot] !== undefined) return this.read(abstract, slot);
    if (this.loopPc === FUNCTION_ENTRY && this.trunk === null) return NULL_REF;
    return this.emit("getlocal", [], slot);
  }

  /**
   * Every snapshot that leaves a slot of the looping frame untouched while
   * it is a loop input takes the input instead: an iteration after the
   * first starts from the input's value, which the frame does not have.
   */
  private snapshotsNameInputs(inputOf: Map<number, Value>, headerSp: number): void {
    for (const snapshot of new Set(this.snapshots)) {
      const slots = snapshot.frames[0].slots as (Operand | null)[];
      for (let slot = 0; slot < Math.min(slots.length, headerSp); slot++) {
        if (slots[slot] === null && inputOf.has(slot)) slots[slot] = inputOf.get(slot)!;
      }
    }
  }

  /**
   * A loop's trace that does not jump back to its start itself (it ends in
   * an inner loop, or at the function's return): bridges (closeBridge) go
   * back to its start with new input values, which the frame does not
   * hold, so its snapshots name the inputs for the slots they stand for.
   */
  private loopClosesInBridges(): void {
    const inputOf = new Map<number, Value>();
    this.trace.inputs.forEach((input, i) => inputOf.set(this.trace.inputSlots[i], input));
    this.snapshotsNameInputs(inputOf, Infinity);
  }

  /** Back at the header of `label`: `jump` to it with each slot's value in its kind. */
  private closeToLabel(label: Op): void {
    // A loop's trace that ends in an inner loop: its own loop closes in bridges.
    if (this.trunk === null && this.loopPc >= 0) this.loopClosesInBridges();
    const abstract = this.frames[0];
    const { values, slots, parts } = label.loop!;
    const args = values.map((value, i) => {
      const operand = this.slotOperand(abstract, slots[i]);
      const part = parts?.[i];
      if (part) return this.iteratorPart(abstract, slots[i], operand, part);
      return this.asKind(value.kind, operand, abstract.frame.fast[slots[i]]);
    });
    this.emitVoid("jump", args, label.immediate);
    this.closed = true;
  }

  /**
   * The sequence or index of the iterator in `slot`, for a label that takes
   * the iterator as its parts (opt/iterators.ts). Only an iterator this
   * recording made (GET_ITER's `seq_iter`, or an exit's `seq_iter_at`),
   * stepped here by FOR_ITER at most and in no other slot, can go round so:
   * nothing else may see the index stop moving.
   */
  private iteratorPart(
    abstract: AbstractFrame,
    slot: number,
    operand: Operand,
    part: IteratorPart,
  ): Operand {
    // The iterator's values in the tree (this recording, the trunk and its
    // bridges): made there, then maybe passed through labels of inner loops
    // (at the same slot) on the way.
    const tree = [...this.trace.ops, ...(this.trunk === null ? [] : allOps(this.trunk.ops))];
    const chain: Value[] = [];
    let made: Op | null = null;
    for (let current = operand; current instanceof Value && made === null;) {
      chain.push(current);
      if (current.op !== null) {
        made = current.op;
        break;
      }
      const value = current;
      const label = tree.find((op) => op.loop?.values.includes(value));
      const i = label?.loop?.values.indexOf(value) ?? -1;
      if (label === undefined || label.loop!.slots[i] !== slot || label.loop!.parts?.[i]) break;
      current = label.args[i];
    }
    const own = made !== null && !made.sunk && made.immediate === part.kind &&
      (made.name === "seq_iter" || made.name === "seq_iter_at") && tree.includes(made);
    const iterator = abstract.frame.fast[slot];
    const shared =
      abstract.frame.fast.some((value, other) =>
        other !== slot && other < abstract.frame.sp && value === iterator
      ) || abstract.slots.some((other, i) => i !== slot && other === operand);
    const uses = tree.filter((op) => op.args.some((arg) => chain.includes(arg as Value)));
    if (!own || shared || !uses.every((op) => PART_USES.has(op.name))) {
      throw new Abort("an iterator going round a loop as its parts is not the loop's own");
    }
    if (uses.length === 0) {
      // Not stepped yet: the parts it was made from.
      if (part.field === "seq") return made!.args[0];
      return made!.name === "seq_iter" ? intConst(0) : made!.args[1];
    }
    return this.emit(part.field === "seq" ? "seq_iter_seq" : "seq_iter_index", [operand]);
  }

  /**
   * Ends a bridge with the loop's `jump`: each loop input gets the value
   * its slot holds now (in the input's kind). Slots the loop never touches
   * but the bridge wrote go back to the frame (`setlocal`), since the loop's
   * exits leave such slots to the frame.
   */
  private closeBridge(trunk: Trace): void {
    const abstract = this.frames[0];
    const inputSlots = new Set(trunk.inputSlots);
    for (let slot = 0; slot < abstract.frame.sp; slot++) {
      const operand = abstract.slots[slot];
      if (operand === null || inputSlots.has(slot)) continue;
      // (A slot given by the snapshot may hold a value of the bridge this one
      // grows from, written nowhere yet: it is written too.)
      const unchanged = operand instanceof Value && operand.op?.name === "getlocal" &&
        operand.op.immediate === slot;
      if (!unchanged) this.emitVoid("setlocal", [this.asRef(operand)], slot);
    }
    const args = trunk.inputs.map((input, i) => {
      const slot = trunk.inputSlots[i];
      const operand = this.read(abstract, slot);
      return this.asKind(input.kind, operand, abstract.frame.fast[slot]);
    });
    this.emitVoid("jump", args);
    this.closed = true;
  }

  /** An operand in a loop input's kind (the value must be of that kind: else abort). */
  private asKind(kind: string, operand: Operand, value: PyValue | undefined): Operand {
    if (kind === "int") {
      if (typeof value !== "number") throw new Abort("a local changes type in the loop", true);
      return this.asInt(operand);
    }
    if (kind === "float") {
      if (!(value instanceof PyFloat && value.cls === floatType)) {
        throw new Abort("a local changes type in the loop", true);
      }
      return this.asFloat(operand, value);
    }
    return this.asRef(operand);
  }

  /**
   * Ends the trace with `jump`. Every slot of the looping frame below the
   * header's stack pointer that the iteration wrote is loop-carried: it
   * becomes an input (if reading had not made it one), so that a snapshot
   * taken before this iteration writes it refers to the value the slot had
   * when the iteration began, not to the frame's stale one. `jump` passes
   * each input the value its slot holds at the end of the iteration.
   */
  private closeLoop(): void {
    const abstract = this.frames[0];
    const headerSp = abstract.frame.sp;
    const inputOf = new Map<number, Value>();
    this.trace.inputs.forEach((input, i) => inputOf.set(this.trace.inputSlots[i], input));
    for (let slot = 0; slot < headerSp; slot++) {
      const operand = abstract.slots[slot];
      if (operand === null || inputOf.has(slot)) continue;
      const kind = operand.kind === "void" || this.refSlots.has(slot) ? "ref" : operand.kind;
      inputOf.set(slot, this.trace.addInput(kind, slot));
    }
    this.snapshotsNameInputs(inputOf, headerSp);
    const args: Operand[] = this.trace.inputs.map((input, i) => {
      const slot = this.trace.inputSlots[i];
      return this.asKind(input.kind, abstract.slots[slot]!, abstract.frame.fast[slot]);
    });
    this.emitVoid("jump", args);
    this.closed = true;
  }
}

/**
 * math functions (and abs of a float) that are IR ops: the same IEEE
 * operation in JS and in C (correctly rounded), so the result is
 * bit-identical; `valid` says when the function returns rather than raises
 * (the op's guard leaves otherwise); `floatsOnly`: an int argument gives
 * something else (abs(-3) is the int 3).
 */
const FLOAT_FUNCTIONS: Record<
  string,
  {
    op: string;
    valid: (x: number) => boolean;
    compute: (x: number) => number;
    floatsOnly?: boolean;
  } | undefined
> = {
  "math.sqrt": { op: "float_sqrt", valid: (x) => !(x < 0), compute: Math.sqrt },
  "math.fabs": { op: "float_abs", valid: () => true, compute: Math.abs },
  "builtins.abs": { op: "float_abs", valid: () => true, compute: Math.abs, floatsOnly: true },
};

/**
 * Methods of exact lists and sets that are IR ops: [type, method, argument
 * count, op]. Set keys must be ints or strs, whose hashes cannot fail or
 * run Python code.
 */
const METHOD_OPS: readonly [PyType, string, number, string][] = [
  [listType, "append", 1, "list_append"],
  [listType, "pop", 0, "list_pop"],
  [setType, "add", 1, "set_add"],
  [setType, "discard", 1, "set_discard"],
];

/** The op for a call of `method` on `self` with `args`, if it is one of METHOD_OPS. */
function methodOp(method: PyMethodDescriptor, self: PyValue, args: PyValue[]): string | undefined {
  for (const [type, name, count, op] of METHOD_OPS) {
    if (method.owner !== type || method.name !== name || args.length !== count) continue;
    if ((self as PyObject).cls !== type) return undefined;
    if (type === setType && typeof args[0] !== "number" && typeof args[0] !== "string") {
      return undefined;
    }
    if (op === "list_pop" && (self as PyList).items.length === 0) return undefined;
    return op;
  }
  return undefined;
}

/**
 * What a bridge may have done with an iterator it passes to a label as its
 * parts (Recorder.iteratorPart): check and step it, pass it round loops,
 * read its parts.
 */
const PART_USES = new Set([
  "guard_class",
  "seq_iter_next",
  "label",
  "jump",
  "seq_iter_seq",
  "seq_iter_index",
]);

/** The ops that step an iterator in a trace, and that check it is exhausted. */
const STEP_DONE = {
  range_next: "range_done",
  seq_iter_next: "seq_iter_done",
  seq_iter_prev: "seq_iter_prev_done",
} as const;

/**
 * The op that steps an iterator in a trace (a range, list or tuple
 * iterator, or reversed() of a list or an exact tuple), or null.
 */
function stepOp(iterator: PyValue): keyof typeof STEP_DONE | null {
  if (iterator instanceof PyRangeIterator && iterator.step !== 0) return "range_next";
  if (!(iterator instanceof PyIndexIterator)) return null;
  if (iterator.cls === listIteratorType || iterator.cls === tupleIteratorType) {
    return "seq_iter_next";
  }
  return (iterator.cls === listReverseIteratorType || iterator.cls === reversedType) &&
      iterator.access === ITEMS_SEQUENCE
    ? "seq_iter_prev"
    : null;
}

/** iter_ready's immediate for an iterator its step op steps. */
const READY_KIND = { range_next: 0, seq_iter_next: 1, seq_iter_prev: 2 } as const;

/** Whether such an iterator has a next item (stepIterator would give one). */
function hasItem(iterator: PyRangeIterator | PyIndexIterator): boolean {
  if (iterator instanceof PyRangeIterator) {
    const value = iterator.next;
    return iterator.step > 0 ? value < iterator.stop : value > iterator.stop;
  }
  const sequence = iterator.sequence as PyList | PyTuple | null;
  const index = iterator.index;
  return sequence !== null && index >= 0 && index < sequence.items.length;
}

/**
 * The item such an iterator gives next, stepping it as the interpreter's
 * FOR_ITER does; undefined, with nothing changed, when it is exhausted.
 */
function stepIterator(iterator: PyRangeIterator | PyIndexIterator): PyValue | undefined {
  if (iterator instanceof PyRangeIterator) {
    const value = iterator.next;
    if (iterator.step > 0 ? value >= iterator.stop : value <= iterator.stop) return undefined;
    iterator.next = value + iterator.step;
    return value;
  }
  const sequence = iterator.sequence as PyList | PyTuple | null;
  const index = iterator.index;
  if (sequence === null || !(index >= 0 && index < sequence.items.length)) return undefined;
  iterator.index = index + iterator.step;
  return sequence.items[index];
}

/** A dict key whose hash and equality run no Python code: an int or a primitive str. */
function plainKey(key: PyValue): key is number | string {
  return typeof key === "number" || typeof key === "string";
}

/** An object whose attributes its class resolves (not a class or a module). */
function isInstanceObject(obj: PyValue): obj is PyObject {
  return obj instanceof PyObject && !(obj instanceof PyType) && !(obj instanceof PyModule);
}

/** Operators (+, *, -) whose result is an int when bools take part (&, |, ^ of bools stay bools). */
const BOOL_ARITHMETIC = new Set([0, 5, 10]);

const INT_BINARY: Record<number, string | undefined> = {
  0: "int_add_ovf",
  1: "int_and",
  2: "int_floordiv",
  3: "int_lshift_ovf",
  5: "int_mul_ovf",
  6: "int_mod",
  7: "int_or",
  9: "int_rshift",
  10: "int_sub_ovf",
  11: "int_truediv",
  12: "int_xor",
};
const FLOAT_BINARY: Record<number, string | undefined> = {
  0: "float_add",
  5: "float_mul",
  10: "float_sub",
  11: "float_truediv",
};
const INT_COMPARE = ["int_lt", "int_le", "int_eq", "int_ne", "int_gt", "int_ge"];
const FLOAT_COMPARE = ["float_lt", "float_le", "float_eq", "float_ne", "float_gt", "float_ge"];
