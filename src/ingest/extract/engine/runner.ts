import type { Certainty } from "../../../domain/certainty.ts";
import type { ExtractedClaim, Mention } from "../types.ts";
import type { ArticleScope } from "./article-scope.ts";
import { carriesHearsay, sentenceCertainty } from "./certainty.ts";
import type { Frame } from "./frame.ts";
import { checkTimeBudget } from "./budget.ts";
import { slotNumbersIn } from "./pattern.ts";
import { defaultSeason } from "../scope/focus.ts";
import { asideSpans, isReference, seasonOwner } from "../scope/references.ts";
import { PROSE, type Draft, type Rule, type RuleContext, type RuleMatch } from "./rule.ts";

/** A claim with the rule that made it, for `extract --explain` and the table tests. */
export interface RuledClaim extends ExtractedClaim {
  rule: string;
}


const clauseBreak = /[;—–]|\s-\s|,\s+(?:while|whereas|but|and|though|although)\s|\.\s/g;

const clauseBreaksOfFrame = new WeakMap<Frame, number[]>();

/** Where the masked sentence's clauses begin (and its end), once per frame. */
function clauseBreaks(frame: Frame): number[] {
  let breaks = clauseBreaksOfFrame.get(frame);
  if (!breaks) {
    breaks = [0];
    for (const m of frame.masked.matchAll(clauseBreak)) breaks.push(m.index!);
    breaks.push(frame.masked.length);
    clauseBreaksOfFrame.set(frame, breaks);
  }
  return breaks;
}

/** Which clause of the masked sentence an offset is in. */
function clauseIndex(frame: Frame, offset: number): number {
  const breaks = clauseBreaks(frame);
  return breaks.findIndex((b, i) => offset >= b && offset < (breaks[i + 1] ?? Infinity));
}

