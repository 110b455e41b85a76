import { atMost } from "../../../domain/certainty.ts";
import type { Qualifiers } from "../../../domain/claim.ts";
import type { Rule, RuleContext } from "../engine/rule.ts";
import { findKoreanNames } from "../names.ts";
import type { Mention } from "../types.ts";

/** What bears on a next season: controversies, a lead's military service, ages, sequel talk, strikes, health, disputes. */

const MILITARY = /\b(?:military service|enlist\w*|conscription|discharg\w*|mandatory (?:duty|service)|military duty|compulsory military|serv\w* in the (?:military|army|navy|air force|marines)|alternative service|military (?:enlistment|discharge)|draft notice)\b/gi;
const GENERAL_RULE = /\bmen aged\b|\ball (?:able-bodied )?men\b|\bsouth korean men\b|\bmust (?:complete|serve)\b.*\bmonths\b/i;
const CONTROVERSY = /\b(?:accused (?:[\w\s,]{0,60}?)of|accusations?|allegations?|alleged(?:ly)? (?:bull|assault|abus|harass)|controvers(?:y|ies)|scandal|under fire|backlash|school violence|DUI|drunk[- ]driving|plagiari[sz]\w*|apologi[sz]ed (?:for|to)|physically abused|police investigation|drug (?:use|charges|investigation))\b/gi;
const SEQUEL = /\b(?:sequel|second season|third season|another season|next season|new season|season \d|spin-?off|more episodes|follow-?up|return for)\b|\u27E6S\d+\u27E7/i;
const SEQUEL_TALK = /\b(?:discuss(?:ed|ing)?|talk(?:ed|s|ing)? (?:about|of)|hint(?:ed|s)?|teas(?:ed|es)|open to|wants? to|would love|interested in|express(?:ed)? (?:interest|desire)|(?:is|are|was|have|has) (?:already )?(?:begun )?planning|plans? (?:for|to)|considering|asked to reprise|in talks|working on|confirmed the plan|the script is)\b/i;
const STRIKE = /\b(?:writers['’]?|actors['’]?|SAG-AFTRA|WGA|union|hollywood)\s+(?:labor\s+)?strikes?\b|\bstrikes?\b[^.]*\b(?:writers|actors|production|SAG|WGA)\b/i;
const HEALTH = /\b(?:hospitali[sz]ed|health (?:issues|concerns|reasons|problems)|injur(?:ed|y|ies)|diagnosed with|underwent surgery|recovering from)\b/i;
const DISPUTE = /\b(?:contract dispute|lawsuit|sued|legal battle|legal dispute|terminated (?:his|her|their) contract|exclusive contract dispute)\b/i;

/** The person a sentence is about: a name near a cue word, the first name in it, or a known actor it refers to. */
function personIn(context: RuleContext, prefer?: RegExp, frame = context.frame): string | undefined {
  const names = frame.slots.filter((s) => s.kind === "N").map((s) => s.text);
  const people = context.article.people;
  const resolved = names.map((n) => (n.includes(" ") ? n : people.resolve(n) ?? n)).filter((n) => !people.is(n, "character") && !people.is(n, "non-credit"));
  if (prefer) {
    for (const slot of frame.slots) {
      if (slot.kind !== "N") continue;
      const before = frame.text.slice(Math.max(0, slot.start - 30), slot.start);
      if (prefer.test(before)) return slot.text.includes(" ") ? slot.text : people.resolve(slot.text) ?? slot.text;
    }
  }
  const korean = findKoreanNames(frame.text)[0]?.name;
  return resolved.find((n) => n.includes(" ") || people.is(n, "actor")) ?? korean;
}

function person(name: string): Mention {
  return { kind: "person", name };
}

function pointOf(context: RuleContext): Qualifiers {
  const date = context.frame.slots.find((s) => s.kind === "D" && (s.date.yearGiven || s.date.value.precision !== "year"));
  return date?.kind === "D" ? { pointInTime: date.date.value } : {};
}

function publishedPoint(context: RuleContext): Qualifiers {
  const published = context.article.published;
  return published ? { pointInTime: { date: published, precision: "day", label: published } } : {};
}

