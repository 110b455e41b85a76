/**
 * Finds the outlet's reporting in a saved article and sets aside what is not: reader comments,
 * related-article lists, author bios, ads, newsletter prompts and metadata lines. Metadata is not
 * thrown away: bylines, bios and "Source:" lines fill in the author, the outlet and the outlet cited.
 */

export type ParagraphKind = "headline" | "heading" | "paragraph" | "caption" | "quote" | "embed" | "table";

export interface Paragraph {
  kind: ParagraphKind;
  text: string;
  /** Offsets into `CleanArticle.text`. */
  start: number;
  end: number;
}

export interface RemovedText {
  reason: "duplicate" | "byline" | "metadata" | "author-bio" | "comments" | "related" | "advertisement" | "prompt" | "photo-credit";
  text: string;
}

export interface ArticleMeta {
  author: string | null;
  outlet: string | null;
  published: string | null;
  via: string | null;
}

export interface CleanArticle {
  text: string;
  headline: string | null;
  paragraphs: Paragraph[];
  meta: ArticleMeta;
  removed: RemovedText[];
}

const cutMarkers =
  /^(related (articles|posts|stories|news|reading)|read (more|next|also)|you (may|might) also like|more from [\w\s]+|recommended( for you)?|comments?|\d+\s+comments?|leave a (reply|comment)|comments are closed\.?|most popular|trending( now)?|more stories|popular (posts|stories)|join the (discussion|conversation))\s*:?$/i;
