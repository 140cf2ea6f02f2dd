/**
 * cli/bundle_ascii.ts: non-ASCII characters become escapes that mean the same
 * in strings, templates, regular expressions and identifiers and are inert in
 * comments; text with a backslash before one is left alone.
 */
import { assertEquals } from "../assert.ts";
import { asciiOnly } from "../../cli/bundle_ascii.ts";

const MODULE = `// a comment — with an em-dash
/** and ü in a JSDoc */
const café = "naïve — 😀";
const template = \`x—\${café.length}\`;
const pattern = /[é—]+/;
const astral = /😀/u;
export const values = [café, template, pattern.exec("a—é")[0], astral.test("😀"), café.length];
`;

async function evaluate(text: string): Promise<Record<string, unknown>> {
  const bytes = new TextEncoder().encode(text);
  const url = `data:text/javascript;base64,${btoa(String.fromCharCode(...bytes))}`;
  return await import(url);
}

Deno.test("bundle ascii: every character escaped, the module means the same", async () => {
  const ascii = asciiOnly(MODULE);
  assertEquals(/[^\0-\x7f]/.test(ascii), false);
  assertEquals(ascii.includes("// a comment \\u2014 with"), true);
  assertEquals((await evaluate(ascii)).values, (await evaluate(MODULE)).values);
});

Deno.test("bundle ascii: pure ASCII and a backslash before a character stay as they are", () => {
  assertEquals(asciiOnly("const a = 1;\n"), "const a = 1;\n");
  const risky = 'const s = "\\é";\n// —\n';
  assertEquals(asciiOnly(risky), risky);
});