export const signalRules: Rule[] = [
  {
    id: "signal.controversy",
    produces: ["controversy"],
    pattern: CONTROVERSY,
    build: (match, context) => {
      const text = context.frame.text;
      if (/\bvictims? of\b/i.test(text) && !/\bclaiming to be victims\b/i.test(text)) return [];
      const who = personIn(context, /\b(?:director|writer|actor|actress|star|PD)\s*$/i);
      const certainty = atMost(context.certainty, "reported");
      return [{ property: "controversy", value: { type: "text", value: text }, qualifiers: pointOf(context), certainty, at: match.index, ...(who ? { subject: person(who) } : {}) }];
    },
  },
  {
    id: "signal.military-service",
    produces: ["military-service"],
    inQuotes: true,
    pattern: MILITARY,
    build: (match, context) => {
      const text = context.frame.text;
      if (GENERAL_RULE.test(text) && findKoreanNames(text).length === 0) return [];
      const who = personIn(context, /\b(?:leads?|star|actor|actress),?\s*$/i);
      if (!who) return [];
      const value = /\b(?:discharg\w*|completed (?:his|her) (?:military )?service|returned from (?:the )?military)\b/i.test(text)
        ? "discharged"
        : /\b(?:yet to|has not|hasn['’]t|not yet)\b[^.]*\b(?:complete|serve|enlist|received)/i.test(text)
          ? "not-yet-served"
          : /\b(?:rumou?red|reports? of|reportedly)\b/i.test(text)
            ? "enlistment-reported"
            : /\b(?:enlisted|began (?:his|her) (?:mandatory )?(?:military )?service|is serving|currently serving)\b/i.test(text)
              ? "serving"
              : /\b(?:will (?:soon )?enlist|is set to enlist|is scheduled to enlist|to enlist on|enlistment date|will begin (?:his|her) (?:mandatory )?(?:military )?service|will join the (?:army|navy|air force|marines)|ahead of (?:his|her) (?:military )?enlistment)\b/i.test(text)
                ? "enlisting"
                : /\bexempt\w*\b/i.test(text)
                  ? "exempt"
                  : "mentioned";
      return [{ property: "military-service", subject: person(who), value: { type: "enum", value }, qualifiers: pointOf(context), certainty: value === "enlistment-reported" ? "rumored" : context.certainty, at: match.index }];
    },
  },
  {
    id: "signal.age",
    produces: ["age"],
    pattern: /\b(?<n>\d{2})-year-old\s+(?:actor|actress|star|singer|idol|lead|Kim|Lee|Park)\b|\bturns (?<t>\d{2}) on\b|,\s+(?<c>\d{2}),/g,
    build: (match, context) => {
      const years = Number(match.groups.n ?? match.groups.t ?? match.groups.c);
      if (!(years >= 5 && years <= 100)) return [];
      // "Episodes 4, 12, and 16": a list of numbers, not someone's age.
      if (match.groups.c && /(?:\b(?:episodes?|eps?\.?|parts?|chapters?|seasons?|nos?\.?)|#)\s*\d{1,3}\s*$/i.test(context.frame.masked.slice(Math.max(0, match.index - 20), match.index))) return [];
      const who = personIn(context);
      if (!who) return [];
      const age = match.groups.t ? years - 1 : years;
      return [{ property: "age", subject: person(who), value: { type: "number", value: age, approximate: false }, qualifiers: publishedPoint(context), certainty: "reported", at: match.index }];
    },
  },
  {
    id: "signal.age-stated",
    produces: ["age"],
    // "Kwon Do-yoon is 28 and has yet to serve", "He is 28 years old": a person's age in a sentence of its own.
    pattern: /(?:(?<who>\u27E6N\d+\u27E7)|^(?<pro>He|She)\b)\s+(?:is|was|turned)\s+(?<y>\d{2})(?:\s+years?\s+old)?(?=\s+(?:and|but|when)\b|\s*[,.;]|\s*$)/g,
    build: (match, context) => {
      const years = Number(match.groups.y);
      if (!(years >= 5 && years <= 100)) return [];
      let who: string | undefined;
      if (match.groups.who) {
        const slot = context.frame.slots[Number(match.groups.who.slice(2, -1))];
        if (slot?.kind !== "N") return [];
        const people = context.article.people;
        who = slot.text.includes(" ") ? slot.text : people.resolve(slot.text);
        if (!who || people.is(who, "character") || people.is(who, "non-credit")) return [];
      } else {
        // "He is 28": the person the sentence before, in the same paragraph, is about.
        const previous = context.article.frames[context.sentence.index - 1];
        if (!previous || previous.sentence.paragraph !== context.sentence.paragraph) return [];
        who = personIn(context, undefined, previous);
      }
      if (!who) return [];
      return [{ property: "age", subject: person(who), value: { type: "number", value: years, approximate: false }, qualifiers: publishedPoint(context), certainty: "reported", at: match.index }];
    },
  },
  {
    id: "signal.sequel-talk",
    produces: ["sequel-talk"],
    inQuotes: true,
    pattern: new RegExp(SEQUEL.source, "gi"),
    build: (match, context) => {
      const text = context.frame.text;
      if (!SEQUEL_TALK.test(text) || /\bfans?\b[^.]{0,30}\b(?:eyeing|hop|want|asking)/i.test(text) || /^(?:if|whether)\b/i.test(text)) return [];
      const who = personIn(context);
      if (!who) return [];
      const negative = /\b(?:no plans|not (?:planning|interested)|ruled out|won['’]t return)\b/i.test(text);
      return [{ property: "sequel-talk", value: { type: "text", value: text }, qualifiers: { speaker: who }, certainty: negative ? "denied" : atMost(context.certainty, "reported"), at: match.index }];
    },
  },
  {
    id: "signal.strike",
    produces: ["risk"],
    pattern: new RegExp(STRIKE.source, "gi"),
    build: (match, context) => {
      if (/\b(?:will not|won['’]t|did not|didn['’]t|not) (?:be )?affect|\bunaffected\b/i.test(context.frame.text)) return [];
      return [{ property: "risk", value: { type: "enum", value: "strike" }, qualifiers: pointOf(context), at: match.index }];
    },
  },
  {
    id: "signal.health",
    produces: ["risk"],
    pattern: new RegExp(HEALTH.source, "gi"),
    build: (match, context) => {
      const who = personIn(context);
      return who ? [{ property: "risk", subject: person(who), value: { type: "enum", value: "health" }, qualifiers: pointOf(context), at: match.index }] : [];
    },
  },
  {
    id: "signal.dispute",
    produces: ["risk"],
    pattern: new RegExp(DISPUTE.source, "gi"),
    build: (match, context) => [{ property: "risk", value: { type: "enum", value: "contract-dispute" }, qualifiers: pointOf(context), at: match.index }],
  },
];
