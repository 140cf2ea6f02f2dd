/**
 * Functions and methods written in TypeScript.
 *
 * - `PyBuiltinFunction` (`builtin_function_or_method`): a module-level function
 *   such as `len`, or a method already bound to its `__self__`.
 * - `PyMethodDescriptor` (`method_descriptor`): a method stored in a builtin
 *   type's namespace, like `str.upper`. Reading it from an instance binds it;
 *   the interpreter's method-call path calls `callMethod(self, ...)` directly
 *   and allocates nothing.
 *
 * A method descriptor that implements a slot (`int.__add__`) shows as
 * `wrapper_descriptor` (CPython's slot wrapper), and bound, as
 * `method-wrapper`; they behave alike.
 *
 * Both bind their arguments with a text signature (native_signature.ts) and
 * then call the implementation with the bound values as JS parameters:
 * `(self, a, b) => ...` for a method with `"a, b=None"`, `(a, b) => ...` for a
 * module-level function. The implementation sees `undefined`
 * only for `?` parameters, a JS array for `*args`, a Map for `**kwargs`.
 */
import { PyObject, type PyValue } from "./object.ts";
import { makeBuiltinType, strType } from "./core_types.ts";
import { unboxStr } from "./str_boxed.ts";
import type { PyType } from "./type.ts";
import {
  type ArgumentStyle,
  bindArguments,
  type NativeSignature,
  parseSignature,
} from "./native_signature.ts";
import { isStr } from "./str_wide.ts";
import { type PyBaseException, pyError } from "./exceptions.ts";
import { typeOf } from "./typeof.ts";
import { SLOT_NAMED_METHODS, SLOT_NAMES } from "./builtin_docs_data.ts";

export const builtinFunctionType = makeBuiltinType("builtin_function_or_method", undefined, {
  subclassable: false,
});
export const methodDescriptorType = makeBuiltinType("method_descriptor", undefined, {
  subclassable: false,
});
export const wrapperDescriptorType = makeBuiltinType("wrapper_descriptor", undefined, {
  subclassable: false,
});
export const methodWrapperType = makeBuiltinType("method-wrapper", undefined, {
  subclassable: false,
});

const SLOTS = new Set(SLOT_NAMES);
const NOT_WRAPPED = new Set(SLOT_NAMED_METHODS);

/** Whether CPython makes `owner.name` a slot wrapper rather than a method descriptor. */
function isSlotWrapper(owner: PyType, name: string): boolean {
  return SLOTS.has(name) && !NOT_WRAPPED.has(`${owner.name}.${name}`);
}

// deno-lint-ignore no-explicit-any
export type NativeImplementation = (...args: any[]) => PyValue;

/**
 * A native's quiet implementation: the same parameters as its `impl`, but it
 * may raise by returning `raiseQuietly(exception)` (undefined) instead of a
 * JS throw. Only the eval loop's CALL uses it (callQuietly): JS throws cost
 * 0.3-1 us under Deno (eval.ts), and some exceptions are raised and caught
 * as routine control flow: StopIteration from `coro.send()` and `next()`,
 * AttributeError from `getattr()`. Anything else still throws.
 */
// deno-lint-ignore no-explicit-any
export type QuietImplementation = (...args: any[]) => PyValue | undefined;

/** The exception a quiet implementation raised by returning undefined. */
const quietRaise: { exception: PyBaseException | null } = { exception: null };

export function raiseQuietly(exception: PyBaseException): undefined {
  quietRaise.exception = exception;
  return undefined;
}

/** The exception of the quiet implementation that just returned undefined. */
export function takeQuietRaise(): PyBaseException {
  const exception = quietRaise.exception!;
  quietRaise.exception = null;
  return exception;
}

export interface NativeOptions {
  /** Override the error-message family derived from the signature. */
  style?: ArgumentStyle;
  doc?: string | null;
  /**
   * A METH_VARARGS function in CPython (PyArg_UnpackTuple or an Argument
   * Clinic optional group, as math.log or time.gmtime): called directly, it
   * names itself bare in "takes no keyword arguments". Implied by the
   * "parsetuple" style.
   */
  tupleArguments?: boolean;
  /** A quiet implementation (see QuietImplementation). */
  quiet?: QuietImplementation;
}

