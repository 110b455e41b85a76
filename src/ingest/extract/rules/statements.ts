import type { Paragraph } from "../../read/clean-article.ts";
import type { ArticleScope } from "../engine/article-scope.ts";
import { findKoreanNames } from "../names.ts";
import type { ExtractedClaim, Mention } from "../types.ts";

/**
 * Statements: block quotes (paragraphs opened by a quote mark, running on until it closes)
 * attributed by the paragraph that introduces them, and inline quotes after "X said" or before
 * "…, X said". A paragraph-level pass: a quote spans sentences.
 */

const NAME = "[\\p{Lu}][\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]+){0,3}";

/** The outlet a statement was taken from: "(via Daily Reel)", "(per Screen Ledger)", "reported by X". */
export function viaIn(text: string): string | undefined {
  const match = text.match(/\((?:via|per|from|source:?|h\/t)\s+([^)]+)\)|\breported by ([\p{Lu}][\p{L}\p{N}]+(?:\s[\p{Lu}][\p{L}\p{N}]+)?)\b/iu);
  return (match?.[1] ?? match?.[2])?.trim();
}

interface Speaker {
  speaker: string;
  onBehalfOf?: string;
  organization?: string;
}

function personName(written: string, scope: ArticleScope, paragraph?: number): string | undefined {
  // "Writer Kang Full said": the role is not part of the name.
  const raw = written.replace(/^(?:Writer|Director|Screenwriter|Showrunner|Creator|Producer|Executive Producer|Actor|Actress|Star|PD|Composer|CEO)\s+/, "");
  if (/^(?:he|she|they)$/i.test(raw)) return paragraph === undefined ? undefined : personBefore(scope, paragraph);
  const korean = findKoreanNames(raw)[0]?.name;
  if (korean) return korean;
  const resolved = scope.people.resolve(raw);
  if (resolved) return resolved;
  return raw.split(/\s+/).length >= 2 && !/^(The|This|That|It|In|According|Penning|Speaking)\b/.test(raw) ? raw : undefined;
}

/** The last person named before a paragraph, for a quote attributed to "he" or "she". */
function personBefore(scope: ArticleScope, paragraph: number): string | undefined {
  for (let i = scope.frames.length - 1; i >= 0; i--) {
    const frame = scope.frames[i]!;
    if (frame.sentence.paragraph >= paragraph) continue;
    const names = frame.slots.filter((s) => s.kind === "N" && !scope.people.is(s.text, "character") && /\s/.test(s.text));
    if (names.length) return names[names.length - 1]!.text;
  }
  return undefined;
}

const REPRESENTING_CLIENT = new RegExp(`\\bI am (?:lawyer|attorney|a representative|the representative|representative)?\\s*(${NAME}) (?:of|from) (?:law firm |the law firm |agency )?([\\p{Lu}][\\p{L}&.\\s]+?),? (?:who is|who are|which is|and I am) representing (?:director|actor|actress|singer|writer|producer)?\\s*(${NAME})`, "u");
const REPRESENTATIVES_OF = new RegExp(`(${NAME}|the (?:actor|actress|filmmaker|director|writer|star))['’]s?\\s+(legal representation|representation|representatives?|reps?|agency|label|management|lawyers?|legal team|spokesperson)`, "u");
const NAMED_SUBJECT = new RegExp(`,\\s*(${NAME})\\s+(?:confirmed|said|stated|admitted|explained)`, "u");
const SAID_BY = new RegExp(`(${NAME})\\s+(?:said|says|stated|told|wrote|shared|explained|added|revealed|commented|posted)\\b|\\b(?:said|says|wrote|according to)\\s+(${NAME})`, "u");
const QUOTE_THEN_SPEAKER = new RegExp(`[“"]([^”"]{20,}?)[,.!?]?[”"],?\\s+(${NAME}|he|she)\\s+(?:said|says|told|added|explained|wrote)`, "u");
const SPEAKER_THEN_QUOTE = new RegExp(`(${NAME})\\s+(?:said|says|wrote|writes|stated|told [\\w\\s]+?|shared|added|explained|posted|commented)(?:\\s+(?:on|in|to|at|via|during|through)\\s+[\\w\\s]+?)?,?:?\\s*[“"]([^”"]{20,})[”"]`, "u");

