/**
 * Eager compilation of the bundle's start-up functions, so that the V8 code
 * cache holds their bytecode.
 *
 * V8 compiles a function the first time it is called ("lazy" compilation:
 * parse the function again, generate its bytecode). Deno makes a module's
 * code cache right after compiling the module, before running it, so the
 * cache holds only the top-level code and the functions V8 compiled eagerly:
 * every function Taipan calls while starting (the interpreter loop, type
 * set-up, the import system) was compiled from source again at every start,
 * about 10% of `-c pass` and of `import unittest`.
 *
 * V8 compiles eagerly a function expression in parentheses (its "PIFE"
 * heuristic: such a function is about to be called). So the builder runs the
 * new bundle once on a typical start-up (a script that imports unittest and
 * re, substitutes and prints: cli/bundle_build.ts, with a warm compiled-code
 * cache so that the Python compiler does not count) under V8's
 * precise coverage, and rewrites each top-level `function f(...) {...}`
 * declaration that ran as `var f = (function f(...) {...});` at the top of
 * the bundle. Functions that did not run stay lazy: compiling everything
 * eagerly (`--no-lazy`) makes the cache 2.5 times larger, and reading it
 * back costs more than the compiling it saves for `-c pass`.
 *
 * Why the top: a function declaration is hoisted (defined before any code of
 * the module runs, so code earlier in the bundle may call it); a `var` is set
 * where it stands. Placed before every other statement, the rewritten
 * functions are defined before any code runs, as before. Nothing else
 * changes: names are unique at the bundle's top level (the bundler renames),
 * and a function's own name inside it still refers to itself.
 *
 * Only plain declarations that start a line are taken (the bundler indents
 * everything nested); async functions and generators stay as they are.
 * Each moved text must parse as a function expression on its own; the
 * builder also runs the result once before publishing it.
 */

/** [start, end) offsets (UTF-16 units) of functions that ran, from V8's coverage. */
export type FunctionRange = readonly [number, number];

const DECLARATION = /^function ([\w$]+)\(/;

/** The bundle with the top-level declarations among `ran` made eager (see above). */
export function eagerBundle(text: string, ran: readonly FunctionRange[]): string {
  const picked: { start: number; end: number; name: string }[] = [];
  for (const [start, end] of ran) {
    if (start <= 0 || end > text.length || text[start - 1] !== "\n" || text[end - 1] !== "}") {
      continue;
    }
    const match = DECLARATION.exec(text.slice(start, start + 120));
    if (match !== null) picked.push({ start, end, name: match[1] });
  }
  picked.sort((a, b) => a.start - b.start);
  const moved: string[] = [];
  const rest: string[] = [];
  let last = 0;
  for (const { start, end, name } of picked) {
    if (start < last) continue; // inside one taken already: not top-level
    const declaration = text.slice(start, end);
    try {
      new Function(`return (${declaration});`);
    } catch {
      continue; // not a whole function: leave it where it is
    }
    rest.push(text.slice(last, start));
    moved.push(`var ${name} = (${declaration});\n`);
    last = end;
  }
  rest.push(text.slice(last));
  return moved.join("") + rest.join("");
}
