import type { Command } from "commander";
import { isoDay } from "../../app/clock.ts";
import { openContext } from "../../app/context.ts";
import { getTitleCard } from "../../cards/get-title-card.ts";
import { findTitle } from "../../catalog/find-title.ts";
import type { SourceRef, TitleCard } from "../../cards/title-card.schema.ts";
import { globalOptions } from "../global-options.ts";
import { print, printJson, style } from "../output.ts";
import { checkIsoDay } from "../../app/config.ts";

function cite(sources: SourceRef[]): string {
  return style.dim(`[${sources.map((s) => s.outlet ?? s.id).filter((v, i, a) => a.indexOf(v) === i).join(", ")}]`);
}

/** The card for a terminal: the questions in the order a reader asks them. */
export function renderCard(card: TitleCard, explain: boolean): void {
  print(`${style.bold(card.title)} ${style.dim(`(${card.kind}${card.country ? `, ${card.country}` : ""}${card.platforms.length ? `, ${card.platforms.join(", ")}` : ""})`)}`);
  if (card.aliases.length) print(style.dim(`also: ${card.aliases.join(" · ")}`));
  if (card.genres.length) print(`genres: ${card.genres.join(", ")}`);
  if (card.asOf) print(style.yellow(`as of ${card.asOf}`));
  print();
  for (const season of card.seasons) {
    print(style.bold(`Season ${season.number}: ${season.status}`) + (season.parts ? ` (${season.parts} parts)` : ""));
    for (const release of season.releases) {
      const when = release.when;
      print(`  ${release.part ? `part ${release.part}` : "release"}: ${style.cyan(when.value.label)} on ${release.platform} (${release.region}) — ${when.certainty}${when.hedge ? `, ${when.hedge}` : ""} ${cite(when.sources)}`);
      if (explain && when.explanation) print(style.dim(`    why: ${when.explanation}`));
      for (const conflict of when.conflicts) print(style.dim(`    ${conflict.superseded ? "superseded" : "conflict"}: ${conflict.value.label} (${conflict.certainty}${conflict.reason ? `; ${conflict.reason}` : ""}) [${conflict.sources.map((s) => s.outlet ?? s.id).join(", ")}]`));
    }
    if (season.episodeCount) {
      const episodes = season.episodeCount;
      print(`  episodes: ${episodes.value} — ${episodes.certainty} ${cite(episodes.sources)}`);
      if (explain && episodes.explanation) print(style.dim(`    why: ${episodes.explanation}`));
      for (const conflict of episodes.conflicts) print(style.dim(`    also reported: ${conflict.value}${conflict.reason ? ` (${conflict.reason})` : ""} [${conflict.sources.map((s) => s.outlet ?? s.id).join(", ")}]`));
    }
  }
  if (card.nextSeason) {
    const next = card.nextSeason;
    print();
    print(style.bold(`${next.season ? `Season ${next.season}` : "Next season (which season is not known)"} outlook: ${next.status}`) + (next.earliest ? `, not before ${next.earliest.label}` : ""));
    for (const signal of next.signals) {
      print(`  ${signal.polarity === "positive" ? style.green("+") : signal.polarity === "negative" ? style.red("−") : "·"} ${signal.kind}: ${signal.summary} ${cite(signal.sources)}`);
      if (explain) for (const line of signal.details ?? []) print(style.dim(`      ${line}`));
    }
    if (explain) for (const line of next.reasoning ?? []) print(style.dim(`    rule: ${line}`));
  }
  if (card.timeline.length) {
    print();
    print(style.bold("Timeline"));
    for (const event of card.timeline) print(`  ${event.date.label.padEnd(12)} ${event.summary} ${style.dim(`(${event.certainty})`)}${event.contradiction ? style.yellow(` ⚠ ${event.contradiction}`) : ""}`);
  }
  if (card.cast.length) {
    print();
    print(style.bold("Cast"));
    for (const credit of card.cast) print(`  ${credit.person.name}${credit.character ? ` as ${credit.character}` : credit.note ? ` (${credit.note})` : " (role TBA)"}${credit.note && credit.character ? ` (${credit.note})` : ""}${credit.knownFor.length ? style.dim(` — seen in ${credit.knownFor.slice(0, 4).join(", ")}`) : ""}`);
  }
  if (card.crew.length) {
    print();
    print(style.bold("Crew"));
    for (const credit of card.crew) print(`  ${credit.job}: ${credit.person.name}${credit.knownFor.length ? style.dim(` — ${credit.knownFor.slice(0, 4).join(", ")}`) : ""}`);
    for (const reunion of card.reunions ?? []) print(style.dim(`  reunion: ${reunion.people.join(" and ")} (${reunion.title})`));
  }
  if (card.viewership.length || card.ratings.length) {
    print();
    print(style.bold("Charts and ratings"));
    for (const m of card.viewership) print(`  ${m.metric} (${m.scope}${m.list ? `, ${m.list}` : ""}${m.week ? `, week of ${m.week}` : ""}): ${m.approximate ? "~" : ""}${m.value.toLocaleString("en")}${m.corroborated ? style.green(" ✓ corroborated") : ""} ${cite(m.sources)}`);
    for (const r of card.ratings) print(`  ${r.site}: ${r.value}${r.scale === "percent" ? "%" : `/${r.scale}`}${r.label ? ` (${r.label})` : ""} ${cite(r.sources)}`);
  }
  if (card.statements.length) {
    print();
    print(style.bold("Statements"));
    for (const s of card.statements) print(`  ${s.speaker}${s.onBehalfOf ? ` for ${s.onBehalfOf}` : ""}${s.via ? ` (via ${s.via})` : ""}: “${s.quote.replace(/\s+/g, " ").slice(0, 160)}${s.quote.length > 160 ? "…" : ""}”`);
  }
  print();
  print(style.bold("Sources"));
  for (const s of card.sources) print(`  ${s.outlet ?? "(outlet not given)"}${s.author ? `, ${s.author}` : ""} — ${s.published ?? (s.publishedInferred ? `undated (not before ${s.publishedInferred}, inferred)` : "undated")}${s.via ? `, via ${s.via}` : ""} ${style.dim(s.id)}`);
  for (const note of card.notes ?? []) print(style.yellow(`note: ${note}`));
}

export function registerShow(program: Command): void {
  program
    .command("show")
    .description("the title card: reconciled facts with their sources, conflicts, timeline and next-season outlook")
    .argument("<title>", "a title's id or any of its names")
    .option("--json", "print the card as JSON (the public title-card contract)")
    .option("--as-of <YYYY-MM-DD>", "build the card from what was known on that day")
    .option("--explain", "say why each value won")
    .action(async (query: string, options: { json?: boolean; asOf?: string; explain?: boolean }, command: Command) => {
      const asOf = checkIsoDay(options.asOf, "--as-of") ?? null;
      const context = await openContext(globalOptions(command));
      try {
        const title = await findTitle(context.connection.db, query);
        const card = await getTitleCard(context.connection.db, title, { asOf, today: isoDay(context.clock.now()) });
        if (options.json) printJson(card);
        else renderCard(card, options.explain === true);
      } finally {
        await context.close();
      }
    });
}
