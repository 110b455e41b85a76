import type { Certainty } from "../../../domain/certainty.ts";
import { dateValue } from "../../../domain/date-value.ts";
import type { Slot } from "../engine/frame.ts";
import { compilePattern } from "../engine/pattern.ts";
import type { Draft, Rule, RuleContext } from "../engine/rule.ts";
import { CARDINAL, ORDINAL, parseCardinal, parseOrdinal } from "../vocab/numbers.ts";
import { aboutAnotherShow, announcementDay, clauseAround, enumValue, HABITUAL, nearestDate, publishedDay, slotPosition, weekdayOnOrBefore } from "./helpers.ts";

/** Where a season stands: renewed, cancelled, final, not yet renewed, in development, released. */

/** A wish, a question or a condition asserts nothing: "fans hope for a renewal", "if it is renewed". */
const WISH = /\b(?:hope|hopes|hoping|hoped|wish|wishes|would love|dream|if\b|whether|could be|might be|may be|want(?:s|ed)? (?:a|to see|another)|asking for|calls? for|campaign(?:ing)? for|petition|deserves?|fingers crossed|eyeing|rooting for)\b/i;
const NOT_YET =
  /\b(?:not (?:yet |officially |been )*(?:renewed|confirmed|announced|greenlit|ordered|picked up|decided|guaranteed)|(?:has|have)(?:n['’]t| not) (?:yet |officially )*(?:renewed|confirmed|announced|greenlit|ordered)|hasn['’]t been (?:renewed|confirmed)|yet to (?:be )?(?:renew|confirm|announce|greenlight|order)\w*|no (?:official )?(?:word|news|update|announcement|confirmation|decision) (?:yet )?(?:on|about|regarding|of)|remains? (?:unconfirmed|uncertain|up in the air|unclear)|(?:is|was) (?:still )?unclear (?:whether|if)|nothing (?:has been|is) (?:confirmed|decided|official)|not (?:been )?ordered yet|no renewal|neither (?:renewed|confirmed|ordered|picked up) nor (?:cancell?ed|axed|ended)|no decision (?:has been|was|is) (?:made|taken|reached))\b/i;

/** The season a status word is about: the season named after it, else before it, else the article's. */
function seasonFor(context: RuleContext, at: number, title: number, fallback: (named: number) => number): number {
  const frame = context.frame;
  const clause = clauseAround(frame, at);
  const seasons = frame.slots
    .map((slot) => ({ slot, pos: slotPosition(frame, slot) }))
    .filter((s) => (s.slot.kind === "S" && s.slot.season.numbers.length > 0) || (s.slot.kind === "T" && s.slot.title.season !== null && s.slot.title.title === title))
    .filter((s) => s.pos >= clause.start && s.pos <= clause.end);
  // The season a status word governs stands right after it ("renewed for a second season", "ordered Season 3")
  // or right before it ("Season 2 has been cancelled"); one further away is another statement's.
  const after = seasons.filter((s) => s.pos >= at && s.pos - at <= 45 && !/\b(?:while|as|since|after|before|when|during)\b|\)|\band\s+(?!\u27E6S)/i.test(frame.masked.slice(at, s.pos))).sort((a, b) => a.pos - b.pos)[0];
  const before = seasons.filter((s) => s.pos < at && at - s.pos <= 60).sort((a, b) => b.pos - a.pos)[0];
  // "a Season 2 trailer (that season is streaming now)": the status is the season just named.
  const pointsBack = /\b(?:that|the|this|which)\s+(?:season|series|one)?\s*$|\bwhich\s+$/i.test(frame.masked.slice(Math.max(0, at - 20), at));
  const pick = pointsBack ? before ?? after : after ?? before;
  if (pick) return numberOf(pick.slot) ?? fallback(context.article.seasonsNamed.get(title) ?? 1);
  // "renewed for a new season", "the next season": relative to the seasons the article names.
  const relative = frame.slots.find((s) => s.kind === "S" && s.season.relative !== null);
  if (relative?.kind === "S") {
    const named = context.article.seasonsNamed.get(title) ?? 1;
    if (relative.season.relative === "final") return named;
  }
  // No season in the sentence: the one the article looks ahead to (the headline's or a plan's), before the
  // highest it names anywhere ("they have a fourth season in a drawer" in a season 3 article).
  const ahead = context.article.headlineSeason.get(title) ?? context.article.upcomingSeason.get(title) ?? 0;
  return fallback(ahead >= 2 ? ahead : context.article.seasonsNamed.get(title) ?? 1);
}

