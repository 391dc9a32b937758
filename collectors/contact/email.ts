// contact.email: mailto links, visible addresses, bracketed obfuscations, and addresses that only a
// script reveals (counted as `script`).
import { EMAIL_LABEL, WEBMASTER } from '../../cues/contact';
import { cueMatcher } from '../../cues/match';
import { Found } from '../found';
import { othersContact } from './others-contact';
import { safeDecode, siteOf, type PageIndex } from '../page-index';
import { vendorTable } from '../../cues/vendor-table';

const emailLabel = cueMatcher(EMAIL_LABEL);
const webmaster = cueMatcher(WEBMASTER);
const TECHNICAL_MAILBOX = /^(?:webmaster|hostmaster|postmaster|web-?master)@/i;

/** The website's technician, by the mailbox or the words before or on its link: a visitor's question goes elsewhere. */
const isWebmaster = (address: string, label: string) => TECHNICAL_MAILBOX.test(address) || webmaster.test(label);

// Linear: the lookbehind lets a match start only where a run of address characters starts, so each
// run is scanned once (unanchored, "aaaa…" was rescanned from every letter: quadratic). Labels are
// split by dots, so the domain part cannot backtrack in more than one way.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,24})\b/g;
const FILE_TLDS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'js', 'css', 'avif']);
const AT_WORD = String.raw`(?:\(at\)|\[at\]|\{at\}|\(ät\)|\[ät\]|\(a\)|\[a\]|\(@\)|\[@\]|\(miuku\)|\(at-merkki\)|\(alfa\))`;
const DOT_WORD = String.raw`(?:\.|\(dot\)|\[dot\]|\{dot\}|\(piste\)|\[piste\]|\(punkt\)|\[punkt\]|\(point\)|\[point\])`;
// "support [at] example.eu", "info(at)yritys(piste)fi": bracketed forms are unmistakable.
// Linear: it starts only where a run of name characters starts (the lookbehind).
const BRACKETED = new RegExp(String.raw`(?<![\w.+-])[\w.+-]+\s*${AT_WORD}\s*[\w-]+(?:\s*${DOT_WORD}\s*[\w-]+)*\s*${DOT_WORD}\s*[a-z]{2,24}\b`, 'i');
// "folketinget @ ft.dk": spaces around the sign keep harvesters off; a domain with a dot follows.
// Linear: it starts only where a run of name characters starts, and the domain's labels are split by dots.
const SPACED_AT = /(?<![\w.+-])[\w.+-]{2,40}\s@\s[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}\b/;
// "info at example dot com" reads as an address only beside an email label.
// Linear: it starts only where a run of name characters starts, and a separator is either "\s*.\s*" or
// "\s+dot\s+" (was "\s*(?:\.|\s+dot\s+)\s*": two stars over one run of spaces split it every way, quadratic).
const SPELLED = /(?<![\w.+-])[\w.+-]+\s+(?:at|ät)\s+[\w-]+(?:(?:\s*\.\s*|\s+(?:dot|punkt|piste)\s+)[\w-]+)+/i;

function validEmail(address: string): boolean {
  const m = /^[^@\s]+@[^@\s]+\.([A-Za-z]{2,24})$/.exec(address);
  return m !== null && !FILE_TLDS.has(m[1]!.toLowerCase());
}

function decodeHex(text: string): string | null {
  if (!/^(?:[0-9a-f]{2}){6,}$/i.test(text)) return null;
  return text.replace(/../g, (h) => String.fromCharCode(parseInt(h, 16)));
}

function decodeBase64(text: string): string | null {
  if (!/^[A-Za-z0-9+/]{12,}={0,2}$/.test(text) || typeof atob !== 'function') return null;
  try {
    return atob(text);
  } catch {
    return null;
  }
}

/** Cloudflare's email protection: the first byte is the key the rest is XORed with. */
function decodeCloudflare(hex: string): string | null {
  if (!/^(?:[0-9a-f]{2}){4,}$/i.test(hex)) return null;
  const key = parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16) ^ key);
  return out;
}

