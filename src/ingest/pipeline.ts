import { AppError, isAppError } from "../app/errors.ts";
import type { Clock } from "../app/clock.ts";
import { insertClaims, listClaimsAbout } from "../claims/claim.repository.ts";
import { recordChangeEvents, type NewChangeEvent } from "../claims/change-event.repository.ts";
import type { NewClaim, Qualifiers } from "../domain/claim.ts";
import { findLatestSourceByUrl, findSourceByHash, insertSource } from "../sources/source.repository.ts";
import type { Connection, Db } from "../storage/db.ts";
import { sha256 } from "../storage/ids.ts";
import { cleanArticle, type CleanArticle } from "./read/clean-article.ts";
import { readDocument, type InputFormat } from "./read/read-document.ts";
import { EXTRACTOR, extractClaims, type ExtractionResult } from "./extract/extract-claims.ts";
import { ARTICLE_TIME_LIMIT_MS, withTimeBudget } from "./extract/engine/budget.ts";
import type { ExtractedClaim, Mention } from "./extract/types.ts";
import { createResolver, titleKey, type Resolver } from "./resolve/resolve-entities.ts";
import { titlePhrases } from "./extract/scope/titles.ts";
import { findCatalogTitleSpellings, hasCatalogAliases } from "../entities/entity.repository.ts";
import { conflictKey } from "../domain/conflict-key.ts";

export interface ArticleInput {
  bytes: Uint8Array;
  /** File name or "stdin", used in every error message. */
  label: string;
  url?: string | null;
  published?: string | null;
  outlet?: string | null;
  author?: string | null;
  /** The show the article is about, when the user knows better than the headline. */
  title?: string | null;
  format?: InputFormat;
}

export interface ReadArticle {
  article: CleanArticle;
  extraction: ExtractionResult;
  format: InputFormat;
  url: string | null;
  published: string | null;
  outlet: string | null;
  author: string | null;
}

export interface IngestResult {
  label: string;
  sourceId: string;
  duplicate: boolean;
  title: { id: string; name: string } | null;
  claimsAdded: number;
  entitiesCreated: number;
  entitiesLinked: number;
  conflicts: number;
  notes: string[];
}

/** An article read and cleaned, before extraction. */
export interface PreparedArticle {
  article: CleanArticle;
  /** Shows the page's own metadata says it is about (JSON-LD `about`). */
  titleHints: string[];
  format: InputFormat;
  url: string | null;
  published: string | null;
}

/** Read and clean: decoding, page furniture, metadata. Fails on an article with no body left. */
function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * The longest text read as one article. News articles run to tens of thousands of characters;
 * title detection compares every candidate with the whole text, so far longer inputs only cost time.
 */
export const MAX_ARTICLE_CHARS = 300_000;

export function prepareArticle(input: ArticleInput, maxBytes: number): PreparedArticle {
  const document = readDocument(input.bytes, input.label, maxBytes, input.format);
  if (document.raw.length > MAX_ARTICLE_CHARS) {
    throw new AppError("INPUT_TOO_LARGE", `${input.label}: ${document.raw.length.toLocaleString("en")} characters of text is over the ${MAX_ARTICLE_CHARS.toLocaleString("en")}-character limit for one article`);
  }
  const article = cleanArticle(document.raw, {
    author: input.author ?? document.meta.author,
    outlet: input.outlet ?? document.meta.outlet,
    published: input.published ?? document.meta.published,
    headline: document.meta.title,
  });
  if (article.text.trim().length < 40) throw new AppError("NO_ARTICLE_BODY", `${input.label}: no article body left after removing comments and page furniture`);
  if (input.url && !isHttpUrl(input.url)) throw new AppError("BAD_OPTION", `${input.label}: the url must be an http or https URL, not "${input.url.slice(0, 80)}"`);
  // A page's own canonical or og:url is kept only when it is a web address (never "javascript:…").
  const pageUrl = document.meta.url && isHttpUrl(document.meta.url) ? document.meta.url : null;
  return { article, titleHints: document.meta.titleHints, format: document.format, url: input.url ?? pageUrl, published: input.published ?? article.meta.published };
}

/**
 * Extraction of a prepared article. `knownTitles` are titles the store's catalog knows (see
 * knownTitlesIn), which the extractor raises as candidates for the shows the article names.
 */
