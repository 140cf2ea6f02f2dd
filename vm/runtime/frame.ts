/**
 * Interpreter frames. A frame is created per execution of a code object and
 * holds everything the eval loop reads: fast locals (`co_varnames`), cells
 * (`co_cellvars` then `co_freevars`), the value stack, the instruction index,
 * and the namespaces. The eval loop keeps `pc` and the stack pointer in JS
 * locals while it runs and writes them back here only when something else
 * needs them: a call (for tracebacks and `f_lineno`), a yield (to resume), an
 * exception. `undefined` in a fast local or a cell means "unbound"; on the
 * stack it is CPython's NULL (e.g. the self slot of a plain call).
 */
import { PyObject, type PyValue } from "../objects/object.ts";
import { makeBuiltinType } from "../objects/core_types.ts";
import type { PyCell } from "../objects/cell.ts";
import type { PyDict } from "../objects/dict.ts";
import type { PyFunction } from "../objects/function.ts";
import { CodeFlag, type CodeObject } from "../compiler/code.ts";

const CO_OPTIMIZED = CodeFlag.CO_OPTIMIZED;

export const frameType = makeBuiltinType("frame", undefined, { subclassable: false });

/** The cells of a frame that has none: shared, never written. */
const NO_CELLS: PyCell[] = [];

/** Also the Python-visible frame object (`sys._getframe()`, `tb_frame`). */
export class Frame extends PyObject {
  // Fields are declared, not initialised, and all assigned in the constructor in
  // one order: one hidden class, no define-property stores (frames are the
  // hottest allocation of calls).
  declare readonly code: CodeObject;
  declare readonly globals: PyDict;
  declare readonly builtins: PyDict;
  /** The mapping STORE_NAME/LOAD_NAME use: module and class bodies only. */
  declare locals: PyDict | null;
  declare readonly func: PyFunction | null;
  declare readonly fast: (PyValue | undefined)[];
  declare readonly cells: PyCell[];
  declare readonly stack: (PyValue | undefined)[];
  declare sp: number;
  declare pc: number;
  /** The calling frame while this one runs (f_back). */
  declare back: Frame | null;
  /** Set by YIELD_VALUE when the frame suspends rather than returns. */
  declare suspended: boolean;
  /** An exception to raise at the suspension point when resumed (generator.throw). */
  declare thrownIn: PyValue | null;
  /**
   * A callee to finish before continuing (its result is pushed as its CALL
   * would push it): set when the JIT leaves a trace inside inlined calls and
   * rebuilds their frames (jit/resume.ts).
   */
  declare resumeCallee: Frame | null;
  /** For a rebuilt `__init__` frame: the instance its caller receives instead of the result. */
  declare constructed: PyValue | null;
  /**
   * A generator's frame run in push mode (generator.ts consumeGenerator):
   * YIELD_VALUE offers the value here first and goes on, as if next() had
   * been called again, when it answers true.
   */
  declare consumer: ((value: PyValue) => boolean) | null;

  constructor(
    code: CodeObject,
    globals: PyDict,
    builtins: PyDict,
    locals: PyDict | null,
    func: PyFunction | null,
  ) {
    super(frameType);
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    // A function whose code is not CO_OPTIMIZED (module code called through
    // FunctionType, e.g. top-level await) uses its globals as locals, as
    // CPython's _PyFunction_Vectorcall passes them.
    this.locals = locals === null && func !== null && (code.co_flags & CO_OPTIMIZED) === 0
      ? globals
      : locals;
    this.func = func;
    // Locals and value stack share one array (CPython's localsplus): the stack
    // starts after the locals, so a call allocates one array, not two.
    const localCount = code.localCount;
    this.fast = new Array(localCount + code.co_stacksize);
    const cellCount = code.cellCount;
    this.cells = cellCount === 0 ? NO_CELLS : new Array(cellCount);
    this.stack = this.fast;
    this.sp = localCount;
    this.pc = 0;
    this.back = null;
    this.suspended = false;
    this.thrownIn = null;
    this.resumeCallee = null;
    this.constructed = null;
    this.consumer = null;
  }

  /** The line being executed (f_lineno). */
  get lineno(): number {
    const index = this.pc > 0 ? this.pc - 1 : 0;
    return this.code.lineOf(index);
  }
}