/**
 * The implementation called on a positional call whose count the signature
 * accepts, with the signature's directDefaults filling the parameters left
 * out: what bindArguments and apply would do, without the bound array.
 * `args` holds `receivers` leading values (0, or 1 for a method's `self`)
 * before the parameters; `self` (a bound function's `__self__`) goes first
 * when given.
 */
function applyDirect(
  impl: NativeImplementation,
  defaults: readonly PyValue[],
  args: readonly PyValue[],
  receivers: 0 | 1,
  self?: PyValue,
): PyValue {
  const receiver = receivers === 1 ? args[0] : self;
  // (No closure for the argument reads: one per call showed as most of the
  // garbage of a str-method loop.)
  const given = args.length - receivers;
  if (receiver === undefined) {
    switch (defaults.length) {
      case 0:
        return impl();
      case 1:
        return impl(given > 0 ? args[0] : defaults[0]);
      case 2:
        return impl(given > 0 ? args[0] : defaults[0], given > 1 ? args[1] : defaults[1]);
      default:
        return impl(
          given > 0 ? args[0] : defaults[0],
          given > 1 ? args[1] : defaults[1],
          given > 2 ? args[2] : defaults[2],
        );
    }
  }
  const first = receivers;
  switch (defaults.length) {
    case 0:
      return impl(receiver);
    case 1:
      return impl(receiver, given > 0 ? args[first] : defaults[0]);
    case 2:
      return impl(
        receiver,
        given > 0 ? args[first] : defaults[0],
        given > 1 ? args[first + 1] : defaults[1],
      );
    default:
      return impl(
        receiver,
        given > 0 ? args[first] : defaults[0],
        given > 1 ? args[first + 1] : defaults[1],
        given > 2 ? args[first + 2] : defaults[2],
      );
  }
}

/** Call `impl` with the bound values as parameters, after `self` when there is one. */
function apply(
  impl: NativeImplementation,
  self: PyValue | undefined,
  bound: readonly unknown[],
): PyValue {
  if (self === undefined) {
    switch (bound.length) {
      case 0:
        return impl();
      case 1:
        return impl(bound[0]);
      case 2:
        return impl(bound[0], bound[1]);
      default:
        return impl(...bound);
    }
  }
  switch (bound.length) {
    case 0:
      return impl(self);
    case 1:
      return impl(self, bound[0]);
    case 2:
      return impl(self, bound[0], bound[1]);
    default:
      return impl(self, ...bound);
  }
}

export class PyBuiltinFunction extends PyObject {
  constructor(
    readonly name: string,
    /** `__qualname__`: "len", or "str.upper" once bound from a descriptor. */
    readonly qualname: string,
    readonly signature: NativeSignature,
    readonly impl: NativeImplementation,
    /** `__self__` of a bound method; undefined for a module-level function. */
    readonly self: PyValue | undefined,
    /** `__doc__`; set after construction for builtins (builtin_docs.ts). */
    public doc: string | null,
  ) {
    super(builtinFunctionType);
  }

  /**
   * `__module__` of a function defined by a module other than builtins
   * ("math"); CPython names such functions "math.sqrt()" in argument errors.
   */
  module: string | null = null;

  /** `__objclass__` of a method-wrapper: the class whose slot wrapper was bound. */
  objclass: PyType | null = null;

  /**
   * False for a function CPython writes without Argument Clinic: it then has
   * no `__text_signature__` (None) and inspect.signature() finds none.
   */
  hasTextSignature = true;

  /** NativeOptions.tupleArguments: CPython passes this function its arguments as one tuple. */
  tupleArguments = false;

  /** NativeOptions.quiet. */
  quiet: QuietImplementation | null = null;

  /** The method descriptor this function is bound from (`[].append`'s list.append), if any. */
  descriptor: PyMethodDescriptor | null = null;

  /** This function bound to `owner` (a classmethod read through a class): `C.name`. */
  bindTo(owner: PyType): PyBuiltinFunction {
    return new PyBuiltinFunction(
      this.name,
      `${owner.qualname}.${this.name}`,
      this.signature,
      this.impl,
      owner,
      this.doc,
    );
  }

  call(args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
    const defaults = this.signature.directDefaults;
    if (
      kwnames === null && defaults !== null && args.length >= this.signature.minPositional &&
      args.length <= defaults.length
    ) {
      return applyDirect(this.impl, defaults, args, 0, this.self);
    }
    return apply(
      this.impl,
      this.self,
      bindArguments(this.signature, this.messageName(), args, kwnames, this.functionName()),
    );
  }

