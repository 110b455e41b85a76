import path from "node:path";
import { z } from "zod";
import { AppError } from "./errors.ts";

/** Where the database lives when nothing says otherwise. */
export const DEFAULT_DB = "./data/cliffhanger.db";

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const configSchema = z.object({
  db: z
    .string()
    .min(1, "must not be empty")
    .refine((value) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^postgres(ql)?:\/\//i.test(value), {
      message: "must be a file path or a postgres:// URL",
    }),
  logLevel: z.enum(logLevels),
  maxInputBytes: z.coerce.number().int().positive(),
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  /** Who to reach about the fetcher: named in its User-Agent. */
  contactUrl: z.union([z.literal(""), z.url({ protocol: /^https?$/ })]),
  /** "1" (every address), a comma-separated list of CIDR ranges, or "" (none): private networks the fetcher may reach. */
  allowPrivateNetworks: z.string(),
  /** The pause between two requests to one host, in ms. */
  fetchHostDelayMs: z.coerce.number().int().min(0).max(600_000),
  /** PostgreSQL: connections each process may hold (a `serve` node, a worker, an import). */
  pgPoolSize: z.coerce.number().int().min(1).max(1000),
  /** PostgreSQL: the longest any one statement may run before the server cancels it; 0 for no limit. */
  statementTimeoutMs: z.coerce.number().int().min(0),
});

export type Config = z.infer<typeof configSchema>;

export interface ConfigInput {
  db?: string | undefined;
  logLevel?: string | undefined;
  maxInputBytes?: string | number | undefined;
}

/**
 * Reads settings from explicit options first, then the environment, and validates them all at
 * once so that every bad setting is reported in one message rather than one per run.
 */
export function loadConfig(input: ConfigInput = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const raw = {
    db: input.db ?? env.CLIFFHANGER_DB ?? DEFAULT_DB,
    logLevel: input.logLevel ?? env.CLIFFHANGER_LOG_LEVEL ?? "warn",
    maxInputBytes: input.maxInputBytes ?? env.CLIFFHANGER_MAX_INPUT_BYTES ?? 5 * 1024 * 1024,
    port: env.PORT ?? 8080,
    host: env.HOST ?? "localhost",
    contactUrl: env.CLIFFHANGER_CONTACT_URL ?? "",
    allowPrivateNetworks: env.CLIFFHANGER_ALLOW_PRIVATE_NETWORKS ?? "",
    fetchHostDelayMs: env.CLIFFHANGER_FETCH_HOST_DELAY_MS ?? 1000,
    pgPoolSize: env.CLIFFHANGER_PG_POOL_SIZE ?? 8,
    statementTimeoutMs: env.CLIFFHANGER_STATEMENT_TIMEOUT_MS ?? 0,
  };
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const names: Record<string, string> = {
      db: "--db / CLIFFHANGER_DB",
      logLevel: "CLIFFHANGER_LOG_LEVEL",
      maxInputBytes: "--max-bytes / CLIFFHANGER_MAX_INPUT_BYTES",
      port: "PORT",
      host: "HOST",
      contactUrl: "CLIFFHANGER_CONTACT_URL",
      allowPrivateNetworks: "CLIFFHANGER_ALLOW_PRIVATE_NETWORKS",
      fetchHostDelayMs: "CLIFFHANGER_FETCH_HOST_DELAY_MS",
      pgPoolSize: "CLIFFHANGER_PG_POOL_SIZE",
      statementTimeoutMs: "CLIFFHANGER_STATEMENT_TIMEOUT_MS",
    };
    const problems = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? "");
      return `${names[key] ?? key}: ${issue.message}`;
    });
    throw new AppError("BAD_CONFIG", `invalid configuration: ${problems.join("; ")}`, { details: { problems } });
  }
  return parsed.data;
}

export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** A human-safe label for the database: never prints a password. */
export function describeDb(db: string): string {
  if (!isPostgresUrl(db)) return path.resolve(db);
  const url = new URL(db);
  if (url.password) url.password = "***";
  return url.toString();
}

/** A day given as an option (`--as-of`, `--published`): YYYY-MM-DD and a real date, or BAD_OPTION naming the option. */
export function checkIsoDay(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new AppError("BAD_OPTION", `${option} must be a date as YYYY-MM-DD, not "${value}"`);
  }
  return value;
}
