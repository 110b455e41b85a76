// The load generator the HTTP benchmarks share. wrk (Debian's `wrk`, C, one thread) when it is
// installed: autocannon spends several times more CPU per request than the server it measures, and
// on a two-core machine that CPU is the benchmark's. autocannon otherwise (BENCH_CLIENT=autocannon
// forces it). Either way every connection walks the same list of paths with the same headers.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";

export interface LoadResult {
  client: string;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Responses of 400 and over (a 404 for a name nobody holds is one). */
  notOk: number;
}

const wrk = process.env.BENCH_CLIENT !== "autocannon" && fs.existsSync("/usr/bin/wrk") ? "/usr/bin/wrk" : undefined;

export function loadClient(): string {
  return wrk ? "wrk 4 (1 thread)" : "autocannon (install Debian's wrk for a client that leaves the server more of the machine)";
}

/**
 * The load, measured after three unmeasured seconds of the same load: the garbage a warm-up pass
 * leaves is collected, and connections are open, before the clock starts.
 */
export async function httpLoad(options: { base: string; paths: string[]; connections: number; seconds: number; headers?: Record<string, string> }): Promise<LoadResult> {
  await measuredLoad({ ...options, seconds: 3 });
  return measuredLoad(options);
}

async function measuredLoad(options: { base: string; paths: string[]; connections: number; seconds: number; headers?: Record<string, string> }): Promise<LoadResult> {
  const headers = options.headers ?? {};
  if (!wrk) {
    let next = 0;
    const result = await autocannon({ url: options.base, connections: options.connections, duration: options.seconds, headers, requests: [{ setupRequest: (request) => ({ ...request, path: options.paths[next++ % options.paths.length]! }) }] });
    // autocannon's non2xx counts redirects too; wrk counts 4xx and 5xx: the same count from either.
    const statuses = (result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
    const notOk = Object.entries(statuses).reduce((sum, [code, s]) => sum + (Number(code) >= 400 ? s.count : 0), 0);
    return { client: "autocannon", rps: result.requests.average, p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, errors: result.errors + result.timeouts, notOk };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cliff-wrk-"));
  try {
    fs.writeFileSync(path.join(dir, "paths.txt"), `${options.paths.join("\n")}\n`);
    const lua = `local paths = {}
for line in io.lines(${JSON.stringify(path.join(dir, "paths.txt"))}) do paths[#paths + 1] = line end
${Object.entries(headers).map(([name, value]) => `wrk.headers[${JSON.stringify(name)}] = ${JSON.stringify(value)}`).join("\n")}
local i = 0
request = function()
  i = i + 1
  if i > #paths then i = 1 end
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  io.write(string.format('RESULT {"requests":%d,"us":%d,"p50":%d,"p90":%d,"p99":%d,"max":%d,"status":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
`;
    fs.writeFileSync(path.join(dir, "walk.lua"), lua);
    const out = await new Promise<string>((resolve, reject) =>
      execFile(wrk, ["-t1", `-c${options.connections}`, `-d${options.seconds}s`, "--timeout", "10s", "-s", path.join(dir, "walk.lua"), options.base], { maxBuffer: 1 << 20 }, (error, stdout) => (error ? reject(error) : resolve(stdout))),
    );
    const line = out.split("\n").find((l) => l.startsWith("RESULT "));
    if (!line) throw new Error(`wrk printed no result:\n${out}`);
    const r = JSON.parse(line.slice(7)) as Record<string, number>;
    const ms = (us: number) => Math.round(us / 10) / 100;
    return { client: "wrk", rps: r.requests! / (r.us! / 1e6), p50: ms(r.p50!), p90: ms(r.p90!), p99: ms(r.p99!), max: ms(r.max!), errors: r.connect! + r.read! + r.write! + r.timeout!, notOk: r.status! };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function describeLoad(r: LoadResult): string {
  return `${Math.round(r.rps).toLocaleString("en")} req/s, p50 ${r.p50} ms, p90 ${r.p90} ms, p99 ${r.p99} ms, max ${r.max} ms; errors ${r.errors}, 4xx/5xx ${r.notOk}`;
}

export interface Captured {
  status: number;
  headers: [string, string][];
  body: Buffer;
}

/** Each path asked once over one kept-alive connection with exactly these headers; the responses, if asked for. */
export async function warm(base: string, paths: string[], headers: Record<string, string>, capture?: Map<string, Captured>): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (const p of paths) {
      await new Promise<void>((resolve, reject) => {
        http
          .get(base + p, { agent, headers }, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => capture && chunks.push(chunk));
            res.on("end", () => {
              capture?.set(p, { status: res.statusCode ?? 0, headers: Object.entries(res.headers).filter(([name]) => !["date", "connection", "keep-alive", "transfer-encoding", "content-length"].includes(name)).map(([name, value]) => [name, String(value)]), body: Buffer.concat(chunks) });
              resolve();
            });
            res.on("error", reject);
          })
          .on("error", reject);
      });
    }
  } finally {
    agent.destroy();
  }
}

/**
 * The ceiling: node:http answering each path with the bytes and headers the application answered it
 * with (captured by `warm`), in a process of its own on the given core: what the wire and Node cost
 * with no application at all.
 */
export async function startCeiling(responses: Map<string, Captured>, port: number, core: string | undefined): Promise<ChildProcess> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cliff-ceiling-"));
  const file = path.join(dir, "responses.json");
  fs.writeFileSync(file, JSON.stringify([...responses].map(([p, r]) => [p, r.status, r.headers, r.body.toString("base64")])));
  const script = `const http=require("node:http");const m=new Map(JSON.parse(require("node:fs").readFileSync(${JSON.stringify(file)},"utf8")).map(([p,s,h,b])=>{const body=Buffer.from(b,"base64");return [p,{s,h:[...h.flat(),"content-length",String(body.length)],body}]}));http.createServer((q,r)=>{const e=m.get(q.url);if(!e){r.writeHead(404,{"content-length":"0"});r.end();return}r.writeHead(e.s,e.h);r.end(e.body)}).listen(${port},"127.0.0.1",()=>console.log("ready"))`;
  const args = ["-e", script];
  const child = core && fs.existsSync("/usr/bin/taskset") ? spawn("taskset", ["-c", core, process.execPath, ...args], { stdio: ["ignore", "pipe", "inherit"] }) : spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  const exited = (code: number | null) => failed(new Error(`ceiling server exited ${code}`));
  let failed: (error: Error) => void = () => undefined;
  await new Promise<void>((resolve, reject) => {
    failed = reject;
    child.stdout!.once("data", () => resolve());
    child.once("exit", exited);
  });
  child.off("exit", exited);
  child.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  return child;
}
