export const entityKinds = [
  "title",
  "season",
  "part",
  "episode",
  "person",
  "character",
  "organization",
] as const;
export type EntityKind = (typeof entityKinds)[number];

/** What an organization is; kept on the entity so that a platform is never mistaken for a studio. */
export const organizationRoles = ["platform", "network", "studio", "agency", "law-firm", "outlet", "other"] as const;
export type OrganizationRole = (typeof organizationRoles)[number];

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  hangul: string | null;
  /** A season's title, a part's season, an episode's season. */
  parentId: string | null;
  /** Season, part or episode number. */
  number: number | null;
  /** Title kind ("series" | "film") or organization role. */
  subtype: string | null;
  /** Set when an editor merged this entity into another; reads follow it. */
  mergedInto: string | null;
  createdAt: string;
}

export const aliasOrigins = ["source", "extractor", "importer", "editor", "canonical"] as const;
export type AliasOrigin = (typeof aliasOrigins)[number];

export interface Alias {
  id: string;
  entityId: string;
  name: string;
  /** The resolution key the name reduces to: how spellings meet. */
  key: string;
  origin: AliasOrigin;
  sourceId: string | null;
  createdAt: string;
}
