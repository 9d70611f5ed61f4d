/**
 * The structured log on Node: one JSON line per call, written to stdout in batches — the lines of one
 * turn of the event loop in one write, instead of a console.log (formatting and a system call) per
 * request. Whatever is still buffered is written when the process exits.
 */
export function bufferedStdoutLog(): (line: Record<string, unknown>) => void {
  let pending = "";
  const flush = () => {
    if (pending === "") return;
    const lines = pending;
    pending = "";
    process.stdout.write(lines);
  };
  process.on("exit", flush);
  return (line) => {
    if (pending === "") setImmediate(flush);
    pending += `${JSON.stringify(line)}\n`;
  };
}
