import type { CleanArticle } from "../read/clean-article.ts";
import { PeopleBook, type ArticleScope } from "./engine/article-scope.ts";
import { buildFrame, isTitleCase, latestPastYear } from "./engine/frame.ts";
import type { Rule } from "./engine/rule.ts";
import { runRules, type RuledClaim } from "./engine/runner.ts";
import { creditRules } from "./rules/credits.ts";
import { chartRules } from "./rules/charts.ts";
import { identityRules } from "./rules/identity.ts";
import { productionRules } from "./rules/production.ts";
import { episodeRules, ratingRules } from "./rules/ratings.ts";
import { releaseRules } from "./rules/release.ts";
import { signalRules } from "./rules/signals.ts";
import { statementClaims } from "./rules/statements.ts";
import { statusRules } from "./rules/status.ts";
import { finishClaims, synopsisClaim } from "./scope/finish.ts";
import { headlineLooksAhead, seasonsOfTitles, sentenceFocus, titlesRunBefore, upcomingSeasons } from "./scope/focus.ts";
import { buildTitleRegistry } from "./scope/titles.ts";
import { MAX_SENTENCE_CHARS, splitSentences } from "./sentences.ts";
import type { ExtractedClaim } from "./types.ts";

/** Recorded on every claim the extractor makes; bump the version when its output changes. */
export const EXTRACTOR = { name: "cliffhanger-extract", version: "0.3.0" } as const;

export interface ExtractionResult {
  title: string | null;
  claims: ExtractedClaim[];
  /** What the extractor noticed but would not turn into claims. */
  notes: string[];
  /** Names the article gives people who are not credits (lawyers, authors), so resolution keeps them apart. */
  people: { name: string; roles: string[]; spellings: string[] }[];
}

/**
 * The rules, in the passes where order matters: who is who first (cast tables and credits tell
 * later rules which names are actors and which are characters), then everything else.
 */
export const rulePasses: readonly (readonly Rule[])[] = [creditRules, [...identityRules, ...releaseRules, ...statusRules, ...productionRules, ...chartRules, ...ratingRules, ...episodeRules, ...signalRules]];

export function allRules(): Rule[] {
  return rulePasses.flat();
}

/** Words the article capitalizes inside sentences (names, titles), as opposed to any word opening a sentence. */
function capitalizedMidSentence(sentences: { text: string; kind: string }[]): Set<string> {
  const words = new Set<string>();
  for (const sentence of sentences) {
    if (sentence.kind === "headline" || sentence.kind === "heading") continue;
    for (const m of sentence.text.matchAll(/(?<=[\p{L}\p{N},;:)”"’]\s+)[\p{Lu}][\p{L}\p{M}'’.-]*/gu)) words.add(m[0].replace(/['’]s?$|\.$/g, ""));
  }
  return words;
}

/** "Marisa Quell as Sheriff Delia Marsh", "- Corbin Ashe as Tobias Wren", "Andrea Villareal — Lorna Bautista": an actor, "as" or a dash, a character, and nothing else. */
const CAST_LIST_LINE = /^\s*(?:[-–•*]\s*)?(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}'’.-]*\s+(?:as|[—–])\s+(?:(?:[\p{Lu}][\p{L}\p{M}'’.-]*|["“][\p{Lu}][^"”]{0,20}["”])\s*){1,6}$/u;

/** A title-case headline or heading, read after the body (a fact box's row and a cast list's line are not). */
export function readLastAsTitleCase(sentence: { text: string; kind: string }): boolean {
  return (sentence.kind === "headline" || sentence.kind === "heading") && !/^\|/.test(sentence.text) && !CAST_LIST_LINE.test(sentence.text) && isTitleCase(sentence.text);
}

/**
 * A cleaned article to claims: pure, with no database. Finds the shows it names and the one it is
 * about, splits it into per-show segments, reads every sentence through the rules and keeps the
 * first sentence that gave each claim.
 */
export function extractClaims(article: CleanArticle, options: { published?: string | null; title?: string | null; knownTitles?: readonly string[]; titleHints?: readonly string[] } = {}): ExtractionResult & { ruled?: RuledClaim[] } {
  const published = options.published ?? article.meta.published;
  const { registry, main } = buildTitleRegistry({ headline: article.headline, text: article.text, paragraphs: article.paragraphs }, { title: options.title ?? null, known: options.knownTitles ?? [], hints: options.titleHints ?? [] });
  if (main === null) return { title: null, claims: [], notes: ["could not tell which show the article is about"], people: [] };
  const { sentences, overlong } = splitSentences(article.paragraphs);
  // Title-case headings are read last, knowing which capitalized runs the body writes as names.
  // A fact box's row ("| Director | A |") is data, not a headline in title case.
  // A cast list's line ("Marisa Quell as Sheriff Delia Marsh") is a credit, however capitalized.
  const titleCased = sentences.map(readLastAsTitleCase);
  const knownWords = capitalizedMidSentence(sentences);
  const floorYear = published ? undefined : latestPastYear(sentences);
  const bodyFrames = sentences.map((sentence, i) => (titleCased[i] ? undefined : buildFrame(sentence, registry, published, undefined, knownWords, floorYear)));
  const bodyNames = new Set(bodyFrames.flatMap((f) => f?.slots.filter((s) => s.kind === "N").map((s) => s.text) ?? []));
  const frames = sentences.map((sentence, i) => bodyFrames[i] ?? buildFrame(sentence, registry, published, bodyNames, knownWords, floorYear));
  const headlineFrame = frames.find((f) => f.sentence.kind === "headline") ?? (article.headline ? buildFrame({ text: article.headline, start: 0, end: article.headline.length, paragraph: -1, kind: "headline", index: -1 }, registry, published, bodyNames) : undefined);
  const focus = sentenceFocus(frames, article.paragraphs, main);
  const seasons = seasonsOfTitles(frames, headlineFrame, main, focus);
  const scope: ArticleScope = {
    titles: registry,
    main,
    published,
    paragraphs: article.paragraphs,
    sentences,
    frames,
    focus,
    seasonFocus: seasons.focus,
    headlineSeason: seasons.headline,
    headlineLooksAhead: headlineLooksAhead(article.headline),
    seasonsNamed: seasons.named,
    upcomingSeason: upcomingSeasons(frames, focus, main),
    runBefore: titlesRunBefore(frames, focus),
    people: new PeopleBook(),
  };
  for (const frame of frames) for (const slot of frame.slots) if (slot.kind === "N" && !slot.name.organization) scope.people.noteWritten(slot.text);
  const ruled: RuledClaim[] = [];
  for (const pass of rulePasses) ruled.push(...runRules(pass, scope));
  const claims: ExtractedClaim[] = [...ruled, ...statementClaims(article.paragraphs, scope)];
  const synopsis = synopsisClaim(article, scope);
  if (synopsis) claims.push(synopsis);
  const notes: string[] = overlong > 0 ? [`${overlong} sentence${overlong === 1 ? "" : "s"} over ${MAX_SENTENCE_CHARS} characters left unread`] : [];
  const finished = finishClaims(claims, scope, article.meta.author);
  return {
    title: registry.entries[main]!.name,
    claims: finished,
    notes,
    people: scope.people.all().map((p) => ({ name: p.name, roles: [...p.roles], spellings: [...p.spellings] })),
    ruled,
  };
}
