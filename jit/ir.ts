/**
 * The trace IR: SSA values, operations, snapshots and the loop trace.
 *
 * A trace is one loop iteration in straight-line form. Its `inputs` are the
 * values live at the loop header (the looping frame's local and stack slots
 * it reads, each with a kind chosen from the types seen when recording);
 * `ops` run in order; the last op is `jump`, whose arguments become the
 * inputs of the next iteration. Every value is defined once (SSA).
 *
 * A function's trace (recorded from its entry) runs once from its inputs
 * (the arguments) and ends with `finish`; when it reaches a loop header it
 * places a `label` there, which defines the loop's values the way inputs do
 * for a loop trace: the ops after the label are the loop's body, and a
 * `jump #pc` (the header's pc) goes back to the label with the next
 * iteration's values. A `jump` without an immediate goes back to the
 * trace's start (a loop trace). Labels nest: a jump goes to the innermost
 * enclosing label of its pc (`enclosingLabels`), so a bridge inside an inner
 * loop can go round the outer one.
 *
 * Operands are either values (results of ops, or inputs) or constants
 * (`Const`: an int, a float, or any Python object such as a class, a map or
 * a runtime helper). Guards and ops that may raise carry a `Snapshot`: the
 * interpreter state to rebuild if the guard fails (or the op raises) —
 * one entry per frame, outermost first, with every slot the trace has
 * changed given as an operand. Inner entries are frames of inlined calls,
 * which do not exist while the trace runs (virtual frames); resume data
 * creates them.
 */
import type { CodeObject } from "../vm/compiler/code.ts";
import type { PyValue } from "../vm/objects/object.ts";
import type { PyFunction } from "../vm/objects/function.ts";
import { type Kind, KIND_PREFIX, type OpInfo, opInfo } from "./ir_ops.ts";

export class Value {
  constructor(readonly id: number, readonly kind: Kind, public op: Op | null) {}
  toString(): string {
    return KIND_PREFIX[this.kind] + this.id;
  }
}

export class Const {
  /** `name` is how the textual form refers to a ref constant (`$name`). */
  constructor(readonly kind: Kind, readonly value: unknown, readonly name?: string) {}
}

export type Operand = Value | Const;

/**
 * What a `label` op defines: the values live at a loop header inside a
 * function's trace, one per slot of the looping frame (locals, then the
 * stack up to the header's stack pointer), like a loop trace's inputs.
 */
export class LoopLabel {
  constructor(
    readonly values: Value[],
    readonly slots: number[],
    /**
     * Per value, when it is part of a list or tuple iterator that goes round
     * the loop in two values (opt/iterators.ts): which part, of which kind.
     */
    readonly parts: readonly (IteratorPart | null)[] | null = null,
  ) {}
}

/** A label value that is a virtual iterator's sequence or index (opt/iterators.ts). */
export interface IteratorPart {
  readonly field: "seq" | "index";
  /** seq_iter's immediate: 0 a list's iterator, 1 a tuple's. */
  readonly kind: number;
}

export class Op {
  readonly info: OpInfo;
  /**
   * A guard's bridge: the ops that run instead of leaving the trace when the
   * guard fails, ending in a `jump` back to the loop header (trace trees).
   */
  bridge: Op[] | null = null;
  /** A `label`'s loop values (its arguments are their values on entry). */
  loop: LoopLabel | null = null;
  /**
   * Sunk (opt/sink.ts): the op does not run where it stands; only exits
   * that name its result compute it, and bridges from them start by
   * computing it again (a virtual value, materialised when it escapes).
   */
  sunk = false;
  /**
   * A residual call that may run Python code although it calls no Python
   * function itself (an operator's method, a getter, a sort key:
   * runs_python.ts): the looping frame's locals are written back before it.
   */
  runsPython = false;
  constructor(
    readonly name: string,
    public args: Operand[],
    public result: Value | null,
    public immediate = 0,
    public snapshot: Snapshot | null = null,
  ) {
    this.info = opInfo(name);
  }
}

