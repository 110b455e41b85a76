import type { Kysely, Transaction } from "kysely";
import type { Database } from "./database.ts";

/** What repositories take: the database or a transaction on it, so callers choose the boundary. */
export type Db = Kysely<Database> | Transaction<Database>;

export type { Connection, Engine } from "./dialect.ts";
export { connect } from "./dialect.ts";
