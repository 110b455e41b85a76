import { makeClaim, rememberPerson, resolvePersonReference, type ExtractionContext } from "../context.ts";
import { findKoreanNames } from "../names.ts";
import type { ExtractedClaim, Sentence } from "../types.ts";
import type { Paragraph } from "../../read/clean-article.ts";

const NAME = "[\\p{Lu}][\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]+){0,3}";

/** The outlet a statement was taken from: "(via Soompi)", "(per Soompi)", "according to Soompi". */
export function viaIn(text: string): string | undefined {
  const match = text.match(/\((?:via|per|from|source:?|h\/t)\s+([^)]+)\)|\breported by ([\p{Lu}][\p{L}\p{N}]+(?:\s[\p{Lu}][\p{L}\p{N}]+)?)\b/iu);
  return (match?.[1] ?? match?.[2])?.trim();
}

interface Speaker {
  speaker: string;
  onBehalfOf?: string;
  organization?: string;
}

/** Who speaks: "I am lawyer X of law firm Y who is representing Z", "According to X's representation", "X said". */
function speakerOf(intro: string, quote: string, context: ExtractionContext): Speaker | undefined {
  const representing = quote.match(new RegExp(`\\bI am (?:lawyer|attorney|a representative|the representative|representative)?\\s*(${NAME}) (?:of|from) (?:law firm |the law firm |agency )?([\\p{Lu}][\\p{L}&.\\s]+?),? (?:who is|who are|which is|and I am) representing (?:director|actor|actress|singer|writer|producer)?\\s*(${NAME})`, "u"));
  if (representing) {
    const speaker = rememberPerson(context, representing[1]!.trim(), "lawyer");
    const client = findKoreanNames(representing[3]!)[0]?.name ?? representing[3]!.trim();
    return { speaker, onBehalfOf: resolvePersonReference(client, context) ?? client, organization: representing[2]!.trim() };
  }
  const reps = intro.match(new RegExp(`(${NAME}|the (?:actor|actress|filmmaker|director|writer|star))['’]s?\\s+(legal representation|representation|representatives?|reps?|agency|label|management|lawyers?|legal team|spokesperson)`, "u"));
  if (reps) {
    const who = resolvePersonReference(reps[1]!, context) ?? reps[1]!;
    const kind = /legal|lawyer/i.test(reps[2]!) ? "legal representatives" : /agency|label|management/i.test(reps[2]!) ? "agency" : "representatives";
    // "statement from the filmmaker's legal representation, Gil-ho confirmed": the sentence's subject is the client.
    const subject = intro.match(new RegExp(`,\\s*(${NAME})\\s+(?:confirmed|said|stated|admitted|explained)`, "u"));
    const client = /^the /i.test(reps[1]!) && subject ? resolvePersonReference(subject[1]!, context) ?? who : who;
    return { speaker: `${kind} of ${client}`, onBehalfOf: client };
  }
  const said = intro.match(new RegExp(`(${NAME})\\s+(?:said|says|stated|told|wrote|shared|explained|added|revealed|commented|posted)\\b|\\b(?:said|says|wrote|according to)\\s+(${NAME})`, "u"));
  if (said) {
    const raw = said[1] ?? said[2]!;
    const name = findKoreanNames(raw)[0]?.name ?? resolvePersonReference(raw, context) ?? (raw.split(/\s+/).length >= 2 ? raw : undefined);
    if (name && !/^(The|This|That|It|In|According)\b/.test(name)) return { speaker: rememberPerson(context, name) };
  }
  return undefined;
}

/**
 * Statements: block quotes (one or more paragraphs opened by a quote mark) attributed by the
 * sentence that introduces them, and inline quotes after "X said" / "X wrote".
 */
export function statementCues(paragraphs: Paragraph[], sentences: Sentence[], context: ExtractionContext): ExtractedClaim[] {
  const claims: ExtractedClaim[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    if (paragraph.kind !== "quote") continue;
    // The quote runs on through the following paragraphs until its closing mark.
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
    const speaker = speakerOf(intro, combined, context);
    // “…,” she said: the attribution follows the quote; the inline reading below handles it.
    if (!speaker) continue;
    const quote = combined.replace(/^["“]|["”]$/g, "").trim();
    const sentence: Sentence = { text: combined, start: paragraph.start, end: paragraphs[last]!.end, paragraph: i, kind: "quote", index: -1 };
    const via = viaIn(intro);
    claims.push(
      makeClaim(sentence, speaker.onBehalfOf ? { kind: "person", name: speaker.onBehalfOf } : context.titleMention, "statement", { type: "text", value: quote }, "confirmed", {
        speaker: speaker.speaker,
        ...(speaker.onBehalfOf ? { onBehalfOf: speaker.onBehalfOf } : {}),
        ...(via ? { via } : {}),
        ...(speaker.organization ? { label: speaker.organization } : {}),
      }),
    );
    i = last;
  }
  // Inline: "Kim Eun Sook wrote, “Dear …”", which may run over several sentences of one paragraph,
  // and “…,” she said: the quote first, the speaker after.
  const attributed = new Set(claims.map((c) => c.start));
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.kind !== "paragraph" && paragraph.kind !== "quote") return;
    if ([...attributed].some((start) => start >= paragraph.start && start <= paragraph.end)) return;
    const after = paragraph.text.match(new RegExp(`[“"]([^”"]{20,}?)[,.!?]?[”"],?\\s+(${NAME}|he|she)\\s+(?:said|says|told|added|explained|wrote)`, "u"));
    if (after) {
      const raw = after[2]!;
      const name = /^(he|she)$/i.test(raw) ? context.lastPerson ?? undefined : findKoreanNames(raw)[0]?.name ?? resolvePersonReference(raw, context) ?? (raw.split(/\s+/).length >= 2 ? raw : undefined);
      if (name) {
        const at = paragraph.start + after.index! + after[0].indexOf(after[1]!);
        const sentence: Sentence = { text: after[1]!, start: at, end: at + after[1]!.length, paragraph: index, kind: "paragraph", index: -1 };
        const via = viaIn(paragraph.text);
        claims.push(makeClaim(sentence, { kind: "person", name }, "statement", { type: "text", value: after[1]!.trim() }, "confirmed", { speaker: name, ...(via ? { via } : {}) }));
        return;
      }
    }
    const match = paragraph.text.match(new RegExp(`(${NAME})\\s+(?:said|says|wrote|writes|stated|told [\\w\\s]+?|shared|added|explained|posted|commented)(?:\\s+(?:on|in|to|at|via|during|through)\\s+[\\w\\s]+?)?,?\\s*[“"]([^”"]{20,})[”"]`, "u"));
    if (!match) return;
    const name = findKoreanNames(match[1]!)[0]?.name ?? resolvePersonReference(match[1]!, context) ?? (match[1]!.split(/\s+/).length >= 2 ? match[1] : undefined);
    if (!name || /^(The|This|That|It|In|According|Penning)\b/.test(name)) return;
    const quoteStart = paragraph.start + match.index! + match[0].indexOf(match[2]!);
    void quoteStart;
    const sentence: Sentence = { text: match[2]!, start: quoteStart, end: quoteStart + match[2]!.length, paragraph: index, kind: "paragraph", index: -1 };
    const via = viaIn(paragraph.text);
    claims.push(makeClaim(sentence, { kind: "person", name }, "statement", { type: "text", value: match[2]!.trim() }, "confirmed", { speaker: name, ...(via ? { via } : {}) }));
  });
  return claims;
}
