import type { CleanArticle } from "../read/clean-article.ts";
import { type ExtractionContext, mentionsTitle, resolvePersonReference } from "./context.ts";
import { captionCue, creditCues } from "./cues/credits.ts";
import { figureCues } from "./cues/figures.ts";
import { identityCues, synopsisCue } from "./cues/identity.ts";
import { productionCues } from "./cues/production.ts";
import { releaseCues } from "./cues/releases.ts";
import { signalCues } from "./cues/signals.ts";
import { statementCues } from "./cues/statements.ts";
import { detectMainTitle } from "./main-title.ts";
import { findKoreanNames } from "./names.ts";
import { splitSentences } from "./sentences.ts";
import type { ExtractedClaim, Sentence } from "./types.ts";

/** Recorded on every claim the extractor makes; bump the version when its output changes. */
export const EXTRACTOR = { name: "cliffhanger-extract", version: "0.1.0" } as const;

export interface ExtractionResult {
  title: string | null;
  claims: ExtractedClaim[];
  /** What the extractor noticed but would not turn into claims ("the headline's Season 2 is part 2"). */
  notes: string[];
  /** Names the article gives people who are not credits (lawyers, authors), so resolution keeps them apart. */
  people: { name: string; roles: string[]; spellings: string[] }[];
}

const hearsay = /\b(fan accounts?|netizens|rumou?rs?|fans on|on (twitter|social media|weibo|reddit))\b[^.]*\b(began|started)?\s*(posting|claiming|saying|reporting|suggest\w*|say|claim)\b/i;

function focusSeasonOf(headline: string | null, text: string, notes: string[], title: string): number {
  const sequel = headline?.match(new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+([2-9])(?!\\d)`));
  const inHeadline = headline?.match(/\bseason\s*(\d{1,2})\b/i) ?? sequel;
  const body = headline ? text.slice(text.indexOf(headline) + headline.length) : text;
  const inBody = [...body.matchAll(/\bseason\s*(\d{1,2})\b/gi)].map((m) => Number(m[1]));
  if (inHeadline) {
    const n = Number(inHeadline[1]);
    if (n > 1 && !inBody.includes(n)) {
      notes.push(`the headline says "Season ${n}" but the article never does; it is read as a label for later episodes of season ${Math.max(1, ...inBody.filter((x) => x < n))}, not a new season`);
      return Math.max(1, ...inBody.filter((x) => x < n));
    }
    return n;
  }
  return 1;
}

/** Who a sentence is about, for "he", "she" and "the actor" in the sentences after it. */
function subjectPerson(sentence: Sentence, context: ExtractionContext): string | undefined {
  const lead = sentence.text.match(/^([\p{Lu}][\p{L}-]+)(?:['’]s)?[\s,]/u);
  if (lead) {
    const resolved = resolvePersonReference(lead[1]!, context);
    if (resolved && !context.characters.has(resolved)) return resolved;
  }
  return findKoreanNames(sentence.text).map((n) => n.name).find((n) => !context.characters.has(n) && context.people.has(n));
}

function headingsOf(article: CleanArticle): (string | null)[] {
  let current: string | null = null;
  return article.paragraphs.map((paragraph) => {
    if (paragraph.kind === "heading") current = paragraph.text;
    return current;
  });
}

function claimKey(claim: ExtractedClaim): string {
  return JSON.stringify([claim.subject, claim.property, claim.value, claim.qualifiers]);
}

/**
 * A cleaned article to claims: pure, with no database. Finds the show the article is about, walks
 * its sentences through the cues, and keeps the first sentence that gave each claim.
 */
export function extractClaims(article: CleanArticle, options: { published?: string | null; title?: string | null } = {}): ExtractionResult {
  const notes: string[] = [];
  const title = options.title ?? detectMainTitle(article.headline, article.text) ?? null;
  if (!title) return { title: null, claims: [], notes: ["could not tell which show the article is about"], people: [] };
  const sentences = splitSentences(article.paragraphs);
  const context: ExtractionContext = {
    title,
    titleMention: { kind: "title", name: title, main: true },
    published: options.published ?? article.meta.published,
    text: article.text,
    sentences,
    focusSeason: focusSeasonOf(article.headline, article.text, notes, title),
    people: new Map(),
    otherTitles: new Set(),
    characters: new Set(),
    lastPerson: null,
    carry: null,
    headings: headingsOf(article),
  };
  const claims: ExtractedClaim[] = [];
  // Cast tables first: they say who is an actor and who is a character before prose refers to them.
  for (const sentence of sentences) if (sentence.kind === "table") claims.push(...creditCues(sentence, context));
  // Other shows the article names: quoted titles and "X season N" that are not the show itself.
  for (const match of article.text.matchAll(/[“"]([\p{Lu}][^”"\n]{1,60})[”"]|(?:^|[.!?]\s+)((?:[\p{Lu}][\p{L}'’:-]*\s+){1,5})(?:season|Season)\s+\d/gmu)) {
    const name = (match[1] ?? match[2] ?? "").trim().replace(/[,.]$/, "");
    if (name && !mentionsTitle(name, title) && !mentionsTitle(title, name) && name.split(/\s+/).length <= 8 && !/[.!?]$/.test(name) && !/^(The|This|Its|His|Her)$/.test(name)) context.otherTitles.add(name);
  }
  for (const sentence of sentences) {
    if (sentence.kind === "headline") continue;
    if (hearsay.test(sentence.text)) context.carry = { certainty: "rumored", untilParagraph: sentence.paragraph + 2 };
    else if (context.carry && article.paragraphs[sentence.paragraph]?.kind === "heading") context.carry = null;
    claims.push(...identityCues(sentence, context));
    claims.push(...releaseCues(sentence, context));
    claims.push(...productionCues(sentence, context));
    if (sentence.kind !== "table") claims.push(...creditCues(sentence, context));
    claims.push(...captionCue(sentence, context));
    claims.push(...figureCues(sentence, context));
    claims.push(...signalCues(sentence, context));
    if (sentence.kind !== "quote") context.lastPerson = subjectPerson(sentence, context) ?? context.lastPerson;
  }
  article.paragraphs.forEach((_, index) => {
    const synopsis = synopsisCue(index, context, article.paragraphs);
    if (synopsis && !claims.some((c) => c.property === "synopsis")) claims.push(synopsis);
  });
  claims.push(...statementCues(article.paragraphs, sentences, context));

  // People the article names as non-credits (its author, a lawyer) never become cast or crew.
  const notCredits = new Set<string>([article.meta.author ?? ""].filter(Boolean).map((n) => n.toLowerCase()));
  for (const [name, info] of context.people) if (info.roles.has("lawyer") || info.roles.has("attorney")) notCredits.add(name.toLowerCase());
  const characters = new Set([...context.characters].map((c) => c.toLowerCase()));
  const seen = new Set<string>();
  const kept = claims.filter((claim) => {
    if (claim.property === "cast-member" || claim.property === "crew-member") {
      const name = claim.value.type === "mention" ? claim.value.mention.name.toLowerCase() : "";
      if (notCredits.has(name) || characters.has(name)) return false;
      if (mentionsTitle(name, title)) return false;
    }
    const key = claimKey(claim);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    title,
    claims: kept,
    notes,
    people: [...context.people.values()].map((p) => ({ name: p.name, roles: [...p.roles], spellings: [...p.spellings] })),
  };
}
