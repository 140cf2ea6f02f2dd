/**
 * The deque object's storage: a ring buffer (capacity a power of two) so
 * appends and pops at both ends are O(1), with `maxlen` trimming the
 * opposite end as CPython does. `state` counts mutations; iterators compare
 * it to raise "deque mutated during iteration".
 *
 * Instances of Python subclasses get attribute storage (map and slots);
 * plain deques have none, so `deque().x = 1` fails as in CPython.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import type { InstanceMap } from "../vm/objects/instance_map.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";

export const dequeType = makeBuiltinType("deque");

export class PyDeque extends PyObject {
  private buffer: (PyValue | undefined)[] = new Array(8);
  private head = 0;
  length = 0;
  /** -1: unbounded. */
  maxlen = -1;
  state = 0;
  map?: InstanceMap;
  slots?: PyValue[];

  constructor(cls: PyType = dequeType) {
    super(cls);
    if (cls.isHeapType) {
      this.map = cls.rootMap();
      this.slots = [];
    }
  }

  private grow(): void {
    const items = this.toArray();
    this.buffer = new Array(this.buffer.length * 2);
    for (let i = 0; i < items.length; i++) this.buffer[i] = items[i];
    this.head = 0;
  }

  private slot(index: number): number {
    return (this.head + index) & (this.buffer.length - 1);
  }

  at(index: number): PyValue {
    return this.buffer[this.slot(index)] as PyValue;
  }

  setAt(index: number, value: PyValue): void {
    this.buffer[this.slot(index)] = value;
  }

  append(value: PyValue): void {
    if (this.maxlen === 0) return;
    if (this.length === this.buffer.length) this.grow();
    this.buffer[this.slot(this.length)] = value;
    this.length++;
    this.state++;
    if (this.maxlen >= 0 && this.length > this.maxlen) this.popLeft();
  }

  appendLeft(value: PyValue): void {
    if (this.maxlen === 0) return;
    if (this.length === this.buffer.length) this.grow();
    this.head = (this.head - 1) & (this.buffer.length - 1);
    this.buffer[this.head] = value;
    this.length++;
    this.state++;
    if (this.maxlen >= 0 && this.length > this.maxlen) this.pop();
  }

  pop(): PyValue {
    if (this.length === 0) throw pyError("IndexError", "pop from an empty deque");
    const at = this.slot(this.length - 1);
    const value = this.buffer[at] as PyValue;
    this.buffer[at] = undefined;
    this.length--;
    this.state++;
    return value;
  }

  popLeft(): PyValue {
    if (this.length === 0) throw pyError("IndexError", "pop from an empty deque");
    const value = this.buffer[this.head] as PyValue;
    this.buffer[this.head] = undefined;
    this.head = (this.head + 1) & (this.buffer.length - 1);
    this.length--;
    this.state++;
    return value;
  }

  toArray(): PyValue[] {
    const items = new Array<PyValue>(this.length);
    for (let i = 0; i < this.length; i++) items[i] = this.at(i);
    return items;
  }

  /** Replace the contents (used by operations that rebuild: insert, delete, rotate, reverse). */
  replace(items: readonly PyValue[]): void {
    let capacity = 8;
    while (capacity < items.length) capacity *= 2;
    this.buffer = new Array(capacity);
    for (let i = 0; i < items.length; i++) this.buffer[i] = items[i];
    this.head = 0;
    this.length = items.length;
    this.state++;
  }

  clear(): void {
    this.replace([]);
  }
}
