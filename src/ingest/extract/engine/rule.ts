import type { Certainty } from "../../../domain/certainty.ts";
import type { Qualifiers } from "../../../domain/claim.ts";
import type { ParagraphKind } from "../../read/clean-article.ts";
import type { PropertyName } from "../properties.ts";
import type { ExtractedValue, Mention, Sentence } from "../types.ts";
import type { ArticleScope } from "./article-scope.ts";
import type { Frame, Slot } from "./frame.ts";

/** What a rule proposes; the runner fills in the subject, the certainty and the evidence. */
export interface Draft {
  property: PropertyName;
  value: ExtractedValue;
  qualifiers?: Qualifiers;
  /** Leave unset for the runner's certainty of the sentence; set it when the rule knows better ("premiered on" happened). */
  certainty?: Certainty;
  /** A person subject (controversy, age); unset for claims about a title. */
  subject?: Mention;
  /** The title the claim is about, as an index in the article's titles; unset to let the runner decide. */
  title?: number;
  /** Where in the masked sentence the claim's trigger stands, for choosing the title it is about. */
  at?: number;
}

export interface RuleMatch {
  /** The whole match in the masked sentence. */
  text: string;
  index: number;
  end: number;
  groups: Record<string, string | undefined>;
}

/** What a rule's build function can read: the sentence's frame and the article around it. */
export interface RuleContext {
  frame: Frame;
  sentence: Sentence;
  article: ArticleScope;
  /** The slot a named group captured (a slot number), if any. */
  slot(match: RuleMatch, group: string): Slot | undefined;
  /** Every slot of a kind inside a named group ("{names:cast}" → each name). */
  slotsIn(match: RuleMatch, group: string, kind: Slot["kind"]): Slot[];
  /** The certainty of the sentence: attribution, hedges, denials and hearsay carried from earlier sentences. */
  certainty: Certainty;
  /** The title the sentence is about when it names none (its segment's show). */
  focus: number;
  /** The title a point of the masked sentence is about. */
  titleAt(at: number): number;
  /** The season a point of the sentence is about, for a title: named nearby, or the article's season for it. */
  seasonAt(at: number, title: number | null): number | null;
  /**
   * The season a point is about, else the first season, unless the article says the show has run
   * before: then undefined, for a season nothing numbers is not the first.
   */
  seasonOrFirst(at: number, title: number): number | undefined;
  /** The one season the sentence just before (same paragraph) named for this title, which a sentence naming none goes on with. */
  seasonCarried(title: number): number | null;
}

export interface Rule {
  /** Stable id: "cast.plays", "release.verb-date". Shown by `extract --explain` and in the table tests. */
  id: string;
  produces: readonly PropertyName[];
  /** Which paragraph kinds the rule reads; prose by default. */
  kinds?: readonly ParagraphKind[];
  /** Read inside quoted speech too (a quote names the speaker's show as well as anyone). */
  inQuotes?: boolean;
  /** Questions ("Will season 2 happen?") assert nothing; a rule reads them only when it says so. */
  inQuestions?: boolean;
  pattern: RegExp | readonly RegExp[];
  build(match: RuleMatch, context: RuleContext): Draft[];
}

export const PROSE: readonly ParagraphKind[] = ["paragraph", "caption", "heading", "headline"];