export function extractArticle(prepared: PreparedArticle, input: ArticleInput, knownTitles: readonly string[] = [], timeLimitMs = ARTICLE_TIME_LIMIT_MS): ReadArticle {
  const { article, published } = prepared;
  let extraction: ReturnType<typeof extractClaims>;
  try {
    extraction = withTimeBudget(timeLimitMs, () => extractClaims(article, { published, title: input.title ?? null, knownTitles, titleHints: prepared.titleHints }));
  } catch (error) {
    if (isAppError(error) && error.code === "INPUT_TOO_COMPLEX") throw new AppError(error.code, `${input.label}: ${error.message}`);
    throw error;
  }
  return { article, extraction, format: prepared.format, url: prepared.url, published, outlet: article.meta.outlet, author: article.meta.author };
}

/** Read, clean and extract, without touching the database: what `cliffhanger extract` prints. */
export function readArticle(input: ArticleInput, maxBytes: number): ReadArticle {
  return extractArticle(prepareArticle(input, maxBytes), input);
}

/** Titles from imported catalogs (and editors) that the article writes: the gazetteer for its title detection. */
export async function knownTitlesIn(db: Db, article: CleanArticle): Promise<string[]> {
  // Most stores hold no catalog: one probe spares building and looking up the phrases.
  if (!(await hasCatalogAliases(db))) return [];
  const phrases = titlePhrases(`${article.headline ?? ""}\n${article.text}`);
  const keys = [...new Set(phrases.map(titleKey))];
  return keys.length === 0 ? [] : findCatalogTitleSpellings(db, keys);
}

/** The newest dated event an undated article mentions: a lower bound for when it was written. */
export function inferPublishedLowerBound(claims: ExtractedClaim[]): string | null {
  let newest: string | null = null;
  for (const claim of claims) {
    const dates: string[] = [];
    if (claim.qualifiers.pointInTime && claim.certainty !== "speculative") dates.push(claim.qualifiers.pointInTime.date);
    if (claim.property === "release-date" && claim.value.type === "date" && claim.certainty === "confirmed") dates.push(claim.value.date);
    for (const date of dates) if (!newest || date > newest) newest = date;
  }
  return newest;
}

async function subjectId(mention: Mention, resolver: Resolver, titleId: string, hints?: (name: string) => { birthYear: number } | undefined): Promise<string> {
  if (mention.kind === "title") return mention.main ? titleId : (await resolver.otherTitle(mention.name)).id;
  if (mention.kind === "person") return (await resolver.person(mention.name, titleId, hints?.(mention.name))).id;
  return (await resolver.title(mention.name, null)).id;
}

/**
 * Stores an article and its claims in one transaction: the source, the entities its names
 * resolve to, the claims, and a change event for each. The same text twice adds nothing.
 */
