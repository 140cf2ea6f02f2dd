/**
 * Taipan's bytecode, declared once.
 *
 * Code is an Int32Array of [opcode, arg] word pairs; instruction i lives at
 * words 2i and 2i+1, and jump arguments are absolute instruction indices. Every
 * argument fits in 32 bits, so there is no EXTENDED_ARG.
 *
 * The machine is a value stack in the spirit of CPython 3.11. Notation in the
 * per-op comments: `a b -> c` pops b (TOS) then a and pushes c; `...n` means n
 * items; `[x]` is pushed only in some cases stated in the comment.
 *
 * Call protocol: every call site builds `callable self_or_NULL args...`.
 * LOAD_METHOD pushes `function self` for a method found on the type (no bound
 * method is allocated) or `attribute NULL` otherwise; a plain call pushes the
 * callable then PUSH_NULL. The self slot doubles as a first argument: with
 * `decorator function` on the stack, CALL 0 calls decorator(function) (also
 * used for __exit__, comprehension functions and the class builder).
 *
 * Generators: RETURN_GENERATOR hands the frame to a new generator; every
 * resumption pushes the sent value. YIELD_VALUE is followed by RESUME 1, 2 or
 * 3 (after yield, yield from, await), so a suspended frame whose next op is
 * RESUME >= 2 is delegating to the object below the yielded value.
 *
 * Ops flagged `cache` are the ones a specializing interpreter or the JIT
 * recorder may attach a per-instruction cache to (indexed by instruction
 * index; the code words themselves never change).
 *
 * Exceptions use a zero-cost table (code.ts): no instruction sets up a handler
 * at run time. When an instruction raises, the interpreter looks up its index
 * in the table, pops the stack down to the entry's depth, pushes the offending
 * instruction index if the entry's `lasti` flag is set, pushes the exception and
 * jumps to the handler.
 *
 * Loops: JUMP_BACKWARD is the only instruction that closes a loop, so it is the
 * single place the JIT's hot counter ticks. Conditional jumps only go forward.
 * JUMP_BACKWARD_NO_INTERRUPT closes the SEND loops of `await`/`yield from`,
 * which are not user loops.
 *
 * Pseudo-ops (flag `pseudo`) exist only while compiling: the assembler removes
 * them (SETUP_*: handler bookkeeping) or rewrites them (JUMP -> JUMP_FORWARD or
 * JUMP_BACKWARD by direction).
 */

/** What an instruction's argument means. */
export type OperandKind =
  | "none" // ignored (always 0)
  | "const" // index into co_consts
  | "name" // index into co_names
  | "local" // index into co_varnames (fast locals)
  | "cell" // index into cells-then-frees (co_cellvars + co_freevars)
  | "jump" // absolute instruction index
  | "count" // number of items
  | "binary" // index into BINARY_OPERATORS
  | "compare" // index into COMPARE_OPERATORS
  | "invert" // 0 or 1: negate the result
  | "flags" // op-specific bit set, see the op's comment
  | "depth" // stack position (1 = TOS)
  | "kind"; // op-specific small enum, see the op's comment

/** Stack effect: a constant, or a function of the argument. */
type Effect = number | ((arg: number) => number);

interface OpSpec {
  readonly operand: OperandKind;
  /** Net stack effect when execution falls through. */
  readonly effect: Effect;
  /** Net stack effect when the jump is taken (jump ops only). */
  readonly jumpEffect?: Effect;
  readonly jump?: true; // has a jump target
  readonly conditional?: true; // may also fall through
  readonly backward?: true; // target precedes the instruction
  readonly raises?: true; // can raise an exception
  readonly terminates?: true; // never falls through
  readonly cache?: true; // benefits from a per-instruction inline cache slot
  readonly pseudo?: true; // compile-time only
}

const spec = <T extends Record<string, OpSpec>>(table: T): T => table;

