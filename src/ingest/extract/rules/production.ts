import { dateValue, windowEnd, type DateValue } from "../../../domain/date-value.ts";
import { compilePattern } from "../engine/pattern.ts";
import type { Draft, Rule, RuleContext } from "../engine/rule.ts";
import { announcementDay, clauseAround, coordinatedClause, enumValue, nearestDate, publishedDay, seasonQualifier, weekdayOnOrBefore } from "./helpers.ts";

/** Production events with their dates: filming started, wrapped, halted, resumed or put off; a release put off; a date announced. */

/** The event's date: a date in its clause; for "has begun", "is underway", "now", the day of the article. */

function eventDate(context: RuleContext, at: number, options: { present?: RegExp } = {}): DateValue | undefined {
  // A date in the event's own coordinated clause comes first; the nearest in the sentence otherwise.
  const slot = nearestDate(context.frame, at, { maxDistance: 90, notTarget: true, within: coordinatedClause(context.frame.masked, at) }) ?? nearestDate(context.frame, at, { maxDistance: 90, notTarget: true });
  // "on track for a 2027 premiere", "ahead of its March 3 release": the date of the release, not of the shoot.
  const release = slot ? /^[”"’']?\s+(?:premiere|release|debut|launch|return|bow|finale)\b/i.test(context.frame.text.slice(slot.end, slot.end + 12)) || /\b(?:premiere|premieres|debut|launch|finale|(?<!press |news )release)\w*\s+(?:on|in|date|for)?\s*$/i.test(context.frame.text.slice(Math.max(0, slot.start - 20), slot.start)) : false;
  if (slot?.kind === "D" && !slot.date.bound && !release) return slot.date.value;
  const clause = clauseAround(context.frame, at);
  const piece = context.frame.masked.slice(clause.start, clause.end);
  // "On March 11, he shared a photo from the table read. … filming is now underway": the one date the sentence before gives.
  const previous = context.article.frames[context.sentence.index - 1];
  if (previous && previous.sentence.paragraph === context.sentence.paragraph && !/\b(?:will|to be|is set to|is expected to|plans? to)\b/i.test(piece)) {
    const dates = previous.slots.filter((s) => s.kind === "D" && !s.date.bound);
    if (dates.length === 1 && dates[0]!.kind === "D" && /\b(?:now|currently|has begun|is underway|under way)\b/i.test(piece)) return dates[0]!.date.value;
  }
  if ((options.present ?? /\b(?:now|currently|has (?:now )?(?:begun|started|wrapped|finished|resumed|been halted)|have (?:begun|started|wrapped)|is (?:now )?(?:underway|under way|in progress|rolling)|are (?:now )?rolling|today|this week)\b/i).test(piece)) {
    // "X confirms filming has wrapped" over a story whose post came "On Wednesday": the day of the post, not of the article.
    // So does "The drama has officially wrapped filming. iQIYI shared a wrap-up poster on June 20": the news is the post's.
    const told = postDay(context);
    if (told && (context.sentence.kind === "headline" || /\b(?:confirm|announc|reveal|shar)\w*/i.test(piece) || context.article.frames.some((f) => f.sentence.paragraph === context.sentence.paragraph && POST_SHARED_ON.test(f.masked)))) return told;
    return publishedDay(context);
  }
  return undefined;
}

/** "shared a wrap-up poster and a short clip on June 20": a post's day told after it. */
const POST_SHARED_ON = /\b(?:posted|shared|uploaded|released|unveiled)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:poster|photos?|pictures?|clip|video|stills|message|post)\b[^.;]{0,60}?\bon\s+\u27E6D(\d+)\u27E7/u;

/** The one day the article says a post or statement was made: "On Wednesday, she posted …", "On March 3, the studio announced …". */
function postDay(context: RuleContext): DateValue | undefined {
  const days = new Set<string>();
  let found: DateValue | undefined;
  for (const frame of context.article.frames) {
    const lead = frame.masked.match(/^(?:On\s+)?\u27E6D(\d+)\u27E7,?\s+[^.;]{0,80}?\b(?:posted|shared|confirmed|announced|revealed|wrote|took to|uploaded)\b/);
    // "iQIYI shared a wrap-up poster and a clip on June 20": the post's day told after it.
    const trailing = lead ? null : frame.masked.match(POST_SHARED_ON);
    const slot = lead ? frame.slots[Number(lead[1])] : trailing ? frame.slots[Number(trailing[1])] : undefined;
    if (slot?.kind !== "D" || slot.date.value.precision !== "day" || (lead && !/^on\b/i.test(frame.text.trimStart()))) continue;
    days.add(slot.date.value.date);
    found = slot.date.value;
  }
  return days.size === 1 ? found : undefined;
}

