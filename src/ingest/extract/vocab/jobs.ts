import { alternationOf } from "./alternation.ts";

/** Crew jobs as the card names them, and every word the press uses for each. */
export const crewJobNames = ["creator", "showrunner", "director", "writer", "executive producer", "producer", "composer"] as const;
export type CrewJob = (typeof crewJobNames)[number];

/** Nouns for a job ("writer", "PD"), lower case unless the abbreviation is capitalized. */
const jobNouns: [string, CrewJob][] = [
  ["co-creator", "creator"],
  ["creator", "creator"],
  ["developer", "creator"],
  ["co-showrunner", "showrunner"],
  ["showrunner", "showrunner"],
  ["show runner", "showrunner"],
  ["head writer", "writer"],
  // Anime credits: series composition is the head writer's job, not music.
  ["series composer", "writer"],
  ["series composition", "writer"],
  ["screenwriter", "writer"],
  ["scriptwriter", "writer"],
  ["script writer", "writer"],
  ["co-writer", "writer"],
  ["writer", "writer"],
  ["scribe", "writer"],
  ["playwright", "writer"],
  ["writer-director", "writer"],
  ["director", "director"],
  ["co-director", "director"],
  ["filmmaker", "director"],
  ["helmer", "director"],
  ["PD", "director"],
  ["executive producer", "executive producer"],
  ["exec producer", "executive producer"],
  ["EP", "executive producer"],
  ["co-executive producer", "executive producer"],
  ["producer", "producer"],
  ["co-producer", "producer"],
  ["creative producer", "producer"],
  ["composer", "composer"],
  ["music director", "composer"],
];

/** Verbs for a job in the passive or active ("written by", "helmed", "co-wrote"). */
const jobVerbs: [string, CrewJob][] = [
  ["co-created", "creator"],
  ["created", "creator"],
  ["developed", "creator"],
  ["co-wrote", "writer"],
  ["co-written", "writer"],
  ["wrote", "writer"],
  ["written", "writer"],
  ["penned", "writer"],
  ["scripted", "writer"],
  ["co-directed", "director"],
  ["directed", "director"],
  ["helmed", "director"],
  ["executive produced", "executive producer"],
  ["executive produces", "executive producer"],
  ["executive-produced", "executive producer"],
  ["executive-produces", "executive producer"],
  ["exec produced", "executive producer"],
  ["executive producing", "executive producer"],
  ["produced", "producer"],
  ["co-produced", "producer"],
  ["scored", "composer"],
];

/** A job noun, singular or plural, any case except the capitalized abbreviations ("PD", "EP"). */
export const JOB_NOUN = `(?:${alternationOf(jobNouns.map(([w]) => w))}s?)`;
export const JOB_VERB = alternationOf(jobVerbs.map(([w]) => w));

export function jobOfNoun(word: string): CrewJob | undefined {
  const lower = word.toLowerCase().replace(/s$/, "").replace(/-/g, "-").trim();
  if (word === "PD" || word === "PDs") return "director";
  if (word === "EP" || word === "EPs") return "executive producer";
  const found = jobNouns.find(([noun]) => noun.toLowerCase() === lower || noun.toLowerCase() === word.toLowerCase());
  return found?.[1];
}

export function jobOfVerb(word: string): CrewJob | undefined {
  const lower = word.toLowerCase().trim();
  return jobVerbs.find(([verb]) => verb === lower)?.[1];
}

/** Words before a name that make it an actor. */
export const ACTOR_NOUN = "(?:actor|actress|actors|actresses|star|stars|co-star|co-stars|lead|leads|singer-actor|singer-actress|idol-actor|actor-singer|newcomer|veteran actor|veteran actress|rookie actor|rookie actress|comedian|cast member|cast members|performer|host|hosts|contestant|contestants)";

/** Roles that are neither cast nor crew: the people an article quotes or names in passing. */
export const NON_CREDIT_NOUN =
  "(?:author|novelist|webtoon (?:author|artist|writer)|manga(?:ka| artist| author)|cartoonist|illustrator|journalist|reporter|editor|critic|columnist|CEO|chief executive|president|vice[- ]president|chairman|chairwoman|executive|head of [\\p{L} ]+|spokesperson|spokesman|spokeswoman|representative|lawyer|attorney|manager|agent|publicist|intern|analyst|founder|co-founder|commissioner|controller|minister|professor|officer|official|singer|rapper|musician|photographer|model|athlete|player|coach|YouTuber|influencer|fan|viewer|netizen)";
