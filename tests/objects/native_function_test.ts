import { assertEquals } from "../assert.ts";
import {
  defineNativeMethods,
  nativeFunction,
  PyMethodDescriptor,
} from "../../vm/objects/native_function.ts";
import { makeBuiltinType, strType } from "../../vm/objects/core_types.ts";
import { isPyException } from "../../vm/objects/exceptions.ts";
import type { PyValue } from "../../vm/objects/object.ts";

function typeErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isPyException(error) && error.cls.name === "TypeError") {
      return error.args.items[0] as string;
    }
    throw error;
  }
  return "(no error)";
}

Deno.test("module-level native functions receive bound parameters without self", () => {
  const divmod = nativeFunction("divmod", "x, y, /", (x: number, y: number) => x - y);
  assertEquals(divmod.call([7, 2], null), 5);
  assertEquals(typeErrorOf(() => divmod.call([7], null)), "divmod expected 2 arguments, got 1");
});

Deno.test("method descriptors: bound, unbound and receiver-checked calls (CPython's messages)", () => {
  const type = makeBuiltinType("demo");
  defineNativeMethods(type, { shout: ["", (self: PyValue) => `${String(self)}!`] });
  defineNativeMethods(strType, { echo_: ["", (self: string) => self] });
  const shout = type.lookup("shout") as PyMethodDescriptor;
  assertEquals(
    typeErrorOf(() => shout.callMethod("x", [], null)),
    "descriptor 'shout' for 'demo' objects doesn't apply to a 'str' object",
  );
  const echo = strType.lookup("echo_") as PyMethodDescriptor;
  assertEquals(echo.callMethod("hi", [], null), "hi");
  assertEquals(echo.bind("yo").call([], null), "yo");
  assertEquals(
    typeErrorOf(() => echo.callMethod("hi", [1], null)),
    "str.echo_() takes no arguments (1 given)",
  );
  assertEquals(
    typeErrorOf(() => echo.callUnbound([], null)),
    "unbound method str.echo_() needs an argument",
  );
  strType.setOwnAttribute("echo_", undefined);
});
