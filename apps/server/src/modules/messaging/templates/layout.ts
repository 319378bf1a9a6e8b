import type { TLanguage } from '@vouch/contracts';
import type { Strings } from './strings.en.ts';

/**
 * What a template says, as plain text blocks. The layout alone turns it into HTML, escaping every
 * string on the way, so templates cannot forget to escape data.
 */
export type EmailContent = {
  subject: string;
  /** The line mail apps show beside the subject. */
  preview: string;
  paragraphs: string[];
  button?: EmailButton;
  /** Several choices side by side (e.g. yes / no), the first one highlighted; instead of `button`. */
  buttons?: EmailButton[];
  /** Paragraphs after the button, in smaller type: expiry, "ignore this if…". */
  notes?: string[];
  /** A small link above the footer: the recipient's own privacy page (emails to candidates and referees). */
  manageData?: EmailButton;
};

export type EmailButton = { label: string; url: string };
export type RenderedEmail = { subject: string; text: string; html: string };
export type RenderedSms = { text: string };

export type LayoutOptions = { language: TLanguage; strings: Strings; senderName: string };

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Links in emails come from our own code, but a `javascript:` URL must never become a button. */
function safeHref(url: string): string {
  return /^(https?:\/\/|mailto:)/i.test(url) ? url : '#';
}

const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
const BRAND = '#1f6f5c';
const INK = '#1d2433';
const MUTED = '#5b6475';

export function renderLayout(content: EmailContent, options: LayoutOptions): RenderedEmail {
  return { subject: content.subject, text: renderText(content, options), html: renderHtml(content, options) };
}

const buttonsOf = (content: EmailContent) => content.buttons ?? (content.button ? [content.button] : []);

function renderText(content: EmailContent, { strings, senderName }: LayoutOptions): string {
  const blocks = [...content.paragraphs];
  for (const button of buttonsOf(content)) blocks.push(`${button.label}:\n${button.url}`);
  blocks.push(...(content.notes ?? []));
  if (content.manageData) blocks.push(`${content.manageData.label}:\n${content.manageData.url}`);
  blocks.push(`--\n${strings.layout.footer(senderName)}`);
  return `${blocks.join('\n\n')}\n`;
}

function renderHtml(content: EmailContent, { language, strings, senderName }: LayoutOptions): string {
  const e = escapeHtml;
  const paragraph = (text: string, style = `font-size:16px;line-height:24px;color:${INK};`) =>
    // A line break inside a paragraph (an address, a signature) stays one in HTML.
    `<p style="margin:0 0 16px 0;${FONT}${style}">${e(text).replaceAll('\n', '<br>')}</p>`;
  const small = `font-size:13px;line-height:20px;color:${MUTED};`;
  const buttons = buttonsOf(content);
  // Each button is its own table so that on a narrow screen the second wraps below the first.
  const buttonCell = ({ label, url }: EmailButton, index: number) => {
    const [bg, fg] = index === 0 ? [BRAND, '#ffffff'] : ['#ffffff', BRAND];
    return (
      `<table role="presentation" cellpadding="0" cellspacing="0" border="0" align="left" style="margin:8px 12px 16px 0;"><tr>` +
      `<td style="border-radius:6px;background-color:${bg};border:1px solid ${BRAND};">` +
      `<a href="${e(safeHref(url))}" target="_blank" style="display:inline-block;padding:12px 24px;${FONT}font-size:16px;font-weight:600;line-height:20px;color:${fg};text-decoration:none;border-radius:6px;">${e(label)}</a>` +
      `</td></tr></table>`
    );
  };
  const fallbackLink = ({ label, url }: EmailButton) =>
    `${buttons.length > 1 ? `${e(label)}:<br>` : ''}<a href="${e(safeHref(url))}" style="color:${BRAND};word-break:break-all;">${e(url)}</a>`;
  const button = buttons.length
    ? `<div>${buttons.map(buttonCell).join('')}</div><div style="clear:both;height:8px;"></div>` +
      `<p style="margin:0 0 16px 0;${FONT}${small}">${e(buttons.length > 1 ? strings.layout.buttonsFallback : strings.layout.buttonFallback)}<br>` +
      `${buttons.map(fallbackLink).join('<br>')}</p>`
    : '';
  const body = [
    ...content.paragraphs.map((p) => paragraph(p)),
    button,
    ...(content.notes ?? []).map((p) => paragraph(p, small)),
    content.manageData
      ? `<p style="margin:0 0 16px 0;${FONT}${small}"><a href="${e(safeHref(content.manageData.url))}" style="color:${BRAND};">${e(content.manageData.label)}</a></p>`
      : '',
  ].join('\n');

  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${e(content.subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f4f5f7;">
<div style="display:none;max-height:0;overflow:hidden;opacity:0;">${e(content.preview)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f5f7;">
<tr><td align="center" style="padding:32px 16px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background-color:#ffffff;border:1px solid #e3e6ea;border-radius:8px;">
<tr><td style="padding:28px 32px 8px 32px;${FONT}font-size:20px;font-weight:700;color:${BRAND};">Vouch</td></tr>
<tr><td style="padding:16px 32px 16px 32px;">
${body}
</td></tr>
</table>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;">
<tr><td align="center" style="padding:16px 32px;${FONT}font-size:12px;line-height:18px;color:#8a93a3;">${e(strings.layout.footer(senderName))}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}
