/** Shapes of the benchmark harness's results (results/bench/*.json). */
import type { Sample } from "./measure.ts";

export interface Interpreter {
  id: string;
  label: string;
  argv: string[];
  taipan: boolean;
  version?: string;
}

export interface Cell {
  samples: Omit<Sample, "stdout">[];
  error?: string;
  /** The end of the failing run's stderr (the traceback). */
  stderrTail?: string;
  cpu?: number;
  wall?: number;
  rssKb?: number;
  /** Seconds per kernel iteration once warm (see `warmSeconds` in measure.ts). */
  warm?: number;
}

export interface BenchResult {
  name: string;
  description: string;
  cells: Record<string, Cell>;
}

export interface Comparison {
  key: string;
  label: string;
  numerator: string;
  denominator: string;
}

export interface Results {
  date: string;
  commit: string;
  loadavgBefore: string;
  loadavgAfter: string;
  cpus: number;
  options: Options;
  interpreters: Interpreter[];
  comparisons: Comparison[];
  benchmarks: BenchResult[];
  geomeans: Record<string, number | null>;
  /** Geometric means of the warm-iteration ratios (absent in results from before they existed). */
  warmGeomeans?: Record<string, number | null>;
  notes: string[];
}

export interface Options {
  names: string[];
  runs: number;
  vs: string[];
  jit: string[];
  size?: string;
  iterations?: number;
  timeout: number;
  warmupCurve: boolean;
  report: boolean;
  list: boolean;
  from?: string;
}
