/** Text for HTML (the PDF header and footer carry report and view names, which users and AWS name). */
export function escapeHtmlText(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}
