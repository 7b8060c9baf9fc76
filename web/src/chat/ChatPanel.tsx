// The assistant panel: conversation list, messages with the actions taken, streamed replies, input labelled "Message".
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.js';
import { refreshTaskData } from '../api/tasks.js';
import type { ChatAction, ChatMessage, Conversation, ConversationList } from '../api/types.js';
import { useApi } from '../auth/session.js';
import { formatRelative } from '../ui/format.js';
import { CloseIcon, HistoryIcon, PlusIcon, SendIcon } from '../ui/icons.js';
import { ActionChip } from './ActionChip.js';
import { streamChat } from './stream.js';

interface Bubble {
  role: 'user' | 'assistant';
  content: string;
  actions: ChatAction[];
  pending?: boolean;
}

const SUGGESTIONS = ['What is due today?', 'Add call mom tomorrow at 6pm #family', 'Remind me to pay rent on the 1st of every month'];

const toBubbles = (messages: ChatMessage[]): Bubble[] =>
  messages
    .filter((m) => m.role === 'user' || m.role === 'assistant')
    .map((m) => ({ role: m.role as Bubble['role'], content: m.content, actions: m.actions ?? [] }));

export function ChatPanel({ onClose }: { onClose(): void }) {
  const api = useApi();
  const client = useQueryClient();
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [bubbles, setBubbles] = useState<Bubble[]>([]);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [showList, setShowList] = useState(false);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const conversations = useQuery({
    queryKey: ['conversations'],
    queryFn: () => api.get<ConversationList>('/api/conversations'),
    select: (d) => d.items,
  });

  useEffect(() => inputRef.current?.focus(), []);
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: scrollRef.current.scrollHeight });
  }, [bubbles]);

  const openConversation = async (id: string) => {
    setShowList(false);
    if (!id) {
      setConversationId(null);
      setBubbles([]);
      return;
    }
    setError(null);
    try {
      const conversation = await api.get<Conversation>(`/api/conversations/${encodeURIComponent(id)}`);
      setConversationId(conversation.id);
      setBubbles(toBubbles(conversation.messages));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Could not open the conversation.');
    }
  };

  const updateLast = (fn: (b: Bubble) => Bubble) => setBubbles((all) => all.map((b, i) => (i === all.length - 1 ? fn(b) : b)));

  const send = async (message: string) => {
    const trimmed = message.trim();
    if (!trimmed || busy) return;
    setText('');
    setError(null);
    setBusy(true);
    setBubbles((all) => [...all, { role: 'user', content: trimmed, actions: [] }, { role: 'assistant', content: '', actions: [], pending: true }]);
    try {
      const reply = await streamChat(api, { message: trimmed, ...(conversationId ? { conversationId } : {}) }, {
        onDelta: (delta) => updateLast((b) => ({ ...b, content: b.content + delta })),
        onAction: (action) => {
          updateLast((b) => ({ ...b, actions: [...b.actions, action] }));
          refreshTaskData(client);
        },
        onConversation: setConversationId,
      });
      setConversationId(reply.conversationId);
      updateLast((b) => ({ ...b, content: b.content || reply.reply, pending: false }));
      if (reply.actions.length) refreshTaskData(client);
      void client.invalidateQueries({ queryKey: ['conversations'] });
    } catch (err) {
      setBubbles((all) => all.slice(0, -1));
      setError(err instanceof ApiError || err instanceof Error ? err.message : 'The assistant is not reachable.');
    } finally {
      setBusy(false);
      inputRef.current?.focus();
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(text);
  };

  return (
    <aside
      className="panel chat"
      aria-labelledby="chat-heading"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="panel-head">
        <h2 id="chat-heading">Assistant</h2>
        <button
          type="button"
          className={`icon-btn${showList ? ' is-on' : ''}`}
          aria-label="Conversations"
          aria-pressed={showList}
          onClick={() => setShowList((v) => !v)}
        >
          <HistoryIcon />
        </button>
        <button type="button" className="icon-btn" aria-label="New conversation" onClick={() => void openConversation('')}>
          <PlusIcon />
        </button>
        <button type="button" className="icon-btn" aria-label="Close assistant" onClick={onClose}>
          <CloseIcon />
        </button>
      </header>
      {showList && (
        <nav className="conversation-list" aria-label="Conversation list">
          {conversations.isLoading && <p className="muted small">Loading…</p>}
          {conversations.data?.length === 0 && <p className="muted small">No conversations yet.</p>}
          <ul>
            {(conversations.data ?? []).map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className={`conversation${c.id === conversationId ? ' is-active' : ''}`}
                  aria-current={c.id === conversationId ? 'true' : undefined}
                  onClick={() => void openConversation(c.id)}
                >
                  <span className="conversation-title">{c.title || 'Untitled'}</span>
                  <span className="muted small">{formatRelative(c.updatedAt ?? c.createdAt ?? new Date().toISOString())}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="chat-log" hidden={showList} ref={scrollRef} aria-live="polite" aria-label="Conversation">
        {bubbles.length === 0 && (
          <div className="chat-empty">
            <p>Ask me to add, change, find or complete tasks.</p>
            <ul className="suggestions">
              {SUGGESTIONS.map((s) => (
                <li key={s}>
                  <button type="button" className="suggestion" onClick={() => void send(s)}>
                    {s}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {bubbles.map((b, i) => (
          <div key={i} className={`bubble bubble-${b.role}${b.pending ? ' is-pending' : ''}`}>
            {b.content ? <p>{b.content}</p> : b.pending ? <span className="typing" aria-label="Assistant is typing"><i /><i /><i /></span> : null}
            {b.actions.length > 0 && (
              <ul className="actions" aria-label="Actions taken">
                {b.actions.map((a, j) => (
                  <ActionChip key={j} action={a} />
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
      {error && (
        <p className="form-error chat-error" role="alert">
          {error}
        </p>
      )}
      <form className="chat-input" onSubmit={submit}>
        <textarea
          ref={inputRef}
          aria-label="Message"
          placeholder="Message the assistant…"
          rows={1}
          maxLength={4000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              void send(text);
            }
          }}
        />
        <button type="submit" className="icon-btn send" aria-label="Send" disabled={busy || !text.trim()}>
          <SendIcon />
        </button>
      </form>
    </aside>
  );
}
