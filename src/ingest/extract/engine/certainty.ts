import { weaken, type Certainty } from "../../../domain/certainty.ts";
import { PLATFORM_NAME } from "../vocab/platforms.ts";

/**
 * How sure a sentence is, from who says it and how: an official source's word is confirmed, the
 * outlet's own statement or a cited outlet is reported, unnamed insiders and fan talk are rumored,
 * the writer's own "could" or "likely" is speculative, and a denial is denied.
 */

const denial = /\b(denied|denies|deny|denying|refuted|refutes|dismissed (?:the )?(?:reports?|rumou?rs|claims)|(?:is|was|are) (?:not|never) true|not true|untrue|false (?:reports?|rumou?rs)|groundless|baseless|(?:was|were|has|have been|had been) never (?:confirmed|announced)|(?:has|have|had) no (?:basis|foundation|truth)|without (?:any )?basis|nothing (?:has been|is|was) (?:decided|confirmed|finali[sz]ed|set)|(?:has|have|had) no plans|no plans (?:for|to)|not (?:in talks|returning)|(?:has|have) not been cancell?ed|is not cancell?ed|isn['’]t cancell?ed|not been (?:cancell?ed|axed)|rubbished|(?:is|are|was|were|proved|proven|turned out to be)\s+(?:false|untrue|inaccurate|bogus|fake|not accurate)|called (?:it|them|the (?:reports?|rumou?rs?|claims?|leak|story))\s+[“"]?(?:false|untrue|inaccurate|not accurate|bogus|fake|baseless|wrong)|(?:slams?|slammed|rubbish(?:es|ed)?|dismiss(?:es|ed)|shoots? down|shot down|debunk(?:s|ed)?|hits? back at|laughs? off|laughed off|refutes?|denies) (?:the\s+)?(?:reports?|rumou?rs?|claims?|speculation))\b/i;

/** The writer's own guess: modal verbs and words of expectation that are not attributed to anyone. */
const guess = /\b(could|might|perhaps|possibly|presumably|probably|likely|unlikely|we (?:think|believe|expect|suspect|guess|predict|reckon)|our (?:guess|prediction|bet)|(?:i|we)['’]d (?:guess|bet|expect)|leads? us to believe|seem(?:s|ingly)?|hopefully|we['’]re hoping|we hope|speculat\w*|predict\w*|can expect|should (?:premiere|arrive|drop|land|return|be|see|come|debut|air|hit|release)|would (?:likely|probably|presumably)|if (?:all goes|everything goes|we)|if (?:she|he|they|it|the (?:actor|actress|star)) (?:accepts?|agrees?|signs?|says? yes|joins?|confirms?)|fingers crossed|in theory|theoretically|assuming|(?<!\b(?:an|a|the)\s)estimate[sd]?|our best guess|a safe bet|it['’]s (?:safe|fair) to (?:assume|say|expect))\b/i;
const mayVerb = /\b(?:may|May) (?:be|premiere|arrive|drop|land|return|debut|air|come|release|see|get|have|not|well|also|take)\b/;

const hearsay = /\b(rumou?r\w*|reportedly|allegedly|insiders?|an? (?:industry )?source (?:close to|told|said)|sources? (?:close to|say|said|claim|told)|unnamed sources?|according to (?:rumou?rs|reports|insiders|sources)|word (?:is|has it|on the street)|the buzz|buzz (?:is|going)|chatter|fan accounts?|(?:many |some )?fans (?:claim|say|believe|report|speculate|think|suspect|theori[sz]e)|netizens|on (?:twitter|social media|weibo|reddit|tiktok)|it is said|is said to|are said to|unconfirmed reports?|whispers?|leak(?:ed|s)?|tipped to)\b/i;

const officialWords = /\b(officially|official(?:ly)? (?:announcement|statement|confirmation|trailer|teaser|poster|date)|confirm(?:ed|s|ing)|announc(?:ed|es|ing|ement)|reveal(?:ed|s)|unveil(?:ed|s)|made (?:it )?official|press release|(?:has|have|had) (?:officially )?(?:renewed|ordered|picked up|greenlit|cancell?ed|axed|set|dated|scheduled)|(?:released|shared|dropped) (?:a|the|its) (?:teaser|trailer|poster|statement|announcement))\b/i;
const officialSpeakers = new RegExp(
  `\\b(?:${PLATFORM_NAME}|[Tt]he (?:streamer|network|broadcaster|channel|platform|studio|production company|production team|production|producers?|company|agency|makers|creators?|showrunners?|cast)|(?:his|her|their|the actor['’]s|the actress['’]s) agency|[\\p{Lu}][\\p{L}]+ (?:Entertainment|Studios?|Pictures|Productions|Media|Company))\\b`,
  "u",
);

/** "as everyone predicted", "as fans had hoped": an aside about expectations that the sentence then states as fact. */
const expectationAside = /\bas\s+(?:\w+\s+){0,2}(?:had\s+)?(?:predicted|expected|suspected|anticipated|hoped|guessed|feared|rumou?red)\b/gi;

export function sentenceCertainty(sentence: string): Certainty {
  const text = sentence.replace(expectationAside, "");
  if (denial.test(text)) return "denied";
  if (guess.test(text) || mayVerb.test(text)) return "speculative";
  if (hearsay.test(text)) return "rumored";
  if (officialWords.test(text) && officialSpeakers.test(text)) return "confirmed";
  if (/\b(?:officially|official)\b/i.test(text)) return "confirmed";
  // What has happened is confirmed by its happening: "premiered on", "aired", "is now streaming".
  if (/\b(?:premiered|debuted|aired|was (?:first )?released|were released|(?:is|are) now streaming|now available)\b/i.test(text)) return "confirmed";
  return "reported";
}

/** A hedge on a date ("subject to change", "tentatively") in this sentence or the next. */
const hedges = /\b(subject to change|tentative(?:ly)?|not (?:yet )?(?:final|confirmed|set in stone)|yet to be confirmed|could (?:still )?change|may change|unconfirmed|penciled in|pencilled in)\b/i;

export function hedgeIn(...texts: (string | undefined)[]): string | undefined {
  for (const text of texts) {
    const match = text?.match(hedges);
    if (match) return match[0].toLowerCase();
  }
  return undefined;
}

/**
 * A hedge on a date weakens official word to a report ("confirmed for March, subject to change");
 * it says nothing of who is talking, so a report stays a report and a rumour a rumour.
 */
export function hedged(certainty: Certainty, hedge: string | undefined): Certainty {
  return hedge && certainty === "confirmed" ? weaken(certainty) : certainty;
}

/** Hearsay that colours the sentences after it: "Fan accounts began posting that …", "The buzz going around is …". */
export const carriesHearsay = /\b(?:(?:fan accounts?|netizens|fans|users)\b[^.]{0,40}\b(?:posting|posted|claim\w*|say(?:ing)?|said|believe|speculat\w*|report\w*|rumou?r\w*|suggest\w*)|rumou?rs? (?:have|has|are|is) (?:been )?(?:circulating|swirling|spreading)|the buzz (?:going around|is)|word on the street|according to rumou?rs)\b/i;
