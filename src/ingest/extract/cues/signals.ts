import { datesIn, makeClaim, rememberPerson, resolvePersonReference, type ExtractionContext } from "../context.ts";
import { sentenceCertainty } from "../certainty.ts";
import { findKoreanNames } from "../names.ts";
import type { ExtractedClaim, Mention, Sentence } from "../types.ts";

const controversy = /\b(accused (?:[\w\s,]{0,60}?)of|accusations?|allegations?|alleged(ly)? (bull|assault|abus|harass)|controvers(y|ies)|scandal|under fire|backlash|school violence|DUI|drunk[- ]driving|plagiari[sz]\w*|apologi[sz]ed (for|to))\b/i;
const military = /\b(military service|enlist\w*|conscription|discharg\w*|mandatory (duty|service)|military duty|compulsory military|serv\w* in the (military|army|navy|air force|marines)|alternative service|military (enlistment|discharge))\b/i;
const generalRule = /\bmen aged\b|\ball (able-bodied )?men\b|\bmust (complete|serve)\b.*\bmonths\b/i;
const sequel = /\b(sequel|second season|third season|another season|next season|new season|season \d|spin-?off|more episodes|follow-?up|return for)\b/i;
const sequelTalk = /\b(discuss(ed|ing)?|talk(ed|s|ing)? (about|of)|hint(ed|s)?|teas(ed|es)|open to|wants? to|would love|interested in|express(ed)? (interest|desire)|(is|are|was) planning|plans? (for|to)|considering|asked to reprise|in talks|working on)\b/i;
const strike = /\b(writers['’]?|actors['’]?|SAG-AFTRA|WGA|union)\s+strikes?\b|\bstrike\b[^.]*\b(writers|actors|production)\b/i;
const health = /\b(hospitali[sz]ed|health (issues|concerns|reasons|problems)|injur(ed|y|ies)|diagnosed with|underwent surgery|recovering from)\b/i;
const dispute = /\b(contract dispute|lawsuit|sued|legal battle|legal dispute|terminated (his|her|their) contract|exclusive contract dispute)\b/i;

function personInSentence(sentence: Sentence, context: ExtractionContext, prefer?: RegExp): string | undefined {
  const names = findKoreanNames(sentence.text);
  if (prefer) {
    for (const n of names) {
      const before = sentence.text.slice(Math.max(0, n.start - 30), n.start);
      if (prefer.test(before)) return n.name;
    }
  }
  if (names[0]) return names[0].name;
  // A Western full name opening the sentence, or after a job word: "Jenna Ortega said …", "actor Pedro Pascal …".
  const western = sentence.text.match(/(?:^|\b(?:actor|actress|star|director|writer|creator|showrunner|producer)\s+)([\p{Lu}][\p{Ll}'’-]+(?:\s+[\p{Lu}][\p{Ll}'’-]+){1,2})(?=\s+(?:said|says|told|revealed|has|had|is|was|wants|wanted|hinted|teased|confirmed|discussed|shared|explained|admitted|was\b))/u);
  if (western && !/^(The|This|That|Netflix|Season)\b/.test(western[1]!)) return resolvePersonReference(western[1]!, context) ?? western[1]!;
  const partial = sentence.text.match(/\b(?:director|writer|actor|actress|star|PD)\s+([\p{Lu}][\p{L}-]+)\b|^([\p{Lu}][\p{L}]+(?:-[\p{L}]+)?)\s+(?:bullied|was|is|has|had|plays|confirmed)\b/u);
  if (partial) {
    const resolved = resolvePersonReference(partial[1] ?? partial[2]!, context);
    if (resolved) return resolved;
  }
  // "the series director", "the show's writer": the one person the article gave that job.
  const byRole = sentence.text.match(/\bthe (?:series['’]?|show['’]?s?|drama['’]?s?|film['’]?s?)?\s*(director|writer|screenwriter|creator|showrunner|filmmaker)\b/i);
  if (byRole) {
    const role = byRole[1]!.toLowerCase() === "filmmaker" ? "director" : byRole[1]!.toLowerCase() === "screenwriter" ? "writer" : byRole[1]!.toLowerCase();
    const holders = [...context.people.values()].filter((p) => p.roles.has(role));
    if (holders.length === 1) return holders[0]!.name;
  }
  if (/\b(he|she|his|her|the actor|the actress|the director|the filmmaker|the star)\b/i.test(sentence.text)) return context.lastPerson ?? undefined;
  return undefined;
}