export const OPCODES = spec(
  {
    NOP: { operand: "none", effect: 0 }, // -> (does nothing)
    // 0 code start (hot counter); 1/2/3 after yield/yield from/await
    RESUME: { operand: "kind", effect: 0 },
    POP_TOP: { operand: "none", effect: -1 }, // a ->
    PUSH_NULL: { operand: "none", effect: 1 }, // -> NULL
    COPY: { operand: "depth", effect: 1 }, // a ...n-1 -> a ...n-1 a   (n = arg, COPY 1 dups TOS)
    SWAP: { operand: "depth", effect: 0 }, // a ...n-2 b -> b ...n-2 a  (n = arg >= 2)

    LOAD_CONST: { operand: "const", effect: 1 }, // -> consts[arg]
    LOAD_FAST: { operand: "local", effect: 1, raises: true }, // -> locals[arg] (UnboundLocalError)
    STORE_FAST: { operand: "local", effect: -1 }, // v -> ; locals[arg] = v
    DELETE_FAST: { operand: "local", effect: 0, raises: true }, // locals[arg] = unbound
    // cells[arg] = new cell (holding the arg if a parameter)
    MAKE_CELL: { operand: "cell", effect: 0 },
    COPY_FREE_VARS: { operand: "count", effect: 0 }, // copy arg closure cells into the frame
    LOAD_CLOSURE: { operand: "cell", effect: 1 }, // -> cells[arg] (the cell itself)
    LOAD_DEREF: { operand: "cell", effect: 1, raises: true }, // -> cells[arg].contents
    // -> locals()[name] or cell contents
    LOAD_CLASSDEREF: { operand: "cell", effect: 1, raises: true },
    STORE_DEREF: { operand: "cell", effect: -1 }, // v -> ; cells[arg].contents = v
    DELETE_DEREF: { operand: "cell", effect: 0, raises: true }, // cells[arg].contents = empty

    // -> locals/globals/builtins[name]
    LOAD_NAME: { operand: "name", effect: 1, raises: true, cache: true },
    STORE_NAME: { operand: "name", effect: -1, raises: true }, // v -> ; locals()[name] = v
    DELETE_NAME: { operand: "name", effect: 0, raises: true }, // del locals()[name]
    // -> globals/builtins[name]
    LOAD_GLOBAL: { operand: "name", effect: 1, raises: true, cache: true },
    STORE_GLOBAL: { operand: "name", effect: -1, raises: true }, // v -> ; globals[name] = v
    DELETE_GLOBAL: { operand: "name", effect: 0, raises: true }, // del globals[name]
    LOAD_ATTR: { operand: "name", effect: 0, raises: true, cache: true }, // o -> o.name
    LOAD_METHOD: { operand: "name", effect: 1, raises: true, cache: true }, // o -> f o | o.name NULL
    STORE_ATTR: { operand: "name", effect: -2, raises: true, cache: true }, // v o -> ; o.name = v
    DELETE_ATTR: { operand: "name", effect: -1, raises: true }, // o -> ; del o.name

    BINARY_SUBSCR: { operand: "none", effect: -1, raises: true, cache: true }, // c k -> c[k]
    STORE_SUBSCR: { operand: "none", effect: -3, raises: true, cache: true }, // v c k -> ; c[k] = v
    DELETE_SUBSCR: { operand: "none", effect: -2, raises: true }, // c k -> ; del c[k]
    BINARY_OP: { operand: "binary", effect: -1, raises: true, cache: true }, // a b -> a op b
    COMPARE_OP: { operand: "compare", effect: -1, raises: true, cache: true }, // a b -> a op b
    IS_OP: { operand: "invert", effect: -1 }, // a b -> a is b  (is not, if arg)
    CONTAINS_OP: { operand: "invert", effect: -1, raises: true }, // a b -> a in b (not in, if arg)
    UNARY_POSITIVE: { operand: "none", effect: 0, raises: true }, // a -> +a
    UNARY_NEGATIVE: { operand: "none", effect: 0, raises: true }, // a -> -a
    UNARY_NOT: { operand: "none", effect: 0, raises: true }, // a -> not a
    UNARY_INVERT: { operand: "none", effect: 0, raises: true }, // a -> ~a

    BUILD_TUPLE: { operand: "count", effect: (n) => 1 - n }, // ...n -> tuple
    BUILD_LIST: { operand: "count", effect: (n) => 1 - n }, // ...n -> list
    BUILD_SET: { operand: "count", effect: (n) => 1 - n, raises: true }, // ...n -> set
    BUILD_MAP: { operand: "count", effect: (n) => 1 - 2 * n, raises: true }, // k1 v1 ...2n -> dict
    // v1 ...n keys -> dict
    BUILD_CONST_KEY_MAP: { operand: "count", effect: (n) => -n, raises: true },
    BUILD_STRING: { operand: "count", effect: (n) => 1 - n }, // s1 ...n -> "".join
    BUILD_SLICE: { operand: "count", effect: (n) => 1 - n }, // lo hi [step] -> slice
    LIST_APPEND: { operand: "depth", effect: -1 }, // list ...arg-1 v -> list ...arg-1 (appended)
    SET_ADD: { operand: "depth", effect: -1, raises: true }, // like LIST_APPEND for a set
    MAP_ADD: { operand: "depth", effect: -2, raises: true }, // dict ...arg-1 k v -> dict ... (d[k]=v)
    LIST_EXTEND: { operand: "depth", effect: -1, raises: true }, // list ...arg-1 it -> list ...
    SET_UPDATE: { operand: "depth", effect: -1, raises: true }, // set ...arg-1 it -> set ...
    DICT_UPDATE: { operand: "depth", effect: -1, raises: true }, // dict ...arg-1 m -> dict ...
    // like DICT_UPDATE, duplicate keys raise (f(**m))
    DICT_MERGE: { operand: "depth", effect: -1, raises: true },
    LIST_TO_TUPLE: { operand: "none", effect: 0 }, // list -> tuple(list)
    UNPACK_SEQUENCE: { operand: "count", effect: (n) => n - 1, raises: true }, // s -> s[n-1] ... s[0]
    UNPACK_EX: {
      operand: "flags", // low 8 bits: items before the star; the rest >> 8: items after
      effect: (arg) => (arg & 0xff) + (arg >> 8),
      raises: true,
    }, // s -> after... list before... (s[0] ends on top)
    FORMAT_VALUE: {
      operand: "flags", // bits 0-1: 0 none, 1 str, 2 repr, 3 ascii; bit 2: a spec is on the stack
      effect: (arg) => (arg & 4 ? -1 : 0),
      raises: true,
    }, // v [spec] -> format(conv(v), spec)

    // f self|NULL ...n -> f(...)
    CALL: { operand: "count", effect: (n) => -n - 1, raises: true, cache: true },
    // f self|NULL ...n names -> f(...), last len(names) by keyword
    CALL_KW: { operand: "count", effect: (n) => -n - 2, raises: true, cache: true },
    // f NULL args [kwargs] -> f(*args, **kwargs)
    CALL_FUNCTION_EX: { operand: "flags", effect: (arg) => (arg & 1 ? -3 : -2), raises: true },
    MAKE_FUNCTION: {
      operand: "flags", // 1 defaults tuple, 2 kwdefaults dict, 4 annotations tuple, 8 closure tuple
      effect: (arg) => -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1)),
    }, // [defaults] [kwdefaults] [annotations] [closure] code -> function
    LOAD_BUILD_CLASS: { operand: "none", effect: 1, raises: true }, // -> builtins.__build_class__
    // ensure __annotations__ in locals()
    SETUP_ANNOTATIONS: { operand: "none", effect: 0, raises: true },
    LOAD_ASSERTION_ERROR: { operand: "none", effect: 1 }, // -> AssertionError
    IMPORT_NAME: { operand: "name", effect: -1, raises: true }, // level fromlist -> module
    IMPORT_FROM: { operand: "name", effect: 1, raises: true }, // m -> m m.name
    // m -> ; copy public names to locals()
    IMPORT_STAR: { operand: "none", effect: -1, raises: true },
    PRINT_EXPR: { operand: "none", effect: -1, raises: true }, // v -> ; sys.displayhook(v)

    GET_ITER: { operand: "none", effect: 0, raises: true }, // o -> iter(o)
    // o -> iter(o) unless o is a generator/coroutine
    GET_YIELD_FROM_ITER: { operand: "none", effect: 0, raises: true },
    FOR_ITER: {
      operand: "jump",
      effect: 1,
      jumpEffect: -1,
      jump: true,
      conditional: true,
      raises: true,
    }, // it -> it next(it) ; or, when exhausted, it -> and jump
    JUMP_FORWARD: { operand: "jump", effect: 0, jumpEffect: 0, jump: true, terminates: true },
    JUMP_BACKWARD: {
      operand: "jump",
      effect: 0,
      jumpEffect: 0,
      jump: true,
      backward: true,
      terminates: true,
      raises: true, // the interpreter may deliver signals / KeyboardInterrupt here
    },
    JUMP_BACKWARD_NO_INTERRUPT: {
      operand: "jump",
      effect: 0,
      jumpEffect: 0,
      jump: true,
      backward: true,
      terminates: true,
    },
    POP_JUMP_IF_FALSE: {
      operand: "jump",
      effect: -1,
      jumpEffect: -1,
      jump: true,
      conditional: true,
      raises: true,
    }, // v -> ; jump if not v
    POP_JUMP_IF_TRUE: {
      operand: "jump",
      effect: -1,
      jumpEffect: -1,
      jump: true,
      conditional: true,
      raises: true,
    }, // v -> ; jump if v
    POP_JUMP_IF_NONE: {
      operand: "jump",
      effect: -1,
      jumpEffect: -1,
      jump: true,
      conditional: true,
    },
    POP_JUMP_IF_NOT_NONE: {
      operand: "jump",
      effect: -1,
      jumpEffect: -1,
      jump: true,
      conditional: true,
    },
    JUMP_IF_FALSE_OR_POP: {
      operand: "jump",
      effect: -1,
      jumpEffect: 0,
      jump: true,
      conditional: true,
      raises: true,
    }, // v -> v and jump if not v; else v ->
    JUMP_IF_TRUE_OR_POP: {
      operand: "jump",
      effect: -1,
      jumpEffect: 0,
      jump: true,
      conditional: true,
      raises: true,
    }, // v -> v and jump if v; else v ->

    RETURN_VALUE: { operand: "none", effect: -1, terminates: true }, // v -> ; return v
    // -> sent ; return a new generator/coroutine for this frame; its first send() resumes here
    RETURN_GENERATOR: { operand: "none", effect: 1 },
    YIELD_VALUE: { operand: "none", effect: 0 }, // v -> sent ; suspend yielding v, resume with sent
    SEND: {
      operand: "jump",
      effect: 0,
      jumpEffect: -1,
      jump: true,
      conditional: true,
      raises: true,
    }, // r v -> r r.send(v) ; or, when r returns x, r v -> x and jump
    // o -> awaitable(o); kind 1 after __aenter__, 2 after __aexit__
    GET_AWAITABLE: { operand: "kind", effect: 0, raises: true },
    GET_AITER: { operand: "none", effect: 0, raises: true }, // o -> o.__aiter__()
    GET_ANEXT: { operand: "none", effect: 1, raises: true }, // ai -> ai awaitable(ai.__anext__())
    // ai exc -> ; StopAsyncIteration ends the loop, others re-raise
    END_ASYNC_FOR: { operand: "none", effect: -2, raises: true },
    // v -> wrapped v (marks an async generator's yield)
    ASYNC_GEN_WRAP: { operand: "none", effect: 0 },
    BEFORE_WITH: { operand: "none", effect: 1, raises: true }, // cm -> cm.__exit__ cm.__enter__()
    // cm -> cm.__aexit__ cm.__aenter__()
    BEFORE_ASYNC_WITH: { operand: "none", effect: 1, raises: true },
    // exit lasti prev exc -> exit lasti prev exc exit(type, exc, tb)
    WITH_EXCEPT_START: { operand: "none", effect: 1, raises: true },

    // exc -> prev_exc_info exc ; exc becomes the handled exception
    PUSH_EXC_INFO: { operand: "none", effect: 1 },
    POP_EXCEPT: { operand: "none", effect: -1 }, // prev -> ; restore the handled exception
    // exc -> ; raise exc again (arg > 0: first restore the frame's lasti from the item arg below exc)
    RERAISE: { operand: "depth", effect: -1, raises: true, terminates: true },
    // [exc [cause]] -> raise
    RAISE_VARARGS: { operand: "count", effect: (n) => -n, raises: true, terminates: true },
    // exc type -> exc isinstance(exc, type)
    CHECK_EXC_MATCH: { operand: "none", effect: 0, raises: true },
    // eg type -> rest match  (match None if no match)
    CHECK_EG_MATCH: { operand: "none", effect: 0, raises: true },
    // orig raised_list -> exception to re-raise or None
    PREP_RERAISE_STAR: { operand: "none", effect: -1 },

    GET_LEN: { operand: "none", effect: 1, raises: true }, // o -> o len(o)
    MATCH_MAPPING: { operand: "none", effect: 1 }, // s -> s is_mapping(s)
    MATCH_SEQUENCE: { operand: "none", effect: 1 }, // s -> s is_sequence(s)
    MATCH_KEYS: { operand: "none", effect: 1, raises: true }, // s keys -> s keys values_tuple|None
    // s cls kwnames -> attrs_tuple|None (arg positional)
    MATCH_CLASS: { operand: "count", effect: -2, raises: true },

    // Pseudo-ops: compile-time only.
    JUMP: { operand: "jump", effect: 0, jumpEffect: 0, jump: true, terminates: true, pseudo: true },
    JUMP_NO_INTERRUPT: {
      operand: "jump",
      effect: 0,
      jumpEffect: 0,
      jump: true,
      terminates: true,
      pseudo: true,
    },
    SETUP_FINALLY: {
      operand: "jump",
      effect: 0,
      jumpEffect: 1,
      jump: true,
      conditional: true,
      pseudo: true,
    }, // handler entered with: exc
    SETUP_CLEANUP: {
      operand: "jump",
      effect: 0,
      jumpEffect: 2,
      jump: true,
      conditional: true,
      pseudo: true,
    }, // handler entered with: lasti exc
    SETUP_WITH: {
      operand: "jump",
      effect: 0,
      jumpEffect: 1,
      jump: true,
      conditional: true,
      pseudo: true,
    }, // after BEFORE_WITH: handler drops the __enter__ result, entered with: lasti exc
  } as const,
);

