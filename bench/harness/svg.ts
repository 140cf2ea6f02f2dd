/**
 * Dependency-free SVG charts for the benchmark harness: grouped bars on a
 * logarithmic axis (ratios per benchmark) and line charts (time per iteration).
 */

export interface Series {
  label: string;
  colour: string;
}

export interface BarGroup {
  label: string;
  /** One value per series; null draws an error mark instead of a bar. */
  values: (number | null)[];
}

const PALETTE = ["#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22"];
const FIXED: Record<string, string> = {
  "python3.11": "#7f7f7f",
  "pypy3": "#2ca02c",
  "taipan-jit-off": "#ff7f0e",
  "taipan-jit-on": "#1f77b4",
};

/** A stable colour per interpreter id, the same in every chart. */
export function colour(id: string, i: number): string {
  return FIXED[id] ?? PALETTE[i % PALETTE.length];
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Room for a legend entry: swatch, label at about 6.5 px a character, gap. */
function legendWidth(label: string): number {
  return Math.round(label.length * 6.5) + 30;
}

function fmt(n: number): string {
  return Number(n.toFixed(2)).toString();
}

/** Tick values for a log axis covering [lo, hi]: 1-2-5 steps per decade. */
export function logTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= lo * 0.999 && v <= hi * 1.001) ticks.push(v);
    }
  }
  return ticks;
}

function tickLabel(v: number): string {
  if (v >= 1) return `${Number(v.toPrecision(3))}`;
  return `${Number(v.toPrecision(2))}`;
}

/** Grouped bar chart on a log scale, bars growing from `baseline` (1 = parity). */
export function barChart(
  title: string,
  subtitle: string,
  axisLabel: string,
  series: Series[],
  groups: BarGroup[],
  baseline = 1,
): string {
  const values = groups.flatMap((g) => g.values).filter((v): v is number => v !== null && v > 0);
  let lo = Math.min(baseline, ...values);
  let hi = Math.max(baseline, ...values);
  lo = 10 ** Math.floor(Math.log10(lo) + 1e-9);
  hi = 10 ** Math.ceil(Math.log10(hi) - 1e-9);
  if (hi <= lo) hi = lo * 10;
  const left = 70, right = 90, top = 70, bottom = 120;
  const barWidth = 12;
  const groupWidth = Math.max(30, series.length * barWidth + 12);
  const plotWidth = Math.max(400, groups.length * groupWidth);
  const plotHeight = 320;
  const width = left + plotWidth + right;
  const height = top + plotHeight + bottom;
  const y = (v: number) => top + plotHeight - (Math.log(v / lo) / Math.log(hi / lo)) * plotHeight;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
  );
  out.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  out.push(`<text x="${left}" y="22" font-size="15" font-weight="bold">${escape(title)}</text>`);
  out.push(`<text x="${left}" y="40" fill="#555">${escape(subtitle)}</text>`);
  for (const t of logTicks(lo, hi)) {
    const ty = y(t);
    const major = Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9;
    out.push(
      `<line x1="${left}" x2="${left + plotWidth}" y1="${fmt(ty)}" y2="${fmt(ty)}" ` +
        `stroke="${major ? "#ccc" : "#eee"}"/>`,
    );
    out.push(
      `<text x="${left - 6}" y="${fmt(ty + 4)}" text-anchor="end">${tickLabel(t)}</text>`,
    );
  }
  out.push(
    `<text transform="translate(16 ${top + plotHeight / 2}) rotate(-90)" text-anchor="middle">` +
      `${escape(axisLabel)}</text>`,
  );
  const base = y(baseline);
  groups.forEach((g, gi) => {
    const gx = left + gi * groupWidth + (groupWidth - series.length * barWidth) / 2;
    g.values.forEach((v, si) => {
      const x = gx + si * barWidth;
      if (v === null || !(v > 0)) {
        out.push(
          `<text x="${fmt(x + barWidth / 2)}" y="${fmt(base - 3)}" text-anchor="middle" ` +
            `fill="${series[si].colour}" font-weight="bold">×</text>`,
        );
        return;
      }
      const vy = y(v);
      out.push(
        `<rect x="${fmt(x)}" y="${fmt(Math.min(vy, base))}" width="${barWidth - 2}" ` +
          `height="${fmt(Math.max(1, Math.abs(base - vy)))}" fill="${series[si].colour}">` +
          `<title>${escape(g.label)} ${escape(series[si].label)}: ${v.toFixed(2)}</title></rect>`,
      );
    });
    const lx = left + gi * groupWidth + groupWidth / 2;
    const ly = top + plotHeight + 10;
    out.push(
      `<text transform="translate(${fmt(lx)} ${ly}) rotate(45)">${escape(g.label)}</text>`,
    );
  });
  out.push(
    `<line x1="${left}" x2="${left + plotWidth}" y1="${fmt(base)}" y2="${fmt(base)}" ` +
      `stroke="black"/>`,
  );
  out.push(
    `<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotHeight}" stroke="black"/>`,
  );
  series.forEach((s, si) => {
    const x = left + series.slice(0, si).reduce((a, o) => a + legendWidth(o.label), 0);
    out.push(`<rect x="${x}" y="50" width="10" height="10" fill="${s.colour}"/>`);
    out.push(`<text x="${x + 14}" y="59">${escape(s.label)}</text>`);
  });
  out.push(`</svg>`);
  return out.join("\n") + "\n";
}

