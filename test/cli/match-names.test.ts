import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runCli } from "../support/run-cli.ts";

describe("cliffhanger match-names", () => {
  it("writes one JSON line per tab-separated pair on stdin, with the three verdicts", () => {
    const input = "Song Hye-kyo\tSong Hye Go\nKim Ji-won\tPark Bo-gum\n\n송혜교\tSong Hye Kyo\nJung-jae Lee\tLee Jung-jae\n";
    const result = runCli(["match-names"], { input });
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l) as { a: string; b: string; same: boolean; possible: boolean; score: number });
    assert.deepEqual(
      lines.map((l) => [l.a, l.b, l.same, l.possible]),
      [
        // A dropped glide ("Go" for 교) is how one famous name is misspelt, and how 민호 and 민효 differ: possible.
        ["Song Hye-kyo", "Song Hye Go", false, true],
        ["Kim Ji-won", "Park Bo-gum", false, false],
        ["송혜교", "Song Hye Kyo", true, false],
        ["Jung-jae Lee", "Lee Jung-jae", true, false],
      ],
    );
    for (const line of lines) assert.ok(line.score >= 0 && line.score <= 1);
  });

  it("names the line of a malformed pair and exits 1", () => {
    const result = runCli(["match-names"], { input: "Song Hye-kyo\tSong Hye Go\njust one name\n" });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /line 2: expected two names separated by a tab/);
  });
});