export async function ingestArticle(connection: Connection, clock: Clock, input: ArticleInput, maxBytes: number): Promise<IngestResult> {
  const prepared = prepareArticle(input, maxBytes);
  const read = extractArticle(prepared, input, await knownTitlesIn(connection.db, prepared.article));
  const { article, extraction } = read;
  if (!extraction.title) {
    throw new AppError("BAD_INPUT", `${input.label}: could not tell which show the article is about; name it with --title`);
  }
  const contentHash = sha256(article.text.replace(/\s+/g, " ").trim());
  const now = clock.now().toISOString();
  return connection.db.transaction().execute(async (trx) => {
    const existing = await findSourceByHash(trx, contentHash);
    if (existing) {
      return { label: input.label, sourceId: existing.id, duplicate: true, title: null, claimsAdded: 0, entitiesCreated: 0, entitiesLinked: 0, conflicts: 0, notes: ["already ingested: same text as an earlier source"] };
    }
    const previous = read.url ? await findLatestSourceByUrl(trx, read.url) : undefined;
    const inferred = read.published ? null : inferPublishedLowerBound(extraction.claims);
    const source = await insertSource(trx, {
      kind: "article",
      title: article.headline,
      outlet: read.outlet,
      url: read.url,
      author: read.author,
      published: read.published,
      publishedInferred: inferred,
      retrievedAt: now,
      contentHash,
      via: article.meta.via,
      format: read.format,
      text: article.text,
      previousVersionId: previous?.id ?? null,
    });
    const resolver = createResolver(trx, source.id, now);
    // Ages the article gives, as birth years: namesakes in the catalog with other birth years stay apart.
    const birthYears = new Map<string, number>();
    const reference = read.published ?? inferred;
    for (const claim of extraction.claims) {
      if (claim.property === "age" && claim.subject.kind === "person" && claim.value.type === "number" && reference) {
        birthYears.set(claim.subject.name, Number(reference.slice(0, 4)) - claim.value.value);
      }
    }
    const hintsFor = (name: string) => (birthYears.has(name) ? { birthYear: birthYears.get(name)! } : undefined);
    const kindClaim = extraction.claims.find((c) => c.property === "title-kind");
    const title = await resolver.title(extraction.title!, kindClaim?.value.type === "enum" ? kindClaim.value.value : null);
    // People named in credits first, so partial and pronoun mentions elsewhere meet the same entities.
    const claims: NewClaim[] = [];
    for (const claim of extraction.claims) {
      const qualifiers: Qualifiers = { ...claim.qualifiers };
      if (qualifiers.character) qualifiers.character = (await resolver.character(qualifiers.character, title.id)).id;
      if (qualifiers.onBehalfOf) qualifiers.onBehalfOf = (await resolver.person(qualifiers.onBehalfOf, title.id)).id;
      if (qualifiers.speaker) {
        // "representatives of Lee" keeps its words and points at the person; a named speaker becomes the person.
        const represented = qualifiers.speaker.match(/^(representatives|legal representatives|agency) of (.+)$/);
        qualifiers.speaker = represented
          ? `${represented[1]} of ${(await resolver.person(represented[2]!, title.id)).id}`
          : (await resolver.person(qualifiers.speaker, title.id)).id;
      }
      if (qualifiers.via === undefined && article.meta.via && claim.property === "statement") qualifiers.via = article.meta.via;
      const value =
        claim.value.type === "mention"
          ? { type: "entity" as const, entityId: claim.value.mention.kind === "person" ? (await resolver.person(claim.value.mention.name, title.id, hintsFor(claim.value.mention.name))).id : (await resolver.title(claim.value.mention.name, null)).id }
          : claim.value;
      claims.push({
        subjectId: await subjectId(claim.subject, resolver, title.id, hintsFor),
        property: claim.property,
        value,
        qualifiers,
        certainty: claim.certainty,
        evidence: { sourceId: source.id, quote: claim.quote, start: claim.start, end: claim.end },
        madeBy: { kind: "extractor", name: EXTRACTOR.name, version: EXTRACTOR.version },
        knownFrom: read.published ?? inferred,
      });
    }
    // Every spelling the article used becomes an alias of the person it resolved to.
    // Only people some claim is about: a name the article merely mentions creates nothing.
    for (const mention of extraction.people) {
      if (!resolver.seen(mention.name)) continue;
      for (const spelling of mention.spellings) await resolver.person(spelling, title.id);
    }
    const inserted = await insertClaims(trx, claims, now);
    const conflicts = await countConflicts(trx, title.id, inserted.map((c) => c.id));
    const events: NewChangeEvent[] = [
      { kind: "source-added", entityId: title.id, claimId: null, sourceId: source.id, payload: { label: input.label, outlet: read.outlet, url: read.url } },
      ...inserted.map((claim) => ({ kind: "claim-added", entityId: title.id, claimId: claim.id, sourceId: source.id, payload: { property: claim.property, subjectId: claim.subjectId } })),
      // People and titles the resolver renamed or gave a new spelling, which other titles' cards show.
      ...[...resolver.touched].filter((id) => id !== title.id).map((id) => ({ kind: "entity-updated", entityId: id, claimId: null, sourceId: source.id, payload: {} })),
    ];
    await recordChangeEvents(trx, events, now);
    return {
      label: input.label,
      sourceId: source.id,
      duplicate: false,
      title: { id: title.id, name: title.name },
      claimsAdded: inserted.length,
      entitiesCreated: resolver.stats.created,
      entitiesLinked: resolver.stats.linked,
      conflicts,
      notes: extraction.notes,
    };
  });
}

/** How many of the new claims disagree with a claim already held for the same question. */
async function countConflicts(db: Parameters<typeof listClaimsAbout>[0], titleId: string, newIds: string[]): Promise<number> {
  const claims = await listClaimsAbout(db, [titleId]);
  const fresh = new Set(newIds);
  const byQuestion = new Map<string, Set<string>>();
  for (const claim of claims) {
    const key = conflictKey(claim);
    if (!key) continue;
    const values = byQuestion.get(key) ?? new Set<string>();
    values.add(JSON.stringify(claim.value));
    byQuestion.set(key, values);
  }
  let conflicts = 0;
  const counted = new Set<string>();
  for (const claim of claims) {
    const key = conflictKey(claim);
    if (!key || !fresh.has(claim.id) || counted.has(key)) continue;
    if ((byQuestion.get(key)?.size ?? 0) > 1) {
      conflicts += 1;
      counted.add(key);
    }
  }
  return conflicts;
}
