/**
 * A sidebar endpoint: what google.script.run calls. Arguments are validated with zod at this boundary
 * (the sidebar is a separate program), results are plain JSON (dates as ISO strings), and errors reach
 * the sidebar's failure handler as a Russian message.
 */
import * as z from "zod";
import { UserFacingError } from "../domain/common/errors";
import { describeFailure } from "./errors";
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
      // A bug in the panel, not the curator's doing: the details are for the developer's log.
      const details = parsed.error.issues.map((i) => `${i.path.join(".") || "—"}: ${i.message}`).join("; ");
      console.error(`${name}: bad request: ${details}`);
      throw new UserFacingError(UI_TEXT.badRequest(name));
    }
    try {
      return handler(parsed.data);
    } catch (error) {
      // google.script.run hands the failure handler only the message: it is the curator's sentence.
      throw new Error(describeFailure(error, name));
    }
  }) as Endpoint<A, R>;
  fn.schema = schema;
  return fn;
}

export const NoInput = z.object({}).strict();
