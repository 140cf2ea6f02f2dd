/**
 * Type objects: bases, the method resolution order, the type's own namespace,
 * and a version tag that makes attribute lookup on types cacheable.
 *
 * Lookup (`lookup(name)`) walks the MRO and finds the first class whose own
 * namespace holds the name — CPython's _PyType_Lookup. Its result is cached
 * per type and per name. The cache is valid while the type's `version` is
 * unchanged; any change that could alter a lookup result (assigning or deleting
 * an attribute of the type or of any class in its MRO, assigning `__bases__`)
 * gives the type and, transitively, all its subclasses a fresh version and an
 * empty cache. The JIT uses the same tag: a trace guards on `version` and then
 * treats the looked-up value as a constant.
 *
 * Subclasses are remembered through weak references so that invalidation can
 * reach them without keeping dead classes alive.
 *
 * The MRO is the C3 linearisation; when none exists the error message is the
 * one CPython gives (line break included). Duplicate bases are rejected earlier,
 * by class creation.
 */
import { PyObject, type PyValue } from "./object.ts";
import { InstanceMap } from "./instance_map.ts";
import type { BoxedStorage } from "./instance.ts";

let versionCounter = 0;
const freshVersion = () => ++versionCounter;

/** Type flags (a subset of CPython's Py_TPFLAGS_*, with the same meaning). */
export const TypeFlag = {
  /** Created by a class statement or type(); its attributes may be assigned. */
  HEAPTYPE: 1 << 9,
  /** May be used as a base class. */
  BASETYPE: 1 << 10,
  /** Attributes may not be set even though it is a heap type (Py_TPFLAGS_IMMUTABLETYPE). */
  IMMUTABLETYPE: 1 << 8,
} as const;

export class PyType extends PyObject {
  name: string;
  /** `__qualname__`; the name unless a class statement says otherwise. */
  qualname: string;
  bases: readonly PyType[];
  mro: readonly PyType[] = [];
  /** The type's own namespace (`vars(cls)`), in definition order. */
  readonly dict: Map<string, PyValue>;
  readonly flags: number;
  /** Changes whenever a lookup through this type could give a different answer. */
  version: number = freshVersion();
  /** Instances may hold arbitrary attributes (false when `__slots__` leaves out `__dict__`). */
  instancesHaveDict = true;
  /** Instances may be weakly referenced (false when `__slots__` leaves out `__weakref__`). */
  instancesWeakrefable = true;
  /** Length of the `members` array of instances: `__slots__` entries here and in bases. */
  memberCount = 0;
  /**
   * `type(...)` with positional arguments that may raise by returning
   * undefined (native_function.ts raiseQuietly) instead of a JS throw; the
   * eval loop's CALL uses it. Set on a few builtin types: int, whose errors
   * programs catch as control flow, and str, for a short way to `str(i)`;
   * never inherited.
   */
  quietCall: ((args: readonly PyValue[]) => PyValue | undefined) | null = null;
  /**
   * call_type.ts's plan for instantiating the class (who supplies `__new__`
   * and `__init__`), kept here rather than in a WeakMap: `set()` in a loop
   * asks for it at every call. Opaque to everything else.
   */
  instantiation: unknown = null;

  /**
   * The attributes of a class whose metaclass is a Python class (ABCMeta,
   * EnumType): instance.ts's boxed storage. Declared here, so that every type
   * has the same JS shape: property loads in the eval loop that saw builtin
   * types only would otherwise deoptimise at the first such class.
   */
  instanceStorage: BoxedStorage | undefined = undefined;
  private readonly subclassRefs = new Set<WeakRef<PyType>>();
  private instanceRootMap: InstanceMap | null = null;
  private instanceDictionaryMap: InstanceMap | null = null;
  private readonly lookupCache = new Map<string, PyValue | undefined>();
  /** slots.ts's cache of `slotOf` answers, emptied with the lookup cache. */
  readonly slotCache = new Map<string, unknown>();

  /**
   * CPython's tp_name, which error messages show: "module.name" for a builtin
   * type a module defines (collections.deque, re.Pattern, itertools.count),
   * the bare name for the builtins and for classes. CPython derives such a
   * type's `__module__` from its tp_name, so the two agree.
   */
  get tpName(): string {
    if (this.isHeapType) return this.name;
    const module = this.dict.get("__module__");
    return typeof module === "string" && module !== "builtins"
      ? `${module}.${this.name}`
      : this.name;
  }

  /**
   * `metatype` is the type of this type (normally `type`); null only while
   * bootstrapping `type` itself, whose type is itself.
   */
  constructor(
    metatype: PyType | null,
    name: string,
    bases: readonly PyType[],
    dict: Map<string, PyValue>,
    flags: number,
  ) {
    super(metatype as PyType);
    if (metatype === null) this.cls = this;
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.dict = dict;
    this.flags = flags;
    this.mro = computeMro(this);
    for (const base of bases) base.subclassRefs.add(new WeakRef(this));
  }