  /** `call` through the quiet implementation (which must exist): undefined when it raised. */
  callQuietly(args: readonly PyValue[]): PyValue | undefined {
    // The direct way `call` takes (getattr's miss, next()'s end: no bound array).
    const defaults = this.signature.directDefaults;
    if (
      defaults !== null && args.length >= this.signature.minPositional &&
      args.length <= defaults.length
    ) {
      return applyDirect(this.quiet as NativeImplementation, defaults, args, 0, this.self);
    }
    return apply(
      this.quiet as NativeImplementation,
      this.self,
      bindArguments(this.signature, this.messageName(), args, null, this.functionName()),
    );
  }

  private messageName(): string {
    const style = this.signature.style;
    if (style !== "noargs" && style !== "onearg") return this.name;
    return this.functionName();
  }

  /**
   * _PyObject_FunctionStr: "math.gcd", "Struct.pack" (a bound method has no
   * module). A METH_VARARGS function called directly (cfunction_call) shows
   * its bare name instead.
   */
  private functionName(): string {
    if (this.tupleArguments || this.signature.style === "parsetuple") return this.name;
    return this.module === null ? this.qualname : `${this.module}.${this.qualname}`;
  }
}

export class PyMethodDescriptor extends PyObject {
  readonly qualname: string;
  /**
   * How many arguments after the receiver a call may pass straight to the
   * implementation (plain positional parameters, no defaults, no `*args`,
   * at most 2, a receiver that needs no unboxing), or -1.
   */
  readonly directArity: number;
  /** As PyBuiltinFunction.hasTextSignature (a method with optional argument groups has none). */
  hasTextSignature = true;
  /** NativeOptions.quiet. */
  quiet: QuietImplementation | null = null;
  constructor(
    readonly owner: PyType,
    readonly name: string,
    readonly signature: NativeSignature,
    readonly impl: NativeImplementation,
    /** `__doc__`; set after construction for builtins (builtin_docs.ts). */
    public doc: string | null,
  ) {
    super(isSlotWrapper(owner, name) ? wrapperDescriptorType : methodDescriptorType);
    this.qualname = `${owner.name}.${name}`;
    const count = signature.names.length;
    const plain = signature.varargs === null && signature.varkw === null &&
      signature.minPositional === count && signature.positional === count && count <= 2;
    this.directArity = plain && owner !== strType ? count : -1;
    this.onlyVarargs = count === 0 && signature.varargs !== null && signature.varkw === null;
    this.anyArguments = count === 0 && signature.varargs !== null && signature.varkw !== null;
  }

  /** The signature is `*args` alone: a positional call passes them as one array. */
  private readonly onlyVarargs: boolean;
  /**
   * The signature is `*args, **kwargs` (a native `__init__`: an exception
   * class's, which `AppError.__init__(self, msg)` calls): a positional call
   * passes them as an array and an empty Map.
   */
  private readonly anyArguments: boolean;

  /** May a call pass `self` to the implementation as it is? (A str subclass instance is unboxed first.) */
  private receivesDirectly(self: PyValue): boolean {
    return this.owner === strType ? isStr(self) : this.receives(self);
  }

  /** Whether `self` may receive this method (an instance of the owner). */
  receives(self: PyValue): boolean {
    const type = typeOf(self);
    return type === this.owner || type.isSubtypeOf(this.owner);
  }

  /** descr_check: a TypeError unless `self` is an instance of the owner. */
  checkReceiver(self: PyValue): void {
    if (!typeOf(self).isSubtypeOf(this.owner)) {
      // (A slot wrapper's words are wrapperdescr_call's, a method's descr_check's.)
      throw pyError(
        "TypeError",
        this.cls === wrapperDescriptorType
          ? `descriptor '${this.name}' requires a '${this.owner.tpName}' object but received a ` +
            `'${typeOf(self).tpName}'`
          : `descriptor '${this.name}' for '${this.owner.tpName}' objects doesn't apply to a ` +
            `'${typeOf(self).tpName}' object`,
      );
    }
  }

  /** Call with an explicit receiver, which must be an instance of the owner. */
  callMethod(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
    this.checkReceiver(self);
    const style = this.signature.style;
    const name = style === "noargs" || style === "onearg" ? this.qualname : this.name;
    const receiver = this.owner === strType ? unboxStr(self) : self;
    return apply(
      this.impl,
      receiver,
      bindArguments(this.signature, name, args, kwnames, this.qualname),
    );
  }

