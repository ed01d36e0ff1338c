/** An error whose message a curator should read (Russian). Anything else is a bug and is reported as such. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserFacingError";
  }
}
