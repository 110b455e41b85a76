import assert from "node:assert/strict";
import { it } from "node:test";
import { Hono } from "hono";
import { responseCache } from "./response-cache.ts";

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
