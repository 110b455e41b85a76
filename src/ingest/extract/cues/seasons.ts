import { ORDINAL_WORD, parseNumberWord, parseOrdinal, NUMBER_WORD } from "../lexicon.ts";
import type { ExtractionContext } from "../context.ts";

/** "Season 2", "S2", "second season", "the new season" → a season number, or undefined. */
export function seasonIn(text: string, context: ExtractionContext): number | undefined {
  // The first season the text names, whether as "Season 2", "S2" or "second season".
  const numbered = text.match(/\bseason\s*(\d{1,2})\b|\bS(\d{1,2})\b(?!\w)/i);
  const ordinal = text.match(new RegExp(`\\b(${ORDINAL_WORD})(?:\\s+and\\s+(?:final|last))?\\s+(?:season|series|installment|instalment)\\b`, "i"));
  if (numbered && (!ordinal || numbered.index! <= ordinal.index!)) return Number(numbered[1] ?? numbered[2]);
  if (ordinal) return parseOrdinal(ordinal[1]!);
  if (/\b(new|next|upcoming|latest|coming|returning|final)\s+(season|episodes|installment)\b/i.test(text)) return context.focusSeason;
  return undefined;
}

/** The season named nearest a point of the text ("renewed for a third season, ahead of the season 2 premiere on April 13"). */
export function seasonNear(text: string, at: number, context: ExtractionContext): number | undefined {
  const mentions: { index: number; season: number }[] = [];
  for (const m of text.matchAll(/\bseason\s*(\d{1,2})\b|\bS(\d{1,2})\b(?!\w)/gi)) mentions.push({ index: m.index!, season: Number(m[1] ?? m[2]) });
  for (const m of text.matchAll(new RegExp(`\\b(${ORDINAL_WORD})(?:\\s+and\\s+(?:final|last))?\\s+(?:season|series|installment|instalment)\\b`, "gi"))) {
    const season = parseOrdinal(m[1]!);
    if (season) mentions.push({ index: m.index!, season });
  }
  if (mentions.length === 0) return seasonIn(text, context);
  return mentions.sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0]!.season;
}

/** "Part 2", "the second part", "Parts 1 and 2" → the part number named first. */
export function partIn(text: string): number | undefined {
  const numbered = text.match(/\bpart\s*(\d{1,2}|one|two|three|four)\b/i);
  if (numbered) return parseNumberWord(numbered[1]!) ?? undefined;
  const ordinal = text.match(new RegExp(`\\b(?:the\\s+)?(${ORDINAL_WORD})\\s+(?:part|half of the season|batch)\\b`, "i"));
  if (ordinal) return parseOrdinal(ordinal[1]!);
  return undefined;
}

/** "split into two parts", "in two parts", "Parts 1 and 2" → how many parts. */
export function partCountIn(text: string): number | undefined {
  const split = text.match(new RegExp(`\\b(?:split|divided|released|broken up|arrive|arriving|drop|dropping|come|coming)\\s+(?:in|into)\\s+(${NUMBER_WORD})\\s+(?:parts|halves|batches|volumes)\\b`, "i"));
  if (split) return parseNumberWord(split[1]!);
  const listed = text.match(/\bparts\s+(\d)\s+(?:and|&)\s+(\d)\b/i);
  if (listed) return Math.max(Number(listed[1]), Number(listed[2]));
  return undefined;
}