export type OpName = keyof typeof OPCODES;
export const OP_NAMES = Object.keys(OPCODES) as OpName[];

/** Numeric opcodes, derived from the table order. */
export const Op = Object.fromEntries(OP_NAMES.map((name, index) => [name, index])) as {
  readonly [K in OpName]: number;
};

const SPECS: readonly OpSpec[] = OP_NAMES.map((name) => OPCODES[name]);

export function opName(op: number): OpName {
  return OP_NAMES[op];
}
export function opSpec(op: number): OpSpec {
  return SPECS[op];
}
export function stackEffect(op: number, arg: number, jumped: boolean): number {
  const entry = SPECS[op];
  const effect = jumped ? entry.jumpEffect : entry.effect;
  if (effect === undefined) throw new Error(`${OP_NAMES[op]} has no jump effect`);
  return typeof effect === "number" ? effect : effect(arg);
}
export const isJump = (op: number): boolean => SPECS[op].jump === true;
export const isConditional = (op: number): boolean => SPECS[op].conditional === true;
export const isTerminator = (op: number): boolean => SPECS[op].terminates === true;
export const isPseudo = (op: number): boolean => SPECS[op].pseudo === true;
export const isBackward = (op: number): boolean => SPECS[op].backward === true;
export const canRaise = (op: number): boolean => SPECS[op].raises === true;
export const usesCache = (op: number): boolean => SPECS[op].cache === true;
export const isHandlerSetup = (op: number): boolean =>
  op === Op.SETUP_FINALLY || op === Op.SETUP_CLEANUP || op === Op.SETUP_WITH;

