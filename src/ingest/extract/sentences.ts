import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Paragraph } from "../read/clean-article.ts";
import type { Sentence } from "./types.ts";

// The English model takes ~190 MB and ~200 ms to load: only commands that read prose pay for it.
let loaded: ReturnType<typeof winkNLP> | undefined;
function nlp(): ReturnType<typeof winkNLP> {
  loaded ??= winkNLP(model, ["sbd"]);
  return loaded;
}

/** Abbreviations a sentence cannot end on: "Rosa Sta. Ines", "Dara J. Quill", "No. 2", "Oct. 14". */
const abbreviation = /(?:^|\s)(?:Sta|St|Jr|Sr|Dr|Mr|Mrs|Ms|Mt|No|Nos|Vol|Ep|Eps|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|approx|est|Prof|Gen|Col|Capt|Cpl|Sgt|Lt|Cmdr|Det|Insp|Supt|Const|Rev|Fr|Sen|Rep|Gov|Hon|Pvt|Adm|Maj|[\p{Lu}])\.$/u;

/** Whether a text ends on an abbreviation and its full stop ("Jodi Sta.", "Lt."), so no sentence ends there. */
export function endsOnAbbreviation(text: string): boolean {
  return abbreviation.test(text);
}

/** "(Hello, Lantern!)": a title's "!" inside parentheses does not end the sentence around it (nor does one before a lower-case word). */
function openParentheses(text: string): number {
  return (text.match(/\(/g)?.length ?? 0) - (text.match(/\)/g)?.length ?? 0);
}

/**
 * Longer "sentences" are run-ons, lists or pasted data, not prose a reader takes a fact from, and
 * reading them costs time that grows faster than their length: they are left unread (and said so).
 */
export const MAX_SENTENCE_CHARS = 1000;

/** Where each sentence stands in its paragraph, with sentences that end on an abbreviation joined to the next. */
function spans(paragraphText: string, texts: string[]): { at: number; end: number }[] {
  const out: { at: number; end: number }[] = [];
  let cursor = 0;
  for (const text of texts) {
    const at = paragraphText.indexOf(text, cursor);
    if (at < 0) continue;
    cursor = at + text.length;
    const last = out[out.length - 1];
    const previous = last && last.end - last.at <= MAX_SENTENCE_CHARS ? paragraphText.slice(last.at, last.end) : "";
    if (last && previous && ((abbreviation.test(previous) && /^[\p{Lu}\p{N}]/u.test(text)) || openParentheses(previous) > 0 || /^\s*\d{1,3}\.$/.test(previous) || (/[!?][)"”’]?$/.test(previous) && /^\p{Ll}/u.test(text)))) last.end = cursor;
    else out.push({ at, end: cursor });
  }
  return out;
}

/**
 * Sentences with their offsets in the article text. Paragraphs are split first (wink joins a
 * heading without a full stop to the next line), then wink-nlp splits each paragraph.
 */
export function splitSentences(paragraphs: Paragraph[]): { sentences: Sentence[]; overlong: number } {
  const sentences: Sentence[] = [];
  let overlong = 0;
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const texts: string[] = paragraph.kind === "table" ? [paragraph.text] : nlp().readDoc(paragraph.text).sentences().out();
    for (const { at, end } of spans(paragraph.text, texts)) {
      if (end - at > MAX_SENTENCE_CHARS) {
        overlong += 1;
        continue;
      }
      sentences.push({
        text: paragraph.text.slice(at, end),
        start: paragraph.start + at,
        end: paragraph.start + end,
        paragraph: paragraphIndex,
        kind: paragraph.kind,
        index: sentences.length,
      });
    }
  });
  return { sentences, overlong };
}

/** wink-nlp's tokenizer alone: the ceiling the ingest benchmark compares against. */
export function countTokens(text: string): number {
  return nlp().readDoc(text).tokens().length();
}
