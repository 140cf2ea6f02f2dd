/**
 * `member_descriptor`: the class attribute a `__slots__` entry creates. Its
 * value lives in the instance's `members` array at a fixed index (the slot's
 * position among the `__slots__` of the class and its bases), not in the
 * instance's map, so a slot never shows up in `__dict__` and a class without
 * `__dict__` still has somewhere to keep it.
 *
 * `members` is a field of every `PyInstance` (null until a slot is first
 * assigned) so all instances keep one JS shape; boxed builtin values of
 * Python subclasses keep it in their side storage (instance.ts).
 */
import type { PyValue } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";
import type { PyType } from "./type.ts";
import { PyGetSetDescriptor } from "./getset.ts";
import { pyError } from "./exceptions.ts";
import { typeOf } from "./typeof.ts";
import { memberStorage } from "./instance.ts";

// deno-lint-ignore no-explicit-any
type MemberGetter = (self: any) => PyValue;
// deno-lint-ignore no-explicit-any
type MemberSetter = (self: any, value: PyValue | undefined) => void;

function readonlyAttribute(): never {
  throw pyError("AttributeError", "readonly attribute");
}

/**
 * Attributes that CPython declares as struct members of a builtin type
 * (PyMemberDef: `complex.real`, `property.fget`, `function.__globals__`): the
 * same computed descriptor as `defineGetSets` makes, but of type
 * `member_descriptor` (types.MemberDescriptorType is `type(FunctionType.__globals__)`),
 * and without a setter a READONLY member ("readonly attribute").
 */
export function defineMembers(
  type: PyType,
  entries: Record<string, [MemberGetter, MemberSetter?]>,
): void {
  for (const [name, [get, set]] of Object.entries(entries)) {
    const descriptor = new PyGetSetDescriptor(type, name, get, set ?? readonlyAttribute);
    descriptor.cls = memberDescriptorType;
    type.dict.set(name, descriptor);
  }
  type.invalidate();
}

export const memberDescriptorType = makeBuiltinType("member_descriptor", undefined, {
  subclassable: false,
});

export class PyMemberDescriptor extends PyGetSetDescriptor {
  constructor(owner: PyType, name: string, readonly index: number) {
    super(
      owner,
      name,
      (self: PyValue) => {
        const value = this.storage(self).members?.[index];
        if (value === undefined) {
          throw pyError(
            "AttributeError",
            `'${typeOf(self).tpName}' object has no attribute '${name}'`,
          );
        }
        return value;
      },
      (self: PyValue, value: PyValue | undefined) => {
        const storage = this.storage(self);
        if (value === undefined) {
          if (storage.members?.[index] === undefined) throw pyError("AttributeError", name);
          storage.members![index] = undefined as unknown as PyValue;
          return;
        }
        storage.members ??= [];
        storage.members[index] = value;
      },
    );
    this.cls = memberDescriptorType;
  }

  private storage(self: PyValue): { members?: PyValue[] | null } {
    if (!typeOf(self).isSubtypeOf(this.owner)) {
      throw pyError(
        "TypeError",
        `descriptor '${this.name}' for '${this.owner.tpName}' objects doesn't apply to a ` +
          `'${typeOf(self).tpName}' object`,
      );
    }
    return memberStorage(self);
  }
}
