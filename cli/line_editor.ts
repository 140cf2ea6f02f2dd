/**
 * The line editor's model, free of terminal I/O so that it can be tested:
 * keys decoded from the bytes a raw-mode terminal sends (UTF-8 text split
 * anywhere between reads, ESC sequences for arrows, Home/End, Delete), and
 * the edited line with readline's (emacs mode) editing commands.
 */

export type Key =
  | { kind: "text"; text: string }
  | { kind: "control"; name: ControlName };

export type ControlName =
  | "enter"
  | "backspace"
  | "delete"
  | "left"
  | "right"
  | "home"
  | "end"
  | "up"
  | "down"
  | "word-left"
  | "word-right"
  | "kill-word-left"
  | "kill-word-right"
  | "kill-to-start"
  | "kill-to-end"
  | "yank"
  | "search-history"
  | "abort"
  | "suspend"
  | "transpose"
  | "interrupt"
  | "eof-or-delete"
  | "clear-screen"
  | "tab"
  | "ignored";

const CONTROL_BYTES: Record<number, ControlName> = {
  0x01: "home", // Ctrl-A
  0x02: "left", // Ctrl-B
  0x03: "interrupt", // Ctrl-C
  0x04: "eof-or-delete", // Ctrl-D
  0x05: "end", // Ctrl-E
  0x06: "right", // Ctrl-F
  0x08: "backspace", // Ctrl-H
  0x09: "tab",
  0x0a: "enter",
  0x0b: "kill-to-end", // Ctrl-K
  0x0c: "clear-screen", // Ctrl-L
  0x0d: "enter",
  0x0e: "down", // Ctrl-N
  0x10: "up", // Ctrl-P
  0x14: "transpose", // Ctrl-T
  0x15: "kill-to-start", // Ctrl-U
  0x17: "kill-word-left", // Ctrl-W
  0x19: "yank", // Ctrl-Y
  0x12: "search-history", // Ctrl-R
  0x07: "abort", // Ctrl-G
  0x1a: "suspend", // Ctrl-Z
  0x7f: "backspace",
};

/** Final bytes of `ESC [ ...` / `ESC O ...` sequences. */
const CSI_FINALS: Record<string, ControlName> = {
  A: "up",
  B: "down",
  C: "right",
  D: "left",
  H: "home",
  F: "end",
};

/** `ESC [ n ~` sequences. */
const TILDE_KEYS: Record<string, ControlName> = {
  "1": "home",
  "7": "home",
  "4": "end",
  "8": "end",
  "3": "delete",
};

/** Meta (ESC-prefixed) letters. */
const META_KEYS: Record<string, ControlName> = {
  b: "word-left",
  f: "word-right",
  d: "kill-word-right",
  "\x7f": "kill-word-left",
  "\x08": "kill-word-left",
};

/** Turns terminal input bytes into keys; keeps an incomplete sequence for the next chunk. */
export class KeyDecoder {
  private pending: number[] = [];

  /** Decode `bytes` (appended to what was left over). */
  feed(bytes: Uint8Array): Key[] {
    for (const byte of bytes) this.pending.push(byte);
    const keys: Key[] = [];
    let at = 0;
    const input = this.pending;
    let text = "";
    const flushText = () => {
      if (text !== "") keys.push({ kind: "text", text });
      text = "";
    };
    while (at < input.length) {
      const byte = input[at];
      if (byte === 0x1b) {
        const length = escapeLength(input, at);
        if (length === 0) break; // incomplete: wait for more
        flushText();
        keys.push({ kind: "control", name: escapeKey(input.slice(at, at + length)) });
        at += length;
        continue;
      }
      if (byte < 0x20 || byte === 0x7f) {
        flushText();
        keys.push({ kind: "control", name: CONTROL_BYTES[byte] ?? "ignored" });
        at++;
        continue;
      }
      const length = utf8Length(byte);
      if (at + length > input.length) break; // the rest of the character is still coming
      text += new TextDecoder().decode(new Uint8Array(input.slice(at, at + length)));
      at += length;
    }
    flushText();
    this.pending = input.slice(at);
    return keys;
  }
}

function utf8Length(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xf0 && lead < 0xf8) return 4;
  if (lead >= 0xe0) return lead < 0xf0 ? 3 : 1;
  if (lead >= 0xc0) return 2;
  return 1; // a stray continuation byte: decoded as U+FFFD
}

/** Bytes in the ESC sequence at `at`, or 0 when it is not complete yet. */
function escapeLength(input: number[], at: number): number {
  if (at + 1 >= input.length) return 0;
  const second = input[at + 1];
  if (second !== 0x5b /* [ */ && second !== 0x4f /* O */) return 2; // Meta-key
  for (let end = at + 2; end < input.length; end++) {
    if (input[end] >= 0x40 && input[end] <= 0x7e) return end - at + 1;
  }
  return 0;
}

