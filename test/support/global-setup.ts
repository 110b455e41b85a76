import { startPostgres, type PostgresServer } from "./postgres-server.ts";
import { requestedDialects } from "./dialects.ts";

// Run once by `node --test --test-global-setup`: one PostgreSQL server for the whole run.
let server: PostgresServer | undefined;

export async function globalSetup(): Promise<void> {
  if (!requestedDialects().includes("postgres") || process.env.CLIFF_TEST_PG_URL) return;
  try {
    server = await startPostgres();
    process.env.CLIFF_TEST_PG_URL = server.url;
    process.stderr.write(`test PostgreSQL server at ${server.url}\n`);
  } catch (error) {
    if (process.env.CI === "true") {
      throw new Error(`CI=true and PostgreSQL could not be started for the storage tests: ${(error as Error).message}`);
    }
    process.env.CLIFF_TEST_PG_UNAVAILABLE = (error as Error).message;
  }
}

export async function globalTeardown(): Promise<void> {
  server?.stop();
}
