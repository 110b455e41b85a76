/**
 * Trigger words for events, each list written once and used by every rule that needs it.
 * Regular-expression sources (no flags): rules compile them into their patterns.
 */

/** A show or season coming out: "premieres", "dropped", "lands on", "hit screens". */
export const RELEASE_VERB =
  "(?:premier(?:e|es|ed|ing)|re-?releas(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|debut(?:s|ed|ing)?|drop(?:s|ped|ping)?(?!\\s+(?:off|out|from|to|down|by|back|below|one|two|three|\\d))|land(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|air(?:s|ed|ing)?|broadcast(?:s|ing)?|stream(?:s|ed|ing)?|launch(?:es|ed|ing)?|bow(?:s|ed)?|hit(?:s|ting)?(?= (?:screens|netflix|the (?:platform|service|streamer)|tv|theaters|theatres|\u27E6P))|reach(?:es|ed)? (?:screens|viewers|audiences)|open(?:s|ed)?(?= (?:on|in|with))|come(?:s)? out|coming out|came out|be out|coming (?:to|in|on)|headed to|heading to|(?:will )?follows? on|is out|are out|out now|start(?:s|ed)? (?:airing|streaming)|beg(?:in|an|ins) (?:airing|streaming)|kick(?:s|ed)? off|go(?:es)? live|went live|return(?:s|ed|ing)?|be back|is back|are back|comes? back|came back|(?:is|are|was|were) (?:set|slated|scheduled|due|expected|poised|confirmed) (?:for|to (?:air|premiere|release|debut|drop|arrive|return|land|stream|hit|come|be released|launch|begin|start|kick))|(?:will|to) (?:be )?(?:available|streaming)|(?:release|premiere|air|debut|launch|broadcast|streaming) (?:date|window))";

/** Words that are no part of a season's name: "a new schedule for the series" names none. */
const NOT_PREPOSITION = "(?!(?:for|of|to|on|in|with|about|from|at|by|after|before)\\b)";

/**
 * A season as rules see it after masking: a season slot ("a ⟦S3⟧" for "a second season") or the
 * words of one the season finder does not read ("another season", "a new series").
 */
export const SEASON_REF = `(?:\u27E6S\\d+\u27E7|(?:${NOT_PREPOSITION}[\\w-]+\\s+){0,2}(?:season|series|installment|instalment|chapter|run))`;

/** A renewal: "renewed", "greenlit", "ordered a second season", "picked X up for", "commissioned", "made official a second season". */
export const RENEW_VERB =
  `(?:renew(?:s|ed|al|ing)?|re-?upped|green-?lit|greenlighted|green[- ]light(?:s|ed)?|recommission(?:s|ed)?|` +
  // "… and the BBC has already ordered a fifth": the season noun left out after an ordinal.
  `(?:order(?:s|ed)?|commission(?:s|ed)?) (?:a|an) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?=\\s*[.,;!]|\\s+(?:and|but|already|too|as well)\\b)|` +
  `pick(?:s|ed|ing)? (?:\\S+\\s+){0,6}?up for|picked up for|pick(?:s|ed)? up (?:a|another|the) ${SEASON_REF}|` +
  `(?:order(?:s|ed)?|commission(?:s|ed)?|confirm(?:s|ed)?|announc(?:es|ed)|made official|greenlit|hand(?:s|ed)? (?:\\S+\\s+)?|gave (?:it\\s+)?|giv(?:es|en) (?:it\\s+)?|secured|scored|earned|landed) (?:a|another|an|the) (?:${NOT_PREPOSITION}\\S+\\s+){0,3}?${SEASON_REF}|` +
  `(?:is|are|has been|was|have been) (?:officially )?(?:coming back|returning|back) for (?:a|another|an) (?:\\S+\\s+){0,2}?${SEASON_REF}|` +
  `(?:is|are) getting (?:a|another) (?:\\S+\\s+){0,2}?${SEASON_REF}|gets? (?!(?:the|this|that|its|their|his|her)\\s)(?:a |another )?(?:\\S+\\s+){0,2}?${SEASON_REF}(?: (?:pickup|renewal|order))?|` +
  `will (?:be back|return) for (?:a|another) (?:\\S+\\s+){0,2}?${SEASON_REF}|` +
  `\u27E6S\\d+\u27E7(?: of (?:the )?[“"]?\u27E6T\\d+\u27E7[”"]?)? (?:(?:is|has been|was) )?(?:officially |now |first )?(?:confirmed|happening|a go|greenlit|ordered|on the way|announced|in the works|renewed))`;

