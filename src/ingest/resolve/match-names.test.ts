import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { matchNames, nameKey } from "./match-names.ts";

// Spellings of one person as English-language media write them (Revised Romanization, McCune–
// Reischauer, the press's own habits, Hangul, given-name-first order, joined syllables).
const same: [string, string][] = [
  ["Song Ji-hyo", "Song Ji Hyo"], ["Jung Kyung-ho", "Jung Gyeong-ho"], ["Song Ji-hyo", "송지효"], ["Song Ji-hyo", "Ji-hyo Song"], ["Song Ji-hyo", "SongJiHyo"],
  ["Lee Je-hoon", "Lee Je Hoon"], ["Lee Je-hoon", "이제훈"], ["Lee Je-hoon", "Yi Je-hun"], ["Im Si-wan", "Lim Si-wan"], ["Im Si-wan", "임시완"],
  ["Ahn Jae-hong", "An Jae-hong"], ["Ahn Jae Hong", "안재홍"], ["Kim Eun-hee", "Kim Eun Hee"], ["Kim Eun-hee", "김은희"], ["Kim Eun-hee", "Gim Eun-hui"],
  ["Park Sung-woong", "Park Seong-ung"], ["Park Sung-woong", "Bak Seong-ung"], ["Park Sung-woong", "박성웅"], ["Jo Jung-suk", "Cho Jung-suk"], ["Shin Min-a", "Sin Min-a"],
  ["Jung Hae-in", "Jeong Hae-in"], ["Jung Hae-in", "Chung Hae-in"], ["Choi Woo-shik", "Choe U-sik"], ["Choi Woo-shik", "최우식"], ["Gong Yoo", "Kong Yoo"],
  ["Kim Soo-hyun", "Kim Su-hyeon"], ["Kim Soo-hyun", "김수현"], ["Jun Ji-hyun", "Jeon Ji-hyeon"], ["Jun Ji-hyun", "전지현"], ["Son Suk-ku", "Sohn Suk-ku"],
  ["Hyun Bin", "Hyeon Bin"], ["Park Seo-joon", "Park Seo-jun"], ["Park Seo-joon", "박서준"], ["Lee Min-ho", "이민호"], ["Lee Jung-jae", "Lee Jeong-jae"],
  ["Lee Jung-jae", "이정재"], ["Hwang Dong-hyuk", "Hwang Dong-hyeok"], ["Hwang Dong-hyuk", "황동혁"], ["Wi Ha-joon", "Wi Ha-jun"], ["Wi Ha-joon", "위하준"],
  ["Bae Suzy", "Bae Su-ji"], ["Yoo Ah-in", "Yu A-in"], ["Yoo Ah-in", "유아인"], ["Han So-hee", "한소희"], ["Go Youn-jung", "Ko Yoon-jung"],
  ["Go Youn-jung", "고윤정"], ["Kim Ji-won", "김지원"], ["Song Kang", "송강"], ["Song Kang-ho", "송강호"], ["Lee Jin-wook", "Yi Jin-uk"],
  ["Nam Joo-hyuk", "Nam Ju-hyeok"], ["Cha Eun-woo", "Cha Eun-u"], ["Kim Seon-ho", "Kim Sun-ho"], ["Jang Ki-yong", "Chang Ki-yong"], ["Park Bo-young", "Park Bo-yeong"],
  ["Seo In-guk", "Seo In-gook"], ["Ji Jin-hee", "Ji Jin Hee"], ["Kim Tae-ri", "김태리"], ["Ryu Jun-yeol", "류준열"], ["Ryu Jun-yeol", "Ryoo Joon-yeol"],
  ["Ha Jung-woo", "Ha Jeong Woo"], ["Kang Dong-won", "Kang Dong Won"], ["Kang Dong-won", "Kang Don Won"], ["Kwon Nara", "Kwon Na-ra"], ["Oh Jung-se", "Oh Jeong-se"],
  ["Pedro Pascal", "Pedro Pascal"], ["Jenna Ortega", "jenna ortega"], ["Zoë Kravitz", "Zoe Kravitz"], ["Florence Pugh", "Florance Pugh"], ["Jean-Marc Vallée", "Jean Marc Vallee"],
];

// Different people with close or identical-looking names: never the same by the names alone.
const different: [string, string][] = [
  ["Kim Ji-won", "Kim Ji-woon"], ["Song Kang", "Song Kang-ho"], ["Lee Jong-suk", "Lee Jung-suk"], ["Lee Min-ho", "Lee Min-hyuk"], ["Park Seo-joon", "Park Seo-jin"],
  ["Kim Soo-hyun", "Kim Seo-hyun"], ["Lee Je-hoon", "Lee Jin-hoon"], ["Song Ji-hyo", "Song Ha-yoon"], ["Jung Hae-in", "Jung Il-woo"], ["Han So-hee", "Han Hyo-joo"],
  ["Park Bo-gum", "Park Bo-young"], ["Kim Hye-soo", "Kim Hee-sun"], ["Lee Sung-kyung", "Lee Sung-jae"], ["Jun Ji-hyun", "Jeon Jong-seo"], ["Kim Tae-ri", "Kim Tae-hee"],
  ["Yoo Ah-in", "Yoo In-na"], ["Lee Jung-jae", "Lee Jung-jin"], ["Choi Woo-shik", "Choi Woo-sung"], ["Ji Jin-hee", "Ji Sung"], ["Jenna Ortega", "Jenna Coleman"],
  ["Nam Joo-hyuk", "Nam Goong-min"], ["Go Youn-jung", "Go Hyun-jung"], ["Ahn Hyo-seop", "Ahn Jae-hyun"],
];

describe("match-names: same person, many spellings", () => {
  for (const [a, b] of same) {
    it(`${a} = ${b}`, () => {
      const result = matchNames(a, b);
      assert.ok(result.same, `${a} vs ${b}: ${JSON.stringify(result)}`);
      assert.ok(result.score >= 0.8 && result.score <= 1);
    });
  }
});

describe("match-names: different people", () => {
  for (const [a, b] of different) {
    it(`${a} ≠ ${b}`, () => {
      const result = matchNames(a, b);
      assert.equal(result.same, false, `${a} vs ${b}: ${JSON.stringify(result)}`);
    });
  }
  it("keys exact spellings of one Hangul name alike, so an index finds them", () => {
    assert.equal(nameKey("Lee Je-hoon"), nameKey("이제훈"));
    assert.equal(nameKey("Song Ji Hyo"), nameKey("송지효"));
    assert.notEqual(nameKey("Kim Ji-won"), nameKey("Kim Ji-woon"));
  });
});