/** Joomla's e-mail cloaking: the address is assembled by a script from pieces ("var addy123 = 'info' + '&#64;'"). */
/** Scripts that write an address scrambled in the page's source: "Rot13.write('…')" (Bolt's e-mail obfuscator). */
const ENCODER_SCRIPT = /\bRot13\.write\(|\beae_decode|\beeb_decode/;
const JOOMLA_CLOAK = /var addy[\w]{0,40}\s?=|'ma'\s?\+\s?'il'\s?\+\s?'to'/;

const rot13 = (text: string) => text.replace(/[a-z]/gi, (c) => String.fromCharCode(((c.toLowerCase().charCodeAt(0) - 97 + 13) % 26) + (c === c.toLowerCase() ? 97 : 65)));

/** An address the page encodes so that only a script shows it: hex, base64, ROT13, Cloudflare, TYPO3. */
function scriptRevealedEmail(index: PageIndex): { text: string; el: Element } | null {
  const candidates = index.query('[data-cfemail], a[href*="email-protection" i], [data-mailto-token], a[href^="javascript:" i], [class*="mail" i], [id*="mail" i]');
  let seen = 0;
  for (const el of candidates) {
    if (++seen > 200) break;
    const cf = el.getAttribute('data-cfemail') ?? /email-protection#([0-9a-f]+)/i.exec(el.getAttribute('href') ?? '')?.[1];
    if (cf) {
      const address = decodeCloudflare(cf);
      if (address && validEmail(address)) return { text: 'email protection', el };
    }
    const href = el.getAttribute('href') ?? '';
    if (el.hasAttribute('data-mailto-token') || /^javascript:.*(?:mailto|uncrypt)/i.test(href)) return { text: href.slice(0, 80) || 'data-mailto-token', el };
    if (/^znvygb:/i.test(href) && validEmail(rot13(href.slice(7)))) return { text: href, el };
    const content = (el.textContent ?? '').trim();
    if (content.length > 300 || el.children.length > 3) continue;
    // The encoded address may be the whole text, one word of it, or one of its parts (a span beside a text node).
    const parts = [...el.childNodes].map((n) => (n.textContent ?? '').trim());
    for (const value of new Set([content, ...content.split(/\s+/), ...parts])) {
      const decoded = decodeHex(value) ?? decodeBase64(value);
      if (decoded && validEmail(decoded.trim())) return { text: value, el };
    }
  }
  return null;
}

/** An address at a tool's own domain ("info@cookieinformation.com" in a consent dialog) is the vendor's, not the site's;
 *  on the vendor's own site it is the site's. */
function vendorAddress(address: string, base: URL | null): boolean {
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  if (!domain || (base && siteOf(domain) === siteOf(base.hostname))) return false;
  return vendorTable().byHost(domain).some((entry) => entry.pattern === null);
}

export function detectEmail(index: PageIndex): Found {
  const found = new Found();
  const others = othersContact(index);
  for (const link of index.links) {
    if (!link.href.toLowerCase().startsWith('mailto:')) continue;
    const address = safeDecode(link.href.slice(7).split('?')[0] ?? '').trim();
    if (validEmail(address) && !others.link(link.el) && !isWebmaster(address, link.text) && !vendorAddress(address, index.base)) found.add('content', { text: address, url: link.href, el: link.el });
    // Joomla's cloaking script written into the link's own address: a script builds the real one.
    else if (JOOMLA_CLOAK.test(link.href)) found.add('script', { text: 'email cloak', el: link.el });
  }
  let read = 0;
  for (const match of index.text.matchAll(EMAIL)) {
    // A page of hundreds of addresses in job ads is read no further: its own is in a link or the frame.
    if (++read > 200) break;
    if (FILE_TLDS.has(match[1]!.toLowerCase()) || others.at(match.index) || vendorAddress(match[0], index.base)) continue;
    if (isWebmaster(match[0], index.text.slice(Math.max(0, match.index - 40), match.index))) continue;
    found.add('content', { text: match[0] });
    break;
  }
  if (found.found) return found;
  const bracketed = BRACKETED.exec(index.text) ?? SPACED_AT.exec(index.text);
  if (bracketed) return found.add('content', { text: bracketed[0] });
  const spelled = SPELLED.exec(index.text);
  if (spelled && emailLabel.test(index.text.slice(Math.max(0, spelled.index - 40), spelled.index))) return found.add('content', { text: spelled[0] });
  const hidden = scriptRevealedEmail(index);
  if (hidden) found.add('script', hidden);
  else {
    const cloak = index.inlineScripts.find((script) => JOOMLA_CLOAK.test(script) || ENCODER_SCRIPT.test(script));
    // WordPress's Email Encoder Bundle leaves the address scrambled in an attribute its script decodes on a click.
    const encoded = index.query('[data-enc-email]', 1)[0];
    if (cloak) found.add('script', { text: 'email cloak' });
    else if (encoded) found.add('script', { text: 'data-enc-email', el: encoded });
  }
  return found;
}