function escapeKey(sequence: number[]): ControlName {
  const text = String.fromCharCode(...sequence.slice(1));
  if (text.length === 1) return META_KEYS[text] ?? "ignored";
  const final = text[text.length - 1];
  const parameters = text.slice(1, -1);
  if (final === "~") return TILDE_KEYS[parameters.split(";")[0]] ?? "ignored";
  const name = CSI_FINALS[final];
  if (name === undefined) return "ignored";
  // Ctrl+arrow (ESC [ 1 ; 5 C) moves by words, as readline binds it in xterm.
  if (parameters === "1;5" && name === "left") return "word-left";
  if (parameters === "1;5" && name === "right") return "word-right";
  return name;
}

const isWordChar = (c: string) => /[\p{L}\p{N}_]/u.test(c);

/** The line being edited: code points and a cursor between them. */
export class EditLine {
  chars: string[] = [];
  cursor = 0;
  /** The kill ring's last entry (Ctrl-Y puts it back). */
  private killed = "";

  get text(): string {
    return this.chars.join("");
  }

  set(text: string): void {
    this.chars = [...text];
    this.cursor = this.chars.length;
  }

  insert(text: string): void {
    const added = [...text];
    this.chars.splice(this.cursor, 0, ...added);
    this.cursor += added.length;
  }

  /** Apply an editing command; returns false for keys that are not editing commands. */
  apply(name: ControlName): boolean {
    const c = this.chars;
    switch (name) {
      case "backspace":
        if (this.cursor > 0) c.splice(--this.cursor, 1);
        return true;
      case "delete":
        c.splice(this.cursor, 1);
        return true;
      case "left":
        this.cursor = Math.max(0, this.cursor - 1);
        return true;
      case "right":
        this.cursor = Math.min(c.length, this.cursor + 1);
        return true;
      case "home":
        this.cursor = 0;
        return true;
      case "end":
        this.cursor = c.length;
        return true;
      case "word-left":
        this.cursor = this.wordStart();
        return true;
      case "word-right":
        this.cursor = this.wordEnd();
        return true;
      case "kill-word-left": {
        // Ctrl-W is readline's unix-word-rubout: back to whitespace.
        let start = this.cursor;
        while (start > 0 && /\s/.test(c[start - 1])) start--;
        while (start > 0 && !/\s/.test(c[start - 1])) start--;
        this.kill(start, this.cursor);
        return true;
      }
      case "kill-word-right":
        this.kill(this.cursor, this.wordEnd());
        return true;
      case "kill-to-start":
        this.kill(0, this.cursor);
        return true;
      case "kill-to-end":
        this.kill(this.cursor, c.length);
        return true;
      case "yank":
        this.insert(this.killed);
        return true;
      case "transpose":
        if (c.length >= 2 && this.cursor > 0) {
          const at = this.cursor === c.length ? this.cursor - 1 : this.cursor;
          [c[at - 1], c[at]] = [c[at], c[at - 1]];
          this.cursor = at + 1;
        }
        return true;
      default:
        return false;
    }
  }

  private kill(start: number, end: number): void {
    if (end <= start) return;
    this.killed = this.chars.slice(start, end).join("");
    this.chars.splice(start, end - start);
    this.cursor = start;
  }

  private wordStart(): number {
    let at = this.cursor;
    while (at > 0 && !isWordChar(this.chars[at - 1])) at--;
    while (at > 0 && isWordChar(this.chars[at - 1])) at--;
    return at;
  }

  private wordEnd(): number {
    let at = this.cursor;
    const n = this.chars.length;
    while (at < n && !isWordChar(this.chars[at])) at++;
    while (at < n && isWordChar(this.chars[at])) at++;
    return at;
  }
}

/** Columns a character takes on a terminal (wcwidth): 0 for combining marks, 2 for wide ones. */
export function charWidth(char: string): number {
  const cp = char.codePointAt(0)!;
  if (cp < 0x20 || cp === 0x7f) return 2; // shown as ^X
  if (
    (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x20d0 && cp <= 0x20ff)
  ) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) || (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd)
  ) return 2;
  return 1;
}

/** readline's listing: down the columns, each column as wide as the longest match plus two. */
export function formatMatches(matches: string[], columns: number): string {
  const width = Math.max(...matches.map((match) => [...match].length)) + 2;
  let perRow = Math.floor(columns / width);
  if (perRow !== 1 && perRow * width === columns) perRow--;
  if (perRow <= 0) perRow = 1;
  const rows = Math.ceil(matches.length / perRow);
  let out = "";
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < perRow; column++) {
      const index = row + column * rows;
      if (index >= matches.length) break;
      const match = matches[index];
      out += match;
      if (column + 1 < perRow && index + rows < matches.length) {
        out += " ".repeat(width - [...match].length);
      }
    }
    out += "\r\n";
  }
  return out;
}
