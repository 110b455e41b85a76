import type { Certainty } from "../../../domain/certainty.ts";
import type { Qualifiers } from "../../../domain/claim.ts";
import { dateValue } from "../../../domain/date-value.ts";
import { aboutMain, datesIn, makeClaim, previousSentence, type ExtractionContext } from "../context.ts";
import { sentenceCertainty } from "../certainty.ts";
import type { FoundDate } from "../dates.ts";
import type { ExtractedClaim, Sentence } from "../types.ts";
import { seasonIn } from "./seasons.ts";
import { NUMBER_WORD, parseNumberWord } from "../lexicon.ts";

/** Production events, most specific first. */
const events: [RegExp, string][] = [
  [/\b(filming|shooting|production|principal photography|cameras?)\b[^.]{0,40}?\b(wrapped|wraps|has wrapped|had wrapped|finished|ended|completed|concluded|came to an end|wrapping)\b|\bwrap(s|ped|ping)? (up )?(filming|shooting|production)\b|\b(finished|completed|concluded) (filming|shooting)\b|\bfilming wrap\b/i, "filming-wrapped"],
  [/\b(filming|shooting|production)\b[^.]{0,30}?\b(halted|suspended|paused|stopped|shut down|put on hold)\b|\b(halt|suspend|pause)(ed|s)? (filming|shooting|production)\b/i, "filming-halted"],
  [/\b(resum(ed|es|ing)) (filming|shooting|production)\b|\b(filming|shooting|production) (has |have )?(resumed|restarted)\b/i, "filming-resumed"],
  [/\b(began|begun|begins|started|starts|start|kicked off|commenced|commences|entered|began principal) (filming|shooting|production|principal photography)\b|\b(filming|shooting|production|principal photography)\b[^.;]{0,50}?\b(is |has |had |was )?(now )?(underway|under way|begun|began|begins|begin|started|starts|start|kicked off|kicks off|in progress|commenced|got under way)\b|\bcameras? (are |started |began )?rolling\b|\bcurrently (filming|shooting)\b/i, "filming-started"],
  [/\b(script reading|table read|script read-through|first script read)\b/i, "script-reading"],
  [/\b(in|entered|into) post-?production\b/i, "post-production"],
  [/\b(casting (call|is underway|has begun|process)|(is|are) (currently )?casting|auditions)\b/i, "casting"],
  [/\b(announced|revealed|confirmed|set) (the |its )?(release|premiere) date\b|\brelease date (was |has been )?(announced|revealed|confirmed)\b/i, "date-announced"],
  [/\b(premiered|debuted|was (first )?released|were released|aired its first episode)\b/i, "premiere"],
];

const productionStatusLine = /production status:\s*([\p{L} -]+?)\s*\(\s*last updated:?\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*\)/iu;

const statusWords: [RegExp, string][] = [
  [/post-?production/i, "post-production"],
  [/pre-?production/i, "in-development"],
  [/filming|shooting|production/i, "filming"],
  [/development/i, "in-development"],
  [/released|completed|airing/i, "released"],
  [/cancell?ed/i, "cancelled"],
  [/announced|confirmed/i, "announced"],
];

function statusOf(text: string): string {
  return statusWords.find(([pattern]) => pattern.test(text))?.[1] ?? text.toLowerCase().trim().replace(/\s+/g, "-");
}

/** The date an undated sentence refers to: "filming is now underway" after "On February 3rd, 2022, …". */
function carriedDate(sentence: Sentence, context: ExtractionContext): FoundDate | undefined {
  // "Filming will begin …" looks ahead; it is not about the date of the sentence before.
  if (/\b(will|to be|is set to|is expected to|plans? to)\b/i.test(sentence.text)) return undefined;
  const previous = previousSentence(sentence, context);
  if (!previous || previous.paragraph !== sentence.paragraph) return undefined;
  const dates = datesIn(previous, context);
  return dates.length === 1 ? dates[0] : undefined;
}

/** Production events with their dates, a tracker's "Production Status: X (Last Updated: …)", and season statuses. */
export function productionCues(sentence: Sentence, context: ExtractionContext): ExtractedClaim[] {
  if (sentence.kind === "quote" || sentence.kind === "table" || sentence.kind === "heading") return [];
  const text = sentence.text;
  const claims: ExtractedClaim[] = [];

  const status = text.match(productionStatusLine);
  if (status) {
    const point = dateValue(Number(status[4]), Number(status[3]), Number(status[2]), "day");
    claims.push(makeClaim(sentence, context.titleMention, "production-status", { type: "enum", value: statusOf(status[1]!) }, "reported", {
      pointInTime: point,
      label: `Production Status: ${status[1]!.trim()}`,
      season: seasonIn(text, context) ?? context.focusSeason,
    }));
    return claims;
  }

  if (!aboutMain(sentence, context) && !/\b(filming|shooting|production|script reading|table read|casting|cameras)\b/i.test(text)) return claims;
  const carried = context.carry && sentence.paragraph <= context.carry.untilParagraph ? context.carry.certainty : undefined;
  for (const [pattern, kind] of events) {
    if (!pattern.test(text)) continue;
    if (/\b(lasted|took) longer than expected\b/i.test(text) && kind !== "filming-wrapped") continue;
    if (kind === "premiere") continue; // premieres come from release dates, where season and platform are read
    const dates = datesIn(sentence, context).filter((d) => !d.bound);
    const found = dates[0] ?? carriedDate(sentence, context);
    const qualifiers: Qualifiers = { season: seasonIn(text, context) ?? context.focusSeason };
    if (found) qualifiers.pointInTime = found.value;
    else if (context.published && /\b(now|currently|is underway|are underway|has begun|have begun)\b/i.test(text)) {
      qualifiers.pointInTime = dateValue(...(context.published.split("-").map(Number) as [number, number, number]), "day");
      qualifiers.label = "as of publication";
    }
    const certainty: Certainty = carried ?? sentenceCertainty(text);
    claims.push(makeClaim(sentence, context.titleMention, "production-event", { type: "enum", value: kind }, certainty, qualifiers));
    break;
  }
  claims.push(...seasonStatusCues(sentence, context));
  return claims;
}

