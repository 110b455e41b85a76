import { html } from "hono/html";
import type { User } from "../../accounts/user.repository.ts";
import type { Follow } from "../../notify/follow.repository.ts";
import type { Endpoint } from "../../notify/webhooks.ts";
import { layout, type Html } from "./layout.ts";

const csrfField = (csrf: string) => html`<input type="hidden" name="csrf" value="${csrf}">`;

export function loginPage(options: { csrf: string; next: string; error: string | null; username?: string }): Html {
  return layout({
    title: "Sign in",
    body: html`<h1>Sign in</h1>
${options.error ? html`<p class="note" role="alert">${options.error}</p>` : ""}
<form method="post" action="/login">
${csrfField(options.csrf)}<input type="hidden" name="next" value="${options.next}">
<label for="username">Name</label><input id="username" name="username" type="text" autocomplete="username" required value="${options.username ?? ""}">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<p><button type="submit">Sign in</button></p>
</form>`,
  });
}

export interface QuestionChoice {
  value: string;
  label: string;
}

export function followPage(options: { title: { id: string; name: string }; choices: QuestionChoice[]; csrf: string; user: User }): Html {
  return layout({
    title: `Follow ${options.title.name}`,
    body: html`<h1>Follow <a href="/titles/${options.title.id}">${options.title.name}</a></h1>
<p>Signed in as ${options.user.username}. Choose what to be told about:</p>
<form method="post" action="/follow">
${csrfField(options.csrf)}<input type="hidden" name="title" value="${options.title.id}">
<fieldset><legend>Question</legend>
${options.choices.map((c, i) => html`<p><label><input type="radio" name="question" value="${c.value}"${i === 0 ? " checked" : ""}> ${c.label}</label></p>`)}
</fieldset>
<p><button type="submit">Follow</button></p>
</form>`,
  });
}

export interface DeliveryLine {
  id: string;
  event_type: string;
  status: string;
  attempts: number;
  response_status: number | null;
  last_error: string | null;
  created_at: string;
}

export function followingPage(options: { user: User; csrf: string; follows: (Follow & { answer: string })[]; feeds: { atom: string; json: string; ics: string }; endpoints: (Endpoint & { deliveries: DeliveryLine[] })[]; entries: { title: string; text: string; createdAt: string }[] }): Html {
  return layout({
    title: "What I follow",
    body: html`<h1>What I follow</h1>
<p>Signed in as ${options.user.username} (${options.user.role}). <form class="inline" method="post" action="/logout">${csrfField(options.csrf)}<button type="submit">Sign out</button></form></p>
${options.follows.length === 0 ? html`<p>Nothing yet: open a title and press “Follow”.</p>` : html`<table class="follows"><thead><tr><th>Title</th><th>Question</th><th>Answer now</th><th></th></tr></thead><tbody>
${options.follows.map((f) => html`<tr><td><a href="/titles/${f.titleId}">${f.titleName}</a></td><td>${f.description}</td><td class="answer">${f.answer}</td><td><form method="post" action="/following/unfollow">${csrfField(options.csrf)}<input type="hidden" name="id" value="${f.id}"><button type="submit">Unfollow</button></form></td></tr>`)}
</tbody></table>`}
<h2>Told so far</h2>
${options.entries.length === 0 ? html`<p>No change yet since you followed.</p>` : html`<ul class="entries">${options.entries.map((e) => html`<li><time>${e.createdAt.slice(0, 10)}</time> ${e.text}</li>`)}</ul>`}
<h2>Feeds and calendar</h2>
<p>Private addresses (anyone with them can read what you follow): <a href="${options.feeds.atom}">Atom</a> · <a href="${options.feeds.json}">JSON Feed</a> · <a href="${options.feeds.ics}">iCal</a></p>
<form method="post" action="/following/feed-secret">${csrfField(options.csrf)}<button type="submit">Make new addresses (the old ones stop working)</button></form>
<h2>Webhooks</h2>
<p>Signed as Standard Webhooks: check <code>webhook-signature</code> with the endpoint's secret.</p>
${options.endpoints.map((e) => html`<section class="webhook"><h3>${e.url}</h3>
<p>Secret: <code>${e.secret}</code>. ${e.disabledAt ? html`<strong>Disabled</strong> ${e.disabledAt.slice(0, 16)}: ${e.disabledReason}` : "Enabled."}</p>
<form class="inline" method="post" action="/webhooks/${e.id}/test">${csrfField(options.csrf)}<button type="submit">Send test event</button></form>
<form class="inline" method="post" action="/webhooks/${e.id}/${e.disabledAt ? "enable" : "disable"}">${csrfField(options.csrf)}<button type="submit">${e.disabledAt ? "Enable" : "Disable"}</button></form>
<table><thead><tr><th>Delivery</th><th>Type</th><th>Status</th><th>Attempts</th><th>HTTP</th><th>Error</th></tr></thead><tbody>
${e.deliveries.map((d) => html`<tr><td><code>${d.id}</code></td><td>${d.event_type}</td><td>${d.status}</td><td>${d.attempts}</td><td>${d.response_status ?? ""}</td><td>${d.last_error ?? ""}</td></tr>`)}
</tbody></table></section>`)}
<form method="post" action="/webhooks">${csrfField(options.csrf)}<label for="webhook-url">Add an endpoint URL</label><input id="webhook-url" name="url" type="url" required><button type="submit">Add webhook</button></form>`,
  });
}
