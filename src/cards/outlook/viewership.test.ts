import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Metric, SourceRef } from "../title-card.schema.ts";
import { summarizeViewership } from "./viewership.ts";

const dataset: SourceRef = { id: "src_dataset", outlet: "Weekly Chart", url: null, author: null, published: null, via: null, quote: "row" };
const article: SourceRef = { id: "src_article", outlet: "Example News", url: null, author: null, published: "2025-02-01", via: null, quote: "It topped the chart for two weeks." };

function metric(fields: Partial<Metric> & Pick<Metric, "metric" | "value">): Metric {
  return { platform: "Netflix", scope: "week", list: "TV (English)", week: null, approximate: false, corroborated: false, sources: [dataset], ...fields };
}

describe("viewership signals", () => {
  // Eight charted weeks of an invented show, with the totals an import derives from them.
  const weeks = ["2025-01-06", "2025-01-13", "2025-01-20", "2025-01-27", "2025-02-03", "2025-02-10", "2025-02-17", "2025-02-24"];
  const ranks = [2, 1, 1, 3, 5, 7, 9, 10];
  const weekly = weeks.flatMap((week, i) => [metric({ metric: "rank", value: ranks[i]!, week }), metric({ metric: "hours-viewed", value: 30_000_000 - i * 3_000_000, week })]);
  const totals = [
    metric({ metric: "rank", scope: "cumulative", value: 1 }),
    metric({ metric: "weeks-in-top-10", scope: "cumulative", value: 8 }),
    metric({ metric: "weeks-at-number-1", scope: "cumulative", value: 2 }),
    metric({ metric: "hours-viewed", scope: "cumulative", value: 156_000_000 }),
  ];
  const fromArticle = [metric({ metric: "consecutive-weeks-at-number-1", scope: "cumulative", value: 2, list: "global", sources: [article] })];
  const summaries = summarizeViewership([...weekly, ...totals, ...fromArticle]);

  it("gives one line per source and list, however many weeks were charted", () => {
    assert.equal(summaries.length, 2);
    assert.equal(summaries[0]!.summary, "Weekly Chart, TV (English) list: best rank #1, 8 weeks in the top 10, 2 weeks at #1, 156 million hours in total");
    assert.equal(summaries[1]!.summary, "Example News, global list: 2 consecutive weeks at #1");
  });

  it("keeps every figure in the details, one line per charted week", () => {
    const details = summaries[0]!.details;
    assert.equal(details.filter((d) => d.startsWith("week of ")).length, 8);
    assert.ok(details.includes("week of 13 Jan 2025: ranked #1, 27 million hours viewed"), details.join("\n"));
    assert.ok(details.includes("156 million hours viewed in total"));
  });

  it("leaves out a source and list with no strong figure", () => {
    const weak = summarizeViewership([metric({ metric: "rank", value: 8, week: "2025-01-06" }), metric({ metric: "hours-viewed", value: 2_000_000, week: "2025-01-06" })]);
    assert.deepEqual(weak, []);
  });
});
