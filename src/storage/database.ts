import type { Generated } from "kysely";

/** Row types, as stored. Times are ISO-8601 text and structured values JSON text on both engines. */
export interface EntityTable {
  id: string;
  kind: string;
  name: string;
  hangul: string | null;
  parent_id: string | null;
  number: number | null;
  subtype: string | null;
  merged_into: string | null;
  created_at: string;
}

export interface AliasTable {
  id: string;
  entity_id: string;
  name: string;
  key: string;
  origin: string;
  source_id: string | null;
  created_at: string;
  removed_at: string | null;
  /** The name as search compares it (`searchKey`): indexed for exact and prefix lookups, and by trigrams. */
  search_key: string | null;
  /** The search key written backwards (`reversedKey`): a key's end as a range of an index, for near spellings. */
  search_key_reversed: string | null;
}

export interface SourceTable {
  id: string;
  kind: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  author: string | null;
  published: string | null;
  published_inferred: string | null;
  retrieved_at: string;
  content_hash: string;
  via: string | null;
  format: string;
  text: string;
  previous_version_id: string | null;
}

export interface ClaimTable {
  id: string;
  subject_id: string;
  property: string;
  value_type: string;
  value_json: string;
  /** The value as sortable, comparable text (ISO date, entity id, number, enum): for indexes and grouping. */
  value_key: string;
  value_entity_id: string | null;
  qualifiers_json: string;
  certainty: string;
  rank: string;
  rank_reason: string | null;
  source_id: string;
  quote: string;
  quote_start: number | null;
  quote_end: number | null;
  made_by_kind: string;
  made_by: string;
  made_by_version: string;
  recorded_at: string;
  known_from: string | null;
  retracted_at: string | null;
  /** Hash of what makes two claims from one source the same claim: writing it twice adds nothing. */
  fingerprint: string;
}

/**
 * A dataset's credit (cast or crew) as a fact of its source (migration 0020): where it stands in the
 * file, what it says, the row as read (`quote`). Read beside `claim` as claims of the source
 * (`claims/dataset-fact.repository.ts`).
 */
export interface DatasetFactTable {
  source_id: string;
  line: number;
  /** Its place among the facts of its line (a row naming two characters gives two). */
  n: number;
  subject_id: string;
  property: string;
  value_entity_id: string;
  /** Null when the fact has none. */
  qualifiers_json: string | null;
  certainty: string;
  quote: string;
  known_from: string | null;
  made_by: string;
  made_by_version: string;
  retracted_at: string | null;
}

/**
 * A dataset's own id ("imdb:tt0903747") and the entity it names (migration 0021): how an import
 * finds the entities of a dataset's earlier files. An entity merged away leads on through
 * `entity.merged_into`.
 */
export interface DatasetIdTable {
  key: string;
  entity_id: string;
}

export interface ChangeEventTable {
  seq: Generated<number>;
  id: string;
  kind: string;
  entity_id: string | null;
  claim_id: string | null;
  source_id: string | null;
  payload_json: string;
  created_at: string;
}

export interface EditorActionTable {
  id: string;
  action: string;
  actor: string;
  reason: string | null;
  payload_json: string;
  created_at: string;
  reverted_at: string | null;
}

export interface ImportRunTable {
  source_id: string;
  kind: string;
  status: string;
  rows_read: number;
  rows_rejected: number;
  started_at: string;
  finished_at: string | null;
}

export interface ApiTokenTable {
  id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** The user the token acts for (and whose role it carries); null for tokens made before accounts, which act as editors. */
  user_id: string | null;
}

export interface AppUserTable {
  id: string;
  username: string;
  username_key: string;
  password_hash: string;
  role: string;
  created_at: string;
  disabled_at: string | null;
}

export interface UserSessionTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface FollowTable {
  id: string;
  user_id: string;
  title_id: string;
  question_json: string;
  question_key: string;
  after_seq: number;
  created_at: string;
}

export interface FeedKeyTable {
  secret: string;
  user_id: string;
  created_at: string;
  revoked_at: string | null;
}

export interface TitleStateTable {
  title_id: string;
  state_json: string;
  /** What the home page shows of the title (HomeSummary), as of event_seq; null before the pass reached it. */
  summary_json: string | null;
  event_seq: number;
  updated_at: string;
}

