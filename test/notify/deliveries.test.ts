import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { Webhook } from "standardwebhooks";
import { createUser } from "../../src/accounts/user.repository.ts";
import type { Clock } from "../../src/app/clock.ts";
import { addressPolicy } from "../../src/fetch/address-policy.ts";
import { JobRegistry, startWorker } from "../../src/jobs/queue.ts";
import { silentLogger } from "../../src/app/logger.ts";
import { DELIVER_WEBHOOK, queueTestEvent, registerWebhookJobs, sweepDeliveries } from "../../src/notify/webhook-jobs.ts";
import { attemptDelivery, createEndpoint, RETRY_DELAYS_MS } from "../../src/notify/webhooks.ts";

const local = addressPolicy("127.0.0.1/32");
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
import { runCli } from "../support/run-cli.ts";

/** A clock the test moves by hand. */
function movableClock(iso: string) {
  let now = new Date(iso).getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) } satisfies Clock & { advance(ms: number): number };
}

for (const engine of requestedDialects()) {
  describe(`webhook deliveries [${engine}]`, { skip: unavailableReason(engine) }, () => {
    let server: http.Server;
    let url: string;
    let answer = 500;
    const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
    before(async () => {
      server = http.createServer((req, res) => {
        let body = "";
        req.on("data", (c: Buffer) => (body += c.toString()));
        req.on("end", () => {
          received.push({ headers: req.headers, body });
          res.writeHead(answer).end(answer === 500 ? "down for maintenance" : "ok");
        });
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    });
    after(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it("retries on the Standard Webhooks schedule with the same webhook-id, then disables the endpoint with the reason", async () => {
      await withMigratedDb(engine, async (connection) => {
        const db = connection.db;
        received.length = 0;
        answer = 500;
        const clock = movableClock(new Date().toISOString());
        const user = await createUser(db, { username: "hooked", password: "a long password 1", role: "reader" }, clock.now().toISOString());
        const endpoint = await createEndpoint(db, user.id, url, clock.now().toISOString(), local);
        const id = await queueTestEvent(db, endpoint, clock.now().toISOString());
        assert.equal((await db.selectFrom("webhook_delivery").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status, "pending", "the row is written before anything is sent");
        const outcomes: string[] = [];
        outcomes.push(await attemptDelivery(db, clock, id, local));
        for (const delay of RETRY_DELAYS_MS) {
          const row = await db.selectFrom("webhook_delivery").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
          assert.equal(row.response_status, 500);
          assert.equal(row.response_body, "down for maintenance");
          assert.equal(Date.parse(row.next_attempt_at!) - clock.now().getTime(), delay, `attempt ${row.attempts} waits ${delay} ms`);
          assert.equal(await attemptDelivery(db, clock, id, local), "skipped", "not before its time");
          clock.advance(delay);
          outcomes.push(await attemptDelivery(db, clock, id, local));
        }
        assert.deepEqual(outcomes, [...RETRY_DELAYS_MS.map(() => "retry"), "failed"]);
        assert.ok(RETRY_DELAYS_MS.reduce((a, b) => a + b) > 86_400_000, "over a day");
        assert.equal(new Set(received.map((r) => r.headers["webhook-id"])).size, 1, "one webhook-id across retries");
        // The first attempt was signed at the real time; the later ones at the test's moved clock.
        new Webhook(endpoint.secret).verify(received[0]!.body, received[0]!.headers as Record<string, string>);
        assert.ok(received.every((r) => /^v1,[A-Za-z0-9+/=]{44}$/.test(String(r.headers["webhook-signature"]))));
        assert.equal(new Set(received.map((r) => r.headers["webhook-timestamp"])).size, 8, "each attempt signs its own timestamp");
        const disabled = await db.selectFrom("webhook_endpoint").selectAll().where("id", "=", endpoint.id).executeTakeFirstOrThrow();
        assert.match(disabled.disabled_reason ?? "", /^8 attempts over a day failed; the last: HTTP 500/);
        // A disabled endpoint gets nothing more.
        const later = await queueTestEvent(db, endpoint, clock.now().toISOString());
        assert.equal(await attemptDelivery(db, clock, later, local), "failed");
        assert.equal((await db.selectFrom("webhook_delivery").select(["status", "last_error"]).where("id", "=", later).executeTakeFirstOrThrow()).status, "failed");
        assert.equal(received.length, 8);
      });
    });

    it("refuses an endpoint at a private address when private networks are not allowed", async () => {
      await withMigratedDb(engine, async (connection) => {
        const user = await createUser(connection.db, { username: "hooked", password: "a long password 1", role: "reader" }, new Date().toISOString());
        await assert.rejects(createEndpoint(connection.db, user.id, "http://10.0.0.7/hook", new Date().toISOString(), addressPolicy("")), { code: "ADDRESS_REFUSED" });
        await assert.rejects(createEndpoint(connection.db, user.id, "http://[::1]:8080/hook", new Date().toISOString(), addressPolicy("127.0.0.1/32")), { code: "ADDRESS_REFUSED" });
        await assert.rejects(createEndpoint(connection.db, user.id, "ftp://example.com/hook", new Date().toISOString(), local), { code: "BAD_INPUT" });
      });
    });

    it("runs each attempt as a job of the queue: a failure queues the next attempt at its time, once; a lost job is swept up again", async () => {
      await withMigratedDb(engine, async (connection) => {
        const db = connection.db;
        received.length = 0;
        answer = 500;
        const clock = movableClock(new Date().toISOString());
        const user = await createUser(db, { username: "hooked", password: "a long password 1", role: "reader" }, clock.now().toISOString());
        const endpoint = await createEndpoint(db, user.id, url, clock.now().toISOString(), local);
        const id = await queueTestEvent(db, endpoint, clock.now().toISOString());
        const jobs = () => db.selectFrom("job").select(["status", "unique_key", "run_at"]).where("kind", "=", DELIVER_WEBHOOK).orderBy("created_at").execute();
        assert.deepEqual((await jobs()).map((j) => [j.status, j.unique_key]), [["queued", `${DELIVER_WEBHOOK}:${id}:0`]], "written with the delivery");
        const worker = startWorker({ db, clock, log: silentLogger, registry: registerWebhookJobs(new JobRegistry(), { policy: local }), untilIdle: true });
        await worker.done;
        const after = await jobs();
        assert.deepEqual(after.map((j) => j.status).sort(), ["done", "queued"]);
        const next = after.find((j) => j.status === "queued")!;
        assert.equal(next.unique_key, `${DELIVER_WEBHOOK}:${id}:1`);
        assert.equal(Date.parse(next.run_at) - clock.now().getTime(), RETRY_DELAYS_MS[0], "the next attempt at the delivery's own schedule");
        assert.equal(received.length, 1);
        assert.equal(await sweepDeliveries(db, clock), 0, "nothing due yet");
        clock.advance(RETRY_DELAYS_MS[0]!);
        assert.equal(await sweepDeliveries(db, clock), 1);
        assert.equal((await jobs()).length, 2, "the sweep adds nothing while the attempt's job is queued");
        // The job is lost (say, its worker died and its row was pruned): the sweep queues it again.
        await db.deleteFrom("job").where("unique_key", "=", `${DELIVER_WEBHOOK}:${id}:1`).execute();
        await sweepDeliveries(db, clock);
        answer = 200;
        const second = startWorker({ db, clock, log: silentLogger, registry: registerWebhookJobs(new JobRegistry(), { policy: local }), untilIdle: true });
        await second.done;
        const row = await db.selectFrom("webhook_delivery").select(["status", "attempts"]).where("id", "=", id).executeTakeFirstOrThrow();
        assert.deepEqual(row, { status: "delivered", attempts: 2 });
        assert.equal(new Set(received.map((r) => r.headers["webhook-id"])).size, 1, "the same webhook-id on the retry");
      });
    });

    it("`users create --admin` makes the first admin; a token made for a user carries its role", async () => {
      await withMigratedDb(engine, async (_connection, dbUrl) => {
        const made = runCli(["--db", dbUrl, "users", "create", "--name", "root", "--admin", "--json"]);
        assert.equal(made.status, 0, made.stderr);
        const admin = JSON.parse(made.stdout) as { role: string; password: string };
        assert.equal(admin.role, "admin");
        assert.ok(admin.password.length >= 20, "a made password is printed once");
        const reader = runCli(["--db", dbUrl, "users", "create", "--name", "ana", "--password-stdin"], { input: "a long password 1\n" });
        assert.equal(reader.status, 0, reader.stderr);
        assert.match(reader.stdout, /created reader ana/);
        const again = runCli(["--db", dbUrl, "users", "create", "--name", "ANA", "--password-stdin"], { input: "a long password 1\n" });
        assert.equal(again.status, 1);
        assert.match(again.stderr, /a user named "ANA" already exists/);
        const short = runCli(["--db", dbUrl, "users", "create", "--name", "bo", "--password-stdin"], { input: "short\n" });
        assert.equal(short.status, 1);
        assert.match(short.stderr, /password: at least 10 characters/);
        const token = runCli(["--db", dbUrl, "tokens", "create", "--name", "ana's", "--user", "ana", "--json"]);
        assert.equal(token.status, 0, token.stderr);
        assert.equal(runCli(["--db", dbUrl, "tokens", "create", "--name", "x", "--user", "nobody"]).status, 1);
        assert.match(runCli(["--db", dbUrl, "users", "list"]).stdout, /root\s+admin[\s\S]*ana\s+reader/);
      });
    });
  });
}
