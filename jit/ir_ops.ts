/**
 * The trace IR's operations, declared once as data.
 *
 * Every op has a name, the kinds of its arguments, the kind of its result
 * and flags. Kinds: `int` is a small Python int as a JS number (a safe
 * integer: the same representation the interpreter uses, so an int is also a
 * valid `ref`); `float` is a raw double (a Python float with its box
 * removed); `ref` is any Python value; `void` is no result. An argument kind
 * `ref` accepts an `int` value (ints need no box), never a `float`.
 *
 * Flags:
 * - pure: no side effect, result depends on the arguments only — constant
 *   folding and CSE may fold or merge it;
 * - guard: may leave the trace (through its snapshot) instead of continuing;
 * - raises: may throw a Python exception (a residual call into the runtime);
 * - effect: writes memory or runs arbitrary code (heap caches are invalidated,
 *   it is never removed even when its result is unused).
 *
 * The backends (backend/js.ts, backend/interp.ts) implement each op; a test
 * checks that both cover this whole table.
 */

export type Kind = "int" | "float" | "ref" | "void";

export interface OpInfo {
  readonly name: string;
  readonly args: readonly Kind[];
  readonly result: Kind;
  readonly pure?: boolean;
  readonly guard?: boolean;
  readonly raises?: boolean;
  readonly effect?: boolean;
  /** Variable argument count: `args` gives the kind of every argument. */
  readonly variadic?: boolean;
  /** The op carries an immediate (a number written after the arguments, e.g. a slot index). */
  readonly immediate?: boolean;
}

const I = "int", F = "float", R = "ref";
const pure = { pure: true } as const;
const guard = { guard: true } as const;

