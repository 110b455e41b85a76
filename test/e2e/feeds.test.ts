import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { buildExampleFeed } from "../../src/feeds/example-feed.ts";
import { connect } from "../../src/storage/db.ts";
import { createTestDatabase, requestedDialects, unavailableReason } from "../support/dialects.ts";
import { startLocalServer, type LocalServer } from "../support/http-server.ts";
import { repoRoot, runCliAsync } from "../support/run-cli.ts";

// The walk of issue 12's "done when": follow a local feed, `fetch` reads its items into cards, a
// second `fetch` adds nothing, a page is followed to its feed, and every refusal shows in `doctor`.

interface FeedHealthJson {
  url: string;
  feedUrl: string | null;
  state: string;
  itemsRead: number;
  articlesAdded: number;
  claimsAdded: number;
  lastError: { code: string; reason: string } | null;
  itemErrors: { link: string; code: string; reason: string }[];
}

function atom(links: string[]): string {
  const entries = links.map((link, i) => `<entry><title>Item ${i}</title><id>${link}</id><link rel="alternate" href="${link}"/><updated>2024-01-0${i + 1}T00:00:00Z</updated></entry>`);
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Mirror</title><id>urn:mirror</id><updated>2024-01-01T00:00:00Z</updated>${entries.join("")}</feed>`;
}

const rss = (links: string[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Other</title>${links.map((l) => `<item><title>x</title><link>${l}</link></item>`).join("")}</channel></rss>`;

describe("following feeds from the command line", () => {
  let server: LocalServer;
  let links: string[];
  before(async () => {
    server = await startLocalServer();
    const demo = buildExampleFeed(path.join(repoRoot, "examples/articles"), server.url);
    links = [...demo.pages.keys()].map((p) => `${server.url}${p}`);
    server.route("/robots.txt", (_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /blocked/\n"));
    server.route("/feed.xml", (req, res) => {
      if (req.headers["if-none-match"] === '"feed-v1"') return res.writeHead(304, { etag: '"feed-v1"' }).end();
      res.writeHead(200, { "content-type": "application/rss+xml", etag: '"feed-v1"' }).end(demo.xml);
    });
    for (const [pagePath, page] of demo.pages) server.route(pagePath, (_req, res) => res.writeHead(200, { "content-type": page.contentType }).end(page.body));
    server.route("/news.html", (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end('<html><head><title>News</title><link rel="alternate" type="application/atom+xml" href="/mirror.atom"></head><body>News</body></html>'));
    server.route("/mirror.atom", (_req, res) => res.writeHead(200, { "content-type": "application/atom+xml" }).end(atom(links)));
    server.route("/robots-feed.xml", (_req, res) => res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss([`${server.url}/blocked/story.txt`])));
    server.route("/blocked/story.txt", (_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("never to be read"));
    server.route("/huge.xml", (_req, res) => res.writeHead(200, { "content-type": "application/rss+xml" }).end(`<rss version="2.0"><channel>${" ".repeat(300_000)}</channel></rss>`));
    server.route("/image.xml", (_req, res) => res.writeHead(200, { "content-type": "image/png" }).end(Buffer.alloc(64)));
    for (let n = 0; n < 10; n++) server.route(`/loop/${n}`, (_req, res) => res.writeHead(302, { location: `/loop/${n + 1}` }).end());
    server.route("/to-private.xml", (_req, res) => res.writeHead(302, { location: `http://127.0.0.2:${server.port}/feed.xml` }).end());
  });
  after(() => server.close());

  for (const engine of requestedDialects()) {
    const skip = unavailableReason(engine);
    it(`sources add, fetch, fetch again, a page followed to its feed, and each refusal in doctor [${engine}]`, { skip }, async () => {
      const database = await createTestDatabase(engine);
      const cli = (args: string[], env: Record<string, string> = {}) =>
        runCliAsync(["--db", database.url, ...args], { env: { CLIFFHANGER_ALLOW_PRIVATE_NETWORKS: "1", CLIFFHANGER_FETCH_HOST_DELAY_MS: "0", ...env } });
      try {
        const added = await cli(["sources", "add", `${server.url}/feed.xml`, "--every", "30m"]);
        assert.equal(added.status, 0, added.stderr);
        assert.match(added.stdout, /^following http:\/\/127\.0\.0\.1:\d+\/feed\.xml \(feed_/);

        const first = await cli(["fetch"]);
        assert.equal(first.status, 0, first.stderr);
        const healthy = await cli(["doctor"]);
        assert.equal(healthy.status, 0, `no problems, exit 0: ${healthy.stdout}${healthy.stderr}`);
        assert.match(healthy.stdout, /1 source followed, 0 with problems/);
        assert.match(first.stdout, /cliffhanger examples: 3 items read, 3 articles added, (\d+) claims added/);
        const claimsAdded = Number(/(\d+) claims added/.exec(first.stdout)![1]);
        assert.ok(claimsAdded > 20, `claims were added (${claimsAdded})`);
        const card = await cli(["show", "The Glory", "--json"]);
        assert.equal(card.status, 0, card.stderr);
        assert.ok(JSON.stringify(JSON.parse(card.stdout)).includes(links[0]!), "the card cites the feed item's address");

        // The same claims as reading the files: the feed is one more way in, not another reader.
        const filesDb = await createTestDatabase(engine);
        try {
          const ingested = await runCliAsync(["--db", filesDb.url, "ingest", path.join(repoRoot, "examples/articles"), "--json"]);
          assert.equal(ingested.status, 0, ingested.stderr);
          const fromFiles = (JSON.parse(ingested.stdout) as { claimsAdded: number }[]).reduce((n, r) => n + r.claimsAdded, 0);
          assert.equal(claimsAdded, fromFiles);
        } finally {
          await filesDb.drop();
        }

        const feedRequests = server.requests.filter((r) => r.path === "/feed.xml").length;
        const second = await cli(["fetch"]);
        assert.equal(second.status, 0, second.stderr);
        assert.match(second.stdout, /cliffhanger examples: 0 items read, 0 articles added, 0 claims added/);
        const conditional = server.requests.filter((r) => r.path === "/feed.xml").slice(feedRequests);
        assert.deepEqual(conditional.map((r) => r.headers["if-none-match"]), ['"feed-v1"'], "asked with the ETag, answered 304");

        // A page is followed to its <link rel="alternate"> feed; its items were read through the first feed.
        assert.equal((await cli(["sources", "add", `${server.url}/news.html`, "--name", "Mirror"])).status, 0);
        const third = await cli(["fetch", "--json"]);
        assert.equal(third.status, 0, third.stderr);
        const mirror = (JSON.parse(third.stdout) as FeedHealthJson[]).find((f) => f.url.endsWith("/news.html"))!;
        assert.deepEqual([mirror.feedUrl, mirror.state, mirror.itemsRead, mirror.articlesAdded], [`${server.url}/mirror.atom`, "ok", 3, 0]);

        const connection = connect(database.url);
        try {
          const sources = await connection.db.selectFrom("source").select("url").execute();
          assert.deepEqual(sources.map((s) => s.url).sort(), [...links].sort(), "each article stored once");
        } finally {
          await connection.close();
        }

        // Every refusal, with its reason in doctor. Only 127.0.0.1 is allowed for these.
        const refusals: Record<string, string> = {
          [`http://127.0.0.2:${server.port}/feed.xml`]: "private-address",
          [`${server.url}/to-private.xml`]: "private-address",
          [`${server.url}/robots-feed.xml`]: "robots",
          [`${server.url}/huge.xml`]: "too-large",
          [`${server.url}/image.xml`]: "content-type",
          [`${server.url}/loop/0`]: "too-many-redirects",
        };
        for (const url of Object.keys(refusals)) assert.equal((await cli(["sources", "add", url])).status, 0);
        const limited = { CLIFFHANGER_ALLOW_PRIVATE_NETWORKS: "127.0.0.1/32", CLIFFHANGER_MAX_INPUT_BYTES: "100000" };
        assert.equal((await cli(["fetch"], limited)).status, 0);
        assert.ok(!server.requests.some((r) => r.path.startsWith("/blocked/")), "robots.txt was obeyed");
        const doctor = await cli(["doctor", "--json"], limited);
        assert.equal(doctor.status, 1, `sources with problems are the exit status: ${doctor.stderr}`);
        assert.match(doctor.stderr, /^cliffhanger: \d+ followed sources have problems \(above\)\n$/);
        const report = JSON.parse(doctor.stdout) as { problems: FeedHealthJson[] };
        const found = Object.fromEntries(report.problems.map((f) => [f.url, (f.itemErrors[0]?.reason ?? f.lastError?.reason ?? "").split(":")[0]]));
        assert.deepEqual(found, refusals);
        const text = await cli(["doctor"], limited);
        for (const reason of new Set(Object.values(refusals))) assert.match(text.stdout, new RegExp(`\\[FETCH_REFUSED\\]: ${reason}:`));
        assert.match(text.stdout, /7 sources followed|8 sources followed/);
      } finally {
        await database.drop();
      }
    });
  }
});
