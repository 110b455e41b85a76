import type { IncomingMessage, ServerResponse } from "node:http";
import { getRequestListener } from "@hono/node-server";

type FetchCallback = Parameters<typeof getRequestListener>[0];
import type { ResponseCache } from "./response-cache.ts";
import type { StoredCardAnswers } from "./stored-card-answers.ts";

/**
 * Node's request listener for the app: a kept response goes out before the request becomes a
 * Request object (see `ResponseCache.answerFromNode`), then a title's card the notification pass
 * stored (`StoredCardAnswers.answerFromNode`); anything else, and any request these cannot answer
 * because the store could not be read, goes to the app.
 */
export function nodeListener(responses: ResponseCache, fetch: FetchCallback, options: { hostname?: string; stored?: StoredCardAnswers } = {}): (request: IncomingMessage, response: ServerResponse) => void {
  // The host a request without a Host header (HTTP/1.0) is taken to be for.
  const appListener = getRequestListener(fetch, options.hostname ? { hostname: options.hostname } : {});
  const stored = options.stored;
  return (request, response) => {
    const app = () => void appListener(request, response);
    responses.answerFromNode(request, response).then(
      (answered) => {
        if (answered) return;
        if (!stored) return app();
        stored.answerFromNode(request, response).then((done) => (done ? undefined : app()), app);
      },
      app,
    );
  };
}
