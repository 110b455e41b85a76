import type { IncomingMessage, ServerResponse } from "node:http";
import { getRequestListener } from "@hono/node-server";

type FetchCallback = Parameters<typeof getRequestListener>[0];
import type { ResponseCache } from "./response-cache.ts";

/**
 * Node's request listener for the app: a kept response goes out before the request becomes a
 * Request object (see `ResponseCache.answerFromNode`); anything else, and any request the cache
 * cannot answer because its store could not be read, goes to the app.
 */
export function nodeListener(responses: ResponseCache, fetch: FetchCallback, options: { hostname?: string } = {}): (request: IncomingMessage, response: ServerResponse) => void {
  // The host a request without a Host header (HTTP/1.0) is taken to be for.
  const appListener = getRequestListener(fetch, options.hostname ? { hostname: options.hostname } : {});
  return (request, response) => {
    responses.answerFromNode(request, response).then(
      (answered) => {
        if (!answered) void appListener(request, response);
      },
      () => void appListener(request, response),
    );
  };
}