/** Signals for the next season: controversies, military service, age, sequel talk, strikes, health, disputes. */
export function signalCues(sentence: Sentence, context: ExtractionContext): ExtractedClaim[] {
  if (sentence.kind === "table" || sentence.kind === "heading") return [];
  const text = sentence.text;
  const claims: ExtractedClaim[] = [];
  const certainty = sentenceCertainty(text);
  const dates = datesIn(sentence, context).filter((d) => d.yearGiven || d.value.precision !== "year");
  const point = dates[0] ? { pointInTime: dates[0].value } : {};

  if (sentence.kind !== "quote" && controversy.test(text) && !/\bvictims? of\b/i.test(text)) {
    const who = personInSentence(sentence, context, /\b(director|writer|actor|actress|star|PD)\s*$/i);
    const subject: Mention = who ? { kind: "person", name: rememberPerson(context, who) } : context.titleMention;
    claims.push(makeClaim(sentence, subject, "controversy", { type: "text", value: text }, certainty === "confirmed" ? "reported" : certainty, point));
  }

  if (military.test(text) && !(generalRule.test(text) && findKoreanNames(text).length === 0)) {
    const who = personInSentence(sentence, context, /\b(leads?|star|actor|actress),?\s*$/i);
    if (who) {
      const value = /\b(discharg\w*|completed (his|her) (military )?service|returned from (the )?military)\b/i.test(text)
        ? "discharged"
        : /\b(yet to|has not|hasn['’]t|not yet)\b[^.]*\b(complete|serve|enlist)/i.test(text)
          ? "not-yet-served"
          : /\b(rumou?red|reports? of|reportedly)\b/i.test(text)
            ? "enlistment-reported"
            : /\b(enlisted|began (his|her) (mandatory )?(military )?service|is serving|currently serving)\b/i.test(text)
              ? "serving"
              : /\b(will enlist|is set to enlist|is scheduled to enlist|to enlist on|enlistment date|will begin (his|her) (mandatory )?(military )?service|will join the (army|navy|air force|marines))\b/i.test(text)
                ? "enlisting"
              : /\bexempt\w*\b/i.test(text)
                ? "exempt"
                : "mentioned";
      claims.push(makeClaim(sentence, { kind: "person", name: rememberPerson(context, who) }, "military-service", { type: "enum", value }, value === "enlistment-reported" ? "rumored" : certainty, point));
    }
  }

  const hyphenAge = text.match(/\b(\d{2})-year-old\s+(?:actor|actress|star|singer|idol|lead)\b/i);
  if (hyphenAge) {
    const who = personInSentence(sentence, context) ?? context.lastPerson ?? undefined;
    const years = Number(hyphenAge[1]);
    if (who && years >= 5 && years <= 100) {
      claims.push(makeClaim(sentence, { kind: "person", name: rememberPerson(context, who) }, "age", { type: "number", value: years, approximate: false }, "reported", context.published ? { pointInTime: { date: context.published, precision: "day", label: context.published } } : {}));
    }
  }
  const age = hyphenAge ? null : text.match(/\b(?:([Hh]e|[Ss]he)|([\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+){1,2})) is (\d{2}) years old\b|\b([\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+){1,2}), (\d{2}),/u);
  if (age) {
    const raw = age[1] ?? age[2] ?? age[4]!;
    const who = findKoreanNames(raw)[0]?.name ?? resolvePersonReference(raw, context);
    const years = Number(age[3] ?? age[5]);
    if (who && years >= 5 && years <= 100) {
      claims.push(makeClaim(sentence, { kind: "person", name: rememberPerson(context, who) }, "age", { type: "number", value: years, approximate: false }, "reported", context.published ? { pointInTime: { date: context.published, precision: "day", label: context.published } } : {}));
    }
  }

  if (sequel.test(text) && sequelTalk.test(text) && !/\bfans?\b[^.]{0,30}\b(eyeing|hop|want|asking)/i.test(text)) {
    const who = personInSentence(sentence, context);
    if (who && !/^(if|whether)\b/i.test(text)) {
      const negative = /\b(no plans|not (planning|interested)|ruled out|won['’]t return)\b/i.test(text);
      claims.push(makeClaim(sentence, context.titleMention, "sequel-talk", { type: "text", value: text }, negative ? "denied" : certainty === "speculative" ? "speculative" : "reported", { speaker: rememberPerson(context, who) }));
    }
  }

  const unaffected = /\b(will not|won['’]t|did not|didn['’]t|not) (be )?affect|\bunaffected\b/i.test(text);
  if (strike.test(text) && !unaffected) claims.push(makeClaim(sentence, context.titleMention, "risk", { type: "enum", value: "strike" }, certainty, point));
  if (health.test(text)) {
    const who = personInSentence(sentence, context);
    if (who) claims.push(makeClaim(sentence, { kind: "person", name: rememberPerson(context, who) }, "risk", { type: "enum", value: "health" }, certainty, point));
  }
  if (dispute.test(text)) claims.push(makeClaim(sentence, context.titleMention, "risk", { type: "enum", value: "contract-dispute" }, certainty, point));
  return claims;
}
