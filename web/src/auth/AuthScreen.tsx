// Sign in / sign up form (fields "Email" and "Password").
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.js';
import type { AuthResult } from '../api/types.js';
import { useSession } from './session.js';

type Mode = 'signin' | 'signup';

export function AuthScreen() {
  const { api, signIn } = useSession();
  const [mode, setMode] = useState<Mode>('signin');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const timezone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
      const result =
        mode === 'signup'
          ? await api.post<AuthResult>('/api/auth/register', { email, password, timezone, ...(name ? { name } : {}) })
          : await api.post<AuthResult>('/api/auth/login', { email, password });
      signIn(result);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Could not reach the server.');
    } finally {
      setBusy(false);
    }
  };

  const signup = mode === 'signup';
  return (
    <main className="auth">
      <form className="auth-card" onSubmit={submit} aria-labelledby="auth-title">
        <div className="brand brand-large" aria-hidden="true">
          <span className="brand-mark">✓</span> Todo
        </div>
        <h1 id="auth-title">{signup ? 'Create your account' : 'Welcome back'}</h1>
        <p className="muted">{signup ? 'Tasks you can talk to. Free, private, yours.' : 'Sign in to see your tasks.'}</p>
        {signup && (
          <label className="field">
            <span>Name</span>
            <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" placeholder="Optional" />
          </label>
        )}
        <label className="field">
          <span>Email</span>
          <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="email" autoFocus />
        </label>
        <label className="field">
          <span>Password</span>
          <input
            type="password"
            required
            minLength={signup ? 8 : undefined}
            maxLength={128}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete={signup ? 'new-password' : 'current-password'}
          />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button className="btn btn-primary btn-block" type="submit" disabled={busy}>
          {signup ? 'Sign up' : 'Sign in'}
        </button>
        <p className="auth-switch">
          {signup ? 'Already have an account?' : 'New here?'}{' '}
          <button type="button" className="link" onClick={() => { setMode(signup ? 'signin' : 'signup'); setError(null); }}>
            {signup ? 'Sign in' : 'Create an account'}
          </button>
        </p>
      </form>
    </main>
  );
}
