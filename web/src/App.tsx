// The signed-in app shell: sidebar, toolbar (search, bell, theme, assistant), task list, and the editor / chat side panel.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTaskList, useTaskMutations } from './api/tasks.js';
import type { Task, User } from './api/types.js';
import { useSession } from './auth/session.js';
import { ChatPanel } from './chat/ChatPanel.js';
import { useLiveUpdates } from './live/useLiveUpdates.js';
import { Bell } from './notifications/Bell.js';
import { Toasts, useToasts } from './notifications/Toasts.js';
import { FilterBar, SearchBox } from './tasks/FilterBar.js';
import { QuickAdd } from './tasks/QuickAdd.js';
import { activeViewOf, Sidebar } from './tasks/Sidebar.js';
import { TaskEditor } from './tasks/TaskEditor.js';
import { SettingsDialog } from './settings/SettingsDialog.js';
import { TaskList } from './tasks/TaskList.js';
import { useView } from './tasks/useView.js';
import { ChatIcon, MenuIcon, MoonIcon, SunIcon } from './ui/icons.js';
import { useShortcuts } from './ui/useShortcuts.js';
import { useTheme } from './ui/useTheme.js';

type Panel = { kind: 'editor'; taskId: string } | { kind: 'chat' } | null;

function headingOf(view: ReturnType<typeof useView>[0]): string {
  if (view.q) return `Search: “${view.q}”`;
  const named = activeViewOf(view);
  if (named) return named.label;
  if (view.tags.length) return view.tags.map((t) => `#${t}`).join(' ');
  return 'Tasks';
}

