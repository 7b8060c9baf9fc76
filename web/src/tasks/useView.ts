// React state for the current task view, kept in the address bar (replaceState for typing, pushState for navigation).
import { useCallback, useEffect, useState } from 'react';
import { viewFromSearch, viewToSearch, type TaskView } from './filters.js';

export function useView(): [TaskView, (next: Partial<TaskView>, options?: { push?: boolean }) => void] {
  const [view, setView] = useState<TaskView>(() => viewFromSearch(window.location.search));

  useEffect(() => {
    const onPop = () => setView(viewFromSearch(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback((next: Partial<TaskView>, options?: { push?: boolean }) => {
    setView((current) => {
      const merged = { ...current, ...next };
      const url = `${window.location.pathname}${viewToSearch(merged)}`;
      if (options?.push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      return merged;
    });
  }, []);

  return [view, update];
}
