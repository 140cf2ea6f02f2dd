/**
 * Reading interactive lines on a terminal, with editing and history (what
 * GNU readline does for CPython). The terminal is in raw mode only while a
 * line is being read, so the program's own output and Ctrl-C behave as
 * usual in between; raw mode is left on every way out of readLine.
 *
 * Display: the prompt and line are redrawn whole after each key, wrapped at
 * the terminal's width; the cursor row is remembered so a redraw can go back
 * to the prompt's first row.
 */
import { flushStdout } from "../vm/runtime/stdio.ts";
import { libc } from "../stdlib/libc.ts";
import {
  charWidth,
  type ControlName,
  EditLine,
  formatMatches,
  type Key,
  KeyDecoder,
} from "./line_editor.ts";
import type { LineHistory } from "./line_history.ts";
import { HistorySearch } from "./line_search.ts";
import { completeWord } from "./repl_completion.ts";
import { Interrupted, type LineReader } from "./repl.ts";

const encoder = new TextEncoder();
const SIGTSTP = 20;

function writeOut(text: string): void {
  const bytes = encoder.encode(text);
  for (let at = 0; at < bytes.length;) at += Deno.stdout.writeSync(bytes.subarray(at));
}

function terminalColumns(): number {
  try {
    const { columns } = Deno.consoleSize();
    return columns > 0 ? columns : 80;
  } catch {
    return 80;
  }
}

/** How a prompt and line show: the text to write, its width and the cursor's column. */
function layout(prompt: string, line: EditLine): { text: string; width: number; cursor: number } {
  let text = "";
  let width = 0;
  let cursor = 0;
  const put = (char: string) => {
    if (char === "\t") {
      const spaces = 8 - (width % 8);
      text += " ".repeat(spaces);
      width += spaces;
    } else if (char.codePointAt(0)! < 0x20 || char === "\x7f") {
      text += "^" + String.fromCharCode(char.charCodeAt(0) ^ 0x40);
      width += 2;
    } else {
      text += char;
      width += charWidth(char);
    }
  };
  for (const char of prompt) put(char);
  line.chars.forEach((char, index) => {
    if (index === line.cursor) cursor = width;
    put(char);
  });
  if (line.cursor >= line.chars.length) cursor = width;
  return { text, width, cursor };
}

export class TerminalLineReader implements LineReader {
  private readonly decoder = new KeyDecoder();
  /** The cursor's row below the prompt's first row. */
  private cursorRow = 0;
  /** Keys read but not handled yet: what follows Enter belongs to the next line. */
  private readonly pending: Key[] = [];

  constructor(private readonly history: LineHistory) {}

