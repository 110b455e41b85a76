import http from "node:http";
import https from "node:https";
import net from "node:net";
import zlib from "node:zlib";
import type { Readable } from "node:stream";
import robotsParserModule from "robots-parser";
import { AppError, isAppError } from "../app/errors.ts";
import { addressPolicy, checkedLookup, refusedAddress, type AddressPolicy } from "./address-policy.ts";

/**
 * A polite, safe HTTP GET for feeds and article pages: addresses checked after DNS resolution and at
 * every redirect (refused before connecting), robots.txt, one request at a time per host with a
 * minimum delay, connect and total timeouts, a size cap applied while reading, gzip/br/deflate,
 * conditional GET, and retries with exponential backoff and jitter on 429 and 5xx (honouring
 * Retry-After). Refusals throw FETCH_REFUSED, failures FETCH_FAILED, each with `details.reason`.
 */
export type FetchPurpose = "feed" | "page";

export interface FetcherOptions {
  /** The product and a contact address, e.g. "cliffhanger/0.1.0 (+https://…)". */
  userAgent: string;
  /** CLIFFHANGER_ALLOW_PRIVATE_NETWORKS: "1", CIDR ranges, or "". */
  allowPrivateNetworks: string;
  connectTimeoutMs?: number;
  totalTimeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Pause between the end of one request to a host and the start of the next (or robots.txt's Crawl-delay, if longer, up to 30 s). */
  minHostDelayMs?: number;
  /** Retries of a 429, a 5xx or a network error; default 2. */
  retries?: number;
  retryBaseMs?: number;
  /** A Retry-After longer than this is not waited for: the fetch fails and the feed backs off. */
  maxRetryAfterMs?: number;
  robots?: boolean;
}

export interface FetchRequest {
  url: string;
  purpose: FetchPurpose;
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
}

export interface FetchResult {
  status: 200 | 304;
  /** The address after redirects. */
  url: string;
  body: Buffer;
  contentType: string;
  etag: string | null;
  lastModified: string | null;
  /** Time spent waiting for the host's turn (politeness, backoff) and on the network, ms. */
  waitMs: number;
  networkMs: number;
}

const ACCEPT: Record<FetchPurpose, string> = {
  feed: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.5",
  page: "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5",
};

/** Content types each purpose reads; a feed URL may be a page whose <link rel="alternate"> names the feed. */
const ACCEPTED_TYPES: Record<FetchPurpose, RegExp> = {
  feed: /^(?:application\/(?:rss\+xml|atom\+xml|rdf\+xml|feed\+json|json|xml|xhtml\+xml)|text\/(?:xml|html))$/,
  page: /^(?:text\/(?:html|plain)|application\/xhtml\+xml)$/,
};

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
/** robots-parser is CommonJS (`module.exports = fn`), typed as an ES default export. */
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Robots;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function refused(reason: string, message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError("FETCH_REFUSED", message, { details: { reason, ...details } });
}
function failed(reason: string, message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError("FETCH_FAILED", message, { details: { reason, ...details } });
}

/** Seconds or an HTTP date, as milliseconds from now. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export class Fetcher {
  readonly #options: Required<FetcherOptions>;
  readonly #policy: AddressPolicy;
  readonly #lookup: ReturnType<typeof checkedLookup>;
  /** Per host: the end of the previous request's turn, and the queue of turns. */
  readonly #hostQueue = new Map<string, Promise<void>>();
  readonly #hostLastEnd = new Map<string, number>();
  readonly #robots = new Map<string, { robot: Robots | "allow-all" | "disallow-all"; at: number; status?: number }>();

