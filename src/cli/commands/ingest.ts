import type { Command } from "commander";
import { openContext } from "../../app/context.ts";
import { AppError, isAppError, type ErrorCode } from "../../app/errors.ts";
import { ingestArticle, readArticle, type IngestResult } from "../../ingest/pipeline.ts";
import { processNotifications } from "../../notify/notify.service.ts";
import type { InputFormat } from "../../ingest/read/read-document.ts";
import { globalOptions } from "../global-options.ts";
import { print, printJson, style } from "../output.ts";
import { checkIsoDay } from "../../app/config.ts";
import { readInputs, type InputFile } from "../read-inputs.ts";

/** Errors of the store, not of one input: they end a folder's ingest at once. */
const storeErrors = new Set<ErrorCode>(["DATABASE_UNAVAILABLE", "STORE_BUSY", "BAD_CONFIG"]);

interface ArticleOptions {
  url?: string;
  published?: string;
  outlet?: string;
  author?: string;
  title?: string;
  format?: string;
  maxBytes?: string;
  json?: boolean;
}

function addArticleOptions(command: Command): Command {
  return command
    .option("--url <url>", "where the article was published")
    .option("--published <YYYY-MM-DD>", "publication date, when the article does not give it")
    .option("--outlet <name>", "the outlet that published it")
    .option("--author <name>", "the article's author")
    .option("--title <show>", "the show the article is about, when the headline does not make it clear")
    .option("--format <format>", "text, html or markdown (default: from the file name and content)")
    .option("--max-bytes <n>", "largest input accepted (default 5 MB, or CLIFFHANGER_MAX_INPUT_BYTES)")
    .option("--json", "print the result as JSON");
}

function checkFormat(format: string | undefined): InputFormat | undefined {
  if (format === undefined) return undefined;
  if (format !== "text" && format !== "html" && format !== "markdown") throw new AppError("BAD_OPTION", `--format must be text, html or markdown, not "${format}"`);
  return format;
}

function articleInput(options: ArticleOptions, file: InputFile, maxBytes: number) {
  return {
    bytes: file.read(maxBytes),
    label: file.label,
    url: options.url ?? null,
    published: checkIsoDay(options.published, "--published") ?? null,
    outlet: options.outlet ?? null,
    author: options.author ?? null,
    title: options.title ?? null,
    format: checkFormat(options.format),
  };
}

function printSummary(result: IngestResult): void {
  if (result.duplicate) {
    print(`${result.label}: ${style.dim("already ingested, nothing added")} (source ${result.sourceId})`);
    return;
  }
  print(
    `${result.label}: ${style.bold(result.title?.name ?? "?")} — ${result.claimsAdded} claims added, ${result.entitiesCreated} entities created, ${result.entitiesLinked} linked, ${result.conflicts} conflicts (source ${result.sourceId})`,
  );
  for (const note of result.notes) print(`  ${style.yellow("note:")} ${note}`);
}

export function registerIngest(program: Command): void {
  addArticleOptions(
    program
      .command("ingest")
      .description("read articles (files, directories or - for stdin) into sourced claims, one transaction per article")
      .argument("<inputs...>", "article files (.txt, .html, .md), directories, or - for standard input"),
  ).action(async (paths: string[], options: ArticleOptions, command: Command) => {
    const config = { ...globalOptions(command), maxInputBytes: options.maxBytes };
    const files = readInputs(paths);
    if (files.length > 1 && options.url) throw new AppError("BAD_OPTION", "--url names one article; give one input with it");
    const context = await openContext(config);
    const results: (IngestResult | { label: string; error: { code: string; message: string } })[] = [];
    let failed = 0;
    try {
      for (const file of files) {
        try {
          const maxBytes = context.config.maxInputBytes;
          const result = await ingestArticle(context.connection, context.clock, articleInput(options, file, maxBytes), maxBytes);
          results.push(result);
          if (!options.json) printSummary(result);
        } catch (error) {
          // One bad file among many is reported and skipped; a store that cannot be written stops everything.
          if (files.length === 1 || !isAppError(error) || error.exitCode !== 1 || storeErrors.has(error.code)) throw error;
          failed += 1;
          results.push({ label: file.label, error: { code: error.code, message: error.message } });
          process.stderr.write(`cliffhanger: ${error.message}\n`);
        }
      }
      // What changed becomes notifications now; a server's loop sends their webhooks.
      await processNotifications(context.connection, context.clock);
      if (options.json) printJson(files.length === 1 ? results[0] : results);
    } finally {
      await context.close();
    }
    if (failed > 0) throw new AppError("BAD_INPUT", `${failed} of ${files.length} inputs not read (each named above); the other ${files.length - failed} were`);
  });

  addArticleOptions(
    program
      .command("extract")
      .description("print the claims an article yields, without storing anything")
      .argument("<input>", "an article file, or - for standard input"),
  ).action(async (input: string, options: ArticleOptions, command: Command) => {
    const config = { ...globalOptions(command), maxInputBytes: options.maxBytes };
    const { loadConfig } = await import("../../app/config.ts");
    const settings = loadConfig(config);
    const [file] = readInputs([input]);
    const read = readArticle(articleInput(options, file!, settings.maxInputBytes), settings.maxInputBytes);
    const result = {
      title: read.extraction.title,
      source: { outlet: read.outlet, author: read.author, published: read.published, url: read.url, via: read.article.meta.via, headline: read.article.headline, format: read.format },
      notes: read.extraction.notes,
      removed: read.article.removed.map((r) => ({ reason: r.reason, text: r.text.slice(0, 200) })),
      claims: read.extraction.claims,
    };
    if (options.json) {
      printJson(result);
      return;
    }
    print(`${style.bold(result.title ?? "(no show found)")}  ${style.dim([read.outlet, read.author, read.published].filter(Boolean).join(" · "))}`);
    for (const claim of result.claims) {
      const value = claim.value.type === "mention" ? claim.value.mention.name : claim.value.type === "date" ? claim.value.label : claim.value.type === "number" ? `${claim.value.approximate ? "~" : ""}${claim.value.value}` : claim.value.value.slice(0, 60);
      print(`  ${claim.subject.name} · ${claim.property} = ${value} ${style.dim(`[${claim.certainty}] ${JSON.stringify(claim.qualifiers)}`)}`);
      print(`    ${style.dim(`“${claim.quote.slice(0, 140).replace(/\s+/g, " ")}”`)}`);
    }
    for (const note of result.notes) print(`${style.yellow("note:")} ${note}`);
  });
}
