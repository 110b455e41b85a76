import assert from "node:assert/strict";
import zlib from "node:zlib";
import { after, before, describe, it } from "node:test";
import { isAppError } from "../../src/app/errors.ts";
import { Fetcher, parseRetryAfter, userAgent, type FetcherOptions } from "../../src/fetch/fetcher.ts";
import { startLocalServer, type LocalServer } from "../support/http-server.ts";

const html = "<html><head><title>A page</title></head><body><p>Hello.</p></body></html>";

function fetcher(options: Partial<FetcherOptions> = {}): Fetcher {
  return new Fetcher({ userAgent: userAgent("https://tracker.example/contact"), allowPrivateNetworks: "127.0.0.1/32", minHostDelayMs: 0, retryBaseMs: 10, ...options });
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; reason: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, reason: String(error.details?.reason), message: error.message };
    throw error;
  }
  assert.fail("expected a refusal");
}

describe("fetcher", () => {
  let server: LocalServer;
  let other: LocalServer;
  before(async () => {
    server = await startLocalServer();
    other = await startLocalServer("127.0.0.2");
    server.route("/robots.txt", (_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private/\n"));
    server.route("/page", (req, res) => {
      if (req.headers["if-none-match"] === '"v1"') return res.writeHead(304, { etag: '"v1"' }).end();
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", etag: '"v1"', "last-modified": "Tue, 10 Jun 2025 04:00:00 GMT" }).end(html);
    });
    server.route("/gzip", (_req, res) => res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(zlib.gzipSync(html)));
    server.route("/br", (_req, res) => res.writeHead(200, { "content-type": "text/html", "content-encoding": "br" }).end(zlib.brotliCompressSync(html)));
    for (let n = 0; n < 7; n++) server.route(`/hop${n}`, (_req, res) => res.writeHead(302, { location: n === 6 ? "/page" : `/hop${n + 1}` }).end());
    server.route("/to-other", (_req, res) => res.writeHead(302, { location: `${other.url}/page` }).end());
    server.route("/to-metadata", (_req, res) => res.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" }).end());
    server.route("/private/page", (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(html));
    server.route("/big-declared", (_req, res) => res.writeHead(200, { "content-type": "text/html", "content-length": String(10_000) }).end("x".repeat(10_000)));
    server.route("/big-chunked", (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      for (let i = 0; i < 20; i++) res.write("y".repeat(1000));
      res.end();
    });
    server.route("/image", (_req, res) => res.writeHead(200, { "content-type": "image/png" }).end(Buffer.alloc(10)));
    let limited = 0;
    server.route("/limited", (_req, res) => {
      limited += 1;
      if (limited === 1) return res.writeHead(429, { "retry-after": "1" }).end();
      res.writeHead(200, { "content-type": "text/html" }).end(html);
    });
    server.route("/limited-long", (_req, res) => res.writeHead(429, { "retry-after": "3600" }).end());
    let flaky = 0;
    server.route("/flaky", (_req, res) => {
      flaky += 1;
      if (flaky <= 2) return res.writeHead(503).end();
      res.writeHead(200, { "content-type": "text/html" }).end(html);
    });
    server.route("/down", (_req, res) => res.writeHead(500).end());
    server.route("/slow", (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<p>");
      setTimeout(() => res.end("late</p>"), 2_000).unref();
    });
    other.route("/page", (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(html));
  });
  after(async () => {
    await server.close();
    await other.close();
  });

  it("reads a page with the project's User-Agent; a second read with its ETag is a 304", async () => {
    const f = fetcher();
    const first = await f.get({ url: `${server.url}/page`, purpose: "page" });
    assert.equal(first.status, 200);
    assert.equal(first.body.toString(), html);
    assert.deepEqual([first.contentType, first.etag, first.lastModified], ["text/html", '"v1"', "Tue, 10 Jun 2025 04:00:00 GMT"]);
    const seen = server.requests.find((r) => r.path === "/page")!;
    assert.equal(seen.headers["user-agent"], "cliffhanger/0.1.0 (self-hosted release tracker; +https://tracker.example/contact)");
    assert.match(String(seen.headers["accept-encoding"]), /gzip.*br/);
    const again = await f.get({ url: `${server.url}/page`, purpose: "page", etag: first.etag });
    assert.equal(again.status, 304);
    assert.equal(server.requests.at(-1)?.headers["if-none-match"], '"v1"');
  });

  it("decodes gzip and br bodies", async () => {
    const f = fetcher();
    assert.equal((await f.get({ url: `${server.url}/gzip`, purpose: "page" })).body.toString(), html);
    assert.equal((await f.get({ url: `${server.url}/br`, purpose: "page" })).body.toString(), html);
  });

  it("refuses a loopback address, by number or by name, before sending anything", async () => {
    const before = server.requests.length;
    const f = fetcher({ allowPrivateNetworks: "" });
    const byNumber = await refusal(f.get({ url: `${server.url}/page`, purpose: "page" }));
    const byName = await refusal(f.get({ url: `http://localhost:${server.port}/page`, purpose: "page" }));
    assert.deepEqual([byNumber.code, byNumber.reason, byName.code, byName.reason], ["FETCH_REFUSED", "private-address", "FETCH_REFUSED", "private-address"]);
    assert.match(byName.message, /localhost resolves to 127\.0\.0\.1/);
    assert.equal(server.requests.length, before, "no request reached the server");
  });

  it("checks every redirect: a redirect to another private address is refused before connecting to it", async () => {
    const f = fetcher();
    const toOther = await refusal(f.get({ url: `${server.url}/to-other`, purpose: "page" }));
    assert.deepEqual([toOther.code, toOther.reason], ["FETCH_REFUSED", "private-address"]);
    assert.equal(other.requests.length, 0, "127.0.0.2 was never asked");
    const toMetadata = await refusal(f.get({ url: `${server.url}/to-metadata`, purpose: "page" }));
    assert.match(toMetadata.message, /169\.254\.169\.254/);
    // With that address allowed too, the same redirect is followed.
    const allowed = await fetcher({ allowPrivateNetworks: "127.0.0.1/32,127.0.0.2/32" }).get({ url: `${server.url}/to-other`, purpose: "page" });
    assert.equal(allowed.url, `${other.url}/page`);
  });

  it("follows up to 5 redirects and refuses a sixth", async () => {
    const f = fetcher();
    const five = await f.get({ url: `${server.url}/hop2`, purpose: "page" });
    assert.equal(five.url, `${server.url}/page`);
    const six = await refusal(f.get({ url: `${server.url}/hop0`, purpose: "page" }));
    assert.deepEqual([six.code, six.reason], ["FETCH_REFUSED", "too-many-redirects"]);
  });

  it("refuses what robots.txt disallows without asking for it, and a site whose robots.txt answers 5xx", async () => {
    const f = fetcher();
    const disallowed = await refusal(f.get({ url: `${server.url}/private/page`, purpose: "page" }));
    assert.deepEqual([disallowed.code, disallowed.reason], ["FETCH_REFUSED", "robots"]);
    assert.ok(!server.requests.some((r) => r.path === "/private/page"));
    other.route("/robots.txt", (_req, res) => res.writeHead(503).end());
    const asked = other.requests.filter((r) => r.path === "/page").length;
    const broken = await refusal(fetcher({ allowPrivateNetworks: "127.0.0.2/32", retries: 0 }).get({ url: `${other.url}/page`, purpose: "page" }));
    assert.equal(broken.reason, "robots");
    assert.equal(other.requests.filter((r) => r.path === "/page").length, asked, "the page was not asked for");
    other.route("/robots.txt", (_req, res) => res.writeHead(404).end());
  });

  it("refuses a body over the size cap, declared or found while reading", async () => {
    const f = fetcher({ maxBytes: 5_000 });
    const declared = await refusal(f.get({ url: `${server.url}/big-declared`, purpose: "page" }));
    const chunked = await refusal(f.get({ url: `${server.url}/big-chunked`, purpose: "page" }));
    assert.deepEqual([declared.reason, chunked.reason], ["too-large", "too-large"]);
    assert.match(chunked.message, /stopped reading/);
  });

  it("refuses a content type that is not what was asked for", async () => {
    const image = await refusal(fetcher().get({ url: `${server.url}/image`, purpose: "page" }));
    assert.deepEqual([image.code, image.reason], ["FETCH_REFUSED", "content-type"]);
    const asFeed = await refusal(fetcher().get({ url: `${server.url}/image`, purpose: "feed" }));
    assert.equal(asFeed.reason, "content-type");
  });

  it("waits out a 429's Retry-After and tries again; gives up at once on one too long; retries a 5xx", async () => {
    const f = fetcher();
    const started = Date.now();
    const limited = await f.get({ url: `${server.url}/limited`, purpose: "page" });
    assert.equal(limited.status, 200);
    assert.ok(Date.now() - started >= 950, "waited the second Retry-After asked for");
    assert.ok(limited.waitMs >= 950, "counted as waiting");
    const long = await refusal(f.get({ url: `${server.url}/limited-long`, purpose: "page" }));
    assert.deepEqual([long.code, long.reason], ["FETCH_FAILED", "rate-limited"]);
    assert.equal(server.requests.filter((r) => r.path === "/limited-long").length, 1);
    assert.equal((await f.get({ url: `${server.url}/flaky`, purpose: "page" })).status, 200);
    const down = await refusal(f.get({ url: `${server.url}/down`, purpose: "page" }));
    assert.deepEqual([down.code, down.reason], ["FETCH_FAILED", "http-status"]);
    assert.equal(server.requests.filter((r) => r.path === "/down").length, 3, "one try and two retries");
  });

  it("gives up on a slow answer at the total timeout", async () => {
    const slow = await refusal(fetcher({ totalTimeoutMs: 300, retries: 0 }).get({ url: `${server.url}/slow`, purpose: "page" }));
    assert.deepEqual([slow.code, slow.reason], ["FETCH_FAILED", "timeout"]);
  });

  it("asks one host one thing at a time, with the minimum delay between", async () => {
    const fresh = await startLocalServer();
    try {
      fresh.route("/p", (_req, res) => setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end(html), 20));
      const f = fetcher({ minHostDelayMs: 100, robots: false });
      await Promise.all([0, 1, 2, 3].map(() => f.get({ url: `${fresh.url}/p`, purpose: "page" })));
      assert.equal(fresh.maxInFlight, 1);
      const times = fresh.requests.map((r) => r.at);
      for (let i = 1; i < times.length; i++) assert.ok(times[i]! - times[i - 1]! >= 100, `gap ${times[i]! - times[i - 1]!} ms`);
    } finally {
      await fresh.close();
    }
  });

  it("reads Retry-After as seconds or as a date", () => {
    assert.equal(parseRetryAfter("120"), 120_000);
    assert.equal(parseRetryAfter("Tue, 10 Jun 2025 04:00:10 GMT", Date.parse("2025-06-10T04:00:00Z")), 10_000);
    assert.equal(parseRetryAfter("soon"), undefined);
  });
});