function numberOf(slot: Slot): number | undefined {
  if (slot.kind === "S") return slot.season.numbers[slot.season.numbers.length - 1];
  if (slot.kind === "T") return slot.title.season ?? undefined;
  return undefined;
}

function statusDraft(at: number, status: string, season: number, title: number, certainty?: Certainty): Draft {
  return { property: "season-status", value: enumValue(status), qualifiers: { season }, title, at, ...(certainty ? { certainty } : {}) };
}

/** The day news happened: a date next to the verb, "today", "on Thursday", or the article's day for "has renewed". */
function eventDay(context: RuleContext, at: number): ReturnType<typeof dateValue> | undefined {
  // "renewed …, ahead of the season 2 premiere on April 13": that date is the premiere's.
  // "Season 2 Announced for Fall 2025": a window after "for" is when the season comes, not when it was ordered.
  const attachedTo = (slot: { start: number }) => /\b(?:premiere|premieres|(?<!press |news )release|debut|airs?|launch|finale|return|begin|began|begun|start|arriv|land|drop|stream|hit|open|kick(?:s|ed)? off|come|coming|bow)\w*\s+(?:on|in|date)?\s*$|\b(?:for|set for|slated for|due)\s*$/i.test(context.frame.text.slice(Math.max(0, slot.start - 20), slot.start));
  let near = nearestDate(context.frame, at, { maxDistance: 60 });
  // "X, which premiered June 6, was renewed … last month": the premiere's date is taken, so the next nearest is the news's.
  if (near && attachedTo(near)) {
    const others = context.frame.slots.map((slot, index) => ({ slot, pos: context.frame.positions[index]! })).filter(({ slot, pos }) => slot.kind === "D" && slot !== near && !attachedTo(slot) && Math.abs(pos - at) <= 60);
    others.sort((a, b) => Math.abs(a.pos - at) - Math.abs(b.pos - at));
    if (others[0]) near = others[0].slot;
  }
  const attached = near ? attachedTo(near) : false;
  const published = context.article.published;
  if (near?.kind === "D" && !near.date.bound && !attached) {
    // "In December, the drama got the green light": news has happened, so a month without its year is the last one before the article.
    const value = near.date.value;
    if (!near.date.yearGiven && published && value.date > published) {
      const [y, m, d] = value.date.split("-").map(Number) as [number, number, number];
      return dateValue(y - 1, m, d, value.precision);
    }
    // "will be back for a fifth series in spring 2026": a date after the article is when the season comes, not the news.
    if (!(published && value.date > published)) return value;
  }
  // "ITV said yesterday that … The broadcaster also confirmed it has commissioned a third series": the same day's news.
  const previous = context.article.frames[context.sentence.index - 1];
  if (/\balso\s+(?:confirmed|announced|revealed|said)\b/i.test(context.frame.text) && previous && context.sentence.paragraph - previous.sentence.paragraph <= 1) {
    const told = announcementDay(previous, context.article.published);
    if (told) return told;
  }
  if (!published) return undefined;
  const weekday = context.frame.text.match(/\bon\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i);
  if (weekday) return weekdayOnOrBefore(published, weekday[1]!);
  if (/\b(?:today|this morning|just)\b/i.test(context.frame.text)) return publishedDay(context);
  return undefined;
}

const AFTER_SEASONS = new RegExp(`\\bafter\\s+(?:just\\s+|only\\s+)?(${CARDINAL})\\s+seasons?\\b`, "i");

