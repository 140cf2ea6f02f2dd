/**
 * A connected V8 inspector session of this process (node:inspector), as a
 * promise-returning `post(method, params)`: what tools/profile.ts and
 * tools/alloc_profile.ts drive the profilers with.
 */
import inspector from "node:inspector";

export function inspectorPost(): (
  method: string,
  params?: object,
) => Promise<Record<string, unknown>> {
  const session = new inspector.Session();
  session.connect();
  return (method, params) =>
    new Promise((resolve, reject) =>
      session.post(
        method,
        params ?? {},
        (err, result) => err ? reject(err) : resolve(result as Record<string, unknown>),
      )
    );
}