/**
 * BINARY_OP arguments: the operator's AST kind and spelling. In-place variants
 * follow at index + INPLACE_OFFSET (`x += y` is BINARY_OP with Add + offset).
 */
export const BINARY_OPERATORS = [
  ["Add", "+"],
  ["BitAnd", "&"],
  ["FloorDiv", "//"],
  ["LShift", "<<"],
  ["MatMult", "@"],
  ["Mult", "*"],
  ["Mod", "%"],
  ["BitOr", "|"],
  ["Pow", "**"],
  ["RShift", ">>"],
  ["Sub", "-"],
  ["Div", "/"],
  ["BitXor", "^"],
] as const;
export const INPLACE_OFFSET = BINARY_OPERATORS.length;
export type BinaryOperatorKind = (typeof BINARY_OPERATORS)[number][0];
export const BINARY_OPERATOR_INDEX = Object.fromEntries(
  BINARY_OPERATORS.map(([kind], index) => [kind, index]),
) as Record<BinaryOperatorKind, number>;
export function binaryOperatorSpelling(arg: number): string {
  return arg >= INPLACE_OFFSET
    ? BINARY_OPERATORS[arg - INPLACE_OFFSET][1] + "="
    : BINARY_OPERATORS[arg][1];
}

/** COMPARE_OP arguments (rich comparisons only; is/in have their own ops). */
export const COMPARE_OPERATORS = [
  ["Lt", "<"],
  ["LtE", "<="],
  ["Eq", "=="],
  ["NotEq", "!="],
  ["Gt", ">"],
  ["GtE", ">="],
] as const;
export type CompareOperatorKind = (typeof COMPARE_OPERATORS)[number][0];
export const COMPARE_OPERATOR_INDEX = Object.fromEntries(
  COMPARE_OPERATORS.map(([kind], index) => [kind, index]),
) as Record<CompareOperatorKind, number>;

/** MAKE_FUNCTION flag bits. */
export const MakeFunctionFlag = {
  DEFAULTS: 1,
  KWDEFAULTS: 2,
  ANNOTATIONS: 4,
  CLOSURE: 8,
} as const;

/** FORMAT_VALUE conversions (low two bits) and the has-spec bit. */
export const FormatValueFlag = { NONE: 0, STR: 1, REPR: 2, ASCII: 3, HAS_SPEC: 4 } as const;
