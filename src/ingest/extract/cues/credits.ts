import type { Certainty } from "../../../domain/certainty.ts";
import type { Qualifiers } from "../../../domain/claim.ts";
import { readsAsGivenName } from "../../resolve/korean-name.ts";
import {
  aboutMain,
  makeClaim,
  mentionsOtherTitle,
  mentionsTitle,
  rememberPerson,
  resolvePersonReference,
  type ExtractionContext,
} from "../context.ts";
import { sentenceCertainty } from "../certainty.ts";
import { crewJob, platforms } from "../lexicon.ts";
import { findKoreanNames, trailingTitle, type FoundName } from "../names.ts";
import type { ExtractedClaim, Mention, Sentence } from "../types.ts";

const NAME = "[\\p{Lu}][\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]+){0,3}";
const CAP_RUN = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’:&!.+-]*(?:\\s+(?:(?:of|the|a|an|and|in|on|to|for|with|from|del|de|la)\\s+)*[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’:&!.+-]*)*";
const LIST_ITEM = CAP_RUN.replace("|an|and|", "|an|");

function person(name: string): Mention {
  return { kind: "person", name };
}

function title(name: string, context: ExtractionContext): Mention {
  return { kind: "title", name, main: name.toLowerCase() === context.title.toLowerCase() };
}

const notATitle = /^(netflix|season|part|episode|the series|the show|the drama|korea|south korea|korean|south korean|twitter|instagram|tba|the|a|an)$/i;

