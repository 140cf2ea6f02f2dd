/**
 * Virtual instances: allocation removal for objects of Python classes
 * (PyPy's virtuals, for the objects a trace makes itself).
 *
 * `Vec(a.x + b.x, ...)` inlined in a trace records `new_instance` (the
 * class's `__new__` only allocates: call_type.ts allocatesBareInstance),
 * then the inlined `__init__`'s stores: a map guard and `addslot` per
 * attribute (`addfloat` for a float-kind one), or `setmember` for a
 * `__slots__` member. Most such objects are temporaries: read a few times
 * (`getslot`, `getfloat`, `getmember`) and dropped. This pass walks the
 * trace forward keeping, for each instance the trace made and that has not
 * escaped, its state as operands — the map it has reached, one operand per
 * slot, the raw value of each float-kind slot, its members — and:
 *
 * - drops the allocation and every store into the object (they update the
 *   state);
 * - replaces its loads by the operands stored (a load of a member never
 *   set stays, after making the object: it leaves the trace);
 * - drops class and map guards on it that hold by construction (the map is
 *   known: the trace made every transition), and decides `is` against it
 *   (a new object is nothing else);
 * - makes it real where it escapes: as an argument of any other op (a call,
 *   a store into a real object, a list append, the jump to the next
 *   iteration, a label, finish). It is then built at once in its current
 *   state by `instance_make` (jit/materialize.ts), and later ops use that
 *   object. An object stored into another virtual one's field does not
 *   escape: it is made with its owner (unless that would close a cycle of
 *   virtual objects, in which case it is made at the store).
 *
 * Exits: a guard whose snapshot names a virtual object (a local, a stack
 * entry, an `__init__` frame's instance) gets, instead, a sunk
 * `instance_make` of the state at that point. The op does not run; an exit
 * through that guard builds the object from its operands (backend/js.ts,
 * backend/interp.ts: once per exit, so an object named twice is one
 * object), and a bridge from it builds it at its start (recorder.ts
 * `materialized`). Floats kept raw are boxed by a sunk `box_float` there.
 *
 * Frames: before a residual call from the looping frame, the trace writes
 * the frame's locals back (the callee may look at them); a virtual object
 * in a local there is made real first. A `label` makes every virtual object
 * real: the loop's iterations run from the label's values only.
 *
 * What the pass cannot see is never virtual: an object made by a residual
 * construct() call (a class with its own `__new__`, a builtin base) is a
 * call result like any other. Runs after peeling (jit/optimize.ts), so each
 * object lives within one iteration; `fold` runs again after it, to see
 * through the boxes of floats read back from a virtual object.
 */
import {
  Const,
  LoopLabel,
  Op,
  type Operand,
  refConst,
  Snapshot,
  type Trace,
  Value,
} from "../ir.ts";
import { copyOf, mapSnapshot, Substitution, withOps } from "./rewrite.ts";
import type { InstanceMap } from "../../vm/objects/instance_map.ts";
import type { PyType } from "../../vm/objects/type.ts";

interface Virtual {
  readonly cls: PyType;
  map: InstanceMap;
  /** Each slot's value; null for a float-kind slot whose box the trace does not have. */
  readonly slots: (Operand | null)[];
  /** The raw value of each float-kind slot. */
  readonly raw: (Operand | undefined)[];
  /** `__slots__` members by index (undefined: never set). */
  readonly members: (Operand | undefined)[];
}

const NULL = refConst(undefined, "NULL");
const TRUE = refConst(true, "True");
const FALSE = refConst(false, "False");

/** Ops that act on a virtual object as their first argument without making it escape. */
const FIELD_OPS = new Set([
  "guard_class",
  "guard_map",
  "guard_nonnull",
  "addslot",
  "addfloat",
  "setslot",
  "setfloat",
  "getslot",
  "getfloat",
  "getmember",
  "setmember",
]);

