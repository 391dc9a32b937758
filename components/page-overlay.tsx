// Gives the popup's evidence buttons a way to outline elements on the audited tab. Without a
// provider (a report page, a test) there is no overlay and the evidence shows as plain text.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { browserOverlayApi, createPageOverlay, type PageOverlay } from '../extension/page-overlay';
import { targetTab } from '../extension/use-audit';

export const PageOverlayContext = createContext<Pick<PageOverlay, 'show'> | null>(null);
export const usePageOverlay = () => useContext(PageOverlayContext);

/** Holds the overlay of the audited tab while mounted; unmounting (a rescan, the popup closing) removes it from the page. */
export function PageOverlayScope({ children }: { children: ReactNode }) {
  const [overlay, setOverlay] = useState<PageOverlay | null>(null);
  useEffect(() => {
    let made: PageOverlay | null = null;
    let live = true;
    void targetTab()
      .then((tab) => {
        if (!live || tab?.id === undefined) return;
        made = createPageOverlay(tab.id, browserOverlayApi());
        setOverlay(made);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      made?.dispose();
    };
  }, []);
  return <PageOverlayContext.Provider value={overlay}>{children}</PageOverlayContext.Provider>;
}