/** A title as it stands in a list: not a platform, not a person, not a season label. */
export function acceptableTitle(name: string, context: ExtractionContext): boolean {
  if (name.length < 2 || notATitle.test(name) || /^\p{Ll}/u.test(name) || /['’]s$/.test(name)) return false;
  if (platforms.some((p) => new RegExp(`^${p.pattern.source}$`).test(name))) return false;
  if ([...context.people.keys()].some((p) => p.toLowerCase() === name.toLowerCase())) return false;
  if (findKoreanNames(name).some((n) => n.name === name) && !context.otherTitles.has(name)) return false;
  return true;
}

/** Words that put a named director or writer at work on the show, not just praising it. */
const crewContext = /\b(direct\w*|writ\w*|wrote|penn\w*|helm\w*|script|behind the camera|in attendance|attended|produc\w*|compos\w*|score|crew|returns?|joins?|back)\b/i;

/** Titles at the start of a phrase: "Happiness, Stranger, and Memories of the Alhambra. The …" */
export function leadingTitles(phrase: string, context: ExtractionContext): string[] {
  const titles: string[] = [];
  // Skip a descriptor: "the Netflix Original series Sweet Home", "the Korean movie adaptation of Money Heist".
  const descriptor = phrase.match(/^\s*(?:[\p{L}\p{N}'’+-]+\s+){0,8}?(?:series|dramas?|films?|movies?|shows?|sitcoms?|k-dramas?|adaptation of|remake of|version of|titles?|projects?|works?)\s+(?=[\p{Lu}\p{N}“"])/u);
  let rest = descriptor ? phrase.slice(descriptor[0].length) : phrase.replace(/^\s*(?:the\s+)?(?:[\p{Ll}-]+\s+){0,6}?(?=[\p{Lu}\p{N}“"])/u, "");
  // In a list, "and" separates titles rather than joining words of one.
  const item = new RegExp(`^[“"]?(${LIST_ITEM})[”"]?`, "u");
  for (let guard = 0; guard < 12; guard++) {
    const match = rest.match(item);
    if (!match) break;
    let name = match[1]!.replace(/[.,:;]+$/, "");
    // A following sentence glued on ("Sweet Home. The actor …") ends at the full stop.
    name = name.split(/\.\s+/)[0]!;
    if (acceptableTitle(name, context)) titles.push(name);
    rest = rest.slice(match[0].length);
    const separator = rest.match(/^\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*\|\s*|\s+&\s+|\s+or\s+)/);
    if (!separator) break;
    rest = rest.slice(separator[0].length);
  }
  return titles;
}

function noteTitles(context: ExtractionContext, titles: string[]): void {
  for (const t of titles) if (t.toLowerCase() !== context.title.toLowerCase()) context.otherTitles.add(t);
}

function knownFor(sentence: Sentence, context: ExtractionContext, personName: string, titles: string[], certainty: Certainty, job?: string): ExtractedClaim[] {
  noteTitles(context, titles);
  return titles
    .filter((t) => t.toLowerCase() !== context.title.toLowerCase())
    .map((t) => makeClaim(sentence, person(personName), "known-for", { type: "mention", mention: title(t, context) }, certainty, job ? { job } : {}));
}

/** Names in a sentence, Korean by shape, others by the cue words around them. */
function namesIn(text: string): FoundName[] {
  return findKoreanNames(text);
}

function nameBefore(text: string, index: number, context: ExtractionContext): string | undefined {
  const names = namesIn(text).filter((n) => n.end <= index);
  const last = names[names.length - 1];
  if (last && index - last.end <= 3) return last.name;
  const western = text.slice(0, index).match(new RegExp(`(${NAME})\\s*,?\\s*$`, "u"));
  if (western) return resolvePersonReference(western[1]!, context) ?? (western[1]!.split(/\s+/).length >= 2 ? western[1] : undefined);
  return undefined;
}

/** The flattened cast table: "Role Cast Member Where Have I Seen/Heard Them Before? <role> <actor> <t1> | <t2> …". */
function castTable(sentence: Sentence, context: ExtractionContext): ExtractedClaim[] {
  const text = sentence.text;
  const header = text.match(/^(?:role|character)\s+(?:cast member|actor|actress|cast)\b(?:[^?]*\?)?\s*/i);
  if (!header) return [];
  const body = text.slice(header[0].length);
  const bodyOffset = header[0].length;
  const names = findKoreanNames(body);
  const claims: ExtractedClaim[] = [];
  // Walk the names in order: a role (a name or TBA) then its actor; what follows up to the next role is the actor's titles.
  type Row = { role: string | null; note?: string; actor: FoundName; end: number };
  const rows: Row[] = [];
  let i = 0;
  while (i < names.length) {
    const first = names[i]!;
    const beforeFirst = body.slice(0, first.start);
    const tba = /\bTBA\s*$/i.test(beforeFirst);
    const afterFirst = body.slice(first.end);
    const young = afterFirst.match(/^\s*\((young|child|teen|younger|adult|old)\)/i);
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
  rows.forEach((row, index) => {
    const next = rows[index + 1];
    const nextStart = next ? (next.role ? names.filter((n) => n.name === next.role && n.start >= row.end && n.end <= next.actor.start).pop()?.start ?? next.actor.start : body.lastIndexOf("TBA", next.actor.start)) : body.length;
    const titlesText = body.slice(row.end, nextStart >= row.end ? nextStart : body.length).replace(/\bTBA\s*$/i, "");
    const actor = rememberPerson(context, row.actor.name, "actor");
    const qualifiers: Qualifiers = {};
    if (row.role) {
      qualifiers.character = row.role;
      context.characters.add(row.role);
    }
    if (row.note) qualifiers.characterNote = row.note;
    const roleAt = row.role ? names.filter((n) => n.name === row.role && n.end <= row.actor.start).pop()?.start : undefined;
    const start = sentence.start + bodyOffset + (roleAt ?? (body.lastIndexOf("TBA", row.actor.start) >= 0 && !row.role ? body.lastIndexOf("TBA", row.actor.start) : row.actor.start));
    const end = sentence.start + bodyOffset + Math.min(body.length, nextStart >= row.end ? nextStart : body.length);
    const quote = context.text.slice(start, end).trim();
    claims.push({ subject: context.titleMention, property: "cast-member", value: { type: "mention", mention: person(actor) }, qualifiers, certainty: "reported", quote, start, end: start + quote.length });
    const titles = titlesText.split(/\s*\|\s*/).map((t) => t.trim()).filter((t) => acceptableTitle(t, context));
    noteTitles(context, titles);
    for (const t of titles) {
      claims.push({ subject: person(actor), property: "known-for", value: { type: "mention", mention: title(t, context) }, qualifiers: {}, certainty: "reported", quote, start, end: start + quote.length });
    }
  });
  return claims;
}

/** Cast and crew credits, and the other shows people are known for. */
export function creditCues(sentence: Sentence, context: ExtractionContext): ExtractedClaim[] {
  if (sentence.kind === "table") return castTable(sentence, context);
  if (sentence.kind === "embed") return [];
  const text = sentence.text;
  const claims: ExtractedClaim[] = [];
  const certainty: Certainty = sentenceCertainty(text) === "speculative" ? "speculative" : "reported";
  const aboutShow = aboutMain(sentence, context);
  const inQuote = sentence.kind === "quote";
  const names = namesIn(text);
  for (const n of names) rememberPerson(context, n.name);

  // Role words before names: "director Ahn Gil-ho", "lawyer Kim Mun Hui", "actress Han Ji Min".
  // Role words are matched in either case by spelling both; the "i" flag would let \p{Lu} match lower case too.
  const roleWords = ["co-creator", "screenwriter", "scriptwriter", "writer", "director", "creator", "showrunner", "producer", "composer", "actor", "actress", "lawyer", "attorney", "star", "singer", "idol"]
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .concat(["PD"])
    .join("|");
  // "Co-creators Craig Mazin and Neil Druckmann": a plural job word names two people.
  for (const match of text.matchAll(new RegExp(`(?:^|[^\\p{L}])([Cc]o-creators|[Cc]reators|[Ww]riters|[Dd]irectors|[Ss]howrunners|[Pp]roducers)\\s+(${NAME})\\s+and\\s+(${NAME})`, "gu"))) {
    const job = crewJob(match[1]!.toLowerCase().replace(/^co-/, "").replace(/s$/, ""));
    if (!job || inQuote || (!aboutShow && match.index! > 1) || mentionsOtherTitle(text, context)) continue;
    for (const raw of [match[2]!, match[3]!]) {
      const name = personName(raw, names, context);
      if (name) claims.push(makeClaim(sentence, context.titleMention, "crew-member", { type: "mention", mention: person(rememberPerson(context, name, job)) }, certainty, { job }));
    }
  }
  for (const match of text.matchAll(new RegExp(`(?:^|[^\\p{L}])((?:${CAP_RUN})\\s+)?(${roleWords})\\s+(${NAME})`, "gu"))) {
    const role = match[2]!.toLowerCase().replace(/^co-/, "");
    const name = names.find((n) => text.indexOf(n.name, match.index!) === match.index! + match[0].length - match[3]!.length)?.name ?? (resolvePersonReference(match[3]!, context) ? resolvePersonReference(match[3]!, context)! : match[3]!.split(/\s+/).length >= 2 ? match[3]! : undefined);
    if (!name) continue;
    const owner = match[1]?.trim().replace(/['’]s$/, "");
    // "Director Bong Joon-ho praised the series": an opinion of the show, not a credit on it.
    const onlooker = /^\s*(?:has\s+|had\s+)?(praised|lauded|slammed|criticized|criticised|reviewed|watched|recommended|compared|congratulated|shared (?:his|her) (?:love|thoughts)|called)\b/i.test(text.slice(match.index! + match[0].length));
    const job = onlooker ? undefined : crewJob(role);
    const key = rememberPerson(context, name, job ?? role);
    if (/^(lawyer|attorney)$/.test(role)) continue;
    if (job) {
      if (owner && !mentionsTitle(owner, context.title) && trailingTitle(owner) && acceptableTitle(trailingTitle(owner)!, context)) {
        // "Descendants of the Sun writer Kim Eun Sook": known for that show.
        claims.push(...knownFor(sentence, context, key, [trailingTitle(owner)!], certainty, job));
      } else if (!inQuote && (aboutShow || (owner && mentionsTitle(owner, context.title)) || (!mentionsOtherTitle(text, context) && crewContext.test(text)))) {
        // A job word opening the sentence ("Writer Kim Eun-sook returns …") names the show's own crew.
        claims.push(makeClaim(sentence, context.titleMention, "crew-member", { type: "mention", mention: person(key) }, certainty, { job }));
      }
    }
  }

  // "written by X", "directed by X", "Directing the series is X", "X will direct".
  for (const match of text.matchAll(new RegExp(`\\b([Ww]ritten|[Dd]irected|[Cc]reated|[Pp]roduced|[Pp]enned|[Hh]elmed)\\s+by\\s+(${NAME})(?:\\s+and\\s+(${NAME}))?`, "gu"))) {
    if (!aboutShow || inQuote) continue;
    const job = crewJob(match[1]!.toLowerCase())!;
    for (const raw of [match[2], match[3]]) {
      const name = raw ? personName(raw, names, context) : undefined;
      if (!name) continue;
      const key = rememberPerson(context, name, job);
      claims.push(makeClaim(sentence, context.titleMention, "crew-member", { type: "mention", mention: person(key) }, certainty, { job }));
    }
  }
  // "the Tim Burton-directed series"
  for (const match of text.matchAll(new RegExp(`(${NAME})-(directed|created|produced|penned|written)\\b`, "gu"))) {
    if (!aboutShow || inQuote) continue;
    const job = crewJob(match[2]!)!;
    const name = personName(match[1]!, names, context);
    if (name) claims.push(makeClaim(sentence, context.titleMention, "crew-member", { type: "mention", mention: person(rememberPerson(context, name, job)) }, certainty, { job }));
  }
  // "Mike Flanagan serves as showrunner and director": each job named.
  const serves = text.match(new RegExp(`(${NAME})\\s+(?:serves|served|will serve|is serving)\\s+as\\s+(?:the\\s+)?(?:series\\s+|show['’]s\\s+)?((?:showrunner|director|writer|creator|producer|executive producer|composer)(?:\\s*(?:,|and)\\s*(?:showrunner|director|writer|creator|producer|executive producer|composer))*)`, "u"));
  if (serves && !inQuote && !mentionsOtherTitle(text, context)) {
    const name = personName(serves[1]!, names, context);
    for (const word of serves[2]!.split(/\s*(?:,|and)\s*/)) {
      const job = crewJob(word);
      if (name && job) claims.push(makeClaim(sentence, context.titleMention, "crew-member", { type: "mention", mention: person(rememberPerson(context, name, job)) }, certainty, { job }));
    }
  }
  const directing = text.match(new RegExp(`\\b(Directing|Writing|Producing|Helming)\\s+(?:the\\s+(?:series|show|drama|film|season)|${escape(context.title)})\\s+(?:is|will be)\\s+(${NAME})`, "u"));
  if (directing) {
    const job = directing[1] === "Writing" ? "writer" : directing[1] === "Producing" ? "producer" : "director";
    const name = names.find((n) => n.start === directing.index! + directing[0].length - directing[2]!.length)?.name ?? directing[2]!;
    const key = rememberPerson(context, name, job);
    claims.push(makeClaim(sentence, context.titleMention, "crew-member", { type: "mention", mention: person(key) }, certainty, { job }));
  }

  // "X, the writer of Y", "who previously directed A, B, and C", "known for his work on A and B".
  for (const match of text.matchAll(/\b(?:the|its)\s+(writer|director|creator|star|showrunner|producer|PD)\s+(?:of|behind)\s+/gi)) {
    const owner = nameBefore(text, match.index!, context);
    const titles = leadingTitles(text.slice(match.index! + match[0].length), context);
    noteTitles(context, titles);
    if (owner) claims.push(...knownFor(sentence, context, rememberPerson(context, owner), titles, certainty, crewJob(match[1]!)));
  }
  for (const match of text.matchAll(/(?<![-\w])(?:who\s+)?(?:previously|also|recently|has|had|once)?\s*(directed|wrote|penned|created|starred in|appeared in|worked on|was (?:recently )?seen in|is known for (?:his|her|their) (?:work|roles?|performances?) (?:on|in)|(?:is|are|was) (?:best )?known for(?: (?:his|her|their) (?:work|roles?|performances?) (?:on|in))?)\s+/gi)) {
    const verb = match[1]!.toLowerCase();
    const rest = text.slice(match.index! + match[0].length);
    const titles = leadingTitles(rest, context).filter((t) => t.toLowerCase() !== context.title.toLowerCase());
    if (titles.length === 0) continue;
    let owner: string | undefined;
    const before = text.slice(0, match.index!);
    const who = before.match(new RegExp(`(${NAME}),?\\s*$`, "u"));
    if (who) owner = names.find((n) => before.endsWith(n.name) || before.trimEnd().replace(/,$/, "").endsWith(n.name))?.name ?? resolvePersonReference(who[1]!, context);
    if (!owner && /^\s*(he|she|the actor|the actress|they)\b/i.test(before.split(/[.;]/).pop() ?? "")) owner = context.lastPerson ?? undefined;
    if (!owner) owner = names.filter((n) => n.end <= match.index!).pop()?.name;
    if (!owner && /^(The actor|The actress|He|She)\b/.test(text)) owner = context.lastPerson ?? undefined;
    if (!owner) continue;
    const job = /direct/.test(verb) ? "director" : /wrote|penned/.test(verb) ? "writer" : /created/.test(verb) ? "creator" : undefined;
    claims.push(...knownFor(sentence, context, rememberPerson(context, owner, job), titles, certainty, job));
  }

  if (!inQuote) claims.push(...castCues(sentence, context, names, certainty));
  return claims;
}

/** A person's name from a matched span: a Korean name found in it, a person the article named, or a full name. */
function personName(raw: string, names: FoundName[], context: ExtractionContext, allowSingle = false): string | undefined {
  const trimmed = raw.trim();
  const found = names.find((n) => trimmed.endsWith(n.name) || n.name === trimmed);
  if (found) return found.name;
  const resolved = resolvePersonReference(trimmed, context);
  if (resolved) return resolved;
  const tokens = trimmed.split(/\s+/);
  if (/^(The|This|That|It|Its|In|On|A|An|Netflix|Season|Part)$/.test(tokens[0]!)) return undefined;
  if (tokens.length >= 2 && tokens.length <= 4) return trimmed;
  return allowSingle && tokens.length === 1 && trimmed.length > 2 ? trimmed : undefined;
}

function castClaim(sentence: Sentence, context: ExtractionContext, actor: string, character: string | null, certainty: Certainty, note?: string): ExtractedClaim {
  const key = rememberPerson(context, actor, "actor");
  const qualifiers: Qualifiers = {};
  if (character) {
    qualifiers.character = character;
    context.characters.add(character);
  }
  if (note) qualifiers.characterNote = note;
  return makeClaim(sentence, context.titleMention, "cast-member", { type: "mention", mention: person(key) }, certainty, qualifiers);
}

function isKnownCharacter(name: string, context: ExtractionContext): boolean {
  const lower = name.toLowerCase().replace(/[-\s]/g, "");
  return [...context.characters].some((c) => {
    const cl = c.toLowerCase().replace(/[-\s]/g, "");
    return cl === lower || cl.endsWith(lower);
  });
}

function isActor(name: string, context: ExtractionContext): boolean {
  return context.people.get(name)?.roles.has("actor") ?? false;
}

function castCues(sentence: Sentence, context: ExtractionContext, names: FoundName[], certainty: Certainty): ExtractedClaim[] {
  const text = sentence.text;
  const claims: ExtractedClaim[] = [];
  const aboutShow = aboutMain(sentence, context);

  // "Baek Yi-jin (played by Nam Joo-hyuk)".
  for (const match of text.matchAll(new RegExp(`(${NAME})\\s*\\((?:played|portrayed|voiced) by\\s+(${NAME})\\)`, "gu"))) {
    const actor = personName(match[2]!, names, context);
    if (actor) claims.push(castClaim(sentence, context, actor, match[1]!, "reported"));
  }

  // "Character (Actor)" or "Actor (Character)".
  for (const n of names) {
    const after = text.slice(n.end).match(new RegExp(`^\\s*\\((${NAME})\\)`, "u"));
    if (!after) continue;
    const inner = names.find((m) => m.start > n.end && m.name === after[1]) ?? { name: after[1]! };
    let actor = inner.name;
    let character = n.name;
    if (isActor(n.name, context) || isKnownCharacter(inner.name, context)) [actor, character] = [n.name, inner.name];
    if (!findKoreanNames(actor).length && actor.split(/\s+/).length < 2) continue;
    claims.push(castClaim(sentence, context, actor, character, "reported"));
  }

  // "X plays Y", "X, who played Y", "X stars as Y", "X portrays Y".
  const castVerb =
    "(?:joins the cast(?: in season \\d+| for season \\d+)? as|joined the cast as|play|plays|played|portrays|portrayed|will play|will portray|is set to play|will star as|stars as|starred as|starring as|returns as|returning as|will return as|reprises (?:his|her|their) role as|reprising (?:his|her|their) role as|will reprise (?:his|her|their) role as|joins as|is cast as|was cast as|has been cast as|takes on the role of|took on the role of|plays the role of|played the role of)";
  const CHARACTER = `(?:(?:Dr|Mr|Mrs|Ms|Prof|St)\\.\\s+)?${NAME}`;
  const hasCastVerb = /\b(play|plays?|played|portray\w*|stars? as|starred as|starring as|returns? as|returning as|repris\w*|cast as|role of|joins as|joins the cast|joined the cast|set to play|will play)\b/.test(text);
  for (const match of !hasCastVerb ? [] : text.matchAll(new RegExp(`(${NAME}|[Hh]e|[Ss]he|[Tt]he actor|[Tt]he actress)(?:,\\s*who)?\\s+${castVerb}\\s+(?:(?:detective|doctor|officer|prosecutor|lawyer|captain|agent|teacher|nurse|king|queen|prince|princess|young|older|the villain|the mysterious)\\s+)?(${CHARACTER}|one of [^,.;]+|(?:a|an|the) [^,.;]+)`, "gu"))) {
    const rawActor = match[1]!;
    const found = names.find((n) => n.end === match.index! + rawActor.length || (n.start >= match.index! && n.end <= match.index! + rawActor.length));
    // One word can be a stage name (Jisoo, Zendaya, IU) when it is not a word that starts sentences.
    const singleStageName = rawActor.split(/\s+/).length === 1 && !/^(He|She|It|They|The|This|That|Who|Which|Meanwhile|Also|Here|There|Netflix|Season)$/.test(rawActor) && !mentionsTitle(rawActor, context.title);
    const actor = found?.name ?? resolvePersonReference(rawActor, context) ?? ((rawActor.split(/\s+/).length >= 2 && !/^(The|This|That)\b/.test(rawActor)) || singleStageName ? rawActor : undefined);
    if (!actor) continue;
    const role = match[2]!;
    // "Moon So-ri and Park Hae-joon play the older versions": both of them.
    const partner = text.slice(0, match.index!).match(new RegExp(`(${NAME})\\s+and\\s*$`, "u"));
    if (partner && /^(one of|a|an|the)\b/i.test(role)) {
      const other = personName(partner[1]!, names, context);
      if (other) claims.push(castClaim(sentence, context, other, null, certainty, role.trim()));
    }
    const namedRole = role.match(/^the ((?:[\p{Lu}][\p{L}'’-]+\s?){1,3})$/u);
    if (namedRole) claims.push(castClaim(sentence, context, actor, namedRole[1]!.trim(), certainty));
    else if (/^(one of|a|an|the)\b/i.test(role)) claims.push(castClaim(sentence, context, actor, null, certainty, role.trim()));
    else claims.push(castClaim(sentence, context, actor, role.replace(/['’]s$/, ""), certainty));
  }

  // "…, with Jonathan Pryce as Prince Philip and Lesley Manville as Princess Margaret": pairs in a casting sentence.
  if (hasCastVerb || /\b(stars?|starring|cast|ensemble|joined by|returns?)\b/i.test(text)) {
    for (const pair of text.matchAll(new RegExp(`(?:\\bwith|,|\\band|\\bwhile)\\s+(${NAME})\\s+as\\s+(${CHARACTER})`, "gu"))) {
      const actor = personName(pair[1]!, names, context);
      if (actor && !claims.some((c) => c.value.type === "mention" && c.value.mention.name === actor)) claims.push(castClaim(sentence, context, actor, pair[2]!, certainty));
    }
  }

  // "Han Ji-min's Ji-an": an actor's character.
  for (const n of names) {
    const after = text.slice(n.end).match(/^['’]s\s+([\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+){0,2})/u);
    if (!after) continue;
    const character = after[1]!;
    if (!isKnownCharacter(character, context) && !readsAsGivenName(character) && !findKoreanNames(character).length) continue;
    if (mentionsTitle(character, context.title) || /^(Season|Part|Netflix)\b/.test(character)) continue;
    claims.push(castClaim(sentence, context, n.name, character, "reported"));
  }

  // "X replaces Y as Z": a recast.
  const recast = mentionsOtherTitle(text, context) ? null : text.match(new RegExp(`(${NAME})\\s+(?:will\\s+)?(?:replaces?|replaced|is replacing|will replace)\\s+(${NAME})(?:\\s+as\\s+(${NAME}))?`, "u"));
  if (recast) {
    const incoming = names.find((n) => recast[1]!.endsWith(n.name))?.name ?? recast[1]!;
    const outgoing = names.find((n) => recast[2]!.startsWith(n.name))?.name ?? recast[2]!;
    claims.push(castClaim(sentence, context, incoming, recast[3] ?? null, certainty));
    claims.push(makeClaim(sentence, context.titleMention, "recast", { type: "mention", mention: person(rememberPerson(context, incoming, "actor")) }, certainty, { label: `replaces ${outgoing}`, ...(recast[3] ? { character: recast[3] } : {}) }));
  }
  // "starring A, B and C", "A and B star in <Title>", "X joins the cast", "X will make his debut when <Title> releases".
  const starring = text.match(/\b(?:starring|stars|starred|led by|headlined by|features|featuring|(?:cast|newcomers|lineup|ensemble|returning cast)\s+(?:also\s+)?includes?|joined by)\s+(?!in\b|as\b)([^.;]+)/i);
  if (starring && (aboutShow || (/includes?|joined by/i.test(starring[0]) && !mentionsOtherTitle(text, context)))) {
    // "stars Kim Soo Hyun as Baek Hyun Woo, … and Kim Ji Won as Hong Hae In": pairs first, then plain names.
    const list = starring[1]!;
    const paired = new Set<string>();
    for (const pair of list.matchAll(new RegExp(`(${NAME})\\s+as\\s+(${CHARACTER})`, "gu"))) {
      const actor = personName(pair[1]!, findKoreanNames(pair[1]!), context);
      if (!actor) continue;
      claims.push(castClaim(sentence, context, actor, pair[2]!, certainty));
      paired.add(pair[1]!).add(pair[2]!);
    }
    const korean = findKoreanNames(list).map((n) => n.name);
    const western = korean.length ? [] : list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((item) => item.trim()).filter((item) => new RegExp(`^${NAME}$`, "u").test(item));
    for (const name of [...korean, ...western]) {
      if ([...paired].some((p) => p.includes(name)) || context.characters.has(name)) continue;
      const actor = personName(name, findKoreanNames(name), context);
      if (actor) claims.push(castClaim(sentence, context, actor, null, certainty));
    }
  }
  if (!aboutShow) return claims;
  const LIST = `${NAME}(?:,\\s*${NAME})*(?:,?\\s+and\\s+${NAME})?`;
  const hasJoinVerb = /\b(join\w*|stars?|starred|appears?|appeared|leads?|headlines?|debut|casting)\b/.test(text);
  for (const match of !hasJoinVerb ? [] : text.matchAll(new RegExp(`(${NAME})\\s+(?:will\\s+)?(?:joins?|joined|has joined|have joined)\\s+the\\s+cast|(${LIST})\\s+(?:will\\s+)?(?:also\\s+)?(?:stars?|starred|appears?|appeared|lead|leads|headline|headlines)\\s+in\\s+${escape(context.title)}|(${NAME})\\s+(?:will\\s+)?(?:also\\s+)?make\\s+(?:his|her|their)\\s+[\\w\\s]*?debut\\s+(?:when|in|with)\\s+${escape(context.title)}|(${NAME})['’]s\\s+casting`, "gu"))) {
    const raw = match[1] ?? match[2] ?? match[3] ?? match[4]!;
    // "Zendaya and Sydney Sweeney star in X": every name in the list, one-word stage names included.
    const items = match[2] ? raw.split(/\s*,\s*(?:and\s+)?|\s+and\s+/) : [raw];
    for (const item of items) {
      const actor = personName(item, names, context, match[2] !== undefined);
      if (actor) claims.push(castClaim(sentence, context, actor, null, certainty));
    }
  }
  return claims;
}

/** A caption "X in <Title>": weak evidence that X is in the cast. */
export function captionCue(sentence: Sentence, context: ExtractionContext): ExtractedClaim[] {
  if (sentence.kind !== "caption") return [];
  const match = sentence.text.match(new RegExp(`^(${NAME})\\s+(?:in|as .+ in)\\s+${escape(context.title)}\\b`, "u"));
  if (!match) return [];
  const name = findKoreanNames(match[1]!)[0]?.name ?? (match[1]!.split(/\s+/).length >= 2 ? match[1]! : undefined);
  if (!name) return [];
  return [castClaim(sentence, context, name, null, "reported", undefined)];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
