import type { Frame, Slot } from "../engine/frame.ts";

/** How a title or a season slot relates to the sentence around it. */

/** Words right before a title that make it a reference to another work, not the sentence's subject. */
const referenceBefore = /(?:\b(?:known for|best known for|famous for|starred in|starring in|stars? of|star in|appeared in|appearing in|role in|roles in|work on|worked on|of|from|like|such as|including|than|after|before|in|alongside|with|behind|directed|wrote|penned|created|helmed|following|followed|films?|movies?|the film|the movie|novel|book|webtoon|manga|comic|series of the same name|talking to|speaking to|spoke to|told|telling|tells|said to|according to|interview with|in conversation with|wrote for|writing for|writes for)\s*[“"‘']?|\()$/i;

/**
 * Asides of the masked sentence: a parenthesis, a relative clause (", who directed X,") and an
 * appositive that says what someone is (", the writer behind X,").
 */
const ASIDE = /\([^)]*\)|,\s+(?:who|whose|which)\s[^,;]*(?:,|$)|,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}(?:writer|director|creator|producer|showrunner|star|actor|actress|author|veteran|alum)\b[^,;]*(?:,|$)/gu;

const asidesOfFrame = new WeakMap<Frame, (readonly [number, number])[]>();

/** Spans (in the masked sentence) of its asides; asked for every slot, found once per frame. */
export function asideSpans(frame: Frame): (readonly [number, number])[] {
  let spans = asidesOfFrame.get(frame);
  if (!spans) {
    spans = [...frame.masked.matchAll(ASIDE)].map((m) => [m.index!, m.index! + m[0].length] as const);
    asidesOfFrame.set(frame, spans);
  }
  return spans;
}

/** A title inside an aside about a person ("A, who directed X, …", "B (X, Y)") describes the person. */
function inPersonAside(frame: Frame, slot: Slot): boolean {
  const at = frame.positions[frame.slots.indexOf(slot)] ?? -1;
  if (at < 0) return false;
  return asideSpans(frame).some(([from, to]) => at >= from && at < to && /\u27E6N\d+\u27E7\s*$/.test(frame.masked.slice(0, from)));
}

/** Whether a title slot is what its sentence is about rather than a work it refers to. */
export function isReference(frame: Frame, slot: Slot): boolean {
  // "the writer of “A” and “B”": a title listed after a reference is one too.
  const previous = frame.slots.filter((s) => s.kind === "T" && s.end <= slot.start).pop();
  if (previous && /^[”"’']?(?:\s*\((?:19|20)\d{2}\))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)[“"‘']?$/.test(frame.text.slice(previous.end, slot.start)) && isReference(frame, previous)) return true;
  if (inPersonAside(frame, slot)) return true;
  // "In “Undertow”, Kang Mi-so, played by …": a sentence that opens on a show is about it.
  if (/^\s*In\s+[“"‘']?$/.test(frame.text.slice(0, slot.start)) && /^[”"’']?,/.test(frame.text.slice(slot.end))) return false;
  const before = frame.text.slice(Math.max(0, slot.start - 30), slot.start);
  // "“Night Ledger” writer-director Penn", "Moonlit Market star Kim": the title describes a person.
  if (/^[”"’']?(?:['’]s)?\s+(?:creator|co-creator|writer|screenwriter|director|writer-director|star|actor|actress|showrunner|producer|author|alum|alumna|alumnus|actors)\b/i.test(frame.text.slice(slot.end, slot.end + 30))) return true;
  if (/\bseason\s+\d+\s+of\s+[“"‘']?$|\b(?:season|series|part|installment|chapter)\s+of\s+[“"‘']?$/i.test(before)) return false;
  return referenceBefore.test(before);
}

/** "the second season of Harbour Lights": a season followed by "of" and a title is that title's. */
export function seasonOwner(frame: Frame, slot: Slot): number | undefined {
  // "Saltwater Season 2": a season written right after a title belongs to it.
  const before = frame.slots.find((s) => s.kind === "T" && s.end <= slot.start && /^[”"’']?:?\s*$/.test(frame.text.slice(s.end, slot.start)));
  if (before?.kind === "T") return before.title.title;
  // "the second season of Saltwater", "the second season of the legal drama Saltwater", "of HBO's Saltwater".
  const next = frame.slots.find((s) => s.kind === "T" && s.start > slot.end && s.start - slot.end <= 60);
  if (next?.kind !== "T") return undefined;
  const between = frame.text.slice(slot.end, next.start);
  const described = /^\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:[\p{Lu}][\p{L}+]*['’]s\s+)?(?:(?:[\p{Ll}-]+|[\p{Lu}][\p{Ll}]+(?=\s+[\p{Ll}]))\s+){0,4}?[“"‘']?$/u;
  return /^\s+of\s+(?:the\s+)?[“"‘']?$/.test(between) || described.test(between) ? next.title.title : undefined;
}
