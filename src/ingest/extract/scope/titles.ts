import { knownSurname, readsAsGivenName } from "../../../names/korean-name.ts";
import { escapeRegExp } from "../vocab/alternation.ts";
import { countryCode } from "../vocab/countries.ts";
import { platformBySpelling } from "../vocab/platforms.ts";
import { commonGivenNames, notNameWords, readsAsChineseName } from "../vocab/words.ts";
import { checkTimeBudget } from "../engine/budget.ts";
import { findParts, findSeasons } from "../mentions/seasons.ts";
import { endsOnAbbreviation } from "../sentences.ts";

/**
 * The shows an article names: candidates from where titles stand (quotes, "X Season 2",
 * "the Netflix series X", "Platform's X", "X (2020)", list entries, headings), each with the
 * evidence for it, then every place the text mentions one. The main show is the candidate the
 * headline and the body stand behind most.
 */

export interface TitleEntry {
  name: string;
  /** Other spellings the article uses ("Undertow 2" for season 2 is kept in seasonSpellings). */
  spellings: Set<string>;
  /** "Undertow 2" → 2: a numbered sequel names the show's season. */
  seasonSpellings: Map<string, number>;
  /** Evidence points: where and how the article names it. */
  score: number;
  /** Title-position evidence (not just a quote or a capitalized run). */
  structural: boolean;
  /** Where it first appears in the article text. */
  firstAt: number;
}

export interface TitleMention {
  start: number;
  end: number;
  text: string;
  title: number;
  /** A season the spelling itself names ("Undertow 2", "Mira's Kitchen Season 2" is read by the season finder instead). */
  season: number | null;
}

/** A word that can stand in a title: capitalized or a number, with inner apostrophes, colons excluded. */
const WORD = "[\\p{Lu}\\p{N}][\\p{L}\\p{M}\\p{N}'’.&!?+#@-]*";
const CONNECTOR = "(?:of|the|a|an|and|in|on|at|to|for|with|from|de|del|la|las|los|el|en|le|les|vs\\.?|&|or|no|da|do|dos|das|des|du|di|della|y|e|et|ve|und|och|og|ja)";
/** A capitalized run with lower-case connectors inside and a subtitle after a colon: "Ember: The Ashfall Saga". */
export const TITLE_RUN = `${WORD}(?:(?:\\s+(?:${CONNECTOR}\\s+){0,3}|:\\s+|\\s+[–-]\\s+(?=[\\p{Lu}]))${WORD})*`;

const genericPhrases =
  /^(?:netflix|top ?10|top ten|global top 10|the top 10|tv|k-?drama|drama|series|season|part|episode|trailer|teaser|cast|plot|release date|premiere date|news|update|updates|breaking|exclusive|review|recap|spoilers?|photos?|video|watch|everything we know|what we know|the latest|report|hollywood|bollywood|splash|culture|entertainment|television|tv shows?|streaming|ratings|viewership ratings|netflix top 10|the series|the show|the drama|korean drama|limited series|non-english tv|english tv|tv \(non-english\)|tv \(english\)|films? \(english\)|films? \(non-english\)|most popular|all time|advertisement|related|comments?|source|credit|photo|image|read more|home|about|contact|privacy policy|terms of use|newsletter|tags|previous post|next post)$/i;

function isPersonLike(name: string): boolean {
  // "Yoon and Han", "Kim & Park": two surnames are two people ("Grace and Frankie", two first names, may be a show).
  const pair = name.match(/^([\p{Lu}][\p{Ll}]+) (?:and|&) ([\p{Lu}][\p{Ll}]+)$/u);
  if (pair && [pair[1]!, pair[2]!].every((t) => knownSurname(t))) return true;
  const tokens = name.split(/\s+/);
  // A double-barrelled surname ("Ferreira-Stone") is one capitalized word of a name.
  // "MacCallum-Reyes", "O'Neill": a surname's prefix may carry a capital of its own.
  if (tokens.length >= 2 && tokens.length <= 4 && tokens.every((t) => /^(?:(?:Mc|Mac|O['’]|D['’])(?=\p{Lu}))?[\p{Lu}][\p{Ll}\p{M}'’]+(?:-(?:(?:Mc|Mac|O['’])(?=\p{Lu}))?[\p{Lu}]?[\p{Ll}\p{M}'’]+)*$/u.test(t))) {
    // A Korean name: a surname, then a given name of two syllables ("Kim Ha-eun", "Kim Ha Eun", "Kim Haeun").
    // "Moon Over Yanxi Pass": an English function word is no given name.
    if (tokens.length <= 3 && knownSurname(tokens[0]!) && readsAsGivenName(tokens.slice(1).join(" ")) && !tokens.slice(1).some((t) => titleStopWords.has(t))) return true;
    if (commonGivenNames.has(tokens[0]!) && tokens.length <= 3) return true;
    if (readsAsChineseName(name)) return true;
  }
  return false;
}

/** Words that cannot make a title on their own: function words, openers, calendar and section words. */
const titleStopWords = new Set(
  "A An The This That These Those It Its He She They We I You His Her Their Our My Your In On At As By For From Of To With Into After Before During Since Until Over Under About And But Or Nor So Yet If When While Where Why How What Who Which Will Would Could Should Can May Might Must Is Are Was Were Be Been Has Have Had Do Does Did Not No Yes All Both Each Every Some Any Many Most More Other Also Even Still Just Only Now Then Here There Meanwhile However Moreover Besides Plus According Despite Following Including Starring Featuring Season Seasons Series Part Episode Episodes Netflix Original TV Television News Entertainment Hollywood Splash Culture Review Exclusive Breaking Update Photo Photos Source Credit Advertisement Related Watch Read Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December Korean South American British Japanese Chinese Spanish Indian Top Week Weekly List Ratings Cast Crew Trailer Teaser Release Date Premiere Plot Spoilers Ending Explained Recap Renewed Cancelled Canceled Lead Leading Supporting Main Former Veteran Fellow Rookie Like Unlike".split(" "),
);

/** Cleans a raw candidate; undefined when it cannot be a show's title. */
/** A weekday, written out or shortened, singular or plural (a broadcast slot's days). */
const WEEKDAY = "(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)s?";

/** "the trailer for season 3 of X on Tuesday": a day after a title the text did not quote. (A month alone stays: "Christmas in July" is a title.) */
const DAY_AFTER_TITLE = new RegExp(`\\s+(?:on|from|since|until|by|this|last|next)\\s+${WEEKDAY}(?:\\s+(?:night|morning|evening|afternoon))?$`);

