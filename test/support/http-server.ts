import http from "node:http";
import type { AddressInfo } from "node:net";

export interface SeenRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  at: number;
}

export interface LocalServer {
  url: string;
  port: number;
  requests: SeenRequest[];
  /** Requests in progress at once, at most: a polite client keeps this at 1 per host. */
  maxInFlight: number;
  route(path: string, handler: http.RequestListener): void;
  close(): Promise<void>;
}

/** A local HTTP server playing an outlet: routes by path, every request recorded. 127.0.0.1 only. */
export async function startLocalServer(host = "127.0.0.1"): Promise<LocalServer> {
  const routes = new Map<string, http.RequestListener>();
  const requests: SeenRequest[] = [];
  let inFlight = 0;
  const state = { maxInFlight: 0 };
  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push({ path, headers: req.headers, at: Date.now() });
    inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on("close", () => (inFlight -= 1));
    const handler = routes.get(path.split("?")[0]!);
    if (handler) return void handler(req, res);
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    requests,
    get maxInFlight() {
      return state.maxInFlight;
    },
    route: (path, handler) => void routes.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
