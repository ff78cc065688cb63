import pkg from "../../package.json";

/** The pane's version, from package.json (shown in the footer). */
export const VERSION: string = pkg.version;