  /** `type.method(self, ...)`: the receiver is the first argument. */
  callUnbound(args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
    // The common call (most of a text-processing loop's calls are str, list
    // and dict methods): no argument binding, no copies.
    if (kwnames === null && this.takesDirectly(args)) {
      return applyDirect(this.impl, this.signature.directDefaults!, args, 1);
    }
    if (kwnames === null && this.onlyVarargs && args.length > 0 && this.receivesDirectly(args[0])) {
      // `(self, *args)` (match.group): what bindArguments would bind, without it.
      return this.impl(args[0], args.slice(1));
    }
    if (
      kwnames === null && this.anyArguments && args.length > 0 && this.receivesDirectly(args[0])
    ) {
      return this.impl(args[0], args.slice(1), new Map());
    }
    const positional = args.length - (kwnames?.length ?? 0);
    if (positional < 1) {
      throw pyError(
        "TypeError",
        this.cls === wrapperDescriptorType
          ? `descriptor '${this.name}' of '${this.owner.tpName}' object needs an argument`
          : `unbound method ${this.qualname}() needs an argument`,
      );
    }
    return this.callMethod(args[0], args.slice(1), kwnames);
  }

  /**
   * The parameters `impl` gets for a positional call with `args` (the
   * receiver first) that callUnbound makes without binding: the arguments,
   * then the defaults of the ones left out. Null for any other call.
   */
  directCall(args: readonly PyValue[]): PyValue[] | null {
    if (!this.takesDirectly(args)) return null;
    const defaults = this.signature.directDefaults!;
    const parameters = args.slice();
    for (let i = args.length - 1; i < defaults.length; i++) parameters.push(defaults[i]);
    return parameters;
  }

  /** Whether positional `args` (the receiver first) are taken without binding (applyDirect). */
  private takesDirectly(args: readonly PyValue[]): boolean {
    const defaults = this.signature.directDefaults;
    return defaults !== null && args.length > this.signature.minPositional &&
      args.length <= defaults.length + 1 && this.receivesDirectly(args[0]);
  }

  /**
   * `callUnbound` through the quiet implementation (which must exist) when
   * the call is the plain kind; undefined when it raised.
   */
  callQuietly(args: readonly PyValue[]): PyValue | undefined {
    if (this.directArity >= 0 && this.directArity === args.length - 1 && this.receives(args[0])) {
      const quiet = this.quiet!;
      if (args.length === 1) return quiet(args[0]);
      if (args.length === 2) return quiet(args[0], args[1]);
      return quiet(args[0], args[1], args[2]);
    }
    return this.callUnbound(args, null);
  }

  bind(self: PyValue): PyBuiltinFunction {
    const bound = new PyBuiltinFunction(
      this.name,
      this.qualname,
      this.signature,
      this.impl,
      this.owner === strType ? unboxStr(self) : self,
      this.doc,
    );
    bound.hasTextSignature = this.hasTextSignature;
    bound.quiet = this.quiet;
    bound.descriptor = this;
    if (this.cls === wrapperDescriptorType) {
      bound.cls = methodWrapperType;
      bound.objclass = this.owner;
    }
    return bound;
  }
}

/** Define a module-level native function (not yet bound to any module object). */
export function nativeFunction(
  name: string,
  signature: string,
  impl: NativeImplementation,
  options: NativeOptions = {},
): PyBuiltinFunction {
  const func = new PyBuiltinFunction(
    name,
    name,
    parseSignature(signature, options.style),
    impl,
    undefined,
    options.doc ?? null,
  );
  func.quiet = options.quiet ?? null;
  return func;
}

/** Define methods on a builtin type: `{ upper: ["", (self) => ...], ... }`. */
export function defineNativeMethods(
  type: PyType,
  methods: Record<
    string,
    readonly [string, NativeImplementation] | readonly [string, NativeImplementation, NativeOptions]
  >,
): void {
  for (const [name, [signature, impl, options]] of Object.entries(methods)) {
    const descriptor = new PyMethodDescriptor(
      type,
      name,
      parseSignature(signature, options?.style),
      impl,
      options?.doc ?? null,
    );
    descriptor.quiet = options?.quiet ?? null;
    type.dict.set(name, descriptor);
  }
  type.invalidate();
}