/** The title a point of the masked sentence is about: a title slot in its clause, else the sentence's focus. */
function titleAt(frame: Frame, at: number, focus: number): number {
  const titles = frame.slots.map((slot, index) => ({ slot, index })).filter((s) => s.slot.kind === "T");
  if (titles.length === 0) return focus;
  const masked = frame.masked;
  const clauseOf = (offset: number) => clauseIndex(frame, offset);
  const positions = titles.map(({ slot, index }) => ({ slot, index, pos: frame.positions[index]! }));
  const clause = clauseOf(at);
  // A title inside an aside ("A, who directed the film X, is at the helm", "B (X, Y)", "C, the writer behind X,") describes a person; the claim is not about it.
  const asides = asideSpans(frame);
  const inAside = (offset: number) => asides.findIndex(([from, to]) => offset >= from && offset < to);
  // "… which on Tuesday renewed its comedy Dry Spell for a third season, set to premiere in spring 2027": a participle
  // right after an aside goes on describing the aside's title.
  const endsBefore = asides.find(([, to]) => to <= at && /^\s*(?:and\s+)?(?:is\s+)?(?:set|slated|due|scheduled|expected|poised)\s+to\s+$/i.test(masked.slice(to, at)));
  const continued = endsBefore ? positions.filter((p) => p.pos >= endsBefore[0] && p.pos < endsBefore[1]).pop() : undefined;
  if (continued && continued.slot.kind === "T") return continued.slot.title.title;
  // "Karaağaç, whose six-part thriller Gece Treni premiered on BluTV in 2022, said …": what happens inside a person's
  // "whose" clause happens to the work it names, not to the article's show.
  const own = asides[inAside(at)];
  if (own && /^,?\s*whose\b/i.test(masked.slice(own[0], own[0] + 10))) {
    const named = positions.find((p) => p.pos >= own[0] && p.pos < own[1]);
    if (named && named.slot.kind === "T") return named.slot.title.title;
  }
  // "… moves ahead of X, which arrived in third place with 2.5 million views": a relative clause is about the title it follows.
  const owner = own ? masked.slice(0, own[0]).match(/\u27E6T(\d+)\u27E7[”"’']?$/) : null;
  // So is an appositive: "… star in X, an eight-episode thriller that starts filming in July".
  if (owner && /^,\s+(?:which|that|an?|the)\b/.test(masked.slice(own![0]))) {
    const slot = frame.slots[Number(owner[1])];
    if (slot?.kind === "T") return slot.title.title;
  }
  // "… will star in X, an eight-episode thriller that starts filming in July": a description right after a title is about it.
  for (const p of [...positions].sort((a, b) => b.pos - a.pos)) {
    if (p.pos > at) continue;
    const end = masked.indexOf("\u27E7", p.pos) + 1;
    if (/^[”"’']?,(?:[^,;.\u27E6]|\u27E6[PDNR]\d+\u27E7)*$/.test(masked.slice(end, at)) && /^[”"’']?,\s+(?:an?|the)\s+(?:[^,;.\u27E6]|\u27E6[PDNR]\d+\u27E7){0,40}?\b(?:drama|series|thriller|comedy|show|sitcom|anime|miniseries|docuseries|film|movie|telenovela|procedural|mystery|romance)\b(?!['’])/.test(masked.slice(end)) && p.slot.kind === "T") return p.slot.title.title;
    break;
  }
  const candidates = positions.filter((p) => !isReference(frame, p.slot) && (inAside(p.pos) < 0 || inAside(p.pos) === inAside(at)));
  const sameClause = candidates.filter((p) => clauseOf(p.pos) === clause);
  const pick = (list: typeof positions) => {
    const before = list.filter((p) => p.pos <= at).sort((a, b) => b.pos - a.pos)[0];
    return before ?? list.sort((a, b) => a.pos - b.pos)[0];
  };
  const chosen = pick(sameClause);
  if (chosen && chosen.slot.kind === "T") return chosen.slot.title.title;
  // A title the sentence leads with governs a clause without one of its own.
  const lead = candidates.filter((p) => p.pos < 60).sort((a, b) => a.pos - b.pos)[0];
  if (lead && lead.slot.kind === "T" && lead.pos <= at) return lead.slot.title.title;
  return focus;
}

function seasonAt(frame: Frame, scope: ArticleScope, at: number, title: number | null): number | null {
  const seasons = frame.slots
    .map((slot, index) => ({ slot, index }))
    .filter((s) => (s.slot.kind === "S" && (title === null || (seasonOwner(frame, s.slot) ?? title) === title)) || (s.slot.kind === "T" && s.slot.title.season !== null && (title === null || s.slot.title.title === title)));
  const fallback = title !== null ? defaultSeason(frame, scope, title) : null;
  // "given the first season's schedule, a premiere in 2028 looks likely": a season named as the basis of a guess, or for comparison, is not the one the point is about.
  // "three years after the first season ended": a season that only measures a gap. "did not expect a second season": one only wished for.
  // "three months after season two premiered in August": the season with a date of its own in its clause is that date's.
  const datedInOwnClause = (index: number) => frame.slots.some((d, i) => d.kind === "D" && frame.positions[i]! > frame.positions[index]! && !/[,;:—–]/.test(frame.masked.slice(frame.positions[index]!, frame.positions[i]!)));
  // "renewed for a third season in June, before season 2 even debuted, and the writers' room opened": a season named
  // as a point in time counts only for what its own stretch of the sentence (up to the next comma) says.
  const withinOwnStretch = (index: number) => {
    const pos = frame.positions[index]!;
    const comma = frame.masked.slice(pos).search(/[,;:—–]/);
    return at >= pos - 20 && at <= (comma < 0 ? frame.masked.length : pos + comma);
  };
  const basis = (index: number) => {
    const lead = frame.masked.slice(Math.max(0, frame.positions[index]! - 45), frame.positions[index]);
    const far = Math.abs(frame.positions[index]! - at) > 25;
    return (far && /\b(?:given|based on|judging (?:by|from)|going by|going off|compared (?:to|with)|unlike|as with)\s+(?:that\s+)?(?:the\s+|its\s+)?$/i.test(lead.slice(-30))) || (/\b(?:years?|months?|weeks?)\s+(?:after|before|since)\s+(?:the\s+|its\s+)?$/i.test(lead) && !datedInOwnClause(index)) || (/\b(?:before|after|since|until|till|ahead of)\s+(?:the\s+|its\s+)?$/i.test(lead) && !datedInOwnClause(index) && !withinOwnStretch(index)) || (clauseIndex(frame, frame.positions[index]!) !== clauseIndex(frame, at) && /\b(?:expect(?:ed|ing|s)?|want(?:ed|s)?|hope[ds]?|hoping|imagined?|dream(?:ed|s)? of|think(?:ing)? about|thought about|ask(?:ed)? (?:about|for))\s+(?:[\w'’]+\s+){0,3}?(?:a|an|any)\s+(?:possible\s+|potential\s+)?$/i.test(lead));
  };
  for (let i = seasons.length - 1; i >= 0; i--) if (seasons[i]!.slot.kind === "S" && basis(seasons[i]!.index)) seasons.splice(i, 1);
  if (seasons.length === 0) return (title !== null ? seasonCarried(frame, scope, title) : null) ?? fallback;
  const positioned = seasons.map(({ slot, index }) => ({ slot, pos: frame.positions[index]! }));
  // "Season one ran six episodes when it premiered on …, and season two expanded to eight on …": a season in the
  // point's own clause comes before a nearer one across the "and".
  const clause = clauseIndex(frame, at);
  const away = (pos: number) => (clauseIndex(frame, pos) === clause ? 0 : 10_000) + Math.abs(pos - at);
  positioned.sort((a, b) => away(a.pos) - away(b.pos));
  for (const { slot } of positioned) {
    if (slot.kind === "T") return slot.title.season;
    if (slot.kind !== "S") continue;
    if (slot.season.numbers.length > 0) return slot.season.numbers[slot.season.numbers.length - 1]!;
    if (title === null) continue;
    const named = scope.seasonsNamed.get(title) ?? null;
    const focusSeason = scope.seasonFocus.get(title) ?? named ?? 1;
    if (slot.season.relative === "final") return named ?? focusSeason;
    if (slot.season.relative === "next") return Math.max(focusSeason, named ?? 0);
    return focusSeason;
  }
  return fallback;
}

/**
 * "X returns for its second season on June 5. All eight episodes drop at once.": a sentence that
 * names no season goes on with the one season the sentence just before it, in the same paragraph,
 * named for the same show.
 */
function seasonCarried(frame: Frame, scope: ArticleScope, title: number): number | null {
  const before = scope.frames[frame.sentence.index - 1];
  if (!before || before.sentence.paragraph !== frame.sentence.paragraph || before.sentence.kind !== frame.sentence.kind) return null;
  const numbers = new Set<number>();
  before.slots.forEach((slot, index) => {
    // "renewed the drama in April, two months after season two dropped": a season set beside another time is not the one the sentence is about.
    if (/\b(?:after|before|since|than|like|unlike|following|until|ahead of)\b[^,.;]*$/i.test(before.masked.slice(Math.max(0, before.positions[index]! - 50), before.positions[index]))) return;
    if (slot.kind === "S" && (seasonOwner(before, slot) ?? scope.focus[before.sentence.index]) === title) for (const n of slot.season.numbers) numbers.add(n);
    if (slot.kind === "T" && slot.title.title === title && slot.title.season !== null) numbers.add(slot.title.season);
  });
  return numbers.size === 1 ? [...numbers][0]! : null;
}

function isQuestion(text: string): boolean {
  return /\?\s*$/.test(text.trim());
}

/** Whether an offset of the sentence text sits inside quoted speech. */
function insideQuote(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  const opens = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  if (opens > 0) return true;
  const straight = before.match(/(?:^|[\s(])"|"(?=[\s,.;:!?)]|$)/g)?.length ?? 0;
  // An odd count of straight quotes before the point, with more than a title's length since the last one, is speech.
  if (straight % 2 === 1) {
    const last = before.lastIndexOf('"');
    return offset - last > 60;
  }
  return opens > 0;
}

function matchesOf(rule: Rule, masked: string): RuleMatch[] {
  const patterns = Array.isArray(rule.pattern) ? rule.pattern : [rule.pattern as RegExp];
  const out: RuleMatch[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (const m of masked.matchAll(pattern)) {
      out.push({ text: m[0], index: m.index!, end: m.index! + m[0].length, groups: { ...(m.groups ?? {}) } });
    }
  }
  return out;
}

const certaintiesByScope = new WeakMap<ArticleScope, Certainty[]>();

/** A denial naming its own content: "denied (the rumours) that …", "dismissed reports of …", "responded that …", "… to rest by …". */
const OWN_CONTENT = /\b(?:denied|denies|deny|denying|dismissed|dismisses|refuted|refutes|rubbished|responded|said|says|added|explained)\s+(?:(?:the|those|these|any)\s+)?(?:reports?|rumou?rs?|claims?|speculation)?\s*(?:that|of|about|regarding)\b|\bto rest\s+(?:[^.;]{0,30}\s)?by\b/i;
/** A sentence that puts something about as a report or a claim, which a denial after it can answer. */
const TOLD_AS_REPORT = /\b(?:reported|reports?|reportedly|claimed|claims?|claiming|rumou?r\w*|according to|sources?|insiders?|social media|outlets?|portals?|speculat\w*|alleged\w*|circulat\w*)\b/i;
/** Words by which a denial points at what was said before it. */
const ANSWERS_BACK = /\b(?:the|this|that|these|those|such)\s+(?:reports?|rumou?rs?|claims?|date|news|speculation|article|story)\b|\b(?:responded|in response|hours later|later that day|the same day)\b/i;

/** How sure each sentence is, hearsay carried into the paragraph after it: worked out once per article for every pass. */
function sentenceCertainties(scope: ArticleScope): Certainty[] {
  const known = certaintiesByScope.get(scope);
  if (known) return known;
  const certainties: Certainty[] = [];
  let carried: { certainty: Certainty; untilParagraph: number } | null = null;
  for (const { sentence } of scope.frames) {
    if (carriesHearsay.test(sentence.text)) carried = { certainty: "rumored", untilParagraph: sentence.paragraph + 1 };
    else if (carried && sentence.paragraph > carried.untilParagraph) carried = null;
    const own = sentenceCertainty(sentence.text);
    certainties.push(carried && own === "reported" ? carried.certainty : own);
  }
  // "A media outlet reported that X was renewed … Hours later, the network responded: 'Nothing has been decided'",
  // "fans claim it premieres on May 2. An official said the date has no basis": a denial that answers the
  // sentence before it denies what that sentence reported, unless that was told as fact.
  scope.frames.forEach(({ sentence }, index) => {
    if (index === 0 || certainties[index] !== "denied" || !ANSWERS_BACK.test(sentence.text)) return;
    // A denial that says what it denies ("denied the rumours that he had fallen out", "dismissed reports of a budget
    // cut", "responded that nothing has been decided about a third") is about that, not the sentence before; nor is
    // "put those rumours to rest by renewing it" a denial of anything but the rumours.
    if (OWN_CONTENT.test(sentence.text)) return;
    const before = scope.frames[index - 1]!.sentence;
    if (sentence.paragraph - before.paragraph > 1) return;
    // Only what the sentence before put about as a report or a claim can be answered.
    if (!TOLD_AS_REPORT.test(before.text)) return;
    if (certainties[index - 1] === "reported" || certainties[index - 1] === "rumored" || certainties[index - 1] === "speculative") certainties[index - 1] = "denied";
  });
  certaintiesByScope.set(scope, certainties);
  return certainties;
}

const COMPARISON_OPENING = /^\s*(?:for|by|in) (?:comparison|contrast)\b|^\s*compare (?:that|this) (?:to|with)\b|^\s*(?:that|this) compares (?:to|with)\b/i;

/**
 * Runs rules over the article's frames and turns their drafts into claims: the runner decides
 * which title each claim is about, how sure the sentence is, and drops what a rule read from
 * quoted speech, a question or a kind of paragraph it does not read.
 */
export function runRules(rules: readonly Rule[], scope: ArticleScope, onlySentences?: Set<number>): RuledClaim[] {
  const claims: RuledClaim[] = [];
  const certainties = sentenceCertainties(scope);
  scope.frames.forEach((frame, index) => {
    const sentence = frame.sentence;
    if (onlySentences && !onlySentences.has(index)) return;
    checkTimeBudget();
    const certainty = certainties[index]!;
    const focus = scope.focus[index] ?? scope.main;
    const context: RuleContext = {
      frame,
      sentence,
      article: scope,
      certainty,
      focus,
      slot: (match, group) => {
        const value = match.groups[group];
        return value === undefined ? undefined : frame.slots[Number(value)];
      },
      slotsIn: (match, group, kind) => {
        const piece = match.groups[group];
        if (piece === undefined) return [];
        return slotNumbersIn(piece, kind).map((n) => frame.slots[n]!);
      },
      titleAt: (at) => titleAt(frame, at, focus),
      seasonAt: (at, title) => seasonAt(frame, scope, at, title),
      seasonOrFirst: (at, title) => seasonAt(frame, scope, at, title) ?? (scope.runBefore.has(title) ? undefined : 1),
      seasonCarried: (title) => seasonCarried(frame, scope, title),
    };
    // "For comparison, last year's gothic hit opened at 89%": a sentence set beside the show, about a work the
    // article does not register as a title, says nothing about the show.
    if (COMPARISON_OPENING.test(sentence.text) && !frame.slots.some((slot) => slot.kind === "T")) return;
    const question = isQuestion(sentence.text);
    for (const rule of rules) {
      if (!(rule.kinds ?? PROSE).includes(sentence.kind)) continue;
      if (question && !rule.inQuestions) continue;
      for (const match of matchesOf(rule, frame.masked)) {
        if (!rule.inQuotes && insideQuote(sentence.text, frame.toOriginal(match.index))) continue;
        for (const draft of rule.build(match, context)) claims.push(toClaim(draft, rule, context, match));
      }
    }
  });
  return claims;
}

function toClaim(draft: Draft, rule: Rule, context: RuleContext, match: RuleMatch): RuledClaim {
  const scope = context.article;
  let subject: Mention;
  if (draft.subject) subject = draft.subject;
  else {
    const title = draft.title ?? context.titleAt(draft.at ?? match.index);
    subject = { kind: "title", name: scope.titles.entries[title]!.name, main: title === scope.main };
  }
  const sentence = context.sentence;
  return {
    subject,
    property: draft.property,
    value: draft.value,
    qualifiers: draft.qualifiers ?? {},
    certainty: draft.certainty ?? context.certainty,
    quote: sentence.text,
    start: sentence.start,
    end: sentence.end,
    rule: rule.id,
  };
}
