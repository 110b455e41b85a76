import type { IncomingMessage, ServerResponse } from "node:http";
import type { MiddlewareHandler } from "hono";
import type { createCardCache } from "../cards/card-cache.ts";
import { chosenEncoding, COMPRESSED_FROM } from "./pages/serving.ts";

declare module "hono" {
  interface ContextVariableMap {
    /** Set by the card route when it sent a stored card as stored: Brotli bytes ("br") or its JSON ("identity"). */
    storedCard: "br" | "identity";
  }
}

/** A title's card asked for by its id, as the API's route answers it. */
const cardPath = /^\/api\/titles\/(ttl_[0-9a-z]+)$/;

export interface StoredCardAnswers {
  /** Learns, from the app's own answer with a stored card, the headers every such answer carries. */
  middleware: MiddlewareHandler;
  /**
   * Answers a request for a title's card by its id from the card the notification pass stored,
   * straight from Node's request, before a Request object, routing, middleware or a Response copy:
   * one indexed read and one write of stored bytes. Resolves false whenever the app must answer
   * (no stored card true today, a conditional or signed-in request, gzip, headers not learned yet).
   */
  answerFromNode(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
}

/**
 * Cold title cards before the app. The headers are the app's own: the first answer the app makes
 * from a stored card, per encoding, is kept as the pattern (its security headers, policy, caching
 * and type), less what belongs to one card (its ETag and length); so the two paths cannot drift.
 */
export function createStoredCardAnswers(cards: ReturnType<typeof createCardCache>, today: () => string): StoredCardAnswers {
  const patterns = new Map<"br" | "identity", string[]>();
  const middleware: MiddlewareHandler = async (c, next) => {
    await next();
    const sent = c.get("storedCard");
    if (!sent || patterns.has(sent) || c.res.status !== 200) return;
    patterns.set(sent, [...c.res.headers].filter(([name]) => name !== "etag" && name !== "content-length").flat());
  };
  const answerFromNode = async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    if (request.method !== "GET" || patterns.size === 0) return false;
    const id = cardPath.exec(request.url ?? "")?.[1];
    const headers = request.headers;
    if (!id || headers.cookie !== undefined || headers.authorization !== undefined || headers["if-none-match"] !== undefined) return false;
    const encoding = chosenEncoding(headers["accept-encoding"]);
    if (encoding === "gzip") return false;
    const card = await cards.stored(id, today());
    if (!card) return false;
    const packed = encoding === "br" && card.bytes >= COMPRESSED_FROM;
    const pattern = patterns.get(packed ? "br" : "identity");
    if (!pattern) return false;
    const body = packed ? card.brotli : Buffer.from(card.json());
    response.writeHead(200, [...pattern, "etag", packed ? `W/${card.etag}` : card.etag, "content-length", String(body.byteLength)]);
    response.end(body);
    return true;
  };
  return { middleware, answerFromNode };
}
