/**
 * Python-visible methods of the attribute descriptors builtin types and
 * `__slots__` create: `getset_descriptor` and `member_descriptor`
 * (`__get__`, `__set__`, `__delete__`, `__name__`, `__objclass__`, repr).
 */
import type { PyValue } from "../../objects/object.ts";
import type { PyType } from "../../objects/type.ts";
import { getSetDescriptorType, PyGetSetDescriptor } from "../../objects/getset.ts";
import { memberDescriptorType } from "../../objects/member.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { newTuple } from "../../objects/tuple.ts";
import { thread } from "../thread_state.ts";

function checkApplies(self: PyGetSetDescriptor, instance: PyValue): void {
  if (!typeOf(instance).isSubtypeOf(self.owner)) {
    throw pyError(
      "TypeError",
      `descriptor '${self.name}' for '${self.owner.tpName}' objects doesn't apply to a ` +
        `'${typeOf(instance).tpName}' object`,
    );
  }
}

function store(self: PyGetSetDescriptor, instance: PyValue, value: PyValue | undefined): null {
  checkApplies(self, instance);
  if (self.set === null) {
    throw pyError(
      "AttributeError",
      `attribute '${self.name}' of '${self.owner.tpName}' objects is not writable`,
    );
  }
  self.set(instance, value);
  return null;
}

for (
  const [type, label] of [[getSetDescriptorType, "attribute"], [
    memberDescriptorType,
    "member",
  ]] as const
) {
  defineNativeMethods(type, {
    __get__: [
      "instance, owner=None, /",
      (self: PyGetSetDescriptor, instance: PyValue, owner: PyValue) => {
        if (instance === null && owner !== null) return self;
        checkApplies(self, instance);
        return self.get(instance);
      },
    ],
    __set__: [
      "instance, value, /",
      (self: PyGetSetDescriptor, instance: PyValue, value: PyValue) => store(self, instance, value),
    ],
    __delete__: [
      "instance, /",
      (self: PyGetSetDescriptor, instance: PyValue) => store(self, instance, undefined),
    ],
    __repr__: [
      "",
      (self: PyGetSetDescriptor) => `<${label} '${self.name}' of '${self.owner.tpName}' objects>`,
    ],
  });
  defineGetSets(type, {
    __name__: [(self: PyGetSetDescriptor) => self.name],
    __qualname__: [(self: PyGetSetDescriptor) => `${self.owner.qualname}.${self.name}`],
    __objclass__: [(self: PyGetSetDescriptor): PyType => self.owner],
    __doc__: [(self: PyGetSetDescriptor) => self.doc],
  });
}

// descr_reduce: a member descriptor pickles and copies as getattr(owner, name)
// (getset descriptors have no such method in CPython 3.11).
defineNativeMethods(memberDescriptorType, {
  __reduce__: ["", (self: PyGetSetDescriptor) => {
    const getattr = thread.current?.builtins.getStr("getattr") ?? null;
    return newTuple([getattr, newTuple([self.owner, self.name])]);
  }],
});
