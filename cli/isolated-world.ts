// Runs an expression in an isolated world of a page, as the extension's executeScript does: the
// page's own scripts can neither see nor tamper with it. The answer comes back by value.
import type { Page } from 'playwright-core';

export class IsolatedWorldError extends Error {}

export async function evaluateIsolated(page: Page, expression: string, worldName = 'polku'): Promise<unknown> {
  // Every step below needs the page's main thread, including creating the isolated world.
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName,
      grantUniveralAccess: false,
    })) as { executionContextId: number };
    const answer = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (answer.exceptionDetails) throw new IsolatedWorldError(answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text);
    return answer.result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
