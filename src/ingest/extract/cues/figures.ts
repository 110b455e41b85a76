import type { Qualifiers } from "../../../domain/claim.ts";
import { aboutMain, makeClaim, mentionsOtherTitle, type ExtractionContext } from "../context.ts";
import { sentenceCertainty } from "../certainty.ts";
import { NUMBER_WORD, ORDINAL_WORD, parseNumberWord, parseOrdinal, platforms, scaleNumber } from "../lexicon.ts";
import type { ExtractedClaim, Sentence } from "../types.ts";
import { seasonIn } from "./seasons.ts";

const approximateWords = /\b(over|more than|nearly|almost|around|about|approximately|roughly|close to|some|upwards of|just under|just over|at least|an estimated)\s*$/i;
const FIGURE = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(million|billion|thousand|[MBK]|mn|bn)?\\+?";

function listOf(text: string): string | undefined {
  if (/non-?english/i.test(text)) return /film|movie/i.test(text) ? "Films (Non-English)" : "TV (Non-English)";
  if (/\benglish[- ]language\b|\benglish tv\b/i.test(text)) return /film|movie/i.test(text) ? "Films (English)" : "TV (English)";
  if (/\bglobal(ly)?\b|\bworldwide\b/i.test(text)) return "global";
  return undefined;
}

function scopeOf(text: string): Qualifiers["scope"] {
  if (/\bfirst (\d{2}|twenty|thirty|ninety|91) days\b/i.test(text)) return "cumulative";
  if (/\b(first|opening|debut|premiere) (week|weekend|seven days|three days|five days)\b|\bin (its|their) first\b/i.test(text)) return "first-week";
  if (/\b(cumulative|in total|total of|so far|to date|overall|since (its|their)( [\w\s]{0,25})? (release|premiere|debut|launch)|combined|amassed|racked up a total)\b/i.test(text)) return "cumulative";
  return "week";
}

/** "for the third consecutive week": a run told by its ordinal. */
function ordinalRun(text: string): RegExpMatchArray | null {
  const match = text.match(new RegExp(`\\b(?:for\\s+)?(?:a|the)\\s+(${ORDINAL_WORD})\\s+(?:consecutive|straight|successive)\\s+week\\b`, "i"));
  if (!match) return null;
  const value = parseOrdinal(match[1]!);
  if (!value) return null;
  const result = [match[0], String(value)] as unknown as RegExpMatchArray;
  result.index = match.index;
  return result;
}

function platformOf(text: string): string | undefined {
  return platforms.find((p) => p.pattern.test(text))?.name;
}

