/**
 * `_opcode.stack_effect` for CPython 3.11's bytecode: `dis` and `opcode`
 * describe CPython's instruction set (Taipan's own bytecode is different and
 * not visible through them), so the effects are those of CPython 3.11's
 * compiler, including its negative-numbered pseudo-instructions
 * (SETUP_FINALLY = -1 ... POP_JUMP_IF_NOT_NONE = -10).
 *
 * `jump` is True (the effect when the instruction jumps), False (when it
 * falls through) or None (the larger of the two).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, newModule } from "./module_helpers.ts";

const HAVE_ARGUMENT = 90;

/** Jump direction: 1 jumps, 0 falls through, -1 unspecified (the maximum). */
type Effect = number | ((oparg: number, jump: number) => number);

const popCount4 = (oparg: number) =>
  (oparg & 1) + ((oparg >> 1) & 1) + ((oparg >> 2) & 1) + ((oparg >> 3) & 1);

/** Stack effects by opcode number (CPython 3.11's compile.c stack_effect). */
const EFFECTS = new Map<number, Effect>([
  [-10, -1], // POP_JUMP_IF_NOT_NONE (pseudo)
  [-9, -1], // POP_JUMP_IF_NONE (pseudo)
  [-8, -1], // POP_JUMP_IF_TRUE (pseudo)
  [-7, -1], // POP_JUMP_IF_FALSE (pseudo)
  [-6, 0], // JUMP_NO_INTERRUPT (pseudo)
  [-5, 0], // JUMP (pseudo)
  [-4, 0], // POP_BLOCK (pseudo)
  [-3, (_, jump) => jump ? 1 : 0], // SETUP_WITH (pseudo)
  [-2, (_, jump) => jump ? 2 : 0], // SETUP_CLEANUP (pseudo)
  [-1, (_, jump) => jump ? 1 : 0], // SETUP_FINALLY (pseudo)
  [0, 0], // CACHE
  [1, -1], // POP_TOP
  [2, 1], // PUSH_NULL
  [9, 0], // NOP
  [10, 0], // UNARY_POSITIVE
  [11, 0], // UNARY_NEGATIVE
  [12, 0], // UNARY_NOT
  [15, 0], // UNARY_INVERT
  [25, -1], // BINARY_SUBSCR
  [30, 1], // GET_LEN
  [31, 1], // MATCH_MAPPING
  [32, 1], // MATCH_SEQUENCE
  [33, 1], // MATCH_KEYS
  [35, 1], // PUSH_EXC_INFO
  [36, 0], // CHECK_EXC_MATCH
  [37, 0], // CHECK_EG_MATCH
  [49, 1], // WITH_EXCEPT_START
  [50, 0], // GET_AITER
  [51, 1], // GET_ANEXT
  [52, 1], // BEFORE_ASYNC_WITH
  [53, 1], // BEFORE_WITH
  [54, -2], // END_ASYNC_FOR
  [60, -3], // STORE_SUBSCR
  [61, -2], // DELETE_SUBSCR
  [68, 0], // GET_ITER
  [69, 0], // GET_YIELD_FROM_ITER
  [70, -1], // PRINT_EXPR
  [71, 1], // LOAD_BUILD_CLASS
  [74, 1], // LOAD_ASSERTION_ERROR
  [75, 0], // RETURN_GENERATOR
  [82, 0], // LIST_TO_TUPLE
  [83, -1], // RETURN_VALUE
  [84, -1], // IMPORT_STAR
  [85, 0], // SETUP_ANNOTATIONS
  [86, 0], // YIELD_VALUE
  [87, 0], // ASYNC_GEN_WRAP
  [88, -1], // PREP_RERAISE_STAR
  [89, -1], // POP_EXCEPT
  [90, -1], // STORE_NAME
  [91, 0], // DELETE_NAME
  [92, (oparg) => oparg - 1], // UNPACK_SEQUENCE
  [93, (_, jump) => jump > 0 ? -1 : 1], // FOR_ITER
  [94, (oparg) => (oparg & 0xff) + (oparg >> 8)], // UNPACK_EX
  [95, -2], // STORE_ATTR
  [96, -1], // DELETE_ATTR
  [97, -1], // STORE_GLOBAL
  [98, 0], // DELETE_GLOBAL
  [99, 0], // SWAP
  [100, 1], // LOAD_CONST
  [101, 1], // LOAD_NAME
  [102, (oparg) => 1 - oparg], // BUILD_TUPLE
  [103, (oparg) => 1 - oparg], // BUILD_LIST
  [104, (oparg) => 1 - oparg], // BUILD_SET
  [105, (oparg) => 1 - 2 * oparg], // BUILD_MAP
  [106, 0], // LOAD_ATTR
  [107, -1], // COMPARE_OP
  [108, -1], // IMPORT_NAME
  [109, 1], // IMPORT_FROM
  [110, 0], // JUMP_FORWARD
  [111, (_, jump) => jump ? 0 : -1], // JUMP_IF_FALSE_OR_POP
  [112, (_, jump) => jump ? 0 : -1], // JUMP_IF_TRUE_OR_POP
  [114, -1], // POP_JUMP_FORWARD_IF_FALSE
  [115, -1], // POP_JUMP_FORWARD_IF_TRUE
  [116, (oparg) => (oparg & 1) + 1], // LOAD_GLOBAL
  [117, -1], // IS_OP
  [118, -1], // CONTAINS_OP
  [119, -1], // RERAISE
  [120, 1], // COPY
  [122, -1], // BINARY_OP
  [123, (_, jump) => jump > 0 ? -1 : 0], // SEND
  [124, 1], // LOAD_FAST
  [125, -1], // STORE_FAST
  [126, 0], // DELETE_FAST
  [128, -1], // POP_JUMP_FORWARD_IF_NOT_NONE
  [129, -1], // POP_JUMP_FORWARD_IF_NONE
  [130, (oparg) => -oparg], // RAISE_VARARGS
  [131, 0], // GET_AWAITABLE
  [132, (oparg) => -popCount4(oparg)], // MAKE_FUNCTION
  [133, (oparg) => oparg === 3 ? -2 : -1], // BUILD_SLICE
  [134, 0], // JUMP_BACKWARD_NO_INTERRUPT
  [135, 0], // MAKE_CELL
  [136, 1], // LOAD_CLOSURE
  [137, 1], // LOAD_DEREF
  [138, -1], // STORE_DEREF
  [139, 0], // DELETE_DEREF
  [140, 0], // JUMP_BACKWARD
  [142, (oparg) => -2 - (oparg & 1)], // CALL_FUNCTION_EX
  [144, 0], // EXTENDED_ARG
  [145, -1], // LIST_APPEND
  [146, -1], // SET_ADD
  [147, -2], // MAP_ADD
  [148, 1], // LOAD_CLASSDEREF
  [149, 0], // COPY_FREE_VARS
  [151, 0], // RESUME
  [152, -2], // MATCH_CLASS
  [155, (oparg) => (oparg & 0x04) ? -1 : 0], // FORMAT_VALUE
  [156, (oparg) => -oparg], // BUILD_CONST_KEY_MAP
  [157, (oparg) => 1 - oparg], // BUILD_STRING
  [160, 1], // LOAD_METHOD
  [162, -1], // LIST_EXTEND
  [163, -1], // SET_UPDATE
  [164, -1], // DICT_MERGE
  [165, -1], // DICT_UPDATE
  [166, (oparg) => -oparg], // PRECALL
  [171, -1], // CALL
  [172, 0], // KW_NAMES
  [173, -1], // POP_JUMP_BACKWARD_IF_NOT_NONE
  [174, -1], // POP_JUMP_BACKWARD_IF_NONE
  [175, -1], // POP_JUMP_BACKWARD_IF_FALSE
  [176, -1], // POP_JUMP_BACKWARD_IF_TRUE
]);

