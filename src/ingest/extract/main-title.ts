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
  let best: string | undefined;
  let bestScore = 0;
  for (const [candidate, weight] of candidates) {
    const count = occurrences(text, candidate);
    if (count === 0) continue;
    const score = weight * 2 + count;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
