import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { systemClock } from "../../src/app/clock.ts";
import { isAppError } from "../../src/app/errors.ts";
import { silentLogger } from "../../src/app/logger.ts";
import { MAX_INTERVAL_MS, MIN_INTERVAL_MS, parseEvery, readInterval } from "../../src/feeds/cadence.ts";
import { findFeed, listFeeds } from "../../src/feeds/feed.repository.ts";
import { addFeedSource, registerFeedJobs, scheduleDueFeeds, scheduleRound } from "../../src/feeds/feed.service.ts";
import { canonicalUrl, discoverFeed, parseFeedBody } from "../../src/feeds/parse-feed.ts";
import { Fetcher } from "../../src/fetch/fetcher.ts";
import { JobRegistry, startWorker } from "../../src/jobs/queue.ts";
import type { Connection } from "../../src/storage/db.ts";
import { requestedDialects, unavailableReason, withMigratedDb } from "../support/dialects.ts";
import { startLocalServer, type LocalServer } from "../support/http-server.ts";
import { repoRoot } from "../support/run-cli.ts";

const base = "https://news.example/";
const parse = (body: string, type: string) => parseFeedBody(Buffer.from(body), type, base);

describe("reading feeds", () => {
  it("reads RSS 2.0 items: guid, link, date; relative links made absolute", () => {
    const feed = parse(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire &amp; Co</title>
      <item><title>One</title><link>https://news.example/a</link><guid isPermaLink="false">id-1</guid><pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate></item>
      <item><title>Two</title><link>/b?utm_source=rss</link></item>
      <item><title>No link at all</title></item></channel></rss>`,
      "application/rss+xml",
    );
    assert.equal(feed.kind, "feed");
    if (feed.kind !== "feed") return;
    assert.deepEqual([feed.format, feed.title], ["rss", "Wire & Co"]);
    assert.deepEqual(feed.entries.map((e) => [e.key, e.link, e.published]), [
      ["id-1", "https://news.example/a", "2025-06-10"],
      ["https://news.example/b?utm_source=rss", "https://news.example/b?utm_source=rss", null],
    ]);
    assert.equal(canonicalUrl(feed.entries[1]!.link), "https://news.example/b");
  });

  it("reads Atom entries: the alternate link, published (not updated) as the date, updated kept", () => {
    const feed = parse(
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id><updated>2025-06-11T00:00:00Z</updated>
      <entry><title>E</title><id>urn:e1</id><link rel="self" href="https://news.example/self"/><link rel="alternate" href="https://news.example/e1"/><published>2025-06-10T00:00:00Z</published><updated>2025-06-11T08:00:00Z</updated></entry></feed>`,
      "application/atom+xml",
    );
    assert.ok(feed.kind === "feed");
    assert.deepEqual(feed.entries, [{ key: "urn:e1", link: "https://news.example/e1", title: "E", published: "2025-06-10", updated: "2025-06-11T08:00:00.000Z" }]);
  });

  it("reads JSON Feed items", () => {
    const feed = parse(JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "J", items: [{ id: "7", url: "https://news.example/j", date_published: "2025-06-10T10:00:00+09:00" }] }), "application/feed+json");
    assert.ok(feed.kind === "feed");
    assert.deepEqual([feed.format, feed.entries[0]?.key, feed.entries[0]?.link, feed.entries[0]?.published], ["json", "7", "https://news.example/j", "2025-06-10"]);
  });

  it("refuses malformed feeds and what is not a feed with a reason", () => {
    for (const body of ['<rss version="2.0"><channel><item><title>Unclosed<link>x</link></item>', "just text", "{\"version\": 1}"]) {
      assert.throws(() => parse(body, "application/xml"), (error: unknown) => isAppError(error) && error.code === "BAD_INPUT" && error.details?.reason === "not-a-feed", body);
    }
  });

  it("finds a page's feed through <link rel=\"alternate\">", () => {
    const page = parse('<!doctype html><html><head><link rel="stylesheet" href="/s.css"><link rel="alternate" type="application/rss+xml" href="/feed/"></head><body></body></html>', "text/html");
    assert.deepEqual(page, { kind: "page", alternate: "https://news.example/feed/" });
    assert.equal(discoverFeed("<html><head></head><body>no feed</body></html>", base), null);
  });

  it("cadence: as set, adaptive between 15 minutes and a day, doubled per failure, Retry-After honoured", () => {
    const now = new Date("2026-12-01T12:00:00Z");
    assert.equal(readInterval({ everySeconds: 1800, lastChangeAt: "2020-01-01T00:00:00Z", consecutiveFailures: 0 }, now).ms, 1_800_000);
    assert.equal(readInterval({ everySeconds: null, lastChangeAt: "2026-12-01T11:50:00Z", consecutiveFailures: 0 }, now).ms, MIN_INTERVAL_MS);
    assert.equal(readInterval({ everySeconds: null, lastChangeAt: "2026-11-30T12:00:00Z", consecutiveFailures: 0 }, now).ms, 3 * 3_600_000);
    assert.equal(readInterval({ everySeconds: null, lastChangeAt: "2026-10-01T00:00:00Z", consecutiveFailures: 0 }, now).ms, MAX_INTERVAL_MS);
    const backedOff = readInterval({ everySeconds: 1800, lastChangeAt: "2026-12-01T11:00:00Z", consecutiveFailures: 3 }, now);
    assert.ok(backedOff.ms >= 0.75 * 8 * 1_800_000 && backedOff.ms <= 1.25 * 8 * 1_800_000, `${backedOff.ms}`);
    assert.match(backedOff.why, /backing off after 3 failures/);
    assert.equal(readInterval({ everySeconds: 60, lastChangeAt: "2026-12-01T11:00:00Z", consecutiveFailures: 1, retryAfterMs: 7_200_000 }, now).ms, 7_200_000);
    assert.deepEqual([parseEvery("30m"), parseEvery("2h"), parseEvery("1d"), parseEvery("90"), parseEvery("soon"), parseEvery("0m")], [1800, 7200, 86_400, 90, undefined, undefined]);
  });
});

