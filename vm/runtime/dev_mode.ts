/**
 * CPython's development mode (`-X dev`, PYTHONDEVMODE): sys.flags.dev_mode,
 * the "default" warnings filter, faulthandler on from start-up, and the extra
 * run-time checks it asks for, such as looking up an encoding and an error
 * handler that a call would not otherwise need (codec_registry.ts).
 */
export const devMode = { enabled: false };
