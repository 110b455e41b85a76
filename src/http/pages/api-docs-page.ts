import { html } from "hono/html";
import { layout } from "./layout.ts";

/** The API's human page: every operation of the OpenAPI document with its parameters. */
export function apiDocsPage(document: unknown) {
  const doc = document as { paths: Record<string, Record<string, { summary: string; parameters?: { name: string; in: string; required?: boolean }[] }>> };
  return layout({
    title: "API",
    body: html`<h1>JSON API</h1><p>OpenAPI 3.1: <a href="/api/openapi.json">/api/openapi.json</a>. Title-card JSON Schema: <a href="/api/schema/title-card.json">/api/schema/title-card.json</a>. Errors are <code>{"error": {"code", "message"}}</code> with stable codes. Reads carry an ETag; writes need <code>Authorization: Bearer &lt;token&gt;</code> from <code>cliffhanger tokens create</code>.</p>
<table><thead><tr><th>Method</th><th>Path</th><th>What</th><th>Parameters</th></tr></thead><tbody>
${Object.entries(doc.paths).flatMap(([p, methods]) => Object.entries(methods).map(([method, op]) => html`<tr><td>${method.toUpperCase()}</td><td><code>${p}</code></td><td>${op.summary}</td><td>${(op.parameters ?? []).map((x) => `${x.name} (${x.in}${x.required ? ", required" : ""})`).join(", ")}</td></tr>`))}
</tbody></table>`,
  });
}
