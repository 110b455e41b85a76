import { parseKoreanName } from "../../../names/korean-name.ts";
import { countryCode } from "../vocab/countries.ts";
import { notNameWords, ORGANIZATION_WORD } from "../vocab/words.ts";

/** A run of capitalized words that may be a person's or a character's name. */
export interface NameSpan {
  start: number;
  end: number;
  text: string;
  /** A role word written just before the name and trimmed from it ("Director Baek Min-jae" → "director"). */
  roleBefore: string | null;
  /** "Penn's performance": the name is a possessive. */
  possessive: boolean;
  /** The run ends with a company word ("Bright Harbor Entertainment"): an organization, not a person. */
  organization: boolean;
  /** A role joined to the name by a hyphen: "Tim Burton-directed" → "directed". */
  roleAfter: string | null;
}

const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.-]*/gu;
const particles = new Set(["de", "di", "da", "del", "della", "van", "von", "der", "den", "le", "la", "du", "dos", "das", "bin", "binti", "al", "el", "ter", "ten", "y", "e", "st", "mac"]);
const roleWords = /^(?:co-)?(?:director|writer|screenwriter|showrunner|creator|producer|composer|actor|actress|star|singer|singer-actor|singer-actress|actor-singer|rapper|idol|PD|CEO|executive|host|comedian|narrator|newcomer|rookie|veteran|lead|filmmaker|author|novelist|journalist|reporter|critic|professor|coach|player|model)s?$/i;
/** Titles that belong to a character's or a person's name when they open it: "Prince Philip", "Dr. Watson", "Detective Hwang". */
const honorifics = new Set(["Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "King", "Queen", "Prince", "Princess", "Detective", "Officer", "Captain", "Chief", "Inspector", "Doctor", "Professor", "General", "Agent", "Judge", "Father", "Sister", "Uncle", "Aunt", "Aunty", "Grandma", "Grandpa", "Master", "Madam", "Lieutenant", "Sergeant", "Commander", "Emperor", "Empress", "Duke", "Duchess", "Count", "Baron"]);
const organizationEnd = new RegExp(`^${ORGANIZATION_WORD}$`);

interface Token {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
}

/** The role a hyphen ties to the word before it ("Burton-directed"), by where the word starts. */
const roleAfter = new Map<number, string>();

function tokensOf(text: string): Token[] {
  roleAfter.clear();
  const out: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let raw = match[0];
    let end = match.index + raw.length;
    let possessive = false;
    const poss = raw.match(/['’]s?$/);
    if (poss && raw.length > poss[0].length + 1) {
      possessive = true;
      raw = raw.slice(0, -poss[0].length);
      end -= poss[0].length;
    }
    // A full stop ends the word unless the word is an initial or an abbreviation ("J.", "D.B.", "Sta.", "Jr.").
    if (raw.endsWith(".") && !/^(?:\p{Lu}\.)+$/u.test(raw) && !NAME_ABBREVIATION.test(raw)) {
      raw = raw.slice(0, -1);
      end -= 1;
    }
    raw = raw.replace(/-+$/, "");
    // "Tim Burton-directed", "Kim Soo-hyun-led": the role after the hyphen is not part of the name.
    const suffix = raw.match(/-(directed|written|created|produced|helmed|penned|led|starring|fronted|headlined)$/i);
    if (suffix) {
      raw = raw.slice(0, -suffix[0].length);
      roleAfter.set(match.index, suffix[1]!.toLowerCase());
    }
    end = match.index + raw.length;
    if (raw) out.push({ text: raw, start: match.index, end, possessive });
  }
  return out;
}

/** Abbreviations that stand inside a name, ranks and titles of address among them: "Jr.", "Dr.", "Lt. Cmdr.", "Cpl.". */
const NAME_ABBREVIATION = /^(?:Jr|Sr|Sta|St|Mt|Ft|Dr|Mr|Mrs|Ms|Prof|Gen|Col|Capt|Lt|Sgt|Cmdr|Cdr|Det|Insp|Supt|Rev|Adm|Maj)\.$/;

/** Words that open sentences or prompts ("Will", "Read more") but are given names or surnames when written inside one. */
const namesInsideSentence = new Set(["Will", "Read", "May", "June", "April", "August", "Summer", "Drew", "Young", "Day", "King", "Long", "Grace", "Hope", "Joy"]);

function firstWordAt(text: string): number {
  return text.search(/[\p{L}\p{N}]/u);
}

/** Whether words read as a Korean name written surname first: "Yoon Ha In", "So Da-bin". */
function koreanRun(words: string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const parsed = parseKoreanName(words.join(" "));
  return parsed !== undefined && parsed.order === "surname-first";
}

function isNameToken(token: string): boolean {
  if (!/^\p{Lu}/u.test(token)) return false;
  // "English-language", "Yorkshire-set", "Seoul-based", "Oscar-winning": a capitalized word made an adjective.
  if (/-(?:language|set|based|born|bred|made|speaking|led|run|owned|produced|inspired|winning|nominated|style|themed|centric|focused|era|year|old|adjacent)$/u.test(token)) return false;
  if (/^(?:\p{Lu}\.){1,3}$/u.test(token)) return true; // initials: "J.", "D.B."
  if (NAME_ABBREVIATION.test(token)) return true;
  if (/\p{Ll}/u.test(token)) return true;
  // "IU", "DK"; not a shouted common word opening a sentence ("THE first two runs …").
  return /^\p{Lu}{2,4}$/u.test(token) && !notNameWords.has(token.charAt(0) + token.slice(1).toLowerCase());
}

/**
 * Candidate names in a text: runs of capitalized words joined by single spaces, with particles
 * ("di", "van") inside, initials, hyphenated and apostrophized names. Words that never belong to
 * a name ("The", "Meanwhile", months) are trimmed from either end. Whether a run is an actor, a
 * character or neither is for the rules to decide from its context.
 */
export function findNameSpans(text: string, options: { knownWords?: Set<string> } = {}): NameSpan[] {
  const tokens = tokensOf(text);
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i]!.text)) {
      i++;
      continue;
    }
    const run: Token[] = [tokens[i]!];
    let j = i + 1;
    while (j < tokens.length && !run[run.length - 1]!.possessive) {
      const previous = run[run.length - 1]!;
      const gap = text.slice(previous.end, tokens[j]!.start);
      // "Reuben \"Ruby\" Tate", "Rosalind “Roz” Mercer": a quoted nickname between given name and surname stays in the name.
      const nickname = tokens[j + 1];
      if (/^ ["“'‘]$/.test(gap) && isNameToken(tokens[j]!.text) && nickname && /^["”'’] $/.test(text.slice(tokens[j]!.end, nickname.start)) && isNameToken(nickname.text) && !previous.possessive) {
        run.push(tokens[j]!, nickname);
        j += 2;
        continue;
      }
      if (gap !== " ") break;
      const token = tokens[j]!;
      if (isNameToken(token.text)) {
        run.push(token);
        j++;
        continue;
      }
      // A particle stays inside a name only when a capitalized word follows it.
      const next = tokens[j + 1];
      if (particles.has(token.text.toLowerCase().replace(/\.$/, "")) && /^\p{Ll}/u.test(token.text) && next && text.slice(token.end, next.start) === " " && isNameToken(next.text)) {
        run.push(token, next);
        j += 2;
        continue;
      }
      break;
    }
    i = j;
    // A Korean name keeps its syllables even where they spell English words ("Yoon Ha In", "So Da-bin", "Go Rim").
    const korean = run.length >= 2 && run.length <= 4 && koreanRun(run.map((t) => t.text));
    // An honorific or a description before the name ends at its last title word: "Kapuso Drama Prince Rafael Dizon".
    if (!korean) {
      for (let k = run.length - 2; k >= 1; k--) {
        if (notNameWords.has(run[k]!.text) && !particles.has(run[k]!.text.toLowerCase())) {
          run.splice(0, k + 1);
          break;
        }
      }
    }
    // Trim words that open sentences or headlines, and role words (kept as the role).
    let roleBefore: string | null = null;
    // "Will Harrow", "Milo Read": capitalized inside a sentence, these words are names, not a modal or a prompt.
    const start = firstWordAt(text);
    const nameHere = (token: Token) => namesInsideSentence.has(token.text) && token.start !== start && run.length > 1 && !/[.!?:"“]\s*$/.test(text.slice(Math.max(0, token.start - 3), token.start));
    while (run.length > 0 && !nameHere(run[0]!) && (notNameWords.has(run[0]!.text) || roleWords.test(run[0]!.text)) && !(korean && koreanRun(run.map((t) => t.text))) && !(honorifics.has(run[0]!.text.replace(/\.$/, "")) && run.length > 1)) {
      if (roleWords.test(run[0]!.text)) roleBefore = run[0]!.text.toLowerCase();
      run.shift();
    }
    // A month's short form ends a name only when a day follows it: "Chen Jun" is a name, "on Jun 5" a date.
    const endsOnDate = (token: Token) => !/^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/.test(token.text) || run.length === 1 || /^\.?\s*\d/.test(text.slice(token.end));
    while (run.length > 0 && !nameHere(run[run.length - 1]!) && notNameWords.has(run[run.length - 1]!.text) && endsOnDate(run[run.length - 1]!) && !run[run.length - 1]!.possessive && !(korean && koreanRun(run.map((t) => t.text)))) run.pop();
    if (run.length === 0) continue;
    // "Saturday-Sunday drama", "Monday-Tuesday slot": days of the week are no one's name.
    if (run.length === 1 && /^(?:mon|tues|wednes|thurs|fri|satur|sun)day[-–](?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(run[0]!.text)) continue;
    // "The Taiwanese romantic comedy", "South Korean": a nationality is no one's name.
    if (run.every((t) => countryCode(t.text) !== undefined) || countryCode(run.map((t) => t.text).join(" "))) continue;
    // A lone capitalized word opening the sentence is a name only where the article also writes it capitalized mid-sentence.
    if (run.length === 1 && run[0]!.start === firstWordAt(text) && options.knownWords && !options.knownWords.has(run[0]!.text) && !/^\p{Lu}{2,}$/u.test(run[0]!.text)) continue;
    // "Helmed by …", "Speaking …": a participle opening the sentence, not a one-word name.
    if (run.length === 1 && run[0]!.start === firstWordAt(text) && /^\p{Lu}\p{Ll}{3,}(?:ed|ing)$/u.test(run[0]!.text)) continue;
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const organization = run.length > 1 && organizationEnd.test(last.text);
    spans.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), roleBefore, possessive: last.possessive, organization, roleAfter: roleAfter.get(last.start) ?? null });
  }
  return spans;
}
