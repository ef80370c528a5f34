export interface TextPart {
  text: string;
  /** Set when the part is a web address. */
  href?: string;
}

// Punctuation that ends a sentence around a link is not part of it ("open https://x.example/a.").
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/g;
const TRAILING = /[.,;:!?)\]}]+$/;

/** Splits plain text into text and http(s) links, so an e-mail's text body can be shown with clickable links. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING, "");
    const start = match.index;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: url, href: url });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