function eventDraft(context: RuleContext, at: number, kind: string, date: DateValue | undefined): Draft[] {
  const title = context.titleAt(at);
  const season = context.seasonOrFirst(at, title);
  const qualifiers = { ...(season ? { season } : {}), ...(date ? { pointInTime: date } : {}) };
  return [{ property: "production-event", value: enumValue(kind), qualifiers, title, at }];
}

/** After a planned start: "was scheduled to begin … but has been delayed", "never started". */
const CALLED_OFF = /\b(?:delay(?:ed)?|postpon\w+|push(?:ed)? back|halt(?:ed)?|never (?:started|began|happened)|put on hold|on hold|indefinitely|called off|scrapped|cancell?ed|was (?:supposed|scheduled|set|due) to)\b/i;

export const productionRules: Rule[] = [
  {
    id: "production.filming-wrapped",
    produces: ["production-event"],
    // "filming wrapped on October 2", "wrapped filming", "Filming on X was completed in advance", "pre-filmed", "the final week filming"
    pattern: compilePattern("\\b(?:{shoot_noun}(?:\\s+(?:on|of|for)\\s+(?:the\\s+)?(?:[“\"‘']?\u27E6[TSR]\\d+\u27E7[”\"’']?(?:\\s+\u27E6[TSR]\\d+\u27E7)*|(?:new\\s+|final\\s+|last\\s+|remaining\\s+)?(?:[\\w-]+\\s+){0,2}?(?:season|series|episodes|show|drama)))?(?:\\s*\\([^)]{1,60}\\))?(?:,[^,;.]{1,140}?,)?(?:\\s+(?:in\\s+[\\p{Lu}][\\p{L}-]+|\u27E6N\\d+\u27E7))?(?:\\s+(?:has|have|had|was|were|is|officially|finally|reportedly|already))*\\s+{shoot_wrap}|(?:wrap(?:s|ped|ping)?(?: up)?|finish(?:ed|es)?|complet(?:ed|es)|conclud(?:ed|es)) (?:its |the |their )?(?:{shoot_noun}|principal photography)|pre-?(?:filmed|produced)|fully (?:filmed|shot)|filmed in advance|in the can|(?:final|last) (?:day|week) (?:of )?(?:filming|shooting)|(?:filming|shooting) wrap)\\b"),
    build: (match, context) => {
      const before = context.frame.masked.slice(Math.max(0, match.index - 30), match.index);
      const ahead = /\b(?:will|set to|expected to|scheduled to|plans? to)\b/i.test(match.text) || /\b(?:will|'ll|is set to|are set to|is expected to|is scheduled to|is due to|to)\s+(?:\w+\s+)?$/i.test(before);
      // "Filming on X (…), the network's new series from …, wrapped last Friday": the day stands by the verb, not by the subject.
      const verbAt = match.text.length > 60 ? match.end : match.index;
      const drafts = ahead && !/\bin advance\b/i.test(context.frame.text)
        ? eventDraft(context, match.index, "filming-wrapped", eventDate(context, verbAt))
        : eventDraft(context, match.index, "filming-wrapped", eventDate(context, verbAt, { present: /\b(?:has|have|now|today|this week|officially|finally)\b/i }));
      // "Season 2 will wrap filming this fall", "Filming wraps this summer" while that summer holds the article's day: not yet done.
      const published = context.article.published;
      for (const draft of drafts) {
        const when = draft.qualifiers?.pointInTime as DateValue | undefined;
        const openWindow = !!when && !!published && when.date <= published && windowEnd(when) >= published && when.precision !== "day";
        if (ahead || (openWindow && /\b(?:wraps|wrap|finishes|completes|concludes)\b/i.test(match.text) && !/\b(?:has|have|had|was|were)\b/i.test(match.text))) draft.qualifiers = { ...draft.qualifiers, planned: true };
      }
      return drafts;
    },
  },
  {
    id: "production.shot-from",
    produces: ["production-event"],
    // "Season 1 shot from May to September 2021", "was (then) in production from February to July 2025": a whole shoot, start and wrap.
    // "Filming took place at Hengdian World Studios between March and July last year", "will be filmed in Whitehorse from May to August".
    pattern: compilePattern("\\b(?:shot|filmed|(?:was|were|will be|is being|are being|to be) (?:(?:then|later|first|originally|also|eventually|finally|again)\\s+)?(?:in production|filming|shooting|filmed|shot)|(?:filming|shooting|production) (?:ran|took place|lasted|will run|will take place))\\s+(?<gap>(?:(?:[^.;\u27E6]|\u27E6N\\d+\u27E7){0,60}?\\s)?)(?:from\\s+|between\\s+)?(?<d>\u27E6D\\d+\u27E7)"),
    build: (match, context) => {
      // "filmed in Belfast and aired between March and June", "filmed in Atlanta, ran from January to April on FX": the
      // range belongs to another verb.
      if (/\b(?:aired|airs|air|ran|runs|run|streamed|streams|stream|released|premiered|broadcast|debuted|dropped)\b/i.test(match.groups.gap ?? "")) return [];
      // Only a range of dates tells both ends; "shot in 2022" alone is left to the other rules.
      const slot = context.frame.slots[Number(match.groups.d!.slice(2, -1))];
      if (slot?.kind !== "D" || !slot.date.until) return [];
      return [...eventDraft(context, match.index, "filming-started", slot.date.value), ...eventDraft(context, match.index, "filming-wrapped", slot.date.until)];
    },
  },
  {
    id: "production.filming-halted",
    produces: ["production-event"],
    // "Production on the second season of HBO's X was halted on March 9": what the production is of may run a few words.
    pattern: compilePattern("\\b(?:{shoot_noun}(?:\\s+(?:on|of|for)\\s+(?:[^\\s.;,]+\\s+){0,6}?[^\\s.;,]+)?(?:\\s+(?:has|have|had|was|were|is|been))*\\s+{shoot_halt}|(?:halt|suspend|pause|stop|shut down)(?:s|ed|ped)?\\s+(?:its\\s+|the\\s+)?{shoot_noun})\\b"),
    build: (match, context) => eventDraft(context, match.index, "filming-halted", eventDate(context, match.index)),
  },
  {
    id: "production.filming-resumed",
    produces: ["production-event"],
    // "resumed filming", "filming has resumed", "Filming is expected to resume on April 20", "Cameras are scheduled to roll again on May 4"
    pattern: compilePattern("\\b(?:resum(?:e|es|ed|ing)|restart(?:s|ed)?)\\s+(?:{shoot_noun})|\\b(?:{shoot_noun}|cameras?)\\s+(?:(?:has|have|is|are|was|were|will|is expected to|are expected to|is scheduled to|are scheduled to|is set to|are set to|is due to|are due to)\\s+)?(?:resumed?|restart(?:ed)?|roll(?:ed|ing)? again|(?:be\\s+)?back up and running)\\b"),
    build: (match, context) => {
      // "looks forward to resuming production", "hopes to restart filming": a wish, with no date or plan.
      if (/\b(?:look(?:s|ed|ing)? forward to|hop(?:e|es|ed|ing) to|eager to|wish(?:es|ed)? to|want(?:s|ed)? to|aim(?:s|ed|ing)? to|committed to)\s+$/i.test(context.frame.masked.slice(Math.max(0, match.index - 30), match.index))) return [];
      const drafts = eventDraft(context, match.index, "filming-resumed", eventDate(context, match.index));
      // "is expected to resume on April 20": planned, not yet done.
      if (/\b(?:will|expected|scheduled|set|due)\b/i.test(match.text)) for (const draft of drafts) draft.qualifiers = { ...draft.qualifiers, planned: true };
      return drafts;
    },
  },
  {
    id: "production.filming-started",
    produces: ["production-event"],
    // "began filming", "filming is underway", "cameras are set to roll next spring", "went back to set in October", "started shooting this month"
    pattern: compilePattern(
      "\\b(?:(?:beg(?:in|ins|an|un)|start(?:s|ed|ing)?|kick(?:s|ed)? off|commenc(?:e|es|ed))\\s+(?:principal\\s+)?(?:filming|shooting|production|photography)|(?:filming|shooting|production|principal photography|cameras?|(?:a|the) shoot)(?:\\s+(?:on|of|for)\\s+(?:the\\s+)?(?:\u27E6[TSR]\\d+\u27E7(?:\\s+\u27E6[TSR]\\d+\u27E7)*|(?:new\\s+|next\\s+|upcoming\\s+)?(?:[\\w-]+\\s+)?(?:season|series|show|drama|episodes)))?(?:\\s+(?:that|which))?(?:\\s+(?:has|have|had|was|were|is|are|will|officially|finally|reportedly|now|already|set|scheduled|due|expected|slated|to|be|been|first|initially))*\\s+(?:beg(?:in|ins|an|un)|start(?:s|ed)?|kick(?:s|ed)? off|commenc(?:e|es|ed)|under ?way|roll(?:s|ed|ing)?|got under ?way|in progress)|(?:went|headed|is|are|were|was)\\s+back (?:to|on) set|(?:is|are) (?:currently |now )?(?:filming|shooting|in production)|began production|entered production|(?:went|go|goes|going|move|moves|moving|head|heads|heading)\\s+into\\s+production|(?:will|to)\\s+be\\s+(?:filmed|shot)|(?:is|are)\\s+(?:currently\\s+|now\\s+)?being\\s+(?:filmed|shot)|in production)\\b",
    ),
    build: (match, context) => {
      const text = context.frame.text;
      const tail = text.slice(context.frame.toOriginal(match.index));
      // "had been slated to start filming on June 5": a plan told after it changed, not a start.
      const plan = /\b(?:had been|was|were)\s+(?:originally\s+|initially\s+)?(?:supposed|meant|scheduled|set|slated|due|expected|planned)\s+to\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, context.frame.toOriginal(match.index) - 45), context.frame.toOriginal(match.index)));
      if (plan) {
        const around = [context.article.sentences[context.sentence.index - 1]?.text, text, context.article.sentences[context.sentence.index + 1]?.text].join(" ");
        return /\bdelay|postpon|indefinitely|on hold|halt|never\b/i.test(around) ? eventDraft(context, match.index, "filming-postponed", undefined) : [];
      }
      if (CALLED_OFF.test(tail) || CALLED_OFF.test(context.article.sentences[context.sentence.index + 1]?.text ?? "")) {
        if (/\b(?:was|were)\s+(?:supposed|scheduled|set|due|slated)\b/i.test(text) || /\bdelay|postpon|indefinitely|never\b/i.test(text)) {
          return eventDraft(context, match.index, "filming-postponed", eventDate(context, match.index));
        }
      }
      if (/\b(?:hasn['’]t|have not|has not|haven['’]t|not yet|yet to)\b/i.test(text.slice(Math.max(0, context.frame.toOriginal(match.index) - 40), context.frame.toOriginal(match.index) + 40))) return [];
      // "The comedy never went into production", "did not start filming": no start.
      if (/\b(?:never|did not|didn['’]t|does not|doesn['’]t|will not|won['’]t|not)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, context.frame.toOriginal(match.index) - 25), context.frame.toOriginal(match.index)))) return [];
      // "no dates yet for when production will begin", "it is unclear whether filming will start": a question, not a start.
      if (/\b(?:when|whether|if)\s+$/i.test(context.frame.masked.slice(Math.max(0, match.index - 10), match.index)) && /\b(?:will|would|could|might|can|may|is set to|is going to)\b/i.test(match.text)) return [];
      // "Cameras are scheduled to roll again": a restart, which the resumption rule reads.
      if (/\broll/i.test(match.text) && /^\s*again\b/i.test(context.frame.masked.slice(match.end, match.end + 8))) return [];
      const date = eventDate(context, match.index);
      // "will begin filming on January 15" in an undated article, "will start shooting very soon": a plan, so the season is still being prepared.
      // A headline's "to begin production this summer", or "cameras roll this spring" in the present while that
      // spring holds the article's day: told ahead of the start, so not yet begun.
      const infinitive = /\bto\s+$/i.test(context.frame.masked.slice(Math.max(0, match.index - 4), match.index));
      const presentInOpenWindow = !!date && !!context.article.published && /\b(?:begins?|starts?|kicks? off|commences?|rolls?)\b/i.test(match.text) && !/\b(?:has|have|had)\b/i.test(match.text) && date.date <= context.article.published && windowEnd(date) >= context.article.published;
      const ahead = infinitive || presentInOpenWindow || /\b(?:will|'ll|is set to|are set to|is expected to|are expected to|is scheduled to|are scheduled to|is due to|are due to|plans? to|going to)\s+(?:\w+\s+)?$/i.test(context.frame.masked.slice(Math.max(0, match.index - 30), match.index)) || /^(?:will|is set to|is expected to|is scheduled to)\b/i.test(match.text) || /\b(?:will|set|expected|scheduled|slated|due)\s+(?:to\s+)?(?:be\s+)?(?:beg(?:in|un)|start|kick off|commence|roll|under ?way)\b/i.test(match.text);
      if (ahead && !date) return eventDraft(context, match.index, "in-development", undefined);
      const drafts = eventDraft(context, match.index, "filming-started", date);
      // "expected to begin later this month": planned, so a window that holds the article's day does not mean it began.
      if (ahead) for (const draft of drafts) draft.qualifiers = { ...draft.qualifiers, planned: true };
      return drafts;
    },
  },
  {
    id: "production.script-reading",
    produces: ["production-event"],
    // "the first script reading on May 10, 2023", "held a table read"
    pattern: /\b(?:(?:first\s+)?script[- ]reading|table[- ]read(?:ing)?|script read-through|read-through)\b/gi,
    build: (match, context) => eventDraft(context, match.index, "script-reading", eventDate(context, match.index)),
  },
  {
    id: "production.post-production",
    produces: ["production-event"],
    // "Season 2 is currently in post-production", "the series has entered post-production"
    pattern: /\b(?:is|are|was|were|has|have|now|currently|entered|into|in)\s+(?:now\s+|currently\s+|already\s+)?(?:in\s+)?post-?production\b/gi,
    build: (match, context) => {
      if (/\b(?:will|set to|expected to)\b/i.test(context.frame.masked.slice(Math.max(0, match.index - 25), match.index))) return [];
      return eventDraft(context, match.index, "post-production", eventDate(context, match.index, { present: /\b(?:now|currently|is|are|has|have)\b/i }));
    },
  },
  {
    id: "production.status-line",
    produces: ["production-status"],
    kinds: ["paragraph", "heading", "caption", "table"],
    // A tracker's line: "Production Status: Filming (Last Updated: 12/05/2023)"
    pattern: /production status:\s*(?<status>[\p{L} -]+?)\s*\(\s*last updated:?\s*(?<slot>\u27E6D\d+\u27E7|\d{1,2}\/\d{1,2}\/\d{4})\s*\)/giu,
    build: (match, context) => {
      // Trackers write the day first: 12/05/2023 is the 12th of May.
      const slot = /\u27E6/.test(match.groups.slot!) ? context.frame.slots[Number(match.groups.slot!.slice(2, -1))] : undefined;
      const written = slot?.text ?? match.groups.slot!;
      const dmy = written.match(/(\d{1,2})\/(\d{1,2})\/(\d{4})/);
      if (!dmy) return [];
      const point = dateValue(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]), "day");
      const raw = match.groups.status!.trim();
      const status = /post-?production/i.test(raw) ? "post-production" : /pre-?production|development/i.test(raw) ? "in-development" : /filming|shooting|production/i.test(raw) ? "filming" : /released|completed|airing/i.test(raw) ? "released" : /cancel/i.test(raw) ? "cancelled" : raw.toLowerCase().replace(/\s+/g, "-");
      const title = context.titleAt(match.index);
      return [{ property: "production-status", value: enumValue(status), qualifiers: { pointInTime: point, label: `Production Status: ${raw}`, ...seasonQualifier(context.seasonOrFirst(match.index, title)) }, certainty: "reported", title, at: match.index }];
    },
  },
  {
    id: "production.release-postponed",
    produces: ["production-event"],
    // "KBS has said it is pushing back the broadcast", "the premiere has been postponed", "removed from KBS's broadcast schedule"
    pattern: compilePattern("\\b(?:{postpone_verb})\\b(?=[^.]{0,60}(?:\\b(?:broadcast|premiere|release|airing|debut|launch|schedule|slot|listings?|season|series)\\b|\u27E6S\\d+\u27E7))|\\b(?:broadcast|premiere|release|airing|debut|launch)\\b[^.]{0,40}\\b(?:{postpone_verb})\\b|\\b(?:announced|confirmed|disclosed|revealed)\\s+the\\s+(?:delay|postponement)\\b"),
    build: (match, context) => {
      if (/\bfilming|shooting|production\b/i.test(match.text)) return [];
      // "Production on season 2 has been pushed back": the shoot was put off, which the halt rules read.
      if (/\b(?:filming|shooting|production|principal photography)\b[^.;]{0,30}$/i.test(context.frame.masked.slice(Math.max(0, match.index - 40), match.index))) return [];
      // "… moving the premiere from Feb. 13 to April 10, the streamer said Wednesday": the delay happened the day it was told.
      let date = announcementDay(context.frame, context.article.published) ?? eventDate(context, match.index, { present: /\b(?:has|have|is|are|now|today|announced|update)\b/i });
      // A headline's delay ("premiere pushed to January") is dated by the day the article's opening says it was announced.
      if (!date && context.sentence.kind === "headline") {
        for (const frame of context.article.frames.slice(context.sentence.index + 1, context.sentence.index + 4)) {
          date = announcementDay(frame, context.article.published);
          if (date) break;
        }
      }
      return eventDraft(context, match.index, "postponed", date);
    },
  },
  {
    id: "production.date-announced",
    produces: ["production-event"],
    // "tvN made it official on November 4: …", "TVING confirmed today that Glass Orchard Part 2 will premiere on …", "… arrives on March 14 next year, the streaming service announced Thursday"
    pattern: compilePattern("\\b(?:made it official|announced|confirmed|revealed|unveiled|set|locked(?:\\s+in)?)(?:\\s+(?:on|this|last))?\\s*(?<d>\u27E6D\\d+\u27E7)?(?:\\s+(?:that|the|its))?"),
    build: (match, context) => {
      const text = context.frame.text;
      // "The date was revealed on Saturday at a fan event": with the date itself the subject, the one date is the announcement's.
      const dateIsSubject = /\b(?:the|its|that|this)\s+(?:new\s+|premiere\s+|release\s+|launch\s+|air\s+)?date\s+(?:was|has been|had been|is)\s+$/i.test(context.frame.masked.slice(Math.max(0, match.index - 40), match.index));
      if (!dateIsSubject && !/\b(?:release|premiere|arriv|debut|air|come out|comes out|coming out|came out|drop|land|launch|stream)\w*\b/i.test(text)) return [];
      const dates = context.frame.slots.filter((s) => s.kind === "D");
      let day: DateValue | undefined;
      if (match.groups.d) {
        const slot = context.frame.slots[Number(match.groups.d.slice(2, -1))];
        if (slot?.kind === "D" && (dates.length >= 2 || dateIsSubject)) day = slot.date.value;
      }
      // "JioHotstar on Wednesday dropped the trailer … and locked its premiere date": the day told before the verb.
      const before = context.frame.masked.slice(Math.max(0, match.index - 120), match.index).match(/(?:\bon\s+)?\u27E6D(\d+)\u27E7\s+(?:(?:dropped|released|shared|unveiled|posted)\s+[^.;]{0,80}?\s+and\s+(?:also\s+)?)?$/);
      // "…, which on Monday dropped a teaser for Night Ferry and confirmed its renewal, will release X …": another show's day.
      const forWork = before?.[0].match(/\bfor\s+(?:the\s+)?(?:\u27E6([TN])(\d+)\u27E7|(?-i:[\p{Lu}]))/u);
      const forSlot = forWork?.[1] === "T" ? context.frame.slots[Number(forWork[2])] : undefined;
      const forAnother = !!forWork && !(forSlot?.kind === "T" && forSlot.title.title === context.article.main);
      if (!day && before && !forAnother && dates.length >= 2) {
        const slot = context.frame.slots[Number(before[1])];
        if (slot?.kind === "D") day = slot.date.value;
      }
      if (!day && /\btoday\b/i.test(text)) day = publishedDay(context);
      const after = context.frame.masked.slice(match.end, match.end + 20);
      if (!day && /^\s*\u27E6D(\d+)\u27E7/.test(after) && dates.length >= 2) {
        const slot = context.frame.slots[Number(after.match(/\u27E6D(\d+)\u27E7/)![1])];
        if (slot?.kind === "D") day = slot.date.value;
      }
      if (!day) return [];
      const published = context.article.published;
      // "announced on Friday" in a sentence that also looks ahead: the Friday before the article, not the next one.
      const weekdaySlot = context.frame.slots.find((s) => s.kind === "D" && s.date.value.date === day!.date && /^(?:on\s+)?(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(s.text.trim()));
      if (published && weekdaySlot?.kind === "D") day = weekdayOnOrBefore(published, weekdaySlot.text.trim().split(/\s+/).pop()!) ?? day;
      // An announcement has happened: a day read into next year because the sentence looks ahead ("… is coming out in July") is this year's.
      if (published && day.date > published && day.precision === "day") {
        const [y, m, d] = day.date.split("-").map(Number) as [number, number, number];
        const earlier = dateValue(y - 1, m, d, "day");
        if (earlier.date <= published && !dates.some((s) => s.kind === "D" && s.date.value.date === day!.date && s.date.yearGiven)) day = earlier;
      }
      if (published && day.date > published) return [];
      return eventDraft(context, match.index, "date-announced", day);
    },
  },
];
