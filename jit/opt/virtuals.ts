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
import { Const, Op, type Operand, refConst, Snapshot, type Trace, Value } from "../ir.ts";
import { Substitution, withOps } from "./rewrite.ts";
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
    const result = new Snapshot(snapshot.frames.map((frame) => ({
      ...frame,
      slots: frame.slots.map(state),
      constructed: state(frame.constructed),
      attribute: frame.attribute === undefined
        ? undefined
        : { name: frame.attribute.name, owner: state(frame.attribute.owner)! },
    })));
    rewritten.set(snapshot, { epoch, snapshot: result });
    return result;
  };
  const resolve = (op: Op) => op.args = op.args.map((arg) => substitution.operand(arg));

  for (const op of trace.ops) {
    resolve(op);
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
  return withOps(trace, out);
}

function isNull(operand: Operand): boolean {
  return operand instanceof Const && operand.value === undefined;
}

/** The slot whose raw value is at float index `index` in `map`, or -1. */
function slotOfFloat(map: InstanceMap, index: number): number {
  for (let slot = 0; slot < map.size; slot++) if (map.floatIndex(slot) === index) return slot;
  return -1;
}
