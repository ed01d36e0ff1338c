/**
 * A typed promise wrapper over google.script.run. Types come from the server's endpoint table, so a
 * renamed endpoint or a wrong argument fails the build. Only types are imported: no server code ships.
 */
import type { Endpoints, EndpointName } from "../src/ui/endpoints/index";

type Input<K extends EndpointName> = Parameters<Endpoints[K]>[0];
type Output<K extends EndpointName> = ReturnType<Endpoints[K]>;

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error | string) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun; host?: { close(): void } } };

export function call<K extends EndpointName>(name: K, input?: Input<K>): Promise<Output<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Output<K>))
      .withFailureHandler((error) => reject(new Error(typeof error === "string" ? error : error.message)));
    const fn = runner[name] as (arg: unknown) => void;
    fn.call(runner, input ?? {});
  });
}

export type Rpc = typeof call;
