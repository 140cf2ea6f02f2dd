/**
 * A tiny terminal emulator for the REPL tests: replays what a program wrote
 * to a terminal and returns the text left on the screen, so that two line
 * editors (GNU readline under CPython, Taipan's own) that redraw with
 * different escape sequences can be compared by what the user sees.
 * Understands CR, LF, BS, TAB, autowrap and the CSI cursor movement and
 * erase sequences line editors use; everything else is ignored.
 */
export function renderScreen(output: string, columns = 80): string {
  const rows: string[][] = [[]];
  let row = 0;
  let col = 0;
  let pendingWrap = false;
  const line = () => {
    while (rows.length <= row) rows.push([]);
    return rows[row];
  };
  const put = (char: string) => {
    if (pendingWrap) {
      row++;
      col = 0;
      pendingWrap = false;
    }
    const cells = line();
    while (cells.length < col) cells.push(" ");
    cells[col] = char;
    if (col === columns - 1) pendingWrap = true;
    else col++;
  };
  const chars = [...output];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === "\x1b") {
      const next = chars[i + 1];
      if (next === "[") {
        let j = i + 2;
        let params = "";
        while (j < chars.length && !/[@-~]/.test(chars[j])) params += chars[j++];
        const final = chars[j];
        i = j;
        const n = Math.max(1, parseInt(params.replace(/^\?/, "") || "1", 10) || 1);
        const zero = params === "" ? 0 : parseInt(params, 10) || 0;
        pendingWrap = false;
        switch (final) {
          case "A":
            row = Math.max(0, row - n);
            break;
          case "B":
            row += n;
            break;
          case "C":
            col = Math.min(columns - 1, col + n);
            break;
          case "D":
            col = Math.max(0, col - n);
            break;
          case "G":
            col = Math.min(columns - 1, n - 1);
            break;
          case "K": {
            const cells = line();
            if (zero === 0) cells.length = Math.min(cells.length, col);
            else if (zero === 1) {
              for (let k = 0; k <= col && k < cells.length; k++) cells[k] = " ";
            } else cells.length = 0;
            break;
          }
          case "J":
            if (zero === 0) {
              const cells = line();
              cells.length = Math.min(cells.length, col);
              rows.length = row + 1;
            }
            break;
          case "P":
            line().splice(col, n);
            break;
          case "@":
            line().splice(col, 0, ...Array(n).fill(" "));
            break;
        }
        continue;
      }
      if (next === "]") { // OSC: up to BEL or ST
        let j = i + 2;
        while (j < chars.length && chars[j] !== "\x07" && chars[j] !== "\x1b") j++;
        i = chars[j] === "\x1b" ? j + 1 : j;
        continue;
      }
      i++; // a two-character escape
      continue;
    }
    if (c === "\r") {
      col = 0;
      pendingWrap = false;
    } else if (c === "\n") {
      row++;
      pendingWrap = false;
      line();
    } else if (c === "\b") {
      if (pendingWrap) pendingWrap = false;
      else col = Math.max(0, col - 1);
    } else if (c === "\t") {
      const stop = Math.min(columns - 1, (Math.floor(col / 8) + 1) * 8);
      while (col < stop) put(" ");
    } else if (c === "\x07" || c < " ") {
      // bell and other controls: nothing visible
    } else put(c);
  }
  return rows.map((cells) => cells.join("").trimEnd()).join("\n").trimEnd();
}
