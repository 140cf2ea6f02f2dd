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
import type { CodeObject } from "../compiler/code.ts";

export const frameType = makeBuiltinType("frame", undefined, { subclassable: false });

/** Also the Python-visible frame object (`sys._getframe()`, `tb_frame`). */
export class Frame extends PyObject {
  readonly fast: (PyValue | undefined)[];
  readonly cells: PyCell[];
  readonly stack: (PyValue | undefined)[];
  sp = 0;
  pc = 0;
  /** The calling frame while this one runs (f_back). */
  back: Frame | null = null;
  /** Set by YIELD_VALUE when the frame suspends rather than returns. */
  suspended = false;
  /** An exception to raise at the suspension point when resumed (generator.throw). */
  thrownIn: PyValue | null = null;

  constructor(
    readonly code: CodeObject,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** The mapping STORE_NAME/LOAD_NAME use: module and class bodies only. */
    public locals: PyDict | null,
    readonly func: PyFunction | null,
  ) {
    super(frameType);
    this.fast = new Array(code.co_varnames.length);
    this.cells = new Array(code.co_cellvars.length + code.co_freevars.length);
    this.stack = new Array(code.co_stacksize);
  }

  /** The line being executed (f_lineno). */
  get lineno(): number {
    const index = this.pc > 0 ? this.pc - 1 : 0;
    return this.code.lineOf(index);
  }
}
