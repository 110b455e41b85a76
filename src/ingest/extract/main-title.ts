import { platforms } from "./lexicon.ts";
import { findKoreanNames, trailingTitle } from "./names.ts";

/** Words that open a headline question or a lede and are never part of a title. */
const leadingNoise = /^(will|is|are|when|what|where|who|why|how|does|did|has|have|could|should|can|do|here's|heres|everything|all|upcoming|new|exclusive|watch|first|official|report|breaking|review|confirmed|netflix's|the latest)\s+/i;
const stopPhrases = /^(season|part|episode|netflix|release date|cast|trailer|plot|spoilers?|the series|the show|the drama|south korean|korean)$/i;

function cleanCandidate(raw: string, quoted = false): string | undefined {
  let candidate = raw.trim().replace(/^[“"'‘]+|[”"'’:,]+$/g, "").trim();
  // A quoted title is taken as written: "When Life Gives You Tangerines" keeps its "When".
  if (!quoted) for (let i = 0; i < 3; i++) candidate = candidate.replace(leadingNoise, "");
  candidate = candidate.replace(/^(?:[\p{L}+]+)['’]s\s+/u, (match) => (platforms.some((p) => p.pattern.test(match)) ? "" : match));
  candidate = candidate.replace(/\s+(season|part|series|s)\s*\d+.*$/i, "").replace(/\s+(season|part)$/i, "").trim();
  if (!candidate || stopPhrases.test(candidate) || candidate.length < 2 || /^[\p{N}\p{P}\s]+$/u.test(candidate)) return undefined;
  if (platforms.some((p) => new RegExp(`^${p.pattern.source}$`).test(candidate))) return undefined;
  if (findKoreanNames(candidate).some((n) => n.name === candidate)) return undefined;
  return candidate;
}

function occurrences(text: string, phrase: string): number {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.match(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "gu"))?.length ?? 0;
}

/**
 * The show an article is about: phrases in title position in the headline and lede ("X Season 2",
 * "Netflix's X", "drama X", a quoted “X”), scored by how often the article repeats them.
 */
export function detectMainTitle(headline: string | null, text: string): string | undefined {
  const lead = [headline ?? "", text.slice(0, 600)].join("\n");
  const candidates = new Map<string, number>();
  const add = (raw: string | undefined, weight: number, quoted = false) => {
    if (!raw) return;
    const candidate = cleanCandidate(raw, quoted);
    if (!candidate) return;
    candidates.set(candidate, (candidates.get(candidate) ?? 0) + weight);
  };
  // A title stays on one line and does not run across a full stop.
  const capRun = "((?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’:&!+-]*|of|the|a|an|and|in|on|to|for|with|from)(?:[ \\t]+(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’:&!+-]*|of|the|a|an|and|in|on|to|for|with|from))*)";
  for (const match of lead.matchAll(/(?<![\p{L}])[“"‘']([^”"’']{2,60})[”"’'](?![\p{L}])/gu)) add(match[1], 3, true);
  for (const match of lead.matchAll(new RegExp(`${capRun}\\s+(?:Season|Part|S)\\s*\\d+`, "gu"))) add(match[1], 3);
  for (const match of lead.matchAll(new RegExp(`(?:drama|series|show|thriller|comedy|film|movie|K-drama|anime|sitcom|miniseries|docuseries|Original)\\s+${capRun}`, "gu"))) add(trailingTitle(match[1]!.split(/\s+(?:will|is|has|was|are)\s+/)[0]!), 2);
  for (const platform of platforms) {
    for (const match of lead.matchAll(new RegExp(`${platform.pattern.source}['’]s\\s+${capRun}`, "gu"))) add(match[match.length - 1], 2);
  }
  if (headline) {
    const words = headline.split(/\s+(?:will|is|are|has|have|gets?|returns?|renewed|season|part|dominates|tops|review|ending|explained|cast|release)\b/i)[0];
    add(words, 1);
  }
  // "Squid Game 2" is the show "Squid Game" when the article also calls it that.
  for (const [candidate, weight] of [...candidates]) {
    const sequel = candidate.match(/^(.+?)\s+([2-9])$/);
    if (sequel && occurrences(text, sequel[1]!) > occurrences(text, candidate)) candidates.set(sequel[1]!, (candidates.get(sequel[1]!) ?? 0) + weight);
  }
  // The body without the headline: a phrase counts by how often the article itself repeats it.
  const body = headline && text.startsWith(headline) ? text.slice(headline.length) : text;
  // Nothing in title position that the body repeats: a quoted or "X Season 2" title of the headline
  // stands on its own; failing that, the capitalized phrase the article repeats most.
  if (![...candidates.keys()].some((c) => occurrences(body, c) > 0)) {
    const structural = [...candidates.entries()].filter(([, weight]) => weight >= 2).sort((a, b) => b[1] - a[1])[0];
    if (structural) return structural[0];
    const counts = new Map<string, number>();
    for (const match of body.matchAll(/(?<![\p{L}'’])((?:[\p{Lu}][\p{L}\p{N}'’:-]*)(?:[ ](?:of|the|a|an|and|in|on|to|for|with|from)?[ ]?[\p{Lu}\p{N}][\p{L}\p{N}'’:-]*){1,5})/gu)) {
      const phrase = match[1]!.replace(/['’]s$/, "");
      if (/^(The|A|An|In|On|At|As|By|For|But|And|This|That|It|He|She|They|According|Meanwhile|However)\s/.test(phrase) && phrase.split(" ").length < 3) continue;
      if (/\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(phrase)) continue;
      const candidate = cleanCandidate(phrase);
      if (candidate) counts.set(candidate, (counts.get(candidate) ?? 0) + 1);
    }
    // Most repeated; among equals, the first the body names (Map order is the order of appearance).
    const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (top) candidates.set(top[0], 1);
  }
  let best: string | undefined;
  let bestScore = 0;
  for (const [candidate, weight] of candidates) {
    const count = occurrences(body, candidate);
    if (count === 0) continue;
    const score = weight * 2 + count;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
