import type { Frame, Slot } from "../engine/frame.ts";

/** How a title or a season slot relates to the sentence around it. */

/** Words right before a title that make it a reference to another work, not the sentence's subject. */
const referenceBefore = /(?:\b(?:known for|best known for|famous for|starred in|starring in|stars? of|star in|appeared in|appearing in|role in|roles in|work on|worked on|of|from|like|such as|including|than|after|before|in|alongside|with|behind|directed|wrote|penned|created|helmed|following|followed|films?|movies?|the film|the movie|novel|book|webtoon|manga|comic|series of the same name)\s*[“"‘']?|\()$/i;

/** Whether a title slot is what its sentence is about rather than a work it refers to. */
export function isReference(frame: Frame, slot: Slot): boolean {
  // "the writer of “A” and “B”": a title listed after a reference is one too.
  const previous = frame.slots.filter((s) => s.kind === "T" && s.end <= slot.start).pop();
  if (previous && /^[”"’']?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)[“"‘']?$/.test(frame.text.slice(previous.end, slot.start)) && isReference(frame, previous)) return true;
  const before = frame.text.slice(Math.max(0, slot.start - 30), slot.start);
  // "“Knives Out” writer-director Johnson", "Business Proposal star Kim": the title describes a person.
  if (/^[”"’']?(?:['’]s)?\s+(?:creator|co-creator|writer|screenwriter|director|writer-director|star|actor|actress|showrunner|producer|author|alum|alumna|alumnus|actors)\b/i.test(frame.text.slice(slot.end, slot.end + 30))) return true;
  if (/\bseason\s+\d+\s+of\s+[“"‘']?$|\b(?:season|series|part|installment|chapter)\s+of\s+[“"‘']?$/i.test(before)) return false;
  return referenceBefore.test(before);
}

/** "the second season of Bridgerton": a season followed by "of" and a title is that title's. */
export function seasonOwner(frame: Frame, slot: Slot): number | undefined {
  const after = frame.text.slice(slot.end, slot.end + 12);
  if (!/^\s+of\s+(?:the\s+)?[“"‘']?$/.test(after.slice(0, after.search(/[\p{Lu}\p{N}]/u) >= 0 ? after.search(/[\p{Lu}\p{N}]/u) : 0))) return undefined;
  const next = frame.slots.find((s) => s.kind === "T" && s.start > slot.end && s.start - slot.end <= 12);
  return next?.kind === "T" ? next.title.title : undefined;
}
