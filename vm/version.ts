/** The Python language version Taipan implements, and Taipan's own version. */
export const PYTHON_VERSION = {
  major: 3,
  minor: 11,
  micro: 3, // the CPython release whose standard library Taipan loads by default
  releaselevel: "final",
  serial: 0,
} as const;

export const TAIPAN_VERSION = "0.1.0";

export const PYTHON_VERSION_STRING =
  `${PYTHON_VERSION.major}.${PYTHON_VERSION.minor}.${PYTHON_VERSION.micro}`;
