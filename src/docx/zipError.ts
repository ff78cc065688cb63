/** Something is wrong with the zip itself; the message is one plain line, `reason` says what (never read the message for it). */
export class ZipFormatError extends Error {
  constructor(
    message: string,
    readonly reason: "damaged" | "too-large" | "unsupported" | "encrypted"
  ) {
    super(message);
    this.name = "ZipFormatError";
  }
}