/** A title's card as the notification pass built it, finished for sending (migration 0022). */
export interface TitleCardTable {
  title_id: string;
  /** The day the card was built for: its statuses and outlook reckon from it. */
  day: string;
  /** The store version the card is known true at. */
  event_seq: number;
  /** The entities it was read from (JSON array of ids). */
  depends_on_json: string;
  /** The card's JSON's length in bytes (the app compresses a body from 1 KB). */
  json_bytes: number;
  /** The strong ETag of the card's JSON. */
  etag: string;
  /** The card's JSON compressed as the app compresses a response (Brotli, quality 5). */
  card_br: Uint8Array;
}

/**
 * A title's page as the app sent it to an anonymous reader, made from its stored card (migration
 * 0023): true while that card is the stored one and of the same day.
 */
export interface TitlePageTable {
  title_id: string;
  /** What the request chose: the reader's locale, the page's origin and the encoding ("en-GB http://host br"). */
  variant: string;
  /** The stored card's ETag the page was made from. */
  card_etag: string;
  day: string;
  /** The ETag sent with it. */
  etag: string;
  /** The bytes sent, encoded as `variant` says. */
  body: Uint8Array;
}

/** Which stored cards were read from an entity: a write that touches it drops them. */
export interface TitleCardDepTable {
  entity_id: string;
  title_id: string;
}

export interface NotifyCursorTable {
  name: string;
  seq: number;
  baseline_seq: number;
  /** The pass working through the events after `seq`, if any (migration 0019). */
  lease_owner: string | null;
  /** When that pass's claim lapses (ISO time): a pass killed mid-way holds the others back until then. */
  lease_until: string | null;
}

export interface NotificationTable {
  seq: Generated<number>;
  id: string;
  title_id: string;
  kind: string;
  season: number | null;
  part: number | null;
  payload_json: string;
  event_seq: number;
  created_at: string;
}

export interface WebhookEndpointTable {
  id: string;
  user_id: string;
  url: string;
  secret: string;
  created_at: string;
  disabled_at: string | null;
  disabled_reason: string | null;
}

export interface WebhookDeliveryTable {
  id: string;
  endpoint_id: string;
  notification_id: string | null;
  event_type: string;
  payload_json: string;
  status: string;
  attempts: number;
  next_attempt_at: string | null;
  response_status: number | null;
  response_body: string | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

/** A job of the queue (src/jobs/): see migration 0009. */
export interface JobTable {
  id: string;
  kind: string;
  payload_json: string;
  unique_key: string | null;
  status: string;
  run_at: string;
  attempts: number;
  max_attempts: number;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

/** A followed feed (src/feeds/): see migration 0010. */
export interface FeedTable {
  id: string;
  url: string;
  feed_url: string | null;
  name: string | null;
  format: string | null;
  every_seconds: number | null;
  status: string;
  created_at: string;
  etag: string | null;
  last_modified: string | null;
  next_read_at: string;
  last_read_at: string | null;
  last_success_at: string | null;
  last_change_at: string | null;
  last_error_at: string | null;
  last_error_code: string | null;
  last_error_reason: string | null;
  consecutive_failures: number;
  items_read: number;
  articles_added: number;
  claims_added: number;
}

export interface FeedItemTable {
  id: string;
  feed_id: string;
  item_key: string;
  link: string;
  published: string | null;
  updated: string | null;
  status: string;
  source_id: string | null;
  content_hash: string | null;
  error_code: string | null;
  error_reason: string | null;
  first_seen_at: string;
  read_at: string | null;
}

export interface Database {
  job: JobTable;
  feed: FeedTable;
  feed_item: FeedItemTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  follow: FollowTable;
  feed_key: FeedKeyTable;
  title_state: TitleStateTable;
  title_card: TitleCardTable;
  title_card_dep: TitleCardDepTable;
  title_page: TitlePageTable;
  notify_cursor: NotifyCursorTable;
  notification: NotificationTable;
  webhook_endpoint: WebhookEndpointTable;
  webhook_delivery: WebhookDeliveryTable;
  api_token: ApiTokenTable;
  import_run: ImportRunTable;
  entity: EntityTable;
  alias: AliasTable;
  source: SourceTable;
  claim: ClaimTable;
  dataset_fact: DatasetFactTable;
  dataset_id: DatasetIdTable;
  change_event: ChangeEventTable;
  editor_action: EditorActionTable;
}