const linkLine = /^\s*(?:also read|read also|read more|read next|related|related story|related article|see also|also see|also watch|more|more news|don't miss|do not miss|recommended|you (?:may|might) also like|must read|trending|watch)\s*[:|»›>–-]\s*\S/i;
const advertisement = /^(advertisement|advertisements|ad|sponsored( content)?|story continues below( advertisement)?|scroll to continue( with content)?|continue reading below)$/i;
const prompts =
  /\b(let us know (in the comments|what you think|your thoughts|below)|sign up (for|to) (our|the)|subscribe to (our|the)|our newsletter|follow us on|share this (article|story)|click here to|don't forget to (like|follow|subscribe)|tell us in the comments|sound off in the comments|download our|make your predictions|predict the \d{4}|stay updated with|follow us for|join our|get the latest|we may earn|earn (?:a|an) (?:small )?(?:commission|affiliate)|affiliate links?)\b/i;
/** A word of a byline's name: capitalized, and not the "Posted:" / "Published on" label that may follow the name. */
const bylineWord = String.raw`(?!(?:posted|published|updated|on)\b)[\p{Lu}][\p{L}'’.-]*`;
const bylineLine = new RegExp(String.raw`^\s*(?:by|written by|words by)\s+(${bylineWord}(?:\s+${bylineWord}){0,3})\s*(?:[|,•·-]\s*|\s+)?(?:(?:posted|published|updated)?(?:\s+on)?\s*:?\s*(.*))?$`, "iu");
/** "By Screen Ledger Web Desk: <lede>" or "By Ann Lee Posted: <lede>": a byline run into the first paragraph. */
const bylinePrefixWord = String.raw`(?!(?:Posted|Published|Updated)\b)[\p{Lu}][\p{L}.'’-]*`;
const bylinePrefixPattern = new RegExp(String.raw`^By\s+(${bylinePrefixWord}(?:\s+${bylinePrefixWord}){0,4})\s*(?:(?:Posted|Published|Updated)(?:\s+on)?\s*)?[:|–]\s+(?=[\p{Lu}“"'‘])`, "u");
const postedLine = /^\s*(?:posted|published|updated)(?:\s+on)?\s*:?\s*(.*)$/i;
const dateLinePrefix = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/i;
const sourceLine = /^\s*(?:source|sources|via|credit)\s*:\s*(.+?)\s*\.?$/i;
const writtenFor = /^\s*(?:this (?:article|story|piece|post) (?:is|was) )?written by\s+(.+?)\s+(?:for|at)\s+(.+?)\.?\s*$/i;
const aboutAuthor = /^\s*[-–•*]?\s*about the author\s*:?\s*(.*)$/i;
const bioSentence = /^([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3}) (?:is|was|has been|serves as) (?:a|an|the) ([\p{L}\s,-]{0,60}?) (?:at|for|of|with) ([\p{Lu}][\p{L}\p{N}'’&!+-]*(?:\.com)?(?:\s+[\p{Lu}][\p{L}\p{N}'’&!+-]*){0,4})/u;
const journalistRole = /\b(editor|writer|reporter|journalist|contributor|correspondent|critic|author|columnist|blogger)s?\b/i;

/** A site's section path or label: one to four capitalized words, optionally joined by › > / | or &. */
const sectionLabel = /^[\p{Lu}][\p{L}&.'’-]*(?:\s+[\p{Lu}&][\p{L}&.'’-]*){0,2}(?:\s*[>›»/|]\s*[\p{Lu}][\p{L}&.'’-]*(?:\s+[\p{Lu}][\p{L}&.'’-]*){0,2}){1,3}$|^[\p{Lu}][\p{L}&'’-]+$|^[\p{Lu}][\p{L}'’-]*\s*&\s*[\p{Lu}][\p{L}'’-]*$|^(?:[Bb]reaking [Nn]ews|[Ll]atest [Nn]ews|TV [Nn]ews|A&E|K-[Dd]rama|K-[Pp]op|[Tt]elevision|[Ss]howbiz)$/u;

function isoDate(text: string): string | null {
  const iso = text.match(/\b(\d{4})-(\d{2})-(\d{2})\b/);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
  const named = text.match(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i);
  if (named) return `${named[3]}-${String(months.indexOf(named[1]!.toLowerCase()) + 1).padStart(2, "0")}-${named[2]!.padStart(2, "0")}`;
  return null;
}

/** "ReelNotes.com" → "ReelNotes"; an outlet's name, not its domain. */
export function outletName(text: string): string {
  return text.trim().replace(/^(https?:\/\/)?(www\.)?/i, "").replace(/\.(com|net|org|co\.uk|co|tv|kr)\/?$/i, "").trim();
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function classify(text: string, index: number): ParagraphKind {
  const trimmed = text.trim();
  if (/^(role|character|cast member|actor|cast)\s+(cast member|actor|actress|role|character)\b/i.test(trimmed)) return "table";
  if (index === 0 && words(trimmed) <= 25 && !/[.]$/.test(trimmed)) return "headline";
  // A hashtag holds a letter: "#1" and "#2" are ranks or a title's number ("Soundtrack #2"), not tags.
  if ((trimmed.match(/(?<![\p{L}\p{N}])#[\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu)?.length ?? 0) >= 2 || /pic\.twitter\.com|instagram\.com\/p\//i.test(trimmed)) return "embed";
  if (/^\[[^\]]+\]\s/.test(trimmed)) return "quote";
  if (/^["“”'‘]/.test(trimmed)) {
    // A quote opens the paragraph and carries it; a quoted title followed by prose ("“Undertow” stars …") does not.
    const close = trimmed.slice(1).search(/["”’']/);
    const quoted = close < 0 ? trimmed.length : close + 2;
    if (quoted >= trimmed.length * 0.4 || close < 0) return "quote";
  }
  // "Title (Platform)" entries and "(So Far)" headlines end on a bracket without ending a sentence.
  const terminal = /[.!:;"”’]$/.test(trimmed) || (/\)$/.test(trimmed) && words(trimmed) > 8);
  if (trimmed.endsWith("?") && words(trimmed) <= 16) return "heading";
  if (!terminal && words(trimmed) <= 8 && /\bin\b|^(photo|image|credit|pictured)\b/i.test(trimmed)) return "caption";
  if (!terminal && words(trimmed) <= 12) return "heading";
  return "paragraph";
}

/** Splits into paragraphs: blank lines always separate; single newlines separate unless the text is hard-wrapped. */
function splitParagraphs(raw: string): { text: string; indent: number }[] {
  const lines = raw.split("\n");
  const out: { text: string; indent: number }[] = [];
  let current: { text: string; indent: number } | undefined;
  for (const line of lines) {
    if (line.trim() === "") {
      current = undefined;
      continue;
    }
    const indent = line.match(/^\s*/)![0].length;
    const trimmed = line.trim();
    // A hard-wrapped continuation: the previous line ran on without ending a sentence, and this one starts in lower case.
    if (current && !/[.!?:"”]$/.test(current.text) && /^[a-z(]/.test(trimmed) && current.text.length > 50) {
      current.text += ` ${trimmed}`;
      continue;
    }
    current = { text: trimmed, indent };
    out.push(current);
  }
  return out;
}

export function cleanArticle(raw: string, known: Partial<ArticleMeta> & { headline?: string | null } = {}): CleanArticle {
  const normalized = raw
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/\t/g, " ")
    .replace(/[\u200b-\u200d\ufeff]/g, "");
  const meta: ArticleMeta = { author: known.author ?? null, outlet: known.outlet ?? null, published: known.published ?? null, via: known.via ?? null };
  const removed: RemovedText[] = [];
  const kept: { kind: ParagraphKind; text: string }[] = [];
  const seen = new Set<string>();
  const candidates = splitParagraphs(normalized);
  let inBio = false;

  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i]!;
    let text = candidate.text;
    const position = i / Math.max(1, candidates.length);

    const dated = text.match(dateLinePrefix);
    if (dated) {
      meta.published ??= dated[1]!;
      text = text.slice(dated[0].length).trim();
      if (!text) continue;
    }
    const bylinePrefix = text.match(bylinePrefixPattern);
    if (bylinePrefix && words(text) > 12) {
      meta.author ??= bylinePrefix[1]!.trim();
      removed.push({ reason: "byline", text: bylinePrefix[0] });
      text = text.slice(bylinePrefix[0].length);
    }
    // "Two leads starred in the first run Credit: BBC": a photo credit run onto its caption.
    const credit = text.match(/\s+(?:Credit|Credits|Photo|Photograph|Image|Picture|Courtesy)\s*:\s*[^.:]{1,40}$/);
    if (credit && words(text) <= 30) {
      removed.push({ reason: "photo-credit", text: credit[0].trim() });
      text = text.slice(0, credit.index).trim();
    }
    const key = text.replace(/\s+/g, " ").toLowerCase();
    if (seen.has(key)) {
      removed.push({ reason: "duplicate", text });
      continue;
    }
    if (cutMarkers.test(text) && position > 0.3) {
      // Everything after a related-articles list or a comments header is not the outlet's reporting.
      const rest = candidates.slice(i).map((c) => c.text);
      const reason = /related|read|like|more|recommended|popular|trending|stories/i.test(text) ? "related" : "comments";
      removed.push({ reason, text: rest.join("\n") });
      break;
    }
    if (candidate.indent >= 2 && /^\d+\.\s/.test(text) && position > 0.3) {
      removed.push({ reason: "comments", text });
      continue;
    }
    const about = text.match(aboutAuthor);
    if (about) {
      meta.author ??= about[1]?.trim() || null;
      removed.push({ reason: "author-bio", text });
      inBio = true;
      continue;
    }
    const bio = text.match(bioSentence);
    if (bio && journalistRole.test(bio[2]!) && (inBio || position > 0.7 || bio[1] === meta.author)) {
      meta.author ??= bio[1]!;
      meta.outlet ??= outletName(bio[3]!.replace(/\.$/, ""));
      removed.push({ reason: "author-bio", text });
      continue;
    }
    const byline = text.match(bylineLine);
    // "By Sam Reed | September 15, 2023" is a byline; "By March, filming wrapped." is a sentence.
    const bylineRest = byline?.[2]?.trim() ?? "";
    if (byline && words(text) <= 12 && !/^(january|february|march|april|may|june|july|august|september|october|november|december|the|then|now|next)\b/i.test(byline[1]!) && (bylineRest === "" || /\d{4}|\b(posted|published|updated)\b/i.test(text))) {
      meta.author ??= byline[1]!.trim();
      meta.published ??= isoDate(byline[2] ?? "");
      removed.push({ reason: "byline", text });
      continue;
    }
    // A line that is only a date, near the top ("January 5, 2025", "Published Jan 14, 2025"), is the date of publication.
    if (position < 0.3 && words(text) <= 6 && /^(published|updated|posted)?\s*:?\s*(on\s+)?[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}$/i.test(text) && isoDate(text)) {
      meta.published ??= isoDate(text);
      removed.push({ reason: "metadata", text });
      continue;
    }
    const posted = text.match(postedLine);
    if (posted && words(text) <= 8) {
      meta.published ??= isoDate(posted[1] ?? "");
      removed.push({ reason: "metadata", text });
      continue;
    }
    const source = text.match(sourceLine);
    if (source && words(text) <= 8) {
      meta.via ??= outletName(source[1]!);
      removed.push({ reason: "metadata", text });
      continue;
    }
    const written = text.match(writtenFor);
    if (written && words(text) <= 16) {
      meta.author ??= written[1]!.trim();
      meta.outlet ??= outletName(written[2]!);
      removed.push({ reason: "metadata", text });
      continue;
    }
    // "Also Read: <another headline>", "RELATED: …", "READ MORE: …": a link to another story, often about another show.
    if (linkLine.test(text) && words(text) <= 30) {
      removed.push({ reason: "related", text });
      continue;
    }
    if (advertisement.test(text)) {
      removed.push({ reason: "advertisement", text });
      continue;
    }
    if (prompts.test(text) && text.length < 400) {
      removed.push({ reason: "prompt", text });
      continue;
    }
    // A section label above the headline ("Entertainment > Television", "Hollywood", "Breaking News") or a bare counter.
    if (kept.length === 0 && (sectionLabel.test(text) || /^\d{1,5}$/.test(text))) {
      removed.push({ reason: "metadata", text });
      continue;
    }
    seen.add(key);
    kept.push({ kind: classify(text, kept.length), text });
  }

  let headline = known.headline ?? null;
  if (!headline && kept[0]?.kind === "headline") headline = kept[0].text;
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const paragraph of kept) {
    if (offset > 0) offset += 2;
    paragraphs.push({ kind: paragraph.kind, text: paragraph.text, start: offset, end: offset + paragraph.text.length });
    offset += paragraph.text.length;
  }
  return { text: kept.map((p) => p.text).join("\n\n"), headline, paragraphs, meta, removed };
}
