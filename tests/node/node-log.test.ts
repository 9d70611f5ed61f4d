import { afterEach, describe, expect, it, vi } from "vitest";
import { bufferedStdoutLog } from "../../src/node-log";

describe("the Node request log", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes one JSON line per call, in order, the lines of one turn of the event loop in one write", async () => {
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const log = bufferedStdoutLog();
    log({ level: "info", path: "/v1/claims/a" });
    log({ level: "error", path: '/v1/claims/"b"' });
    expect(write).not.toHaveBeenCalled();
    await new Promise((done) => setImmediate(done));
    expect(write.mock.calls).toEqual([
      ['{"level":"info","path":"/v1/claims/a"}\n{"level":"error","path":"/v1/claims/\\"b\\""}\n'],
    ]);
    log({ level: "info", path: "/health" });
    await new Promise((done) => setImmediate(done));
    expect(write).toHaveBeenCalledTimes(2);
    expect(write.mock.calls[1]).toEqual(['{"level":"info","path":"/health"}\n']);
  });
});
