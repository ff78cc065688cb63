/** Something is wrong with the zip itself; the message is one plain line. */
export class ZipFormatError extends Error {
  constructor(
    message: string,
    readonly reason: "damaged" | "too-large" | "unsupported"
  ) {
    super(message);
    this.name = "ZipFormatError";
  }
}
