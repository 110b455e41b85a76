import { weaken, type Certainty } from "../../domain/certainty.ts";

/**
 * How sure a sentence is, from its wording. Checked strongest hedge first: a denial, then the
 * writer's own guess, then hearsay, then official word; plain reporting is the default.
 */
const denied = /\b(denied|denies|deny|refuted|refutes|dismissed (the )?(reports?|rumou?rs)|nothing has been (decided|confirmed|finali[sz]ed)|not true|groundless|(has|have) no plans|no plans (for|to)|is not (in talks|returning|true))\b/i;
const speculative = /\b(could|would|might|possibly|perhaps|presumably|presume|likely|we (think|believe|expect|suspect|guess)|leads us to believe|seem(s|ingly)?|hopefully|should|speculat\w*|predict\w*|if\b|whether|potential(ly)?|wish|hope)\b/i;
/** "may" the verb, not May the month: lower case only. */
const mayVerb = /\bmay\b(?!\s+\d)/;
const rumored = /\b(rumou?r\w*|fan accounts?|fans (claim|say|believe|report)|netizens|reports (say|suggest|claim)|reportedly|allegedly|insiders?|unconfirmed|speculation|it is said|word is|chatter|on (twitter|social media|weibo|reddit|tiktok|instagram stories)|began posting|online (communities|forums))\b/i;
const confirmed = /\b(confirm(ed|s)|announc(ed|es)|officially|official(ly)? (statement|announcement)|revealed|unveiled|(has|have) (been )?(renewed|cancell?ed)|statement|premiered|was (first )?released|were released|aired|debuted|is now streaming|are now streaming|now available)\b/i;

export function sentenceCertainty(text: string): Certainty {
  if (denied.test(text)) return "denied";
  if (speculative.test(text) || mayVerb.test(text)) return "speculative";
  if (rumored.test(text)) return "rumored";
  if (confirmed.test(text)) return "confirmed";
  return "reported";
}

const hedges = /\b(subject to change|tentative(ly)?|not (yet )?(final|confirmed)|yet to be confirmed|could (still )?change|may change|unconfirmed)\b/i;

/** "This date is subject to change": a hedge in this sentence or the next one lowers a date's certainty. */
export function hedgeIn(...texts: (string | undefined)[]): string | undefined {
  for (const text of texts) {
    const match = text?.match(hedges);
    if (match) return match[0].toLowerCase();
  }
  return undefined;
}

export function hedged(certainty: Certainty, hedge: string | undefined): Certainty {
  return hedge ? weaken(certainty) : certainty;
}

/** Certainty of a dated event as stated: "has wrapped", "premiered on" in the past reads as having happened. */
export function isPastTense(text: string): boolean {
  return /\b(was|were|had|has been|have been|did|wrapped|premiered|released|began|started|ended|finished|aired|debuted|concluded|kicked off)\b/i.test(text);
}
