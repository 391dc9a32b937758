// The report as one self-contained HTML file (the CLI's --format html, and the page it prints to PDF).
// Its policy lets nothing run and nothing load: styles are inline, images are data URLs.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ReportView } from '../components/report/ReportView';
import { rt } from '../i18n/report';
import type { Locale } from '../engine/rule';
import type { ReportDocument } from './document';
import css from './report.css?raw';

const POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

export function renderReportHtml(doc: ReportDocument): string {
  const body = renderToStaticMarkup(createElement(ReportView, { doc }));
  return htmlPage(doc.report.locale, `${rt(doc.report.locale, 'title')} · ${doc.report.url}`, body);
}

/** A whole page around `body` (markup of ours), with the report's styles and the policy above. */
export function htmlPage(locale: Locale, title: string, body: string): string {
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
  ].join('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
