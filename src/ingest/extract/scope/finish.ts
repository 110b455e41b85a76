import type { CleanArticle } from "../../read/clean-article.ts";
import type { ArticleScope } from "../engine/article-scope.ts";
import type { ExtractedClaim, Mention } from "../types.ts";
import { platformBySpelling } from "../vocab/platforms.ts";

/**
 * The last pass over an article's claims: full names for surnames, no credits for people the
 * article says are neither cast nor crew, what charts imply (a charting show has been released;
 * a chart week holding the premiere is its first week), and one claim per fact.
 */
export function finishClaims(claims: ExtractedClaim[], scope: ArticleScope, author: string | null): ExtractedClaim[] {
  const people = scope.people;
  const titleNames = new Set(scope.titles.entries.flatMap((e) => [...e.spellings].map((s) => s.toLowerCase())));
  const out: ExtractedClaim[] = [];
  for (const claim of claims) {
    let value = claim.value;
    let subject = claim.subject;
    // A surname alone ("Brook", "Kim") becomes the one full name the article gives it.
    if (value.type === "mention" && value.mention.kind === "person" && !value.mention.name.includes(" ")) {
      const full = people.resolve(value.mention.name);
      if (full) value = { type: "mention", mention: { kind: "person", name: full } };
    }
    if (subject.kind === "person" && !subject.name.includes(" ")) {
      const full = people.resolve(subject.name);
      if (full) subject = { kind: "person", name: full };
    }
    if (claim.property === "cast-member" || claim.property === "crew-member") {
      if (value.type !== "mention") continue;
      const name = value.mention.name;
      const lower = name.toLowerCase();
      if (author && lower === author.toLowerCase()) continue;
      if (titleNames.has(lower) || platformBySpelling(name)) continue;
      if (people.is(name, "non-credit") && !(claim.property === "crew-member" && people.is(name, "crew"))) continue;
      if (people.is(name, "character") && !people.is(name, "actor") && claim.property === "cast-member") continue;
      if (claim.property === "cast-member" && claim.qualifiers.character && claim.qualifiers.character.toLowerCase() === lower) continue;
    }
    out.push({ ...claim, value, subject });
  }

  // What charts and ratings imply: a show on a chart or on air has been released.
  const released = new Set<string>();
  for (const claim of out) {
    if (claim.subject.kind !== "title") continue;
    const metric = ["hours-viewed", "views", "rank", "weeks-in-top-10", "weeks-at-number-1", "consecutive-weeks-at-number-1", "rating"].includes(claim.property);
    if (!metric || claim.certainty === "speculative") continue;
    // A critics' score says nothing of which season is out; a chart or a broadcast rating does.
    if (claim.property === "rating" && /rotten|metacritic|imdb|mydramalist/i.test(claim.qualifiers.site ?? "")) continue;
    const season = claim.qualifiers.season ?? 1;
    const key = `${claim.subject.name}|${season}`;
    if (released.has(key)) continue;
    released.add(key);
    out.push({ ...claim, property: "season-status", value: { type: "enum", value: "released" }, qualifiers: { season }, certainty: "confirmed" });
  }
  // A streamer's own chart or report names its titles: every title ranked or counted on it streams there.
  const chartPlatform = chartPlatformOf(scope);
  if (chartPlatform) {
    const charted = new Set<string>();
    for (const claim of [...out]) {
      if (claim.subject.kind !== "title" || !["hours-viewed", "views", "rank", "weeks-in-top-10", "weeks-at-number-1", "consecutive-weeks-at-number-1"].includes(claim.property)) continue;
      if (claim.qualifiers.list && /^[A-Z]{2}$/.test(claim.qualifiers.list) && chartPlatform.role === "network") continue;
      if (charted.has(claim.subject.name)) continue;
      charted.add(claim.subject.name);
      out.push({ ...claim, property: "platform", value: { type: "enum", value: chartPlatform.name }, qualifiers: {}, certainty: "reported" });
    }
  }
  // The article's show, aired by a national network ("GMA's primetime drama", "airs on BS11"), comes from that network's
  // country when the article names none: broadcasters make or commission what they premiere. Not from a carriage abroad.
  const countryKnown = new Set(out.filter((c) => c.property === "country" && c.subject.kind === "title").map((c) => c.subject.name));
  const networkCountries = new Map<string, Set<string>>();
  for (const claim of out) {
    // The article's own show only: a roundup's passing mention of another show's channel says less.
    if (claim.property !== "platform" || claim.subject.kind !== "title" || !claim.subject.main || claim.value.type !== "enum" || countryKnown.has(claim.subject.name)) continue;
    const entry = platformBySpelling(claim.value.value) ?? undefined;
    if (!entry || entry.role !== "network" || !entry.country) continue;
    if (/\b(?:re-?broadcast|re-?run|simulcast|carried|carries|acquired|licensed|dubbed|in (?:the )?(?:UK|U\.K\.|US|U\.S\.|Britain|America|Canada|Australia|Japan|Korea|India|Philippines))\b/i.test(claim.quote)) continue;
    const set = networkCountries.get(claim.subject.name) ?? new Set<string>();
    set.add(entry.country);
    networkCountries.set(claim.subject.name, set);
  }
  for (const [name, countries] of networkCountries) {
    if (countries.size !== 1) continue;
    const source = out.find((c) => c.property === "platform" && c.subject.kind === "title" && c.subject.name === name)!;
    out.push({ ...source, property: "country", value: { type: "enum", value: [...countries][0]! }, qualifiers: {}, certainty: "reported" });
  }
  // "dropped on 3 June … the most-watched series in its very first week … 2.8 million views": chart figures told
  // without their week, in an article about the first week, are the premiere's week (chart weeks run Monday to Sunday).
  const firstWeekTalk = /\b(?:(?:its|their|the)\s+(?:very\s+)?(?:first|opening|debut)\s+week|open(?:ed|ing|s)\s+at\s+(?:number|no\.|#)|debut(?:ed|s|ing)?\s+at\s+(?:number|no\.|#))/i.test(scope.sentences.map((s) => s.text).join(" "));
  if (firstWeekTalk) {
    for (const claim of out) {
      if (claim.qualifiers.scope !== "week" || claim.qualifiers.week || claim.subject.kind !== "title" || !["views", "hours-viewed", "rank"].includes(claim.property)) continue;
      const premieres = out.filter((c) => c.property === "release-date" && sameSubject(c.subject, claim.subject) && c.value.type === "date" && c.value.precision === "day" && !c.qualifiers.doubted && c.certainty !== "speculative");
      const dates = [...new Set(premieres.map((c) => (c.value.type === "date" ? c.value.date : "")))];
      if (dates.length !== 1) continue;
      const day = new Date(`${dates[0]}T00:00:00Z`);
      const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
      claim.qualifiers = { ...claim.qualifiers, week: monday };
    }
  }
  // A first-week figure is counted in the week of the premiere: "dropped Thursday, Nov. 6, and in those first four days
  // … No. 2" belongs to the week of Nov. 3, whatever week the article reports on.
  for (const claim of out) {
    if (claim.qualifiers.scope !== "first-week" || claim.subject.kind !== "title" || !["views", "hours-viewed", "rank"].includes(claim.property)) continue;
    const premieres = out.filter((c) => c.property === "release-date" && sameSubject(c.subject, claim.subject) && c.value.type === "date" && c.value.precision === "day" && !c.qualifiers.doubted && c.certainty !== "speculative" && (claim.qualifiers.season === undefined || (c.qualifiers.season ?? 1) === claim.qualifiers.season) && (!scope.published || c.value.date <= scope.published));
    const dates = [...new Set(premieres.map((c) => (c.value.type === "date" ? c.value.date : "")))].sort();
    const latest = dates[dates.length - 1];
    if (!latest) continue;
    const day = new Date(`${latest}T00:00:00Z`);
    const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
    if (claim.qualifiers.week && claim.qualifiers.week > monday) claim.qualifiers = { ...claim.qualifiers, week: monday };
  }
  // A chart week that holds the premiere is the show's first week.
  for (const claim of out) {
    if (claim.qualifiers.scope !== "week" || !claim.qualifiers.week || claim.subject.kind !== "title") continue;
    const week = claim.qualifiers.week;
    const weekEnd = new Date(Date.parse(`${week}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
    const premiere = out.find((c) => c.property === "release-date" && sameSubject(c.subject, claim.subject) && c.value.type === "date" && c.value.precision === "day" && c.value.date >= week && c.value.date <= weekEnd && !c.qualifiers.doubted);
    if (premiere) claim.qualifiers = { ...claim.qualifiers, scope: "first-week" };
  }

  const seen = new Set<string>();
  return out.filter((claim) => {
    const key = JSON.stringify([claim.subject, claim.property, claim.value, claim.qualifiers]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The one streamer whose chart or report the article reads: "Netflix's Global Top 10", "the Amazon Prime Video weekly Top 10". */
function chartPlatformOf(scope: ArticleScope) {
  const found = new Map<string, ReturnType<typeof platformBySpelling>>();
  for (const frame of scope.frames) {
    for (const slot of frame.slots) {
      if (slot.kind !== "P") continue;
      const after = frame.text.slice(slot.end, slot.end + 60);
      const before = frame.text.slice(Math.max(0, slot.start - 40), slot.start);
      // "Netflix's most-watched TV series of the spring", "the five biggest Netflix shows of the summer": the streamer's own figures.
      const mostWatched = /^(?:['’]s?)?\s+(?:most[- ](?:watched|viewed|streamed|popular)|biggest)\s+(?:[\w-]+\s+){0,2}(?:shows|series|titles)\b/i.test(after) || (/\b(?:most[- ](?:watched|viewed|streamed|popular)|biggest)\s+(?:[\w-]+\s+){0,2}$/i.test(before) && /^\s+(?:shows|series|titles|originals)\b/i.test(after));
      if (mostWatched || /^(?:['’]s?)?\s+(?:own\s+|new\s+|newest\s+|latest\s+|official\s+)?(?:[\w-]+\s+){0,3}?(?:top\s*10|top ten|charts?|rankers?|rankings?|engagement report|viewership (?:chart|list|report)|most[- ]popular list)\b/i.test(after) || /\b(?:top\s*10|chart|ranking|list)\s+(?:on|of|for)\s+$/i.test(before)) {
        found.set(slot.platform.name, slot.platform);
      }
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

function sameSubject(a: Mention, b: Mention): boolean {
  return a.kind === b.kind && a.name === b.name;
}

const plotHeading = /\b(plot|synopsis|story|storyline|about|premise|what happens)\b/i;

/** The plot paragraph: the one under a "What is the plot of …?" heading, or one that says "follows" or "tells the story". */
export function synopsisClaim(article: CleanArticle, scope: ArticleScope): ExtractedClaim | undefined {
  const title = scope.titles.entries[scope.main]!;
  const names = [...title.spellings];
  for (let index = 0; index < article.paragraphs.length; index++) {
    const paragraph = article.paragraphs[index]!;
    if (paragraph.kind !== "paragraph" || paragraph.text.length < 120) continue;
    const heading = article.paragraphs[index - 1];
    const underPlotHeading = heading?.kind === "heading" && plotHeading.test(heading.text);
    const describesPlot = /\b(follows|tells the story of|centers on|centres on|revolves around|is about)\b/i.test(paragraph.text) && names.some((n) => paragraph.text.includes(n));
    if (!underPlotHeading && !describesPlot) continue;
    if (scope.focus[scope.sentences.findIndex((s) => s.paragraph === index)] !== scope.main) continue;
    return { subject: { kind: "title", name: title.name, main: true }, property: "synopsis", value: { type: "text", value: paragraph.text }, qualifiers: {}, certainty: "reported", quote: paragraph.text, start: paragraph.start, end: paragraph.end };
  }
  return undefined;
}
