import { createHash } from "node:crypto";
import zlib from "node:zlib";
import type { TitleCard } from "./title-card.schema.ts";

/** A strong ETag of a body: its SHA-1, as the app tags the cards and pages it sends. */
export function strongEtag(body: string): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

/**
 * Brotli at quality 5 (quick for a page of tens of kilobytes): the app's compression of a response
 * (`http/pages/serving.ts`) and a stored card's bytes are this one function, so a card compressed
 * when it is stored is byte for byte what the app would have sent.
 */
export function brotli(body: Uint8Array) {
  return zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
}

/** A card as the API sends it: its JSON, that JSON's ETag, and the JSON compressed. */
export interface FinishedCard {
  json: string;
  /** The JSON's length in bytes, as the compression middleware measures a body. */
  bytes: number;
  etag: string;
  brotli: Uint8Array;
}

export function finishCard(card: TitleCard): FinishedCard {
  const json = JSON.stringify(card);
  const body = Buffer.from(json);
  return { json, bytes: body.byteLength, etag: strongEtag(json), brotli: brotli(body) };
}
