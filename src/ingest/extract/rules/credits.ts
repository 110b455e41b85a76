import { atMost } from "../../../domain/certainty.ts";
import type { Qualifiers } from "../../../domain/claim.ts";
import type { Slot } from "../engine/frame.ts";
import { compilePattern, slotNumbersIn } from "../engine/pattern.ts";
import { PROSE, type Draft, type Rule, type RuleContext, type RuleMatch } from "../engine/rule.ts";
import { JOB_NOUN, jobOfNoun, jobOfVerb } from "../vocab/jobs.ts";
import { listedNames, mention, sharedSurname, slotPosition } from "./helpers.ts";
import { parseKoreanName } from "../../../names/korean-name.ts";
import { withoutNickname } from "../../../names/match-names.ts";
import { commonGivenNames, readsAsChineseName } from "../vocab/words.ts";
import { findKoreanNames, type FoundName } from "../names.ts";

/** Cast and crew: who plays whom, who made the show, and who is neither. */

/**
 * An item with its own job word keeps its own job ("showrunners Ada and Lena Whitcombe"), except for the
 * executive producer's credit, which showrunners and directors share ("executive produces with B and director C").
 */
function hasOwnJob(context: RuleContext, slot: Slot, job?: string): boolean {
  if (job === "executive producer") return false;
  const at = slotPosition(context.frame, slot);
  return /\b(?:showrunners?|directors?|writers?|creators?)\s+(?:\u27E6N\d+\u27E7\s+and\s+)?$/i.test(context.frame.masked.slice(Math.max(0, at - 25), at));
}

function nameOf(slot: Slot | undefined): string | undefined {
  return slot?.kind === "N" ? slot.text : undefined;
}

/** A name that reads as a person's: a Korean name, a common given name, or a name the article already credits. */
export function looksLikePerson(name: string, context: RuleContext): boolean {
  if (context.article.people.is(name, "actor") || context.article.people.is(name, "crew")) return true;
  if (context.article.people.is(name, "character")) return false;
  const parsed = parseKoreanName(name);
  if (parsed && parsed.order === "surname-first" && name.split(/[\s-]+/).length >= 2) return true;
  const tokens = name.split(/\s+/);
  return tokens.length >= 2 && (commonGivenNames.has(tokens[0]!) || /^\p{Lu}\.$/u.test(tokens[1] ?? "") || readsAsChineseName(name));
}

/** A person's name as the article first wrote it in full, for a surname alone ("Penn", "Kim"). */
function fullName(name: string, context: RuleContext, role: "actor" | "crew" | "any" = "any"): string {
  if (name.includes(" ")) return name;
  return context.article.people.resolve(name, role) ?? name;
}

/** "Mum Tessa Marsh": the family word is how the show's household calls her, not her name. */
const KINSHIP = /^(?:Mum|Mom|Mummy|Dad|Daddy|Uncle|Aunt|Auntie|Grandma|Grandpa|Granny|Grandad|Nana)\s+(?=\S+\s+\S+)/;


function cast(context: RuleContext, rawPerson: string, at: number, qualifiers: Qualifiers = {}, title?: number): Draft {
  const person = withoutNickname(rawPerson);
  if (qualifiers.character && KINSHIP.test(qualifiers.character)) qualifiers = { ...qualifiers, character: qualifiers.character.replace(KINSHIP, "") };
  context.article.people.note(person, "actor");
  if (qualifiers.character) context.article.people.note(qualifiers.character, "character");
  const certainty = atMost(context.certainty, "reported");
  return { property: "cast-member", value: mention(fullName(person, context, "actor")), qualifiers, certainty, at, ...(title !== undefined ? { title } : {}) };
}

function crew(context: RuleContext, rawPerson: string, job: string, at: number, title?: number): Draft {
  // "Direk Rommel Ilagan": the Filipino press's title for a director is no part of the name.
  const person = withoutNickname(rawPerson).replace(/^Direk\s+(?=\S+\s+\S)/u, "");
  context.article.people.note(person, "crew");
  const certainty = atMost(context.certainty, "reported");
  return { property: "crew-member", value: mention(fullName(person, context, "crew")), qualifiers: { job }, certainty, at, ...(title !== undefined ? { title } : {}) };
}

function titleSlot(context: RuleContext, match: RuleMatch, group: string): number | undefined {
  const slot = context.slot(match, group);
  return slot?.kind === "T" ? slot.title.title : undefined;
}

