/**
 * The code cache's source hash (vm/runtime/import/content_hash.ts): every
 * byte and the length count, wherever the bytes sit in their buffer.
 */
import { assertEquals } from "../assert.ts";
import { contentHash } from "../../vm/runtime/import/content_hash.ts";

const bytes = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 7 + 3) & 0xff);

Deno.test("content hash: 32 hex digits, the same for the same bytes", () => {
  const data = bytes(1000);
  assertEquals(/^[0-9a-f]{32}$/.test(contentHash(data)), true);
  assertEquals(contentHash(data), contentHash(data.slice()));
  const shifted = new Uint8Array(1003);
  shifted.set(data, 3);
  assertEquals(contentHash(shifted.subarray(3)), contentHash(data), "unaligned view");
});

Deno.test("content hash: any changed byte, a trailing zero or another length changes it", () => {
  for (const length of [0, 1, 15, 16, 17, 64, 1000]) {
    const data = bytes(length);
    const seen = new Set([contentHash(data)]);
    for (let i = 0; i < length; i++) {
      const changed = data.slice();
      changed[i] ^= 1 << (i % 8);
      seen.add(contentHash(changed));
    }
    const longer = new Uint8Array(length + 1);
    longer.set(data);
    seen.add(contentHash(longer));
    seen.add(contentHash(bytes(length + 16)));
    assertEquals(seen.size, length + 3, `length ${length}`);
  }
});
