import fs from "node:fs";
import path from "node:path";
import { isoDay, systemClock } from "../app/clock.ts";
import { checkIsoDay, loadConfig } from "../app/config.ts";
import { isAppError } from "../app/errors.ts";
import { getTitleCard } from "../cards/get-title-card.ts";
import { findTitle } from "../catalog/find-title.ts";
import { ingestArticle } from "../ingest/pipeline.ts";
import { connect, type Connection } from "../storage/db.ts";
import { migrateToLatest } from "../storage/migrate.ts";
import { parseJson, pythonStrip, type JsonValue } from "./python-compat.ts";
import { get, items, scoreCard, type FactOutcome } from "./score-card.ts";

/** One gold file scored as evalcard.py's `dev` mode scores it. */
export interface ArticleResult {
  /** The gold file's name. */
  gold: string;
  /** The article file the gold names. */
  file: string;
  /** Set when the article is missing: the reference scorer skips such gold files. */
  skipped: boolean;
  /** What `cliffhanger ingest` would have printed on stderr, when it failed. */
  ingestError: string | null;
  cardFound: boolean;
  /** The `more` titles and whether each card was found. */
  more: { title: string; cardFound: boolean }[];
  facts: FactOutcome[];
  traps: FactOutcome[];
}

function text(value: JsonValue): string {
  return typeof value === "string" ? value : String(value);
}

/** The header lines (source, published, outlet) and the body after them, as read_article() splits them. */
export function splitArticle(raw: string): { meta: Record<string, string>; body: string } {
  // Python reads text files with universal newlines.
  const lines = raw.replace(/\r\n?/g, "\n").split("\n");
  const meta: Record<string, string> = {};
  let i = 0;
  while (i < lines.length && /^(source|published|outlet):/.test(lines[i]!)) {
    const line = lines[i]!;
    const colon = line.indexOf(":");
    meta[line.slice(0, colon)] = pythonStrip(line.slice(colon + 1));
    i += 1;
  }
  return { meta, body: lines.slice(i).join("\n").replace(/^\n+/, "") };
}

/** What the CLI prints on stderr for an error: one line, "internal error" when it is not an AppError. */
function cliMessage(error: unknown): string {
  if (isAppError(error)) return `cliffhanger: ${error.message}`;
  return `cliffhanger: internal error: ${error instanceof Error ? error.message : String(error)}`;
}

/** `cliffhanger show TITLE --json [--as-of D]` for the title, then each alias: the first card that loads. */
async function showCard(connection: Connection, titles: JsonValue[], asOf: JsonValue): Promise<JsonValue> {
  for (const title of titles) {
    try {
      const day = truthyString(asOf) ? checkIsoDay(asOf, "--as-of")! : null;
      const entity = await findTitle(connection.db, text(title));
      const card = await getTitleCard(connection.db, entity, { asOf: day, today: isoDay(systemClock.now()) });
      // What the reference reads: the card as printed, parsed back.
      return parseJson(JSON.stringify(card));
    } catch {
      // The command failed: the next spelling.
    }
  }
  return null;
}

function truthyString(value: JsonValue): value is string {
  return typeof value === "string" && value.length > 0;
}

/**
 * Scores one gold file: a fresh in-memory store, the article ingested as
 * `cliffhanger ingest FILE --url --published --outlet` ingests it, the cards loaded as
 * `cliffhanger show TITLE --json --as-of PUBLISHED` loads them.
 */
export async function evaluateArticle(goldPath: string, articleDir: string): Promise<ArticleResult> {
  const gold = parseJson(fs.readFileSync(goldPath, "utf8"));
  const file = text(get(gold, "file"));
  const result: ArticleResult = { gold: path.basename(goldPath), file, skipped: false, ingestError: null, cardFound: false, more: [], facts: [], traps: [] };
  const articlePath = path.join(articleDir, file);
  if (!fs.existsSync(articlePath)) return { ...result, skipped: true };
  const { meta, body } = splitArticle(fs.readFileSync(articlePath, "utf8"));
  const connection = connect(":memory:");
  try {
    await migrateToLatest(connection);
    try {
      // The options the reference passes, each only when the header gives it; checked as the CLI checks them.
      const published = meta.published ? checkIsoDay(meta.published, "--published")! : null;
      await ingestArticle(
        connection,
        systemClock,
        { bytes: Buffer.from(body, "utf8"), label: file, url: meta.source || null, published, outlet: meta.outlet || null, author: null, title: null, format: undefined },
        loadConfig({ db: ":memory:" }).maxInputBytes,
      );
    } catch (error) {
      result.ingestError = cliMessage(error);
    }
    const asOf = get(gold, "published");
    const card = await showCard(connection, [get(gold, "title"), ...items(get(gold, "titleAliases"))], asOf);
    result.cardFound = card !== null;
    const scored = scoreCard(card, items(get(gold, "facts")), items(get(gold, "not")), file);
    result.facts.push(...scored.facts);
    result.traps.push(...scored.traps);
    for (const more of items(get(gold, "more"))) {
      const title = text(get(more, "title"));
      const other = await showCard(connection, [get(more, "title")], asOf);
      result.more.push({ title, cardFound: other !== null });
      result.facts.push(...scoreCard(other, items(get(more, "facts")), [], `${file} / ${title}`).facts);
    }
    return result;
  } finally {
    await connection.close();
  }
}