/** A cancellation. */
export const CANCEL_VERB =
  `(?:cancel(?:l?ed|s|ling|lation)?|ax(?:ed|es)|got the axe|gets the axe|given the axe|scrapp(?:ed|ing)|pull(?:s|ed)? the plug|will not (?:be )?(?:return(?:ing)?|renewed|back|come back)|would not (?:air|return|be renewed|go ahead|be back)|wouldn['’]t (?:air|return|be renewed|go ahead|be back)|won['’]t (?:be )?(?:return(?:ing)?|renewed|back|come back)|(?:will not|won['’]t|would not|wouldn['’]t) (?:get|receive|be getting) (?:a |another )?(?:\\S+\\s+){0,2}?${SEASON_REF}|not (?:be )?(?:return(?:ing)?|renewed|coming back)|(?:has|have) decided not to (?:renew|move forward)|passed on (?:a|another) [\\w-]+ season|chose not to renew|is no more|has been dropped|shelved|end(?:ed|s)? after (?:just |only )?(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+) seasons?)`;

/** Filming or production words. */
export const SHOOT_NOUN = "(?:filming|shooting|production|principal photography|photography|cameras?|the shoot|shoot|the cameras)";

export const SHOOT_START =
  "(?:beg(?:in|ins|an|un)|start(?:s|ed|ing)?|kick(?:s|ed|ing)? off|commenc(?:e|es|ed|ing)|got under ?way|get under ?way|(?:is|are|was|has been|have been) (?:now )?(?:under ?way|in progress|ongoing)|roll(?:s|ed|ing)?|went into|goes into|entered|enter(?:s|ing)?|headed back to set|went back to set|back (?:to|on) set|resum(?:e|es|ed|ing))";

export const SHOOT_WRAP =
  "(?:wrap(?:s|ped|ping)?(?: up)?|finish(?:es|ed|ing)?|complet(?:e|es|ed|ing)|conclud(?:e|es|ed|ing)|end(?:s|ed|ing)?|came to an end|(?:is|are|was|has been) (?:now )?(?:over|done|complete|completed|finished|in the can))";

export const SHOOT_HALT = "(?:halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|paus(?:e|es|ed|ing)|stopp(?:ed|ing)|shut down|put on hold|on hold|shutdown)";

export const POSTPONE_VERB =
  "(?:postpon(?:e|es|ed|ing|ement)|delay(?:s|ed|ing)?|push(?:es|ed|ing)? back|pushed (?:to|until)|mov(?:e|es|ed|ing) (?:back|up|to|from|the release|the premiere|it)|rescheduled|pulled from (?:the|its) (?:schedule|line-?up)|removed from (?:the|its|\\w+['’]s) (?:\\w+ )?(?:schedule|listings?|line-?up)|taken out of (?:the|its) (?:schedule|slot)|(?:has|have) vanished from (?:the|its|\\w+['’]s) (?:\\w+ )?(?:schedule|listings?)|put off|held back)";

/** Words that describe the finale rather than the premiere: "wraps up its run", "airs its last episode". */
export const FINALE_WORD =
  "(?:finale|final episodes?|last episodes?|final two episodes|last two episodes|final instal?lment of episodes|series finale|season finale|(?:came|come|comes) to an end|conclud(?:e|es|ed)|wrap(?:s|ped)? up(?: its (?:run|season))?|end(?:s|ed)? its run|ends? on|ended on)";

