/**
 * Ctrl-R, readline's reverse incremental history search: the query grows as
 * it is typed and shows the most recent history line containing it, the
 * cursor on the match; Ctrl-R again goes to an older line. The editor
 * (line_editor_tty.ts) shows `prompt()` and `line()` in place of the
 * ordinary prompt and line while the search lasts.
 */
import { EditLine } from "./line_editor.ts";

export class HistorySearch {
  private query = "";
  /** History index of the shown line (entries.length: the line being edited). */
  private index: number;
  /** Where the match starts in the shown line, in code points. */
  private position: number;
  private failed = false;

  constructor(private readonly entries: readonly string[], private readonly original: EditLine) {
    this.index = entries.length;
    this.position = original.cursor;
  }

  prompt(): string {
    return `(${this.failed ? "failed " : ""}reverse-i-search)\`${this.query}': `;
  }

  /** The line to show, the cursor on the match. */
  line(): EditLine {
    const line = new EditLine();
    line.set(this.text(this.index));
    line.cursor = Math.min(this.position, line.chars.length);
    return line;
  }

  /** Another character of the query: search again from the line shown. */
  extend(text: string): void {
    this.query += text;
    this.search(this.index, true);
  }

  /** Ctrl-R once more: an older line with the query. */
  again(): void {
    this.search(this.index - 1, false);
  }

  /** Backspace: a shorter query, searched again from the most recent line. */
  shorten(): void {
    this.query = [...this.query].slice(0, -1).join("");
    this.failed = false;
    if (this.query === "") return;
    this.search(this.entries.length, true);
  }

  private text(index: number): string {
    return index >= this.entries.length ? this.original.text : this.entries[index];
  }

  private search(from: number, includeFrom: boolean): void {
    const shown = this.text(this.index);
    for (let index = from; index >= 0; index--) {
      const text = this.text(index);
      // An older line equal to the one shown is skipped, as readline skips repeats.
      if (!includeFrom && text === shown) continue;
      includeFrom = false;
      const at = text.lastIndexOf(this.query);
      if (at < 0) continue;
      this.index = index;
      this.position = [...text.slice(0, at)].length;
      this.failed = false;
      return;
    }
    this.failed = true;
  }
}