const renewed = /\b(renewed|renews|renewal|greenlit|green-lit|green light|picked up|ordered|officially (coming back|returning|confirmed|happening)|(is|are|has been|was) (officially )?(confirmed|happening|a go|on the way)|confirmed (a |that )?(season \d+|\w+ season)|announced)\b/i;
const notYet = /\b(not (been |yet been |yet )?(guaranteed|renewed|confirmed|announced|greenlit|ordered)|no (word|news|update|announcement|official (word|announcement)|confirmation)|yet to (be )?(renew|confirm|announce|greenlight)|hasn['’]t (been |yet been )?(renewed|confirmed|announced)|remains? (unconfirmed|uncertain|up in the air)|things have remained quiet|unclear whether)\b/i;
const cancelled = /\b(cancell?ed|axed|scrapped|will not (return|be back|come back)|won['’]t (return|be back|come back)|not (be )?returning|pulled the plug|no (plans for (a|another))|ended after)\b/i;
const finalSeason = /\b(final|last|concluding) season\b|\bwill (end|conclude|wrap up) with (its |the )?(\w+ )?(season|series)\b/i;
const development = /\b(in (early )?development|writers['’]? room|being written|writing (has begun|is underway)|scripts? (is|are) being (written|developed))\b/i;
const wish = /\b(imagine|hope|hoping|wish|wishes|would love|dream|if|should|could|want(s|ed)? (to see|a))\b/i;

/** Renewed, cancelled, final season, in development, not yet renewed; never from a wish ("could not imagine a third season"). */
function seasonStatusCues(sentence: Sentence, context: ExtractionContext): ExtractedClaim[] {
  const text = sentence.text;
  if (!aboutMain(sentence, context)) return [];
  let season = seasonIn(text, context);
  const claims: ExtractedClaim[] = [];
  const certainty = sentenceCertainty(text);
  const pending = text.match(notYet);
  if (pending) {
    // The season the hedge is about is the one named after it ("… no word on a Season 2").
    const pendingSeason = seasonIn(text.slice(pending.index!), context) ?? season;
    if (pendingSeason) {
      claims.push(makeClaim(sentence, context.titleMention, "season-status", { type: "enum", value: "unconfirmed" }, "reported", { season: pendingSeason }));
      return claims;
    }
  }
  if (cancelled.test(text) && !wish.test(text)) {
    // "cancelled after two seasons": the season that will not come is the third.
    const after = text.match(new RegExp(`\\bafter\\s+(?:just\\s+|only\\s+)?(${NUMBER_WORD})\\s+seasons?\\b`, "i"));
    const ran = after ? parseNumberWord(after[1]!) : undefined;
    claims.push(makeClaim(sentence, context.titleMention, "season-status", { type: "enum", value: "cancelled" }, certainty === "speculative" ? "speculative" : certainty, { season: ran ? ran + 1 : season ?? context.focusSeason + 1 }));
    return claims;
  }
  if (finalSeason.test(text) && season) {
    claims.push(makeClaim(sentence, context.titleMention, "season-status", { type: "enum", value: "final-season" }, certainty, { season }));
  }
  // "announced that season 6 will be released in two parts" is a release, read by the release cues.
  const releaseNews = /\b(will be released|will premiere|premieres|will arrive|will debut|release date)\b/i.test(text) && !/\b(renew\w*|greenl\w*|ordered|picked up)\b/i.test(text);
  if (season && season > 1 && renewed.test(text) && !wish.test(text) && !releaseNews && /\b(season|series)\b/i.test(text)) {
    // "announced the renewal in June 2022": the date next to the renewal is when it happened.
    const at = text.search(renewed);
    // "renewed … for a third season, ahead of the season 2 premiere": the season after the renewal word.
    season = seasonIn(text.slice(at), context) ?? season;
    const when = datesIn(sentence, context).filter((d) => !d.bound).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
    const near = when && Math.abs(when.start - at) < 40 ? { pointInTime: when.value } : {};
    claims.push(makeClaim(sentence, context.titleMention, "season-status", { type: "enum", value: "renewed" }, certainty === "reported" ? "confirmed" : certainty, { season, ...near }));
  } else if (season && development.test(text) && !wish.test(text)) {
    claims.push(makeClaim(sentence, context.titleMention, "season-status", { type: "enum", value: "in-development" }, certainty, { season }));
  }
  return claims;
}