  readLine(prompt: string): string | null {
    flushStdout();
    const line = new EditLine();
    let historyIndex = this.history.entries.length;
    let unsent = "";
    let lastWasTab = false;
    let lastTabChanged = false;
    let search: HistorySearch | null = null;
    this.cursorRow = 0;
    Deno.stdin.setRaw(true);
    try {
      this.redraw(prompt, line);
      for (;;) {
        const key = this.pending.shift();
        if (key === undefined) {
          if (!this.readKeys()) {
            if (line.chars.length === 0) return this.finish(prompt, line, null, false);
            return this.finish(prompt, line, line.text, true);
          }
          continue;
        }
        if (search !== null) {
          if (key.kind === "text") search.extend(key.text);
          else if (key.name === "search-history") search.again();
          else if (key.name === "backspace") search.shorten();
          else {
            // Ctrl-G gives the line back; any other key takes the match and then acts.
            if (key.name !== "abort") {
              const found = search.line();
              line.chars = found.chars;
              line.cursor = found.cursor;
            }
            search = null;
            this.redraw(prompt, line);
            if (key.name === "abort") continue;
            this.pending.unshift(key);
          }
          if (search !== null && this.pending.length === 0) {
            this.redraw(search.prompt(), search.line());
          }
          continue;
        }
        if (key.kind === "text") line.insert(key.text);
        else if (key.name === "search-history") {
          search = new HistorySearch(this.history.entries, line);
          this.redraw(search.prompt(), search.line());
          continue;
        } else if (!line.apply(key.name)) {
          const name: ControlName = key.name;
          switch (name) {
            case "enter":
              this.redraw(prompt, line);
              return this.finish(prompt, line, line.text, true);
            case "interrupt":
              // The cursor is left after the line; the caller decides on a newline.
              line.apply("end");
              this.redraw(prompt, line);
              this.pending.length = 0; // what was typed ahead is dropped with the line
              throw new Interrupted();
            case "eof-or-delete":
              if (line.chars.length === 0) return this.finish(prompt, line, null, false);
              line.apply("delete");
              break;
            case "up":
            case "down": {
              const entries = this.history.entries;
              if (historyIndex === entries.length) unsent = line.text;
              if (name === "up" && historyIndex > 0) historyIndex--;
              else if (name === "down" && historyIndex < entries.length) historyIndex++;
              else break;
              line.set(historyIndex === entries.length ? unsent : entries[historyIndex]);
              break;
            }
            case "suspend":
              // Raw mode turns Ctrl-Z into a key: stop as the terminal would have us stop.
              this.moveBelow(prompt, line);
              Deno.stdin.setRaw(false);
              try {
                libc("kill")(Deno.pid, SIGTSTP);
              } catch {
                // no libc: nothing to do
              }
              Deno.stdin.setRaw(true); // continued (fg)
              this.cursorRow = 0;
              break;
            case "clear-screen":
              writeOut("\x1b[H\x1b[2J");
              this.cursorRow = 0;
              break;
            case "tab": {
              if (/^\s*$/.test(line.chars.slice(0, line.cursor).join(""))) {
                line.insert("\t"); // rlcompleter indents when there is no word yet
                break;
              }
              // Like readline, list on a Tab that follows one which changed nothing.
              const before = line.text;
              const listing = completeWord(line, lastWasTab && !lastTabChanged);
              lastTabChanged = line.text !== before;
              if (listing !== null) {
                // Keys that arrived together are drawn once at their end:
                // the line above the list must show them.
                this.redraw(prompt, line);
                this.moveBelow(prompt, line);
                writeOut(formatMatches(listing, terminalColumns()));
                this.cursorRow = 0;
              }
              break;
            }
          }
        }
        lastWasTab = key.kind === "control" && key.name === "tab";
        // One redraw for keys that arrived together (a paste, typing ahead).
        if (this.pending.length === 0) this.redraw(prompt, line);
      }
    } finally {
      Deno.stdin.setRaw(false);
    }
  }

  /** Wait for input and decode it into `pending`; false at the end of input. */
  private readKeys(): boolean {
    const buffer = new Uint8Array(1024);
    let n: number | null;
    try {
      n = Deno.stdin.readSync(buffer);
    } catch (error) {
      if (error instanceof Deno.errors.Interrupted) return true;
      return false;
    }
    if (n === null || n === 0) return false;
    this.pending.push(...this.decoder.feed(buffer.subarray(0, n)));
    return true;
  }

  endOfInput(): void {
    flushStdout();
    writeOut("\n");
  }

  /** Leave the cursor after the line and start a new one; `result` is what readLine returns. */
  private finish(
    prompt: string,
    line: EditLine,
    result: string | null,
    newline: boolean,
  ): string | null {
    if (newline) this.moveBelow(prompt, line);
    if (result === null) return null;
    this.history.add(result);
    return result + "\n";
  }

  /** Put the cursor at the start of the row after the line. */
  private moveBelow(prompt: string, line: EditLine): void {
    const columns = terminalColumns();
    const { width } = layout(prompt, line);
    const lastRow = Math.floor(Math.max(width - 1, 0) / columns); // the row of the last character
    let out = lastRow > this.cursorRow ? `\x1b[${lastRow - this.cursorRow}B` : "";
    // After a line that fills its last row, the cursor already starts the next one.
    out += this.cursorRow > lastRow ? "\r" : "\r\n";
    writeOut(out);
  }

  private redraw(prompt: string, line: EditLine): void {
    const columns = terminalColumns();
    const { text, width, cursor } = layout(prompt, line);
    let out = this.cursorRow > 0 ? `\x1b[${this.cursorRow}A` : "";
    out += "\r\x1b[J" + text; // erase first: after the last column, erasing would take that cell
    const endRow = Math.floor(width / columns);
    // A line that fills the last column exactly leaves the terminal waiting to wrap.
    if (width > 0 && width % columns === 0) out += "\r\n";
    const row = Math.floor(cursor / columns);
    const column = cursor % columns;
    if (endRow > row) out += `\x1b[${endRow - row}A`;
    out += "\r" + (column > 0 ? `\x1b[${column}C` : "");
    this.cursorRow = row;
    writeOut(out);
  }
}
