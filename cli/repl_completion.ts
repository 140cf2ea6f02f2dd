/**
 * Tab completion at the prompt, as CPython's site gives it: the standard
 * library's rlcompleter finds the candidates (keywords, names in __main__
 * and builtins, attributes after a dot) and the editor applies them the way
 * GNU readline does: one candidate replaces the word, several extend it to
 * their common prefix, and a second Tab in a row lists them in columns.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { isStr, type PyStr, toJsString } from "../vm/objects/str_wide.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { compileSource } from "../vm/runtime/compile_source.ts";
import { evalFrame } from "../vm/runtime/eval.ts";
import { Frame } from "../vm/runtime/frame.ts";
import { interpreter } from "../vm/runtime/interpreter_state.ts";
import type { EditLine } from "./line_editor.ts";

/** The characters that end a word for readline in CPython (Modules/readline.c). */
const WORD_BREAKS = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";

let completer: PyValue | null | undefined;

/** rlcompleter.Completer() over __main__, made at the first Tab; null if it cannot be. */
function theCompleter(): PyValue | null {
  if (completer !== undefined) return completer;
  completer = null;
  try {
    const namespace = new PyDict();
    namespace.set("__builtins__", interpreter().builtins);
    const code = compileSource(
      "import rlcompleter\ncompleter = rlcompleter.Completer()\n",
      "<completion>",
      "exec",
      0,
    );
    evalFrame(new Frame(code, namespace, interpreter().builtins.dict, namespace, null));
    completer = namespace.get("completer") ?? null;
  } catch {
    completer = null; // as readline: a failing completer completes nothing
  }
  return completer;
}

/** Every candidate rlcompleter offers for `word`, sorted and without repeats, as readline has them. */
function candidates(word: string): string[] {
  const source = theCompleter();
  if (source === null) return [];
  const found = new Set<string>();
  try {
    const complete = getAttribute(source, "complete");
    for (let state = 0; state < 10000; state++) {
      const match = callObject(complete, [word, state], null);
      if (!isStr(match)) break;
      found.add(toJsString(match as PyStr));
    }
  } catch {
    return [];
  }
  return [...found].sort();
}

function commonPrefix(words: string[]): string {
  let prefix = words[0];
  for (const word of words) {
    let n = 0;
    while (n < prefix.length && n < word.length && prefix[n] === word[n]) n++;
    prefix = prefix.slice(0, n);
  }
  return prefix;
}

/**
 * Complete the word before the cursor. Returns the candidates to list (on a
 * repeated Tab with several), or null when there is nothing to show.
 */
export function completeWord(line: EditLine, repeated: boolean): string[] | null {
  let start = line.cursor;
  while (start > 0 && !WORD_BREAKS.includes(line.chars[start - 1])) start--;
  const word = line.chars.slice(start, line.cursor).join("");
  const matches = candidates(word);
  if (matches.length === 0) return null;
  const replacement = matches.length === 1 ? matches[0] : commonPrefix(matches);
  if (replacement.length > word.length || matches.length === 1) {
    line.chars.splice(start, line.cursor - start, ...replacement);
    line.cursor = start + [...replacement].length;
    return null;
  }
  return repeated ? matches : null;
}
