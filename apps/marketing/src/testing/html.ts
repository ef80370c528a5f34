// Small helpers to read rendered HTML in tests, without a DOM library.

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, code: string) => {
    if (code[0] === "#") {
      const n = code[1] === "x" || code[1] === "X" ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
      return String.fromCodePoint(n);
    }
    return entities[code.toLowerCase()] ?? match;
  });
}

/** The visible text of an HTML fragment: tags removed, entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]+>/g, " "))
    .replace(/[ \t\n\r\f]+/g, " ")
    .trim();
}

/** `<tag … attr="value" …>…</tag>` elements carrying `attr`, as [value, inner HTML] pairs (no nesting of `tag`). */
export function elementsWith(html: string, tag: string, attr: string): [string, string][] {
  const pattern = new RegExp(`<${tag}\\b[^>]*\\s${attr}="([^"]*)"[^>]*>([\\s\\S]*?)</${tag}>`, "g");
  return [...html.matchAll(pattern)].map((m) => [decodeEntities(m[1]!), m[2]!]);
}

/** The first element `<tag … attr="value" …>…</tag>`, or undefined. */
export function elementWith(html: string, tag: string, attr: string, value: string): string | undefined {
  return elementsWith(html, tag, attr).find(([v]) => v === value)?.[1];
}