export function cleanTitle(raw: string, options: { numeric?: boolean; quoted?: boolean } = {}): string | undefined {
  // "Whistler's Cove' Will End With": a run that opened with a quote ends at its closing quote (not a plural's
  // apostrophe); without an opening quote an apostrophe is the word's own ("Keepin' It Real", "Rock 'n' Roll").
  const openedQuoted = /^[“"‘']/.test(raw.trim());
  let name = raw
    .trim()
    .replace(/^[“"‘'«]+|[”"’'»]+$/g, "")
    .replace(openedQuoted ? /(?<=[\p{L}\p{N}!?.])(?<!s)['’”"]\s+\S.*$/u : /(?<=\s\S*[\p{L}\p{N}]{3})(?<!s|in)['’”"]\s+\S.*$/u, "")
    .replace(/\s+\((?:19|20)\d{2}(?:[-–]\d{2,4})?\)$/, "")
    .replace(/:?\s+(?:Season|Series|Part|Vol\.?|Volume)\s+(?:\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b.*$/i, "")
    .replace(/\s+(?:on|at|via|for)\s+(?:Netflix|Disney\+|Hulu|Peacock|Prime Video|Max|HBO Max|Apple TV\+|Paramount\+)$/, "")
    .replace(/[,;:.]+$/, "")
    .replace(/:\s*(?:Limited Series|Season \d+|Part \d+|Volume \d+)$/i, "")
    .replace(/\s+(?:Reboot|Revival|Remake)$/, "")
    // "pushed back X to April": where a date is moved to is no part of the title.
    .replace(/\s+(?:to|until|till)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?$/, "")
    // "X in February 2024", "X on March 3": a date after the title, caught by the run's connector.
    .replace(/\s+(?:in|on|from|since|until|by|through)\s+(?:(?:early|late|mid)[- ])?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|,?\s+\d{4})$/, "")
    .trim();
  if (!options.quoted) name = name.replace(DAY_AFTER_TITLE, "");
  name = name.replace(/^(?:the\s+)?(?:netflix|hbo|disney\+?|apple tv\+?|prime video|hulu|peacock)\s+(?:original\s+)?(?:series|drama|show)\s+/i, "");
  // "at 9 p.m. ET", "8 p.m. KST": a time zone is no show.
  if (/^(?:ET|PT|CT|MT|EST|EDT|PST|PDT|CST|CDT|MST|MDT|KST|JST|BST|GMT|UTC|IST|CET|CEST|AEST|AEDT|HKT|SGT|PHT|WIB)$/.test(name)) return undefined;
  // "What Could Happen in Undertow Season 2?", "Everything to Know About Undertow": a question or a guide's words
  // before the title; the title is what follows the preposition.
  const asked = name.match(/^(?:(?:What|When|Where|Why|How|Who|Everything|All|Things)\s+)?(?:(?:Could|Would|Will|Should|Can|May|Might|Is|Are|Does|Do|We|You|To|Need|Needs)\s+)*(?:Happen|Happens|Expect|Know|See|Watch|Learn|Remember)\s+(?:(?:From|About|Of)\s+)?(?:in|on|from|about|of|for|to)\s+(.+)$/iu);
  if (asked && /^[\p{Lu}\p{N}]/u.test(asked[1]!)) name = asked[1]!;
  // "Emmy Award-winning", "Peabody-nominated": a compound adjective, not a name.
  if (/-(?:winning|nominated|acclaimed|based|led|starring|produced|directed|written|created|inspired)$/i.test(name)) return undefined;
  // A person's possessive before a title is the person's, not the title's: "Ravi Anand Sethi's Sitaragarh".
  const owner = name.match(/^((?:[\p{Lu}][\p{L}.-]*\s+){1,3}[\p{Lu}][\p{L}-]*)['’]s?\s+(?=[\p{Lu}\p{N}])/u);
  if (owner && !/^(?:The|A|An)\s/.test(owner[1]!) && !isPersonLike(name.slice(owner[0].length))) name = name.slice(owner[0].length);
  // A platform's possessive before a title: "Netflix's Global Top 10" is a chart, "Netflix's Wednesday" the show.
  const platformOwner = name.match(/^([\p{Lu}][\p{L}+]*(?:\s[\p{Lu}][\p{L}+]*)?)['’]s?\s+/u);
  if (platformOwner && platformBySpelling(platformOwner[1]!)) name = name.slice(platformOwner[0].length);
  // A label before a colon ("WATCH: X", "Image: X", "UK: X", "EXCLUSIVE: X") is not part of the title.
  const label = name.match(/^([^:\s]+):\s+(.+)$/);
  // "Q: Speaking of Luz …", "A: We start in February": an interview's question or answer, not a title.
  if (label && /^(?:Q|A)$/.test(label[1]!)) return undefined;
  if (label && (/^\p{Lu}{2,}$/u.test(label[1]!) || notNameWords.has(label[1]!) || countryCode(label[1]!) || platformBySpelling(label[1]!) || /^(?:Image|Photo|Video|Pictured|Credit|Review|Recap|Trailer|Watch|Exclusive|Update|Report|Interview|Explainer|Opinion|Analysis|Ratings|Listen|Read)$/i.test(label[1]!))) name = label[2]!;
  if (!name || name.length < 2 || name.length > 90) return undefined;
  if (!/^[\p{Lu}\p{N}“"']/u.test(name)) return undefined;
  if (name.split(/\s+/).length > 12) return undefined;
  if (genericPhrases.test(name)) return undefined;
  if (/^(?:season|part|episode|ep\.?|chapter|vol\.?)\s*\d/i.test(name)) return undefined;
  // "No. 1", "#3": a place on a chart. "Friday-Saturday", "Mon-Tue": a broadcast slot.
  if (/^(?:No\.?|Number|#)\s*\d+$/i.test(name)) return undefined;
  // "Aug. 4-10", "7-3": a range of days or a score, not a title.
  if (/^\d{1,4}\s*[-–/]\s*\d{1,4}$/.test(name)) return undefined;
  // "Yukon-set", "Seoul-based": a place made an adjective.
  if (/^[\p{Lu}][\p{L}]+-(?:set|based|born|made|language|speaking|led|run|owned|produced|inspired|themed)$/u.test(name)) return undefined;
  // Ratings companies and chart trackers, and a weekday's programming slot ("Sunday Theater", "Friday Night Drama").
  if (/^(?:Rotten Tomatoes|Metacritic|IMDb|MyDramaList|Letterboxd|Douban|(?:AGB\s+)?Nielsen(?: Korea| Media Research| Company)?|TNmS|Kantar(?: Media)?|OzTAM|Numeris|Médiamétrie|Mediametrie|Auditel|GfK|Luminate|FlixPatrol|Reelgood|JustWatch|Samba TV|Parrot Analytics|Ampere Analysis|BARB|Video Research|TİAK|TIAK|Good Data Corporation|Tudum)$/i.test(name)) return undefined;
  if (new RegExp(`^${WEEKDAY}(?:\\s+(?:Night|Late|Prime|Primetime|Evening))?\\s+(?:Theater|Theatre|Drama|Dramas|Special|Showcase|Cinema|Movie|Mystery|Series|Slot|Block|Night|Nights)$`, "i").test(name)) return undefined;
  if (new RegExp(`^${WEEKDAY}\\s*[-–/&]\\s*${WEEKDAY}$`, "i").test(name)) return undefined;
  if (platformBySpelling(name) || countryCode(name)) return undefined;
  if (name.split(/\s+/).every((w) => titleStopWords.has(w.replace(/['’]s$/, "")) || /^\d+$/.test(w))) {
    if (!(options.numeric && /^\d{1,4}$/.test(name)) && !options.quoted) return undefined;
  }
  if (!options.numeric && (/^(?:19|20)\d{2}$/.test(name) || /^\d+(?:\.\d+)?%?$/.test(name))) return undefined;
  if (/^\d+(?:\.\d+)?\s*(?:million|billion|%|percent)/i.test(name)) return undefined;
  // A sentence boundary inside ("Grant. In"), a number then a lower-case word ("1 on Prime Video"), a participle opening a clause ("Talking to …").
  // "Beauty and Mr. Romantic": a title's abbreviation is no sentence boundary.
  if (/(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Vol|vs))[.!?]\s+\p{Lu}/u.test(name) && !options.quoted) return undefined;
  if (/^\d+\s+\p{Ll}/u.test(name)) return undefined;
  // An age is no title: "The 31-year-old".
  if (/\d+-year-old/i.test(name)) return undefined;
  // A date is no title: "April 8-14", "Jan. 16".
  if (/^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/.test(name)) return undefined;
  // A heading in capitals ("X TO RETURN WITH SEASON 2") is a sentence; a lone surname ("Kim") a person.
  if (!options.quoted && /\s/.test(name) && !/\p{Ll}/u.test(name) && name.split(/\s+/).length >= 3) return undefined;
  if (!options.quoted && !/\s/.test(name) && knownSurname(name)) return undefined;
  // A possessive at the end belongs to the word after it: "Ravi Anand Sethi's".
  if (/['’]s?$/.test(name) && !options.quoted) return undefined;
  if (genericPhrases.test(name)) return undefined;
  // "Filming for Iron Line", "Talking to Screen Ledger": a participle and a preposition open a clause, not a title.
  const clause = name.match(/^\p{Lu}\p{Ll}+ing\s+(?:to|about|with|at|on|in|for|from|into|of)\s+/u);
  if (clause && !options.quoted) {
    name = name.slice(clause[0].length);
    if (!/^[\p{Lu}\p{N}]/u.test(name)) return undefined;
  }
  if (!options.numeric && name.length <= 2 && !/\d/.test(name)) return undefined;
  return name;
}

interface Candidate {
  name: string;
  weight: number;
  structural: boolean;
  at: number;
  /** Only quoted: a single quoted word ("Fresh") needs the article to repeat it before it counts as a title. */
  quoted?: boolean;
}

export interface TitleSource {
  headline: string | null;
  text: string;
  paragraphs: { kind: string; text: string; start: number }[];
}

/** Words that describe a show in running text, written in lower case ("the Netflix series X"); "Show" or "Series" capitalized is a name. */
const DESCRIPTOR =
  "(?:series|drama|show|sitcom|thriller|comedy|dramedy|procedural|anime|miniseries|mini-series|limited series|docuseries|documentary series|K-drama|Kdrama|soap opera|telenovela|teleserye|romance|romcom|rom-com|melodrama|cartoon|spinoff|spin-off|prequel|sequel|original|original series|reality series|competition series|game show|programme|program|saga|epic|fantasy|mystery|horror|noir|action thriller|crime drama|crime thriller|period drama|legal drama|medical drama|revenge drama|title)";
const NUMBER_LABEL = "(?:\\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten))";
/** Verbs a show does and a person does not (a person "returns as", "stars", "leads"). */
const SHOW_VERB =
  "(?i:premieres?|premiered|debuts?|debuted|returns?(?! as\\b| to (?:play|direct|write|helm|produce|pen|voice|host|lead|star)\\b| to (?:the|her|his|their) roles?)|returned(?! as\\b| to (?:play|direct|write|helm|produce|pen|voice|host|lead|star)\\b)|streams?|airs?|aired|arrives?|drops?|lands?|is (?:set to (?:premiere|return|stream|air|debut)|slated|scheduled|renewed|cancell?ed|coming|returning(?! to (?:direct|write|helm|produce|pen|voice|host|lead|star|play)\\b)|streaming|airing)|was (?:renewed|cancell?ed|released)|has (?:been )?(?:renewed|cancell?ed)|will (?:stream|air|premiere|debut|arrive|be released|release)|follows|centers|centres|revolves|tops|topped|racked|clocked|ranked|entered|logged|rolls|(?:led|leads|headed|heads)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:[Ll]ist|[Cc]hart|[Rr]anking|[Tt]op\\s*10|[Tt]able)|(?:slipped|slips|fell|falls|dropped|climbed|climbs|rose|rises|jumped|jumps|moved (?:up|down)|held|holds|stayed|remained|sits|sat|placed|finished|came in|claimed|grabbed|secured)\\s+(?:(?:to|at|in|on|into)\\s+)?(?:the\\s+)?(?:No\\.\\s*\\d|number\\s+\\d|#\\d|top (?:spot|place)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))\\s+(?:place|spot|position)))";

/** Finds candidates with their evidence, over the headline and the body. */
// Candidate patterns, compiled once: matchAll clones a global pattern, so sharing them is safe.
const CONNECTOR_WORD = new RegExp(`^${CONNECTOR}$`, "i");
const TITLE_THEN_SEASON = new RegExp(`(${TITLE_RUN})(?::|\\s*[–-])?\\s+(?:(?i:season|series|part)|S)\\s*${NUMBER_LABEL}\\b`, "gu");
/** A kind of show right after a capitalized run: the run describes it ("Nevada crime drama", "Sunday night series"). */
const DESCRIPTOR_NEXT = /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:drama|series|show|thriller|comedy|sitcom|anime|miniseries|docuseries|procedural|mystery|saga|romance|western|noir|soap)\b/u;
const STARS_IN_TITLE = new RegExp(`\\b(?:star|stars|starring|starred|co-star|co-stars|be seen|a role|the lead)\\s+in\\s+(?:the\\s+)?(?:(?:new|upcoming|hit|latest|forthcoming)\\s+)?[“"‘']?(${TITLE_RUN})(?=[”"’']?\\s*[,.;](?!\\s*where\\b)|[”"’']?\\s+(?:which|that|opposite|alongside|as|next|this|later)\\b)`, "gu");
const TITLE_THEN_KIND = new RegExp(`(${TITLE_RUN})\\s+(?:TV\\s+)?(?:Anime|Live-Action Series|Live-Action Drama)\\b`, "gu");
const SEASON_OF_TITLE = new RegExp(`(?i:(?:season|series|part)\\s+(?:\\d{1,2}|one|two|three|four|five)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|new|latest|next|last)(?:\\s+(?:two|three|four|five|six))?\\s+(?:seasons?|series|installments?|instalments?|parts?|runs?|chapters?))\\s+of\\s+[“"‘']?(${TITLE_RUN})`, "gu");
const DESCRIBED_TITLE = new RegExp(`(?:^|[\\s(])(?:[\\p{L}+-]+\\s+){0,3}?${DESCRIPTOR}s?\\s+(?:(?i:series|drama)\\s+)?[“"‘']?(${TITLE_RUN})`, "gu");
const POSSESSIVE_TITLE = new RegExp(`(?<![\\p{L}])([\\p{Lu}][\\p{L}\\p{N}+]*(?:\\s[\\p{Lu}][\\p{L}\\p{N}+]*)?)['’]s?\\s+(?:(?i:new|latest|upcoming|hit|original|acclaimed|popular|beloved|smash|flagship|first|new original)\\s+)*[“"‘']?(${TITLE_RUN})`, "gu");
const TITLE_THEN_PARENTHESIS = new RegExp(`(${TITLE_RUN})\\s+\\((?:(?:19|20)\\d{2}(?:[-–]\\d{2,4})?|\\d+(?:\\.\\d+)?\\s*(?:million|billion|M\\b)[^)]*)\\)`, "gu");
const ENTRY_WITH_PLATFORM = new RegExp(`^[“"‘']?(${TITLE_RUN})[”"’']?\\s*\\(([^)]{2,30})\\)\\s*$`, "u");
// The run must end the entry or meet its details ("1. X (Y) — Fuji TV", "3. X – Hulu", "1. X: Limited Series"):
// "2. We've got a release window" is a listicle's heading, not an entry.
const NUMBERED_ENTRY = new RegExp(`^(?:\\d{1,2}[.)]\\s+)[“"‘']?(${TITLE_RUN})(?=[”"’']?\\s*(?:$|[–—:(|,]|-\\s))`, "u");
const BARE_TITLE_SENTENCE = new RegExp(`^[“"‘']?(${TITLE_RUN})[”"’']?(?:\\s+(?i:season|series|part)\\s+(?:\\d{1,2}|one|two|three|four|five))?\\.\\s+(?=[\\p{Lu}])`, "u");
const DASHED_ENTRY = new RegExp(`^[“"‘']?(${TITLE_RUN})[”"’']?(?:\\s+(?i:season|series|part)\\s+\\w+)?(?:\\s+Reboot)?\\s+[–—-]\\s+`, "u");
// "X (燕西关上月), the Youku costume drama": the original title, a translation or a year may stand in brackets between.
const TITLE_THEN_DESCRIPTION = new RegExp(`(?:^|[.!?]\\s+)(?:[\\p{L}]+,\\s+)?[“"‘']?(${TITLE_RUN})[”"’']?(?:\\s+\\((?:(?:19|20)\\d{2}|[^()]{1,40})\\))?(?:,?\\s+(?:is|was)\\s+|,\\s*)(?:(?i:the|a|an|another)\\s+(?:(?!(?:said|says|told|added|explained|noted|revealed)\\b)[\\p{L}'’-]+\\s+){0,6}?${DESCRIPTOR}s?\\b|(?i:which|that)\\s+(?:will\\s+|is\\s+|was\\s+)?(?i:stream|air|premiere|debut|arrive|drop|launch|follow|star|center|centre|tell)s?\\b)`, "gu");
const TITLE_BEFORE_MAKER = new RegExp(`(${TITLE_RUN})\\s+(?:writer|screenwriter|director|creator|showrunner|star|actor|actress|PD|writer-director)\\s+(?=[\\p{Lu}])`, "gu");
const TITLE_BEFORE_CAST = new RegExp(`(${TITLE_RUN}),\\s+(?i:starring|led by|fronted by|headlined by|co-starring)\\s`, "gu");
const TITLE_THEN_SHOW_VERB = new RegExp(`(?:^(?:[-•*]\\s+)?|[.!?,;]\\s+|\\s(?:and|while|but|then|came|is|that)\\s+)(${TITLE_RUN})\\s+(?:${SHOW_VERB})\\b`, "gu");
const TITLE_STARS_OR_DRAWS = new RegExp(`(?:^|[.!?,;]\\s+)(?:[\\p{L}\\p{N}+]+['’]s\\s+)?(${TITLE_RUN})\\s+(?:(?:stars|starred|features|featured)\\s+(?=[\\p{Lu}])(?!As\\b|In\\b)|(?:drew|pulled in|scored|recorded|posted|racked up|earned|logged|attracted|averaged)\\s+(?:(?:a|an|about|over|nearly|around|more than)\\s+)?\\d|(?:was|were|is|held|stayed|remained|sat|stood)\\s+(?:steady|flat|stable|level|unchanged|firm|down|up)\\s+(?:at|with|on)\\s+\\d|(?:fell|dropped|slipped|rose|climbed|grew|dipped|jumped|slid|sank|declined|improved|ticked (?:up|down))\\s+(?:(?:to|by)\\s+)?(?:(?:about|nearly|around|over|just over|just under)\\s+)?\\d)`, "gu");
/** "last week's No. 1, Razorback, fell to fourth": a show named in apposition to its place on a chart. */
const PLACE_THEN_TITLE = new RegExp(`\\b(?i:(?:last|the previous|the prior)\\s+(?:week|month|weekend)['’]s\\s+(?:No\\.\\s*\\d{1,2}|number\\s+(?:one|two|three)|leader|champion|chart-topper|top (?:show|title|series))|the\\s+(?:former|previous|reigning)\\s+(?:No\\.\\s*1|number one|leader|champion|chart-topper)),\\s+[“"‘']?(${TITLE_RUN})[”"’']?,`, "gu");
/** "knocked last week's leader X down to No. 2", "overtook X": a show a chart's newcomer displaced. */
const DISPLACED_TITLE = new RegExp(`\\b(?i:knocked|knocking|knocks|dethroned|dethroning|dethrones|unseated|unseating|unseats|overtook|overtaking|overtakes|toppled|toppling|topples|displaced|displacing|displaces|ousted|ousting|ousts|bumped|bumping|bumps|pushed|pushing|pushes|edged out|edging out|edges out|outpaced|outpacing|outpaces)\\s+(?:(?i:last|the|previous|prior)\\s+(?i:week|month|weekend)['’]s\\s+(?i:leader|champion|champ|chart-topper|No\\.\\s*1|number one|top show|top title)\\s+|(?i:the\\s+)?(?i:former|previous|reigning|longtime|long-running)\\s+(?i:leader|champion|champ|chart-topper|No\\.\\s*1|number one)\\s+)?[“"‘']?(${TITLE_RUN})(?=[”"’']?\\s+(?:down|from|off|out|to|into)\\b)`, "gu");
/** "has renewed X for a second season", "cancelled X after two seasons", "picked up X for season 3": the object of a renewal is a show. */
const RENEWED_TITLE = new RegExp(`\\b(?i:renew(?:s|ed)?|cancel(?:s|led|ed)?|ax(?:es|ed)|picked up|picks up|greenlit|greenlights|brings back|brought back|revives|revived)\\s+(?:the\\s+)?[“"‘']?(${TITLE_RUN})(?=[”"’']?\\s+(?:for\\s+(?:a|an|another|its|their|season|series|part|\\d|one|two|three|four|five)\\b|after\\s+(?:one|two|three|four|five|six|a|its|just|only|\\d)\\b|through\\s+season\\b))`, "gu");
/** "Undercurrent renewed for season 2", "X cancelled after one season": a headline's bare participle (lower case: in a title-case heading the verb is part of the run). */
const TITLE_RENEWED = new RegExp(`(?:^|[.!?,;:|]\\s+)(${TITLE_RUN})\\s+(?:renewed|cancell?ed|axed|picked up)\\s+(?:for|after|at|by)\\b`, "gu");
/** "Cold Meridian (Netflix) premieres January 8", "Cold Meridian (Netflix, January 8):": a title with its platform in parentheses. */
const TITLE_THEN_PLATFORM = new RegExp(`(${TITLE_RUN})\\s+\\(([^()\\n]{2,40})\\)`, "gu");
/** "set March 5 as the premiere date for Cinders", "the release date of X": the show a date is for. */
const DATE_FOR_TITLE = new RegExp(`\\b(?i:premiere|release|launch|debut|return|air)\\s+date\\s+(?:for|of)\\s+[“"‘']?(${TITLE_RUN})`, "gu");
const TITLE_WHICH_DREW = new RegExp(`(${TITLE_RUN}),\\s+(?i:which|that)\\s+(?:(?i:has|had|was|is)\\s+)?(?i:drew|drawn|clocked|racked|pulled|logged|earned|collected|debuted|premiered|arrived|landed|entered|topped|led|ranked|placed|finished|aired|streamed|dropped)\\b`, "gu");
/** "shows such as", "recent releases including", "originals, among them": examples of shows follow. */
const EXAMPLES_OF_SHOWS = /\b(?:releases|originals|titles|shows|series|dramas|k-dramas|hits|programs|programmes|offerings|productions|sitcoms|anime)\s*,?\s+(?:such as|including|among them|like|namely)\s+/giu;
const EXAMPLE_TITLE = new RegExp(`^[“"‘']?(${TITLE_RUN})[”"’']?`, "u");
const EXAMPLE_SEPARATOR = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:(?:the\s+)?(?:first|second|third|fourth|fifth|new|latest|final)\s+(?:season|series|part)\s+of\s+)?/iu;
const CHART_ROW = new RegExp(`^(${TITLE_RUN})\\s+\\d{1,3}\\s+([\\p{L}][\\p{L}\\p{N} +-]{1,20}?)\\s+\\d{1,2}(?:\\.\\d)?%$`, "u");

function collectCandidates(source: TitleSource): Candidate[] {
  const out: Candidate[] = [];
  /** `named`: the phrase stands where a title stands even if a name is in it ("Conrad Grant's Max Decker, starring …"). */
  const add = (raw: string | undefined, weight: number, structural: boolean, at: number, options: { quoted?: boolean; numeric?: boolean; named?: boolean } = {}) => {
    if (!raw) return;
    // "Starz's Red Canal. She is repped by …": a run that runs past the end of its sentence stops there.
    if (!options.quoted) raw = raw.split(/(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Vol|vs|No|[A-Z]))[.!?][”"’']?\s+(?=[\p{Lu}“"‘'])/u)[0]!;
    const name = cleanTitle(raw, { numeric: options.numeric ?? options.quoted, quoted: options.quoted });
    if (!name) return;
    if (!options.quoted && weight < 3 && (isPersonLike(name) || (!options.named && containsPerson(name)) || /^(?:Starring|Featuring|Writer|Director|Actor|Actress|Showrunner|Creator|Producer|Star)\b/.test(name))) return;
    // "the spy thriller starring Anneliese Corwin, which premiered …": the article writes the name as a person's.
    if (!options.quoted && weight < 3 && starredName(name, source.text)) return;
    out.push({ name, weight, structural, at, ...(options.quoted ? { quoted: true } : {}) });
  };
  // One word opening a sentence ("Filming began") is a title only if the article also capitalizes it mid-sentence.
  const midSentence = new Map<string, boolean>();
  const writtenMidSentence = (name: string): boolean => {
    let written = midSentence.get(name);
    if (written === undefined) {
      written = new RegExp(`(?<=[\\p{L}\\p{N},;:)”"’]\\s)${escapeRegExp(name)}\\b`, "u").test(source.text);
      midSentence.set(name, written);
    }
    return written;
  };
  const headline = source.headline ?? "";
  const blocks: { text: string; at: number; inHeadline: boolean; kind: string }[] = [];
  if (headline && !source.text.startsWith(headline)) blocks.push({ text: headline, at: -1, inHeadline: true, kind: "headline" });
  for (const p of source.paragraphs) blocks.push({ text: p.text, at: p.start, inHeadline: p.kind === "headline" || p.text === headline, kind: p.kind });
  const body = headline && source.text.startsWith(headline) ? source.text.slice(headline.length) : source.text;
  const onceInBody: { phrase: string; at: number }[] = [];

  for (const block of blocks) {
    const { text, at } = block;
    const boost = block.inHeadline ? 2 : 0;
    // Quoted: “Undertow”, 'Night Ledger', "Hey.K", '1931'
    for (const m of text.matchAll(/(?<![\p{L}\p{N}])(?:“([^”\n]{1,90})”|‘([^’\n]{1,90})’(?![\p{L}])|"([^"\n]{1,90})"|'([^'\n]{1,90}?)'(?![\p{L}\p{N}]))/gu)) {
      const inner = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? "").trim();
      const words = inner.replace(/[,.]$/, "").split(/\s+/);
      const capitalized = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
      const connectors = words.filter((w) => CONNECTOR_WORD.test(w)).length;
      if (words.length > 10 || capitalized === 0 || !/^[\p{Lu}\p{N}]/u.test(inner)) continue;
      if (capitalized + connectors < words.length * 0.75) continue;
      if (/[.!?]\s+['"“‘]?\p{Lu}/u.test(inner) && words.length > 3) continue;
      // A quoted word after "called", "dubbed", "the hashtag": a nickname or a tag, not a show.
      if (/\b(?:called|dubbed|nicknamed|known as|named|the word|the phrase|tagline|hashtag|slogan)\s*$/i.test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
      // "'It's Ten Episodes This Time, and They're Meaner'": a quoted remark, not a title.
      if (/^(?:I|I'm|I’m|I've|I’ve|We|We're|We’re|We've|You|You're|You’re|They|They're|They’re|It's|It’s|He|She|There's|There’s|Here's|Here’s|Let's|Let’s|Don't|Don’t)\s/u.test(inner)) continue;
      // "performs the opening theme song, “Mirage Stamp”": a song, not a show.
      if (/\b(?:song|songs|single|track|theme|anthem|OST|soundtrack|album|ballad|opening|ending|tune|performs|sings|sang|titled)\s*,?\s*$/i.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      // "Inspector Raghuvir “Raghu” Sinha": a nickname inside a name.
      if (/[\p{Lu}][\p{Ll}]+\s+$/u.test(text.slice(Math.max(0, m.index! - 20), m.index!)) && /^\s+[\p{Lu}][\p{Ll}]+/u.test(text.slice(m.index! + m[0].length)) && inner.split(/\s+/).length === 1) continue;
      // "the site's “Certified Fresh” badge", "a 'Critics Pick' label": a quoted mark of a site or award, not a show.
      if (/^\s*(?:badge|seal|stamp|label|designation|certification|status|tag|award|honou?r|distinction|rating|score|banner|category|segment|slot|block|(?:live\s+|fan\s+|stage\s+|special\s+)?(?:event|festival|panel|showcase|livestream|concert|fan meeting|convention|expo|screening))\b/i.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 16))) continue;
      add(inner, 2 + boost, true, at + m.index!, { quoted: true });
    }
    // "X Season 2", "X: Season 1", "X Part 2", "X series 6", "X S2"
    for (const m of text.matchAll(TITLE_THEN_SEASON)) {
      // "… in 2023. Season one is …": a full stop ends the run; it is no title.
      if (/[^A-Z]\.$/.test(m[1]!) && !/\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Vol)\.$/.test(m[1]!)) continue;
      // "… on May 15. Sunaina Bhatt's Kitaab Ghar season 2": the run began in the sentence before; the title is after its end.
      const sentences = m[1]!.split(/(?<!\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Vol|vs))[.!?]\s+(?=[\p{Lu}“"‘'])/u);
      add(stripLead(sentences[sentences.length - 1]!), 3 + boost, true, at + m.index! + m[1]!.length - sentences[sentences.length - 1]!.length, { numeric: true });
    }
    // A headline's "X TV Anime Reveals …", "X Anime Gets …": the title before its kind of show.
    if (block.inHeadline) for (const m of text.matchAll(TITLE_THEN_KIND)) add(stripLead(m[1]!), 3, true, at + m.index!);
    // "season 2 of X", "the second season of X"
    for (const m of text.matchAll(SEASON_OF_TITLE)) {
      // "Season 2 of HBO's Nevada crime drama “Gravel Saints”": the run describes the show named after it.
      if (DESCRIPTOR_NEXT.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40))) continue;
      add(m[1], 2 + boost, true, at + m.index!);
    }
    // "the Netflix series X", "ABC medical drama X", "K-drama X", "the fantasy series X", "drama series “X”"
    for (const m of text.matchAll(DESCRIBED_TITLE)) {
      add(stripTail(m[1]!), 2 + boost, true, at + m.index!);
    }
    // "Netflix's X", "Coupang Play's X", "CBS' SIU", "Showtime's Seven Harbours"
    for (const m of text.matchAll(POSSESSIVE_TITLE)) {
      if (!platformBySpelling(m[1]!)) continue;
      // "Netflix's Tudum website", "the streamer's Top 10 site": the platform's own outlet, not a show.
      if (/^[”"’']?\s+(?:website|site|blog|app|account|page|channel|newsletter|podcast|feed|portal|press site|fan site|event|showcase|livestream|list|lists|chart|charts|ranking|rankings|top\s*10|catalog|catalogue|library|lineup|line-up|slate)\b/i.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 20))) continue;
      // "HBO's Nevada crime drama “Gravel Saints”": a place or a word describing the show, the title after it.
      // (Only an opening quote right before the run makes it the title; the possessive's own apostrophe does not.)
      if (DESCRIPTOR_NEXT.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 40)) && !/[“"‘']\s*$/.test(m[0].slice(0, m[0].length - m[2]!.length))) continue;
      // "Hulu's 'Saltmarsh' Is Certified Fresh": a quoted title ends at its closing quote.
      const run = /[“"‘']\s*$/.test(m[0].slice(0, m[0].length - m[2]!.length)) ? m[2]!.split(/[”"’']/)[0]! : m[2]!;
      add(stripTail(run), 2 + boost, true, at + m.index!);
    }
    // "The actor will star in Son Liman, an eight-episode thriller": the work a person stars in is a show the article names.
    for (const m of text.matchAll(STARS_IN_TITLE)) add(stripTail(m[1]!), 3, true, at + m.index!);
    // "X (2020)", "X (2021-22)", "X (97 million views)", "X (Prime Video)"
    for (const m of text.matchAll(TITLE_THEN_PARENTHESIS)) add(stripLead(m[1]!), 2 + boost, true, at + m.index!);
    // "Iron Petal. Studio Brightwing adapts a fantasy manga.": a roundup's entry that opens with its title alone as a sentence.
    const bare = block.kind === "paragraph" ? text.match(BARE_TITLE_SENTENCE) : null;
    if (bare && bare[1]!.split(/\s+/).length >= 2 && !isPersonLike(bare[1]!) && !/^(?:The End|Spoilers?\b|Warning\b|Update\b|Editor)/i.test(bare[1]!) && !endsOnAbbreviation(`${bare[1]!}.`)) add(stripLead(bare[1]!), 1.5, true, at);
    const entry = text.match(ENTRY_WITH_PLATFORM);
    if (entry && platformBySpelling(entry[2]!.trim())) add(entry[1], 3, true, at);
    // "1. The Heron: Limited Series", "“Ward” – FOX – Jan. 14": list entries.
    const listed = text.match(NUMBERED_ENTRY);
    // "3. Night Ledger – Hulu – April 19": the entry's title ends where the dashed details begin.
    if (listed) add(listed[1]!.split(/\s+[–—-]\s+/)[0], 1, true, at, { numeric: true });
    const dashed = text.match(DASHED_ENTRY);
    if (dashed && block.kind !== "headline") add(dashed[1], 2, true, at);
    // "X, the ... drama led by", "X is a British drama", "X, a political drama series", "X, which will stream on …"
    for (const m of text.matchAll(TITLE_THEN_DESCRIPTION)) add(stripLead(m[1]!), 2, true, at + m.index!);
    // "Daughters of the Tide writer Seo Yu-na", "Iron Line creator Baek": a title describing its maker or star.
    for (const m of text.matchAll(TITLE_BEFORE_MAKER)) add(stripLead(m[1]!), 1.5, true, at + m.index!);
    // "… is Conrad Grant's Max Decker, starring Tobias Reyes": a title with its cast after it.
    for (const m of text.matchAll(TITLE_BEFORE_CAST)) {
      // "plays DI Hannah Voss, starring opposite …": a role, not a title.
      if (/\b(?:plays|played|as|portrays|portrayed|role of|opposite)\s+$/i.test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
      // "a horror series from creator Amos Pell, starring …": a maker's name, not a title.
      if (/\b(?:creator|director|writer|showrunner|producer|author|novelist|filmmaker)s?\s+$/i.test(text.slice(Math.max(0, m.index! - 15), m.index!)) || isPersonLike(stripLead(m[1]!))) continue;
      add(stripLead(m[1]!), 1.5, true, at + m.index!, { named: true });
    }
    // A body sentence that opens with a title and a show's verb: "Undertow drew enormous praise", "Glassmaker premiered".
    for (const m of text.matchAll(TITLE_THEN_SHOW_VERB)) {
      const name = stripLead(m[1]!);
      if (!/\s/.test(name) && !writtenMidSentence(name)) continue;
      add(name, 0.5, false, at + m.index!);
    }
    // "Afterglow stars Han Se-rin", "X drew 38.8 percent": a subject that stars someone or draws a figure is a show.
    for (const m of text.matchAll(TITLE_STARS_OR_DRAWS)) {
      const name = stripLead(m[1]!);
      if (!/\s/.test(name) && !writtenMidSentence(name)) continue;
      add(name, 0.5, false, at + m.index!);
    }
    for (const m of text.matchAll(PLACE_THEN_TITLE)) add(stripTail(m[1]!), 1, true, at + m.index! + m[0].length - m[1]!.length - 1);
    for (const m of text.matchAll(DISPLACED_TITLE)) {
      const name = stripLead(m[1]!);
      if (!/\s/.test(name) && !writtenMidSentence(name)) continue;
      add(name, 0.5, false, at + m.index! + m[0].length - m[1]!.length);
    }
    for (const m of text.matchAll(RENEWED_TITLE)) add(stripTail(m[1]!), 1.5, true, at + m.index!);
    for (const m of text.matchAll(TITLE_THEN_PLATFORM)) if (platformBySpelling(m[2]!.split(",")[0]!.trim())) add(stripLead(m[1]!), 2, true, at + m.index!);
    for (const m of text.matchAll(DATE_FOR_TITLE)) add(stripTail(m[1]!), 1.5, true, at + m.index!);
    for (const m of text.matchAll(TITLE_RENEWED)) {
      const name = stripLead(m[1]!);
      if (!/\s/.test(name) && !writtenMidSentence(name)) continue;
      add(name, 1, false, at + m.index!);
    }
    // "X, which drew 3.2 million views", "X, which debuted April 3"
    for (const m of text.matchAll(TITLE_WHICH_DREW)) add(stripLead(m[1]!), 1.5, true, at + m.index!);
    // "recent releases such as Iron Line 2 and Glass Orchard", "shows, among them 'X' and the second season of 'Y'"
    for (const m of text.matchAll(EXAMPLES_OF_SHOWS)) {
      let rest = text.slice(m.index! + m[0].length);
      let offset = m.index! + m[0].length;
      for (let i = 0; i < 8; i++) {
        const example = rest.match(EXAMPLE_TITLE);
        if (!example) break;
        // Unquoted, "A and B" is two examples; a quoted title keeps its "and".
        const quoted = /^[“"‘']/.test(example[0]);
        const name = quoted ? example[1]! : example[1]!.split(/\s+and\s+/)[0]!;
        const taken = quoted ? example[0].length : name.length;
        add(stripTail(name), 1.5, true, at + offset, { numeric: true });
        rest = rest.slice(taken);
        offset += taken;
        const separator = rest.match(EXAMPLE_SEPARATOR);
        if (!separator) break;
        rest = rest.slice(separator[0].length);
        offset += separator[0].length;
      }
    }
    // A chart row: "Iron Line 7 ENA 3.2%"
    const row = text.match(CHART_ROW);
    if (row && platformBySpelling(row[2]!.trim())) add(row[1], 1, true, at);
    // The headline, often in title case: its longest word sequences that the body also writes.
    if (block.inHeadline) {
      for (const { phrase, count } of headlinePhrases(text, body)) {
        if (/\s/.test(phrase) ? count >= 2 : count >= 3) add(phrase, 2, false, at);
        else onceInBody.push({ phrase, at });
      }
    }
  }
  // A short news item may name its show once below a headline that names nothing else ("X renewed
  // for season 2"): with no other title in the headline (but the weakest guesses, "Show" of "New Show
  // stars …"), such a phrase is the weakest candidate.
  const headlineNamed = (name: string) => headline.includes(name) || blocks.some((b) => b.inHeadline && b.text.includes(name));
  // One word ("Fathom review: …") only where the body writes it as a show: opening a sentence with a show's verb, or mid-sentence.
  const wordAsShow = (word: string) => !platformBySpelling(word) && !notNameWords.has(word.toLowerCase()) && (writtenMidSentence(word) || new RegExp(`(?:^|[.!?]\\s+)${escapeRegExp(word)},?\\s+(?:(?:${SHOW_VERB}|has been renewed|(?:is|was) renewed)\\b|stars\\s+(?=\\p{Lu})|starred\\s+(?=\\p{Lu}))`, "mu").test(body));
  if (!out.some((c) => c.weight >= 1 && headlineNamed(c.name))) for (const { phrase, at } of onceInBody) if (/\s/.test(phrase) || (wordAsShow(phrase) && !onceInBody.some((o) => o.phrase !== phrase && o.phrase.split(/\s+/).includes(phrase)))) add(phrase, 1, false, at);
  return out;
}

/** Whether two or three words of a phrase read as a person's name ("Pyo Bo Ram", "Tessa Vale"). */
function containsPerson(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  for (let n = 2; n <= 3; n++) {
    for (let i = 0; i + n <= words.length; i++) {
      const window = words.slice(i, i + n);
      // "Conrad Grant's Max Decker": a possessive name is part of the title.
      if (/['’]s?$/.test(window[window.length - 1]!)) continue;
      if (isPersonLike(window.join(" "))) return true;
    }
  }
  return false;
}

/** "Renata Solís (Red Canal) has been cast as", "Okafor, who leads the drama as": the body writes the phrase as an actor. */
function actsInBody(phrase: string, body: string): boolean {
  if (!body.includes(phrase)) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?:\\s*\\([^)]{1,60}\\))?(?:,\\s+who)?\\s+(?:(?:has|have)\\s+been\\s+cast|(?:was|is|were)\\s+cast|will\\s+play|plays|played|joins\\s+the\\s+cast|has\\s+joined|stars\\s+as|leads\\s+[^.]{0,40}?\\s+as|will\\s+star|is\\s+set\\s+to\\s+(?:play|star)|has\\s+been\\s+tapped)\\b`, "u").test(body) || starredName(phrase, body);
}

/** "starring Anneliese Corwin", "opposite Cole Brandt": the text names the phrase as someone who acts. */
function starredName(phrase: string, text: string): boolean {
  if (!text.includes(phrase)) return false;
  return new RegExp(`\\b(?:starring|co-starring|led by|fronted by|headlined by|opposite|actor|actress|co-star|star)\\s+${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])(?!['’]s\\s+(?:series|show|drama))`, "u").test(text);
}

/** "starring Starline's Mirae", "led by actor X", "with X as his girlfriend": the body writes the phrase as a person. */
function writtenAsPerson(phrase: string, body: string): boolean {
  if (!body.includes(phrase)) return false;
  const p = escapeRegExp(phrase);
  return new RegExp(`\\b(?:starring|led by|fronted by|actor|actress|singer|member|star|stars)\\s+${p}(?![\\p{L}\\p{N}])|[\\p{Lu}][\\p{L}]+['’]s\\s+${p}(?![\\p{L}\\p{N}])(?!\\s+(?:series|season|drama|show))|(?<![\\p{L}\\p{N}])${p}\\s+as\\s+(?:his|her|their|the|a|an)\\b`, "u").test(body);
}

/**
 * Capitalized phrases of a text (runs of title words and the parts of them that start and end with a
 * capitalized word), the names a catalog lookup is asked about. At most `limit`, longest runs first.
 */
export function titlePhrases(text: string, limit = 1500): string[] {
  const out = new Set<string>();
  for (const run of text.matchAll(new RegExp(TITLE_RUN, "gu"))) {
    const words = run[0].split(/\s+/);
    for (let length = Math.min(words.length, 6); length >= 1; length--) {
      for (let i = 0; i + length <= words.length; i++) {
        const phrase = words.slice(i, i + length).join(" ").replace(/[.,:;!?'’]+$/, "");
        if (/^[\p{Lu}\p{N}]/u.test(phrase) && /[\p{Lu}\p{N}][\p{L}\p{N}'’.!?&+-]*$/u.test(phrase) && phrase.length > 1) out.add(phrase);
        if (out.size >= limit) return [...out];
      }
    }
  }
  return [...out];
}

/**
 * Word sequences of a headline, starting and ending with a capitalized word, that the body repeats as
 * written, with how often (a part of a longer one counted outside it); the caller weighs the counts.
 */
function headlinePhrases(headline: string, body: string): { phrase: string; count: number }[] {
  const out: { phrase: string; count: number }[] = [];
  for (const run of headline.matchAll(new RegExp(TITLE_RUN, "gu"))) {
    const words = run[0].split(/\s+/).map((w) => w.replace(/^[“"‘']+|[”"’':,]+$/g, ""));
    const found: { phrase: string; count: number }[] = [];
    const covered: string[] = [];
    // "Seo Yu Na's Show": a person's name with its possessive; no part of it is a title.
    for (let n = 2; n <= 3; n++) {
      for (let i = 0; i + n <= words.length; i++) {
        const name = words.slice(i, i + n).join(" ").replace(/['’]s$/, "");
        if (isPersonLike(name)) covered.push(name);
      }
    }
    for (let length = Math.min(words.length, 8); length >= 1; length--) {
      for (let i = 0; i + length <= words.length; i++) {
        const phrase = words.slice(i, i + length).join(" ").replace(/[:,]$/, "");
        if (!/^[\p{Lu}\p{N}]/u.test(phrase) || !/[\p{Lu}\p{N}][\p{L}\p{N}'’.!?&+-]*$/u.test(phrase)) continue;
        // A part of a longer phrase found already counts only where the body writes it outside that phrase ("Show" in "New Show").
        const containing = found.filter((f) => f.phrase.includes(phrase));
        const count = occurrences(containing.reduce((text, f) => text.split(f.phrase).join(" "), body), phrase);
        if (count < 1) continue;
        // A run of names ("A and B's Show") is people, however the headline capitalizes it; nor is any part of it a title.
        if (containsPerson(phrase) || writtenAsPerson(phrase, body) || actsInBody(phrase, body)) {
          covered.push(phrase);
          continue;
        }
        if (covered.some((c) => c.includes(phrase))) continue;
        found.push({ phrase, count });
      }
    }
    out.push(...found);
  }
  return out;
}

/** Drops words that open a headline or a sentence but are no part of a title. */
function stripLead(name: string): string {
  let out = name;
  for (let i = 0; i < 3; i++) {
    const next = out.replace(/^(?:Like|Unlike|Will|When|What|Is|Are|Does|Did|How|Why|Where|Who|Here's|Watch|Stream|Binge|Meanwhile|Elsewhere|Also|Netflix's|New|Upcoming|Exclusive|Report|Review|Breaking|Official|First|Why|Every|All|The Latest|Finally|Plus|And|But|So|Now|Then|Over|In|On|At|As|By|For|From|With|According to|After|Before|Since|While|Although|Even|Only|Just|Here|There|Latest|Confirmed|Official|Ahead of|Following|Despite|Besides|Between|During|Among|Today|Tonight|This|That|These|Those)\s+(?=[\p{Lu}\p{N}“"'‘])/u, "");
    if (next === out) break;
    out = next;
  }
  // A platform's possessive before the title is not part of it: "Netflix's Wednesday".
  out = out.replace(/^([\p{Lu}][\p{L}+]*(?:\s[\p{Lu}][\p{L}+]*)?)['’]s?\s+/u, (whole, who: string) => (platformBySpelling(who) ? "" : whole));
  return out;
}

function stripTail(name: string): string {
  return name.replace(/\s+(?:Is|Are|Was|Were|Has|Have|Had|Will|Season|Part|Series)$/, "");
}


/** The article's titles and a finder for their mentions. */
export class TitleRegistry {
  readonly entries: TitleEntry[] = [];
  /**
   * Numbers the article gives parts ("Part 2") and never seasons: there "X 2" is the second part of a
   * season, not a second season (a part is not a season, whatever the sequel's name says).
   */
  partsNotSeasons = new Set<number>();
  private pattern: RegExp | null = null;
  private lookup = new Map<string, { title: number; season: number | null }>();

  add(name: string, score = 0, structural = false, firstAt = Number.MAX_SAFE_INTEGER): number {
    const existing = this.indexOf(name);
    if (existing >= 0) {
      const entry = this.entries[existing]!;
      entry.score += score;
      entry.structural ||= structural;
      entry.firstAt = Math.min(entry.firstAt, firstAt);
      return existing;
    }
    this.entries.push({ name, spellings: new Set([name]), seasonSpellings: new Map(), score, structural, firstAt });
    this.pattern = null;
    return this.entries.length - 1;
  }

  indexOf(name: string): number {
    const key = name.toLowerCase();
    return this.entries.findIndex((e) => [...e.spellings].some((s) => s.toLowerCase() === key));
  }

  addSpelling(index: number, spelling: string, season: number | null = null): void {
    const entry = this.entries[index]!;
    if (season) entry.seasonSpellings.set(spelling, season);
    else entry.spellings.add(spelling);
    this.pattern = null;
  }

  /** Every mention of a known title in a text, longest spelling first, never overlapping. */
  find(text: string): TitleMention[] {
    if (this.entries.length === 0) return [];
    if (!this.pattern) {
      this.lookup.clear();
      const spellings: string[] = [];
      this.entries.forEach((entry, index) => {
        for (const s of entry.spellings) {
          this.lookup.set(s.toLowerCase(), { title: index, season: null });
          spellings.push(s);
        }
        for (const [s, season] of entry.seasonSpellings) {
          this.lookup.set(s.toLowerCase(), { title: index, season });
          spellings.push(s);
        }
      });
      spellings.sort((a, b) => b.length - a.length);
      this.pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${spellings.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "giu");
    }
    const out: TitleMention[] = [];
    for (const m of text.matchAll(this.pattern)) {
      // A title is written capitalized: "undertow" the word is not "Undertow" the show.
      if (!/^[\p{Lu}\p{N}“"']/u.test(m[0])) continue;
      const found = this.lookup.get(m[0].toLowerCase());
      if (!found) continue;
      // "Dr. Helen Ashgrove" in an article about "Ashgrove": a one-word title that ends a person's name is the family's name.
      if (!/\s/.test(m[0])) {
        const previousWord = text.slice(Math.max(0, m.index! - 30), m.index!).match(/(?:^|[\s(])([\p{Lu}][\p{Ll}\p{M}'’-]+)\s$/u);
        if (previousWord && !titleStopWords.has(previousWord[1]!) && !notNameWords.has(previousWord[1]!) && !/['’]s?$/.test(previousWord[1]!) && !platformBySpelling(previousWord[1]!) && /^[\p{Lu}][\p{Ll}]/u.test(previousWord[1]!) && commonGivenNames.has(previousWord[1]!)) continue;
      }
      // "Wednesday Addams", "Undertow Bay": the title's words begin a longer name.
      const next = text.slice(m.index! + m[0].length).match(/^ ([\p{Lu}][\p{L}'’-]*)/u);
      if (next && !titleStopWords.has(next[1]!) && !notNameWords.has(next[1]!) && !/^(?:Season|Series|Part|Vol|Volume|Ep|Episode|S\d)/.test(next[1]!)) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], title: found.title, season: found.season });
    }
    return out;
  }
}

/** Numbers the text gives parts and never gives seasons (a season slot's own numbers, "S2"). */
function partsNotSeasons(text: string): Set<number> {
  const parts = new Set(findParts(text).flatMap((p) => p.numbers));
  // "whether a second season is in the works": a season spoken of as a possibility does not make "Part 2" a season.
  for (const season of findSeasons(text)) if (!/\b(?:a|an)\s+$/i.test(text.slice(Math.max(0, season.start - 4), season.start))) for (const n of season.numbers) parts.delete(n);
  for (const m of text.matchAll(/\bS0?(\d)(?:\s*E\d+)?\b/g)) parts.delete(Number(m[1]));
  return parts;
}

/** The longest run of a phrase's words that the body writes as a title would be written. */
function longestWritten(phrase: string, body: string): string | undefined {
  const words = phrase.split(/\s+/);
  for (let length = words.length - 1; length >= 1; length--) {
    for (let i = 0; i + length <= words.length; i++) {
      const piece = cleanTitle(words.slice(i, i + length).join(" "));
      if (piece && /^[\p{Lu}\p{N}]/u.test(piece) && occurrences(body, piece) > 0 && !isPersonLike(piece)) return piece;
    }
  }
  return undefined;
}

/** Whether every time the text writes the word, a capitalized word follows it ("Raghav Tiwari", never "Raghav" alone). */
function onlyBeforeAnotherName(word: string, text: string): boolean {
  const all = occurrences(text, word);
  if (all === 0) return false;
  const followed = text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}\\s+[\\p{Lu}][\\p{Ll}]`, "gu"))?.length ?? 0;
  return followed >= all;
}

/** Whether the text writes the word as the surname of a person's name ("Tessa Brennan-Okafor" for "Brennan-Okafor"). */
function surnameOfPerson(word: string, text: string): boolean {
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])([\\p{Lu}][\\p{Ll}]+)\\s+${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "gu"))) {
    if (isPersonLike(`${m[1]} ${word}`)) return true;
  }
  return false;
}

/** A streamer's name inside a phrase ("No. 1 on Prime Video USA"): a description, not a title. */
function platformInside(name: string): boolean {
  return name.split(/\s+/).some((_, i, words) => [1, 2].some((n) => i + n <= words.length && platformBySpelling(words.slice(i, i + n).join(" ")) !== undefined)) && name.split(/\s+/).length > 1;
}

// Title detection counts the same phrases in the same few texts (headline, body, both) many times
// over: compiled patterns and counts are kept for the texts of the article being read.
const phrasePatterns = new Map<string, RegExp>();
const countsByText = new Map<string, Map<string, number>>();

function occurrences(text: string, phrase: string): number {
  checkTimeBudget();
  let counts = countsByText.get(text);
  if (!counts) {
    if (countsByText.size >= 8) countsByText.clear();
    counts = new Map();
    countsByText.set(text, counts);
  }
  const known = counts.get(phrase);
  if (known !== undefined) return known;
  // Most phrases tried are not in the text at all: a plain search says so without the pattern.
  if (!text.includes(phrase)) {
    counts.set(phrase, 0);
    return 0;
  }
  let pattern = phrasePatterns.get(phrase);
  if (!pattern) {
    if (phrasePatterns.size >= 5000) phrasePatterns.clear();
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, "gu");
    phrasePatterns.set(phrase, pattern);
  }
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text)) count++;
  counts.set(phrase, count);
  return count;
}

/**
 * Builds the article's title registry and picks its main show. Sequel spellings ("Undertow 2",
 * "Sitaragarh 3") join their show as a season; a subtitle's part after a colon joins its title.
 */
export function buildTitleRegistry(source: TitleSource, options: { title?: string | null; known?: readonly string[]; hints?: readonly string[] } = {}): { registry: TitleRegistry; main: number | null } {
  const registry = new TitleRegistry();
  const candidates = collectCandidates(source);
  // Titles a catalog put in the store: a candidate the article also yields is raised; a name of two or
  // more words the article writes as given joins as a candidate. One word alone ("Home", "Legacy") is too
  // common a word to be a title on the catalog's say-so.
  const wholeText = `${source.headline ?? ""}\n${source.text}`;
  // The page's own metadata names the show ("about": a TVSeries): it outweighs the headline, if the article writes it.
  for (const hint of options.hints ?? []) {
    const name = cleanTitle(hint, { quoted: true });
    if (name && occurrences(wholeText, name) > 0) candidates.push({ name, weight: 20, structural: true, at: source.text.indexOf(name) });
  }
  for (const name of options.known ?? []) {
    if (occurrences(wholeText, name) === 0) continue;
    const raised = candidates.filter((c) => c.name.toLowerCase() === name.toLowerCase());
    for (const c of raised) c.weight += 2;
    if (raised.length === 0 && /\s/.test(name.trim()) && !isPersonLike(name)) candidates.push({ name, weight: 2, structural: true, at: source.text.indexOf(name) });
  }
  const body = source.headline && source.text.startsWith(source.headline) ? source.text.slice(source.headline.length) : source.text;
  for (const c of candidates) {
    const onlyQuoted = c.quoted && !candidates.some((o) => o.name === c.name && !o.quoted);
    if (onlyQuoted && !/\s/.test(c.name) && occurrences(wholeText, c.name) < 3) continue;
    let name: string | undefined = c.name;
    // A phrase the body never writes came from a title-case headline run: keep the part the body does write.
    if (!c.quoted && occurrences(body, name) === 0) {
      // "Lobos de Triana Season 3: 7 Things We Know" over a body that only says "the series": the headline's
      // title before its season stands, when the body writes no part of it to prefer.
      name = longestWritten(name, body) ?? (c.structural && c.weight >= 5 && !isPersonLike(c.name) ? c.name : undefined);
    }
    if (!name) continue;
    // "Renata Solís Joins Peacock Drama As Series Regular For Season 2": what the body writes of the headline's run may be the person it is about.
    if (!c.quoted && name !== c.name && (isPersonLike(name) || actsInBody(name, body))) continue;
    if (!c.quoted && platformInside(name)) continue;
    // "Spain's La Última Vendimia": the country a show comes from is no part of a name of three words or more, or of one
    // the article also writes without it ("Canada's Drag Race", always written whole, keeps it).
    const country = name.match(/^([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}]*)?)['’]s?\s+(?=[\p{Lu}\p{N}“"‘'])/u);
    const rest = country ? name.slice(country[0].length) : "";
    if (country && countryCode(country[1]!) && (rest.split(/\s+/).length >= 3 || occurrences(wholeText, rest) > occurrences(wholeText, name))) name = rest;
    // "… watch Raghav Tiwari's crime drama": one word the article only ever writes as the start of a longer name.
    if (!c.quoted && c.weight < 3 && !/\s/.test(name) && onlyBeforeAnotherName(name, wholeText)) continue;
    // "Tessa Brennan-Okafor plays Jodie … Brennan-Okafor returns": a surname the article writes after a given name is a person.
    if (!c.quoted && c.weight < 3 && !/\s/.test(name) && surnameOfPerson(name, wholeText)) continue;
    // "Raghav Tiwari and Ishita Bhardwaj return in the lead roles": two names of two words each are two people.
    if (!c.quoted && c.weight < 2 && /^[\p{Lu}][\p{L}'’-]+ [\p{Lu}][\p{L}'’-]+ (?:and|&) [\p{Lu}][\p{L}'’-]+ [\p{Lu}][\p{L}'’-]+$/u.test(name)) continue;
    registry.add(name, c.weight, c.structural, c.at);
  }
  if (options.title) registry.add(options.title, 100, true, -1);
  registry.partsNotSeasons = partsNotSeasons(wholeText);

  // "The Tallow Street Inquiry" and "Tallow Street Inquiry": one show, named with its article where the text does so.
  for (let i = registry.entries.length - 1; i >= 0; i--) {
    const entry = registry.entries[i]!;
    const bare = entry.name.match(/^The\s+(.+)$/)?.[1];
    if (!bare) continue;
    const other = registry.entries.findIndex((e) => e !== entry && e.name.toLowerCase() === bare.toLowerCase());
    if (other < 0) continue;
    const gone = registry.entries[other]!;
    entry.score += gone.score;
    entry.structural ||= gone.structural;
    entry.firstAt = Math.min(entry.firstAt, gone.firstAt);
    for (const spelling of gone.spellings) entry.spellings.add(spelling);
    for (const [spelling, season] of gone.seasonSpellings) entry.seasonSpellings.set(spelling, season);
    registry.entries.splice(other, 1);
    if (other < i) i--;
  }
  // "Undertow 2" is season 2 of "Undertow" when the article also names "Undertow"; "Tides of Jade 2: Salt and Smoke" likewise.
  for (let i = registry.entries.length - 1; i >= 0; i--) {
    const entry = registry.entries[i]!;
    const sequel = entry.name.match(/^(.+?)\s+([2-9])(?::\s+.+)?$/);
    if (!sequel) continue;
    const base = registry.indexOf(sequel[1]!);
    if (base >= 0 || occurrences(body, sequel[1]!) > occurrences(body, entry.name)) {
      const target = base >= 0 ? base : registry.add(sequel[1]!, 0, entry.structural, entry.firstAt);
      registry.entries[target]!.score += entry.score;
      registry.addSpelling(target, entry.name, Number(sequel[2]));
      if (entry.name !== `${sequel[1]} ${sequel[2]}`) registry.addSpelling(target, `${sequel[1]} ${sequel[2]}`, Number(sequel[2]));
      registry.entries.splice(i, 1);
    }
  }
  // "X 1938", "X Returns" beside "X": the longer name the article uses less is a spelling of the show,
  // and of its newest numbered season when the article numbers one ("X 2").
  for (let i = registry.entries.length - 1; i >= 0; i--) {
    const entry = registry.entries[i]!;
    const base = registry.entries.find((e) => e !== entry && entry.name.startsWith(`${e.name} `) && !entry.name.slice(e.name.length).includes(":"));
    if (!base || occurrences(body, entry.name) > occurrences(body, base.name)) continue;
    // "Harbour" written only as the start of "Harbour Lights" (or of longer names) is no show of its own: the longer name is.
    const alone = occurrences(body, base.name) - registry.entries.filter((e) => e !== base && e.name.includes(base.name)).reduce((sum, e) => sum + occurrences(body, e.name), 0);
    if (alone <= 0) {
      entry.score += base.score;
      for (const s of base.spellings) if (s !== base.name) entry.spellings.add(s);
      registry.entries.splice(registry.entries.indexOf(base), 1);
      continue;
    }
    const newest = Math.max(0, ...base.seasonSpellings.values());
    base.score += entry.score;
    if (newest > 0) base.seasonSpellings.set(entry.name, newest);
    else base.spellings.add(entry.name);
    registry.entries.splice(i, 1);
  }
  // "X: Subtitle" and "X": one show. The name the article uses more is the show's; the other is a spelling of it.
  for (let i = registry.entries.length - 1; i >= 0; i--) {
    const entry = registry.entries[i]!;
    const colon = entry.name.match(/^(.+?):\s+(.+)$/);
    if (!colon) continue;
    for (const piece of [colon[1]!, colon[2]!]) {
      if (piece.length < 4 || piece.split(/\s+/).every((w) => notNameWords.has(w))) continue;
      const other = registry.entries.findIndex((e) => e !== entry && e.name.toLowerCase() === piece.toLowerCase());
      const fullCount = occurrences(body, entry.name);
      // "Ironclad" inside every "Ironclad: Second Dawn" is no separate use of the short name.
      const pieceCount = occurrences(body, piece) - (piece === colon[1] ? fullCount : 0);
      if (other >= 0 && pieceCount > fullCount + 1 && piece === colon[1]) {
        // The base name is the show; the subtitled one a spelling ("Tides of Jade" over "Tides of Jade: Salt and Smoke").
        const base = registry.entries[other]!;
        base.score += entry.score;
        for (const s of entry.spellings) base.spellings.add(s);
        registry.entries.splice(i, 1);
        break;
      }
      // A subtitle said alone ("The Ashfall Saga") is the full title; a name before the colon may be a show of its own.
      if (other >= 0 && (!registry.entries[other]!.structural || piece === colon[2])) {
        entry.score += registry.entries[other]!.score;
        for (const s of registry.entries[other]!.spellings) entry.spellings.add(s);
        registry.entries.splice(other, 1);
        entry.spellings.add(piece);
      } else if (other < 0 && pieceCount > fullCount) {
        entry.spellings.add(piece);
      }
    }
  }
  // "Yasemin" beside "Kül ve Yasemin": one word of a longer title, found only by loose evidence, is a character or a
  // shortening, never a show of its own.
  for (let i = registry.entries.length - 1; i >= 0; i--) {
    const entry = registry.entries[i]!;
    if (entry.structural || /\s/.test(entry.name)) continue;
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(entry.name)}(?![\\p{L}\\p{N}])`, "u");
    if (registry.entries.some((e) => e !== entry && /\s/.test(e.name) && word.test(e.name) && e.score > entry.score)) registry.entries.splice(i, 1);
  }
  // A title inside a longer one that the article only writes as part of it is not a title of its own.
  for (let i = registry.entries.length - 1; i >= 0; i--) {
    const entry = registry.entries[i]!;
    const container = registry.entries.find((e) => e !== entry && e.name.includes(entry.name) && e.name !== entry.name);
    if (container && occurrences(body, entry.name) <= occurrences(body, container.name) && !entry.structural) registry.entries.splice(i, 1);
  }

  // "Las Hermanas del Faro (Lighthouse Sisters)", "Ye Xing Ren, also known as Night Walker": one show under two names.
  const indexOfSpelling = (name: string) => registry.entries.findIndex((e) => [...e.spellings].some((x) => x.toLowerCase() === name.toLowerCase()));
  for (const m of wholeText.matchAll(/(?:\(\s*|,\s+)(?:aka\s+|a\.k\.a\.\s+|also known as\s+|known in English as\s+)?[“"‘']?([^()“”"\n,]{2,60}?)[”"’']?\s*(?:\)|[,.;]|$)/gmu)) {
    const inner = indexOfSpelling(m[1]!.trim());
    if (inner < 0) continue;
    // A comma needs the words that say so: "X, the new drama," is no second name.
    if (m[0].startsWith(",") && !/aka|a\.k\.a\.|known/i.test(m[0])) continue;
    const before = wholeText.slice(Math.max(0, m.index! - 90), m.index!).replace(/[”"’'\s]+$/u, "");
    const outer = registry.entries.findIndex((e, i) => i !== inner && [...e.spellings].some((x) => before.endsWith(x) && !/[\p{L}\p{N}]/u.test(before.charAt(before.length - x.length - 1) || " ")));
    if (outer < 0) continue;
    const keep = registry.entries[outer]!;
    const gone = registry.entries[inner]!;
    keep.score += gone.score;
    keep.structural = keep.structural || gone.structural;
    for (const x of gone.spellings) keep.spellings.add(x);
    for (const [x, n] of gone.seasonSpellings) keep.seasonSpellings.set(x, n);
    registry.entries.splice(inner, 1);
  }
  const main = options.title ? registry.indexOf(options.title) : pickMain(registry, source, body);
  // The user named the show: it keeps that name, whatever spellings joined it.
  if (options.title && main >= 0 && registry.entries[main]!.name !== options.title) {
    const entry = registry.entries[main]!;
    entry.spellings.add(entry.name);
    entry.name = options.title;
  }
  return { registry, main: main >= 0 ? main : null };
}

const referencePatterns = new Map<string, [RegExp, RegExp]>();

function referenceCount(text: string, phrase: string): number {
  checkTimeBudget();
  if (!text.toLowerCase().includes(phrase.toLowerCase())) return 0;
  let patterns = referencePatterns.get(phrase);
  if (!patterns) {
    if (referencePatterns.size >= 2000) referencePatterns.clear();
    const p = escapeRegExp(phrase);
    patterns = [
      new RegExp(`(?<![\\p{L}\\p{N}])${p}[”"’']?(?:['’]s)?\\s+(?:star|stars|actress|actor|writer|director|creator|alum|fame)\\b`, "gu"),
      new RegExp(`\\b(?:film|movie|novel|known for|starred in|starring in|appeared in|remake of|adaptation of|sequel to|spin-?off of|whose past work includes|work includes|knocked|dethroned|overtook|overtaking|surpassed|surpassing|toppled|beat|beating|pushed|bumped|behind|ahead of|leaving|than|parallels (?:to|with)|comparisons? (?:to|with)|compared (?:to|with)|similar to|likened to|in the vein of|answer to|successor to|echoes of|like)\\s+(?:[\\p{Lu}][\\p{L}+]*['’]s\\s+)?(?:the\\s+)?[“"‘']?${p}(?![\\p{L}\\p{N}])`, "giu"),
    ];
    referencePatterns.set(phrase, patterns);
  }
  const [after, before] = patterns;
  return (text.match(after)?.length ?? 0) + (text.match(before)?.length ?? 0);
}

function pickMain(registry: TitleRegistry, source: TitleSource, body: string): number {
  let best = -1;
  let bestScore = 0;
  const headline = source.headline ?? "";
  const firstParagraph = source.paragraphs.find((p) => p.kind === "paragraph")?.text ?? "";
  const positionsInHeadline = registry.entries.map((e) => Math.min(...[...e.spellings, ...e.seasonSpellings.keys()].map((n) => (occurrences(headline, n) > 0 ? headline.indexOf(n) : Infinity))));
  const firstInHeadline = Math.min(...positionsInHeadline);
  const anyInHeadline = Number.isFinite(firstInHeadline);
  // Without a title in the headline, a roundup's first entry (a heading or a list line that opens with a title) leads.
  const segmentStarts = source.paragraphs.filter((p) => p.kind === "heading" && p !== source.paragraphs[0]).map((p) => p.start);
  const firstSegment = Math.min(...registry.entries.map((e) => e.firstAt).filter((at) => segmentStarts.includes(at)));
  const headlineAndBody = `${headline}\n${body}`;
  registry.entries.forEach((entry, index) => {
    const names = [...entry.spellings, ...entry.seasonSpellings.keys()];
    const count = names.reduce((sum, n) => sum + occurrences(body, n), 0);
    if (count === 0 && !names.some((n) => occurrences(headline, n) > 0)) return;
    // "… with parallels to X": a headline that names a show only to compare does not make it the subject.
    const inHeadline = names.some((n) => occurrences(headline, n) > referenceCount(headline, n));
    const headlineAt = inHeadline ? Math.min(...names.map((n) => headline.indexOf(n)).filter((i) => i >= 0)) : -1;
    const inLede = names.some((n) => occurrences(firstParagraph, n) > 0);
    // Mentions that name another work to describe a person ("'X' star Y", "the film X") do not make it the subject.
    const references = names.reduce((sum, n) => sum + referenceCount(headlineAndBody, n), 0);
    let score = entry.score + Math.min(count, 8) * 1.5 + (inHeadline ? 6 : 0) + (inLede ? 2 : 0) + (entry.structural ? 2 : 0) - references * 4;
    if (inHeadline) score += headlineAt === firstInHeadline ? 4 : 1;
    if (!anyInHeadline && entry.firstAt === firstSegment) score += 5;
    // Named only to say who someone is ("'X' star Y", "the 'X' actress"): the article is about something else.
    const mentions = names.reduce((sum, n) => sum + occurrences(headlineAndBody, n), 0);
    if (references > 0 && references >= mentions) score *= 0.1;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}