export function virtuals(trace: Trace): Trace {
  if (!trace.ops.some((op) => op.name === "new_instance")) return trace;
  const plain = run(trace, new Set());
  if (plain.carried.size === 0) return plain.trace;
  // Loop-carried objects: again, with their fields through the peeled label.
  const carried = run(trace, plain.carried);
  if (carried.ok) return carried.trace;
  // (The second walk's copies now define the values: they go back to the first's.)
  for (const op of plain.trace.ops) if (op.result !== null) op.result.op = op;
  return plain.trace;
}

/** What an object must look like to go round the peeled loop in its fields. */
interface Shape {
  readonly cls: PyType;
  readonly map: InstanceMap;
  readonly members: readonly boolean[];
  /** Per field, whether it goes round as a raw float (a float-kind slot, or a box the trace made). */
  readonly unboxed: readonly boolean[];
}

/**
 * Whether an object of shape `jump` can go back round a loop that takes
 * `label`'s: the same class, map and members, and raw where the loop takes raw.
 */
function fits(jump: Shape, label: Shape): boolean {
  return jump.cls === label.cls && jump.map === label.map &&
    jump.members.join() === label.members.join() &&
    jump.unboxed.length === label.unboxed.length &&
    jump.unboxed.every((raw, i) => raw || !label.unboxed[i]);
}

/** A field an object goes round the loop in: an operand, raw when it is a float. */
interface Field {
  readonly operand: Operand;
  readonly raw: boolean;
}

/**
 * One walk over the trace (its ops are copied, so it can walk again). The
 * objects at the positions `carry` of the peeled loop's label and jump go
 * round in their fields; `carried` tells which positions could (an object
 * there at the label and one of the same shape at the jump); `ok` is false
 * when a position of `carry` could not.
 */
