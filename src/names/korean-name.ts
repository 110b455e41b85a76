import { disassembleCompleteCharacter } from "es-hangul";

/**
 * Korean personal names in any romanization, and in Hangul, reduced to comparable syllables.
 *
 * A romanized syllable is ambiguous ("Jung" can be 정 or 중, "Hyo" 효 or 혀), so each is read as the
 * set of Hangul sounds it can stand for; two spellings agree when their sets meet. Initial
 * consonants merge across Revised Romanization, McCune–Reischauer and press habits (g/k, d/t, b/p,
 * j/ch, r/l, s/sh), and so do finals (k/g, t/d/s, p/b). Vowels do not merge wholesale: "Won" (원)
 * and "Woon" (운) are different names, so are "Jong" (종) and "Jung" (정).
 */

/** Initial consonant classes. */
type Initial = "" | "g" | "n" | "d" | "r" | "m" | "b" | "s" | "j" | "h";
/** Final consonant classes. */
type Final = "" | "k" | "n" | "t" | "l" | "m" | "p" | "ng";
/** Vowels, named by their Revised Romanization. */
type Vowel =
  | "a" | "ae" | "ya" | "yae" | "eo" | "e" | "yeo" | "ye" | "o" | "wa" | "wae" | "oe" | "yo"
  | "u" | "wo" | "we" | "wi" | "yu" | "eu" | "ui" | "i";

export interface Sound {
  initial: Initial;
  vowel: Vowel;
  final: Final;
}

/** A syllable as written, and every sound it may stand for. */
export interface Syllable {
  written: string;
  sounds: Sound[];
}

export interface ParsedKoreanName {
  surname: Syllable[];
  given: Syllable[];
  /** The surname's Hangul candidates when the written surname is a known one. */
  surnameHangul: string[] | null;
  /** How the name was written: "surname-first" (Korean order) or "given-first". */
  order: "surname-first" | "given-first";
  hangul: boolean;
}

// --- romanized syllables -------------------------------------------------------------------

const initialSpellings: [string, Initial][] = [
  ["kk", "g"], ["gg", "g"], ["tt", "d"], ["dd", "d"], ["pp", "b"], ["bb", "b"], ["ss", "s"], ["jj", "j"],
  ["ch", "j"], ["sh", "s"], ["ph", "b"], ["th", "d"], ["kh", "g"],
  ["g", "g"], ["k", "g"], ["n", "n"], ["d", "d"], ["t", "d"], ["r", "r"], ["l", "r"], ["m", "m"],
  ["b", "b"], ["p", "b"], ["s", "s"], ["j", "j"], ["c", "j"], ["h", "h"], ["f", "b"], ["v", "b"], ["z", "j"],
  ["", ""],
];

/** Written vowel → the vowels it can stand for in press romanizations. */
const vowelSpellings: [string, Vowel[]][] = [
  ["yeo", ["yeo"]], ["yae", ["yae"]], ["wae", ["wae"]], ["woo", ["u"]], ["wee", ["wi"]], ["eui", ["ui"]],
  ["you", ["yu", "yeo"]], ["yoo", ["yu"]], ["oe", ["oe"]], ["oi", ["oe"]], ["ae", ["ae"]], ["ai", ["ae"]],
  ["ya", ["ya"]], ["eo", ["eo"]], ["ye", ["ye"]], ["wa", ["wa"]], ["yo", ["yo"]], ["wo", ["wo"]],
  ["we", ["we", "oe", "wae"]], ["wi", ["wi"]], ["yu", ["yu", "yeo"]], ["eu", ["eu"]], ["ui", ["ui"]],
  ["oo", ["u"]], ["ou", ["u", "eo"]], ["ee", ["i", "ui"]], ["ea", ["ae"]], ["yi", ["i", "ui"]],
  // An h after u marks 어: "Suh" 서, "Uhm" 엄, "Yuh" 여.
  ["uh", ["eo", "u"]], ["yuh", ["yeo", "yu"]],
  ["a", ["a"]], ["e", ["e"]], ["o", ["o"]], ["u", ["u", "eo"]], ["i", ["i"]], ["y", ["i"]],
];

/**
 * Press conventions that write 어 as "u" and 여 as "yu" do so only in closed syllables after a
 * consonant: "Jun" 전, "Sung" 성, "Hyun" 현, "Kyung" 경. An open "Su" is 수 and "Yun" is 윤.
 */
