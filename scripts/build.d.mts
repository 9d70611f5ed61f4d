/** The folder of the compiled Node server. */
export const OUT_DIR: string;
/** Compiles the Node server and its worker threads into OUT_DIR. */
export function build(): Promise<void>;
