/**
 * The JIT's settings from the command line and the environment:
 * `-X jit=on|off`, `-X jit-threshold=N`, `-X jit-param=name=value[,...]`,
 * `-X jitlog=summary|aborts|traces|js|names|all` and TAIPAN_JITLOG (same values).
 * A malformed setting is reported on stderr and the rest still apply.
 */
import { jitSwitch, setParam } from "./params.ts";
import { setLog } from "./log.ts";

function complain(message: string): void {
  Deno.stderr.writeSync(new TextEncoder().encode(`taipan: ${message}\n`));
}

function setNumber(name: string, text: string): void {
  const value = Number(text);
  const problem = /^\d+$/.test(text) ? setParam(name, value) : `-X jit: ${name} needs an integer`;
  if (problem !== null) complain(problem);
}

export function configureJit(xOptions: readonly string[], environment: string | undefined): void {
  if (environment) setLog(environment);
  for (const option of xOptions) {
    const [key, ...rest] = option.split("=");
    const value = rest.join("=");
    if (key === "jit") {
      if (value === "off" || value === "0") jitSwitch.enabled = false;
      else if (value === "on" || value === "1" || value === "") jitSwitch.enabled = true;
      else complain(`-X jit=${value}: expected on or off`);
    } else if (key === "jit-threshold") setNumber("threshold", value);
    else if (key === "jit-param") {
      for (const setting of value.split(",")) {
        const [name, number] = setting.split("=");
        setNumber(name, number ?? "");
      }
    } else if (key === "jitlog") setLog(value);
  }
}
