/**
 * The line editor's model (cli/line_editor.ts): key decoding from raw
 * terminal bytes, split anywhere between reads, and the editing commands.
 */
import { assertEquals } from "../assert.ts";
import { EditLine, formatMatches, type Key, KeyDecoder } from "../../cli/line_editor.ts";
import { HistorySearch } from "../../cli/line_search.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

function decodeInPieces(text: string, size: number): Key[] {
  const decoder = new KeyDecoder();
  const all = bytes(text);
  const keys: Key[] = [];
  for (let at = 0; at < all.length; at += size) {
    keys.push(...decoder.feed(all.subarray(at, at + size)));
  }
  return keys;
}

function typedText(keys: Key[]): string {
  return keys.map((key) => key.kind === "text" ? key.text : `<${key.name}>`).join("");
}

Deno.test("line editor: keys survive any split between reads", () => {
  const input = "é€😀x\x1b[A\x1b[1;5D\x1b[3~\x1bb\x7f\x01\r";
  const expected = "é€😀x<up><word-left><delete><word-left><backspace><home><enter>";
  for (const size of [1, 2, 3, 5, 64]) {
    assertEquals(typedText(decodeInPieces(input, size)), expected);
  }
});

Deno.test("line editor: Home/End in their xterm, vt220 and application forms", () => {
  const keys = decodeInPieces("\x1b[H\x1b[F\x1bOH\x1bOF\x1b[1~\x1b[4~\x1b[7~\x1b[8~", 64);
  assertEquals(typedText(keys), "<home><end><home><end><home><end><home><end>");
});

function edit(start: string, cursor: number, ...commands: Parameters<EditLine["apply"]>[0][]) {
  const line = new EditLine();
  line.set(start);
  line.cursor = cursor;
  for (const command of commands) line.apply(command);
  return [line.text, line.cursor];
}

Deno.test("line editor: editing commands", () => {
  assertEquals(edit("héllo", 5, "backspace", "left", "left", "delete"), ["hél", 2]);
  assertEquals(edit("one two  ", 9, "kill-word-left"), ["one ", 4]);
  assertEquals(edit("a.b_c d", 7, "word-left", "word-left"), ["a.b_c d", 2]);
  assertEquals(edit("abcdef", 3, "kill-to-end", "home", "yank"), ["defabc", 3]);
  assertEquals(edit("abcdef", 3, "kill-to-start", "end", "yank"), ["defabc", 6]);
  assertEquals(edit("ab", 2, "transpose"), ["ba", 2]);
  assertEquals(edit("x", 0, "left", "backspace", "end", "right"), ["x", 1]);
});

Deno.test("completion listing: down the columns, as readline prints it", () => {
  const words = ["alpha", "beta", "delta", "epsilon", "gamma"];
  assertEquals(formatMatches(words, 30), "alpha    delta    gamma\r\nbeta     epsilon\r\n");
  assertEquals(formatMatches(["a", "b"], 6), "a\r\nb\r\n");
});

Deno.test("Ctrl-R search: newest match first, older ones on repeat, failure kept", () => {
  const original = new EditLine();
  const search = new HistorySearch(["x = 1", "print(x)", "x = 2", "x = 2"], original);
  assertEquals(search.prompt(), "(reverse-i-search)`': ");
  search.extend("x");
  assertEquals([search.line().text, search.line().cursor], ["x = 2", 0]);
  search.again(); // the repeated "x = 2" is skipped
  assertEquals([search.line().text, search.line().cursor], ["print(x)", 6]);
  search.extend("z");
  assertEquals(search.prompt(), "(failed reverse-i-search)`xz': ");
  assertEquals(search.line().text, "print(x)");
  search.shorten();
  assertEquals([search.prompt(), search.line().text], ["(reverse-i-search)`x': ", "x = 2"]);
});