export const statusRules: Rule[] = [
  {
    id: "status.not-yet",
    produces: ["season-status"],
    inQuestions: false,
    pattern: new RegExp(NOT_YET.source, "gi"),
    build: (match, context) => {
      // "has not yet announced the cast of the third season": the season is not what is unannounced.
      if (/^\s*(?:the\s+|its\s+)?(?:cast|casting|title|release date|date|premiere date|trailer|teaser|plot|director|writer|lineup|details)\b/i.test(context.frame.masked.slice(match.end, match.end + 25))) return [];
      // "with the cast yet to be confirmed": the same, told before the words.
      if (/\b(?:cast|casting|title|release date|date|premiere date|trailer|teaser|plot|director|writer|lineup|details|episode count|location)\s+(?:(?:is|are|has|have|was|were)\s+)?(?:still\s+)?$/i.test(context.frame.masked.slice(Math.max(0, match.index - 30), match.index))) return [];
      const title = context.titleAt(match.index);
      const season = seasonFor(context, match.index, title, (named) => Math.max(2, named));
      // "ENA responded, 'Nothing has been decided'": the network's own word is confirmed; the outlet's is a report.
      const official = context.frame.slots.some((slot) => slot.kind === "P") || /\b(?:the (?:network|broadcaster|streamer|channel|studio|production company|agency)|an? (?:network|broadcaster|streamer|channel|studio) (?:official|spokes\w+|representative))\b/i.test(context.frame.text);
      return [statusDraft(match.index, "unconfirmed", season, title, context.certainty === "denied" && official ? "confirmed" : "reported")];
    },
  },
  {
    id: "status.renewed",
    produces: ["season-status", "production-event"],
    pattern: compilePattern("(?<![\\p{L}])(?<verb>{renew_verb})"),
    build: (match, context) => {
      const text = context.frame.text;
      if (WISH.test(text) || NOT_YET.test(text)) return [];
      // "renewed for a special episode", "ordered a spin-off": not a season.
      if (/^\s*(?:for\s+)?(?:a|an)\s+(?:special|one-off|holiday|christmas|movie|film|spin-?off|feature)/i.test(context.frame.masked.slice(match.end, match.end + 40))) return [];
      const before = context.frame.masked.slice(Math.max(0, match.index - 30), match.index);
      if (HABITUAL.test(text) || aboutAnotherShow(context, match.index)) return [];
      // "will not get a second season", "never got a renewal": a renewal denied (status.cancelled reads the first).
      if (/\b(?:not|never|no longer|n['’]t|neither|nor)\s+(?:\w+\s+)?$/i.test(before)) return [];
      if (/^renewal/i.test(match.groups.verb!)) {
        // "a renewal" as a noun only counts with an announcement: "announced the renewal", "the renewal arrives", "got its renewal";
        // a heading's "Season 2 Renewal" names a topic.
        if (/\b(?:no|not|any|possible|potential|a|the)\s+$/i.test(before) && !/\b(?:announc|confirm|arriv|came|comes|news|officially)/i.test(text)) return [];
        if (!/\b(?:announc|confirm|arriv|came|comes|news|official|got|gets|received|receives|earned|earns|secured|secures|landed|lands|scored|scores|given|handed|is (?:in|here)|was (?:in|here)|follows?|followed)/i.test(text)) return [];
      }
      const title = context.titleAt(match.index);
      // "… and the BBC has already ordered a fifth": an ordinal standing alone after the verb is the season ordered.
      const bare = match.text.match(new RegExp(`\\b(?:a|an)\\s+(${ORDINAL})$`, "iu")) ?? context.frame.masked.slice(match.end, match.end + 30).match(new RegExp(`^\\s+(?:it\\s+)?(?:for\\s+)?(?:a|an)\\s+(${ORDINAL})\\b(?!\\s*[-\\p{L}])`, "iu"));
      let season = bare ? parseOrdinal(bare[1]!) ?? seasonFor(context, match.index, title, (named) => Math.max(2, named)) : seasonFor(context, match.index, title, (named) => Math.max(2, named));
      // "The first season premiered in February and was renewed the following month": the renewal is of the season after.
      const premieredThen = context.frame.masked.slice(0, match.index).match(/\u27E6S(\d+)\u27E7[^.;\u27E6]{0,60}?(?:\u27E6[PD]\d+\u27E7[^.;\u27E6]{0,40}?)*\b(?:premiered|debuted|aired|launched|bowed|dropped|was released)\b(?:[^.;\u27E6]|\u27E6[PD]\d+\u27E7)*?\band\s+(?:was|got|has been|had been|quickly|promptly|swiftly)\s+(?:quickly\s+|promptly\s+|swiftly\s+)?$/);
      const premieredSlot = premieredThen ? context.frame.slots[Number(premieredThen[1])] : undefined;
      if (!bare && premieredSlot?.kind === "S" && premieredSlot.season.numbers.length === 1 && season === premieredSlot.season.numbers[0]) season += 1;
      // "has been renewed" told as done is confirmed, unless the sentence hands it to a report ("a media outlet reported that …").
      const attributed = /\b(?:reported|reportedly|reports?|according to|media outlets?|an outlet|sources?|insiders?|claimed|claims)\b/i.test(text);
      const certainty: Certainty = context.certainty === "reported" && !attributed && /\b(?:has|have|had|was|were|is|are|been|officially)\b/i.test(text) ? "confirmed" : context.certainty;
      // "will return for a second series next Thursday": a dated return is the season's release (read by the release
      // rules), not news of a renewal on the article's day.
      if (/\b(?:return|be back|coming back|returning)\b/i.test(match.groups.verb!) && /^[^.;]{0,40}?\u27E6D\d+\u27E7/.test(context.frame.masked.slice(match.end))) return [];
      const drafts: Draft[] = [statusDraft(match.index, "renewed", season, title, certainty)];
      const day = eventDay(context, match.index);
      if (day) drafts.push({ property: "production-event", value: enumValue("renewed"), qualifiers: { season, pointInTime: day }, title, at: match.index, certainty });
      return drafts;
    },
  },
  {
    id: "status.cancelled",
    produces: ["season-status", "production-event"],
    pattern: compilePattern("\\b(?<verb>{cancel_verb})"),
    build: (match, context) => {
      const text = context.frame.text;
      if (WISH.test(text.slice(0, context.frame.toOriginal(match.index)))) return [];
      if (HABITUAL.test(text) || aboutAnotherShow(context, match.index)) return [];
      // "A is not coming back for the new season": a person leaving, not the show ending.
      // "Harlan Greer, who played the fisherman, won't be back", "She will not return": the same, after an aside or with a pronoun.
      if (/return|back/i.test(match.groups.verb!) && /(?:\u27E6N\d+\u27E7(?:\s*,\s+(?:who|whose|the|a|an)\b[^;]{0,140}?,)?|\b(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he (?:actor|actress|star))|\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+character)(?:\s+(?:is|are|will|has|have|does|do))?\s*$/.test(context.frame.masked.slice(0, match.index).replace(/\s+(?:is|are|was|were)\s*$/, ""))) return [];
      const verb = match.groups.verb!;
      const before = context.frame.masked.slice(Math.max(0, match.index - 60), match.index);
      // "Netflix has not renewed the show yet": not renewed so far is not cancelled (status.not-yet says unconfirmed).
      if (/^not\b/i.test(verb) && (/\b(?:has|have|had|is|are)\s*$/i.test(before) || /\b(?:yet|so far|still|at this (?:time|point)|as of (?:now|yet|today)|officially)\b/i.test(text))) return [];
      // "has neither renewed nor cancelled the show": left open.
      if (/\b(?:neither|nor)\s+(?:\w+\s+){0,3}$/i.test(before.slice(-30))) return [];
      // "has not announced a renewal or cancellation", "no cancellation has been announced": a cancellation denied or left open.
      if (/^cancell?ation/i.test(verb) && (/\b(?:no|not|n['’]t|never|nor|without|any|possible|potential)\b[^.;]{0,40}$/i.test(before) || /^\s+or\b/i.test(context.frame.masked.slice(match.end, match.end + 5)))) return [];
      const title = context.titleAt(match.index);
      const after = text.match(AFTER_SEASONS);
      const only = /\b(?:first and only|one and only|only|lone|single)\s+season\b/i.test(text);
      let season: number;
      if (after) season = (parseCardinal(after[1]!) ?? 1) + 1;
      else if (only) season = 2;
      // A season the article is waiting for ("Season 2: … the show has been scrapped") is the one cancelled; otherwise the one after the last named.
      else season = seasonFor(context, match.index, title, (named) => context.article.upcomingSeason.get(title) ?? named + 1);
      const drafts: Draft[] = [statusDraft(match.index, "cancelled", season, title)];
      if (after) for (let s = 1; s < season; s++) drafts.push(statusDraft(match.index, "released", s, title, "confirmed"));
      const day = eventDay(context, match.index);
      if (day) drafts.push({ property: "production-event", value: enumValue("cancelled"), qualifiers: { season, pointInTime: day }, title, at: match.index });
      return drafts;
    },
  },
  {
    id: "status.only-season",
    produces: ["season-status"],
    // "The drama's first and only season ended on a cliffhanger", "Number of seasons: One"
    pattern: /\b(?:first and only|one and only|only|lone|single) season\b|\bNumber of seasons:\s*(?:One|1)\b/gi,
    build: (match, context) => {
      if (HABITUAL.test(context.frame.text)) return [];
      const title = context.titleAt(match.index);
      const drafts = [statusDraft(match.index, "released", 1, title, "confirmed")];
      if (/\bcancel|axed|scrapped|ended\b/i.test(context.frame.text)) drafts.push(statusDraft(match.index, "cancelled", 2, title, "reported"));
      return drafts;
    },
  },
  {
    id: "status.final-season",
    produces: ["season-status"],
    // "its fourth and final season", "Season 6 will be the last", "the final season"
    pattern: compilePattern("(?<s>\u27E6S\\d+\u27E7)|\\b(?:will be|is|as) (?:the|its) (?:final|last) (?:one|chapter|season)\\b|\\b(?:conclude|end|wrap up|finish)(?:s|ed)? with (?:its|the|a) (?<fin>\u27E6S\\d+\u27E7)"),
    build: (match, context) => {
      const group = match.groups.s ?? match.groups.fin;
      const slot = group ? context.frame.slots[Number(group.slice(2, -1))] : undefined;
      const isFinal = match.groups.fin ? true : slot?.kind === "S" ? slot.season.relative === "final" : true;
      if (!isFinal) return [];
      if (WISH.test(context.frame.text)) return [];
      const title = context.titleAt(match.index);
      const season = slot?.kind === "S" && slot.season.numbers.length ? slot.season.numbers[0]! : seasonFor(context, match.index, title, (named) => named);
      return [statusDraft(match.index, "final-season", season, title)];
    },
  },
  {
    id: "status.in-development",
    produces: ["season-status"],
    // "have already begun developing a third season", "work on a fifth season has already started", "the script is underway"
    pattern: /\b(?:(?:begun|began|started|start) (?:planning|developing|writing|work(?:ing)? on)|(?:is|are) (?:already )?(?:planning|developing|writing|in development|in the works|being written|being developed)|in (?:early )?development|in the works|writers['’]? room|scripts? (?:is|are) (?:underway|being written|in progress)|writing (?:is|has) (?:underway|begun|started)|work on (?:a|the) [\w-]+ season (?:has|had) (?:already )?(?:begun|started)|plans? (?:for|a) (?:a|another) [\w-]+ season)\b/gi,
    build: (match, context) => {
      if (WISH.test(context.frame.text.slice(0, context.frame.toOriginal(match.index)))) return [];
      // "There's nothing in development", "no season 3 is in the works": none.
      if (/\b(?:nothing|no(?:\s+[\w-]+){0,3}|not|never|n['’]t)\s+(?:(?:is|are|was|currently|yet|been|being)\s+)*$/i.test(context.frame.masked.slice(Math.max(0, match.index - 30), match.index))) return [];
      // "the writers' room has not been convened", "the writers' room is yet to open": none yet.
      if (/^\s+(?:has|have|had|is|are|was|were)\s+(?:not|n['’]t|never|yet to)\b|^\s+(?:hasn['’]t|haven['’]t|isn['’]t|wasn['’]t)\b/i.test(context.frame.masked.slice(match.end, match.end + 30))) return [];
      // "He also has a film, Paper Kites, in the works": another project of a person's, not this show's next season.
      if (/\b(?:film|movie|album|book|single|project|play|musical|variety show)\b[^.;]{0,40}$/i.test(context.frame.masked.slice(0, match.index)) && !/\b(?:season|series|sequel)\b|\u27E6[TS]/i.test(context.frame.masked.slice(Math.max(0, match.index - 40), match.index))) return [];
      const title = context.titleAt(match.index);
      const season = seasonFor(context, match.index, title, (named) => Math.max(2, named));
      return [statusDraft(match.index, "in-development", season, title)];
    },
  },
  {
    id: "status.released",
    produces: ["season-status"],
    // "is now streaming", "every episode can now be streamed", "Season 3 is currently airing", "came to an end on August 3"
    pattern: /\b(?:(?:releases|airs|drops|streams|rolls out|unveils)\s+(?:\w+\s+)?(?:new\s+)?episodes?\s+(?:every|each)\b|(?:is|are) (?:now |currently )?(?:streaming|available to stream|available on|airing|on air)|can (?:now )?be streamed|(?:is|are) out now|now available|currently airing|came to an end|ended its run|(?:has|have) (?:already )?aired|aired (?:its|their) (?:final|last)|season (?:closed|ended|concluded|wrapped) on)\b/gi,
    build: (match, context) => {
      const text = context.frame.text;
      if (/\b(?:will|to be|set to|soon|later|next|upcoming)\b/i.test(text.slice(Math.max(0, context.frame.toOriginal(match.index) - 40), context.frame.toOriginal(match.index) + match.text.length + 20))) return [];
      const title = context.titleAt(match.index);
      // Without a season named, the first one: whatever else is true, it has come out.
      const season = seasonFor(context, match.index, title, () => 1);
      return [statusDraft(match.index, "released", season, title, "confirmed")];
    },
  },
];