  /** The value bound to `name` in the first class of the MRO that defines it. */
  lookup(name: string): PyValue | undefined {
    const cache = this.lookupCache;
    if (cache.has(name)) return cache.get(name);
    let found: PyValue | undefined = undefined;
    for (const klass of this.mro) {
      const value = klass.dict.get(name);
      if (value !== undefined) {
        found = value;
        break;
      }
    }
    cache.set(name, found);
    return found;
  }

  /** Created by a class statement: its attributes may be assigned. */
  get isHeapType(): boolean {
    return (this.flags & TypeFlag.HEAPTYPE) !== 0;
  }

  /** The map of a fresh instance of this class (no attributes yet). */
  rootMap(): InstanceMap {
    return this.instanceRootMap ??= InstanceMap.root(this);
  }

  /** The map of instances whose attributes live in a real dict (see instance_map.ts). */
  dictionaryMap(): InstanceMap {
    return this.instanceDictionaryMap ??= InstanceMap.dictionary(this);
  }

  /** The class of the MRO that defines `name`, or undefined. */
  definingClass(name: string): PyType | undefined {
    return this.mro.find((klass) => klass.dict.has(name));
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  /** Assign or (with `undefined`) delete an attribute of the type itself. */
  setOwnAttribute(name: string, value: PyValue | undefined): void {
    if (value === undefined) this.dict.delete(name);
    else this.dict.set(name, value);
    this.invalidate();
  }

  /** Replace `__bases__`: recompute the MRO of this type and of its subclasses. */
  setBases(bases: readonly PyType[]): void {
    const previous = this.bases;
    this.bases = bases;
    try {
      this.recomputeMroTree();
    } catch (error) {
      this.bases = previous;
      this.recomputeMroTree();
      throw error;
    }
    this.relinkSubclass(previous);
  }

  /** After `bases` changed from `previous`: leave their subclass lists, join the new bases'. */
  relinkSubclass(previous: readonly PyType[]): void {
    for (const base of previous) {
      for (const ref of base.subclassRefs) if (ref.deref() === this) base.subclassRefs.delete(ref);
    }
    for (const base of this.bases) base.subclassRefs.add(new WeakRef(this));
  }

  /** Live direct subclasses (`type.__subclasses__()`), in creation order. */
  subclasses(): PyType[] {
    const live: PyType[] = [];
    for (const ref of this.subclassRefs) {
      const subclass = ref.deref();
      if (subclass === undefined) this.subclassRefs.delete(ref);
      else live.push(subclass);
    }
    return live;
  }

  /** New version and empty caches here and in every subclass. */
  invalidate(): void {
    this.version = freshVersion();
    this.lookupCache.clear();
    this.slotCache.clear();
    for (const subclass of this.subclasses()) subclass.invalidate();
  }

  private recomputeMroTree(): void {
    this.mro = computeMro(this);
    this.invalidate();
    for (const subclass of this.subclasses()) subclass.recomputeMroTree();
  }
}

/** Raised when no consistent MRO exists; the runtime turns it into a TypeError. */
export class MroError extends Error {}

/**
 * C3 linearisation: the type, then a merge of its bases' MROs and the list of
 * bases, always taking the first head that appears in no other list's tail.
 */
export function computeMro(type: PyType): PyType[] {
  const bases = type.bases;
  for (const base of bases) {
    // A base whose custom mro() is still running has no MRO yet (runtime/mro.ts).
    if (base.mro.length === 0) {
      throw new MroError(`Cannot extend an incomplete type '${base.name}'`);
    }
  }
  if (bases.length === 0) return [type];
  if (bases.length === 1) return [type, ...bases[0].mro];
  const sequences = [...bases.map((base) => [...base.mro]), [...bases]];
  const result: PyType[] = [type];
  for (;;) {
    const remaining = sequences.filter((sequence) => sequence.length > 0);
    if (remaining.length === 0) return result;
    const head = remaining.map((sequence) => sequence[0]).find((candidate) =>
      remaining.every((sequence) => sequence.indexOf(candidate, 1) < 0)
    );
    if (head === undefined) {
      const blocked: string[] = [];
      for (const sequence of remaining) {
        const name = sequence[0].name;
        if (!blocked.includes(name)) blocked.push(name);
      }
      throw new MroError(
        `Cannot create a consistent method resolution\norder (MRO) for bases ${blocked.join(", ")}`,
      );
    }
    result.push(head);
    for (const sequence of sequences) if (sequence[0] === head) sequence.shift();
  }
}