/** [name, argument kinds, result kind, flags] */
const TABLE: readonly [string, readonly Kind[], Kind, Partial<OpInfo>?][] = [
  // Small ints: plain JS numbers. The _ovf forms leave the trace (before the
  // bytecode) when the exact result is not a safe integer; the interpreter
  // then redoes the operation with bigints.
  ["int_add_ovf", [I, I], I, guard],
  ["int_sub_ovf", [I, I], I, guard],
  ["int_mul_ovf", [I, I], I, guard],
  ["int_add", [I, I], I, pure],
  ["int_sub", [I, I], I, pure],
  ["int_floordiv", [I, I], I, guard], // leaves on a zero divisor or outside int32
  ["int_mod", [I, I], I, guard], // leaves on a zero divisor
  // Of safe integers of any size (vm/runtime/safe_bitwise.ts). & and ^ leave on their one
  // result that is no safe integer, -2**53 (the interpreter makes it a bigint).
  ["int_and", [I, I], I, guard],
  ["int_or", [I, I], I, pure],
  ["int_xor", [I, I], I, guard],
  ["int_rshift", [I, I], I, guard], // leaves on a negative count (ValueError)
  ["int_lshift_ovf", [I, I], I, guard],
  ["int_neg", [I], I, guard], // -0 is 0; never overflows for safe integers
  ["int_lt", [I, I], R, pure],
  ["int_le", [I, I], R, pure],
  ["int_eq", [I, I], R, pure],
  ["int_ne", [I, I], R, pure],
  ["int_gt", [I, I], R, pure],
  ["int_ge", [I, I], R, pure],
  ["int_truediv", [I, I], F, guard], // leaves on a zero divisor
  ["int_to_float", [I], F, pure],
  ["int_to_str", [I], R, pure], // str(i) of a small int
  // a + b of two strs in their plain form (JS strings, vm/objects/str_wide.ts): the joined
  // JS string is plain too. Leaves when it would pass the longest str (MemoryError).
  ["str_concat", [R, R], R, guard],
  // Of strs in plain form too (no surrogate units: a unit is a code point, === is equality,
  // < is code point order): s[i] (leaves out of range), s[i:j] (ints or None), a comparison
  // (#0 < .. #5 >=, as COMPARE_OP's), len(s), `a in s`.
  ["str_getitem", [R, I], R, guard],
  ["str_getslice", [R, R, R], R, pure],
  ["str_getslice_step", [R, R, R], R, { pure: true, immediate: true }], // s[i:j:k], k the immediate
  ["str_compare", [R, R], R, { pure: true, immediate: true }],
  ["str_len", [R], I, pure],
  // format(v, spec) of a str in plain form or a small int, the spec a constant that formats
  // every such value (checked when recorded: no error can depend on the value).
  ["format_spec", [R, R], R, pure],
  // b * k of an exact bytes and an int (bytes_type.ts repeat); leaves past 2**31 bytes.
  ["bytes_repeat", [R, I], R, guard],
  ["str_contains", [R, R], R, pure],
  ["int_is_true", [I], R, pure],

  // Floats without their boxes.
  ["float_add", [F, F], F, pure],
  ["float_sub", [F, F], F, pure],
  ["float_mul", [F, F], F, pure],
  ["float_truediv", [F, F], F, guard], // leaves on a zero divisor
  ["float_neg", [F], F, pure],
  ["float_abs", [F], F, pure],
  ["float_sqrt", [F], F, guard], // math.sqrt: leaves on a negative argument (ValueError)
  ["float_lt", [F, F], R, pure],
  ["float_le", [F, F], R, pure],
  ["float_eq", [F, F], R, pure],
  ["float_ne", [F, F], R, pure],
  ["float_gt", [F, F], R, pure],
  ["float_ge", [F, F], R, pure],
  ["float_is_true", [F], R, pure],
  // int(x) of a float: leaves unless the truncated value is a safe integer (the interpreter
  // then makes a bigint, or raises for nan and infinities).
  ["float_to_int", [F], I, guard],
  ["float_floor", [F], F, pure],
  ["float_ceil", [F], F, pure],
  // x ** y as float_pow does it; leaves where Python raises or the result is complex.
  ["float_pow", [F, F], F, guard],
  // min(a, b) and max(a, b) of two ints or two exact floats (boxes: the result is one of
  // them): the first argument unless the second is smaller (larger), as the builtins compare.
  ["int_min", [I, I], I, pure],
  ["int_max", [I, I], I, pure],
  ["float_min", [R, R], R, pure],
  ["float_max", [R, R], R, pure],
  ["box_float", [F], R, pure],

  // Type guards: each checks and returns its argument viewed in the new kind.
  ["guard_int", [R], I, guard], // a small int (JS number)
  ["guard_bool_int", [R], I, guard], // a bool, as the int it counts as (True - False)
  ["guard_float", [R], F, guard], // an exact float: unboxes it
  ["guard_class", [R, R], "void", guard], // a PyObject whose cls is the constant
  ["guard_map", [R, R], "void", guard], // an instance whose map is the constant
  ["guard_type_version", [R], "void", { guard: true, immediate: true }], // a type whose version is the immediate
  ["guard_value", [R, R], "void", guard], // identical to the constant
  ["guard_true", [R], "void", guard], // the value is True
  ["guard_false", [R], "void", guard], // the value is False
  ["guard_nonnull", [R], "void", guard], // not undefined (a bound local / a present slot)
  ["guard_str", [R], "void", guard], // a str in its plain form (a JS string)
  // No trace or profile hook is installed (vm/runtime/tracing/hooks.ts): after residual calls.
  ["guard_no_hooks", [], "void", guard],
  // The globals dict (unchanged since the immediate version, or without the name) has no such name.
  ["guard_no_global", [R, R], "void", { guard: true, immediate: true }],

  // Heap.
  ["getslot", [R], R, { immediate: true }], // instance storage slot (maps)
  ["setslot", [R, R], "void", { effect: true, immediate: true }],
  ["addslot", [R, R, R], "void", { effect: true, immediate: true }], // obj, new map, value: slot #n added
  // Float-kind attributes (instance_map.ts): the raw double at float index #n of obj.floats.
  ["getfloat", [R], F, { immediate: true }],
  ["setfloat", [R, F], "void", { effect: true, immediate: true }], // the slot's box is the trace's business
  ["addfloat", [R, R, F], "void", { effect: true, immediate: true }], // obj, new map, value: float #n added
  ["getmember", [R], R, { guard: true, immediate: true }], // __slots__ member #n; leaves when unset
  ["setmember", [R, R], "void", { effect: true, immediate: true }],
  ["global_lookup", [R, R], R, { guard: true, immediate: true }], // dict, key; entry position
  ["global_store", [R, R, R], "void", { guard: true, effect: true, immediate: true }],
  ["list_len", [R], I, {}],
  // key in an exact set or dict (`not in` with immediate 1); the key's hash cannot fail.
  ["has_key", [R, R], R, { immediate: true }],
  // An exact dict with an int or str key (whose hash and equality run no Python code):
  // d[k] (KeyError when absent), d.get(k, default), d[k] = v.
  ["dict_getitem", [R, R], R, { raises: true }],
  ["dict_get", [R, R, R], R, {}],
  ["dict_setitem", [R, R, R], "void", { effect: true }],
  ["dict_len", [R], I, {}], // of an exact dict
  ["set_len", [R], I, {}], // of an exact set or frozenset
  ["deque_len", [R], I, {}], // of an exact collections.deque
  // d.setdefault(key, default) of an exact dict and an int or str key: the value, or the default
  // stored and returned.
  ["dict_setdefault", [R, R, R], R, { effect: true }],
  // A slice of an exact list (list, start, stop, step: ints or None, step not 0): a new list.
  ["list_getslice", [R, R, R, R], R, {}],
  // list[start:stop:step] = an exact list or tuple; False (nothing done) on an extended-slice size mismatch.
  ["list_setslice", [R, R, R, R, R], R, { effect: true }],
  // list[start:stop:step] = src[from:to:by] with no list in between (opt/sink.ts); as list_setslice.
  ["list_setslice_from", [R, R, R, R, R, R, R, R], R, { effect: true }],
  ["list_getitem", [R, I], R, guard], // leaves when out of range
  // Methods of exact lists and sets (METHOD_OPS in recorder.ts); set keys are ints or constant strs.
  ["list_append", [R, R], "void", { effect: true }],
  ["list_pop", [R], R, { guard: true, effect: true }], // the last item; leaves when empty
  ["set_add", [R, R], "void", { effect: true }],
  ["set_discard", [R, R], "void", { effect: true }],
  ["list_setitem", [R, I, R], "void", { guard: true, effect: true }],
  // array.array items (exact arrays; ARRAY_ELEMENTS in recorder.ts): the raw
  // element of a 'd' array or of an int array that fits a JS number; leaves
  // when out of range (and, storing an int, when it does not fit: lo, hi).
  ["array_typecode", [R], R, pure], // the array's (immutable) typecode entry
  ["array_getfloat", [R, I], F, guard],
  ["array_getint", [R, I], I, guard],
  ["array_setfloat", [R, I, F], "void", { guard: true, effect: true }],
  ["array_setint", [R, I, I, I, I], "void", { guard: true, effect: true }],
  ["tuple_getitem", [R], R, { pure: true, immediate: true }],
  ["tuple_len", [R], I, pure],
  // A new tuple of its arguments (BUILD_TUPLE, enumerate's pairs). Not pure: each is a new
  // object. Unpacking it reads the arguments (fold.ts); used by nothing else, it is sunk (sink.ts).
  ["new_tuple", [R], R, { variadic: true }],
  ["new_list", [R], R, { variadic: true }], // [a, b, ...]: a new exact list
  // A bare instance of the class (a constant) whose `__new__` only allocates (call_type.ts
  // allocatesBareInstance); the inlined `__init__` follows. Not pure: each is a new object.
  ["new_instance", [R], R],
  // An instance made whole (jit/materialize.ts) from its map, then one value per slot (#n of
  // them; float-kind ones boxed), then its `__slots__` members (NULL when unset): where a
  // virtual instance escapes, or sunk where only exits need it (opt/virtuals.ts).
  ["instance_make", [R], R, { variadic: true, immediate: true }],
  // An exact enumerate's iterator (a field that never changes), its count, the count's update.
  // zip over range/list/tuple iterators: one of its iterators (#k), and a guard that it is not
  // done; iter_ready: an iterator has an item (#0 range, #1 list/tuple, #2 reversed), else leaves.
  ["zip_inner", [R], R, { immediate: true }],
  ["zip_live", [R], "void", guard],
  ["iter_ready", [R], "void", { guard: true, immediate: true }],
  ["enumerate_inner", [R], R, pure],
  ["enumerate_count", [R], R, {}],
  ["enumerate_set_count", [R, I], "void", { effect: true }],
  // range(start, stop, step) of ints, step not 0 (bounds past safe integers make the long form),
  // and its iterator made straight from the same ints (the range object left to DCE).
  ["new_range", [I, I, I], R, {}],
  ["range_iter", [I, I, I], R, {}],
  // A range_iterator's next int; leaves when exhausted, or when the iterator counts in
  // bigints (a range_iterator too, for values past the safe integers: range_long.ts).
  ["range_next", [R], I, { guard: true, effect: true }],
  // iter() of an exact list (#0) or tuple (#1): its iterator, without getIterator's dispatch.
  ["seq_iter", [R], R, { immediate: true }],
  // reversed() of an exact list (#0) or tuple (#1): the iterator reversed() makes.
  ["seq_reversed", [R], R, { immediate: true }],
  ["seq_iter_next", [R], R, { guard: true, effect: true }], // list/tuple iterator; leaves when exhausted
  // A virtual list/tuple iterator (opt/iterators.ts): its sequence and index as values.
  // seq_next_item: the item at the index, leaves when the sequence has none there (or is
  // null: an exhausted iterator's), seq_iter_end the opposite; seq_iter_at: the iterator (#0 list's, #1 tuple's) made
  // at that index (sunk, at exits); seq_iter_seq/seq_iter_index: a real one's parts.
  ["seq_next_item", [R, I], R, guard],
  ["seq_iter_end", [R, I], "void", guard], // leaves unless seq_next_item would
  ["seq_iter_at", [R, I], R, { immediate: true }],
  ["seq_iter_seq", [R], R, {}],
  ["seq_iter_index", [R], I, {}],
  ["range_done", [R], "void", guard], // leaves unless the range iterator is exhausted (and safe-int)
  ["seq_iter_done", [R], "void", { guard: true, effect: true }], // the same, and drops the sequence
  // reversed() of a list or tuple (items read directly): the same, going down.
  ["seq_iter_prev", [R], R, { guard: true, effect: true }],
  ["seq_iter_prev_done", [R], "void", { guard: true, effect: true }],
  // A forward dict iterator (keys, values or items: its class says which): the position of its
  // next entry, stepped as PyDictIterator.next steps it; leaves, with nothing changed, when the
  // iterator is exhausted or would raise (the dict changed size or keys), and the
  // interpreter's FOR_ITER does it. The entry's key and value at that position.
  ["dict_iter_next", [R], I, { guard: true, effect: true }],
  ["dict_iter_key", [R, I], R, {}],
  ["dict_iter_value", [R, I], R, {}],
  // Leaves unless the forward dict iterator is exhausted (and would not raise); drops its dict.
  ["dict_iter_done", [R], "void", { guard: true, effect: true }],
  ["frame_cell", [], R, { immediate: true }], // cell #n of the looping frame
  // An inlined closure's function, guarded by code and namespaces (not identity: a closure is
  // made anew per call of its maker), and cell #n of its closure.
  ["guard_code", [R, R, R, R], "void", guard],
  // An inlined call's function still has the `__defaults__` tuple the trace bound (mutable).
  ["guard_defaults", [R, R], "void", guard],
  // An inlined function the trace holds as a constant still has the code it inlined (mutable).
  ["guard_func_code", [R, R], "void", guard],
  ["func_cell", [R], R, { pure: true, immediate: true }],
  ["new_cell", [R], R, {}], // a cell of an inlined frame (MAKE_CELL), holding its argument
  // obj.f for a Python function f of obj's class (guarded): the bound method (function, self).
  ["new_bound_method", [R, R], R, {}],
  // A bound method's function and self (its class guarded; both fixed when it was made), and a
  // builtin's method's descriptor (its self: bound_self too).
  ["bound_func", [R], R, pure],
  ["bound_self", [R], R, pure],
  ["bound_descriptor", [R], R, pure],
  ["getcell", [R], R, {}],
  ["make_cell", [R], "void", { effect: true, immediate: true }], // the looping frame's cell #n
  ["copy_free_vars", [I, I], "void", { effect: true }], // offset, count: the function's closure
  // A generator's yield in push mode (generator.ts): the frame's consumer takes the value, or
  // the trace leaves before the YIELD_VALUE.
  ["push_offer", [R], "void", { guard: true, effect: true }],
  // A generator's body inlined into the loop that consumes it (recorder.ts enterGenerator):
  // gen_enter leaves unless the generator is idle at #pc of the code given (then marks it
  // running); gen_getlocal reads its frame's slot #n (leaves when unbound); gen_setlocal writes
  // one back; gen_suspend(gen, pc, sp) is its YIELD_VALUE: suspended at pc with sp, idle;
  // gen_finish its RETURN_VALUE, the value dropped (its consumer is a for loop): finished.
  ["gen_enter", [R, R], "void", { guard: true, effect: true, immediate: true }],
  ["gen_getlocal", [R], R, { guard: true, immediate: true }],
  ["gen_setlocal", [R, R], "void", { effect: true, immediate: true }],
  ["gen_suspend", [R, I, I], "void", { effect: true }],
  ["gen_finish", [R], "void", { effect: true }],
  // GET_AWAITABLE of a coroutine: leaves when it is being awaited already (delegates).
  ["guard_not_awaited", [R], "void", { guard: true }],
  // Cell #n of an inlined generator's frame (made before the generator was: never unbound).
  ["gen_cell", [R], R, { pure: true, immediate: true }],
  ["getlocal", [], R, { immediate: true }], // slot #n of the looping frame (bridges)
  ["frame_ref", [], R, {}], // the looping frame itself (an argument of MAKE_FUNCTION's helper)
  ["setlocal", [R], "void", { effect: true, immediate: true }],
  ["setcell", [R, R], "void", { effect: true }],
  ["is", [R, R], R, pure],
  ["is_not", [R, R], R, pure],

  // A call of a runtime helper (the interpreter's own semantics): the first
  // argument is the helper, the rest its arguments. Writes the frame's
  // locals back first, so the helper sees the frame as the interpreter would.
  // A call the looping frame's handler covers (jit/record_exceptions.ts): as `call`
  // (#n: its instruction, lasti), but what it raises, its traceback entry made, is
  // its value (exception_helpers.ts CATCH.raised says which). The guard after it
  // leaves on the other path: after the instruction with the value pushed
  // (guard_raised), or at the handler with the exception pushed (guard_returned).
  ["call_catch", [R, R], R, { raises: true, effect: true, variadic: true, immediate: true }],
  ["guard_raised", [R], "void", guard],
  ["guard_returned", [R], "void", guard],
  // A raise no handler of a function's frame catches: its trace ends here, and
  // always leaves, the interpreter raising (no bridge; counts as the function's end).
  ["leave", [], "void", guard],
  // An exception raised in or passing through inlined frames (jit/record_exceptions.ts):
  // the frame object of an inlined frame for its traceback entries (the function, its
  // caller's frame for f_back, its locals), made once; its locals and pc (#n) written
  // when it ends; the exception's traceback entry for a frame (#n: lasti; the frame's
  // pc after it).
  ["make_frame", [R, R, R], R, { variadic: true }],
  ["sync_frame", [R, R], "void", { effect: true, variadic: true, immediate: true }],
  ["traceback_entry", [R, R], "void", { effect: true, immediate: true }],
  // PUSH_EXC_INFO: the thread's handled exception before, then the argument is it.
  ["push_exc_info", [R], R, { effect: true }],
  // POP_EXCEPT: the handled exception restored.
  ["pop_except", [R], "void", { effect: true }],
  // A function's trace reaching a loop header (#n, its pc): always leaves, and the
  // driver goes on in that loop's own trace when it has one (driver.ts).
  ["enter_loop", [], "void", { guard: true, immediate: true }],
  ["call", [R, R], R, { raises: true, effect: true, variadic: true }],
  // A ctypes function pointer's plan (jit/foreign_calls.ts; undefined once dropped), and calls
  // through a plan with the trace's values: the result a float, an int, or a Python value.
  // They raise when a pointer argument's conversion does (ctypes.ArgumentError).
  ["foreign_plan", [R], R, {}],
  ["ffi_call_float", [R, R], F, { raises: true, effect: true, variadic: true }],
  ["ffi_call_int", [R, R], I, { raises: true, effect: true, variadic: true }],
  ["ffi_call", [R, R], R, { raises: true, effect: true, variadic: true }],
  // A read of ctypes memory by an access plan that only loads (foreign_calls.ts AccessPlan.load):
  // no effect, so the heap cache (opt/heap.ts) reuses an earlier identical read until an effect.
  ["ffi_load_float", [R, R], F, { raises: true, variadic: true }],
  ["ffi_load_int", [R, R], I, { raises: true, variadic: true }],
  ["ffi_load", [R, R], R, { raises: true, variadic: true }],
  // How many ctypes callbacks have run (ForeignPlan.callbacks), read before a C call; the guard
  // after it leaves, resuming after the call, when a callback ran meanwhile (Python code that
  // may have changed what the trace knows of the heap).
  ["callback_runs", [R], I, {}],
  ["guard_callback_runs", [R, I], "void", guard],
  ["call_void", [R, R], "void", { raises: true, effect: true, variadic: true }],
  // A Python function (the first argument) called from the looping frame with positional
  // arguments, straight into its function trace (PyPy's call_assembler, driver.ts
  // callDirect): the callee runs without a frame of its own when its trace can. Leaves
  // (a guard) when this trace runs without a frame itself and the callee cannot finish
  // without one: the exit resumes the callee's rebuilt frames, or makes the call.
  ["call_direct", [R, R], R, { raises: true, guard: true, effect: true, variadic: true }],
  // A Python function called from inside #n inlined (virtual) frames: counted for the recursion limit.
  ["call_nested", [R, R], R, { raises: true, effect: true, variadic: true, immediate: true }],

  // A loop header inside a function's trace (#n, its pc): the arguments are
  // the values the loop starts with; the op's LoopLabel names the values
  // they become (ir.ts).
  ["label", [R], "void", { variadic: true, effect: true, immediate: true }],
  // Loop end: the values for the next iteration's inputs (no immediate), or
  // for the enclosing label of header #n.
  // A guard too: it leaves before the back-edge when a signal is pending.
  ["jump", [R], "void", { variadic: true, guard: true, immediate: true }],
  // A function's trace (recorded from its entry) ends with its return value.
  ["finish", [R], "void", {}],
];

export const OPS: ReadonlyMap<string, OpInfo> = new Map(
  TABLE.map(([name, args, result, flags]) => [name, { name, args, result, ...flags }]),
);

export function opInfo(name: string): OpInfo {
  const info = OPS.get(name);
  if (info === undefined) throw new Error(`jit: unknown IR op ${name}`);
  return info;
}

/** The kind an argument must have (variadic ops repeat their last argument kind). */
export function argKind(info: OpInfo, index: number): Kind {
  return info.args[Math.min(index, info.args.length - 1)];
}

export const KIND_PREFIX: Record<Kind, string> = { int: "i", float: "f", ref: "r", void: "v" };

/** Kinds a value of kind `have` may be passed as. */
export function kindFits(have: Kind, want: Kind): boolean {
  return have === want || (have === "int" && want === "ref");
}
