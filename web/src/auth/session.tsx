// The signed-in session: the server's httpOnly cookie carries the login (no token in script reach); the user profile is
// remembered in localStorage only to draw the app at once on reload, and the first 401 signs out.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { createApiClient, type ApiClient } from '../api/client.js';
import type { User } from '../api/types.js';

const USER_KEY = 'todo.user';
/** Where older versions kept the bearer token; removed on start. */
const LEGACY_TOKEN_KEY = 'todo.token';

interface Session {
  signedIn: boolean;
  user: User | null;
  api: ApiClient;
  signIn(result: { user: User }): void;
  signOut(): Promise<void>;
  setUser(user: User): void;
}

const SessionContext = createContext<Session | null>(null);

function readStoredUser(): User | null {
  localStorage.removeItem(LEGACY_TOKEN_KEY);
  try {
    const text = localStorage.getItem(USER_KEY);
    return text ? (JSON.parse(text) as User) : null;
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUserState] = useState<User | null>(readStoredUser);

  const clear = useCallback(() => {
    localStorage.removeItem(USER_KEY);
    setUserState(null);
  }, []);

  const api = useMemo(() => createApiClient({ onUnauthorized: clear }), [clear]);

  const setUser = useCallback((next: User) => {
    localStorage.setItem(USER_KEY, JSON.stringify(next));
    setUserState(next);
  }, []);

  // The login response also sets the cookie; its token is for API clients and is not kept.
  const signIn = useCallback((result: { user: User }) => setUser(result.user), [setUser]);

  const signOut = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } catch {
      // signing out locally is what matters
    }
    clear();
  }, [api, clear]);

  const signedIn = user !== null;
  const value = useMemo(() => ({ signedIn, user, api, signIn, signOut, setUser }), [signedIn, user, api, signIn, signOut, setUser]);
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
