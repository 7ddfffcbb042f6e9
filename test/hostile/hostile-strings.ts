/**
 * Strings a hostile tenant can put into anything AWS lets them name or tag (EC2 tags take any text),
 * for tests of every place the UI turns such a string into markup or a file.
 */
export const hostileStrings = [
  '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">',
  '"><script>window.__pwned=1</script>',
  "'><svg onload=window.__pwned=1>",
  "javascript:window.__pwned=1",
  "`${window.__pwned=1}`&amp;&lt;b&gt;",
  '=HYPERLINK("http://evil.example","x")',
  "ВПК-東京-🚀\u202eevil\u202c",
  `${"<b>".repeat(300)}long`,
] as const;

/** The markup formatters write themselves: anything else that looks like a tag was injected. */
const ownMarkup = [
  /<span data-marker><\/span>/g,
  /<br\/>/g,
  /<\/?(b|i|code)>/g,
  /<span style="color:[#\w(),. ]+">/g,
  /<\/span>/g,
];

export function injectedMarkup(html: string): string[] {
  let rest = html;
  for (const re of ownMarkup) rest = rest.replace(re, "");
  // Escaped text (`&#60;img onerror=…`) is inert: only a real tag can run anything.
  return rest.match(/<[^>]*>?/g) ?? [];
}