function conventionApplies(written: string, initial: Initial, final: Final, vowel: Vowel): boolean {
  if (written === "u" && vowel === "eo") return initial !== "" && final !== "";
  if (written === "yu" && vowel === "yeo") return initial !== "" && final !== "";
  return true;
}

const finalSpellings: [string, Final][] = [
  ["ng", "ng"], ["nk", "ng"], ["n", "n"], ["m", "m"], ["l", "l"], ["r", "l"], ["k", "k"], ["g", "k"],
  ["ck", "k"], ["c", "k"], ["t", "t"], ["d", "t"], ["s", "t"], ["p", "p"], ["b", "p"], ["h", ""], ["", ""],
];

interface RomanParse {
  sounds: Sound[];
  length: number;
}

/** No written syllable is longer than this ("kkyeong", "sshwaeng"): parses depend on this many letters. */
const LONGEST_SYLLABLE = 8;
const syllablesAtCache = new Map<string, RomanParse[]>();

/** Every way the start of `text` reads as one syllable: initial + vowel + final. Memoized on the letters that matter. */
function syllablesAt(text: string): RomanParse[] {
  const head = text.slice(0, LONGEST_SYLLABLE);
  let results = syllablesAtCache.get(head);
  if (!results) {
    results = syllablesAtUncached(head);
    if (syllablesAtCache.size > 50_000) syllablesAtCache.clear();
    syllablesAtCache.set(head, results);
  }
  return results;
}

function syllablesAtUncached(text: string): RomanParse[] {
  const results: RomanParse[] = [];
  for (const [ini, initial] of initialSpellings) {
    if (!text.startsWith(ini)) continue;
    let rest = text.slice(ini.length);
    let offset = ini.length;
    // "w" and "y" glides are part of the vowel; a bare initial "w" before a vowel ("Won", "Woo") is a glide.
    for (const [vw, vowels] of vowelSpellings) {
      if (!rest.startsWith(vw)) continue;
      const afterVowel = rest.slice(vw.length);
      for (const [fin, final] of finalSpellings) {
        if (!afterVowel.startsWith(fin)) continue;
        const sounds = vowels.filter((vowel) => conventionApplies(vw, initial, final, vowel)).map((vowel) => ({ initial, vowel, final }));
        if (sounds.length > 0) results.push({ sounds, length: offset + vw.length + fin.length });
      }
    }
    void rest;
    void offset;
  }
  // A "w" before a vowel: 원 is written "won", 우 "woo"; treat the w as part of the vowel.
  if (text.startsWith("w")) {
    const glide: [string, Vowel[]][] = [["wo", ["wo"]], ["wa", ["wa"]], ["we", ["we", "oe", "wae"]], ["wi", ["wi"]], ["woo", ["u"]], ["wu", ["u"]]];
    for (const [vw, vowels] of glide) {
      if (!text.startsWith(vw)) continue;
      for (const [fin, final] of finalSpellings) {
        if (!text.slice(vw.length).startsWith(fin)) continue;
        results.push({ sounds: vowels.map((vowel) => ({ initial: "" as Initial, vowel, final })), length: vw.length + fin.length });
      }
    }
  }
  return results;
}

const syllableCache = new Map<string, Syllable | undefined>();

/** Reads a written token as one syllable, or undefined when it is not a romanized Korean syllable. */
export function readSyllable(token: string): Syllable | undefined {
  if (syllableCache.has(token)) return syllableCache.get(token);
  const result = readSyllableUncached(token);
  if (syllableCache.size > 50_000) syllableCache.clear();
  syllableCache.set(token, result);
  return result;
}