function speakerOf(intro: string, quote: string, scope: ArticleScope): Speaker | undefined {
  const representing = quote.match(REPRESENTING_CLIENT);
  if (representing) {
    const speaker = representing[1]!.trim();
    scope.people.note(speaker, "non-credit");
    const client = findKoreanNames(representing[3]!)[0]?.name ?? representing[3]!.trim();
    return { speaker, onBehalfOf: scope.people.resolve(client) ?? client, organization: representing[2]!.trim() };
  }
  const reps = intro.match(REPRESENTATIVES_OF);
  if (reps) {
    const who = scope.people.resolve(reps[1]!) ?? reps[1]!;
    const kind = /legal|lawyer/i.test(reps[2]!) ? "legal representatives" : /agency|label|management/i.test(reps[2]!) ? "agency" : "representatives";
    const subject = intro.match(NAMED_SUBJECT);
    const client = /^the /i.test(reps[1]!) && subject ? scope.people.resolve(subject[1]!) ?? who : who;
    return { speaker: `${kind} of ${client}`, onBehalfOf: client };
  }
  const said = intro.match(SAID_BY);
  if (said) {
    const name = personName(said[1] ?? said[2]!, scope);
    if (name) return { speaker: name };
  }
  return undefined;
}

export function statementClaims(paragraphs: Paragraph[], scope: ArticleScope): ExtractedClaim[] {
  const main: Mention = { kind: "title", name: scope.titles.entries[scope.main]!.name, main: true };
  const claims: ExtractedClaim[] = [];
  const make = (text: string, start: number, end: number, subject: Mention, quote: string, qualifiers: ExtractedClaim["qualifiers"]): ExtractedClaim => ({ subject, property: "statement", value: { type: "text", value: quote }, qualifiers, certainty: "confirmed", quote: text, start, end });
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    if (paragraph.kind !== "quote") continue;
    let last = i;
    let combined = paragraph.text;
    const opens = (t: string) => (t.match(/["“]/g)?.length ?? 0) - (t.match(/[”]/g)?.length ?? 0);
    const straightOpen = (t: string) => (t.match(/"/g)?.length ?? 0) % 2 === 1;
    let open = /^"/.test(paragraph.text) ? straightOpen(paragraph.text) : opens(paragraph.text) > 0;
    while (open && last + 1 < paragraphs.length && last - i < 6) {
      last += 1;
      combined += `\n\n${paragraphs[last]!.text}`;
      open = /^"/.test(paragraph.text) ? straightOpen(combined) : opens(combined) > 0;
    }
    const intro = paragraphs[i - 1] && paragraphs[i - 1]!.kind === "paragraph" ? paragraphs[i - 1]!.text : "";
    const speaker = speakerOf(intro, combined, scope);
    if (!speaker) continue;
    const quote = combined.replace(/^["“]|["”]$/g, "").trim();
    const via = viaIn(intro);
    claims.push(
      make(combined, paragraph.start, paragraphs[last]!.end, speaker.onBehalfOf ? { kind: "person", name: speaker.onBehalfOf } : main, quote, {
        speaker: speaker.speaker,
        ...(speaker.onBehalfOf ? { onBehalfOf: speaker.onBehalfOf } : {}),
        ...(via ? { via } : {}),
        ...(speaker.organization ? { label: speaker.organization } : {}),
      }),
    );
    i = last;
  }
  const attributed = new Set(claims.map((c) => c.start));
  paragraphs.forEach((paragraph) => {
    if (paragraph.kind !== "paragraph" && paragraph.kind !== "quote") return;
    if ([...attributed].some((start) => start >= paragraph.start && start <= paragraph.end)) return;
    const after = paragraph.text.match(QUOTE_THEN_SPEAKER);
    if (after) {
      const name = personName(after[2]!, scope, paragraphs.indexOf(paragraph));
      if (name) {
        const at = paragraph.start + after.index! + after[0].indexOf(after[1]!);
        const via = viaIn(paragraph.text);
        claims.push(make(after[1]!, at, at + after[1]!.length, { kind: "person", name }, after[1]!.trim(), { speaker: name, ...(via ? { via } : {}) }));
        return;
      }
    }
    const match = paragraph.text.match(SPEAKER_THEN_QUOTE);
    if (!match) return;
    const name = personName(match[1]!, scope);
    if (!name) return;
    const quoteStart = paragraph.start + match.index! + match[0].indexOf(match[2]!);
    const via = viaIn(paragraph.text);
    claims.push(make(match[2]!, quoteStart, quoteStart + match[2]!.length, { kind: "person", name }, match[2]!.trim(), { speaker: name, ...(via ? { via } : {}) }));
  });
  return claims;
}
