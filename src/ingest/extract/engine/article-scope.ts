import type { Paragraph } from "../../read/clean-article.ts";
import type { TitleRegistry } from "../scope/titles.ts";
import type { Sentence } from "../types.ts";
import type { Frame } from "./frame.ts";

/** What the article says a person is, gathered in the people pass and read by later rules. */
export interface PersonRole {
  name: string;
  roles: Set<"actor" | "character" | "crew" | "non-credit">;
  spellings: Set<string>;
}

export class PeopleBook {
  private readonly byKey = new Map<string, PersonRole>();
  /** Every full name the article writes, for surnames that no credit explains. */
  private readonly written = new Set<string>();

  /** Full names seen anywhere in the article ("from Arlo Penn and Greta Brook"). */
  noteWritten(name: string): void {
    if (name.includes(" ")) this.written.add(name);
  }

  private static key(name: string): string {
    return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  }

  note(name: string, role: "actor" | "character" | "crew" | "non-credit"): void {
    const key = PeopleBook.key(name);
    const entry = this.byKey.get(key) ?? { name, roles: new Set(), spellings: new Set<string>() };
    entry.roles.add(role);
    // "Han Seo-rin" and "Han Seo Rin" share a key; each becomes an alias of the person.
    entry.spellings.add(name);
    this.byKey.set(key, entry);
  }

  get(name: string): PersonRole | undefined {
    return this.byKey.get(PeopleBook.key(name));
  }

  is(name: string, role: "actor" | "character" | "crew" | "non-credit"): boolean {
    return this.get(name)?.roles.has(role) ?? false;
  }

  all(): PersonRole[] {
    return [...this.byKey.values()];
  }

  /**
   * The one known actor or crew member a partial reference points at: a surname ("Kim", "Brook"),
   * a given name ("Min-jae"), a full name in another spacing. Undefined when none or several fit.
   */
  resolve(reference: string, role: "actor" | "crew" | "any" = "any"): string | undefined {
    const ref = PeopleBook.key(reference);
    if (!ref) return undefined;
    const pool = this.all().filter((p) => (role === "any" ? p.roles.has("actor") || p.roles.has("crew") : p.roles.has(role)) && !p.roles.has("character"));
    const exact = pool.find((p) => PeopleBook.key(p.name) === ref && /\s/.test(p.name));
    if (exact) return exact.name;
    const fitsName = (name: string) => {
      const tokens = name.split(/\s+/).map((t) => PeopleBook.key(t));
      if (tokens.length < 2) return false;
      return tokens[0] === ref || tokens[tokens.length - 1] === ref || tokens.slice(1).join("") === ref;
    };
    const fits = pool.filter((p) => fitsName(p.name));
    if (fits.length === 1) return fits[0]!.name;
    if (fits.length > 1) return undefined;
    const characters = new Set(this.all().filter((p) => p.roles.has("character")).map((p) => PeopleBook.key(p.name)));
    const written = [...this.written].filter((n) => fitsName(n) && !characters.has(PeopleBook.key(n)));
    return written.length === 1 ? written[0] : undefined;
  }
}

/** The article as the rules see it: its titles, its sentences as frames, and who each sentence is about. */
export interface ArticleScope {
  titles: TitleRegistry;
  /** Index of the main show in `titles`. */
  main: number;
  published: string | null;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  frames: Frame[];
  /** For each sentence, the title it is about when it names none. */
  focus: number[];
  /** For each title, the season the article is about when a sentence does not say. */
  seasonFocus: Map<number, number>;
  /** For each title, the season its headline names. */
  headlineSeason: Map<number, number>;
  /** Whether the headline looks ahead (a renewal, a date, "everything we know"): its season is the one to come. */
  headlineLooksAhead: boolean;
  /** For each title, the highest season the article names for it. */
  seasonsNamed: Map<number, number>;
  /** Titles the article says have run before ("long-running", "back in production", "its fifth outing"): an unnumbered season of theirs is not the first. */
  runBefore: Set<number>;
  /** For each title, the season the article looks ahead to (renewed, coming, in production): not yet out. */
  upcomingSeason: Map<number, number>;
  people: PeopleBook;
}
