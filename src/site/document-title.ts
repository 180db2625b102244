// Browsers and search engines show about this many characters of a title.
const maxLength = 70;

/** The `<title>` of a page: the page title and the site name, shortened to what a browser tab or result shows. */
export function documentTitle(title: string, siteName: string): string {
  if (title === siteName) return siteName;
  const full = `${title} · ${siteName}`;
  if (full.length <= maxLength) return full;
  return title.length <= maxLength ? title : `${title.slice(0, maxLength - 1)}…`;
}
