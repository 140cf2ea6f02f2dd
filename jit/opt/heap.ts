/**
 * Heap cache and guard removal: facts about the heap that stay true until
 * something may change them.
 *
 * Walking the trace forward, the pass remembers what earlier ops
 * established: the class, map and type version guards that held, the
 * value of a global found at a dict position, an instance slot's contents
 * (read by getslot or written by setslot), an unboxed float attribute
 * (getfloat/setfloat), a list item, a slot of a generator's frame
 * (gen_getlocal/gen_setlocal), a cell's contents (new_cell, getcell,
 * setcell). A later op that
 * would establish a known fact again is dropped — a guard that cannot fail
 * here, a load whose value is already in hand (uses take the earlier value).
 *
 * What forgets: a residual call (`call`, `call_void`) runs arbitrary code,
 * so every fact goes (but for makeFunctionIn, which only makes a function), and so does a `label` (a loop inside a function's
 * trace: the iterations that come back to it have changed the heap); a `setslot` forgets every cached slot with its index
 * (another object may be the same one) and then knows the value it wrote;
 * `list_setitem` forgets all list items, `list_setslice`, `list_append` and
 * `list_pop` all items and lengths; every op with an effect forgets what
 * was read of ctypes memory (`ffi_load*`: a C call or a store may write it);
 * a C call keeps the other facts: the trace leaves right after it when a
 * callback ran Python code meanwhile (`guard_callback_runs`);
 * a `list_getslice` result is known to be an exact list; `global_store` replaces the fact
 * for its entry, and `dict_setitem` forgets what globals held (its dict may be a module's). `range_next` changes only its iterator, which nothing here
 * caches.
 */
import type { Op, Operand, Trace } from "../ir.ts";
import { Const, refConst, Value } from "../ir.ts";
import { HELPERS } from "../helpers.ts";
import { Substitution, withOps } from "./rewrite.ts";
import { listType } from "../../vm/objects/list.ts";

/** The class operand a guard on a new list would name (keys go by the constant's identity). */
const LIST = refConst(listType);

/** Ops whose outcome is a remembered fact (guards) or value (loads). */
const REMEMBERED = new Set([
  "guard_class",
  "guard_map",
  "guard_type_version",
  "guard_no_global",
  "global_lookup",
  "getslot",
  "getfloat",
  "getmember",
  "list_getitem",
  "list_len",
  "frame_cell",
  "gen_getlocal",
  "getcell",
  "guard_code", // (a function's __code__ changes only through a call)
  "guard_defaults", // (and its __defaults__ too)
  "guard_func_code",
  "ffi_load_float", // (ctypes memory: forgotten at every effect, which may write it)
  "ffi_load_int",
  "ffi_load",
]);

function operandKey(operand: Operand): string {
  return operand instanceof Value ? `v${operand.id}` : `c${constantKey(operand.value)}`;
}

const ids = new WeakMap<object, number>();
let next = 0;
function constantKey(value: unknown): string {
  if ((typeof value !== "object" && typeof value !== "function") || value === null) {
    return typeof value + ":" + String(value);
  }
  let id = ids.get(value as object);
  if (id === undefined) ids.set(value as object, id = next++);
  return "o" + id;
}

const factKey = (name: string, args: Operand[], immediate: number) =>
  `${name}(${args.map(operandKey).join(",")})#${immediate}`;

/**
 * Forgets the facts of one op name (with one immediate), but those whose
 * object `spared` names (for facts of one-argument ops: gen_getlocal's).
 */
type Forget = (prefix: string, immediate?: number, spared?: (object: string) => boolean) => void;