function readSyllableUncached(token: string): Syllable | undefined {
  const text = token.toLowerCase().replace(/['’]/g, "");
  const whole = syllablesAt(text).filter((p) => p.length === text.length);
  if (whole.length === 0) return undefined;
  return { written: token, sounds: dedupeSounds(whole.flatMap((p) => p.sounds)) };
}

function dedupeSounds(sounds: Sound[]): Sound[] {
  const seen = new Map<string, Sound>();
  for (const s of sounds) seen.set(`${s.initial}.${s.vowel}.${s.final}`, s);
  return [...seen.values()];
}

/**
 * Splits a run of letters ("Jimin", "Dohyun") into syllables. Prefers the fewest syllables and,
 * among equals, splits that start each syllable with a consonant, as romanizers write names.
 */
export function splitSyllables(word: string): Syllable[] | undefined {
  const text = word.toLowerCase().replace(/['’]/g, "");
  if (text.length === 0 || text.length > 24) return undefined;
  const best: ({ cost: number; parts: { start: number; end: number; sounds: Sound[] }[] } | undefined)[] = new Array(text.length + 1).fill(undefined);
  best[0] = { cost: 0, parts: [] };
  for (let i = 0; i < text.length; i++) {
    const here = best[i];
    if (!here) continue;
    for (const parse of syllablesAt(text.slice(i))) {
      if (parse.length === 0) continue;
      const end = i + parse.length;
      // A vowel-initial syllable after another one is unusual in names written as one word.
      const vowelStart = i > 0 && /^[aeiouwy]/.test(text.slice(i));
      const cost = here.cost + 10 + (vowelStart ? 3 : 0);
      const existing = best[end];
      if (!existing || cost < existing.cost) {
        best[end] = { cost, parts: [...here.parts, { start: i, end, sounds: parse.sounds }] };
      } else if (cost === existing.cost) {
        const merged = existing.parts.length === here.parts.length + 1 ? existing : existing;
        best[end] = merged;
      }
    }
  }
  const done = best[text.length];
  if (!done) return undefined;
  // Recompute each part's full sound set (the DP kept one parse per span).
  return done.parts.map((part) => {
    const piece = word.slice(part.start, part.end);
    return readSyllable(piece) ?? { written: piece, sounds: part.sounds };
  });
}

// --- Hangul -----------------------------------------------------------------------------------

const hangulInitial: Record<string, Initial> = {
  ㄱ: "g", ㄲ: "g", ㅋ: "g", ㄴ: "n", ㄷ: "d", ㄸ: "d", ㅌ: "d", ㄹ: "r", ㅁ: "m", ㅂ: "b", ㅃ: "b", ㅍ: "b",
  ㅅ: "s", ㅆ: "s", ㅇ: "", ㅈ: "j", ㅉ: "j", ㅊ: "j", ㅎ: "h",
};
const hangulVowel: Record<string, Vowel> = {
  ㅏ: "a", ㅐ: "ae", ㅑ: "ya", ㅒ: "yae", ㅓ: "eo", ㅔ: "e", ㅕ: "yeo", ㅖ: "ye", ㅗ: "o", ㅘ: "wa", ㅙ: "wae",
  ㅚ: "oe", ㅛ: "yo", ㅜ: "u", ㅝ: "wo", ㅞ: "we", ㅟ: "wi", ㅠ: "yu", ㅡ: "eu", ㅢ: "ui", ㅣ: "i",
  // es-hangul spells compound vowels as their parts.
  ㅗㅏ: "wa", ㅗㅐ: "wae", ㅗㅣ: "oe", ㅜㅓ: "wo", ㅜㅔ: "we", ㅜㅣ: "wi", ㅡㅣ: "ui",
};
function hangulFinal(jong: string): Final {
  if (jong === "") return "";
  if (jong === "ㅇ") return "ng";
  if (/[ㄴㄵㄶ]/.test(jong)) return "n";
  if (/[ㄹㄺㄻㄼㄽㄾㄿㅀ]/.test(jong)) return "l";
  if (jong === "ㅁ") return "m";
  if (/[ㄱㄲㅋㄳ]/.test(jong)) return "k";
  if (/[ㅂㅍㅄ]/.test(jong)) return "p";
  return "t";
}

export function isHangul(text: string): boolean {
  return /^[\uac00-\ud7a3\s]+$/.test(text.trim()) && /[\uac00-\ud7a3]/.test(text);
}

const hangulCache = new Map<string, Syllable | undefined>();

/** A Hangul syllable's sounds (memoized: there are 11,172 syllables, and surnames recur). */
function hangulSyllable(char: string): Syllable | undefined {
  if (hangulCache.has(char)) return hangulCache.get(char);
  const syllable = hangulSyllableUncached(char);
  if (hangulCache.size < 20_000) hangulCache.set(char, syllable);
  return syllable;
}

function hangulSyllableUncached(char: string): Syllable | undefined {
  const parts = disassembleCompleteCharacter(char);
  if (!parts) return undefined;
  const initial = hangulInitial[parts.choseong];
  const vowel = hangulVowel[parts.jungseong];
  if (initial === undefined || vowel === undefined) return undefined;
  return { written: char, sounds: [{ initial, vowel, final: hangulFinal(parts.jongseong) }] };
}

// --- surnames ---------------------------------------------------------------------------------

/** Written surname → the Hangul surnames it is used for in English-language media. */
const surnameTable: Record<string, string[]> = {
  lee: ["이", "리"], yi: ["이"], rhee: ["이"], rhie: ["이"], i: ["이"], ri: ["리", "이"], ree: ["이"],
  park: ["박"], pak: ["박"], bak: ["박"], bahk: ["박"], pack: ["박"], parc: ["박"],
  kim: ["김"], gim: ["김"], ghim: ["김"], kym: ["김"],
  choi: ["최"], choe: ["최"], chey: ["최"], choy: ["최"],
  jung: ["정", "중"], jeong: ["정"], chung: ["정"], cheong: ["정"], jeung: ["정"], joung: ["정"],
  jo: ["조"], cho: ["조"], joe: ["조"],
  im: ["임"], lim: ["임", "림"], yim: ["임"], rim: ["림", "임"],
  kang: ["강"], gang: ["강"], kahng: ["강"],
  yoon: ["윤"], yun: ["윤"], youn: ["윤"],
  jang: ["장"], chang: ["장"],
  han: ["한"], hahn: ["한"],
  oh: ["오"], o: ["오"],
  seo: ["서"], suh: ["서"], seoh: ["서"], so: ["소"],
  shin: ["신"], sin: ["신"], shinn: ["신"],
  kwon: ["권"], gwon: ["권"], kweon: ["권"],
  hwang: ["황"], whang: ["황"],
  ahn: ["안"], an: ["안"],
  song: ["송"],
  jeon: ["전"], jun: ["전", "준"], chun: ["전", "천"], chon: ["전"], jon: ["전"],
  hong: ["홍"],
  ko: ["고"], go: ["고"], koh: ["고"],
  moon: ["문"], mun: ["문"],
  yang: ["양"],
  son: ["손"], sohn: ["손"],
  bae: ["배"], bai: ["배"], pae: ["배"],
  baek: ["백"], paik: ["백"], baik: ["백"], back: ["백"], paek: ["백"], beak: ["백"],
  heo: ["허"], hur: ["허"], huh: ["허"], her: ["허"],
  yoo: ["유"], yu: ["유", "류"], you: ["유"],
  ryu: ["류"], ryoo: ["류"], lyu: ["류"], yoou: ["유"],
  nam: ["남"],
  noh: ["노"], roh: ["노"], no: ["노"], rho: ["노"], nho: ["노"],
  ha: ["하"],
  kwak: ["곽"], gwak: ["곽"],
  sung: ["성"], seong: ["성"],
  cha: ["차"],
  joo: ["주"], ju: ["주"], chu: ["주", "추"],
  woo: ["우"], wu: ["우"],
  min: ["민"],
  na: ["나"], ra: ["라", "나"],
  jin: ["진"], chin: ["진"],
  ji: ["지"], chi: ["지"],
  eom: ["엄"], um: ["엄"], uhm: ["엄"],
  byun: ["변"], byeon: ["변"], pyun: ["변"],
  chae: ["채"], chai: ["채"],
  won: ["원"],
  cheon: ["천"],
  bang: ["방"], pang: ["방"],
  gong: ["공"], kong: ["공"],
  hyun: ["현"], hyeon: ["현"],
  ham: ["함"],
  yeo: ["여"], yeoh: ["여"],
  do: ["도"], doh: ["도"],
  seol: ["설"], sul: ["설"], sol: ["설"],
  ma: ["마"],
  gil: ["길"], kil: ["길"],
  yeon: ["연"],
  wi: ["위"], wee: ["위"],
  pyo: ["표"], pyeo: ["표"],
  myung: ["명"], myeong: ["명"],
  ki: ["기"], gi: ["기"],
  ban: ["반"], pan: ["반"],
  wang: ["왕"],
  geum: ["금"], keum: ["금"],
  ok: ["옥"],
  yook: ["육"], yuk: ["육"],
  in: ["인"],
  maeng: ["맹"],
  je: ["제"],
  mo: ["모"],
  tak: ["탁"],
  bong: ["봉"],
  seok: ["석"], suk: ["석"],
  kam: ["감"], gam: ["감"],
  kook: ["국"], guk: ["국"],
  ye: ["예"],
  namgoong: ["남궁"], namkung: ["남궁"],
  hwangbo: ["황보"],
  jegal: ["제갈"],
  sunwoo: ["선우"], seonwoo: ["선우"],
  dokgo: ["독고"],
  yeom: ["염"], yum: ["염"],
  pyeon: ["편"],
  kyung: ["경"], gyeong: ["경"],
  cheun: ["천"],
  sa: ["사"],
  tae: ["태"],
  // Spellings people chose for themselves ("Zo", "Rhyu", "Ohn", "Shim"), beyond the press's usual ones.
  zo: ["조"], joh: ["조"], chough: ["조"],
  shim: ["심"], sim: ["심"], seem: ["심"],
  koo: ["구"], goo: ["구"], ku: ["구"], gu: ["구"],
  ohn: ["온"],
  rhyu: ["류"], lyoo: ["류"], rhyoo: ["류"],
  hahm: ["함"], nahm: ["남"], rah: ["라"], nah: ["나"],
  kee: ["기"], jee: ["지"],
  gye: ["계"], kye: ["계"],
  mok: ["목"], yeum: ["염"], youm: ["염"],
};

/** Hangul surnames of two syllables, so that 남궁민 reads as 남궁 + 민. */
const twoSyllableHangulSurnames = new Set(["남궁", "황보", "제갈", "선우", "독고", "사공", "서문"]);

/** The table as a map: an object answers "constructor" or "toString" with its own methods. */
const surnames = new Map(Object.entries(surnameTable));

export function knownSurname(token: string): string[] | undefined {
  const lower = token.toLowerCase();
  return surnames.get(lower) ?? (/^[a-z]*$/.test(lower) ? undefined : surnames.get(lower.replace(/[^a-z]/g, "")));
}

/** ASCII text is its own NFKC and NFKD form, without marks: the Unicode passes can be skipped. */
export function isAscii(text: string): boolean {
  return /^[\x00-\x7F]*$/.test(text);
}

// --- parsing whole names ----------------------------------------------------------------------

/** Splits "HanJiMin", "Han Ji-min", "Han Ji Min" into tokens. */
export function nameTokens(name: string): string[] {
  if (isAscii(name)) return asciiNameTokens(name);
  return name
    .normalize("NFKC")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .split(/[\s\-‐‑–—_.·]+/)
    .map((t) => t.replace(/^[^\p{L}]+|[^\p{L}']+$/gu, ""))
    .filter((t) => t.length > 0);
}

const isAsciiLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/**
 * `nameTokens` for ASCII text in one pass, as the general path cuts it: at spaces, hyphens,
 * underscores and dots, and between a lowercase and an uppercase letter; each token without its
 * leading non-letters, or its trailing characters that are neither letters nor apostrophes.
 */
function asciiNameTokens(name: string): string[] {
  const tokens: string[] = [];
  let start = 0;
  const close = (end: number) => {
    let from = start;
    let to = end;
    while (from < to && !isAsciiLetter(name.charCodeAt(from))) from++;
    while (to > from && !isAsciiLetter(name.charCodeAt(to - 1)) && name.charCodeAt(to - 1) !== 0x27) to--;
    if (to > from) tokens.push(name.slice(from, to));
  };
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    // \s, "-", "_" and "." among ASCII characters.
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x2d || code === 0x5f || code === 0x2e) {
      close(i);
      start = i + 1;
    } else if (code >= 0x41 && code <= 0x5a && i > 0) {
      const before = name.charCodeAt(i - 1);
      if (before >= 0x61 && before <= 0x7a) {
        close(i);
        start = i;
      }
    }
  }
  close(name.length);
  return tokens;
}

function parseHangulName(name: string): ParsedKoreanName | undefined {
  const chars = [...name.replace(/\s+/g, "")];
  if (chars.length < 2 || chars.length > 5) return undefined;
  const surnameLength = chars.length >= 3 && twoSyllableHangulSurnames.has(chars.slice(0, 2).join("")) ? 2 : 1;
  const syllables = chars.map(hangulSyllable);
  if (syllables.some((s) => s === undefined)) return undefined;
  const all = syllables as Syllable[];
  return {
    surname: all.slice(0, surnameLength),
    given: all.slice(surnameLength),
    surnameHangul: [chars.slice(0, surnameLength).join("")],
    order: "surname-first",
    hangul: true,
  };
}

function givenSyllables(tokens: string[]): Syllable[] | undefined {
  const out: Syllable[] = [];
  for (const token of tokens) {
    const single = readSyllable(token);
    if (single && tokens.length > 1) {
      out.push(single);
      continue;
    }
    const split = splitSyllables(token);
    if (!split) return undefined;
    out.push(...split);
  }
  return out.length >= 1 && out.length <= 3 ? out : undefined;
}

/**
 * The other ways a given name written as one word splits into as many syllables: "Ahin" is a-hin
 * or ah-in, "Taecyeon" taec-yeon or tae-cyeon. The letters cannot tell; the comparison tries each.
 */
function otherSplits(word: string, count: number, first: Syllable[]): Syllable[][] {
  const text = word.toLowerCase();
  const out: Syllable[][] = [];
  const key = (parts: Syllable[]) => parts.map((p) => p.written.toLowerCase()).join("|");
  const seen = new Set([key(first)]);
  const walk = (start: number, parts: Syllable[]) => {
    if (out.length >= 3) return;
    if (parts.length === count) {
      if (start === text.length && !seen.has(key(parts))) {
        seen.add(key(parts));
        out.push(parts);
      }
      return;
    }
    for (let end = start + 1; end <= Math.min(text.length, start + 7); end++) {
      const syllable = readSyllable(word.slice(start, end));
      if (syllable) walk(end, [...parts, syllable]);
    }
  };
  walk(0, []);
  return out;
}

const parseCache = new Map<string, ParsedKoreanName[]>();

/**
 * Parses a Korean name written in Hangul or any romanization; undefined when it does not read as
 * one (a Western name, a stage name, an idol's single name). Memoized: the same names recur.
 */
export function parseKoreanName(name: string): ParsedKoreanName | undefined {
  return parseKoreanNameReadings(name)[0];
}

/**
 * Every way a name reads as a Korean name, the likeliest first: "Min Ho Lee" is 민호리 written
 * surname first and 이민호 written given name first, as Western outlets do.
 */
export function parseKoreanNameReadings(name: string): ParsedKoreanName[] {
  let readings = parseCache.get(name);
  if (readings) return readings;
  readings = readingsUncached(name);
  if (parseCache.size > 50_000) parseCache.clear();
  parseCache.set(name, readings);
  return readings;
}

/** What a name that does not read as Korean reads as: one shared, frozen list. */
const noReadings: ParsedKoreanName[] = Object.freeze([]) as unknown as ParsedKoreanName[];

function readingsUncached(name: string): ParsedKoreanName[] {
  const trimmed = name.trim();
  if (isHangul(trimmed)) {
    const parsed = parseHangulName(trimmed);
    return parsed ? [parsed] : noReadings;
  }
  const tokens = nameTokens(trimmed);
  if (tokens.length < 2 || tokens.length > 4) {
    if (tokens.length === 1 && tokens[0]) {
      // "Kimsoohyun": a surname glued to the given name.
      const word = tokens[0].toLowerCase();
      for (let cut = 4; cut >= 2; cut--) {
        const head = word.slice(0, cut);
        const surnameHangul = surnames.get(head);
        if (surnameHangul) {
          const given = splitSyllables(tokens[0].slice(cut));
          if (given && given.length >= 2 && given.length <= 2) {
            return [{ surname: surnameSyllables(surnameHangul, tokens[0].slice(0, cut)), given, surnameHangul, order: "surname-first", hangul: false }];
          }
        }
      }
    }
    return noReadings;
  }
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const tryOrder = (surnameToken: string, rest: string[], order: ParsedKoreanName["order"]): ParsedKoreanName | undefined => {
    const surnameHangul = knownSurname(surnameToken) ?? null;
    if (!surnameHangul) return undefined;
    // A known surname is read from its Hangul: "Ahn" and "Park" are spellings, not syllable grammar.
    const surname = surnameSyllables(surnameHangul, surnameToken);
    const given = givenSyllables(rest);
    if (!given) return undefined;
    return { surname, given, surnameHangul, order, hangul: false };
  };
  const surnameFirst = tryOrder(first, tokens.slice(1), "surname-first");
  const givenFirst = tryOrder(last, tokens.slice(0, -1), "given-first");
  if (!surnameFirst && !givenFirst) return noReadings;
  // Romanized given names are hyphenated, so "Ji-hyo Song" is given-first although Ji is a surname too.
  const likelier = surnameFirst && givenFirst && /^\p{L}+[-‐‑]\p{L}+\s+\p{L}+$/u.test(trimmed) ? [givenFirst, surnameFirst] : [surnameFirst, givenFirst];
  const readings = likelier.filter((r): r is ParsedKoreanName => r !== undefined);
  // A given name written as one word ("Ahin", "Taecyeon") also reads with its syllables cut elsewhere.
  for (const reading of [...readings]) {
    const givenTokens = reading.order === "surname-first" ? tokens.slice(1) : tokens.slice(0, -1);
    if (givenTokens.length !== 1 || reading.given.length < 2) continue;
    for (const given of otherSplits(givenTokens[0]!, reading.given.length, reading.given)) readings.push({ ...reading, given });
  }
  return readings;
}

function surnameSyllables(hangul: string[], written: string): Syllable[] {
  const chars = [...hangul[0]!];
  return chars.map((char) => ({ written, sounds: hangulSyllable(char)!.sounds }));
}

/** True when the whole token run could be a Korean given name (for "Min-jae", "Ye-rin"). */
export function readsAsGivenName(text: string): Syllable[] | undefined {
  const tokens = nameTokens(text);
  if (tokens.length === 0 || tokens.length > 2) return undefined;
  const given = givenSyllables(tokens);
  return given && given.length === 2 ? given : undefined;
}

// --- comparing --------------------------------------------------------------------------------

function soundsEqual(a: Sound, b: Sound): boolean {
  return a.initial === b.initial && a.vowel === b.vowel && a.final === b.final;
}

const glidePairs: [Vowel, Vowel][] = [["o", "yo"], ["eo", "yeo"], ["u", "yu"], ["a", "ya"], ["e", "ye"], ["ae", "yae"]];

/**
 * Vowels a writer may swap for one another in one syllable: a dropped or added glide ("Ho" for 효),
 * or another spelling of a near sound (eo/u/o, ae/e, ee/i, yeo/yo/yu): the broad classes below.
 */
function vowelsNear(a: Vowel, b: Vowel): boolean {
  if (a === b) return true;
  if (broadVowel[a] === broadVowel[b]) return true;
  return glidePairs.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}

/** One change in one syllable: its vowel spelled as a near one, or a final n for ng ("Yon" for 용). */
function nearSound(a: Sound, b: Sound): boolean {
  if (a.initial !== b.initial) return false;
  const finalsClose = a.final === b.final || (a.final === "n" && b.final === "ng") || (a.final === "ng" && b.final === "n");
  const changes = (a.vowel === b.vowel ? 0 : 1) + (a.final === b.final ? 0 : 1);
  return vowelsNear(a.vowel, b.vowel) && finalsClose && changes === 1;
}

/** 1 when two written syllables can be the same sound, 0.5 when one is a near spelling of the other, 0 otherwise. */
export function syllableScore(a: Syllable, b: Syllable): number {
  if (a.sounds.some((x) => b.sounds.some((y) => soundsEqual(x, y)))) return 1;
  if (a.sounds.some((x) => b.sounds.some((y) => nearSound(x, y)))) return 0.5;
  return 0;
}

function sequenceScore(a: Syllable[], b: Syllable[]): { score: number; misspellings: number } {
  if (a.length !== b.length) return { score: 0, misspellings: 0 };
  let misspellings = 0;
  for (let i = 0; i < a.length; i++) {
    const s = syllableScore(a[i]!, b[i]!);
    if (s === 0) return { score: 0, misspellings };
    if (s < 1) misspellings += 1;
  }
  return { score: 1, misspellings };
}

function surnamesAgree(a: ParsedKoreanName, b: ParsedKoreanName): boolean {
  if (a.surnameHangul && b.surnameHangul) return a.surnameHangul.some((h) => b.surnameHangul!.includes(h));
  const s = sequenceScore(a.surname, b.surname);
  return s.score === 1 && s.misspellings === 0;
}

/** Scores of the three verdicts, shared with the rest of name matching. */
export const SAME_SCORE = 1;
export const POSSIBLE_SCORE = 0.7;

/**
 * How alike two readings of Korean names are, by the names alone: 1 for spellings of the same
 * Hangul, 0.7 (possible) when one syllable is a near spelling (a glide, a vowel, n for ng), 0 for
 * different names.
 */
export function compareKoreanNames(a: ParsedKoreanName, b: ParsedKoreanName): number {
  if (!surnamesAgree(a, b)) return 0;
  const given = sequenceScore(a.given, b.given);
  if (given.score === 0) return 0;
  if (given.misspellings === 0) return SAME_SCORE;
  // One near syllable could be a slip or another person (민호/민효): possible. Two is another name.
  return given.misspellings === 1 ? POSSIBLE_SCORE : 0;
}

/**
 * The best agreement between any readings of two names. A match that needs one name read in the
 * other order is only possible when the given name is a single syllable: "Kang Song" may be
 * 송강 written given-first, or 강송.
 */
export function compareKoreanReadings(a: ParsedKoreanName[], b: ParsedKoreanName[]): number {
  let best = 0;
  for (const x of a) {
    for (const y of b) {
      let score = compareKoreanNames(x, y);
      if (score === SAME_SCORE && x.order !== y.order && Math.min(x.given.length, y.given.length) < 2) score = POSSIBLE_SCORE;
      if (score > best) best = score;
      if (best === SAME_SCORE) return best;
    }
  }
  return best;
}

/**
 * A coarse key that every spelling of one name shares (for index lookups): surname Hangul (or its
 * reading) and the given-name syllables with vowels folded to broad classes.
 */
export function koreanNameKey(name: ParsedKoreanName): string {
  // The first Hangul listed is the common reading ("Lee" → 이), so 이하람 and "Lee Ha-ram" share a key.
  const surname = name.surnameHangul ? name.surnameHangul[0]! : name.surname.map(coarse).join("");
  return `k:${surname}:${name.given.map(coarse).join("-")}`;
}

/** Surnames one spelling can stand for, gathered: "Chun" is 전 or 천, "Cheon" 천, so 전, 천 and 준 meet. */
const surnameGroups = (() => {
  const groups = new Map<string, Set<string>>();
  for (const hangul of Object.values(surnameTable)) {
    const merged = new Set<string>(hangul);
    for (const h of hangul) for (const other of groups.get(h) ?? []) merged.add(other);
    for (const h of merged) groups.set(h, merged);
  }
  return groups;
})();

/** Common surnames: a name with a rare one at the front and one of these at the end ("Min Ho Lee") is keyed by the end. */
const commonSurnames = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "전", "홍"];
function surnameRank(reading: ParsedKoreanName): number {
  const rank = reading.surnameHangul ? commonSurnames.indexOf(reading.surnameHangul[0]!) : -1;
  return rank === -1 ? commonSurnames.length : rank;
}

/** The reading a name is stored under: the written order, unless only the other end is a common surname. */
export function preferredReading(readings: ParsedKoreanName[]): ParsedKoreanName | undefined {
  const [first, second] = readings;
  // Only a rare surname at the front gives way ("Min Ho Lee" is 이민호): "Im Su Jeong" stays 임수정.
  if (first?.order === "surname-first" && second?.order === "given-first" && second.given.length >= 2 && surnameRank(first) === commonSurnames.length && surnameRank(second) < commonSurnames.length) return second;
  return first;
}

/** Every key a spelling's same-name spellings may be stored under: each reading, each surname it may be. */
export function koreanNameKeys(readings: ParsedKoreanName[]): string[] {
  const keys = new Set<string>();
  for (const reading of readings) {
    const given = reading.given.map(coarse).join("-");
    const surnames = reading.surnameHangul ? reading.surnameHangul.flatMap((h) => [...(surnameGroups.get(h) ?? [h])]) : [reading.surname.map(coarse).join("")];
    for (const surname of surnames) keys.add(`k:${surname}:${given}`);
  }
  return [...keys];
}

const broadVowel: Record<Vowel, string> = {
  a: "A", ya: "A", ae: "E", yae: "E", e: "E", ye: "E", eo: "O", yeo: "O", o: "O", yo: "O", u: "O", yu: "O",
  eu: "O", wa: "W", wae: "W", oe: "W", wo: "W", we: "W", wi: "W", ui: "I", i: "I",
};

function coarse(syllable: Syllable): string {
  const sound = syllable.sounds[0]!;
  const final = sound.final === "ng" || sound.final === "n" ? "n" : sound.final;
  return `${sound.initial}${broadVowel[sound.vowel]}${final}`;
}
