import type { Certainty } from "../../../domain/certainty.ts";
import type { Qualifiers } from "../../../domain/claim.ts";
import { aboutMain, datesIn, makeClaim, mentionsOtherTitle, nextSentence, type ExtractionContext } from "../context.ts";
import { hedged, hedgeIn, sentenceCertainty } from "../certainty.ts";
import { platforms } from "../lexicon.ts";
import type { ExtractedClaim, Sentence } from "../types.ts";
import { partCountIn, partIn, seasonIn, seasonNear } from "./seasons.ts";

const releaseVerb =
  /\b(premier(e|es|ed|ing)?|releas(e|es|ed|ing)|land(s|ed|ing)?|arriv(e|es|ed|ing)|debut(s|ed|ing)?|drop(s|ped|ping)?|air(s|ed|ing)?|stream(s|ed|ing)?|launch(es|ed|ing)?|hit(s|ting)? (netflix|screens|the (platform|service|streamer))|set for|slated for|scheduled for|coming (to|in|on)|out on|return(s|ed|ing)?|bow(s|ed)?|streaming (on|from)|(release|premiere|air) date|will follow|follows on)\b/i;
const doubted = /\b(didn['’]t|did not|don['’]t|do not|won['’]t|will not|not) (expect|anticipate|think|see)|\bunlikely\b|\bno longer\b/i;
/** Words just before a date that mark it as the plan given up: "originally planned for March", "from March 1". */
const givenUpBefore = /\b((originally|initially|previously|first) (planned|scheduled|set|slated|expected|due)(\s+\w+){0,2}?(\s+(for|to|on|in))?|from)\s+(the\s+)?$/i;
/** "sources on January 5", "reported on Tuesday": when something was said, not when the show comes out. */
const attributionBefore = /\b(sources?|reports?|reported|announced|said|stated|told|revealed|according to [^,]{0,40}?)\s+(on|as of|this)\s+$/i;
const postponed = /\b(postpon\w+|delay\w*|push(ed)? back|moved (up|back|to)|rescheduled|pushed to)\b/i;

function regionOf(text: string): string {
  if (/\b(globally|worldwide|around the world|in over \d+ countries|global(ly)? release)\b/i.test(text)) return "global";
  if (/\bin (south )?korea\b|\bkorean (audiences|viewers|broadcast)\b|\bKST\b/i.test(text)) return "KR";
  if (/\bin the (us|u\.s\.|united states)\b/i.test(text)) return "US";
  if (/\bin the (uk|u\.k\.|united kingdom)\b/i.test(text)) return "GB";
  if (/\bin japan\b/i.test(text)) return "JP";
  return "global";
}

function platformOf(text: string): string | undefined {
  return platforms.find((p) => p.pattern.test(text))?.name;
}

/**
 * Release dates and windows, with season and part: "premieres December 30, 2022", "expected in the
 * first half of 2023", "Part 2 arrives March 10". A denied or doubted expectation is kept, marked.
 */
export function releaseCues(sentence: Sentence, context: ExtractionContext): ExtractedClaim[] {
  if (sentence.kind === "quote" || sentence.kind === "table" || sentence.kind === "heading") return [];
  const text = sentence.text;
  const claims: ExtractedClaim[] = [];
  const season = seasonIn(text, context);
  const partCount = partCountIn(text);
  if (partCount && partCount > 1 && aboutMain(sentence, context)) {
    claims.push(makeClaim(sentence, context.titleMention, "part-count", { type: "number", value: partCount, approximate: false }, "confirmed", { season: season ?? 1 }));
  }
  if (/\b(is|are) (now )?(streaming|available)\b/i.test(text) && aboutMain(sentence, context) && !/\bwill\b/i.test(text)) {
    claims.push(makeClaim(sentence, context.titleMention, "season-status", { type: "enum", value: "released" }, "confirmed", { season: season ?? 1 }));
  }
  // Verbs inside quoted or known titles ("Crash Landing on You") are not the show's release.
  let masked = text.replace(/[“"][^”"]{2,80}[”"]/g, (m) => " ".repeat(m.length));
  for (const other of context.otherTitles) masked = masked.split(other).join(" ".repeat(other.length));
  const verb = masked.match(releaseVerb);
  if (!verb) return claims;
  // "made her Netflix debut", "his return to TV": a person's debut, not the show's.
  if (/\b(his|her|their|my)\s+(\w+\s+){0,2}(debut|return)\b/i.test(text) && !/\b(series|show|drama|season)\b[^.]*\b(premiere|release|debut)/i.test(text.replace(/\b(his|her|their)\s+(\w+\s+){0,2}debut/i, ""))) return claims;
  if (!aboutMain(sentence, context) || mentionsOtherTitle(text, context) && !text.includes(context.title)) return claims;
  const dates = datesIn(sentence, context).filter((d) => d.value.date.slice(0, 4) >= "1990");
  if (dates.length === 0) return claims;
  // "will air its final episode on April 28": the finale, not the release.
  if (/\b(final episode|finale|last episode|final two episodes|concludes?|wraps up its run)\b/i.test(text) && !/\b(season|series) (premiere|debut)\b/i.test(text)) {
    const found = dates[0]!;
    claims.push(makeClaim(sentence, context.titleMention, "production-event", { type: "enum", value: "finale" }, sentenceCertainty(text) === "speculative" ? "speculative" : "reported", { season: season ?? context.focusSeason, pointInTime: found.value }));
    return claims;
  }
  const next = nextSentence(sentence, context);
  const hedge = hedgeIn(text, next && next.paragraph === sentence.paragraph ? next.text : undefined);
  let certainty: Certainty = context.carry && sentence.paragraph <= context.carry.untilParagraph ? context.carry.certainty : sentenceCertainty(text);
  const isDoubted = doubted.test(text);
  if (isDoubted && certainty !== "denied") certainty = "speculative";
  // A release stated in the past tense before the article's date has happened.
  const past = /\b(was|were) (first )?(released|premiered|launched)|\b(premiered|debuted|aired|dropped|landed|arrived) (on|in)\b|\bsince its\b/i.test(text);
  const platform = platformOf(text);
  const region = regionOf(text);
  const moved = postponed.test(text);
  dates.forEach((found, index) => {
    if (attributionBefore.test(text.slice(Math.max(0, found.start - 50), found.start))) return;
    // "On March 3, JTBC confirmed …": the day of the news.
    if (/^\s*(on|as of)\s+$/i.test(text.slice(0, found.start)) && /^,?\s+[^,.]{0,50}?\b(confirmed|announced|revealed|reported|said|shared|stated|told|unveiled|released the)\b/i.test(text.slice(found.end))) return;
    const isPast = past && (!context.published || found.value.date <= context.published);
    // An unnamed season: a premiere weeks before the article is the season the article is about; an old one, the first.
    const recent = context.published !== null && Date.parse(context.published) - Date.parse(found.value.date) <= 120 * 86_400_000;
    const near = season !== undefined ? seasonNear(text, verb.index!, context) : undefined;
    const qualifiers: Qualifiers = { season: near ?? (isPast && !recent ? 1 : context.focusSeason), region };
    const part = partIn(text);
    if (part) qualifiers.part = part;
    if (platform) qualifiers.platform = platform;
    if (hedge) qualifiers.hedge = hedge;
    if (found.bound) qualifiers.label = `${found.bound} ${found.value.label}`;
    // "moved from March 1 to March 8": the first date is the one given up.
    const givenUp = givenUpBefore.test(text.slice(Math.max(0, found.start - 40), found.start)) && (moved || dates.length > 1 || /originally|initially|previously/i.test(text));
    void index;
    if (isDoubted || givenUp) qualifiers.doubted = true;
    if (moved && !givenUp) qualifiers.label = qualifiers.label ? `${qualifiers.label}; moved` : "moved";
    const value = { type: "date" as const, ...found.value };
    const finalCertainty = isPast && !isDoubted ? "confirmed" : hedged(certainty, hedge);
    claims.push({ ...makeClaim(sentence, context.titleMention, "release-date", value, finalCertainty, qualifiers) });
  });
  return claims;
}