/** One frame of a snapshot. `slots[i]` is null when the trace left slot i untouched. */
export interface SnapshotFrame {
  readonly code: CodeObject;
  /** The function of an inlined frame (null for the looping frame, which exists). */
  readonly func: PyFunction | null;
  /** The instruction to continue at. */
  readonly pc: number;
  /** The stack pointer (slots below it are locals then the value stack). */
  readonly sp: number;
  readonly slots: readonly (Operand | null)[];
  /** An inlined `__init__`: the instance its caller receives (else null). */
  readonly constructed: Operand | null;
  /**
   * An inlined property getter: the attribute's name and owner, so that an
   * AttributeError leaving the rebuilt getter gets them as the attribute
   * lookup gives them (getAttribute's context), else absent.
   */
  readonly attribute?: { readonly name: string; readonly owner: Operand };
  /**
   * A generator's frame, its body inlined in the loop consuming it: the
   * generator (whose frame exists, and is updated rather than made), else absent.
   */
  readonly generator?: Operand;
  /**
   * An inlined closure, guarded by its code rather than its identity: its
   * function (whose closure cells and namespaces the rebuilt frame takes),
   * else absent (`func` is the function).
   */
  readonly callee?: Operand;
  /** An inlined frame's own cells (MAKE_CELL made them in the trace: new_cell), else absent. */
  readonly cells?: readonly (Operand | null)[];
  /**
   * An inlined frame the trace made for a traceback entry (make_frame,
   * record_exceptions.ts): the program may hold it, so an exit fills it
   * rather than making another; else absent.
   */
  readonly made?: Operand;
}

export class Snapshot {
  constructor(readonly frames: readonly SnapshotFrame[]) {}
}

export class Trace {
  readonly ops: Op[] = [];
  readonly inputs: Value[] = [];
  /** The looping frame's slot each input is read from. */
  readonly inputSlots: number[] = [];
  private nextId = 0;
  constructor(readonly code: CodeObject | null, readonly loopPc: number) {}

  newValue(kind: Kind, op: Op | null): Value {
    return new Value(this.nextId++, kind, op);
  }

  addInput(kind: Kind, slot: number): Value {
    const value = this.newValue(kind, null);
    this.inputs.push(value);
    this.inputSlots.push(slot);
    return value;
  }

  /** Appends an op; returns its result (null for void ops). */
  emit(
    name: string,
    args: Operand[],
    immediate = 0,
    snapshot: Snapshot | null = null,
  ): Value | null {
    const op = new Op(name, args, null, immediate, snapshot);
    if (op.info.result !== "void") op.result = this.newValue(op.info.result, op);
    this.ops.push(op);
    return op.result;
  }

  /** The number of values ever created (ids are below it). */
  get valueCount(): number {
    return this.nextId;
  }

  /** Ensures later values get ids above `id` (the text parser keeps the ids it reads). */
  reserve(id: number): void {
    if (id >= this.nextId) this.nextId = id + 1;
  }
}

/**
 * The labels that enclose `target` in a tree of ops (outermost first): the
 * labels before it in its own op list and in each op list its bridge hangs
 * from. Null when `target` is not in the tree.
 */
export function enclosingLabels(ops: readonly Op[], target: Op, outer: Op[] = []): Op[] | null {
  const labels = [...outer];
  for (const op of ops) {
    if (op === target) return labels;
    if (op.bridge !== null) {
      const found = enclosingLabels(op.bridge, target, labels);
      if (found !== null) return found;
    }
    if (op.name === "label") labels.push(op);
  }
  return null;
}

/**
 * Every op of a trace, bridges included (but those hanging on the ops of
 * `skip`), in emission order (a bridge right after its guard).
 */
/** A set of ops, as allOps asks it. */
export interface OpSet {
  has(op: Op): boolean;
}

export function allOps(ops: readonly Op[], skip?: OpSet, into: Op[] = []): Op[] {
  // (An array, not a JS generator: the process's first generator object changed a
  // prototype V8's optimised eval loop depended on, and threw that code away.)
  for (const op of ops) {
    into.push(op);
    if (op.bridge !== null && !skip?.has(op)) allOps(op.bridge, skip, into);
  }
  return into;
}

export const intConst = (n: number) => new Const("int", n);
export const floatConst = (x: number) => new Const("float", x);
export const refConst = (value: PyValue | unknown, name?: string) => new Const("ref", value, name);

export function kindOf(operand: Operand): Kind {
  return operand.kind;
}
