import assert from "node:assert/strict";
import { it } from "node:test";
import { Hono } from "hono";
import { createResponseCache, type ResponseCacheOptions } from "./response-cache.ts";

/** The cache's middleware over every path, for an app served by `app.request`. */
const responseCache = (options: Omit<ResponseCacheOptions, "keeps">) => createResponseCache({ ...options, keeps: () => true }).middleware;

function appWith(version: { value: number }) {
  let renders = 0;
  const app = new Hono();
  app.use("*", responseCache({ maxBytes: 1024 * 1024, version: async () => version.value, today: () => "2026-12-01" }));
  app.get("/slow", async (c) => {
    renders += 1;
    await new Promise((resolve) => setTimeout(resolve, 30));
    return c.text(`render ${renders} at version ${version.value}`);
  });
  return { app, renders: () => renders };
}

it("renders a page once for requests that miss together, and again only after the version moves", async () => {
  const version = { value: 1 };
  const { app, renders } = appWith(version);
  const bodies = await Promise.all(Array.from({ length: 10 }, async () => (await app.request("/slow")).text()));
  assert.equal(renders(), 1, "ten concurrent misses, one render");
  assert.deepEqual(new Set(bodies), new Set(["render 1 at version 1"]));
  assert.equal(await (await app.request("/slow")).text(), "render 1 at version 1");
  version.value = 2;
  assert.equal(await (await app.request("/slow")).text(), "render 2 at version 2");
  assert.equal(renders(), 2);
  // A signed-in request is its own render, and does not disturb the kept one.
  assert.equal(await (await app.request("/slow", { headers: { Cookie: "session=x" } })).text(), "render 3 at version 2");
  assert.equal(await (await app.request("/slow")).text(), "render 2 at version 2");
});

it("keeps the pages readers come back to while a sweep of new pages passes through a full cache", async () => {
  let renders = 0;
  const app = new Hono();
  // Room for sixteen pages (each is charged the floor of 512 bytes), admission by a fixed sequence.
  let seed = 7;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  app.use("*", responseCache({ maxBytes: 16 * 512, version: async () => 1, today: () => "2026-12-01", random }));
  app.get("/:page", (c) => {
    renders += 1;
    return c.text(c.req.param("page").padEnd(100, "."));
  });
  for (let i = 0; i < 12; i++) await app.request(`/hot${i}`);
  let hotMisses = 0;
  for (let step = 0; step < 400; step++) {
    await app.request(`/sweep${step}`);
    const before = renders;
    await app.request(`/hot${step % 12}`);
    hotMisses += renders - before;
  }
  // Plain LRU would miss every one: between two visits of a hot page come 12 new pages and 11 hot ones.
  assert.ok(hotMisses < 80, `${hotMisses} of 400 returns to a hot page were misses`);
  assert.ok(renders >= 412, "the sweep's pages were each rendered");
});

it("charges a response with no body (a redirect) against the budget all the same", async () => {
  let renders = 0;
  const app = new Hono();
  app.use("*", responseCache({ maxBytes: 16 * 512, version: async () => 1, today: () => "2026-12-01", random: () => 0 }));
  app.get("/go/:page", (c) => {
    renders += 1;
    return c.redirect(`/${c.req.param("page")}`, 302);
  });
  for (let i = 0; i < 200; i++) await app.request(`/go/to${i}`);
  let before = renders;
  await app.request("/go/to199");
  assert.equal(renders, before, "the newest is kept");
  // Admitted every time (random 0) and evicted as the budget fills: the oldest are gone.
  before = renders;
  await app.request("/go/to0");
  await app.request("/go/to100");
  assert.equal(renders - before, 2, "the oldest went: with no charge for an empty body, all 200 would still be kept");
});

it("drops every kept response when the version moves, and answers from the new one", async () => {
  const version = { value: 1 };
  const { app, renders } = appWith(version);
  await app.request("/slow");
  version.value = 2;
  assert.equal(await (await app.request("/slow")).text(), "render 2 at version 2");
  version.value = 1; // never happens (versions only grow), but a response kept at 1 must be gone
  assert.equal(await (await app.request("/slow")).text(), "render 3 at version 1");
  assert.equal(renders(), 3);
});

it("gives a provisional response to the requests that missed with it, and keeps none", async () => {
  let renders = 0;
  let provisional = true;
  const app = new Hono();
  app.use("*", responseCache({ maxBytes: 1024 * 1024, version: async () => 1, today: () => "2026-12-01" }));
  app.get("/home", async (c) => {
    renders += 1;
    if (provisional) c.set("provisional", true);
    await new Promise((resolve) => setTimeout(resolve, 30));
    return c.text(`render ${renders}${provisional ? ", provisional" : ""}`);
  });
  const bodies = await Promise.all(Array.from({ length: 5 }, async () => (await app.request("/home")).text()));
  assert.deepEqual(new Set(bodies), new Set(["render 1, provisional"]), "one render for the requests that missed together");
  assert.equal(await (await app.request("/home")).text(), "render 2, provisional", "not kept: the next request renders again");
  provisional = false;
  assert.equal(await (await app.request("/home")).text(), "render 3");
  assert.equal(await (await app.request("/home")).text(), "render 3", "a complete page is kept as before");
});
