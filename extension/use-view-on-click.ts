// The audited tab's view, captured once as the popup opens (the toolbar click), for the report's cover.
import { useEffect, useState } from 'react';
import { captureTabView } from './capture-view';
import { targetTab } from './use-audit';

export function useViewOnClick(): string | null {
  const [view, setView] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void targetTab()
      .then((tab) => (tab?.id === undefined ? null : captureTabView(tab.id)))
      .then((shot) => live && setView(shot))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return view;
}
