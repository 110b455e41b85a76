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

/**
 * Sentences with their offsets in the article text. Paragraphs are split first (wink joins a
 * heading without a full stop to the next line), then wink-nlp splits each paragraph.
 */
export function splitSentences(paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const texts: string[] = paragraph.kind === "table" ? [paragraph.text] : nlp().readDoc(paragraph.text).sentences().out();
    let cursor = 0;
    for (const text of texts) {
      const at = paragraph.text.indexOf(text, cursor);
      if (at < 0) continue;
      cursor = at + text.length;
      sentences.push({
        text,
        start: paragraph.start + at,
        end: paragraph.start + at + text.length,
        paragraph: paragraphIndex,
        kind: paragraph.kind,
        index: sentences.length,
      });
    }
  });
  return sentences;
}

/** wink-nlp's tokenizer alone: the ceiling the ingest benchmark compares against. */
export function countTokens(text: string): number {
  return nlp().readDoc(text).tokens().length();
}
