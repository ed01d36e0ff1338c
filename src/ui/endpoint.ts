/**
 * A sidebar endpoint: what google.script.run calls. Arguments are validated with zod at this boundary
 * (the sidebar is a separate program), results are plain JSON (dates as ISO strings), and errors reach
 * the sidebar's failure handler as a Russian message.
 */
import * as z from "zod";
import { UserFacingError } from "../domain/common/errors";
import { UI_TEXT } from "./messages";

export interface Endpoint<A extends z.ZodType, R> {
  schema: A;
  (input: z.input<A>): R;
}

export function endpoint<A extends z.ZodType, R>(
  name: string,
  schema: A,
  handler: (input: z.output<A>) => R,
): Endpoint<A, R> {
  const fn = ((input: unknown) => {
    const parsed = schema.safeParse(input ?? {});
    if (!parsed.success) {
      const details = parsed.error.issues.map((i) => `${i.path.join(".") || "—"}: ${i.message}`).join("; ");
      throw new UserFacingError(UI_TEXT.badRequest(name, details));
    }
    try {
      return handler(parsed.data);
    } catch (error) {
      if (error instanceof UserFacingError) throw new Error(error.message);
      const message = error instanceof Error ? error.message : String(error);
      console.error(`${name}: ${error instanceof Error && error.stack ? error.stack : message}`);
      throw new Error(UI_TEXT.internalError(message));
    }
  }) as Endpoint<A, R>;
  fn.schema = schema;
  return fn;
}

export const NoInput = z.object({}).strict();
