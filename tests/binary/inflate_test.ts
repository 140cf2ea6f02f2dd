/**
 * The launcher's DEFLATE decoder (tools/binary/inflate.c) against node:zlib's
 * encoder: every block kind (stored, fixed and dynamic Huffman) and the
 * encoder's strategies, on text, random, repetitive and empty data; and
 * damaged or truncated streams must be refused, never crash or overrun.
 * A small driver is compiled with the decoder: it reads a raw DEFLATE stream
 * on stdin and writes the decompressed bytes, or the error and status 1.
 */
import { constants, deflateRawSync } from "node:zlib";
import { assertEquals } from "../assert.ts";

const root = decodeURIComponent(new URL("../../", import.meta.url).pathname);

const DRIVER = `
#include <stdio.h>
#include <stdlib.h>
#include "inflate.h"
int main(int argc, char **argv) {
  size_t size = (size_t)strtoull(argv[1], NULL, 10), capacity = 1 << 16, used = 0;
  unsigned char *in = malloc(capacity), *out = malloc(size ? size : 1);
  for (size_t got; (got = fread(in + used, 1, capacity - used, stdin)) > 0;) {
    used += got;
    if (used == capacity) in = realloc(in, capacity *= 2);
  }
  const char *error = inflate_raw(in, used, out, size);
  if (error) { fprintf(stderr, "%s\\n", error); return 1; }
  fwrite(out, 1, size, stdout);
  return 0;
}
`;

function samples(): [string, Uint8Array][] {
  const text = new TextEncoder().encode(
    Deno.readTextFileSync(`${root}tools/binary/launcher.c`).repeat(3),
  );
  const random = new Uint8Array(200_000);
  for (let i = 0; i < random.length; i += 65536) {
    crypto.getRandomValues(random.subarray(i, Math.min(i + 65536, random.length)));
  }
  const runs = new Uint8Array(300_000);
  for (let i = 0; i < runs.length; i++) runs[i] = (i >> 10) % 3 === 0 ? 7 : i % 251;
  return [["text", text], ["random", random], ["runs", runs], ["empty", new Uint8Array()]];
}

const ENCODINGS: [string, object][] = [
  ["stored (level 0)", { level: 0 }],
  ["fixed Huffman", { strategy: constants.Z_FIXED }],
  ["Huffman only", { strategy: constants.Z_HUFFMAN_ONLY }],
  ["run-length", { strategy: constants.Z_RLE }],
  ["level 1", { level: 1 }],
  ["level 9", { level: 9 }],
];

Deno.test("launcher's inflate decodes what node:zlib encodes, refuses damage", async (t) => {
  const work = Deno.makeTempDirSync({ prefix: "taipan-inflate-test-" });
  try {
    Deno.writeTextFileSync(`${work}/driver.c`, DRIVER);
    const compiled = await new Deno.Command(Deno.env.get("CC") || "cc", {
      args: [
        "-O2",
        "-std=c11",
        `-I${root}tools/binary`,
        "-o",
        `${work}/inflate`,
        `${work}/driver.c`,
        `${root}tools/binary/inflate.c`,
      ],
    }).output();
    assertEquals(compiled.success, true, new TextDecoder().decode(compiled.stderr));

    const inflate = async (packed: Uint8Array, size: number) => {
      const child = new Deno.Command(`${work}/inflate`, {
        args: [String(size)],
        stdin: "piped",
        stdout: "piped",
        stderr: "piped",
      }).spawn();
      const writer = child.stdin.getWriter();
      await writer.write(packed);
      await writer.close();
      return await child.output();
    };

    for (const [encoding, options] of ENCODINGS) {
      await t.step(encoding, async () => {
        for (const [name, data] of samples()) {
          const result = await inflate(deflateRawSync(data, options), data.length);
          assertEquals(result.code, 0, `${name}: ${new TextDecoder().decode(result.stderr)}`);
          assertEquals(result.stdout.length, data.length, name);
          assertEquals(result.stdout.every((byte, i) => byte === data[i]), true, name);
        }
      });
    }

    await t.step("damaged, truncated or mis-sized streams are refused", async () => {
      const [, text] = samples()[0];
      const packed = deflateRawSync(text);
      const cases: [string, Uint8Array, number][] = [
        ["truncated", packed.subarray(0, packed.length >> 1), text.length],
        ["one byte short", packed.subarray(0, packed.length - 1), text.length],
        ["size recorded too small", packed, text.length - 1],
        ["size recorded too large", packed, text.length + 1],
      ];
      for (let at = 3; at < packed.length; at += Math.floor(packed.length / 7)) {
        const damaged = packed.slice();
        damaged[at] ^= 0x5a;
        cases.push([`byte ${at} flipped`, damaged, text.length]);
      }
      for (const [name, stream, size] of cases) {
        const result = await inflate(stream, size);
        // A flipped byte may still decode to the right length (the launcher's
        // SHA-256 catches that); what must never happen is a crash.
        if (name.includes("flipped")) {
          assertEquals(result.code === 0 || result.code === 1, true, name);
        } else {
          assertEquals(result.code, 1, name);
        }
      }
    });
  } finally {
    Deno.removeSync(work, { recursive: true });
  }
});
