/**
 * The line editor's history, kept as CPython's site.py keeps readline's:
 * read from ~/.python_history when the session starts (a missing or
 * unreadable file is ignored) and written back whole when the interpreter
 * exits. Every line typed is one entry, except an empty line or a repeat of
 * the entry before it.
 */
export class LineHistory {
  readonly entries: string[] = [];

  add(line: string): void {
    if (line === "" || line === this.entries[this.entries.length - 1]) return;
    this.entries.push(line);
  }

  /** Load `path` (one entry a line; readline's "#<digits>" timestamp lines skipped). */
  load(path: string): void {
    let text: string;
    try {
      text = Deno.readTextFileSync(path);
    } catch {
      return;
    }
    const lines = text.split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    for (const line of lines) {
      if (/^#\d+$/.test(line)) continue;
      this.entries.push(line);
    }
  }

  /** Write every entry to `path`; failures (no home directory, read-only) are ignored. */
  save(path: string): void {
    try {
      Deno.writeTextFileSync(path, this.entries.map((entry) => entry + "\n").join(""));
    } catch {
      // as site.py's write_history: an unwritable history is not an error
    }
  }
}

/** ~/.python_history, or null without a home directory. */
export function historyPath(): string | null {
  const home = Deno.env.get("HOME");
  if (home === undefined || home === "") return null;
  return `${home.replace(/\/+$/, "")}/.python_history`;
}
