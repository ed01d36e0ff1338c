/**
 * A typed promise wrapper over google.script.run. Types come from the server's endpoint table, so a
 * renamed endpoint or a wrong argument fails the build. Only types are imported: no server code ships.
 *
 * A failure reaches the views as a Russian sentence only: the server sends one, but what arrives may be
 * prefixed («Error: …», «Exception: …») or come from the browser (a lost connection), so it is cleaned
 * here, once, and anything that is not Russian becomes a Russian sentence.
 */
import type { Endpoints, EndpointName } from "../src/ui/endpoints/index";
import { bareMessage } from "../src/domain/common/errors";
import { TEXT } from "./texts";

type Input<K extends EndpointName> = Parameters<Endpoints[K]>[0];
type Output<K extends EndpointName> = ReturnType<Endpoints[K]>;

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error | string) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun; host?: { close(): void } } };

/** The sentence a curator reads for a failure: the server's Russian text, else a general one. */
export function failureText(error: unknown): string {
  const raw = typeof error === "string" ? error : error instanceof Error ? error.message : String(error ?? "");
  const text = bareMessage(raw);
  return /[А-Яа-яЁё]/.test(text) ? text : TEXT.noConnection;
}

export function call<K extends EndpointName>(name: K, input?: Input<K>): Promise<Output<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Output<K>))
      .withFailureHandler((error) => reject(new Error(failureText(error))));
    const fn = runner[name] as (arg: unknown) => void;
    fn.call(runner, input ?? {});
  });
}

export type Rpc = typeof call;
