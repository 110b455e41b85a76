import { ORDINAL_WORD, parseNumberWord, parseOrdinal, NUMBER_WORD } from "../lexicon.ts";
import type { ExtractionContext } from "../context.ts";

/** "Season 2", "S2", "second season", "the new season" → a season number, or undefined. */
export function seasonIn(text: string, context: ExtractionContext): number | undefined {
  const numbered = text.match(/\bseason\s*(\d{1,2})\b|\bS(\d{1,2})\b(?!\w)/i);
  if (numbered) return Number(numbered[1] ?? numbered[2]);
  const ordinal = text.match(new RegExp(`\\b(${ORDINAL_WORD})(?:\\s+and\\s+(?:final|last))?\\s+(?:season|series|installment|instalment)\\b`, "i"));
  if (ordinal) return parseOrdinal(ordinal[1]!);
  if (/\b(new|next|upcoming|latest|coming|returning|final)\s+(season|episodes|installment)\b/i.test(text)) return context.focusSeason;
  return undefined;
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
