import assert from "node:assert/strict";
import { describe, it } from "node:test";
import pino from "pino";
import { fixedClock } from "../../src/app/clock.ts";
import { loadConfig } from "../../src/app/config.ts";
import { createApp } from "../../src/http/app.ts";
import { createToken } from "../../src/http/tokens.repository.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";

/**
 * A client's malformed request is the client's error: a 4xx naming the parameter, and no stack
 * trace in the server's log. Each of these answered 500 and logged one.
 */
for (const engine of requestedDialects()) {
  describe(`bad requests [${engine}]`, { skip: unavailableReason(engine) }, () => {
    it("answers malformed paths, parameters and URLs with a 4xx and logs nothing", async () => {
      await withMigratedDb(engine, async (connection) => {
        const logged: string[] = [];
        const log = pino({ level: "info" }, { write: (line: string) => void logged.push(line) });
        const clock = fixedClock("2026-11-21T12:00:00Z");
        const app = createApp({ connection, clock, config: loadConfig({ db: ":memory:" }, {}), log });
        const { token } = await createToken(connection.db, "tests", clock.now().toISOString());

        for (const path of ["/titles/%25", "/titles/%C0%AF", "/api/titles/%25", "/api/titles/%C0%AF"]) {
          const response = await app.request(path);
          assert.equal(response.status, 404, path);
        }
        for (const [path, parameter] of [["/api/titles?offset=1e20", "offset"], ["/api/titles?limit=abc", "limit"], ["/api/titles?offset=-1", "offset"], ["/api/titles?limit=0", "limit"]] as const) {
          const response = await app.request(path);
          assert.equal(response.status, 400, path);
          const body = (await response.json()) as { error: { code: string; message: string } };
          assert.equal(body.error.code, "BAD_OPTION");
          assert.match(body.error.message, new RegExp(`^${parameter} must be a whole number`));
        }
        assert.equal((await app.request("/api/titles?limit=5&offset=0")).status, 200);

        const post = await app.request("/api/ingest", {
          method: "POST",
          headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
          body: JSON.stringify({ text: "Harbour Lights will return for a second season on Netflix in March 2027, the streamer confirmed.", url: "javascript:alert(1)" }),
        });
        assert.equal(post.status, 400);
        assert.match(((await post.json()) as { error: { message: string } }).error.message, /^url: url must be an http or https URL/);

        assert.deepEqual(logged.filter((line) => /"level":(?:50|60)/.test(line)), [], "no error logged for a client's mistake");
      });
    });
  });
}