  constructor(options: FetcherOptions) {
    this.#options = {
      connectTimeoutMs: 10_000,
      totalTimeoutMs: 30_000,
      maxBytes: 5 * 1024 * 1024,
      maxRedirects: 5,
      minHostDelayMs: 1_000,
      retries: 2,
      retryBaseMs: 1_000,
      maxRetryAfterMs: 60_000,
      robots: true,
      ...options,
    };
    this.#policy = addressPolicy(options.allowPrivateNetworks);
    this.#lookup = checkedLookup(this.#policy);
  }

  /** GET with redirects followed (each hop checked again), robots.txt and the host's turn. */
  async get(request: FetchRequest): Promise<FetchResult> {
    let url = this.#parse(request.url);
    const timing = { waitMs: 0, networkMs: 0 };
    for (let hop = 0; ; hop += 1) {
      await this.#checkRobots(url, timing);
      const response = await this.#withRetries(url, request, timing, hop === 0);
      if (REDIRECTS.has(response.status)) {
        const location = response.headers.location;
        if (!location) throw failed("http-status", `${url.href} answered ${response.status} with no Location`, { status: response.status });
        if (hop + 1 > this.#options.maxRedirects) {
          throw refused("too-many-redirects", `${request.url}: more than ${this.#options.maxRedirects} redirects (the last to ${location.slice(0, 200)})`);
        }
        url = this.#parse(new URL(location, url).href);
        continue;
      }
      if (response.status === 304) {
        return { status: 304, url: url.href, body: Buffer.alloc(0), contentType: "", etag: header(response.headers.etag), lastModified: header(response.headers["last-modified"]), ...timing };
      }
      if (response.status !== 200) throw failed("http-status", `${url.href} answered HTTP ${response.status}`, { status: response.status });
      const contentType = (header(response.headers["content-type"]) ?? "").split(";")[0]!.trim().toLowerCase();
      return { status: 200, url: url.href, body: response.body, contentType, etag: header(response.headers.etag), lastModified: header(response.headers["last-modified"]), ...timing };
    }
  }

  #parse(raw: string): URL {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw refused("bad-url", `"${raw.slice(0, 200)}" is not a web address`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") throw refused("bad-url", `${url.protocol} addresses are not fetched (http and https only): ${raw.slice(0, 200)}`);
    if (url.username || url.password) throw refused("bad-url", `addresses with credentials are not fetched: ${url.host}`);
    // An address written as a number never goes through DNS: check it here.
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (net.isIP(host) && !this.#policy.allows(host)) throw refusedAddress(host, host);
    return url;
  }

  async #withRetries(url: URL, request: FetchRequest, timing: { waitMs: number; networkMs: number }, first: boolean): Promise<RawResponse> {
    for (let attempt = 0; ; attempt += 1) {
      let response: RawResponse;
      try {
        response = await this.#politely(url.host, timing, () => this.#once(url, request, first, timing));
      } catch (error) {
        const retryable = isAppError(error) && error.code === "FETCH_FAILED" && ["network", "timeout"].includes(String(error.details?.reason));
        if (!retryable || attempt >= this.#options.retries) throw error;
        await this.#backoff(attempt, undefined, timing);
        continue;
      }
      if (response.status !== 429 && response.status < 500) return response;
      const retryAfter = parseRetryAfter(header(response.headers["retry-after"]) ?? undefined);
      if (attempt >= this.#options.retries || (retryAfter !== undefined && retryAfter > this.#options.maxRetryAfterMs)) {
        throw failed(response.status === 429 ? "rate-limited" : "http-status", `${url.href} answered HTTP ${response.status}${retryAfter !== undefined ? ` (Retry-After ${Math.round(retryAfter / 1000)} s)` : ""} after ${attempt + 1} tries`, {
          status: response.status,
          ...(retryAfter !== undefined ? { retryAfterMs: retryAfter } : {}),
        });
      }
      await this.#backoff(attempt, retryAfter, timing);
    }
  }

  async #backoff(attempt: number, retryAfterMs: number | undefined, timing: { waitMs: number }): Promise<void> {
    const exponential = this.#options.retryBaseMs * 2 ** attempt * (0.5 + Math.random());
    const delay = Math.max(retryAfterMs ?? 0, exponential);
    const started = Date.now();
    await sleep(delay);
    timing.waitMs += Date.now() - started;
  }

  /** Runs `fn` in the host's turn: after the previous request to the host ended, and the host's delay. */
  async #politely<T>(host: string, timing: { waitMs: number }, fn: () => Promise<T>): Promise<T> {
    const previous = this.#hostQueue.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const chain = previous.then(() => mine);
    this.#hostQueue.set(host, chain);
    const started = Date.now();
    await previous;
    const delay = Math.max(this.#options.minHostDelayMs, this.#crawlDelayMs(host));
    const wait = (this.#hostLastEnd.get(host) ?? 0) + delay - Date.now();
    if (wait > 0) await sleep(wait);
    timing.waitMs += Date.now() - started;
    try {
      return await fn();
    } finally {
      this.#hostLastEnd.set(host, Date.now());
      release();
      if (this.#hostQueue.get(host) === chain) this.#hostQueue.delete(host);
    }
  }

  #crawlDelayMs(host: string): number {
    for (const [origin, entry] of this.#robots) {
      if (new URL(origin).host === host && typeof entry.robot === "object") return Math.min(30_000, (entry.robot.getCrawlDelay("cliffhanger") ?? 0) * 1000);
    }
    return 0;
  }

  async #checkRobots(url: URL, timing: { waitMs: number; networkMs: number }): Promise<void> {
    if (!this.#options.robots) return;
    const origin = url.origin;
    let entry = this.#robots.get(origin);
    if (!entry || Date.now() - entry.at > 3_600_000) {
      entry = await this.#loadRobots(new URL("/robots.txt", origin), timing);
      this.#robots.set(origin, entry);
    }
    const allowed = entry.robot === "allow-all" ? true : entry.robot === "disallow-all" ? false : entry.robot.isAllowed(url.href, "cliffhanger") !== false;
    if (!allowed) {
      throw refused("robots", entry.robot === "disallow-all" ? `${origin}/robots.txt could not be read (HTTP ${entry.status}): the site is not fetched until it can` : `${origin}/robots.txt disallows ${url.pathname}`, { url: url.href });
    }
  }

  /** RFC 9309: a missing robots.txt (4xx) allows everything; one that cannot be read (5xx) allows nothing. */
  async #loadRobots(robotsUrl: URL, timing: { waitMs: number; networkMs: number }) {
    const at = Date.now();
    let response: RawResponse | undefined;
    for (let hop = 0; hop <= this.#options.maxRedirects; hop += 1) {
      response = await this.#politely(robotsUrl.host, timing, () => this.#once(robotsUrl, { url: robotsUrl.href, purpose: "page" }, false, timing, 512 * 1024));
      const location = response.headers.location;
      if (!REDIRECTS.has(response.status) || !location) break;
      robotsUrl = this.#parse(new URL(location, robotsUrl).href);
    }
    const status = response!.status;
    if (status >= 200 && status < 300) return { robot: robotsParser(robotsUrl.href, response!.body.toString("utf8")), at, status };
    if (status >= 400 && status < 500) return { robot: "allow-all" as const, at, status };
    return { robot: "disallow-all" as const, at, status };
  }

  /** One request, no redirects followed. */
  #once(url: URL, request: FetchRequest, conditional: boolean, timing: { networkMs: number }, maxBytes = this.#options.maxBytes): Promise<RawResponse> {
    const started = Date.now();
    const client = url.protocol === "https:" ? https : http;
    const headers: Record<string, string> = {
      "user-agent": this.#options.userAgent,
      accept: ACCEPT[request.purpose],
      "accept-encoding": "gzip, br, deflate",
    };
    if (conditional && request.etag) headers["if-none-match"] = request.etag;
    if (conditional && request.lastModified) headers["if-modified-since"] = request.lastModified;
    return new Promise<RawResponse>((resolve, reject) => {
      let settled = false;
      const finish = (error: unknown, value?: RawResponse) => {
        if (settled) return;
        settled = true;
        clearTimeout(total);
        timing.networkMs += Date.now() - started;
        if (error) {
          // Ends the connection mid-answer: nothing more of a refused body is read.
          req.destroy();
          reject(error);
        } else resolve(value!);
      };
      const req = client.request(url, { method: "GET", headers, lookup: this.#lookup, signal: request.signal, agent: false });
      const total = setTimeout(() => finish(failed("timeout", `${url.href}: no complete answer within ${Math.round(this.#options.totalTimeoutMs / 1000)} s`)), this.#options.totalTimeoutMs);
      req.on("socket", (socket) => {
        if (!socket.connecting) return;
        const connect = setTimeout(() => finish(failed("timeout", `${url.host}: no connection within ${Math.round(this.#options.connectTimeoutMs / 1000)} s`)), this.#options.connectTimeoutMs);
        socket.once("connect", () => clearTimeout(connect));
        socket.once("close", () => clearTimeout(connect));
      });
      req.on("error", (error: NodeJS.ErrnoException) => {
        if (isAppError(error)) return finish(error);
        if (request.signal?.aborted) return finish(failed("aborted", `${url.href}: stopped`));
        finish(failed("network", `${url.href}: ${error.code ?? error.message}`));
      });
      req.on("response", (res) => {
        const status = res.statusCode ?? 0;
        const contentType = (header(res.headers["content-type"]) ?? "").split(";")[0]!.trim().toLowerCase();
        if (status === 200 && request.purpose && url.pathname !== "/robots.txt" && !ACCEPTED_TYPES[request.purpose].test(contentType)) {
          return finish(refused("content-type", `${url.href} is ${contentType || "of no stated type"}, not a ${request.purpose === "feed" ? "feed" : "web page"}`, { contentType }));
        }
        const declared = Number(res.headers["content-length"]);
        if (status === 200 && Number.isFinite(declared) && declared > maxBytes) {
          return finish(refused("too-large", `${url.href} is ${declared.toLocaleString("en")} bytes, over the ${maxBytes.toLocaleString("en")}-byte limit`, { bytes: declared }));
        }
        if (status !== 200) {
          // Redirects, 304 and errors: their bodies are not read.
          res.resume();
          return finish(null, { status, headers: res.headers, body: Buffer.alloc(0) });
        }
        let stream: Readable = res;
        const encoding = (header(res.headers["content-encoding"]) ?? "").trim().toLowerCase();
        if (encoding === "gzip" || encoding === "x-gzip") stream = res.pipe(zlib.createGunzip());
        else if (encoding === "br") stream = res.pipe(zlib.createBrotliDecompress());
        else if (encoding === "deflate") stream = res.pipe(zlib.createInflate());
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            finish(refused("too-large", `${url.href} is over the ${maxBytes.toLocaleString("en")}-byte limit (stopped reading)`, { bytes: size }));
            stream.destroy();
            return;
          }
          chunks.push(chunk);
        });
        stream.on("error", (error) => finish(failed("network", `${url.href}: ${encoding ? `bad ${encoding} body: ` : ""}${error.message}`)));
        res.on("aborted", () => finish(failed("network", `${url.href}: the connection closed mid-answer`)));
        stream.on("end", () => finish(null, { status, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.end();
    });
  }
}

function header(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? (value[0] ?? null) : value;
}

/** The project's User-Agent: its name and version and, when configured, whom to contact. */
export function userAgent(contactUrl: string): string {
  return `cliffhanger/0.1.0 (self-hosted release tracker${contactUrl ? `; +${contactUrl}` : ""})`;
}
