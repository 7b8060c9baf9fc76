// Entry: providers (query cache, session) and the switch between the sign-in screen and the app.
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { AuthScreen } from './auth/AuthScreen.js';
import { SessionProvider, useSession } from './auth/session.js';
import './styles.css';

function Root() {
  const { signedIn } = useSession();
  const client = useQueryClient();
  // Another user may sign in next: drop everything cached for the previous one.
  useEffect(() => {
    if (!signedIn) client.clear();
  }, [signedIn, client]);
  return signedIn ? <App /> : <AuthScreen />;
}

function Providers() {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, retry: 1, refetchOnWindowFocus: true } } }),
  );
  return (
    <QueryClientProvider client={client}>
      <SessionProvider>
        <Root />
      </SessionProvider>
    </QueryClientProvider>
  );
}

// The saved theme goes on before the first render (an inline script would need a CSP exception).
const savedTheme = localStorage.getItem('todo.theme');
if (savedTheme) document.documentElement.dataset.theme = savedTheme;

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Providers />
    </StrictMode>,
  );
}