export interface Line {
  label: string;
  colour: string;
  /** y values for x = 1, 2, ... */
  values: number[];
}

/** Line chart of seconds per iteration, log y axis. */
export function lineChart(title: string, subtitle: string, lines: Line[]): string {
  const all = lines.flatMap((l) => l.values).filter((v) => v > 0);
  const width = 600, height = 340;
  const left = 70, right = 20, top = 60, bottom = 50;
  const plotWidth = width - left - right, plotHeight = height - top - bottom;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
  );
  out.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  out.push(`<text x="${left}" y="20" font-size="14" font-weight="bold">${escape(title)}</text>`);
  out.push(`<text x="${left}" y="36" fill="#555">${escape(subtitle)}</text>`);
  if (all.length === 0) {
    out.push(`<text x="${left}" y="${top + 20}">no iteration times reported</text></svg>`);
    return out.join("\n") + "\n";
  }
  const lo = 10 ** Math.floor(Math.log10(Math.min(...all)));
  let hi = 10 ** Math.ceil(Math.log10(Math.max(...all)));
  if (hi <= lo) hi = lo * 10;
  const n = Math.max(2, ...lines.map((l) => l.values.length));
  const x = (i: number) => left + (i / (n - 1)) * plotWidth;
  const y = (v: number) => top + plotHeight - (Math.log(v / lo) / Math.log(hi / lo)) * plotHeight;
  for (const t of logTicks(lo, hi)) {
    out.push(
      `<line x1="${left}" x2="${left + plotWidth}" y1="${fmt(y(t))}" y2="${fmt(y(t))}" ` +
        `stroke="#eee"/>`,
    );
    out.push(
      `<text x="${left - 6}" y="${fmt(y(t) + 4)}" text-anchor="end">${tickLabel(t)} s</text>`,
    );
  }
  const step = Math.max(1, Math.ceil(n / 10));
  for (let i = 0; i < n; i += step) {
    out.push(
      `<text x="${fmt(x(i))}" y="${top + plotHeight + 16}" text-anchor="middle">${i + 1}</text>`,
    );
  }
  out.push(
    `<text x="${left + plotWidth / 2}" y="${height - 10}" text-anchor="middle">iteration</text>`,
  );
  out.push(
    `<rect x="${left}" y="${top}" width="${plotWidth}" height="${plotHeight}" fill="none" ` +
      `stroke="black"/>`,
  );
  lines.forEach((l, li) => {
    const lx = left + lines.slice(0, li).reduce((a, o) => a + legendWidth(o.label), 0);
    out.push(`<rect x="${lx}" y="42" width="10" height="10" fill="${l.colour}"/>`);
    out.push(`<text x="${lx + 14}" y="51">${escape(l.label)}</text>`);
    const pts = l.values.map((v, i) => `${fmt(x(i))},${fmt(y(Math.max(v, lo)))}`);
    if (pts.length === 0) return;
    out.push(
      `<polyline points="${pts.join(" ")}" fill="none" stroke="${l.colour}" stroke-width="2"/>`,
    );
    for (const p of pts) {
      const [px, py] = p.split(",");
      out.push(`<circle cx="${px}" cy="${py}" r="2.5" fill="${l.colour}"/>`);
    }
  });
  out.push(`</svg>`);
  return out.join("\n") + "\n";
}