const articles = path.join(repoRoot, "test/fixtures/articles");

for (const engine of requestedDialects()) {
  const skip = unavailableReason(engine);
  describe(`feed jobs [${engine}]`, { skip }, () => {
    let server: LocalServer;
    let version = 1;
    let limitedCalls = 0;
    before(async () => {
      server = await startLocalServer();
      server.route("/changing.atom", (_req, res) =>
        res.writeHead(200, { "content-type": "application/atom+xml" }).end(
          `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>C</title><id>urn:c</id><updated>2025-01-01T00:00:00Z</updated><entry><title>S</title><id>urn:story</id><link href="${server.url}/story"/><published>2025-06-01T00:00:00Z</published><updated>2025-06-0${version}T00:00:00Z</updated></entry></feed>`,
        ),
      );
      server.route("/story", (_req, res) => {
        const text = fs.readFileSync(path.join(articles, "postponed.txt"), "utf8");
        res.writeHead(200, { "content-type": "text/plain" }).end(version === 1 ? text : `${text}\n\nUpdate: the production said filming resumes next month.`);
      });
      server.route("/limited.xml", (_req, res) => {
        limitedCalls += 1;
        res.writeHead(429, { "retry-after": "7200" }).end();
      });
    });
    after(() => server.close());

    async function runRound(connection: Connection) {
      const fetcher = new Fetcher({ userAgent: "cliffhanger-test", allowPrivateNetworks: "127.0.0.1/32", minHostDelayMs: 0, retryBaseMs: 5 });
      const registry = registerFeedJobs(new JobRegistry(), { connection, clock: systemClock, fetcher, maxBytes: 5 * 1024 * 1024 });
      await scheduleRound(connection.db, systemClock, registry);
      await startWorker({ db: connection.db, clock: systemClock, log: silentLogger, registry, untilIdle: true }).done;
    }

    it("an item whose page changes (its updated date moves) is read again as a new version of its source", async () => {
      await withMigratedDb(engine, async (connection) => {
        version = 1;
        await addFeedSource(connection.db, systemClock, { url: `${server.url}/changing.atom` });
        await runRound(connection);
        await runRound(connection);
        let sources = await connection.db.selectFrom("source").select(["id", "previous_version_id", "published"]).orderBy("retrieved_at").execute();
        assert.equal(sources.length, 1, "read once while unchanged");
        assert.equal(sources[0]!.published, "2025-06-01", "published is the item's date");
        version = 2;
        await runRound(connection);
        sources = await connection.db.selectFrom("source").select(["id", "previous_version_id", "published"]).orderBy("retrieved_at").execute();
        assert.equal(sources.length, 2);
        assert.equal(sources[1]!.previous_version_id, sources[0]!.id, "the new text is the next version");
        const [feed] = await listFeeds(connection.db);
        assert.deepEqual([feed!.items_read, feed!.articles_added], [2, 2]);
      });
    });

    it("a 429 with a long Retry-After backs the feed off at least that long, with the reason kept", async () => {
      await withMigratedDb(engine, async (connection) => {
        const { feed } = await addFeedSource(connection.db, systemClock, { url: `${server.url}/limited.xml`, everySeconds: 60 });
        const before = limitedCalls;
        const started = Date.now();
        await runRound(connection);
        assert.equal(limitedCalls - before, 1, "not retried at once: the wait asked for is too long");
        const stored = (await findFeed(connection.db, feed.id))!;
        assert.equal(stored.consecutive_failures, 1);
        assert.match(stored.last_error_reason ?? "", /^rate-limited: .*HTTP 429 \(Retry-After 7200 s\)/);
        assert.ok(Date.parse(stored.next_read_at) - started >= 7_200_000, "the next read waits out Retry-After");
        assert.equal(await scheduleDueFeeds(connection.db, systemClock), 0, "not due before then");
      });
    });
  });
}
