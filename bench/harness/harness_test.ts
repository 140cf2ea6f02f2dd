/** Unit tests of the harness's pure parts: `./tools/deno test -A bench/harness/`. */
import { errorLine, geomean, median, parseIterations } from "./measure.ts";
import { replaceSection, SECTION_END, SECTION_START } from "./report.ts";
import { barChart, lineChart, logTicks } from "./svg.ts";

function assertEquals<T>(actual: T, expected: T) {
  const a = JSON.stringify(actual), e = JSON.stringify(expected);
  if (a !== e) throw new Error(`expected ${e}, got ${a}`);
}

Deno.test("statistics", () => {
  assertEquals(median([3, 1, 2]), 2);
  assertEquals(median([4, 1, 2, 3]), 2.5);
  assertEquals(Math.round(geomean([1, 4, 16]) * 1e9) / 1e9, 4);
});

Deno.test("iteration lines and the error line of stderr", () => {
  const stderr = 'iteration 0.5\nTraceback (most recent call last):\n  File "x", line 1\n' +
    "ModuleNotFoundError: No module named 'array'\niteration 1e-3\n";
  assertEquals(parseIterations(stderr), [0.5, 0.001]);
  assertEquals(errorLine(stderr), "ModuleNotFoundError: No module named 'array'");
  assertEquals(errorLine("iteration 1\n\n"), "");
});

Deno.test("the report section is replaced, or appended once", () => {
  const first = replaceSection("# Doc\n", "table 1\n");
  if (!first.includes(SECTION_START) || !first.includes("table 1")) throw new Error(first);
  const second = replaceSection(first, "table 2\n");
  if (second.includes("table 1") || !second.includes("table 2")) throw new Error(second);
  assertEquals(second.split(SECTION_END).length, 2);
});

Deno.test("charts are well-formed SVG with error marks", () => {
  assertEquals(logTicks(0.1, 10), [0.1, 0.2, 0.5, 1, 2, 5, 10]);
  const bars = barChart("t", "s", "y", [{ label: "a", colour: "#000" }], [
    { label: "x<y", values: [2.5] },
    { label: "z", values: [null] },
  ]);
  if (!bars.startsWith("<svg") || !bars.includes("x&lt;y") || !bars.includes("×")) {
    throw new Error(bars);
  }
  const lines = lineChart("t", "s", [{ label: "a", colour: "#000", values: [1, 0.5, 0.25] }]);
  if (!lines.includes("<polyline")) throw new Error(lines);
  if (!lineChart("t", "s", []).includes("no iteration times")) throw new Error("empty chart");
});
