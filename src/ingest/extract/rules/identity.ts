import { atMost } from "../../../domain/certainty.ts";
import { compilePattern, slotNumbersIn } from "../engine/pattern.ts";
import type { Draft, Rule, RuleContext, RuleMatch } from "../engine/rule.ts";
import { countryCode } from "../vocab/countries.ts";
import { enumValue } from "./helpers.ts";
import { GENRE_ALTERNATION, genreOf } from "../vocab/genres.ts";

/** Platform, country and kind: where a show streams or airs and where it comes from. */

function platformDraft(context: RuleContext, match: RuleMatch, group: string, title?: number): Draft[] {
  const slot = context.slot(match, group);
  if (!slot || slot.kind !== "P") return [];
  const at = context.frame.positions[Number(match.groups[group])]!;
  // "made her Netflix debut": a person's first work there, not this show's platform.
  if (/\b(?:his|her|their|my)\s+$/i.test(context.frame.masked.slice(Math.max(0, at - 8), at))) return [];
  const original = /^\s*(?:original|exclusive)\b/i.test(context.frame.masked.slice(at + `\u27E6P${match.groups[group]}\u27E7`.length));
  return [
    {
      property: "platform",
      value: enumValue(slot.platform.name),
      qualifiers: slot.platform.role === "network" ? { label: "network" } : original ? { label: "original" } : {},
      certainty: atMost(context.certainty, "reported"),
      at,
      ...(title !== undefined ? { title } : {}),
    },
  ];
}

function titleOf(context: RuleContext, match: RuleMatch, group: string): number | undefined {
  const slot = context.slot(match, group);
  return slot?.kind === "T" ? slot.title.title : undefined;
}

/** "has appeared in shows across Hulu, Netflix and Peacock", "her roles on Max": a person's career, not this show's home. */
const CAREER = /\b(?:appeared|appears|starred|stars|worked|works|roles?|credits?|career|filmography)\b[^.;]{0,30}(?:\b(?:on|across|for|at|via)\s*)$/i;