/** "…, who played a nurse in “Undertow”", "directed the pilot of “Undertow”": the work named right after a credit is the one it is for. */
function workNamedAfter(context: RuleContext, end: number): number | undefined {
  const m = context.frame.masked.slice(end, end + 40).match(/^[^.;,]{0,20}?\b(?:in|on|of|for|from)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?[“"‘']?\u27E6T(\d+)\u27E7/u);
  const slot = m ? context.frame.slots[Number(m[1])] : undefined;
  return slot?.kind === "T" ? slot.title.title : undefined;
}

/** "Creator A previously wrote for the Dutch thriller B": the job named before A is in the article's show; B is A's earlier work. */
function showBeforeEarlierWork(context: RuleContext, end: number): number | undefined {
  return /^\s*(?:,\s*)?(?:has\s+|had\s+)?(?:also\s+)?(?:previously|formerly|once|earlier|before that|already|first)\s+(?:wrote|written|directed|created|worked|produced|penned|made|ran|served)\b/i.test(context.frame.masked.slice(end, end + 40)) ? context.article.main : undefined;
}

/**
 * "Ada and Lena Whitcombe" → both full names. After a plural job word ("creators Álvaro and Daniel Castañeda")
 * a name of one word before a full name is a sibling's given name whatever it is.
 */
function expandShared(names: string[], plural = false): string[] {
  return names.map((name, i) => {
    if (i + 1 >= names.length) return name;
    const next = names[i + 1]!;
    if (plural && !name.includes(" ") && next.split(/\s+/).length === 2) return `${name} ${next.split(/\s+/)[1]}`;
    return sharedSurname(name, next) ?? name;
  });
}

/** The job an action names: "directing" → director, "co-wrote" → writer, "executive produces" → executive producer. */
function jobOfAction(verb: string): string | undefined {
  const v = verb.toLowerCase();
  if (/^exec/.test(v)) return "executive producer";
  if (/showr/.test(v)) return "showrunner";
  if (/^(?:co-)?(?:writ|wrote|pen|script)/.test(v)) return "writer";
  if (/^(?:co-)?(?:direct|helm)/.test(v)) return "director";
  if (/^(?:co-)?produc/.test(v)) return "producer";
  if (/^(?:co-)?(?:creat|develop)/.test(v)) return "creator";
  return jobOfVerb(v);
}

/** The person an earlier sentence of the article was about, for "he", "she", "the actor". */
export function lastPersonBefore(context: RuleContext): string | undefined {
  const people = context.article.people;
  for (let i = context.sentence.index; i >= 0; i--) {
    const frame = context.article.frames[i]!;
    const names = frame.slots.filter((s) => s.kind === "N" && !people.is(s.text, "character") && (people.is(s.text, "actor") || people.is(s.text, "crew") || looksLikePerson(s.text, context)));
    if (i === context.sentence.index) {
      const before = names.filter((s) => s.start < frame.text.search(/\b(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he (?:actor|actress|star|director|writer))\b/));
      if (before.length) return before[before.length - 1]!.text;
      continue;
    }
    if (names.length) return names[0]!.text;
  }
  return undefined;
}

/** A title as it stands in a list: capitalized words with lower-case connectors, "and" excepted (it separates items). */
const LIST_ITEM = /^[“"‘']?((?:[\p{Lu}\p{N}][\p{L}\p{N}'’:!&.-]*)(?:\s+(?:(?:of|the|a|an|in|on|to|for|with|from|at|del|de|la|no)\s+)*[\p{Lu}\p{N}][\p{L}\p{N}'’:!&.-]*)*)[”"’']?/u;

/** The titles a list names from a point on: "A, B, and C", "A | B". */
function worksListed(context: RuleContext, from: number): { name: string; title: number | null }[] {
  const frame = context.frame;
  const out: { name: string; title: number | null }[] = [];
  let rest = frame.text.slice(frame.toOriginal(from));
  for (let guard = 0; guard < 10; guard++) {
    const item = rest.match(LIST_ITEM);
    if (!item) break;
    const name = item[1]!.replace(/[.,:;]+$/, "");
    const index = context.article.titles.indexOf(name);
    if (name.length > 1 && !looksLikePerson(name, context)) out.push({ name: index >= 0 ? context.article.titles.entries[index]!.name : name, title: index >= 0 ? index : null });
    rest = rest.slice(item[0].length);
    if (/^\.\s/.test(rest)) break;
    const separator = rest.match(/^\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*\|\s*|\s+&\s+|\s+or\s+)/);
    if (!separator) break;
    rest = rest.slice(separator[0].length);
  }
  return out;
}

/** Where a list of names after a trigger ends: a sentence break, a clause, a parenthesis, a new verb ("and is executive produced by"). */
const LIST_END = "[.;:!?]|\\s[–—-]\\s|,\\s+(?:who|which|while|but|and the|the|a|an|as well as|in which|where|according to)\\b|\\b(?:who|which|that)\\b|\\s\\((?!\u27E6N)|\\s+and\\s+(?:is|was|are|were|will|has|had)\\b|\\s+(?:when|whenever|while|whereas|before|after|until|once|because|since|unless|in|at|on|during)\\s|,?\\s+(?:followed|follows|centred|centered|centres|centers|tells|told|revolves|revolved|premiered|premieres|debuted|debuts|aired|airs|streamed|streams|arrived|arrives|is|was|are|were|will|has|had)\\b";
const LIST_END_PLAIN = new RegExp(LIST_END, "u");
/** "stars A and B as rival ranchers in 1880s Texas": a part described in words ends the list too (a place after it is no star). */
const LIST_END_AT_PART = new RegExp(`${LIST_END}|\\sas\\s+(?!well\\b)(?=\\p{Ll})`, "u");
/** "A as the spirit of a swordsman, B, and C as his niece": a sentence that pairs names with parts again goes on past a part in words. */
const PAIRS_AGAIN = /\u27E6N\d+\u27E7\s+as\b[^]*\u27E6N\d+\u27E7\s+as\b/u;

/** Names after a trigger word up to the end of its clause. */
function namesAfter(context: RuleContext, from: number, stopAt?: RegExp): Slot[] {
  const masked = context.frame.masked;
  const rest = masked.slice(from);
  const stop = rest.search(stopAt ?? (PAIRS_AGAIN.test(rest) ? LIST_END_PLAIN : LIST_END_AT_PART));
  return listedNames(context, from, stop < 0 ? masked.length : from + stop);
}

/** A cast trigger before the list ("the cast includes", "starring") or a cast verb after it ("all return"). */
/** "Here are the characters who survive: A (B), C (D)", "say goodbye to A (B)": the names outside are the characters. */
const CHARACTERS_LEAD_IN = /\b(?:characters?|roles?)\b[^.;]*:[^.;]*$|\b(?:farewell|goodbye)\s+to\b[^.;]*$/i;
const CAST_LEAD_IN = /\b(?:cast|ensemble|starring|stars|co-stars|led by|fronted by|headlined by|joined by|alongside|features|featuring)\b[^.;]*$/i;
const CAST_VERB_AFTER = /^[^.;]*?\)\s*,?\s+(?:all\s+|also\s+|both\s+)?(?:return|are returning|are back|reprise|star|lead|head|front|join|have joined|are set to return|will return)\b/i;
function actorsOutside(context: RuleContext, match: RuleMatch): boolean {
  const masked = context.frame.masked;
  return CAST_LEAD_IN.test(masked.slice(0, match.index)) || CAST_VERB_AFTER.test(masked.slice(match.index + match.text.length - 1));
}

/** Names before a trigger word back to the start of its clause. */
function namesBefore(context: RuleContext, to: number): Slot[] {
  const masked = context.frame.masked;
  const head = masked.slice(0, to);
  let start = 0;
  for (const m of head.matchAll(/[.;:!?]|\s[–—-]\s|,\s+(?:while|but|whereas|although)\b|\b(?:who|which|that)\s/g)) start = m.index! + m[0].length;
  return listedNames(context, start, to);
}

/** A sentence of someone's opinion of a show ("Director X praised the series") credits nobody. */
const OPINION = /\b(?:prais\w*|laud\w*|slamm?\w*|criticiz\w*|criticis\w*|reviewed|recommend\w*|binge\w*|raved|called it|loved|admired|congratulat\w*|attended|visited)\b/i;

/** Descriptions that may stand before a name in a cast list: "veteran actresses A and B", "co-star C". */
const ACTOR_DESCRIPTION = "(?:(?:veteran|young|rising|fellow|popular|famed|acclaimed|renowned|seasoned|award-winning|beloved|talented|British|American|Korean|Japanese|Chinese|Indian|French|Spanish|German|Italian|Turkish|Thai|Mexican|Brazilian|Australian|Canadian|Irish|Scottish)\\s+)*(?:actors?|actress(?:es)?|stars?|co-stars?|newcomers?|singer-actors?|singer-actress(?:es)?|idols?|comedians?)\\s+";

/** How one character stands to another: "sister-in-law", "ex-husband", "best friend". */
const RELATION = "(?:ex-|step-?|grand|half-)?(?:partner|wife|husband|sister|brother|mother|father|son|daughter|twin|cousin|aunt|uncle|niece|nephew|friend|best friend|rival|boss|colleague|love interest|girlfriend|boyfriend|fiancée?|assistant|mentor|nemesis|lover|mom|mum|dad|parent|child|ex)(?:-in-law)?";
const CHARACTER_GAP = `(?:(?:his|her|their|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+,\\s+(?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+){1,3}(?=\\u27E6N\\d+\\u27E7(?!\\s+(?:as|plays|is)\\b))|(?:his|her|their|the|\\u27E6N\\d+\\u27E7['’]s?)\\s+(?:[\\p{Ll}-]+\\s+){0,5}?[\\p{Ll}-]+,\\s+(?=\\u27E6N\\d+\\u27E7(?!\\s+(?:as|plays|is)\\b))|(?:the|his|her|their|a|an)\\s+\\u27E6N\\d+\\u27E7\\s+(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+,\\s+(?=\\u27E6N\\d+\\u27E7(?!\\s+(?:as|plays|is)\\b))|(?:the|his|her|their|a|an)\\s+\\u27E6N\\d+\\u27E7\\s+(?:[\\p{Ll}'’-]+\\s+){1,3}(?=\\u27E6N\\d+\\u27E7)|\\u27E6N\\d+\\u27E7['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?=\\u27E6N\\d+\\u27E7)|the\\s+(?:lead|title role|protagonist|main character|hero|heroine|villain|antagonist),\\s+|(?:his|her|their|the|\\u27E6N\\d+\\u27E7['’]s?)\\s+(?:[\\p{Ll}-]+\\s+)?${RELATION},\\s+(?=\\u27E6N\\d+\\u27E7(?!\\s+(?:as|plays|is)\\b))|(?:the\\s+)?role\\s+of\\s+|the\\s+part\\s+of\\s+|(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?[\\p{Ll}-]+,\\s+(?=\\u27E6N\\d+\\u27E7(?!\\s+(?:as|plays|is)\\b))|the\\s+[\\p{Ll}-]+(?:['’]s|s['’])\\s+(?:[\\p{Ll}-]+\\s+)?[\\p{Ll}-]+,\\s+(?=\\u27E6N\\d+\\u27E7(?!\\s+(?:as|plays|is)\\b))|(?:(?:his|her|their|the|a|an)\\s+)?(?:(?!and\\b|or\\b|with\\b|in\\b|on\\b|for\\b|of\\b|from\\b|at\\b|to\\b|by\\b|into\\b|after\\b|before\\b|about\\b|than\\b|who\\b|that\\b|which\\b|alongside\\b|opposite\\b|while\\b|as\\b|but\\b|whose\\b|where\\b|when\\b|[\\p{Ll}]+ing\\s+(?:down|up|for|after|to|with|on|at|from|into|out)\\b)[\\p{Ll}'’-]+\\s+){0,5})?`;
const PLAYS =
  "(?:plays|played|playing|portrays|portrayed|portraying|will (?:play|portray)|would (?:play|portray)|is (?:playing|portraying)|stars as|starred as|starring as|appears as|appeared as|returns as|returned as|returning as|will return as|(?:reprise|reprises|reprised|reprising|resume|resumes|resumed|resuming) (?:his|her|their) (?:[\\w-]+\\s+)?role (?:as|of)|(?:is|are|was|were|has been|have been) (?:set|expected|due|slated|poised|confirmed|tapped|attached|tipped|signed|on board|aboard) to (?:play|portray|star as|return as|(?:reprise|resume) (?:his|her|their) (?:[\\w-]+\\s+)?role (?:as|of))|(?:has|have) boarded (?:(?:the\\s+)?\\u27E6T\\d+\\u27E7[”\\u0022’']?|the (?:[\\w-]+\\s+)?(?:series|show|drama|cast)) as|takes on the role of|took on the role of|(?:will\\s+)?takes? over the role of|took over the role of|(?:will\\s+)?inherits? the role of|inherited the role of|takes the part of|takes on the part of|steps into the role of|(?:has been|was|is|been) cast as|(?:has been|have been|was|were|is|been) cast in (?:a|the) (?:[\\w-]+\\s+){0,2}role as|joins (?:the cast )?(?:(?:in|for) (?:(?:the )?\\u27E6S\\d+\\u27E7|the (?:[\\w-]+ )?season) )?as|joined (?:the cast )?(?:(?:in|for) (?:(?:the )?\\u27E6S\\d+\\u27E7|the (?:[\\w-]+ )?season) )?as|comes aboard as|leads as|lead as|co-stars as|voices|voiced|will voice|is voicing|voicing|is set to play|will star as|will recur as|recur as|recurs as|recurring as|(?:is|was|will be) seen as|(?:has|have)?\\s*(?:also\\s+)?(?:booked|landed|scored|nabbed|secured) (?:a|the) (?:[\\w-]+\\s+){0,2}role (?:as|of)|(?:has|have|had) (?:a|an|the) (?:[\\w-]+\\s+){0,2}(?:role|part) as|essays the role of|essayed the role of|essays|(?:stars|starred|returns|returned|is back) (?:once more|once again|again) as|(?:is|are|was|were) back (?:in (?:the|a) (?:lead|leading role|role|cast)\\s+)?as|(?:makes|made|will make) (?:his|her|their) (?:[\\w-]+\\s+|\\u27E6[A-Z]\\d+\\u27E7\\s+)?(?:appearance|debut) as|signs? on (?:for \\u27E6S\\d+\\u27E7\\s+)?(?:in (?:a|the) [\\w-]+ role\\s+)?as|(?:headlines|headlined|leads|led|fronts|fronted|stars in|starred in|anchors)\\s+(?:the (?:\\u27E6P\\d+\\u27E7\\s+)?(?:[\\w-]+\\s+){0,2}?(?:series|show|drama|cast|film|telenovela|anime|thriller|comedy|miniseries|ensemble|season)|\\u27E6T\\d+\\u27E7)\\s+as|(?:takes|took|will take) on|in (?:a|the) (?:recurring|guest|supporting|lead|leading|main|starring) role as|co-starred as|co-starring as|(?:rounds?|rounded|rounding) out the (?:[\\w-]+\\s+)?(?:leads|cast|ensemble|lineup|line-up|core cast|principal cast) as|recurred (?:in \\u27E6S\\d+\\u27E7\\s+)?as|back as|join (?:the cast )?(?:(?:in|for) (?:(?:the )?\\u27E6S\\d+\\u27E7|the (?:[\\w-]+ )?season) )?as|is (?:[\\p{Ll}]+ly\\s+)?(?:unsettling|menacing|charming|touching|magnificent|tremendous|commanding|captivating|devastating|haunting|sensational|extraordinary|phenomenal|winning|believable|hilarious|superb|excellent|terrific|brilliant|wonderful|great|outstanding|magnetic|compelling|convincing|chilling|memorable|moving|affecting|luminous|riveting|strong|fantastic|marvell?ous|superb|fine|impressive|electric|heartbreaking|formidable|mesmerizing|mesmerising|scene-stealing|funny|hilarious|very good|good) as|(?<!such |well |as soon |as long )as)";

const JOB_NOUNS = new RegExp(JOB_NOUN, "gi");
/** What follows a name that is the subject of a clause: "B directs", "B is", "B has". */
const CLAUSE_AFTER_NAME = /^\s+(?:(?:is|was|are|were|will|has|have|had|also)\b|(?!(?:for|of|from|at|and|as|with|in|on|across|plus|alongside|among|between|besides|while)\b)[\p{Ll}]+(?:s|ed)\b)/u;
/** The next item of a list of credited people: ", director B", ", who directed the pilot, and C". */
const LIST_GOES_ON = new RegExp(`^(?:,\\s+who\\s[^,;.]{1,80}(?=,))?(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:(?:${JOB_NOUN}|co-creator|fellow)\\s+)?\u27E6N(\\d+)\u27E7`, "i");
/** A job word anywhere in a phrase ("county prosecutor" has none, "executive producer" is one). */
const JOB_WORD = new RegExp(`\\b(?:${JOB_NOUN})\\b`, "i");
/** Where a list of partners in a job ends: the sentence, or a clause with a verb or a credit of its own (", and directed by C"). */
const PARTNERS_END = /[.;!?]|,\s+(?:and\s+)?(?:(?:is|was|were|are)\s+)?(?:directed|written|produced|created|developed|who|which|while|but)\b|\s+by\b/i;
/** What follows "as" when it names a job rather than a character: "as executive producer", "as the series' showrunner". */
const JOB_AFTER_AS = new RegExp(`^\\s+(?:(?:the|a|an|its|their)\\s+)?(?:series['’]?\\s+|show['’]s\\s+|lead\\s+|head\\s+)?(?:${JOB_NOUN})\\b`, "i");

/** A rank or title of address that opens a character's name: "Captain Reyes", "Sheriff Joan Pike". */
const TITLED_CHARACTER = /^(?:Captain|Capt\.|Detective|Det\.|DI|DS|DCI|Inspector|Sergeant|Sgt\.|Lieutenant|Lt\.|Commander|Cmdr\.|Colonel|Col\.|General|Gen\.|Admiral|Agent|Officer|Chief|Sheriff|Deputy|Doctor|Dr\.?|Professor|Prof\.|Judge|Prince|Princess|King|Queen|Lord|Lady|Sir|Dame|Father|Sister|Brother|Mother|Uncle|Aunt|Grandma|Grandpa|Emperor|Empress|Duke|Duchess|Count|Countess|Baron|Madam|Master|Nurse|Coach|Mayor|Senator|Governor|President|Director|Principal|Reverend|Rev\.|Pastor)\s+\S/;

/** Words after "X's" that name no part in the show: the actor's own life and work ("Kim's agency, B", "Lee's co-star, C"). */
const NOT_A_PART = new RegExp(`(?:^|\\s)(?:${RELATION}|agency|agent|agents|label|company|team|manager|management|representative|representatives|rep|reps|spokesperson|spokeswoman|spokesman|publicist|lawyer|attorney|fans?|fandom|co-stars?|costars?|castmates?|colleagues?|friends?|partners?|series|show|drama|film|movie|album|single|song|book|novel|debut|project|projects|work|works|latest|next|new|last|previous|upcoming|recent|former|first|second|third|own|home|hometown|country|birthday|wedding|return|comeback|military|army|enlistment|discharge|contract|deal|statement|post|interview|account|capital|city|town|region|province|state|county|district|island|executive|chief|ceo|president|head|founder|owner|boss|chairman|chairwoman|director|teleserye|telenovela|k-drama|sitcom|soap|miniseries|anime|documentary|play|musical|role model)(?:$|\\s)`, "u");

export const creditRules: Rule[] = [
  {
    id: "cast.table",
    produces: ["cast-member", "known-for"],
    kinds: ["table"],
    pattern: /^/g,
    build: (_match, context) => castTable(context),
  },
  {
    id: "cast.plays",
    produces: ["cast-member"],
    // "Arlo Penn plays Tobias Reyes", "Greta Brook as Wren", "with Mirae as his girlfriend Ha-eun", "Han Se Rin is Yoon Da Bin, an earnest …"
    pattern: compilePattern(`{name:actor}(?:\\s*\\([^)]*\\))?(?:,\\s+who\\s+(?:[^,;\\u27E6]|\\u27E6[TPND]\\d+\\u27E7){3,100},\\s+(?=(?:will|is|has|also|now)\\s)|,\\s+(?:who|meanwhile|too|also|in turn)\\s*,?\\s*|,\\s+(?=back\\s+as\\b)|\\s+)(?:also\\s+|now\\s+|again\\s+|will\\s+|once again\\s+|once more\\s+|has\\s+|have\\s+|had\\s+|long\\s+)*${PLAYS}\\s+${CHARACTER_GAP}{name:char}|{name:actor}\\s+is\\s+(?:\\u27E6N\\d+\\u27E7['’]s?\\s+(?:[\\p{Ll}-]+\\s+)?${RELATION},\\s+|(?<described>(?:(?:the|a|an)\\s+)?(?:(?!(?:of|for|with|in|on|at|by|from|to|and|or|also|now|not|still|set|due|known|back|joined|cast|playing|reportedly|said)\\b|[\\p{Ll}-]+(?:ing|ed|ly)\\b)[\\p{Ll}-]+(?:['’]s)?\\s+){0,2}(?!(?:of|for|with|in|on|at|by|from|to|and|or|also|now|not|still|set|due|known|back|joined|cast|playing|reportedly|said)\\b|[\\p{Ll}-]+(?:ing|ed|ly)\\b)[\\p{Ll}-]+(?:,\\s+|\\s+)))?{name:char}(?=,\\s+(?:a|an|the|his|her|their|who|\\u27E6N\\d+\\u27E7['’]s)\\s|\\s*$|\\.)`),
    build: (match, context) => {
      const actor = nameOf(context.slot(match, "actor"));
      let character = nameOf(context.slot(match, "char"));
      // "as former Army investigator Jack Vance": a capitalized word describing the part, then the part's name.
      // So does "as Coast Guard officer Iñaki Salazar": a name of several words before a lower-case part and a name.
      const describedThenNamed = character ? context.frame.masked.slice(match.end).match(/^\s+(?:(?!(?:and|or|with|as|in|on|of|for|to|from|by|who|whose|while|but|alongside|opposite|than|then|at|into|after|before|is|was|are|were|has|have|had|will|would|this|that|these|those|last|next|every|each|also|now|said|says|told)\b)[\p{Ll}-]+\s+){1,2}\u27E6N(\d+)\u27E7/u) : null;
      if (describedThenNamed) character = context.frame.slots[Number(describedThenNamed[1])]?.text ?? character;
      if (!actor || !character || actor === character) return [];
      // "has a small role as Ruth's father": the name owns the part described after it, and is not the part.
      const charSlot = context.slot(match, "char");
      if (!describedThenNamed && charSlot?.kind === "N" && charSlot.name.possessive && /^(?:['’]s?)?\s*[\p{Ll}]/u.test(context.frame.masked.slice(match.end, match.end + 3))) return [cast(context, actor, match.index)];
      // "known as", "such as": not a role.
      if (/\b(?:known|such|referred to|described|dubbed|billed|regarded|well)\s+as\b|\bseen\s+as\s+(?:a|an|the|one)\b/i.test(match.text)) return [];
      // "is emotional as Tom Hale says goodbye", "is cautious as Tom Hale, her co-star, pushes …": "as" means "while", and the
      // name after it is the subject of a clause.
      if (/^(?:\s*,\s+[^,.;]{1,40},)?\s+(?:(?:is|are|was|were|has|have|had|will|would|can|could|does|did)\b|(?!(?:who|whose|which|in|on|at|for|from|and|or|with|as|opposite|alongside|since|after|before|to|of|into)\b)[\p{Ll}]+(?:s|ed)\s+[\p{Ll}\u27E6])/u.test(context.frame.masked.slice(match.end, match.end + 60)) && /\bas$|\bis\s+[\p{Ll}-]+$/u.test(match.text.slice(0, match.text.lastIndexOf("\u27E6")).trim())) return [];
      // "Ferreira-Stone is county prosecutor Ada Brisbane": a part described before the name, not a job ("is executive producer X").
      if (match.groups.described !== undefined && (JOB_WORD.test(match.groups.described) || context.article.people.is(actor, "character") || !(actor.includes(" ") || fullName(actor, context, "actor") !== actor) || context.article.people.is(character, "actor") || context.article.people.is(character, "crew"))) return [];
      if (context.article.people.is(actor, "character") && !context.article.people.is(actor, "actor")) return [];
      // "B played W in Glass Orchard": a past role in another show is what B is known for, not a credit here.
      const after = context.frame.masked.slice(match.end, match.end + 40);
      // "Lorimer is set to play Macbeth at the Citizens Theatre": a part on stage.
      const originalAfter = context.frame.text.slice(context.frame.toOriginal(match.end), context.frame.toOriginal(match.end) + 60);
      if (/^\s+(?:at|in)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}(?:Theatre|Theater|Playhouse|Opera House|Royal Court|West End|Broadway|Old Vic|Globe)\b|^\s+on\s+(?:the\s+)?(?:stage|Broadway|the West End)\b/u.test(originalAfter)) return [];
      // "… respectively in the pilot of a different show", "in another series": a part elsewhere.
      if (/\b(?:played|portrayed|starred as|appeared as)\b/i.test(match.text) && /^[^.;]{0,45}?\bin\s+(?:the\s+(?:pilot|film|movie|play|original)\s+of|a\s+different|another|an?\s+earlier|a\s+previous)\b/i.test(after)) return [];
      // "brings back A and B as sisters C and D": two actors and two parts, read in order by cast.pairs.
      if (/\u27E6N\d+\u27E7\s+(?:and|&)\s+$/.test(context.frame.masked.slice(Math.max(0, match.index - 12), match.index)) && /^\s+(?:and|&)\s+\u27E6N\d+\u27E7/.test(after)) return [];
      // "A and B play C and D respectively": pairs read by cast.respectively, not the last actor with the first part.
      if (/^\s+and\s+\u27E6N\d+\u27E7,?\s+respectively\b/.test(after)) return [];
      if (/\b(?:played|portrayed|starred as|appeared as)\b/i.test(match.text) && /^\s+in\s+(?:the\s+)?(?:\u27E6P\d+\u27E7['’]s?\s+(?:[\p{Ll}-]+\s+){0,2})?(?:[“"‘']?\u27E6T(\d+)|(?-i:[\p{Lu}]))/u.test(after)) {
        const other = after.match(/\u27E6T(\d+)/);
        const slot = other ? context.frame.slots[Number(other[1])] : undefined;
        if (!(slot?.kind === "T" && slot.title.title === context.article.main)) return [];
      }
      // Fans' guesses at a role ("many believe B is playing C") name the actor, not the character.
      // A part told in a relative clause ("A, who plays C, is rumoured to be leaving") is not what the rumour is about.
      // (Not "A, who played B in the pilot, will play C's father": there the part read is the one rumoured.)
      const partInAside = /^\u27E6N\d+\u27E7,\s+who\s+(?:plays|played|portrays|portrayed)\b/u.test(match.text) && !/,\s+(?:will|is|has|also|now|could|may|might)\s/.test(match.text) && !/^\s+in\s+(?:\u27E6[TN]|(?:the\s+|a\s+)?(?:film|movie|pilot|play|original))/i.test(context.frame.masked.slice(match.end, match.end + 30));
      if ((context.certainty === "speculative" || context.certainty === "rumored") && !partInAside) return [cast(context, actor, match.index)];
      return [cast(context, actor, match.index, { character })];
    },
  },
  {
    id: "cast.note",
    produces: ["cast-member"],
    // "Baek Min-jae, who played one of the smugglers", "Ryu Jun-yeol joining as a mysterious informant": a role described, not named.
    pattern: compilePattern("{name:actor},?\\s+(?:who\\s+)?(?:plays|played|portrays|portrayed|will play|takes the part of|takes on the part of|takes on the role of|took on the role of|is cast as|was cast as|joins as|joined as|joining as|is joining as|will join as|comes aboard as|came aboard as|signs on as|returns as|returning as|appears as|stars as|(?:has|have|had) (?:a|an|the) (?:[\\w-]+\\s+){0,2}(?:role|part) as)\\s+(?<note>(?:one of|a|an|the|his|her|their)\\s+[\\p{Ll}' -]{3,40}?)(?=[,.;]|\\s+(?:in|and|on|for|who|asked|returns?)\\b)"),
    build: (match, context) => {
      const actor = nameOf(context.slot(match, "actor"));
      return actor ? [cast(context, actor, match.index, { characterNote: match.groups.note!.trim() }, workNamedAfter(context, match.end))] : [];
    },
  },
  {
    id: "cast.role-kind",
    produces: ["cast-member"],
    // "… and Sofia Marin in an undisclosed role", "Tae Ji-ho will appear in a recurring role", "has joined the cast in a guest role":
    // a part whose kind is told and whose character is not.
    pattern: compilePattern("{name:actor},?\\s+(?:(?:will|is set to|is to|has been cast to|also)\\s+)?(?:(?:appear|appears|star|stars|feature|features|has joined|have joined|joins|join|joined|is joining|will join|signs on|signed on|has signed on|is cast|was cast|has been cast|comes aboard|came aboard|returns|will return|is returning)(?:\\s+(?:the cast|the series|the show|the ensemble|the drama|season \\d+|\u27E6S\\d+\u27E7|\u27E6T\\d+\u27E7))?\\s+)?in\\s+(?:a|an|the)\\s+(?<kind>(?:undisclosed|unspecified|unknown|mystery|secret|top-secret|recurring|guest(?:-starring)?|supporting|lead|leading|main|starring|series[- ]regular|key|major|pivotal|central|special|cameo|brief)(?:\\s+(?:and|,)\\s+[\\p{Ll}-]+)?)\\s+(?:role|part|capacity|appearance)\\b"),
    build: (match, context) => {
      const actor = nameOf(context.slot(match, "actor"));
      if (!actor) return [];
      // "…, who starred in a supporting role in “Another Show”": the part is in the work named after it.
      const work = workNamedAfter(context, match.end);
      if (work !== undefined && work !== context.article.main) return [];
      if (/^[^.;,]{0,20}?\b(?:in|on)\s+(?:the|a|an|his|her|their)\s+(?:film|movie|play|musical|sitcom|soap|series of|\d{4})\b/i.test(context.frame.masked.slice(match.end, match.end + 40))) return [];
      // Past parts told in a career summary ("She appeared in a guest role in 2019") are not this show's.
      if (/^\s+(?:in|back in)\s+(?:19|20)\d{2}\b/.test(context.frame.masked.slice(match.end, match.end + 15))) return [];
      return [cast(context, actor, match.index, {}, work)];
    },
  },
  {
    id: "cast.active",
    produces: ["cast-member"],
    // "The streamer has cast A as B", "Harbour Lights has tapped A to play the new harbour master": the casting told from the production's side.
    pattern: compilePattern("\\b(?:has|have|had)\\s+(?:also\\s+)?(?:cast|tapped|enlisted)\\s+{name:actor}(?:\\s+(?:as|to play)\\s+(?:{name:character}|(?<note>(?:one of|a|an|the|its|their)\\s+[\\p{Ll}' -]{3,40}?)(?=[,.;]|\\s+(?:in|and|on|for|who|opposite|alongside)\\b)))?"),
    build: (match, context) => {
      const actor = nameOf(context.slot(match, "actor"));
      if (!actor) return [];
      const character = nameOf(context.slot(match, "character"));
      const note = match.groups.note?.trim();
      return [cast(context, actor, match.index, character ? { character } : note ? { characterNote: note } : {})];
    },
  },
  {
    id: "cast.pairs",
    produces: ["cast-member"],
    // "Pyo Bo Ram and Oh Ji An lead Moonlit Market as Seo Dan Bi and Han Byul", "A and B were confirmed to take up their roles as C and D once more"
    pattern: compilePattern(`{name:a1}\\s+(?:and|&)\\s+${CHARACTER_GAP}{name:a2},?\\s+(?:(?:are|were|will|all|both|also|be|been|have|has|confirmed|set|expected|slated|due|to|once again|again)\\s+)*(?:lead|star in|play|portray|front|headline|return to play|return as|play|(?:reprise|reprised|reprising|take up|took up|taking up|resume|resumed|resuming|step back into|stepped back into|return to|returned to|returning to|are back in|were back in) (?:their|the) (?:respective )?roles(?: as| of)?|are back as|star as|starring as|(?<=(?:brings?|brought|bringing)\\s+back\\s+\u27E6N\\d+\u27E7\\s+(?:and|&)\\s+\u27E6N\\d+\u27E7\\s+)as)\\s+(?:{title}\\s+)?(?:as\\s+)?(?:,\\s*respectively,\\s+)?${CHARACTER_GAP}{name:c1}(?:\\s*\\([^)]*\\))?\\s+(?:and|&)\\s+${CHARACTER_GAP}{name:c2}`),
    build: (match, context) => {
      const [a1, a2, c1, c2] = ["a1", "a2", "c1", "c2"].map((g) => nameOf(context.slot(match, g)));
      if (!a1 || !a2 || !c1 || !c2) return [];
      return [cast(context, a1, match.index, { character: c1 }), cast(context, a2, match.index, { character: c2 })];
    },
  },
  {
    id: "cast.respectively",
    produces: ["cast-member"],
    // "A, B and C star as the eldest D, the second daughter E and the youngest F, respectively": names and parts paired in order.
    pattern: compilePattern("{names:actors},?\\s+(?:(?:will|also|are|were|have been|had been|all|both|set to|to)\\s+)*(?:star|starred|starring|play|played|playing|portray|portrayed|appear|appeared|cast|return|returned|returning|reprise|reprised|take on|took on|voice|voiced|lead|led)\\s+(?:(?:their|the)\\s+(?:respective\\s+)?(?:roles|parts)\\s+(?:of\\s+|as\\s+)?|as\\s+)?(?<parts>[^.;:]{3,240}?),?\\s+respectively\\b"),
    build: (match, context) => {
      const actors = context.slotsIn(match, "actors", "N");
      const parts = context.slotsIn(match, "parts", "N").filter((slot) => slot.kind === "N" && !slot.name.possessive);
      // Only a list paired one to one says who plays whom; any other count is a sentence misread.
      if (actors.length < 2 || actors.length !== parts.length) return [];
      // "play the brothers of A and B", "a lawyer who works for A and a detective chasing B", "were played in the film by
      // A and B": the names are not the parts; nor are parts "in the pilot of a different show", nor a list of directors.
      if (/\b(?:of|for|by|who|that|which|chasing|with|to|against|from)\b|['’]s\s/i.test(match.groups.parts!)) return [];
      if (/^,?\s*(?:in|on)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:film|movie|pilot|play|original|adaptation|version|remake|show|series|drama)\b/i.test(context.frame.masked.slice(match.end, match.end + 60))) return [];
      if (actors.some((slot) => slot.kind === "N" && slot.name.roleBefore && !/act|star|lead/i.test(slot.name.roleBefore))) return [];
      return actors.flatMap((actor, i) => (actor.kind === "N" ? [cast(context, actor.text, match.index, { character: parts[i]!.text })] : []));
    },
  },
  {
    id: "cast.played-by",
    produces: ["cast-member"],
    // "Choi Da-on (played by Yoon Seo-jun)", "Wren, played by Tessa Vale"
    // also "falls for the son of her biggest competitor, played by Nam Joon-seo": a part described, not named.
    pattern: [
      compilePattern(`{name:char}(?:,\\s+(?:a|an|the)\\s+[^,\u27E6]{1,60},)?(?:\\s*\\(|,\\s+|\\s+(?:is|was|will be|has been|is now|are)\\s+)(?:who\\s+is\\s+)?(?:played|portrayed|voiced)\\s+by\\s+${ACTOR_DESCRIPTION.replace(/\\s\+$/, "")}?\\s*{name:actor}`),
      compilePattern(`\\b(?:the|a|an|his|her|their)\\s+(?<note>(?:[\\p{Ll}'’-]+\\s+){0,6}?[\\p{Ll}-]+),\\s+(?:played|portrayed|voiced)\\s+by\\s+${ACTOR_DESCRIPTION.replace(/\\s\+$/, "")}?\\s*{name:actor}`),
    ],
    build: (match, context) => {
      const actor = nameOf(context.slot(match, "actor"));
      const character = nameOf(context.slot(match, "char"));
      if (actor && !character && match.groups.note !== undefined) return [cast(context, actor, match.index, { characterNote: match.text.slice(0, match.text.lastIndexOf(",")).trim() })];
      return actor && character ? [cast(context, actor, match.index, { character })] : [];
    },
  },
  {
    id: "cast.actor-possessive",
    produces: ["cast-member"],
    // A review's "Imogen Sayle's cartographer, Ruth Abernethy", "Harriet Sim's inventor Lady Cog", "Marcus Boone's character,
    // Deputy Ray Lisle": an actor's name owning a described part, then the part's name.
    pattern: compilePattern("{name:actor}['’]s\\s+(?<part>(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)(?:,\\s+|\\s+){name:char}"),
    build: (match, context) => {
      const actorSlot = context.slot(match, "actor");
      const charSlot = context.slot(match, "char");
      const actor = nameOf(actorSlot);
      const character = nameOf(charSlot);
      if (actorSlot?.kind !== "N" || charSlot?.kind !== "N" || !actorSlot.name.possessive || actorSlot.name.organization || charSlot.name.organization || charSlot.name.possessive || !actor || !character) return [];
      const part = match.groups.part!;
      if (NOT_A_PART.test(part) || JOB_WORD.test(part)) return [];
      const people = context.article.people;
      if (!people.is(actor, "actor") && !actor.includes(" ")) return [];
      if (people.is(actor, "character") || people.is(character, "actor") || people.is(character, "crew")) return [];
      // "Imogen Sayle's cartographer, Ruth Abernethy, and her father": the part ends at the name; a name that starts a clause is a subject.
      if (/^\s+(?:is|was|are|were|has|have|had|will|said|says|told)\b/.test(context.frame.masked.slice(match.end, match.end + 12))) return [];
      return [cast(context, actor, match.index, { character })];
    },
  },
  {
    id: "cast.described-paren",
    produces: ["cast-member"],
    // "follows a rescue swimmer (Garrett Lyle) assigned to …": a part described, its actor in brackets after it.
    pattern: compilePattern("\\b(?:a|an|the|his|her|their)\\s+(?<note>(?:(?!(?:who|whom|that|which|her|him|them|his|their|its|is|was|are|were|has|had|and|or|of|in|on|at|to|for|with|by|from)\\b)[\\p{Ll}'’-]+\\s+){0,4}[\\p{Ll}-]+)\\s*\\(\\s*{name:actor}\\s*\\)"),
    build: (match, context) => {
      const slot = context.slot(match, "actor");
      const actor = nameOf(slot);
      if (slot?.kind !== "N" || slot.name.organization || slot.name.possessive || !actor) return [];
      const note = match.text.slice(0, match.text.lastIndexOf("(")).trim();
      if (JOB_WORD.test(note) || /\b(?:spokes\w*|representatives?|agency|network|streamer|channel|broadcaster|studio|company|outlet|newspaper|magazine|source|insider|novel|book|film|movie|series|show|drama|season|episode|song|album|webtoon|original|remake|adaptation|sequel|prequel|spin-?off|version|actor|actress|star|singer|rapper|member|group|band)\b/i.test(note)) return [];
      // "a city (New York)", "the region (Jeolla)": a place described, not a part.
      if (/\b(?:city|town|village|country|region|state|province|county|district|island|capital|neighbou?rhood|area|street|river|mountain|port|language|dialect)$/i.test(note)) return [];
      if (!actor.includes(" ") && !context.article.people.is(actor, "actor")) return [];
      if (context.article.people.is(actor, "character") || context.article.people.is(actor, "crew")) return [];
      return [cast(context, actor, match.index, { characterNote: note })];
    },
  },
  {
    id: "cast.pronoun-plays",
    produces: ["cast-member"],
    // "… according to star Amara Quinlan. She played the engineer Ivy Mendez in both seasons.": the part of the person before.
    pattern: compilePattern(`^(?:[Ss]he|[Hh]e|[Tt]hey)\\s+(?:also\\s+|now\\s+|will\\s+|once again\\s+|again\\s+)*(?:plays|played|play|portrays|portrayed|portray|stars as|starred as|star as|returns as|returned as|return as|is cast as|was cast as|voices|voiced|voice)\\s+${CHARACTER_GAP}{name:char}`),
    build: (match, context) => {
      const character = nameOf(context.slot(match, "char"));
      const actor = lastPersonBefore(context);
      if (!actor || !character || actor === character) return [];
      const people = context.article.people;
      if (!(people.is(actor, "actor") || looksLikePerson(actor, context)) || people.is(actor, "crew") || people.is(character, "actor") || people.is(character, "crew")) return [];
      // "She played Juliet in Another Show", "at the Old Vic": a part elsewhere.
      const work = workNamedAfter(context, match.end);
      if (work !== undefined && work !== context.article.main) return [];
      if (/^[^.;]{0,30}?\b(?:in|at|on)\s+(?:the\s+|a\s+|an\s+)?[“"‘']?(?:film|movie|play|musical|stage|theatre|theater|pilot of|original|\u27E6[NT]|(?-i:[\p{Lu}]))/iu.test(context.frame.masked.slice(match.end, match.end + 50))) return [];
      return [cast(context, actor, match.index, { character })];
    },
  },
  {
    id: "cast.other-age",
    produces: ["cast-member"],
    // "cult leader Mara, whose younger self is played by Ines Roth": the actor plays the same character at another age.
    pattern: compilePattern(`{name:char},\\s+whose\\s+(?:younger|teenage|teen|older|adult|child|past|future|[\\p{Ll}-]+-year-old)\\s+(?:self|version|counterpart|incarnation)\\s+(?:is|was|will be|has been)\\s+(?:played|portrayed|voiced)\\s+by\\s+${ACTOR_DESCRIPTION.replace(/\\s\+$/, "")}?\\s*{name:actor}`),
    build: (match, context) => {
      const actor = nameOf(context.slot(match, "actor"));
      const character = nameOf(context.slot(match, "char"));
      if (!actor || !character || context.article.people.is(character, "actor")) return [];
      return [cast(context, actor, match.index, { character })];
    },
  },
  {
    id: "cast.performance",
    produces: ["cast-member"],
    // "Seo Jun-ho, meanwhile, pulled off a striking transformation as Doyun", "Lena Moss delivers a chilling performance as Mara"
    pattern: compilePattern("{name:actor}(?:,\\s+(?:meanwhile|too|also|in turn|however)\\s*,)?\\s+(?:(?:also|again|once again|now)\\s+)?(?:[\\p{Ll}-]+\\s+){1,2}?(?:a|an|his|her|their)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:turn|transformation|performance|portrayal|outing|showing)\\s+as\\s+{name:char}"),
    build: (match, context) => {
      const actor = nameOf(context.slot(match, "actor"));
      const character = nameOf(context.slot(match, "char"));
      if (!actor || !character || actor === character || context.article.people.is(character, "actor")) return [];
      // "her turn as Mara in Glass Orchard": a role in another work.
      const work = workNamedAfter(context, match.end);
      if (work !== undefined && work !== context.article.main) return [];
      return [cast(context, actor, match.index, { character })];
    },
  },
  {
    id: "cast.host",
    produces: ["cast-member"],
    // "with host Padma Rao returning alongside judges Marco Bellini and June Park": a competition's on-screen people.
    // Also "hosted by comedian A and singer B", "presented by A".
    pattern: /\b(?:(?<role>host|hosts|co-host|co-hosts|presenter|presenters|judge|judges|panelist|panelists|mentor|mentors)|(?<by>hosted|co-hosted|presented|emceed)\s+by\s+(?:(?:comedians?|singers?|actors?|actress(?:es)?|rappers?|chefs?|comic|broadcasters?|announcers?|TV personality|idols?|[\p{L}-]+-turned-[\p{L}-]+)\s+)?)\s*(?=\u27E6N)/giu,
    build: (match, context) => {
      // "the judge in the case", "host city": only a show's people, in a sentence about a show.
      if (!/\u27E6T|\b(?:series|show|competition|season|cycle|cast|panel|returning|returns?|back)\b/i.test(context.frame.masked)) return [];
      const role = match.groups.role ? match.groups.role.toLowerCase().replace(/s$/, "") : /present/i.test(match.groups.by!) ? "presenter" : "host";
      // The list ends where another role or the sentence's verb begins ("host A returning alongside judges B and C").
      const names = namesAfter(context, match.end, /[.;:!?]|\b(?:returning|returns?|alongside|with|as|who|which|while|judges?|hosts?|co-hosts?|presenters?|panelists?|mentors?|will|is|are|was|were)\b/i);
      return names.flatMap((slot) => (slot.kind === "N" ? [cast(context, slot.text, match.index, { characterNote: role })] : []));
    },
  },
  {
    id: "cast.list",
    produces: ["cast-member"],
    // "starring A, B and C", "led by A and B", "the cast includes A, B …", "Guest stars include …", "fronted by …"
    pattern: /\b(?:starring|stars|starred|co-starring|co-stars|co-starred|led by|fronted by|headlined by|headed by|topbilled by|top-billed by|anchored by|featuring|features|also features|cast (?:also )?includes|cast (?:also )?featuring|cast members include|cast (?:is|was) made up of|rest of the cast is made up of|cast (?:also )?(?:boasts|counts)|ensemble (?:also )?(?:features|includes)|(?:guest )?stars (?:also )?include|guest-stars|guest starring|supporting cast (?:that )?includes|(?:also )?includes?|rounded out by|alongside|opposite|joined by|lineup includes|(?:also )?in the (?:main |supporting )?cast (?:are|is|were)|(?:and|with) (?:actors?|actress(?:es)?) |(?:series|fellow|returning) regulars|(?:they|he|she|newcomers?)\s+(?:join|joins|joined|will join|are joining|is joining|will be joining)|(?:returning|fellow) (?:stars|cast members|castmates|cast-mates))(?:,?\s*(?:among others|most notably|notably|for example|for instance|such as)\s*,?)?(?=\s*(?:(?:veteran|young|rising|fellow|popular|acclaimed|seasoned|award-winning)\s+)*(?:(?:returning|original|main|core|regular|new)\s+(?:cast(?:\s+members?)?|stars|players)\s+)?(?:(?:actors?|actress(?:es)?|co-stars?|newcomers?|singer-actors?)\s+)?\u27E6N)/gi,
    build: (match, context) => {
      const text = context.frame.text;
      // "X is best known for roles in W, the sci-fi drama starring Y": the cast of a work in someone's career, not of this show.
      const lead = context.frame.masked.slice(0, match.index);
      if (/\b(?:known for|roles? in|credits? include|starred in|appeared in|recogni[sz]ed for|famous for|breakout (?:role|turn) in|previously (?:in|on|starred|appeared))\b/i.test(lead) && /,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,4}?(?:drama|series|show|film|movie|thriller|comedy|sitcom|miniseries)\s*$/iu.test(lead)) return [];
      // "features 10 episodes", "includes a trailer": only names after the trigger count, and only in a sentence about people or the show.
      const names = namesAfter(context, match.end);
      if (/^(?:features|also features|includes?|also includes|alongside|opposite|joined by)/i.test(match.text.trim()) && !/\b(?:cast|star|stars|starring|actor|actress|ensemble|lead|leads|role|roles|guest|lineup|returning|newcomers?)\b/i.test(text)) {
        const people = names.filter((slot) => slot.kind === "N" && (looksLikePerson(slot.text, context) || slot.text.split(/\s+/).length >= 2));
        if (people.length < 2 || people.length < names.length) return [];
      }
      // "Starring A as a vendor named B": B is A's character (read by cast.plays), not another star.
      return names.flatMap((slot) => (slot.kind === "N" && !slot.name.roleBefore?.match(/director|writer|producer|creator|showrunner|author/) && !(context.article.people.is(slot.text, "character") && !context.article.people.is(slot.text, "actor")) ? [cast(context, slot.text, match.index)] : []));
    },
  },
  {
    id: "cast.with",
    produces: ["cast-member"],
    // "X (2022), with Han Se-rin and Oh Ji-an, is …", "With A, B, and C in the cast", "with Bae Hyun and Nam Do Yun alongside them"
    pattern: compilePattern("(?:(?<t>\u27E6T\\d+\u27E7)[”\"’']?(?:\\s*\u27E6D\\d+\u27E7)?,?\\s+|^|\\b)with\\s+(?<list>{names})(?<tail>\\s+(?:in the cast|alongside|as\\b|starring|in (?:the )?(?:lead|main|supporting) roles?)|,)?"),
    build: (match, context) => {
      const names = context.slotsIn(match, "list", "N");
      // "with Gemma Forsyth as executive producer": a job, read by crew.with-as.
      if (/^\s+as$/i.test(match.groups.tail ?? "") && JOB_AFTER_AS.test(context.frame.masked.slice(match.end, match.end + 50))) return [];
      // "the company she founded with A, B and C", "married with", "teamed up with": partners in something else.
      if (/\b(?:founded|co-founded|formed|launched|started|runs|ran|owns|owned|married|partnered|teamed up|collaborated|worked|working|spoke|talked|chatted|met|dating|competed|feuded|written|wrote|writes|co-wrote|co-written|directed|directs|created|co-created|developed|produced|produces|penned|scripted)\s+(?:\S+\s+){0,3}?$/i.test(context.frame.masked.slice(Math.max(0, match.index - 25), match.index + (match.text.search(/\bwith\b/i) >= 0 ? match.text.search(/\bwith\b/i) : 0)))) return [];
      const persons = names.filter((s) => s.kind === "N" && looksLikePerson(s.text, context));
      if (!match.groups.t && !match.groups.tail && persons.length < 2) return [];
      if (!match.groups.t && !match.groups.tail && !/\b(?:cast|star|stars|starring|lead|leads|role|drama|series|show)\b/i.test(context.frame.text)) return [];
      return names.flatMap((slot) => (slot.kind === "N" && !slot.name.possessive ? [cast(context, slot.text, match.index, {}, titleSlot(context, match, "t"))] : []));
    },
  },
  {
    id: "cast.subject-verb",
    produces: ["cast-member"],
    // "A, B & C lead the cast", "Greta Brook and Tessa Vale star in Harbour Lights", "A and B, the heart of the original ensemble, are staying on for X"
    pattern: /\b(?:(?:are|is) (?:all )?(?:expected|set|due|likely) (?:back|to be back)|(?:are|is) (?:all )?expected to return|(?:are|is) (?:all )?set to (?:return|reprise)|return to their roles|returns? to (?:his|her) role|reprise their roles|(?:is|are|will be) coming back|lead the cast|leads the cast|head the cast|heads the cast|round out the cast|rounds out the cast|complete the cast|star in|stars in|starred in|appeared in|co-star in|co-stars?(?=\s*[.;])|(?:co-)?stars? (?:opposite|alongside)|are staying on|is staying on|(?:will|are|are all|are both)\s+(?:both|all)\s+(?:return|be back|be returning|come back)|(?:has been|have been|was|were|is|are|been) (?:upped|promoted|bumped up|elevated) to (?:a\s+)?(?:series\s+)?regulars?|(?:are returning|is returning|will return|returns?|are back|is back) as(?=\s+(?:the|a|an|their|his|her)\s)|are returning|is returning|will return|return(?:s)? for|(?:also|all|both)\s+return(?=\s*[.;,]|\s+(?:to|as|in)\b)|are back|is back|have joined|has joined|joined the cast|joins the cast|join the cast|will join|(?:have|has) boarded|boarded|(?:has|have) been cast|(?:was|were) cast|joins? cast|to join(?: the)? cast|will headline|headlines?|headlined|topline|toplines|lead|leads|led|front|fronts|fronted|play|plays|played)\b/gi,
    build: (match, context) => {
      const masked = context.frame.masked;
      let end = match.index;
      // "A and B, the heart of the original ensemble, are staying on": skip an appositive back to the names.
      const appositive = masked.slice(0, end).match(/,\s+(?:the|a|an)\s+[^,]{0,60},\s*$/);
      if (appositive) end -= appositive[0].length;
      // "Writer A returns for the new season": the job word says crew. "began in Prague": a place.
      // "Saltmarsh showrunner X is set to return": a job word before the name says crew. "Les Veilleurs (The Watchers) will
      // return": a title's translation in brackets. "Fan accounts claim": a word before a noun. "plays the manager, Odile Renard,": a part.
      const names = namesBefore(context, end).filter((s) => {
        if (s.kind !== "N" || /director|writer|producer|creator|showrunner|author|composer/i.test(s.name.roleBefore ?? "")) return false;
        const at = slotPosition(context.frame, s);
        const lead = masked.slice(Math.max(0, at - 30), at);
        if (/\b(?:agency|agencies|agent|label|company|management|representatives?|spokes\w+)\s*,?\s*$/i.test(lead)) return false;
        if (/\b(?:in|at|near|around|across)\s+$/i.test(lead.slice(-8)) || /\b(?:director|writer|producer|creator|showrunner|author|composer|cinematographer|editor)s?\s+$/i.test(lead) || /\u27E6T\d+\u27E7[”"’']?\s*\(\s*(?:the\s+)?$/i.test(lead)) return false;
        if (!s.text.includes(" ") && /^\u27E6N\d+\u27E7\s+(?:accounts?|pages?|sites?|theories|theory|reports?|sources?|forums?|groups?|clubs?|communities|community|fiction|edits?|polls?|votes?)\b/i.test(masked.slice(at, at + 30))) return false;
        return !(context.article.people.is(s.text, "character") && !context.article.people.is(s.text, "actor"));
      });
      if (names.length === 0) return [];
      // "… and the series is expected to return": the verb's subject is the show, not a name before it.
      const lastName = names[names.length - 1]!;
      // "the hit BL drama “X” will return": a title between the names and the verb is the verb's subject.
      if (/\b(?:the|this|its)\s+(?:[\w-]+\s+)?(?:series|show|drama|season|film|sequel|production)\b|\bit\s*$|\u27E6T\d+\u27E7[”"’']?\s*(?:,[^,]*,\s*)?$/i.test(masked.slice(slotPosition(context.frame, lastName), end))) return [];
      // "A is in talks to join the cast": casting not settled; cast.in-talks says so with its certainty.
      if (/\b(?:in\s+(?:early\s+|final\s+|advanced\s+)?(?:talks|negotiations)|being considered|been offered|offered the role)\b/i.test(context.frame.masked.slice(Math.max(0, match.index - 50), match.index))) return [];
      // "received an offer to star in X", "hopes to join the cast": a part offered or wished for, read by cast.in-talks if at all.
      if (/\b(?:offers?|offered|chance|opportunity|asked|invited|wants?|wanted|hopes?|hoped|hoping|would like|would love|dreams?|plans?|planning|proposal|approached)\s+to\s+$/i.test(context.frame.masked.slice(Math.max(0, match.index - 30), match.index))) return [];
      const verb = match.text.toLowerCase();
      // "lead", "front", "return" alone need a show after them or a cast word: "leads the line" is not a credit.
      // "A and B play the older versions of the couple": a role described, not named.
      if (/^(?:play|plays|played)$/.test(verb)) {
        if (!/^(?:,\s*respectively,)?\s+(?:the|a|an|his|her|their|younger|older|young|adult)\b/i.test(masked.slice(match.end, match.end + 40))) return [];
        if (/^played$/.test(verb) && !/\b(?:in|on)\s+(?:the\s+)?(?:series|show|drama|season)\b/i.test(masked.slice(match.end))) return [];
      }
      if (/^(?:lead|leads|led|front|fronts|fronted|headlines?|headlined|will return|return(?:s)? for|are back|is back|are returning|is returning|(?:is|are|will be) coming back)$/.test(verb)) {
        const after = masked.slice(match.end, match.end + 60);
        // "headlined it", "led the second run", "front the new instalment"
        if (!/^\s+(?:(?:the|this|its)\s+(?:new\s+|upcoming\s+|[\w-]+\s+)?(?:drama|series|show|cast|season|sequel|film|run|instalment|installment|chapter|ensemble)|\u27E6T|\u27E6S|the\s+upcoming|it\b(?!\s+(?:is|was|will|has|had)\b))/i.test(after) && !/^\s+for\s+(?:\u27E6[TS]|the|a)/i.test(after)) return [];
        // "it" is the show only when the sentence is about one: "the drama", a title, "the show".
        if (/^\s+it\b/i.test(after) && !/\u27E6T|\b(?:show|series|drama|season)\b/i.test(masked)) return [];
      }
      // "stars in “X”", "stars in a supporting role in X": the work the part is in.
      const after = masked.slice(match.end, match.end + 80).match(/^\s+(?:in\s+|for\s+)?(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:role|part)\s+(?:in|on)\s+)?(?:the\s+(?:upcoming\s+|new\s+)?(?:[\w-]+\s+){0,3}(?:of\s+)?|(?:the\s+)?\u27E6S\d+\u27E7\s+of\s+)?[“"‘']?\u27E6T(\d+)\u27E7/);
      const title = after ? context.frame.slots[Number(after[1])] : undefined;
      // "X starred in <another show>": what X is known for, not a credit here.
      if (/^(?:starred|appeared) in$/.test(verb) && (title?.kind !== "T" || title.title.title !== context.article.main)) return [];
      return names.map((slot) => cast(context, slot.text, match.index, {}, title?.kind === "T" ? title.title.title : undefined));
    },
  },
  {
    id: "cast.possessive-title",
    produces: ["cast-member", "crew-member"],
    // "Oh Ji An and Seo Yu Na's Iron Line", "Pyo Bo Ram and Yoon Tae Rim's Salt and Fire" → cast; "Ravi Anand Sethi's Sitaragarh", "Arlo Penn's Silas Wick series “Night Ledger”" → creator
    pattern: compilePattern("(?<list>{names})['’]s?\\s+(?:(?:new|latest|upcoming|hit|acclaimed|debut|first)\\s+)*(?:(?:[^\\s.,;\u27E6]+|\u27E6N\\d+\u27E7)\\s+){0,3}?[“\"‘']?{title:t}"),
    build: (match, context) => {
      const names = context.slotsIn(match, "list", "N");
      const last = names[names.length - 1];
      if (last?.kind !== "N" || !last.name.possessive) return [];
      const between = match.text.slice(match.text.indexOf("\u27E7", match.text.lastIndexOf("\u27E6N")) + 1, match.text.lastIndexOf("\u27E6T"));
      if (/\b(?:novel|book|webtoon|manga|comic|film|movie|song|album)\b/i.test(between)) return [];
      // "adapting A's “X” horror manga", "the anime of A's “X” (“X no Y”) manga": the author of the source.
      if (/^[”"’']?\s*(?:\([^)]{0,60}\)\s*)?(?:[\w-]+\s+){0,2}(?:manga|novels?|webtoons?|comics?|books?|graphic novel|light novels?|short story|play)\b/i.test(context.frame.masked.slice(match.end, match.end + 90))) return [];
      if (/\b(?:anime|adaptation|version|remake)\s+(?:adaptation\s+)?of\s+$/i.test(context.frame.masked.slice(Math.max(0, match.index - 30), match.index))) return [];
      const title = titleSlot(context, match, "t");
      if (names.length >= 2) return names.map((slot) => cast(context, slot.text, match.index, {}, title));
      const person = last.text;
      if (context.article.people.is(person, "actor")) return [cast(context, person, match.index, {}, title)];
      if (!looksLikePerson(person, context) && person.split(/\s+/).length < 2) return [];
      return [crew(context, person, "creator", match.index, title)];
    },
  },
  {
    id: "cast.caption",
    produces: ["cast-member"],
    kinds: ["caption", "paragraph", "heading"],
    // Photo captions: "Rosa Sta. Ines in Paper Lanterns. (C) ABS-CBN", "Elliot Marsh and Dara J. Quill in “Iron Line”"
    pattern: compilePattern("^(?<list>{names})\\s+(?:in|on the set of|as seen in)\\s+[“\"‘']?{title:t}[”\"’']?\\.?[”\"’']?(?:\\s*\\(C\\).*|\\s+[\\p{L} ]{0,40})?$"),
    build: (match, context) => context.slotsIn(match, "list", "N").map((slot) => cast(context, slot.text, match.index, {}, titleSlot(context, match, "t"))),
  },
  {
    id: "cast.dash-line",
    produces: ["cast-member"],
    kinds: ["paragraph", "heading", "caption"],
    // A cast roundup's "who's who" line: "Andrea Villareal — Lorna Bautista", an actor, a dash, a character, and nothing else.
    pattern: compilePattern("^\\s*(?:[-•*]\\s*)?{name:actor}\\s*[—–]\\s*{name:char}\\s*$"),
    build: (match, context) => {
      const actor = nameOf(context.slot(match, "actor"));
      const character = nameOf(context.slot(match, "char"));
      if (!actor || !character || actor === character) return [];
      const actorSlot = context.slot(match, "actor");
      // "Netflix — Squid Game", "Director — Kim Won-seok": only a person, then a name that is no job or company.
      if (actorSlot?.kind !== "N" || actorSlot.name.organization || actorSlot.name.roleBefore) return [];
      if (context.article.people.is(actor, "character") || context.article.people.is(character, "actor") || context.article.people.is(character, "crew")) return [];
      if (!looksLikePerson(actor, context) && actor.split(/\s+/).length < 2) return [];
      return [cast(context, actor, match.index, { character })];
    },
  },
  {
    id: "cast.recast",
    produces: ["cast-member", "recast"],
    // "Seo Yu-na steps in … in place of Han Se-rin", "Elliot Marsh replaces Tobias Reyes as Corvin", "takes over from"
    pattern: compilePattern("{name:new}(?:[^.;\u27E6]|\u27E6[SDPR]\\d+\u27E7){0,60}?\\b(?:in place of|steps? in for|stepped in for|stepping in for|fills? in for|replac(?:e|es|ed|ing)|takes? over (?:the role )?from|took over (?:the role )?from|succeed(?:s|ed|ing))\\s+{name:old}(?:\\s+(?:as|in the role of|in the part of)\\s+{name:char})?"),
    build: (match, context) => {
      const fresh = nameOf(context.slot(match, "new"));
      const old = nameOf(context.slot(match, "old"));
      const character = nameOf(context.slot(match, "char"));
      if (!fresh || !old) return [];
      const q: Qualifiers = character ? { character } : {};
      return [cast(context, fresh, match.index, q), cast(context, old, match.index, q), { property: "recast", value: mention(fresh), qualifiers: { ...q, label: `replaces ${old}` }, at: match.index }];
    },
  },
  {
    id: "cast.paren",
    produces: ["cast-member", "known-for"],
    // "Aldous Wick Sr. (Ravi Sethi)", "Danny (an excellent Kit Harlow)", "Baek Min-ji (Oh Ha-rin of Glass Orchard)", "High Priest Valdren (Kim)", "Seo Yu-na (Hello, Lantern!)"
    pattern: compilePattern("{name:a}\\s*\\(\\s*(?:played by\\s+|(?:an?|the)\\s+(?:(?!(?:of|to|for|with|by|from|in|on|at|and|as|about|like)\\b)[\\p{Ll}-]+\\s+){1,3})?{name:b}(?:\\s+(?:of|from|in)\\s+[“\"‘']?(?<other>\u27E6[TN]\\d+\u27E7)[^)]*|\\s+(?:of|from|in)\\s+[“\"‘']?(?-i:[\\p{Lu}]|\u27E6)[^)]{0,60})?(?:,\\s*(?:aka|a\\.k\\.a\\.|also known as)\\s[^)]*)?\\s*\\)"),
    build: (match, context) => {
      const a = nameOf(context.slot(match, "a"));
      const bSlot = context.slot(match, "b");
      // "Marco Reyes-Tan (Dust Devils) will take over the role of Benny": a part told after the brackets makes the name
      // outside the actor, and the brackets hold an earlier work.
      if (/^\s*,?\s*(?:(?:will|is|has|also|now|who)\s+)*(?:be\s+)?(?:take over|takes over|took over|play|plays|portray|portrays|joins?|joined|returns?|reprises?|replaces?|steps? into|inherits?|is cast as|has been cast as|as)\b/i.test(context.frame.masked.slice(match.end, match.end + 50)) && !context.article.people.is(nameOf(bSlot) ?? "", "character") && !context.article.people.is(nameOf(bSlot) ?? "", "actor") && !TITLED_CHARACTER.test(nameOf(bSlot) ?? "") && !looksLikePerson(nameOf(bSlot) ?? "", context)) return [];
      const b = nameOf(bSlot);
      if (!a || !b || a === b) return [];
      const people = context.article.people;
      // "Among the cast are A (B), C (D)", "A (B) and C (D) all return": the names outside are the actors.
      if (actorsOutside(context, match) && !people.is(a, "character") && !people.is(b, "actor")) {
        if (!a.includes(" ") && !people.is(a, "actor")) return [];
        return [cast(context, a, match.index, { character: b })];
      }
      if (CHARACTERS_LEAD_IN.test(context.frame.masked.slice(0, match.index)) && !people.is(a, "actor") && (b.includes(" ") || people.is(b, "actor"))) return [cast(context, b, match.index, { character: a })];
      // "Ellen Marchetti (Sheriff Joan Pike)": a rank or title of address opens the name inside, so that one is the part.
      if (TITLED_CHARACTER.test(b) && !TITLED_CHARACTER.test(a) && a.includes(" ") && !people.is(a, "character") && !people.is(b, "actor")) return [cast(context, a, match.index, { character: b })];
      // "Co-star Harriet Moss (Val Pemberton)": called a star, the name outside is the actor.
      if (/\b(?:co-?stars?|stars?|actors?|actress(?:es)?|newcomers?|cast members?|leads?|lead (?:actors?|actress(?:es)?))\s*$/i.test(context.frame.masked.slice(Math.max(0, match.index - 20), match.index)) && a.includes(" ") && !people.is(a, "character") && !people.is(b, "actor")) return [cast(context, a, match.index, { character: b })];
      const aIsActor = people.is(a, "actor") && !people.is(a, "character");
      const bResolved = b.includes(" ") ? b : people.resolve(b, "actor");
      if (aIsActor && !people.is(b, "actor")) return [];
      if (!bResolved) return [];
      // "Marta (Lucía Ferrán)": a first name outside, a full name inside reads as character and actor;
      // so does "Captain Reyes (Marisol Tan)": a rank or title before the outer name marks the character.
      const titledCharacter = TITLED_CHARACTER.test(a);
      // In running prose "Yusuf Demirhan (Kaan Yalçın) learns the truth" is a character and its actor, both full names.
      // Not "directed by Greg Tan (Harbor Lights)": a credited maker's brackets hold an earlier work.
      const proseCredit = a.includes(" ") && bResolved.includes(" ") && bSlot?.kind === "N" && !bSlot.name.organization && !people.is(a, "actor") && !people.is(a, "crew") && !people.is(bResolved, "character") && !people.is(bResolved, "non-credit") && !/\b(?:by|directors?|writers?|creators?|showrunners?|producers?|author)\s+$/i.test(context.frame.masked.slice(Math.max(0, match.index - 25), match.index)) && (looksLikePerson(bResolved, context) || !/\b(?:by|and)\s+$/i.test(context.frame.masked.slice(Math.max(0, match.index - 6), match.index)));
      if (!looksLikePerson(bResolved, context) && !people.is(bResolved, "actor") && !(bResolved.includes(" ") && (!a.includes(" ") || titledCharacter)) && !proseCredit) return [];
      const drafts: Draft[] = [cast(context, bResolved, match.index, { character: a })];
      const other = match.groups.other ? context.frame.slots[Number(match.groups.other.slice(2, -1))] : undefined;
      if (other?.kind === "T") drafts.push({ property: "known-for", subject: { kind: "person", name: bResolved }, value: { type: "mention", mention: { kind: "title", name: context.article.titles.entries[other.title.title]!.name, main: false } }, at: match.index });
      return drafts;
    },
  },
  {
    id: "cast.exit",
    produces: ["cast-member"],
    // "Baek Min-jae is leaving the series", "Kang Woo does not return for season 2": still in the cast history.
    pattern: /\b(?:exits?|exited|is leaving|will leave|has left|left|departs?|departed|quits?|stepped down from|steps down from|drops? out of|dropped out of|will not return|won['’]t return|does not return|doesn['’]t return|is not returning|isn['’]t returning|(?:is|are) not coming back|(?:isn['’]t|aren['’]t|won['’]t be) coming back|will not be back|won['’]t be back)\b/gi,
    build: (match, context) => {
      // "A, who played B, has left": B is the part; the one who leaves stands before the clause.
      const clause = context.frame.masked.slice(0, match.index).match(/,\s+who\s+(?:plays|played|portrays|portrayed|has played|starred as|voiced|voices)\b[^,;]*,\s*(?:(?:has|have|is|will|also|now)\s+)*$/);
      const names = namesBefore(context, clause ? clause.index! : match.index).filter((s) => s.kind === "N");
      const last = names[names.length - 1];
      if (!last || last.kind !== "N" || last.name.organization || !(looksLikePerson(last.text, context) || last.text.includes(" "))) return [];
      if (!/\b(?:series|show|drama|cast|role|season|production|project)\b|\u27E6[TS]/i.test(context.frame.masked.slice(match.end, match.end + 60))) return [];
      const drafts = [cast(context, last.text, match.index)];
      // "X is not coming back for the new season, but A and B are": the others do return.
      const but = context.frame.masked.slice(match.end).match(/,?\s+but\s+((?:\u27E6N\d+\u27E7(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)?)+)\s+(?:are|is|will|do|does)\b\s*[.!]?$/);
      if (but) for (const n of slotNumbersIn(but[1]!, "N")) drafts.push(cast(context, context.frame.slots[n]!.text, match.index));
      return drafts;
    },
  },
  {
    id: "cast.inverted",
    produces: ["cast-member"],
    // "Returning alongside her, among others, are A and B", "Joining her in the ensemble are A, B and C", "Back for the new season are A and B"
    pattern: /^(?:Also\s+)?(?:Returning|Joining|Back|Rounding out the cast|Reprising their roles|Starring (?:alongside|opposite) (?:him|her|them))\b[^.;\u27E6]{0,60}?(?:\u27E6[TS]\d+\u27E7[^.;\u27E6]{0,50}?)?\s(?:are|is|will be)\s+(?=\u27E6N)/gi,
    build: (match, context) => {
      // "Returning to the director's chair are A and B": a crew's return, not the cast's.
      if (/\b(?:director|directing|writer|writing|producer|showrunner|helm|camera|script)/i.test(match.text)) return [];
      return namesAfter(context, match.end).flatMap((slot) => (slot.kind === "N" ? [cast(context, slot.text, match.index)] : []));
    },
  },
  {
    id: "cast.role-of",
    produces: ["cast-member"],
    // "The part of X has gone to A", "A, who brings the character of X to life", "A, the actor behind X", "the role of X went to A"
    pattern: [
      compilePattern("the\\s+(?:part|role)\\s+of\\s+{name:char}\\s+(?:has\\s+gone|went|goes|has\\s+been\\s+given|was\\s+given|has\\s+been\\s+handed|was\\s+handed|was\\s+offered|has\\s+been\\s+offered)\\s+to\\s+(?:(?:the\\s+)?[\\p{Ll}-]+\\s+){0,2}{name:actor}"),
      compilePattern("{name:actor},?\\s+(?:who\\s+)?(?:brings|brought|will bring)\\s+(?:the\\s+(?:character|role)\\s+of\\s+)?{name:char}\\s+to\\s+life"),
      compilePattern("{name:actor},\\s+the\\s+(?:actor|actress|star|performer)\\s+(?:behind|who\\s+plays|playing|who\\s+played)\\s+{name:char}"),
      // "she would happily go back to the role of Commander X": the person the sentence is about.
      compilePattern("(?<=\\bback[”\"’']?\\s+|\\breturn(?:s|ing)?\\s+)to\\s+the\\s+(?:role|part)\\s+of\\s+{name:char}"),
    ],
    build: (match, context) => {
      const actor = nameOf(context.slot(match, "actor")) ?? lastPersonBefore(context);
      const character = nameOf(context.slot(match, "char"));
      return actor && character && actor !== character ? [cast(context, actor, match.index, { character }, workNamedAfter(context, match.end))] : [];
    },
  },
  {
    id: "cast.possessive-character",
    produces: ["cast-member"],
    // "killed at the hands of A's Raghu": an actor the article credits, owning a name that is no title, names the role.
    pattern: compilePattern("{name:actor}['’]s?\\s+(?:on-screen\\s+|onscreen\\s+)?{name:char}(?![’'])"),
    build: (match, context) => {
      const actorSlot = context.slot(match, "actor");
      const actor = nameOf(actorSlot);
      const character = nameOf(context.slot(match, "char"));
      if (actorSlot?.kind !== "N" || !actorSlot.name.possessive || !actor || !character) return [];
      const people = context.article.people;
      if (!people.is(actor, "actor") || people.is(actor, "character") || people.is(character, "actor") || people.is(character, "crew")) return [];
      if (looksLikePerson(character, context) && !people.is(character, "character") && character.split(/\s+/).length > 1) return [];
      return [cast(context, actor, match.index, { character })];
    },
  },
  {
    id: "cast.own-character",
    produces: ["cast-member"],
    // "where his character is X", "her character, X, is a …": the role of the person the sentence is about.
    pattern: compilePattern("\\b(?:his|her|their)\\s+(?:character|role)(?:\\s+(?:is|will be|was)|,|\\s+(?:named|called))\\s+{name:char}"),
    build: (match, context) => {
      const actor = lastPersonBefore(context);
      const character = nameOf(context.slot(match, "char"));
      if (!actor || !character || actor === character || !(context.article.people.is(actor, "actor") || context.article.people.is(actor, "crew") === false)) return [];
      if (context.article.people.is(actor, "crew") && !context.article.people.is(actor, "actor")) return [];
      return [cast(context, actor, match.index, { character })];
    },
  },
  {
    id: "cast.in-talks",
    produces: ["cast-member"],
    // "A in talks to star in X", "A is in final talks to join the series", "A in talks to work with B": casting not yet settled.
    // Korean agencies' words too: "has been offered the lead role", "is positively reviewing the offer", "is considering a role".
    pattern: /\b(?:is|are)?\s*in\s+(?:early\s+|final\s+|advanced\s+|positive\s+)?(?:talks|negotiations)\s+to\s+(?:star|join|appear|lead|headline|work|reunite|play)\b|\b(?:has|have)\s+been\s+offered\s+(?:the|a)\s+(?:[\w-]+\s+)?role\b|\b(?:received|receives|got|has\s+received)\s+(?:an|the)\s+offer\s+to\s+(?:star|appear|join|lead|play)\b|\b(?:is|are)\s+(?:(?:also|reportedly|positively|currently)\s+)*(?:reviewing|considering)\s+(?:the|an|a|its)\s+(?:[\w-]+\s+)?(?:offer|role|part)\b/gi,
    inQuestions: true,
    build: (match, context) => {
      // "a source from her agency, Bluemoon Entertainment, said": the agency speaks for the actor and is no actor.
      const before = namesBefore(context, match.index).filter((s) => s.kind === "N" && !s.name.possessive && !s.name.organization && !/\b(?:agency|agencies|agent|label|company|management|representatives?|reps?|source|spokes\w+)\s*,?\s*$/i.test(context.frame.masked.slice(Math.max(0, slotPosition(context.frame, s) - 25), slotPosition(context.frame, s))));
      if (before.length === 0) return [];
      const certainty = context.certainty === "denied" ? "denied" : "rumored";
      const drafts = before.map((slot) => ({ ...cast(context, slot.text, match.index), certainty }) as Draft);
      // "… to work with B", "to reunite with B", "to star opposite B": the co-star is in it too.
      const partner = context.frame.masked.slice(match.end).match(/^\s+(?:(?:in|on)\s+[^,.;]{0,40}?\s+)?(?:with|opposite|alongside)\s+((?:\u27E6N\d+\u27E7(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)?)+)/);
      if (partner) for (const n of slotNumbersIn(partner[1]!, "N")) drafts.push({ ...cast(context, context.frame.slots[n]!.text, match.index), certainty });
      return drafts;
    },
  },
  {
    id: "cast.lead-noun",
    produces: ["cast-member"],
    // "lead actress Greta Brook is directing", "the show's star A", "series lead B": named by the part they have in this show.
    pattern: compilePattern("\\b(?:(?:the\\s+)?(?:show|series|drama|season)['’]s?\\s+(?:lead|leading|main|star)\\s*(?:actor|actress|star)?|lead\\s+(?:actor|actress|star)|leading\\s+(?:man|lady|actor|actress)|series\\s+(?:lead|star)|(?:its|their)\\s+(?:lead|star)|(?:^|(?<=,\\s|;\\s|\\bbut\\s|\\band\\s|\\baccording to\\s|\\bwith\\s))star)s?,?\\s+(?<list>{names})"),
    build: (match, context) => {
      if (OPINION.test(context.frame.text)) return [];
      return context.slotsIn(match, "list", "N").flatMap((slot) => (slot.kind === "N" && !slot.name.possessive ? [cast(context, slot.text, match.index)] : []));
    },
  },
  {
    id: "crew.job-name",
    produces: ["crew-member"],
    // Also the attribution after a quote: "“…,” showrunner A told B."
    kinds: [...PROSE, "quote"],
    // "director Baek Min Jae", "showrunners Ada and Lena Whitcombe", "the original writer, Seo Yu Na", "Director Baek Min Jae, for his part"
    pattern: compilePattern("(?<pre>\u27E6T\\d+\u27E7[”\"’']?\\s+|(?:the\\s+)?(?:film|movie|novel)['’]s\\s+)?(?<job>{job_noun})(?:\\s+and\\s+(?<job2>{job_noun}))?(?:\\s+and\\s+(?:co-)?(?:star|lead|actor|actress))?,?\\s+(?<list>{names})"),
    build: (match, context) => {
      const job = jobOfNoun(match.groups.job!);
      if (!job) return [];
      if (/\b(?:film|movie|novel)['’]s/i.test(match.groups.pre ?? "")) return [];
      if (OPINION.test(context.frame.text)) return [];
      const preTitle = match.groups.pre ? context.frame.masked.slice(match.index).match(/^\u27E6T(\d+)\u27E7/) : null;
      const titleSlotValue = preTitle ? context.frame.slots[Number(preTitle[1])] : undefined;
      const names = context.slotsIn(match, "list", "N").filter((s) => s.kind === "N");
      const title = titleSlotValue?.kind === "T" ? titleSlotValue.title.title : showBeforeEarlierWork(context, match.end);
      const after = context.frame.masked.slice(match.end, match.end + 40);
      // "writer Wen Jialin's novel": the author of the source, not the show's writer.
      if (names.some((s) => s.kind === "N" && s.name.possessive) && /^(?:['’]s?)?\s*(?:[\w-]+\s+){0,3}(?:novel|book|webtoon|manga|comic|story|stories|series of books)/i.test(after)) return [];
      const before = context.frame.masked.slice(Math.max(0, match.index - 40), match.index);
      if (/\b(?:novel|book|webtoon|manga|comic)(?:s)?\s+(?:by\s+)?$|\bsource material\b|\b(?:adapted from|based on|inspired by)\s+(?:the\s+)?$/i.test(before)) return [];
      // "the novels of French writer X": the author of the source.
      if (/\b(?:novels?|books?|webtoons?|manga|comics?|stories)\s+(?:of|by)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(before)) return [];
      const people = expandShared(names.map((s) => s.text), /s$/i.test(match.groups.job!) && names.length === 2);
      const jobs: string[] = [job, ...(match.groups.job2 ? [jobOfNoun(match.groups.job2)] : [])].filter((j): j is NonNullable<typeof j> => !!j) as string[];
      // "its creator, writer and showrunner, Fiona Reyes": the jobs listed before the two the pattern reads.
      for (const earlier of before.match(new RegExp(`(?:(?:its|the|their|series)\\s+)?((?:(?:${JOB_NOUN}),\\s+)+)$`, "i"))?.[1]?.split(/,\s+/) ?? []) {
        const more = earlier ? jobOfNoun(earlier) : undefined;
        if (more && !jobs.includes(more)) jobs.push(more);
      }
      // "Creators A and B Castañeda, who write every episode": a second job told in the clause after the names.
      const who = context.frame.masked.slice(match.end).match(/^\s*,\s+who\s+(?:also\s+)?(write|writes|wrote|direct|directs|directed|co-write|co-wrote|executive[- ]produce|executive[- ]produces|produce|produces|showrun|showruns)\b([^,.;]*)/i);
      // "…, who directed the Night Ferry finale": a job on another work is no second job here.
      const otherWork = who ? /\u27E6[TN]\d+\u27E7|\b(?:film|movie|novel|play|pilot of|finale of)\b|(?-i:[\p{Lu}])/u.test(who[2]!) : false;
      const also = who && !otherWork ? jobOfAction(who[1]!) : undefined;
      if (also && !jobs.includes(also)) jobs.push(also);
      return people.flatMap((person) => jobs.map((j) => crew(context, person, j, match.index, title)));
    },
  },
  {
    id: "crew.role-before",
    produces: ["crew-member"],
    // Also the attribution after a quote: "“…,” showrunner A told B."
    kinds: [...PROSE, "quote"],
    // "Director Baek Min Jae said …", "Showrunner Giulia di Santoro voiced …": a capitalized job word the name finder set aside.
    pattern: compilePattern("{name:n}"),
    build: (match, context) => {
      const slot = context.slot(match, "n");
      if (slot?.kind !== "N" || !slot.name.roleBefore) return [];
      const job = jobOfNoun(slot.name.roleBefore);
      if (!job) return [];
      // "Director X praised the series": someone's opinion, not a credit.
      if (OPINION.test(context.frame.text)) return [];
      return [crew(context, slot.text, job, match.index, showBeforeEarlierWork(context, match.end))];
    },
  },
  {
    id: "credit.hyphen",
    produces: ["crew-member", "cast-member"],
    // "the Arlo Penn-directed series", "the Han Se-rin-led drama"
    pattern: compilePattern("{name:n}"),
    build: (match, context) => {
      const slot = context.slot(match, "n");
      if (slot?.kind !== "N" || !slot.name.roleAfter) return [];
      const role = slot.name.roleAfter;
      if (/^(?:led|starring|fronted|headlined)$/.test(role)) return [cast(context, slot.text, match.index)];
      const job = jobOfAction(role);
      return job ? [crew(context, slot.text, job, match.index)] : [];
    },
  },
  {
    id: "crew.work-by",
    produces: ["crew-member"],
    // "Direction is shared by A and B", "from scripts by C and D", "the screenplay is by E", "production is in the hands of F"
    pattern: compilePattern("\\b(?<work>direction|directing|scripts?|screenplays?|teleplays?|(?:the\\s+)?writing|series composition|production)\\s+(?:(?:is|are|was|were|will be|has been)\\s+)?(?:(?:shared|handled|split|divided|overseen|led|done|provided)\\s+)?(?:by|in the hands of)\\s+(?<list>{names})"),
    build: (match, context) => {
      const work = match.groups.work!.toLowerCase();
      const before = context.frame.masked.slice(Math.max(0, match.index - 40), match.index);
      // "the film's direction by", "the novel's script by": another work's makers.
      if (/\b(?:film|movie|novel|book|play|webtoon|manga)['’]?s?\s+$/i.test(before)) return [];
      // "production by Studio X": a company's name is no person.
      const job = /direct/.test(work) ? "director" : /produc/.test(work) ? "producer" : "writer";
      const people = expandShared(context.slotsIn(match, "list", "N").filter((slot) => slot.kind === "N" && !slot.name.organization).map((slot) => slot.text));
      return people.map((person) => crew(context, person, job, match.index));
    },
  },
  {
    id: "crew.by",
    produces: ["crew-member"],
    // "created by Elliot Marsh and Ravi Sethi", "Developed by Dara Quill", "written by Seo Yu-na", "developed for television by X"
    pattern: compilePattern("\\b(?<verb>{job_verb})(?:\\s+and\\s+(?<verb2>{job_verb}))?(?:\\s+(?:for|to)\\s+(?:television|TV|the screen|the small screen|streaming))?\\s+by\\s+(?:(?:[\\p{Ll}-]+\\s+){1,4}(?=\u27E6N)|(?:its|the|the series['’]?|the show['’]s)\\s+(?<role>creator|showrunner|director|writer|producer)\\s*,\\s+)?(?<list>{names})"),
    build: (match, context) => {
      const before = context.frame.masked.slice(Math.max(0, match.index - 50), match.index);
      // "a novel written by", "the webtoon created by": the source's author.
      if (/\b(?:novels?|books?|webtoons?|manga|comics?|stor(?:y|ies)|songs?|album|film|movie|the original)\s+(?:\w+\s+)?$/i.test(before)) return [];
      // "written by its creator, Bethan Morgans": the role named before the name is a second job.
      const jobs = [jobOfVerb(match.groups.verb!), match.groups.verb2 ? jobOfVerb(match.groups.verb2) : undefined, match.groups.role ? jobOfNoun(match.groups.role) : undefined].filter((j): j is NonNullable<typeof j> => !!j);
      // "produced by Casa Bruma Producciones": a company is no crew member.
      const listed = context.slotsIn(match, "list", "N");
      // "written by A, and B directs": the name after ", and" is the subject of a clause of its own.
      if (listed.length >= 2 && /,\s+and\s+\u27E6N\d+\u27E7$/.test(match.groups.list!) && CLAUSE_AFTER_NAME.test(context.frame.masked.slice(match.end))) listed.pop();
      // "executive produced by A, director B, who directed the pilot, and C": the list goes on past a job word and an aside.
      let rest = match.end;
      for (let guard = 0; guard < 8; guard++) {
        const more = context.frame.masked.slice(rest).match(LIST_GOES_ON);
        const slot = more ? context.frame.slots[Number(more[1])] : undefined;
        if (!more || slot?.kind !== "N" || slot.name.possessive) break;
        // "written by A, and B directs": a name that starts a clause of its own ends the list; so does "and B in his first
        // lead role", "and B as Joe", "and B stars": an actor after the credits.
        const afterName = context.frame.masked.slice(rest + more[0].length);
        if (CLAUSE_AFTER_NAME.test(afterName) || /^\s+(?:in\s+(?:his|her|their)\b|as\b|stars?\b|starring\b)/i.test(afterName)) break;
        listed.push(slot);
        rest += more[0].length;
      }
      const people = expandShared(listed.filter((s) => s.kind === "N" && !s.name.organization).map((s) => s.text));
      return people.flatMap((person) => [...new Set(jobs)].map((job) => crew(context, person, job, match.index)));
    },
  },
  {
    id: "crew.verb",
    produces: ["crew-member"],
    // "Penn created the series", "Pyo Bo-ram … co-wrote the series with Yoon Tae-rim", "Seo Yu-na wrote every episode", "Greta Brook … directs episodes 1-2"
    pattern: compilePattern("(?<list>{names})(?:\\s*\\([^)]{0,80}\\))?(?:\\s*,\\s+(?:who|whose)\\s[^,;]{0,160}?,|\\s*,(?:[^,;\u27E6]|\u27E6[TPDSR]\\d+\u27E7){0,160}?,)?(?:,?\\s+who\\s+(?:has\\s+|have\\s+|had\\s+|also\\s+)?|\\s+)(?:also\\s+|has\\s+|had\\s+|will\\s+|both\\s+|once again\\s+|again\\s+|(?:is|are|was|were)\\s+(?:also\\s+|once again\\s+|again\\s+|now\\s+)?)?(?<verb>co-created|created|co-wrote|co-writing|wrote|writes|write|writing|written|directed|directs|directing|direct|helmed|helms|helming|penned|pens|penning|developed|executive[- ]produces|executive[- ]produced|executive[- ]produce|executive[- ]producing|showran|showruns|produced|produces|producing|scripted)(?:\\s+|(?=[.;]))(?:and\\s+(?<verb2>executive[- ]produces|executive[- ]produced|directed|wrote|directs)(?:\\s+|(?=[.;])))?(?:(?:the|this|its|all|both|every)\\s+(?:[\\w-]+\\s+){0,3}?(?:series|show|drama|season|sequel|episodes?|pilot|finale|script|scripts|screenplay|remake|adaptation|take|version|reboot|revival|installment|instalment|part|chapter)|it\\b|every episode|all (?:\\w+\\s+)?episodes|episodes?\\s+(?:\\d|one|two|three|four|five)|(?:the\\s+)?(?:first|last|final|remaining|opening|closing)\\s+(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b|(?:(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|several|half|most|some)\\s+(?:of\\s+(?:the\\s+)?(?:its\\s+|\\u27E6S\\d+\\u27E7['’]s\\s+)?)?(?:[\\w'’-]+\\s+){0,2}?episodes(?!\\s+(?:of|on|for|in)\\s+(?:\u27E6[TN]|(?-i:[\\p{Lu}])))|(?<t>\u27E6T\\d+\u27E7)|\u27E6S\\d+\u27E7|\u27E6R\\d+\u27E7|alongside|with\\s+\u27E6N|in collaboration with|for\\s+(?=\u27E6N|(?:(?-i:[\\p{Lu}])[\\p{L}&.-]*\\s+){1,3}(?:Pictures|Productions?|Producciones|Studios?|Films|Entertainment|Media|Television|TV)\\b)|(?=\\s*[.;]))"),
    build: (match, context) => {
      const verbJob = (verb: string) => jobOfAction(verb);
      const jobs = [verbJob(match.groups.verb!), match.groups.verb2 ? verbJob(match.groups.verb2) : undefined].filter((j): j is NonNullable<typeof j> => !!j);
      const title = titleSlot(context, match, "t") ?? workNamedAfter(context, match.end);
      let people = context.slotsIn(match, "list", "N").filter((s) => s.kind === "N" && !s.name.possessive).map((s) => s.text);
      // "It is written by A, and B directs": only the name after ", and" does what the verb says.
      if (people.length >= 2 && /\bby\s+$/.test(context.frame.masked.slice(Math.max(0, match.index - 5), match.index)) && /,\s+and\s+\u27E6N\d+\u27E7$/.test(match.groups.list!)) people = people.slice(-1);
      const drafts = expandShared(people).flatMap((person) => jobs.map((job) => crew(context, person, job, match.index, title)));
      // "… created the show and executive produces alongside …": a second job for the same people.
      const second = context.frame.masked.slice(match.end).match(new RegExp(`^\\s*(?:,\\s*)?and\\s+(?:also\\s+)?(?:(executive[- ]produces|executive[- ]produced|directs|directed|writes|wrote|produces|produced|co-wrote)|serves as (?:the\\s+|an?\\s+|its\\s+)?(${JOB_NOUN}))\\b`, "i"));
      if (second) {
        const job = second[1] ? verbJob(second[1]) : jobOfNoun(second[2]!);
        if (job) for (const person of expandShared(people)) drafts.push(crew(context, person, job, match.index, title));
        const rest = match.end + second[0].length;
        const partners = context.frame.masked.slice(rest).match(/^\s*(?:(?:it|them|the (?:series|show|drama|script|scripts|season)|every episode|all (?:\w+\s+)?episodes)\s+)?(?:alongside|with)\s+/);
        if (partners && job) {
          for (const slot of namesAfter(context, rest + partners[0].length, PARTNERS_END)) {
            if (slot.kind !== "N") continue;
            if (!hasOwnJob(context, slot, job)) drafts.push(crew(context, slot.text, job, match.index, title));
          }
        }
      }
      // "A directed five episodes and B the remaining three": the verb is left out for the second name.
      const gapped = context.frame.masked.slice(match.end).match(/^[^.;⟦]{0,30}?,?\s+and\s+\u27E6N(\d+)\u27E7\s+(?:the\s+(?:remaining|other|rest|last|final)\b|the\s+(?:first|second|third|fourth)\s+\w+\b|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:others?|more|episodes)\b)/u);
      if (gapped) {
        const slot = context.frame.slots[Number(gapped[1])];
        if (slot?.kind === "N" && !slot.name.possessive) for (const job of jobs) drafts.push(crew(context, slot.text, job, match.index, title));
      }
      // "… co-wrote the series with Yoon Tae-rim", "executive produces alongside Brook, showrunners …, and her business partner Ravi Sethi"
      const tail = context.frame.masked.slice(match.end - (/\u27E6N$/.test(match.text) ? 2 : 0));
      // (Partners after a second verb share that verb's job, read above: "created the series and wrote it with B".)
      const partner = second ? /^\s*(?:alongside|with|in collaboration with|together with)\s/ : /^\s*(?:[^.;]{0,40}?\s)?(?:alongside|with|in collaboration with|together with)\s/;
      if (/\b(?:alongside|with)\s*$|\u27E6N$|collaboration with$/.test(match.text.slice(-25)) || partner.test(tail)) {
        const start = match.end + (tail.match(partner)?.[0].length ?? 0) - (/\u27E6N$/.test(match.text) ? 2 : 0);
        for (const slot of namesAfter(context, start, PARTNERS_END)) {
          if (slot.kind !== "N") continue;
          for (const job of jobs) if (!hasOwnJob(context, slot, job)) drafts.push(crew(context, slot.text, job, match.index, title));
        }
      }
      return drafts;
    },
  },
  {
    id: "crew.appositive",
    produces: ["crew-member"],
    // "Elliot Marsh, the series' creator and showrunner", "Dara Quill, creator and Executive Producer of Harbour Lights", "Seo Yu Na, who wrote season 1"
    pattern: compilePattern("{name:n},\\s+(?:(?:the|its|this)\\s+)?(?:(?:series|show|drama|film)['’]?s?\\s+)?(?:original\\s+|head\\s+|lead\\s+|longtime\\s+|co-)?(?<job>{job_noun})(?:\\s+and\\s+(?<job2>{job_noun}))?(?:\\s+(?:of|for|on|behind)\\s+(?:the\\s+(?:series|show|drama)|(?<t>\u27E6T\\d+\u27E7)))?|{name:w},\\s+who\\s+(?:also\\s+)?(?<verb>wrote|directed|created|penned|helmed|scripted|co-wrote|co-created)\\s+(?:\u27E6S\\d+\u27E7|the (?:first|original|previous) season|(?:its|the) (?:first|original|previous) (?:season|series|run)|the series|the show|(?:its|the) (?:script|scripts|screenplay|episodes)|every episode|all (?:\\w+\\s+)?episodes|(?<t2>\u27E6T\\d+\u27E7))"),
    build: (match, context) => {
      const name = nameOf(context.slot(match, "n") ?? context.slot(match, "w"));
      if (!name) return [];
      const after = context.frame.masked.slice(match.end, match.end + 30);
      // "alongside Brook, showrunners A and B": the job word belongs to the names after it.
      if (match.groups.job && /^\s*,?\s*\u27E6N/.test(after)) return [];
      // "Seo Yu-na, the writer of Daughters of the Tide": the job is for the work named, not this show.
      const t = titleSlot(context, match, "t") ?? titleSlot(context, match, "t2");
      if (match.groups.job && !t && /^\s+(?:of|behind|for)\s+[“"‘']?\u27E6T/.test(after)) return [];
      if (match.groups.job && /^\s*(?:at|of)\s+(?:\u27E6P|netflix|the (?:streamer|network))/i.test(after)) return [];
      const jobs = match.groups.verb ? [jobOfVerb(match.groups.verb)] : [jobOfNoun(match.groups.job!), match.groups.job2 ? jobOfNoun(match.groups.job2) : undefined];
      return jobs.filter((j): j is NonNullable<typeof j> => !!j).map((job) => crew(context, name, job, match.index, t));
    },
  },
  {
    id: "crew.title-job",
    produces: ["crew-member"],
    // "Iron Line creator Baek Min-jae", "“Night Ledger” writer-director Penn": the job belongs to the title before it.
    pattern: compilePattern("{title:t}[”\"’']?(?:['’]s)?\\s+(?<job>{job_noun})(?:\\s+and\\s+{job_noun})?\\s+{name:n}"),
    build: (match, context) => {
      const job = jobOfNoun(match.groups.job!);
      const name = nameOf(context.slot(match, "n"));
      const title = titleSlot(context, match, "t");
      if (!job || !name || title === undefined) return [];
      return [crew(context, name, job, match.index, title)];
    },
  },
  {
    id: "crew.helm",
    produces: ["crew-member"],
    // "Kang Tae-min, who directed the films …, is at the helm", "with Kim at the helm"
    pattern: compilePattern("{name:n}(?:,[^;]{0,200}?,)?\\s+(?:is|was|will be|are)\\s+(?:back\\s+)?at the helm|{name:n2}\\s+at the helm"),
    build: (match, context) => {
      const name = nameOf(context.slot(match, "n") ?? context.slot(match, "n2"));
      // "at the helm of the agency", "of “Another Show”": someone else's company or show.
      const of = context.frame.masked.slice(match.end).match(/^\s+of\s+(?:the\s+)?([“"‘']?\u27E6T(\d+)\u27E7|[\p{L}-]+)/u);
      if (of) {
        const slot = of[2] !== undefined ? context.frame.slots[Number(of[2])] : undefined;
        if (slot?.kind === "T") return name && slot.title.title === context.article.main ? [crew(context, name, "director", match.index)] : [];
        if (!/^(?:series|show|drama|season|production|project|episodes?|sequel|reboot|revival)$/i.test(of[1]!)) return [];
      }
      return name ? [crew(context, name, "director", match.index)] : [];
    },
  },
  {
    id: "crew.job-subject",
    produces: ["crew-member"],
    // "The series' creators include A and B", "its producer is C", "The executive producers are D, E …"
    pattern: compilePattern("\\b(?:(?:the|its|their)\\s+)?(?:(?:series|show|drama)['’]?s?\\s+)?(?<job>{job_noun})\\s+(?:include|includes|are|is|were|was|will be|remain|remains)\\s+(?:(?:[\\p{Ll}-]+\\s+){1,3}(?=\u27E6N))?(?=\u27E6N)"),
    build: (match, context) => {
      const job = jobOfNoun(match.groups.job!);
      if (!job) return [];
      const before = context.frame.masked.slice(Math.max(0, match.index - 30), match.index);
      if (/\b(?:film|movie|novel|book)['’]?s?\s*$/i.test(before)) return [];
      // "The executive producers are A and B for one company; C for another; and D": the list runs on past semicolons.
      const people = expandShared(namesAfter(context, match.end, /[.!?]|;\s+(?!(?:and\s+)?\u27E6N)|\s[–—-]\s|\bwho\b/).map((s) => s.text));
      return people.map((person) => crew(context, person, job, match.index));
    },
  },
  {
    id: "crew.duty",
    produces: ["crew-member"],
    // "A is back behind the camera", "B is back on writing duties", "C takes the helm", "with D penning the script"
    pattern: compilePattern("(?<inverse>(?:writing|directing|producing|scripting|showrunning)\\s+duties(?:\\s+(?:for|on)\\s+[^.;]{0,40}?)?\\s+(?:fall|falls|fell|go|goes|went|belong|belongs|have gone|has gone)\\s+to\\s+{name:m})|{name:n}(?:\\s*\\([^)]{0,60}\\))?(?:\\s*,[^;]{0,160}?,)?\\s+(?:is\\s+|are\\s+|was\\s+|will be\\s+)?(?:also\\s+|once again\\s+|again\\s+|back\\s+)*(?<duty>behind the camera|on (?:writing|directing|producing|scripting) duties|takes? the helm|took the helm|(?:returns?|returning|is back|back)\\s+to\\s+(?:handle|write|pen|take on)\\s+(?:the\\s+)?(?:series\\s+)?(?:scripts?|screenplays?|series composition|writing)|(?:penning|writing|scripting) (?:the\\s+)?(?:script|scripts|screenplay|episodes)|(?:directing|helming) (?:the\\s+|all\\s+|every\\s+|episodes?)|in charge of (?:the\\s+)?(?:series\\s+)?(?:composition|scripts?|screenplay|writing|direction|directing|music|production))"),
    build: (match, context) => {
      const name = nameOf(context.slot(match, "n") ?? context.slot(match, "m"));
      if (!name) return [];
      const duty = (match.groups.duty ?? match.groups.inverse!).toLowerCase();
      if (/music/.test(duty)) return [];
      const job = /writ|pen|script|composition|screenplay/.test(duty) && !/camera|direct|helm/.test(duty) ? "writer" : /produc/.test(duty) ? "producer" : "director";
      return [crew(context, name, job, match.index)];
    },
  },
  {
    id: "crew.also",
    produces: ["crew-member"],
    // "A, who directed four episodes of Season 2, returns to direct the premiere and will also executive produce",
    // "… with Qazi also credited as creator": a further job of the person the sentence is about.
    pattern: compilePattern("(?:\\band\\s+(?:will\\s+)?also\\s+(?<verb>executive[- ]produce|executive[- ]produces|co-write|write|writes|direct|directs)\\b(?=\\s*[.;,]|\\s+(?:it|the series|the show|the season|alongside|with)\\b)|\\band\\s+(?:will\\s+)?(?<plainVerb>executive[- ]produce|executive[- ]produces)\\b(?=\\s*[.;,]|\\s+(?:it|the series|the show|the season|alongside|with)\\b)|\\band\\s+(?:will\\s+|is\\s+set\\s+to\\s+|is\\s+to\\s+)?(?:also\\s+)?(?:serve|serves|act|acts)\\s+as\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?(?:series['’]?\\s+|show['’]s\\s+|lead\\s+)?(?<serveNoun>{job_noun})\\b|\\bwith\\s+{name:who}\\s+also\\s+(?:credited|serving|listed)\\s+as\\s+(?:(?:the\\s+|a\\s+|an\\s+)?(?:series['’]?\\s+)?)(?<noun>{job_noun}))"),
    build: (match, context) => {
      const verb = match.groups.verb ?? match.groups.plainVerb;
      const noun = match.groups.noun ?? match.groups.serveNoun;
      const job = verb ? jobOfAction(verb.replace(/-/, " ")) : noun ? jobOfNoun(noun) : undefined;
      if (!job) return [];
      // "… also credited as creator of the original comic": a job on the source work.
      if (/^\s+(?:of|for)\s+(?:the\s+)?(?:original\s+)?(?:[\w-]+\s+)?(?:comic|novel|book|webtoon|manga|film|movie|play|podcast|source)/i.test(context.frame.masked.slice(match.end, match.end + 40))) return [];
      // "… and serve as lead directors on “Other Show”": a job on another work.
      const on = context.frame.masked.slice(match.end, match.end + 40).match(/^\s+(?:on|of|for)\s+(?:the\s+)?(?:\u27E6P\d+\u27E7['’]s?\s+)?[“"‘']?\u27E6T(\d+)\u27E7/);
      const onSlot = on ? context.frame.slots[Number(on[1])] : undefined;
      if (onSlot?.kind === "T" && onSlot.title.title !== context.article.main) return [];
      const named = nameOf(context.slot(match, "who"));
      if (named) return [crew(context, named, job, match.index)];
      // The sentence's subject: the name it opens with, a person credited with a job before.
      const first = context.frame.slots[0];
      if (first?.kind !== "N" || slotPosition(context.frame, first) > 3 || first.name.organization || first.name.possessive) return [];
      if (!context.article.people.is(first.text, "crew") && !/\b(?:directed|wrote|created|produced|directs|writes|returns to (?:direct|write)|to (?:direct|write|helm|produce|pen))\b/i.test(context.frame.masked.slice(0, match.index))) return [];
      return [crew(context, first.text, job, match.index)];
    },
  },
  {
    id: "crew.appointed",
    produces: ["crew-member"],
    // "A … has been named showrunner", "B (Other Work) was a co-producer on C season 1", "D serves as executive producer"
    pattern: compilePattern("(?<list>{names})(?:\\s*\\([^)]{0,60}\\))?(?:\\s*,[^;]{0,160}?,[”\"’']?(?:\\s+who(?=\\s))?|\\s*,\\s*who(?:\\s+also)?(?=\\s))?\\s+(?:(?:also|again|now|still|once again)\\s+)?(?:will\\s+(?:also|again|once again|now|still)\\s+(?=(?:be|serve|continue|return|remain|stay|join|take|step)\\b))?(?:has been|have been|was|were|is|are|will be|be|serves|serve|served|will serve|will continue to serve|continue to serve|continues to serve|return|signed on|comes aboard|came aboard|joins|joined|returns|returned|remains|remain|will remain|stays on|stay on|will stay on|takes over|took over|steps in|stepped in|steps up|stepped up)\\s+(?:(?:also|now|once again|again|back|on)\\s+)*(?:named|appointed|tapped|hired|brought on|brought in|set|announced|confirmed|promoted to|elevated to|upped to)?\\s*(?:as\\s+)?(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+)?(?:new\\s+|series['’]?\\s+|show['’]s\\s+|lead\\s+|head\\s+|co-)?(?<job>{job_noun})\\b(?<more>(?:\\s*,\\s*(?:and\\s+)?(?:co-)?{job_noun}|\\s+and\\s+(?:co-)?{job_noun})*)(?:\\s+(?:of|on|for)\\s+(?:(?:the\\s+)?(?:new\\s+)?[“\"‘']?(?<t>\u27E6T\\d+\u27E7)|the (?:series|show|drama)))?"),
    build: (match, context) => {
      const slots = context.slotsIn(match, "list", "N").filter((slot) => slot.kind === "N");
      const names = slots.length > 1 ? expandShared(slots.map((slot) => slot.text)) : [nameOf(slots[0])].filter((n): n is string => !!n);
      const job = jobOfNoun(match.groups.job!);
      if (names.length === 0 || !job) return [];
      // "is also back as writer, director, creator and executive producer"
      const more = [...(match.groups.more ?? "").matchAll(JOB_NOUNS)].map((m) => jobOfNoun(m[0])).filter((j): j is NonNullable<typeof j> => !!j && j !== job);
      const after = context.frame.masked.slice(match.end, match.end + 30);
      if (!match.groups.t && /^\s+(?:on|of|for)\s+(?:[“"‘']?\u27E6T|\w+['’]s)/.test(after)) return [];
      const title = titleSlot(context, match, "t");
      const drafts = names.flatMap((name) => [job, ...more].map((j) => crew(context, name, j, match.index, title)));
      // "… serves as showrunner alongside B", "… and executive produces with C and D": a second job, and partners who share it.
      let rest = match.end;
      let shared: string[] = [job, ...more];
      const second = context.frame.masked.slice(rest).match(/^\s*(?:,\s*)?and\s+(?:also\s+|will\s+(?:also\s+)?)?(executive[- ]produces?|directs|writes|co-writes|produces)\b/i);
      if (second) {
        const secondJob = jobOfAction(second[1]!);
        if (secondJob) {
          shared = [secondJob];
          for (const name of names) drafts.push(crew(context, name, secondJob, match.index, title));
        }
        rest += second[0].length;
      }
      const partners = context.frame.masked.slice(rest).match(/^\s+(?:alongside|with|together with)\s+(?=\u27E6N)/);
      if (partners) {
        for (const slot of namesAfter(context, rest + partners[0].length, /[.;!?]|,\s+(?:who|which|while|but)\b/)) {
          if (slot.kind === "N" && !hasOwnJob(context, slot) && !slot.name.organization) for (const j of shared) drafts.push(crew(context, slot.text, j, match.index, title));
        }
      }
      return drafts;
    },
  },
  {
    id: "crew.with-as",
    produces: ["crew-member"],
    // "made by Tyneside Pictures, with Gemma Forsyth as executive producer", "with Joaquín Ledesma as executive producer alongside Solórzano"
    pattern: compilePattern("\\bwith\\s+(?<list>{names})\\s+(?:(?:returning|serving|back|once again|again|also|on board|aboard|attached|staying on|signed on|coming aboard)\\s+)*as\\s+(?:(?:the|a|an|its|their)\\s+)?(?:series['’]?\\s+|show['’]s\\s+|lead\\s+|head\\s+)?(?<job>{job_noun})\\b(?<more>(?:\\s*,\\s*(?:and\\s+)?{job_noun}|\\s+and\\s+{job_noun})*)"),
    build: (match, context) => {
      const jobs = [match.groups.job!, ...[...(match.groups.more ?? "").matchAll(JOB_NOUNS)].map((m) => m[0])].map((noun) => jobOfNoun(noun)).filter((j): j is NonNullable<typeof j> => !!j);
      const names = expandShared(context.slotsIn(match, "list", "N").filter((slot) => slot.kind === "N" && !slot.name.organization).map((slot) => slot.text));
      const drafts = names.flatMap((name) => jobs.map((job) => crew(context, name, job, match.index)));
      const partners = context.frame.masked.slice(match.end).match(/^\s+(?:alongside|with|together with)\s+(?=\u27E6N)/);
      if (partners) for (const slot of namesAfter(context, match.end + partners[0].length, /[.;!?]|,\s+(?:who|which|while|but)\b/)) if (slot.kind === "N" && !slot.name.organization) for (const job of jobs) drafts.push(crew(context, slot.text, job, match.index));
      return drafts;
    },
  },
  {
    id: "crew.to-direct",
    produces: ["crew-member"],
    // "A and B … came aboard to direct the back half of the first season", "C is set to write"
    pattern: compilePattern("(?<list>{names})(?:\\s*,[^;]{0,160}?,)?\\s+(?:is|are|has|have|was|were)?\\s*(?:been\\s+)?(?:coming aboard|came aboard|coming back|comes back|came back|signed on|set|tapped|hired|brought on|attached|slated|expected|returning|returns|returned|return|back|confirmed|due)\\s+to\\s+(?<verb>direct|write|pen|helm|produce|executive[- ]produce|showrun|co-write|co-direct)\\b(?:\\s+and\\s+(?<verb2>direct|write|pen|helm|produce|executive[- ]produce|co-write|co-direct)\\b)?"),
    build: (match, context) => {
      // "is set to direct a feature film next year": another work.
      if (/^\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)(?:new\s+|upcoming\s+|first\s+|second\s+|next\s+)?(?:feature(?:\s+film)?|film|movie|play|musical|documentary|music video|commercial|short|album)\b/i.test(context.frame.masked.slice(match.end, match.end + 40))) return [];
      const jobs = [match.groups.verb!, match.groups.verb2].flatMap((verb) => (verb ? [jobOfAction(verb)] : [])).filter((j): j is NonNullable<typeof j> => !!j);
      return expandShared(context.slotsIn(match, "list", "N").map((s) => s.text)).flatMap((person) => jobs.map((job) => crew(context, person, job, match.index)));
    },
  },
  {
    id: "crew.inverted",
    produces: ["crew-member"],
    // "Directing the third part is A once again"
    pattern: compilePattern("^(?<verb>Directing|Writing|Penning|Helming|Producing|Executive producing|Scripting)\\b[^.;]{0,120}?\\s+(?:is|are|will be)\\s+(?=\u27E6N)"),
    build: (match, context) => {
      const job = jobOfAction(match.groups.verb!);
      if (!job) return [];
      return namesAfter(context, match.end).map((slot) => crew(context, slot.text, job, match.index));
    },
  },
  {
    id: "crew.infobox",
    produces: ["crew-member", "cast-member"],
    kinds: ["paragraph", "table", "heading", "caption"],
    // An explainer's fact box: "| Director | A |", "Created by: B", "Starring: C, D"
    pattern: compilePattern("(?:^|\\|)\\s*(?<label>Directors?|Directed by|Writers?|Written by|Screenwriters?|Creators?|Created by|Showrunners?|Executive Producers?|Producers?|Starring|Main Cast|Cast)\\s*(?:\\||:)\\s*(?=\u27E6N)"),
    build: (match, context) => {
      const label = match.groups.label!.toLowerCase();
      const names = namesAfter(context, match.end, /\||[.;!?]/);
      if (/starring|cast/.test(label)) return names.map((slot) => cast(context, slot.text, match.index));
      const job = jobOfNoun(label.replace(/ by$/, "").replace(/^directed$/, "director").replace(/^written$/, "writer").replace(/^created$/, "creator"));
      return job ? names.map((slot) => crew(context, slot.text, job, match.index)) : [];
    },
  },
  {
    id: "known-for.works",
    produces: ["known-for"],
    // "is known for her work on A and B", "was recently seen in the series C", "previously directed the dramas D, E and F",
    // "who previously wrote G", "is best known for H", "starred in the movie adaptation of I"
    pattern: compilePattern("(?<subject>\u27E6N\\d+\u27E7|\\b(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he (?:actor|actress|star|director|writer|filmmaker|creator|showrunner)))(?:\\s*,\\s*who)?\\s+(?:is|was|has been|are|were|had|have|also|previously|recently|first|once|most)?\\s*(?:also\\s+|previously\\s+|recently\\s+|best\\s+|most\\s+|first\\s+|widely\\s+)*(?<verb>known for(?: (?:his|her|their) (?:work|roles?|turns?|performances?|parts?) (?:on|in))?|seen in|starred in|appeared in|directed|wrote|penned|created|helmed|worked on)\\s+(?:the\\s+)?(?:(?:[\\w-]+\\s+|\u27E6P\\d+\u27E7\\s+){0,4}?(?:series|dramas?|films?|movies?|shows?|sitcoms?|adaptation of|remake of|version of|k-dramas?|hits?|titles?)\\s+)?(?<works>[“\"‘']?(?:\u27E6[TN]\\d+\u27E7|(?-i:[\\p{Lu}\\p{N}])).*)"),
    build: (match, context) => {
      const frame = context.frame;
      const subjectText = match.groups.subject!;
      let person: string | undefined;
      const slot = /^\u27E6N/.test(subjectText) ? frame.slots[Number(subjectText.slice(2, -1))] : undefined;
      if (slot?.kind === "N") person = slot.text;
      else person = lastPersonBefore(context);
      if (!person) return [];
      const from = match.index + match.text.length - match.groups.works!.length;
      const works = worksListed(context, from);
      const main = context.article.main;
      return works
        .filter((w) => w.title !== main)
        .map((w) => ({ property: "known-for" as const, subject: { kind: "person" as const, name: fullName(person!, context) }, value: { type: "mention" as const, mention: { kind: "title" as const, name: w.name, main: false } }, certainty: "reported" as const, at: match.index }));
    },
  },
  {
    id: "known-for.appositive",
    produces: ["known-for"],
    // "Park Ji-eun, the writer of “A” and “B”", "X, the director behind Y"
    pattern: compilePattern("{name:n},\\s+(?:the\\s+)?(?:acclaimed\\s+|hit\\s+)?(?:{job_noun}|star|actor|actress)\\s+(?:of|behind)\\s+(?:hits?\\s+(?:like\\s+|such as\\s+)?)?(?<works>[“\"‘']?(?:\u27E6[TN]\\d+\u27E7|(?-i:[\\p{Lu}\\p{N}])).*)"),
    build: (match, context) => {
      const name = nameOf(context.slot(match, "n"));
      if (!name) return [];
      const from = match.index + match.text.length - match.groups.works!.length;
      return worksListed(context, from)
        .filter((w) => w.title !== context.article.main)
        .map((w) => ({ property: "known-for" as const, subject: { kind: "person" as const, name: fullName(name, context) }, value: { type: "mention" as const, mention: { kind: "title" as const, name: w.name, main: false } }, certainty: "reported" as const, at: match.index }));
    },
  },
  {
    id: "known-for.title-job",
    produces: ["known-for"],
    // "Daughters of the Tide writer Seo Yu-na", "Moonlit Market star Kim", "Iron Line 2 actor Kang"
    pattern: compilePattern("{title:t}[”\"’']?(?:['’]s)?\\s+(?:star|actor|actress|writer|screenwriter|director|creator|showrunner|writer-director|alum)\\s+{name:n}"),
    build: (match, context) => {
      const slot = context.slot(match, "t");
      const name = nameOf(context.slot(match, "n"));
      if (slot?.kind !== "T" || !name || slot.title.title === context.article.main) return [];
      return [{ property: "known-for", subject: { kind: "person", name }, value: { type: "mention", mention: { kind: "title", name: context.article.titles.entries[slot.title.title]!.name, main: false } }, certainty: "reported", at: match.index }];
    },
  },
  {
    id: "people.non-credit",
    produces: [],
    // "Priya Malhotra, Vice-President of Originals at Netflix India", "author Petra Lund", "Petra Lund's mystery novels": neither cast nor crew.
    pattern: compilePattern("{name:n},\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:{non_credit_noun})\\b|\\b(?:{non_credit_noun})\\s+{name:m}|{name:p}['’]s?\\s+(?:[\\w-]+\\s+){0,4}?(?:novels?|books?|webtoons?|manga|comics?|memoir)\\b|\\b(?:novels?|books?|webtoons?|manga|comics?)\\s+(?:of the same name\\s+)?by\\s+{name:q}"),
    build: (match, context) => {
      const slot = context.slot(match, "n") ?? context.slot(match, "m") ?? context.slot(match, "p") ?? context.slot(match, "q");
      if (slot?.kind !== "N") return [];
      if (/executive producer|producer|showrunner|creator/i.test(match.text)) return [];
      // "A, who plays club manager B": the job is B's part, said of neither as a person.
      if (slot === context.slot(match, "n") && /,\s+(?:\S+\s+)*?(?:who|plays|played|playing|portrays|portrayed|as|stars|starring)\b/i.test(match.text)) return [];
      // "plays club manager B", "as a government minister, B": the job is the part's, and B a character.
      if (slot === context.slot(match, "m") && /\b(?:plays|played|playing|portrays|portrayed|portraying|voices|voiced|as)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(context.frame.masked.slice(Math.max(0, match.index - 60), match.index))) return [];
      context.article.people.note(slot.text, "non-credit");
      return [];
    },
  },
];

/**
 * The flattened cast table: "Role Cast Member Where Else Can You Find Them? <role> <actor> <t1> | <t2> …".
 * Rows are read from the names in order: a role (a name or TBA) then its actor; what follows up to the next
 * row is the actor's other work. Flattening runs the names together, so they are split by name grammar.
 */
function castTable(context: RuleContext): Draft[] {
  const text = context.frame.text;
  const header = text.match(/^(?:role|character)\s+(?:cast member|actor|actress|cast)\b(?:[^?]*\?)?\s*/i);
  if (!header) return [];
  const body = text.slice(header[0].length);
  const names = findKoreanNames(body);
  type Row = { role: string | null; note?: string; actor: FoundName; end: number };
  const rows: Row[] = [];
  let i = 0;
  while (i < names.length) {
    const first = names[i]!;
    const tba = /\bTBA\s*$/i.test(body.slice(0, first.start));
    const young = body.slice(first.end).match(/^\s*\((young|child|teen|younger|adult|old)\)/i);
    const second = names[i + 1];
    const secondFollows = second && body.slice(first.end, second.start).replace(/\((young|child|teen|younger|adult|old)\)/i, "").trim() === "";
    if (tba && !secondFollows) {
      rows.push({ role: null, actor: first, end: first.end });
      i += 1;
    } else if (second && secondFollows) {
      rows.push({ role: first.name, ...(young ? { note: young[1]!.toLowerCase() } : {}), actor: second, end: second.end });
      i += 2;
    } else {
      i += 1;
    }
  }
  const drafts: Draft[] = [];
  rows.forEach((row, index) => {
    const next = rows[index + 1];
    const nextStart = next ? (next.role ? names.filter((n) => n.name === next.role && n.start >= row.end && n.end <= next.actor.start).pop()?.start ?? next.actor.start : body.lastIndexOf("TBA", next.actor.start)) : body.length;
    const worksText = body.slice(row.end, nextStart >= row.end ? nextStart : body.length).replace(/\bTBA\s*$/i, "");
    const qualifiers: Qualifiers = {};
    if (row.role) qualifiers.character = row.role;
    if (row.note) qualifiers.characterNote = row.note;
    drafts.push(cast(context, row.actor.name, 0, qualifiers, context.focus));
    for (const work of worksText.split(/\s*\|\s*/).map((t) => t.trim()).filter((t) => t.length > 1 && /^[\p{Lu}\p{N}]/u.test(t))) {
      drafts.push({ property: "known-for", subject: { kind: "person", name: row.actor.name }, value: { type: "mention", mention: { kind: "title", name: work, main: false } }, certainty: "reported", at: 0 });
    }
  });
  return drafts;
}
