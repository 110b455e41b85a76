import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { Context, Hono, MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { brotli } from "../../cards/finished-card.ts";
import { chooseLocale, createFormatter, supportedLocale } from "./format.ts";
import { pageContext, type PageContext } from "./layout.ts";

/** The cookie that holds the reader's date and number setting. */
export const LOCALE_COOKIE = "locale";

/**
 * The page's context from its request: the reader's locale (the setting, then Accept-Language) and
 * the page's absolute address for its canonical link. The response varies with both headers.
 */
export function pageContextOf(c: Context, canonicalPath?: string): PageContext {
  const locale = chooseLocale(getCookie(c, LOCALE_COOKIE), c.req.header("Accept-Language"));
  c.header("Vary", "Accept-Language, Cookie", { append: true });
  const url = new URL(c.req.url);
  const canonical = canonicalPath ? new URL(canonicalPath, url.origin).toString() : `${url.origin}${url.pathname}`;
  return pageContext(createFormatter(locale), canonical, `${url.pathname}${url.search}`);
}

const compressible = /^(text\/|application\/(json|javascript|ld\+json|xml)|image\/svg\+xml)/;

/** The encoding `compression` answers a request with: Brotli, else gzip, else none. */
export function chosenEncoding(acceptEncoding: string | undefined): "br" | "gzip" | null {
  const accepted = (acceptEncoding ?? "").toLowerCase();
  const wants = (name: string) =>
    accepted.split(",").some((part) => {
      const [token = "", q] = part.trim().split(";q=");
      return token.trim() === name && (q === undefined || Number(q) > 0);
    });
  return wants("br") ? "br" : wants("gzip") ? "gzip" : null;
}

/** Bodies shorter than this are sent as they are: compressing them saves less than the header costs. */
export const COMPRESSED_FROM = 1024;

/**
 * Compresses a text response for a client that asks: Brotli (quality 5, quick for a page of tens
 * of kilobytes), else gzip. Small bodies, HEAD, ranges and bodies already encoded pass through;
 * a strong ETag becomes weak, as the bytes are no longer the same.
 */
export function compression(threshold = COMPRESSED_FROM): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get("Content-Type") ?? "";
    if (c.req.method === "HEAD" || res.status === 206 || res.status === 304 || !res.body || res.headers.has("Content-Encoding") || !compressible.test(type)) return;
    const vary = res.headers.get("Vary");
    if (!vary || !/accept-encoding/i.test(vary)) res.headers.set("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    const encoding = chosenEncoding(c.req.header("Accept-Encoding"));
    if (!encoding) return;
    const body = Buffer.from(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    if (body.length < threshold) {
      c.res = new Response(body, { status: res.status, headers });
      return;
    }
    const packed = encoding === "br" ? brotli(body) : zlib.gzipSync(body, { level: 6 });
    // Hono copies the old response's headers over a new one's: set ours after the swap.
    c.res = new Response(packed, { status: res.status, headers });
    c.res.headers.set("Content-Encoding", encoding);
    c.res.headers.set("Content-Length", String(packed.length));
    const etag = c.res.headers.get("ETag");
    if (etag && !etag.startsWith("W/")) c.res.headers.set("ETag", `W/${etag}`);
  };
}

/** A 32×32 icon: the accent-blue disc with a white bar, as a Windows icon holding one 32-bit bitmap. */
function faviconIco(): Buffer {
  const size = 32;
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Bitmaps run bottom-up: row 0 is the picture's last.
      const at = ((size - 1 - y) * size + x) * 4;
      const dx = x - 15.5;
      const dy = y - 15.5;
      const inside = dx * dx + dy * dy <= 15.5 * 15.5;
      const bar = y >= 14 && y <= 17 && x >= 9 && x <= 22;
      const [r, g, b, a] = !inside ? [0, 0, 0, 0] : bar ? [255, 255, 255, 255] : [0x0b, 0x57, 0xd0, 255];
      pixels.writeUInt8(b, at);
      pixels.writeUInt8(g, at + 1);
      pixels.writeUInt8(r, at + 2);
      pixels.writeUInt8(a, at + 3);
    }
  }
  const mask = Buffer.alloc((size * size) / 8);
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8);
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(pixels.length + mask.length, 20);
  const image = Buffer.concat([header, pixels, mask]);
  const dir = Buffer.alloc(6 + 16);
  dir.writeUInt16LE(0, 0);
  dir.writeUInt16LE(1, 2);
  dir.writeUInt16LE(1, 4);
  dir.writeUInt8(size, 6);
  dir.writeUInt8(size, 7);
  dir.writeUInt16LE(1, 10);
  dir.writeUInt16LE(32, 12);
  dir.writeUInt32LE(image.length, 14);
  dir.writeUInt32LE(22, 18);
  return Buffer.concat([dir, image]);
}

const staticDir = path.join(import.meta.dirname, "../static");

/** The icon, the page script, and the reader's locale setting. */
export function staticAssets(app: Hono): void {
  const script = fs.readFileSync(path.join(staticDir, "app.js"), "utf8");
  const svg = fs.readFileSync(path.join(staticDir, "favicon.svg"), "utf8");
  const ico = faviconIco();
  const cached = { "Cache-Control": "public, max-age=86400" };
  app.get("/static/app.js", (c) => c.body(script, 200, { ...cached, "Content-Type": "text/javascript; charset=utf-8" }));
  app.get("/favicon.svg", (c) => c.body(svg, 200, { ...cached, "Content-Type": "image/svg+xml" }));
  app.get("/favicon.ico", (c) => c.body(new Uint8Array(ico), 200, { ...cached, "Content-Type": "image/x-icon" }));
  // The reader's setting: a locale tag, or none to follow the browser; back to the page it was set on.
  app.get("/settings/locale", (c) => {
    const wanted = c.req.query("locale") ?? "";
    const back = c.req.query("back") ?? "/";
    const target = back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\") ? back : "/";
    if (wanted === "") setCookie(c, LOCALE_COOKIE, "", { path: "/", maxAge: 0, sameSite: "Lax" });
    else {
      const locale = supportedLocale(wanted);
      if (!locale) return c.redirect(target, 303);
      setCookie(c, LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "Lax", httpOnly: true });
    }
    return c.redirect(target, 303);
  });
}
