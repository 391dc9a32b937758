// Reads the labelled corpus (../shared/corpus, or POLKU_CORPUS): labels and source URLs.
// The pages belong to their site owners: they are read from there, never copied here.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AssetIdSchema, PresenceSchema } from '../engine/assets';

export const LabelSchema = z.object({
  file: z.string(),
  lang: z.string().optional(),
  kind: z.string().optional(),
  assets: z.partialRecord(AssetIdSchema, z.object({ present: PresenceSchema, items: z.array(z.string()).default([]), evidence: z.unknown().optional() })),
  notes: z.unknown().optional(),
});
export type Label = z.infer<typeof LabelSchema>;

export interface CorpusPage {
  label: Label;
  htmlPath: string;
  /** The address the page was saved from, so links resolve as they did on the site. */
  url: string;
}

export function corpusDir(repoRoot: string): string {
  return path.resolve(process.env.POLKU_CORPUS ?? path.join(repoRoot, '..', 'shared', 'corpus'));
}

export function loadCorpus(dir: string): CorpusPage[] {
  const labelsFile = path.join(dir, 'labels.jsonl');
  if (!existsSync(labelsFile)) throw new Error(`No labelled corpus at ${dir} (labels.jsonl missing). Set POLKU_CORPUS to the corpus folder.`);
  const urls = new Map<string, string>();
  const sources = path.join(dir, 'SOURCES.tsv');
  if (existsSync(sources)) {
    const [header, ...rows] = readFileSync(sources, 'utf8').trim().split('\n').map((line) => line.split('\t'));
    const fileCol = header!.indexOf('file');
    const urlCol = header!.indexOf('url');
    // Sets write the file with or without the labels' leading "./" ("peb/x.html" is "./peb/x.html").
    for (const row of rows) if (row[fileCol] && row[urlCol]) urls.set(`./${row[fileCol]!.replace(/^\.\//, '')}`, row[urlCol]!);
  }
  return readFileSync(labelsFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => LabelSchema.parse(JSON.parse(line)))
    .map((label) => ({
      label,
      htmlPath: path.join(dir, 'pages', label.file),
      url: validHttpUrl(urls.get(`./${label.file.replace(/^\.\//, '')}`)) ?? `https://${path.basename(label.file).split('__')[0]!.replace(/\.html?$/, '')}/`,
    }));
}

function validHttpUrl(text: string | undefined): string | null {
  if (!text) return null;
  try {
    const url = new URL(text);
    // The page is served at its address without the fragment: a request never carries one.
    url.hash = '';
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** Keeps the pages named in a list file (one `./source/file.html` a line, relative to the corpus
 *  folder or absolute), so a new batch can be measured alone — blind, before anything is tuned on it. */
export function selectPages(pages: CorpusPage[], dir: string, listFile: string | undefined): CorpusPage[] {
  if (!listFile) return pages;
  const listPath = path.isAbsolute(listFile) ? listFile : path.join(dir, listFile);
  if (!existsSync(listPath)) throw new Error(`No page list at ${listPath}.`);
  const wanted = new Set(readFileSync(listPath, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean));
  const chosen = pages.filter((page) => wanted.has(page.label.file));
  const unknown = [...wanted].filter((file) => !pages.some((page) => page.label.file === file));
  if (unknown.length > 0) throw new Error(`Not in labels.jsonl: ${unknown.join(', ')}`);
  return chosen;
}
