/** Loads the CPython-generated fixtures written by tests/text/gen_fixtures.py. */
export function loadFixture<T>(name: string): T {
  const url = new URL(`./fixtures/${name}`, import.meta.url);
  return JSON.parse(Deno.readTextFileSync(url)) as T;
}

/** A double from its IEEE 754 big-endian bit pattern in hex (keeps NaN, -0.0 exact). */
export function doubleFromBits(hexBits: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt("0x" + hexBits));
  return view.getFloat64(0);
}

export function bytesFromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let index = 0; index < out.length; index++) {
    out[index] = parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  }
  return out;
}

/** Runs `check` on every case and reports the first few mismatches together. */
export function expectAll<T>(
  cases: T[],
  actual: (testCase: T) => string,
  expected: (testCase: T) => string,
): void {
  const failures: string[] = [];
  for (const testCase of cases) {
    const got = actual(testCase);
    const want = expected(testCase);
    if (got !== want) failures.push(`want ${want}  got ${got}  case ${JSON.stringify(testCase)}`);
  }
  if (failures.length > 0) {
    throw new Error(
      `${failures.length} of ${cases.length} differ:\n` + failures.slice(0, 20).join("\n"),
    );
  }
}
