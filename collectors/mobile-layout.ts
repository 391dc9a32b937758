// What a phone visitor feels of the layout, measured in the live page at its current viewport:
// sideways scrolling, tap targets too small and too close (WCAG 2.5.8), text under 12 px.
// Layout reads are costly, so one bounded walk does all three and yields to the page as it goes.
import { clip, LIMITS } from '../engine/limits';
import type { MobileFacts } from '../engine/mobile';
import type { Budget, Steps } from './budget';
import { selectorOf } from './page-index';
import { crowdedTargets, type Rect } from './tap-targets';

export const MOBILE_CAPS = {
  /** Elements the walk visits. */
  elements: 20_000,
  /** Rectangles and styles cost most: these many are enough to judge a page, and keep the scan short. */
  targets: 800,
  textElements: 1_000,
  textChars: 300_000,
} as const;

const TARGETS = 'a[href], button, input:not([type="hidden" i]), select, textarea, summary, [role="button"], [role="link"], [role="checkbox"], [role="tab"], [onclick]';
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'head']);
const SMALL_TEXT_PX = 12;
const SHOW_ELEMENT = 1;
const TEXT_NODE = 3;
/** Elements between yields: a rectangle or a computed style each, a few microseconds apiece. */
const YIELD_EVERY = 48;

export function* collectMobile(win: Window, doc: Document, budget: Budget): Steps<MobileFacts> {
  const root = doc.documentElement;
  const body = doc.body ?? root;
  // The visible width without the scrollbar: what the page may fill without scrolling sideways.
  const visibleWidth = root?.clientWidth || win.innerWidth;
  const scrollWidth = Math.max(root?.scrollWidth ?? 0, body?.scrollWidth ?? 0);
  const wider = scrollWidth > visibleWidth + 1;
  const facts: MobileFacts = {
    viewport: { width: win.innerWidth, height: win.innerHeight, dpr: win.devicePixelRatio || 1 },
    overflow: { wider, scrollWidth, selector: null },
    tapTargets: { checked: 0, crowded: 0, selectors: [], partial: false },
    text: { chars: 0, smallChars: 0, selectors: [], partial: false },
  };
  if (!body) return facts;
  const targets: Element[] = [];
  const rects: Rect[] = [];
  let widest = visibleWidth + 1;
  let textElements = 0;
  let partial = false;
  const walker = doc.createTreeWalker(body, SHOW_ELEMENT);
  for (let visited = 0, node: Node | null = body; node; node = nextElement(walker, node as Element)) {
    const el = node as Element;
    if (++visited > MOBILE_CAPS.elements || (visited % YIELD_EVERY === 0 && (yield, !budget.ok()))) {
      partial = true;
      break;
    }
    // The rectangle is the costly read: skipped where nothing below would use it (no sideways
    // overflow to find, not a tap target, no own text left to size).
    const targetsLeft = targets.length < MOBILE_CAPS.targets;
    const textLeft = textElements < MOBILE_CAPS.textElements && facts.text.chars < MOBILE_CAPS.textChars;
    // Both samples full and no overflow to find: the rest of the page can change nothing (both already say partial).
    if (!wider && !targetsLeft && !textLeft) break;
    const target = targetsLeft && mayBeTarget(el) && el.matches(TARGETS);
    const chars = textLeft ? ownTextLength(el) : 0;
    if (!wider && !target && chars === 0) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width <= 0 || rect.height <= 0) continue;
    const right = rect.right + win.scrollX;
    if (wider && right > widest) {
      widest = right;
      facts.overflow.selector = clip(selectorOf(el), LIMITS.selector);
    }
    if (target && !inSentence(el) && visible(el)) {
      targets.push(el);
      rects.push({ x: rect.left + win.scrollX, y: rect.top + win.scrollY, width: rect.width, height: rect.height });
    }
    if (chars > 0) {
      textElements++;
      const style = win.getComputedStyle(el);
      if (style.visibility === 'hidden' || style.opacity === '0') continue;
      facts.text.chars += chars;
      if (parseFloat(style.fontSize) < SMALL_TEXT_PX) {
        facts.text.smallChars += chars;
        if (facts.text.selectors.length < LIMITS.offenders) facts.text.selectors.push(clip(selectorOf(el), LIMITS.selector));
      }
    }
  }
  yield;
  // A target nested in another (a button inside a clickable card) is one place to tap, not two.
  const spacing = crowdedTargets(rects, (a, b) => targets[a]!.contains(targets[b]!) || targets[b]!.contains(targets[a]!));
  facts.tapTargets = {
    checked: targets.length,
    crowded: spacing.crowded.length,
    selectors: spacing.crowded.slice(0, LIMITS.offenders).map((i) => clip(selectorOf(targets[i]!), LIMITS.selector)),
    partial: partial || spacing.partial || targets.length >= MOBILE_CAPS.targets,
  };
  facts.text.partial = partial || textElements >= MOBILE_CAPS.textElements || facts.text.chars >= MOBILE_CAPS.textChars;
  return facts;
}

/** Tags and attributes every TARGETS selector needs: most elements have none, and matches() is not free. */
const TARGET_TAGS = new Set(['a', 'button', 'input', 'select', 'textarea', 'summary']);
const mayBeTarget = (el: Element): boolean => TARGET_TAGS.has(el.localName) || el.hasAttribute('role') || el.hasAttribute('onclick');

/** Next element in document order, skipping the insides of scripts, styles, SVG and the like. */
function nextElement(walker: TreeWalker, current: Element): Node | null {
  walker.currentNode = current;
  if (SKIP.has(current.localName)) {
    for (let n: Node | null = walker.currentNode; n; n = walker.parentNode()) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      walker.currentNode = n;
    }
    return null;
  }
  return walker.nextNode();
}

/** A link inside a sentence is exempt (WCAG 2.5.8 "inline"): its size follows the line of text. */
function inSentence(el: Element): boolean {
  if (el.localName !== 'a') return false;
  let steps = 0;
  for (let s = el.previousSibling; s && steps < 3; s = s.previousSibling, steps++) if (s.nodeType === TEXT_NODE && /\S/.test(s.textContent ?? '')) return true;
  steps = 0;
  for (let s = el.nextSibling; s && steps < 3; s = s.nextSibling, steps++) if (s.nodeType === TEXT_NODE && /\S/.test(s.textContent ?? '')) return true;
  return false;
}

function visible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  return check ? check.call(el, { visibilityProperty: true, opacityProperty: true, checkVisibilityCSS: true, checkOpacity: true }) : true;
}

/** Characters of the element's own text (its direct text nodes), the text it sets the size of. */
function ownTextLength(el: Element): number {
  if (SKIP.has(el.localName)) return 0;
  let length = 0;
  let steps = 0;
  for (let n = el.firstChild; n && steps < 200; n = n.nextSibling, steps++) {
    if (n.nodeType === TEXT_NODE) length += (n.textContent ?? '').trim().length;
  }
  return Math.min(length, 5_000);
}
