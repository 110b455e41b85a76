import { describeChange } from "./changes.ts";
import type { Notification } from "./notify.service.ts";

/** Atom 1.0 and JSON Feed 1.1 of notifications: one entry per notification, its id stable forever. */
export interface FeedMeta {
  /** The feed's own stable id (a tag: URI) and title. */
  id: string;
  title: string;
  /** Absolute URL of this feed, and of the page it stands for. */
  selfUrl: string;
  pageUrl: string;
  /** The server's origin, for links to titles and sources. */
  origin: string;
  updated: string;
}

const xml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");

export const entryId = (n: Notification) => `tag:cliffhanger,2026:notification/${n.id}`;

function links(n: Notification, origin: string) {
  return { card: `${origin}/titles/${n.titleId}`, sources: n.payload.sources.map((s) => ({ name: s.name, href: `${origin}/sources/${s.id}`, external: s.url })) };
}

export function atomFeed(meta: FeedMeta, notifications: Notification[]): string {
  const entries = notifications.map((n) => {
    const words = describeChange(n.payload);
    const l = links(n, meta.origin);
    return `<entry>
<id>${xml(entryId(n))}</id>
<title>${xml(words.title)}</title>
<updated>${xml(n.createdAt)}</updated>
<link rel="alternate" type="text/html" href="${xml(l.card)}"/>
${l.sources.map((s) => `<link rel="related" type="text/html" href="${xml(s.href)}" title="${xml(s.name)}"/>`).join("\n")}
<category term="${xml(n.payload.kind)}"/>
<content type="text">${xml(words.text)}</content>
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${xml(meta.id)}</id>
<title>${xml(meta.title)}</title>
<updated>${xml(notifications[0]?.createdAt ?? meta.updated)}</updated>
<author><name>cliffhanger</name></author>
<link rel="self" type="application/atom+xml" href="${xml(meta.selfUrl)}"/>
<link rel="alternate" type="text/html" href="${xml(meta.pageUrl)}"/>
${entries.join("\n")}
</feed>
`;
}

export function jsonFeed(meta: FeedMeta, notifications: Notification[]) {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: meta.title,
    home_page_url: meta.pageUrl,
    feed_url: meta.selfUrl,
    items: notifications.map((n) => {
      const words = describeChange(n.payload);
      const l = links(n, meta.origin);
      return {
        id: entryId(n),
        url: l.card,
        title: words.title,
        content_text: words.text,
        date_published: n.createdAt,
        date_modified: n.createdAt,
        tags: [n.payload.kind],
        _cliffhanger: { v: 1, kind: n.payload.kind, season: n.payload.season, part: n.payload.part, from: n.payload.from, to: n.payload.to, sources: l.sources },
      };
    }),
  };
}
