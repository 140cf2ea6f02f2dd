/**
 * stdlib/mmap_native.ts's rule: a mapping whose memory was handed out is
 * never unmapped under a live view. Retiring it puts zero pages over the
 * range (the view reads zeros and can be written, the process does not
 * crash); a mapping never handed out is unmapped at once. Also checked from
 * Python: views the export count does not see (a memoryview in a list, a
 * ctypes array from from_buffer) survive close() and resize().
 */
import "../../vm/runtime/bootstrap.ts";
import { assertEquals } from "../assert.ts";
import { Mapping, pageSize } from "../../stdlib/mmap_native.ts";

const PROT_READ_WRITE = 3;
const MAP_PRIVATE_ANONYMOUS = 0x02 | 0x20;

/** Whether /proc/self/maps lists a range starting at `address`. */
function isMapped(address: bigint): boolean {
  const start = address.toString(16);
  return Deno.readTextFileSync("/proc/self/maps").split("\n").some((line) =>
    line.startsWith(`${start}-`)
  );
}

function addressOf(bytes: Uint8Array): bigint {
  return BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(bytes)));
}

Deno.test("mmap mapping: an exported mapping is retired under zero pages", () => {
  const size = 2 * pageSize();
  const mapping = Mapping.map(size, PROT_READ_WRITE, MAP_PRIVATE_ANONYMOUS, -1, 0);
  const view = mapping.export();
  view[0] = 7;
  view[size - 1] = 9;
  const address = addressOf(view);
  mapping.retire();
  assertEquals(isMapped(address), true);
  assertEquals([view[0], view[size - 1]], [0, 0]);
  view[1] = 5;
  assertEquals(view[1], 5);
});

Deno.test("mmap mapping: a mapping never exported is unmapped at once", () => {
  const mapping = Mapping.map(pageSize(), PROT_READ_WRITE, MAP_PRIVATE_ANONYMOUS, -1, 0);
  const address = addressOf(mapping.bytes);
  assertEquals(isMapped(address), true);
  mapping.retire();
  assertEquals(isMapped(address), false);
});

Deno.test("mmap mapping: views the export count misses outlive close and resize", async () => {
  const program = [
    "import ctypes, mmap",
    "m = mmap.mmap(-1, 4096)",
    "m[:3] = b'abc'",
    "held = [memoryview(m), (ctypes.c_char * 3).from_buffer(m)]",
    "m.resize(8192)",
    "print(bytes(held[0][:3]), held[1].raw, m[:3])",
    "m.close()",
    "try:",
    "    held[0][0]",
    "except ValueError as e:",
    "    print('view:', e)",
    "print('ctypes:', held[1].raw)",
    "held[1][0] = b'z'",
    "print('written:', held[1].raw)",
  ].join("\n");
  const taipan = new URL("../../taipan", import.meta.url).pathname;
  const result = await new Deno.Command(taipan, { args: ["-c", program] }).output();
  assertEquals(new TextDecoder().decode(result.stderr), "");
  assertEquals(
    new TextDecoder().decode(result.stdout),
    "b'abc' b'\\x00\\x00\\x00' b'abc'\n" +
      "view: mmap closed or invalid\n" +
      "ctypes: b'\\x00\\x00\\x00'\n" +
      "written: b'z\\x00\\x00'\n",
  );
});
