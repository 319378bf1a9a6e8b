import type { TLanguage } from '@vouch/contracts';

/**
 * The careers pages' frame: one server-rendered HTML document with a few lines of CSS, no script
 * and no web app bundle, so it is small, fast on a phone, and readable by search engines. Every
 * value that came from a person (a job's text, a company's name, what an applicant typed) goes
 * through `esc`.
 */

export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A sentence with `{name}` places filled with escaped values. */
export function fill(template: string, values: Record<string, string>): string {
  return esc(template).replace(/\{(\w+)\}/g, (_, key: string) => esc(values[key] ?? ''));
}

/** JSON inside a script element: `<` is escaped, so no value can end the element. */
export const jsonForScript = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

const STYLE = `
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2939;margin:0;background:#f2f4f7;line-height:1.5;font-size:16px}
main{max-width:760px;margin:0 auto;padding:24px 16px 48px;background:#fff;min-height:100vh}
header p{margin:0;color:#475467}
h1{font-size:1.7rem;line-height:1.25;margin:.3rem 0 1rem}h2{font-size:1.2rem;margin:1.8rem 0 .6rem}
a{color:#1849a9}a:focus,button:focus,input:focus,select:focus{outline:3px solid #84adff;outline-offset:2px}
ul.jobs{list-style:none;padding:0;margin:0}ul.jobs li{border-top:1px solid #eaecf0;padding:.75rem 0}
ul.jobs a{font-weight:600;font-size:1.05rem}.meta{color:#475467;margin:0}
form.filter{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:0 0 1rem}
label{display:block;font-weight:600;margin:1rem 0 .25rem}.hint{display:block;color:#475467;font-weight:400;font-size:.9rem}
input[type=text],input[type=email],input[type=tel],input[type=url],select{width:100%;font:inherit;padding:.6rem .7rem;border:1px solid #667085;border-radius:6px;background:#fff;color:inherit}
form.filter select{width:auto;min-width:12rem}
input[type=file]{font:inherit;max-width:100%}
.check{display:flex;gap:.6rem;align-items:flex-start;font-weight:400}.check input{width:1.3rem;height:1.3rem;margin-top:.15rem;flex:none}
button{font:inherit;font-weight:600;background:#1849a9;color:#fff;border:0;border-radius:6px;padding:.7rem 1.2rem;min-height:44px;cursor:pointer}
.error{color:#b42318;font-weight:600;margin:.25rem 0 0}[aria-invalid=true]{border-color:#b42318!important;border-width:2px!important}
.summary{border:2px solid #b42318;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
.description{white-space:pre-wrap}.back{display:inline-block;margin-bottom:.5rem}
`;

export type PageHead = {
  language: TLanguage;
  title: string;
  description: string;
  /** The page's one address for search engines, from the configured public URL. */
  canonical: string;
  noindex?: boolean;
  jsonLd?: unknown;
};

export function page(head: PageHead, body: string): string {
  return `<!doctype html>
<html lang="${head.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(head.title)}</title>
<meta name="description" content="${esc(head.description)}">
<link rel="canonical" href="${esc(head.canonical)}">
${head.noindex ? '<meta name="robots" content="noindex">\n' : ''}<style>${STYLE}</style>
${head.jsonLd ? `<script type="application/ld+json">${jsonForScript(head.jsonLd)}</script>\n` : ''}</head>
<body><main>
${body}
</main></body>
</html>`;
}
