import { aboutMain, makeClaim, mentionsTitle, type ExtractionContext } from "../context.ts";
import { sentenceCertainty } from "../certainty.ts";
import { genres, nationalities, platforms } from "../lexicon.ts";
import type { ExtractedClaim, Sentence } from "../types.ts";

const descriptor = "(?:drama|k-drama|series|show|thriller|comedy|film|movie|original|anime|sitcom|miniseries|docuseries|romance|melodrama|production|hit|remake|adaptation)";

/** Platform, country, genre and kind: what the show is and where it streams. */
export function identityCues(sentence: Sentence, context: ExtractionContext): ExtractedClaim[] {
  if (sentence.kind === "quote" || sentence.kind === "table") return [];
  if (!aboutMain(sentence, context)) return [];
  const text = sentence.text;
  const claims: ExtractedClaim[] = [];
  const subject = context.titleMention;
  const certainty = sentenceCertainty(text) === "confirmed" ? "confirmed" : "reported";
  const namesMain = mentionsTitle(text, context.title);

  for (const platform of platforms) {
    const match = text.match(platform.pattern);
    if (!match) continue;
    const name = match[0];
    const around = new RegExp(
      `(?:on|to|via|at|from|streaming on|exclusively on)\\s+${escape(name)}|${escape(name)}\\s+(?:has\\s+|have\\s+)?(?:officially\\s+)?(?:announced|confirmed|renewed|ordered|released|cancell?ed|greenlit|unveiled|dropped|revealed)|${escape(name)}['’]s\\s|${escape(name)}\\s+(?:[\\w-]+\\s+){0,2}?(?:original|series|drama|show|k-drama|thriller|comedy|exclusive|release|global|premiere)|${escape(name)}\\s+Original`,
      "i",
    );
    if (!around.test(text)) continue;
    // "made her Netflix debut", "the Netflix series Sweet Home": the platform belongs to someone or something else.
    if (new RegExp(`(?:his|her|their)\\s+${escape(name)}\\s+debut`, "i").test(text) && !namesMain) continue;
    // "the Netflix Original series Sweet Home": the platform of another show.
    const followedBy = text.slice(match.index! + name.length).match(/^\s+(?:[Oo]riginal\s+)?(?:[\p{L}-]+\s+){0,2}?(?:series|drama|show|film|movie|[Kk]-drama)\s+([\p{Lu}][\p{L}\p{N}':-]*(?:\s+[\p{Lu}][\p{L}\p{N}':-]*)*)/u);
    if (followedBy) {
      const at = match.index! + name.length + followedBy[0].length - followedBy[1]!.length;
      if (!text.startsWith(context.title, at) && !/^(The|This|That|It|In|On)$/.test(followedBy[1]!)) continue;
    }
    const original = new RegExp(`${escape(name)}\\s+Original`, "i").test(text);
    claims.push(makeClaim(sentence, subject, "platform", { type: "enum", value: platform.name }, certainty, {
      ...(platform.role === "network" ? { label: "network" } : original ? { label: "original" } : {}),
    }));
  }

  for (const [pattern, code] of nationalities) {
    const match = text.match(pattern);
    if (!match) continue;
    const after = text.slice(match.index! + match[0].length, match.index! + match[0].length + 60);
    if (!new RegExp(`^[\\s\\w-]{0,40}?${descriptor}\\b`, "i").test(after) && !/k-?drama/i.test(match[0])) continue;
    claims.push(makeClaim(sentence, subject, "country", { type: "enum", value: code }, certainty));
    break;
  }

  const seen = new Set<string>();
  for (const [pattern, genre] of genres) {
    const match = text.match(pattern);
    if (!match || seen.has(genre)) continue;
    // A genre word counts when it describes the show: "revenge drama Night Harbor", "the psychological thriller".
    const window = text.slice(Math.max(0, match.index! - 40), match.index! + match[0].length + 40);
    if (!new RegExp(`${descriptor}|${escape(context.title)}`, "i").test(window)) continue;
    // Words inside a quote are someone's speech, not the outlet's description of the show.
    if (/[“"][^”"]*$/.test(text.slice(0, match.index!))) continue;
    if ([...seen].some((g) => g.includes(genre))) continue;
    seen.add(genre);
    claims.push(makeClaim(sentence, subject, "genre", { type: "enum", value: genre }, certainty));
  }

  const kind = text.match(new RegExp(`(?:${escape(context.title)}\\s+(?:is|was)\\s+(?:an?|the)\\s+[\\w\\s-]{0,40}?|the\\s+(?:upcoming\\s+|new\\s+)?[\\w-]*\\s*)(series|drama|show|film|movie|miniseries|k-drama)\\b`, "i"));
  if (kind && namesMain) {
    const value = /film|movie/i.test(kind[1]!) ? "film" : "series";
    claims.push(makeClaim(sentence, subject, "title-kind", { type: "enum", value }, certainty));
  }
  return claims;
}

const plotHeading = /\b(plot|synopsis|story|storyline|about|premise|what happens)\b/i;

/** The plot paragraph: the one under a "What is the plot of …?" heading, or one that says "follows" / "tells the story". */
export function synopsisCue(paragraphIndex: number, context: ExtractionContext, paragraphs: { kind: string; text: string; start: number; end: number }[]): ExtractedClaim | undefined {
  const paragraph = paragraphs[paragraphIndex]!;
  if (paragraph.kind !== "paragraph" || paragraph.text.length < 120) return undefined;
  const heading = paragraphs[paragraphIndex - 1];
  const underPlotHeading = heading?.kind === "heading" && plotHeading.test(heading.text);
  const describesPlot = /\b(follows|tells the story of|centers on|centres on|revolves around|is about)\b/i.test(paragraph.text) && mentionsTitle(paragraph.text, context.title);
  if (!underPlotHeading && !describesPlot) return undefined;
  return {
    subject: context.titleMention,
    property: "synopsis",
    value: { type: "text", value: paragraph.text },
    qualifiers: {},
    certainty: "reported",
    quote: paragraph.text,
    start: paragraph.start,
    end: paragraph.end,
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