/** Hours viewed, views, chart runs and ranks, critics' and broadcast ratings, episode counts. */
export function figureCues(sentence: Sentence, context: ExtractionContext): ExtractedClaim[] {
  if (sentence.kind === "quote" || sentence.kind === "table") return [];
  const text = sentence.text;
  if (!aboutMain(sentence, context) && !/\b(hours|views|top 10|rotten tomatoes|imdb|metacritic|nielsen|ratings?|percent)\b/i.test(text)) return [];
  // Another show's figure ("The Night Agent debuted at No. 1 …") is not this one's: skip what follows its name.
  const other = mentionsOtherTitle(text, context);
  const otherAt = other && !text.includes(context.title) ? text.indexOf(other) : -1;
  const ours = (index: number) => otherAt < 0 || index < otherAt;
  const claims: ExtractedClaim[] = [];
  const certainty = sentenceCertainty(text) === "speculative" ? "speculative" : sentenceCertainty(text) === "rumored" ? "rumored" : "reported";
  const subject = context.titleMention;
  const base: Qualifiers = {};
  const platform = platformOf(text);
  if (platform) base.platform = platform;
  const list = listOf(text);
  if (list) base.list = list;
  const season = seasonIn(text, context);
  if (season) base.season = season;

  for (const match of text.matchAll(new RegExp(`${FIGURE}\\s+(hours|views|viewers|households|streams)\\b`, "gi"))) {
    if (!ours(match.index!)) continue;
    const value = scaleNumber(match[1]!, match[2]);
    const approximate = approximateWords.test(text.slice(0, match.index!)) || /\+/.test(match[0]);
    const metric = /hours/i.test(match[3]!) ? "hours-viewed" : "views";
    const window = text.slice(Math.max(0, match.index! - 80), match.index! + match[0].length + 60);
    // "averaged 32 million viewers per episode": an average over the season, not one week's count.
    const average = /\b(averag\w*|per episode)\b/i.test(window);
    claims.push(makeClaim(sentence, subject, metric, { type: "number", value, approximate }, certainty, { ...base, scope: average ? "cumulative" : scopeOf(window), ...(average ? { label: "average per episode" } : {}) }));
  }

  const consecutive = text.match(new RegExp(`\\b(${NUMBER_WORD})\\s+(?:consecutive|straight|successive|back-to-back)\\s+weeks\\b`, "i")) ?? ordinalRun(text);
  if (consecutive && ours(consecutive.index ?? 0) && /\b(top(ped|ping)?|no\.?\s*1|number (one|1)|#1|first place|top spot|the top|led|leading|dominat\w+)\b/i.test(text)) {
    claims.push(makeClaim(sentence, subject, "consecutive-weeks-at-number-1", { type: "number", value: parseNumberWord(consecutive[1]!)!, approximate: false }, certainty, { ...base, scope: "cumulative" }));
  }
  const weeksTop10 = text.match(new RegExp(`\\b(${NUMBER_WORD})\\s+weeks\\s+(?:in|on)\\s+(?:the\\s+)?(?:[\\w'’]+\\s+){0,3}top\\s*10\\b`, "i"));
  const weeksTop = text.match(new RegExp(`\\b(${NUMBER_WORD})\\s+(?:total\\s+)?weeks\\s+(?:at|in)\\s+(?:the\\s+)?(?:No\\.\\s*1|#1|number one|number 1|top spot|first place)\\b`, "i"));
  if (weeksTop && !consecutive && ours(weeksTop.index!)) claims.push(makeClaim(sentence, subject, "weeks-at-number-1", { type: "number", value: parseNumberWord(weeksTop[1]!)!, approximate: false }, certainty, { ...base, scope: "cumulative" }));
  if (weeksTop10 && ours(weeksTop10.index!)) claims.push(makeClaim(sentence, subject, "weeks-in-top-10", { type: "number", value: parseNumberWord(weeksTop10[1]!)!, approximate: false }, certainty, { ...base, scope: "cumulative" }));
  const rank = text.match(/\b(?:ranked|ranking|placed|landed|debuted|sat|came in|was|at|reached|kept|keeping|held|holding|took|taking)\s+(?:at\s+|the\s+)?(?:No\.|no\.|number|#)\s*(\d{1,2})\b/);
  if (rank && ours(rank.index!) && /\b(top 10|chart|list|ranking)\b/i.test(text) && !weeksTop) claims.push(makeClaim(sentence, subject, "rank", { type: "number", value: Number(rank[1]), approximate: false }, certainty, { ...base, scope: scopeOf(text) }));

  const rotten = text.match(/(\d{1,3})%\s+(?:[\w-]+\s+){0,3}?(?:on|from|at)\s+Rotten Tomatoes|Rotten Tomatoes(?:\s+\w+){0,3}\s+(?:of|at)\s+(\d{1,3})%/i);
  if (rotten && ours(rotten.index!)) claims.push(makeClaim(sentence, subject, "rating", { type: "number", value: Number(rotten[1] ?? rotten[2]), approximate: false }, "reported", { site: "Rotten Tomatoes", scale: "percent" }));
  const imdb = text.match(/(\d(?:\.\d)?)\s*(?:\/|out of)\s*10\s+(?:on|from)\s+IMDb|IMDb(?:\s+\w+){0,3}\s+(?:of|at)\s+(\d(?:\.\d)?)(?:\s*\/\s*10)?/i);
  if (imdb && ours(imdb.index!)) claims.push(makeClaim(sentence, subject, "rating", { type: "number", value: Number(imdb[1] ?? imdb[2]), approximate: false }, "reported", { site: "IMDb", scale: "10" }));
  const metacritic = text.match(/Metacritic(?:\s+\w+){0,3}\s+(?:of|at)\s+(\d{1,3})|(\d{1,3})\s+on\s+Metacritic/i);
  if (metacritic && ours(metacritic.index!)) claims.push(makeClaim(sentence, subject, "rating", { type: "number", value: Number(metacritic[1] ?? metacritic[2]), approximate: false }, "reported", { site: "Metacritic", scale: "percent" }));
  // Broadcast ratings: the sentence or its paragraph names the ratings source ("According to Nielsen Korea, …").
  const paragraphText = context.text.slice(Math.max(0, context.text.lastIndexOf("\n\n", sentence.start)), context.text.indexOf("\n\n", sentence.end) >= 0 ? context.text.indexOf("\n\n", sentence.end) : undefined);
  if ((/\b(nielsen|tnms|viewership rating|audience rating|ratings?)\b/i.test(text) || (/\b(nielsen|tnms)\b/i.test(paragraphText) && /\b(recorded|scored|rating|percent)\b/i.test(text))) && !rotten) {
    for (const match of text.matchAll(/(\d{1,2}(?:\.\d{1,2})?)\s*(?:%|percent)/gi)) {
      if (!ours(match.index!)) continue;
      const site = /tnms/i.test(paragraphText) ? "TNmS" : /nielsen/i.test(paragraphText) ? "Nielsen Korea" : "broadcast rating";
      const scope = /\b(seoul|metropolitan|capital)\b/i.test(text.slice(Math.max(0, match.index! - 40), match.index!)) ? "capital area" : "nationwide";
      claims.push(makeClaim(sentence, subject, "rating", { type: "number", value: Number(match[1]), approximate: false }, "reported", { site, scale: "percent", label: scope }));
    }
  }

  // Episode counts: "a total of eight episodes", "its first 16 episodes", "a 12-episode season"; never "the first two episodes".
  const episodes = text.match(new RegExp(`\\b(?:(?:a\\s+)?total\\s+of|(?:its|their|all)(?:\\s+first)?|consists?\\s+of|consisting\\s+of|comprising|comprises?|spans?|ran\\s+for|running\\s+for|with(?:\\s+the\\s+remaining)?|the\\s+remaining|spanning|runs?\\s+for|will\\s+have|has|have|of)\\s+(${NUMBER_WORD})\\s+episodes\\b|\\b(${NUMBER_WORD})[- ]episode\\s+(?:series|season|drama|run|order|show)\\b`, "i"));
  if (episodes && ours(episodes.index!) && aboutMain(sentence, context) && !/\bthe first (\w+ )?episodes?\b/i.test(text.slice(Math.max(0, episodes.index! - 4), episodes.index! + episodes[0].length))) {
    const value = parseNumberWord(episodes[1] ?? episodes[2]!);
    if (value && value > 1 && value < 200) {
      const partMatch = text.match(/\bpart\s*(\d)\b/i);
      const qualifiers: Qualifiers = { season: season ?? context.focusSeason };
      if (partMatch && !/\bparts\b/i.test(text)) qualifiers.part = Number(partMatch[1]);
      claims.push(makeClaim(sentence, subject, "episode-count", { type: "number", value, approximate: false }, sentenceCertainty(text) === "confirmed" ? "confirmed" : certainty, qualifiers));
    }
  }
  return claims;
}
