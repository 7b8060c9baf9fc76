// The signed-in session: token kept in localStorage (survives reload), the API client bound to it, and the current user.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { createApiClient, type ApiClient } from '../api/client.js';
import type { User } from '../api/types.js';

const TOKEN_KEY = 'todo.token';
const USER_KEY = 'todo.user';

interface Session {
  token: string | null;
  user: User | null;
  api: ApiClient;
  signIn(result: { token: string; user: User }): void;
  signOut(): Promise<void>;
  setUser(user: User): void;
}

const SessionContext = createContext<Session | null>(null);

function readStoredUser(): User | null {
  try {
    const text = localStorage.getItem(USER_KEY);
    return text ? (JSON.parse(text) as User) : null;
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(() => localStorage.getItem(TOKEN_KEY));
  const [user, setUserState] = useState<User | null>(readStoredUser);

  const clear = useCallback(() => {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(USER_KEY);
    setToken(null);
    setUserState(null);
  }, []);

  const api = useMemo(
    () => createApiClient({ getToken: () => localStorage.getItem(TOKEN_KEY), onUnauthorized: clear }),
    [clear],
  );

  const setUser = useCallback((next: User) => {
    localStorage.setItem(USER_KEY, JSON.stringify(next));
    setUserState(next);
  }, []);

  const signIn = useCallback(
    (result: { token: string; user: User }) => {
      localStorage.setItem(TOKEN_KEY, result.token);
      setToken(result.token);
      setUser(result.user);
    },
    [setUser],
  );

  const signOut = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } catch {
      // signing out locally is what matters
    }
    clear();
  }, [api, clear]);

  const value = useMemo(() => ({ token, user, api, signIn, signOut, setUser }), [token, user, api, signIn, signOut, setUser]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export function useApi(): ApiClient {
  return useSession().api;
}
