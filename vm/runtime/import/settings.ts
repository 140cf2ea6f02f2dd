/** Process-wide import settings, fixed at start-up by run_main.ts. */
export const importSettings: { optimize: 0 | 1 | 2 } = { optimize: 0 };