export function App() {
  const { user, signedIn, signOut, api, setUser } = useSession();
  const [view, setView] = useView();
  const [panel, setPanel] = useState<Panel>(null);
  const [navOpen, setNavOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [theme, toggleTheme] = useTheme();
  const [notifyPermission, setNotifyPermission] = useState(() => ('Notification' in window ? Notification.permission : 'denied'));
  const quickAddRef = useRef<HTMLInputElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const { toasts, push, pushReminder, dismiss } = useToasts();
  const live = useLiveUpdates(api, signedIn, pushReminder);
  const list = useTaskList(view);
  const { toggle, remove } = useTaskMutations();
  const tasks = list.data?.items ?? [];

  // Focus goes back where it was when a panel closes, so keyboard users keep their place in the list.
  const returnFocus = useRef<HTMLElement | null>(null);
  const openPanel = useCallback((next: Panel) => {
    if (document.activeElement instanceof HTMLElement && !document.activeElement.closest('.panel')) returnFocus.current = document.activeElement;
    setPanel(next);
  }, []);
  const openTask = useCallback((task: Task | string) => openPanel({ kind: 'editor', taskId: typeof task === 'string' ? task : task.id }), [openPanel]);
  const closePanel = useCallback(() => {
    setPanel(null);
    requestAnimationFrame(() => {
      if (returnFocus.current?.isConnected) returnFocus.current.focus();
      returnFocus.current = null;
    });
  }, []);

  useShortcuts({
    n: () => quickAddRef.current?.focus(),
    '/': () => searchRef.current?.focus(),
    c: () => openPanel({ kind: 'chat' }),
    Escape: () => {
      if (panel) closePanel();
      else if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    },
  });

  useEffect(() => {
    document.title = `${headingOf(view)} · Todo`;
  }, [view]);

  // The stored user may be stale (name or timezone changed elsewhere); a 401 here signs out.
  useEffect(() => {
    api.get<User>('/api/me').then(setUser, () => undefined);
  }, [api, setUser]);

  const onToggle = useCallback(
    (task: Task) => {
      toggle.mutate(task);
      if (task.status === 'pending') push({ id: `done-${task.id}`, title: `Completed “${task.title}”`, kind: 'info' }, 3000);
    },
    [toggle, push],
  );
  const onDelete = useCallback(
    (task: Task) => {
      remove.mutate(task.id);
      if (panel?.kind === 'editor' && panel.taskId === task.id) setPanel(null);
      push({ id: `deleted-${task.id}`, title: `Deleted “${task.title}”`, kind: 'info' }, 3000);
    },
    [remove, panel, push],
  );
  const onTag = useCallback((tag: string) => setView({ tags: [tag], due: null, status: 'pending' }, { push: true }), [setView]);

  const named = activeViewOf(view);
  const defaultTags = named ? [] : view.tags;
  const emptyText = view.q ? 'Nothing matches your search.' : named?.id === 'completed' ? 'No completed tasks yet.' : 'All clear. Enjoy the quiet.';
  const editing = panel?.kind === 'editor' ? panel.taskId : null;

  return (
    <div className={`app${panel ? ' has-panel' : ''}${navOpen ? ' nav-open' : ''}`}>
      <a href="#main" className="skip-link">
        Skip to tasks
      </a>
      <aside className="sidebar" aria-label="Sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">✓</span> Todo
        </div>
        <Sidebar view={view} onView={(next) => setView(next, { push: true })} onNavigate={() => setNavOpen(false)} />
        <div className="sidebar-foot">
          {notifyPermission === 'default' && (
            <button
              type="button"
              className="link small"
              onClick={() => void Notification.requestPermission().then(setNotifyPermission)}
            >
              Enable desktop notifications
            </button>
          )}
          <div className="user-line">
            <span className="avatar" aria-hidden="true">
              {(user?.name || user?.email || '?').charAt(0).toUpperCase()}
            </span>
            <span className="user-email" title={user?.email}>
              {user?.name || user?.email}
            </span>
            <button type="button" className="link small" aria-haspopup="dialog" onClick={() => setSettingsOpen(true)}>
              Settings
            </button>
            <button type="button" className="link small" onClick={() => void signOut()}>
              Sign out
            </button>
          </div>
          <p className="small muted shortcuts-hint">
            <kbd>n</kbd> new · <kbd>/</kbd> search · <kbd>c</kbd> chat
          </p>
        </div>
      </aside>
      {navOpen && <div className="scrim" onClick={() => setNavOpen(false)} aria-hidden="true" />}
      <div className="main-col">
        <header className="topbar">
          <button type="button" className="icon-btn nav-toggle" aria-label="Menu" aria-expanded={navOpen} onClick={() => setNavOpen((o) => !o)}>
            <MenuIcon size={18} />
          </button>
          <SearchBox ref={searchRef} value={view.q} onChange={(q) => setView({ q })} />
          <span className={`live-dot live-${live}`} title={live === 'live' ? 'Live updates on' : 'Reconnecting…'} aria-label={live === 'live' ? 'Live' : 'Offline'} role="img" />
          <Bell onOpenTask={openTask} />
          <button type="button" className="icon-btn" aria-label={theme === 'dark' ? 'Light theme' : 'Dark theme'} onClick={toggleTheme}>
            {theme === 'dark' ? <SunIcon size={18} /> : <MoonIcon size={18} />}
          </button>
          <button
            type="button"
            className={`btn btn-small chat-toggle${panel?.kind === 'chat' ? ' is-on' : ''}`}
            aria-label="Assistant"
            aria-pressed={panel?.kind === 'chat'}
            onClick={() => (panel?.kind === 'chat' ? closePanel() : openPanel({ kind: 'chat' }))}
          >
            <ChatIcon /> <span>Assistant</span>
          </button>
        </header>
        <main id="main" className="content" tabIndex={-1}>
          <div className="content-inner">
            <h1 className="view-title">
              {headingOf(view)}
              {tasks.length > 0 && <span className="view-count">{tasks.length}</span>}
            </h1>
            <QuickAdd ref={quickAddRef} defaultTags={defaultTags} />
            <FilterBar view={view} onView={setView} />
            <TaskList
              tasks={tasks}
              loading={list.isLoading}
              error={list.error}
              selectedId={editing}
              emptyText={emptyText}
              onOpen={openTask}
              onToggle={onToggle}
              onDelete={onDelete}
              onTag={onTag}
            />
            {list.data?.nextCursor && <p className="muted small list-more">Showing the first {tasks.length}; narrow the filters to see more.</p>}
          </div>
        </main>
      </div>
      {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
      {panel?.kind === 'editor' && <TaskEditor key={panel.taskId} taskId={panel.taskId} initial={tasks.find((t) => t.id === panel.taskId)} onClose={closePanel} />}
      {panel?.kind === 'chat' && <ChatPanel onClose={closePanel} />}
      <Toasts toasts={toasts} onDismiss={dismiss} onOpenTask={openTask} />
    </div>
  );
}
