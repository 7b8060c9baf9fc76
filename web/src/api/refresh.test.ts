import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { refreshTaskData, taskKeys } from './tasks.js';
import { DEFAULT_VIEW } from '../tasks/filters.js';

/** A list query on screen whose fetches the test answers by hand, in the order it chooses. */
function listOnScreen(client: QueryClient) {
  const pending: ((items: string[]) => void)[] = [];
  const observer = new QueryObserver(client, {
    queryKey: taskKeys.list(DEFAULT_VIEW),
    queryFn: () => new Promise<string[]>((resolve) => pending.push(resolve)),
  });
  const unsubscribe = observer.subscribe(() => undefined);
  return { pending, observer, unsubscribe };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('refreshing task data after a change', () => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  afterEach(() => client.clear());

  it('starts a new fetch even while the first load is in flight, and shows what that new fetch read', async () => {
    const list = listOnScreen(client);
    await settle();
    expect(list.pending).toHaveLength(1); // the first load, which read the list before the change

    refreshTaskData(client); // the change: a live event, or a mutation settling
    await settle();
    expect(list.pending).toHaveLength(2);

    list.pending[0]!(['before the change']);
    list.pending[1]!(['before the change', 'the new task']);
    await settle();
    expect(list.observer.getCurrentResult().data).toEqual(['before the change', 'the new task']);
    list.unsubscribe();
  });

  it('restarts a refetch of data already shown as well', async () => {
    const list = listOnScreen(client);
    await settle();
    list.pending[0]!(['a']);
    await settle();
    expect(list.observer.getCurrentResult().data).toEqual(['a']);

    refreshTaskData(client);
    await settle();
    refreshTaskData(client);
    await settle();
    expect(list.pending).toHaveLength(3);
    list.pending[2]!(['a', 'b']);
    list.pending[1]!(['a']);
    await settle();
    expect(list.observer.getCurrentResult().data).toEqual(['a', 'b']);
    list.unsubscribe();
  });
});