export function heap(trace: Trace): Trace {
  const substitution = new Substitution();
  const facts = new Map<string, Operand | null>();
  const ops: Op[] = [];
  // The code object of each generator a gen_enter guarded: two of different codes are two objects.
  const codes = new Map<string, unknown>();
  const forget: Forget = (prefix, immediate, spared) => {
    for (const key of [...facts.keys()]) {
      if (
        key.startsWith(prefix + "(") &&
        (immediate === undefined || key.endsWith(`#${immediate}`)) &&
        !spared?.(key.slice(prefix.length + 1, key.indexOf(")")))
      ) {
        facts.delete(key);
      }
    }
  };
  trace.ops.forEach((original, index) => {
    const op = substitution.apply(original);
    if (REMEMBERED.has(op.name)) {
      const key = factKey(op.name, op.args, op.immediate);
      if (facts.has(key)) {
        const known = facts.get(key)!;
        if (op.result !== null && known !== null) substitution.set(op.result, known);
        return;
      }
      facts.set(key, op.result);
      ops.push(op);
      return;
    }
    ops.push(op);
    if (op.name === "gen_enter") codes.set(operandKey(op.args[0]), (op.args[1] as Const).value);
    if (op.name === "label" && trace.loopPc > 0 && op.immediate === trace.loopPc) {
      // The peeled loop's label (peel.ts): the body comes back to it with the
      // heap as the body left it, so what holds here is what no op of the
      // body can change.
      for (const later of trace.ops.slice(index + 1)) change(later, facts, forget, false, codes);
      return;
    }
    change(op, facts, forget, true, codes);
  });
  return withOps(trace, ops);
}

/**
 * What `op` does to the known facts: forgets those it may change and, when
 * `learn`, knows what it establishes (the value it wrote).
 */
function change(
  op: Op,
  facts: Map<string, Operand | null>,
  forget: Forget,
  learn: boolean,
  codes: Map<string, unknown>,
): void {
  if (op.info.effect) { // (a C call, a store into ctypes memory, any residual call)
    forget("ffi_load_float");
    forget("ffi_load_int");
    forget("ffi_load");
  }
  switch (op.name) {
    case "call":
      // MAKE_FUNCTION's helper only makes the function (no Python code, no store).
      if (op.args[0] instanceof Const && op.args[0].value === HELPERS.makeFunctionIn) break;
      facts.clear();
      break;
    case "call_void":
    case "call_nested":
    case "call_direct":
    case "call_catch":
    case "label": // the loop's later iterations come back here with another heap
      facts.clear();
      break;
    case "setslot":
      forget("getslot", op.immediate);
      if (learn) facts.set(factKey("getslot", [op.args[0]], op.immediate), op.args[1]);
      break;
    case "addslot": // a new map: what was known of this object's map and slots goes
      forget("guard_map");
      forget("getslot", op.immediate);
      if (learn) facts.set(factKey("getslot", [op.args[0]], op.immediate), op.args[2]);
      break;
    case "setfloat":
      forget("getfloat", op.immediate);
      if (learn) facts.set(factKey("getfloat", [op.args[0]], op.immediate), op.args[1]);
      break;
    case "addfloat": // as addslot; the new slot holds no box, which nothing here reads
      forget("guard_map");
      forget("getfloat", op.immediate);
      if (learn) facts.set(factKey("getfloat", [op.args[0]], op.immediate), op.args[2]);
      break;
    case "new_cell": // a new cell: its contents are known
      if (learn) facts.set(factKey("getcell", [op.result!], 0), op.args[0]);
      break;
    case "setcell": // (another cell may be the same one)
      forget("getcell");
      if (learn) facts.set(factKey("getcell", [op.args[0]], 0), op.args[1]);
      break;
    case "gen_setlocal": { // (another generator's frame may be the same one, unless of another code)
      const code = codes.get(operandKey(op.args[0]));
      const otherCode = (gen: string) => code !== undefined && (codes.get(gen) ?? code) !== code;
      forget("gen_getlocal", op.immediate, otherCode);
      if (learn) facts.set(factKey("gen_getlocal", [op.args[0]], op.immediate), op.args[1]);
      break;
    }
    case "setmember":
      forget("getmember", op.immediate);
      if (learn) facts.set(factKey("getmember", [op.args[0]], op.immediate), op.args[1]);
      break;
    case "list_setitem":
      forget("list_getitem");
      break;
    case "list_getslice": // a new exact list
    case "new_list":
      if (learn) facts.set(factKey("guard_class", [op.result!, LIST], 0), null);
      break;
    case "list_append":
    case "list_pop":
    case "list_setslice_from":
    case "list_setslice": // items and lengths change
      forget("list_getitem");
      forget("list_len");
      break;
    case "dict_setitem": // (the dict may be a module's globals or the builtins)
    case "dict_setdefault":
      forget("global_lookup");
      forget("guard_no_global");
      break;
    case "global_store":
      forget("global_lookup", op.immediate);
      if (learn) {
        facts.set(factKey("global_lookup", [op.args[0], op.args[1]], op.immediate), op.args[2]);
      }
      break;
  }
}