const INT_MAX = 2 ** 31 - 1;

/** The opcode, a C int (`i` format). */
function cInt(value: PyValue): number {
  const n = indexValue(value);
  if (n > INT_MAX || n < -INT_MAX - 1) {
    throw pyError("OverflowError", "Python int too large to convert to C int");
  }
  return Number(n);
}

const LONG_LIMIT = 2n ** 63n;

/** The oparg: a C long (PyLong_AsLong) cast to int, so it wraps to 32 bits. */
function wrappedOparg(value: PyValue): number {
  const n = BigInt(indexValue(value));
  if (n >= LONG_LIMIT || n < -LONG_LIMIT) {
    throw pyError("OverflowError", "Python int too large to convert to C long");
  }
  return Number(BigInt.asIntN(32, n));
}

/** `stack_effect(opcode, oparg=None, /, *, jump=None)` with clinic's messages for the positionals. */
function stackEffect(args: PyValue[], jumpValue: PyValue): number {
  if (args.length < 1 || args.length > 2) {
    const bound = args.length < 1
      ? "at least 1 positional argument"
      : "at most 2 positional arguments";
    throw pyError("TypeError", `stack_effect() takes ${bound} (${args.length} given)`);
  }
  const opcode = cInt(args[0]);
  const opargValue = args.length > 1 ? args[1] : null;
  let oparg = 0;
  if (opcode >= HAVE_ARGUMENT) {
    if (opargValue === null) {
      throw pyError(
        "ValueError",
        "stack_effect: opcode requires oparg but oparg was not specified",
      );
    }
    oparg = wrappedOparg(opargValue);
  } else if (opargValue !== null) {
    throw pyError(
      "ValueError",
      "stack_effect: opcode does not permit oparg but oparg was specified",
    );
  }
  if (jumpValue !== null && jumpValue !== true && jumpValue !== false) {
    throw pyError("ValueError", "stack_effect: jump must be False, True or None");
  }
  const jump = jumpValue === null ? -1 : jumpValue ? 1 : 0;
  const effect = EFFECTS.get(opcode);
  if (effect === undefined) throw pyError("ValueError", "invalid opcode or oparg");
  return typeof effect === "number" ? effect : effect(oparg, jump);
}

export function createOpcodeModule(): PyModule {
  const module = newModule("_opcode", "Opcode support module.");
  addFunctions(module, {
    stack_effect: ["*args, jump=None", stackEffect],
    get_specialization_stats: ["", () => null],
  });
  return module;
}
