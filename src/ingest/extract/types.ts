import type { Certainty } from "../../domain/certainty.ts";
import type { ClaimValue, Qualifiers } from "../../domain/claim.ts";
import type { OrganizationRole } from "../../domain/entity.ts";
import type { ParagraphKind } from "../read/clean-article.ts";

/** A name as the article writes it; the resolve stage turns mentions into entities. */
export type Mention =
  | { kind: "title"; name: string; main: boolean }
  | { kind: "person"; name: string }
  | { kind: "organization"; name: string; role: OrganizationRole };

export type ExtractedValue = Exclude<ClaimValue, { type: "entity" }> | { type: "mention"; mention: Mention };

/** A claim read from one sentence, before its names are resolved. Pure data. */
export interface ExtractedClaim {
  subject: Mention;
  property: string;
  value: ExtractedValue;
  qualifiers: Qualifiers;
  certainty: Certainty;
  quote: string;
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  paragraph: number;
  kind: ParagraphKind;
  /** Index among all sentences. */
  index: number;
}