export const identityRules: Rule[] = [
  {
    id: "platform.possessive-title",
    produces: ["platform"],
    // "Coupang Play's Moonlit Market", "CBS' SIU", "the Netflix original series 12 Lanterns", "GMA-series Gintong Ulan"
    pattern: compilePattern(
      "{platform:p}(?:['’]s?(?:\\s+(?:own|new|latest|upcoming|hit|original|acclaimed|popular|beloved|first|smash|flagship|global|local|[“\"‘'][^”\"’']{1,40}[”\"’']|[\\w-]+))*|(?:\\s+|-)(?:original\\s+)?(?:[\\w-]+\\s+){0,3}?(?:series|drama|show|sitcom|thriller|comedy|anime|docuseries|miniseries|original|exclusive|film|movie|title|k-drama|romance|melodrama|cartoon|soap opera|revenge drama|production))\\s+[“\"‘']?{title:t}",
    ),
    kinds: ["paragraph", "caption", "heading", "headline"],
    build: (match, context) => platformDraft(context, match, "p", titleOf(context, match, "t")),
  },
  {
    id: "platform.title-paren",
    produces: ["platform"],
    // "Glass Orchard (Prime Video)", "Glass Orchard (Prime Video, Friday)", "“Ward” – FOX – Jan. 14", "Iron Line 7 ENA 3.2%"
    pattern: [compilePattern("{title:t}[”\"’']?(?:\\s+{season})?(?:\\s+Reboot)?\\s*(?:\\(\\s*{platform:p}\\s*(?:\\)|[,;/|])|[–—-]\\s*{platform:p})"), compilePattern("^{title:t}\\s+\\d{1,3}\\s+{platform:p}\\s+\\d")],
    kinds: ["paragraph", "heading", "headline", "caption"],
    build: (match, context) => platformDraft(context, match, "p", titleOf(context, match, "t")),
  },
  {
    id: "platform.on",
    produces: ["platform"],
    // "streaming on Peacock", "arrives on Netflix", "through Prime Video", "renewed at Peacock", "exclusively on Disney+"
    pattern: compilePattern(
      "\\b(?:on|to|via|through|at|onto|exclusively on|streams on|streaming on|available on|airs on|aired on|broadcast on|watch it on|across|home on|from)\\s+(?:the\\s+)?(?:(?:(?:popular|global|leading|major|biggest|largest|streaming|video|subscription|online|OTT|local|new|cable|free)\\s+){1,3}(?:service|platform|giant|streamer|app|channel|network)\\s+)?{platform:p}(?!['’]s\\s+(?:(?:own|weekly|global|top|most|biggest)\\b|{title}))",
    ),
    build: (match, context) => {
      const before = context.frame.masked.slice(Math.max(0, match.index - 40), match.index);
      // "his Netflix debut", "moved from Netflix": another person's or show's platform.
      if (/\b(?:his|her|their)\s+$/i.test(before)) return [];
      // "a different sci-fi drama over on Netflix": another show's home.
      if (/\b(?:a different|another|other|a rival)\b[^.,;]{0,40}$/i.test(context.frame.masked.slice(Math.max(0, match.index - 50), match.index))) return [];
      if (CAREER.test(context.frame.masked.slice(Math.max(0, match.index - 45), match.index + match.text.indexOf("\u27E6")))) return [];
      return platformDraft(context, match, "p");
    },
  },
  {
    id: "platform.list",
    produces: ["platform"],
    // "across Hulu, Netflix, and Paramount+", "on Max, Netflix, and Paramount+", "(A2Z, TV5, Cinemo, and Kapamilya Channel)"
    pattern: compilePattern("(?:\\b(?:on|across|via|through|and|from)\\s+|\\()(?:{platform}\\s*,\\s*)+(?:and\\s+|&\\s+)?{platform:p}"),
    build: (match, context) => {
      if (CAREER.test(context.frame.masked.slice(Math.max(0, match.index - 45), match.index + match.text.indexOf("\u27E6")))) return [];
      const slots = slotNumbersIn(match.text, "P").map((n) => context.frame.slots[n]!);
      return slots.flatMap((slot) => (slot.kind === "P" ? [{ property: "platform" as const, value: enumValue(slot.platform.name), qualifiers: slot.platform.role === "network" ? { label: "network" } : {}, certainty: "reported" as const, at: match.index }] : []));
    },
  },
  {
    id: "platform.and-list",
    produces: ["platform"],
    // "Counting both Netflix and Peacock", "on Tving and tvN simultaneously", "combined (GMA and GTV)"
    pattern: compilePattern("(?:\\b(?:both|on|across|via|combined|through)\\s+|\\()(?:the\\s+)?{platform:a}\\s+(?:and|&)\\s+{platform:b}"),
    build: (match, context) => [...platformDraft(context, match, "a"), ...platformDraft(context, match, "b")],
  },
  {
    id: "platform.agent",
    produces: ["platform"],
    // "Peacock has ordered", "tvN confirmed", "Netflix renewed", "KBS has announced", "HBO Max confirmed a 2025 return"
    pattern: compilePattern(
      "{platform:p}\\s+(?:has\\s+|have\\s+|had\\s+)?(?:officially\\s+|also\\s+|now\\s+|just\\s+)?(?:announced|announces|confirmed|confirms|renewed|renews|ordered|orders|picked up|picks up|greenlit|commissioned|cancell?ed|cancels|axed|released|releases|dropped|drops|unveiled|unveils|revealed|reveals|made it official|sets|set|dates|dated|schedules|scheduled|handed|hands|gave|gives|carried|carries|carry|acquired|licensed|simulcasts?|simulcasted|rescued|saved|launched|launches|premiered|will carry|will (?:release|premiere|air|broadcast|stream|carry|debut|launch|drop)|is (?:also\\s+)?(?:pushing|moving|airing|streaming|releasing|carrying)|premieres|airs|streams|carries|will also carry|debuted|aired|streamed)\\b",
    ),
    build: (match, context) => {
      const masked = context.frame.masked;
      // The agent's show is the title after the verb, or the sentence's subject.
      const after = masked.slice(match.end, match.end + 80).match(/\u27E6T(\d+)\u27E7/);
      const slot = after ? context.frame.slots[Number(after[1])] : undefined;
      return platformDraft(context, match, "p", slot?.kind === "T" ? slot.title.title : undefined);
    },
  },
  {
    id: "platform.examples",
    produces: ["platform"],
    // "Hulu has put out some of the year's biggest shows, among them A and B", "the streamer's recent releases such as A and B": each example is the platform's.
    pattern: compilePattern("{platform:p}(?:['’]s?)?(?:[^.;\u27E6]|\u27E6[TSDNR]\\d+\u27E7){0,100}?\\b(?:releases|originals|titles|shows|series|dramas|hits|programs|programmes|offerings|productions)\\b[^.;\u27E6]{0,30}?(?:\\b(?:such as|including|among them|like|namely)|:)\\s+"),
    build: (match, context) => {
      const masked = context.frame.masked;
      if (CAREER.test(masked.slice(Math.max(0, match.index - 45), match.index))) return [];
      // Another platform before the examples may own them ("Unlike Hulu, Netflix's originals such as …").
      if (/\u27E6P\d+\u27E7/.test(masked.slice(match.index + match.text.indexOf("\u27E7") + 1, match.end))) return [];
      const list = masked.slice(match.end).match(/^(?:(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)?(?:(?:the\s+)?\u27E6S\d+\u27E7\s+of\s+)?[“"‘']?\u27E6T\d+\u27E7[”"’']?(?:\s+\u27E6[SR]\d+\u27E7)?)+/);
      if (!list) return [];
      return slotNumbersIn(list[0], "T").flatMap((n) => {
        const slot = context.frame.slots[n];
        return slot?.kind === "T" ? platformDraft(context, match, "p", slot.title.title) : [];
      });
    },
  },
  {
    id: "platform.chart",
    produces: ["platform"],
    // "Netflix's global ranker", "Netflix's Top 10", "on Netflix's weekly TV chart", "most-streamed series on Prime Video"
    pattern: compilePattern("{platform:p}(?:['’]s?)?\\s+(?:own\\s+)?(?:[\\w-]+\\s+){0,4}?(?:top\\s*10|top ten|chart|charts|ranker|ranking|rankings|list|viewership chart|history|lineup|line-up|slate|schedule|programming|catalog|catalogue|library)\\b|{platform:q}\\s+(?:broadcast|airing|run|simulcast|premiere|release|debut|exclusive)\\b|\\b(?:its|their|the show['’]s|the series['’])\\s+(?:network|channel|broadcaster|streamer|platform|home|streaming home)\\s*,?\\s*{platform:r}"),
    build: (match, context) => platformDraft(context, match, match.groups.p ? "p" : match.groups.q ? "q" : "r"),
  },
  {
    id: "platform.netflix-list",
    produces: ["platform"],
    // "No. 1 on the English TV List", "the Non-English Films list", "Top 10 Week": Netflix's own weekly lists, named
    // without the streamer in its own pages and in reports that copy their wording.
    pattern: /\b(?:(?:non-)?English(?:-language)? (?:TV|films?|movies?) (?:list|chart|ranking)|Top 10 Week)\b/gi,
    build: (match, context) => {
      // Another streamer's list ("Prime Video's English TV chart"), or a country's ("the English TV list in the UK"), says nothing of Netflix.
      if (context.frame.slots.some((s) => s.kind === "P")) return [];
      // "Luminate's English-language TV chart", "the English TV list compiled by Reelgood": someone else's list of the same name.
      if (/\b(?:compiled by|Luminate|Reelgood|FlixPatrol|JustWatch|Nielsen|Samba|according to)\b|['’]s\s+(?:(?:non-)?English)/i.test(context.frame.text)) return [];
      // An article that gives the show another streamer as its home is not about Netflix's lists.
      if (context.article.frames.some((f) => f.slots.some((s) => s.kind === "P" && s.platform.role === "platform" && s.platform.name !== "Netflix"))) return [];
      const title = context.titleAt(match.index);
      return [{ property: "platform", value: enumValue("Netflix"), qualifiers: {}, certainty: atMost(context.certainty, "reported"), at: match.index, title }];
    },
  },
  {
    id: "platform.infobox",
    produces: ["platform"],
    kinds: ["paragraph", "table", "heading", "caption"],
    // An explainer's fact box: "| Platform | Netflix (Global Release) |", "Network: Channel 4"
    pattern: compilePattern("(?:^|\\|)\\s*(?:Platform|Network|Streaming(?: on| service| platform)?|Where to (?:watch|stream)|Channel|Broadcaster|Original network|Available on)\\s*(?:\\||:)\\s*{platform:p}"),
    build: (match, context) => platformDraft(context, match, "p"),
  },
  {
    id: "platform.tag",
    produces: ["platform"],
    // "Netflix original", "a Netflix series", "the new ABS-CBN series", "Disney+ original Shiranui", "the Youku costume drama"
    pattern: compilePattern("\\b(?:a|an|the|its|this|new|local|latest)\\s+(?:(?:new|hit|latest|upcoming|popular|acclaimed|beloved|smash|first|global)\\s+)*{platform:p}(?:\\s+|-)(?:(?!(?:and|or|with|to|of|for|in|on)\\b)[\\p{Ll}-]+\\s+){0,2}?(?:original|series|drama|show|exclusive|production|sitcom|anime|title|k-drama|thriller|comedy)\\b(?!-)(?:\\s+(?:series|drama|show))?(?:\\s+[“\"‘']?{title:t})?"),
    // "the Disney+ series “X”": the platform is X's, whatever the sentence is about.
    build: (match, context) => {
      const title = titleOf(context, match, "t");
      // "Unlike the Tencent Video costume drama it was compared to": another work's platform.
      if (title === undefined && /\b(?:unlike|like|than|compared (?:to|with)|similar to|rival(?:ling)?)\s+$/i.test(context.frame.masked.slice(Math.max(0, match.index - 20), match.index))) return [];
      // "the Netflix thriller film Northern Sugar": a film's platform, not the show's.
      if (title === undefined && /^\s+(?:film|movie|feature|documentary film|feature film)\b/i.test(context.frame.masked.slice(match.end, match.end + 20))) return [];
      // "her latest credit is the Netflix original <another work>": a work the article does not track, so not this show's platform.
      const next = context.frame.masked.slice(match.end).match(/^\s+[“"‘']?(\u27E6N\d+\u27E7|(?-i:[\p{Lu}][\p{L}-]*)(?:\s+(?-i:[\p{Lu}][\p{L}-]*))?)/u);
      if (title === undefined && next && !countryCode(next[1]!) && !countryCode(next[1]!.split(/\s+/)[0]!)) return [];
      return platformDraft(context, match, "p", title);
    },
  },
  {
    id: "country.demonym",
    produces: ["country"],
    // "Korean political drama", "a British television drama", "the Spanish cult favorite", "Thai crime drama", "K-drama"
    pattern: compilePattern("\\b(?<word>{demonym})(?:[\\s-]+(?:language\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?)(?:{show_noun}|favou?rite|hit|production|noir|streaming series|original|title)s?\\b|\\b(?<kd>K-?dramas?|Kdramas?|K-series|K-fantasy|K-thriller|C-?dramas?|Cdramas?|J-?dramas?|(?:TV|television) anime|anime adaptation)\\b"),
    build: (match, context) => {
      const word = match.groups.word ?? match.groups.kd ?? "";
      // "K-drama", "C-drama", "J-drama" and a "TV anime" name their country by their kind.
      const code = countryCode(word) ?? (/^k/i.test(word) ? "KR" : /^c/i.test(word) ? "CN" : /^j/i.test(word) ? "JP" : /anime/i.test(word) ? "JP" : undefined);
      if (!code) return [];
      const after = match.text.slice(word.length);
      // "Fans of K-dramas will …": the kind of show a reader likes, not this show's country.
      if (/\b(?:fans|lovers|viewers|watchers|followers|audiences?|admirers)\s+of\s+$/i.test(context.frame.masked.slice(Math.max(0, match.index - 25), match.index))) return [];
      // "the top 10 for non-English shows", "the English-language series": a language, not a country.
      if (/\bnon-\s*$/i.test(context.frame.masked.slice(Math.max(0, match.index - 5), match.index)) || (/^english$/i.test(word) && /^[\s-]+language\b/i.test(after))) return [];
      // "South Korean streaming platform", "Korean actor", "Korean media outlet": not the show.
      if (/\b(?:platform|service|streamer|actor|actress|outlet|media|men|audiences|viewers|fans|broadcaster|network|company|companies|agency|government|industry)\b/i.test(after)) return [];
      if (/^\s+(?:titles|shows|series)\b/i.test(after) && /\bother\b/i.test(context.frame.masked.slice(Math.max(0, match.index - 20), match.index))) return [];
      return [{ property: "country", value: enumValue(code), certainty: "reported", at: match.index }];
    },
  },
  {
    id: "identity.genre",
    produces: ["genre"],
    // "revenge drama", "psychological thriller", "romantic comedy": the kind of show a descriptor names.
    pattern: new RegExp(GENRE_ALTERNATION, "giu"),
    build: (match, context) => {
      const genre = genreOf(match.text);
      if (!genre) return [];
      const around = context.frame.masked.slice(Math.max(0, match.index - 40), match.index + match.text.length + 40);
      // A genre word counts when it describes the show: "the zombie thriller Kingdom", "X is a medical drama".
      if (!/\b(?:drama|series|show|thriller|comedy|film|movie|anime|sitcom|k-drama|romance|horror|mystery|fantasy|documentary)\b|\u27E6T\d+\u27E7/i.test(around)) return [];
      return [{ property: "genre", value: enumValue(genre), certainty: "reported", at: match.index }];
    },
  },
  {
    id: "identity.kind",
    produces: ["title-kind"],
    // "Wonka is a 2023 musical fantasy film", "the series": whether a title is a film or a series.
    pattern: compilePattern("{title:t}[”\"’']?,?\\s+(?:is|was)\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+|\u27E6[DP]\\d+\u27E7\\s+){0,5}?(?<kind>film|movie|series|drama|show|miniseries|k-drama|sitcom|anime)\\b"),
    build: (match, context) => {
      const slot = context.slot(match, "t");
      if (slot?.kind !== "T") return [];
      const value = /film|movie/i.test(match.groups.kind!) ? "film" : "series";
      return [{ property: "title-kind", value: enumValue(value), certainty: "reported", title: slot.title.title, at: match.index }];
    },
  },
  {
    id: "country.from",
    produces: ["country"],
    // "the first title from Korea", "a series from Spain", "came out of the UK"
    pattern: compilePattern("\\b(?:title|series|show|drama|production|one)\\s+(?:from|out of)\\s+(?:the\\s+)?(?<place>{country_name})"),
    build: (match, context) => {
      const code = countryCode(match.groups.place ?? "");
      // "beat every other show from Japan": other shows' country.
      if (/\b(?:other|another|every|all|any|rival|competing)\s+(?:[\p{L}-]+\s+)?$/iu.test(context.frame.masked.slice(Math.max(0, match.index - 25), match.index))) return [];
      return code ? [{ property: "country", value: enumValue(code), certainty: "reported", at: match.index }] : [];
    },
  },
  {
    id: "country.list-origin",
    produces: ["country"],
    // "Four of the ten biggest shows came out of the UK: A (…), B (…), C and D": every title listed.
    pattern: compilePattern("\\b(?:came|come|comes|hail|hails|hailed|were made|are made)\\s+(?:out of|from|in)\\s+(?:the\\s+)?(?<place>{country_name})\\s*:"),
    build: (match, context) => {
      const code = countryCode(match.groups.place ?? "");
      if (!code) return [];
      const rest = context.frame.masked.slice(match.end);
      return slotNumbersIn(rest, "T").flatMap((n) => {
        const slot = context.frame.slots[n];
        return slot?.kind === "T" ? [{ property: "country" as const, value: enumValue(code), certainty: "reported" as const, title: slot.title.title, at: match.index }] : [];
      });
    },
  },
];