function run(
  trace: Trace,
  carry: ReadonlySet<number>,
): { trace: Trace; carried: Set<number>; ok: boolean } {
  const substitution = new Substitution();
  const live = new Map<Value, Virtual>();
  const out: Op[] = [];
  /** Bumped whenever a virtual object changes: sunk states are reused while it holds. */
  let epoch = 0;
  const sunkStates = new Map<Value, { epoch: number; value: Value }>();
  const rewritten = new Map<Snapshot, { epoch: number; snapshot: Snapshot }>();

  const virtualOf = (operand: Operand): Virtual | undefined =>
    operand instanceof Value ? live.get(operand) : undefined;

  const newOp = (name: string, args: Operand[], immediate: number, sunk: boolean): Value => {
    const op = new Op(name, args, null, immediate);
    op.result = trace.newValue(op.info.result, op);
    op.sunk = sunk;
    out.push(op);
    return op.result;
  };

  /** The operands `instance_make` takes for the object's current state. */
  const stateArgs = (v: Virtual, sunk: boolean): Operand[] => {
    const field = (operand: Operand): Operand => {
      const current = substitution.operand(operand);
      if (!(current instanceof Value) || !live.has(current)) return current;
      return sunk ? sunkState(current) : materialize(current);
    };
    const slots = v.slots.map((operand, slot) => {
      if (operand !== null && !isNull(operand)) return field(operand);
      if (v.map.floatIndex(slot) < 0) return NULL;
      return newOp("box_float", [substitution.operand(v.raw[slot]!)], 0, sunk);
    });
    const members = Array.from(
      v.members,
      (operand) => operand === undefined ? NULL : field(operand),
    );
    return [refConst(v.map, "map"), ...slots, ...members];
  };

  /** Makes the object real here; later ops use the real one. */
  const materialize = (value: Value): Value => {
    const v = live.get(value)!;
    live.delete(value);
    epoch++;
    const made = newOp("instance_make", stateArgs(v, false), v.slots.length, false);
    substitution.set(value, made);
    return made;
  };

  /** The object's current state as a sunk op, for snapshots. */
  const sunkState = (value: Value): Value => {
    const cached = sunkStates.get(value);
    if (cached !== undefined && cached.epoch === epoch) return cached.value;
    const v = live.get(value)!;
    const state = newOp("instance_make", stateArgs(v, true), v.slots.length, true);
    sunkStates.set(value, { epoch, value: state });
    return state;
  };

  /** Whether `from` is `target` or holds it in a field, through virtual objects. */
  const reaches = (from: Operand, target: Value, seen = new Set<Value>()): boolean => {
    const current = substitution.operand(from);
    if (!(current instanceof Value)) return false;
    if (current === target) return true;
    const v = live.get(current);
    if (v === undefined || seen.has(current)) return false;
    seen.add(current);
    const fields = [...v.slots, ...v.members].filter((f): f is Operand => f != null);
    return fields.some((field) => reaches(field, target, seen));
  };

  /** A value stored into virtual `owner`: made real first when it would close a cycle. */
  const stored = (operand: Operand, owner: Value): Operand => {
    const current = substitution.operand(operand);
    if (current instanceof Value && live.has(current) && reaches(current, owner)) {
      return materialize(current);
    }
    return current;
  };

  /** Handles an op on virtual object `value`; false when the object must be made real first. */
  const onVirtual = (op: Op, value: Value, v: Virtual): boolean => {
    const constant = op.args[1] instanceof Const ? op.args[1].value : undefined;
    switch (op.name) {
      case "guard_class":
        return constant === v.cls;
      case "guard_map":
        return constant === v.map;
      case "guard_nonnull":
        return true;
      case "addslot": {
        const map = constant as InstanceMap;
        if (map?.parent !== v.map || op.immediate !== v.slots.length) return false;
        const item = stored(op.args[2], value);
        if (!live.has(value)) return false; // (it was the value stored)
        v.map = map;
        v.slots.push(item);
        v.raw.push(undefined);
        break;
      }
      case "addfloat": {
        const map = constant as InstanceMap;
        if (map?.parent !== v.map || map.floatIndex(map.size - 1) !== op.immediate) return false;
        v.map = map;
        v.slots.push(null);
        v.raw.push(op.args[2]);
        break;
      }
      case "setslot": {
        if (op.immediate >= v.slots.length) return false;
        const item = stored(op.args[1], value);
        if (!live.has(value)) return false;
        v.slots[op.immediate] = isNull(item) ? null : item;
        break;
      }
      case "setfloat": {
        const slot = slotOfFloat(v.map, op.immediate);
        if (slot < 0) return false;
        v.raw[slot] = op.args[1];
        v.slots[slot] = null;
        break;
      }
      case "getslot": {
        const item = v.slots[op.immediate];
        if (item === null || item === undefined) return false;
        substitution.set(op.result!, item);
        break;
      }
      case "getfloat": {
        const slot = slotOfFloat(v.map, op.immediate);
        if (slot < 0 || v.raw[slot] === undefined) return false;
        substitution.set(op.result!, v.raw[slot]!);
        break;
      }
      case "getmember": {
        const item = v.members[op.immediate];
        if (item === undefined) return false;
        substitution.set(op.result!, item);
        break;
      }
      case "setmember": {
        const item = stored(op.args[1], value);
        if (!live.has(value)) return false;
        v.members[op.immediate] = item;
        break;
      }
      default:
        return false;
    }
    epoch++;
    return true;
  };

  /** The snapshot with each virtual object replaced by its current state (sunk). */
  const snapshotOf = (snapshot: Snapshot): Snapshot => {
    const cached = rewritten.get(snapshot);
    if (cached !== undefined && cached.epoch === epoch) return cached.snapshot;
    const state = (operand: Operand | null): Operand | null => {
      if (operand === null) return null;
      const current = substitution.operand(operand);
      return current instanceof Value && live.has(current) ? sunkState(current) : current;
    };
    const result = mapSnapshot(snapshot, (operand) => state(operand)!);
    rewritten.set(snapshot, { epoch, snapshot: result });
    return result;
  };
  const resolve = (op: Op) => op.args = op.args.map((arg) => substitution.operand(arg));

  /** The fields an object goes round the loop in (nested objects are made real). */
  const fieldsOf = (v: Virtual): Field[] | null => {
    const fields: Field[] = [];
    const refField = (operand: Operand): Field => {
      const current = realOperand(operand);
      const box = current instanceof Value ? current.op : null;
      return box?.name === "box_float"
        ? { operand: box.args[0], raw: true }
        : { operand: current, raw: false };
    };
    for (let slot = 0; slot < v.map.size; slot++) {
      const float = v.map.floatIndex(slot) >= 0;
      const operand = float ? v.raw[slot] : v.slots[slot];
      if (operand === undefined || operand === null) return null;
      fields.push(
        float ? { operand: substitution.operand(operand), raw: true } : refField(operand),
      );
    }
    for (const member of v.members) if (member !== undefined) fields.push(refField(member));
    return fields;
  };
  const realOperand = (operand: Operand): Operand => {
    const current = substitution.operand(operand);
    return current instanceof Value && live.has(current) ? materialize(current) : current;
  };
  const shapeOf = (v: Virtual, fields: Field[] | null): Shape => ({
    cls: v.cls,
    map: v.map,
    members: Array.from(v.members, (member) => member !== undefined),
    unboxed: fields?.map((field) => field.raw) ?? [],
  });
  /** The virtual object at position k of `args`, if only that position reaches it. */
  const carriable = (args: Operand[], k: number): Value | null => {
    const value = substitution.operand(args[k]);
    if (!(value instanceof Value) || !live.has(value)) return null;
    const elsewhere = args.some((arg, i) => i !== k && reaches(arg, value));
    return elsewhere ? null : value;
  };
  const peeled = (op: Op) => trace.loopPc > 0 && op.immediate === trace.loopPc;
  const shapes = new Map<number, Shape>();
  const carried = new Set<number>();
  let ok = true;

  /** The peeled label (pushed here): objects at `carry` positions enter as their fields. */
  const enterLabel = (op: Op): void => {
    const loop = op.loop!;
    const args: Operand[] = [], values: Value[] = [], slots: number[] = [];
    const inside: [Value, Virtual, Value[], boolean[]][] = [];
    op.args.forEach((arg, k) => {
      const value = carriable(op.args, k);
      const v = value === null ? undefined : live.get(value);
      const fields = v === undefined ? null : fieldsOf(v);
      if (v !== undefined && fields !== null) shapes.set(k, shapeOf(v, fields));
      if (v === undefined || fields === null || !carry.has(k)) {
        args.push(arg);
        values.push(loop.values[k]);
        slots.push(loop.slots[k]);
        return;
      }
      // In the body, the label's value k is an object whose fields are new label values.
      const fieldValues = fields.map((field) => trace.newValue(field.raw ? "float" : "ref", null));
      args.push(...fields.map((field) => field.operand));
      values.push(...fieldValues);
      slots.push(...fields.map(() => loop.slots[k]));
      inside.push([loop.values[k], v, fieldValues, fields.map((field) => field.raw)]);
      live.delete(value!);
    });
    // What else is passed escapes; the preamble's other objects are made too (DCE drops
    // those nothing uses).
    for (const value of [...live.keys()]) materialize(value);
    op.args = args.map((arg) => substitution.operand(arg));
    op.loop = new LoopLabel(values, slots);
    out.push(op);
    for (const [value, v, fieldValues, raw] of inside) {
      // A ref field that goes round raw is boxed again where the body uses it (fold and
      // DCE see through and drop the box).
      const fields = fieldValues.map((field, i) =>
        raw[i] ? newOp("box_float", [field], 0, false) : field
      );
      let next = 0;
      const slotValues: (Operand | null)[] = [], rawValues: (Operand | undefined)[] = [];
      for (let slot = 0; slot < v.map.size; slot++) {
        const float = v.map.floatIndex(slot) >= 0;
        slotValues.push(float ? null : fields[next]);
        rawValues.push(float ? fieldValues[next] : undefined);
        next++;
      }
      const members = Array.from(v.members, (m) => m === undefined ? undefined : fields[next++]);
      live.set(value, { cls: v.cls, map: v.map, slots: slotValues, raw: rawValues, members });
    }
    epoch++;
  };

  /** The peeled loop's jump: objects at `carry` positions go back as their fields. */
  const leaveByJump = (op: Op): void => {
    const args: Operand[] = [];
    op.args.forEach((arg, k) => {
      const value = carriable(op.args, k);
      const v = value === null ? undefined : live.get(value);
      const shape = shapes.get(k);
      const fields = v === undefined || shape === undefined ? null : fieldsOf(v);
      const same = fields !== null && fits(shapeOf(v!, fields), shape!);
      if (same) carried.add(k);
      if (!carry.has(k)) return void args.push(arg);
      if (!same) {
        ok = false;
        return void args.push(arg);
      }
      // (A raw float where the loop takes a ref goes boxed.)
      args.push(
        ...fields!.map((field, i) =>
          field.raw && !shape!.unboxed[i] && field.operand.kind === "float"
            ? newOp("box_float", [field.operand], 0, false)
            : field.operand
        ),
      );
    });
    op.args = args;
  };

  for (const original of trace.ops) {
    const op = copyOf(original);
    resolve(op);
    if (op.name === "label" && peeled(op)) {
      enterLabel(op);
      continue;
    }
    if (op.name === "jump" && peeled(op)) leaveByJump(op);
    if (op.name === "new_instance" && op.args[0] instanceof Const) {
      const cls = op.args[0].value as PyType;
      live.set(op.result!, { cls, map: cls.rootMap(), slots: [], raw: [], members: [] });
      continue;
    }
    const receiver = op.args[0];
    const v = FIELD_OPS.has(op.name) ? virtualOf(receiver) : undefined;
    if (v !== undefined && onVirtual(op, receiver as Value, v)) continue;
    if ((op.name === "is" || op.name === "is_not") && op.args.some((arg) => virtualOf(arg))) {
      const same = substitution.operand(op.args[0]) === substitution.operand(op.args[1]);
      substitution.set(op.result!, same === (op.name === "is") ? TRUE : FALSE);
      continue;
    }
    // Everything else: the virtual objects it names escape.
    if (op.name === "label") { for (const value of [...live.keys()]) materialize(value); }
    for (const arg of op.args) {
      const current = substitution.operand(arg);
      if (current instanceof Value && live.has(current)) materialize(current);
    }
    if (op.info.raises && op.snapshot !== null && op.snapshot.frames.length === 1) {
      // The locals a residual call from the looping frame writes back.
      const frame = op.snapshot.frames[0];
      const locals = Math.min(frame.code.co_varnames.length, frame.slots.length);
      for (let slot = 0; slot < locals; slot++) {
        const operand = frame.slots[slot] === null
          ? null
          : substitution.operand(frame.slots[slot]!);
        if (operand instanceof Value && live.has(operand)) materialize(operand);
      }
    }
    resolve(op);
    if (op.snapshot !== null) op.snapshot = snapshotOf(op.snapshot);
    out.push(op);
  }
  return { trace: withOps(trace, out), carried, ok };
}

function isNull(operand: Operand): boolean {
  return operand instanceof Const && operand.value === undefined;
}

/** The slot whose raw value is at float index `index` in `map`, or -1. */
function slotOfFloat(map: InstanceMap, index: number): number {
  for (let slot = 0; slot < map.size; slot++) if (map.floatIndex(slot) === index) return slot;
  return -1;
}
