/** Helpers for the text of messages. */

/** A text quoted in a message: white space collapsed, cut to `max` characters with "…". */
export function excerpt(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 3)}…` : t;
}
