// The open WebSocket connections, grouped by user: a message for a user goes to that user's sockets and nobody else's.
// Bounded (per user and in total), reaped when half-open (ping/pong heartbeat), and closed when their session ends
// (logout) or their token expires.
import type { WebSocket } from 'ws';
import type { AuthUser } from '@todo/http';
import type { Clock } from '@todo/platform';

export interface SocketLimits {
  /** Open sockets one user may have; the next one is closed with 1008 (default 20). */
  perUser: number;
  /** Open sockets in this process; the next one is closed with 1013 (default 10 000). */
  total: number;
  /** Ping interval; a socket that has not answered the previous ping by the next one is terminated (default 30 s). */
  heartbeatMs: number;
}

export const DEFAULT_SOCKET_LIMITS: SocketLimits = { perUser: 20, total: 10_000, heartbeatMs: 30_000 };

/** Close codes the server uses (RFC 6455 §7.4 and the application range). */
export const CLOSE_CODES = { goingAway: 1001, policy: 1008, tryAgainLater: 1013, sessionEnded: 4001 } as const;

interface Connection {
  socket: WebSocket;
  user: AuthUser;
  alive: boolean;
  expiry?: NodeJS.Timeout;
}

export interface ConnectionRegistry {
  /** Takes an open socket; closes it and returns false when a limit is reached. */
  add(user: AuthUser, socket: WebSocket): boolean;
  /** Sends to every open connection of the user; returns how many got it. */
  sendTo(userId: string, message: unknown): number;
  /** Closes the sockets of one login session; returns how many. */
  endSession(userId: string, sessionId: string): number;
  count(): number;
  closeAll(): void;
}

// setTimeout takes at most 2^31-1 ms (~24.8 days); longer expiries re-arm.
const MAX_TIMER_MS = 2 ** 31 - 1;

export function createConnectionRegistry(clock: Clock, limits: SocketLimits = DEFAULT_SOCKET_LIMITS): ConnectionRegistry {
  const byUser = new Map<string, Set<Connection>>();
  let total = 0;

  const remove = (connection: Connection) => {
    const set = byUser.get(connection.user.id);
    if (!set?.delete(connection)) return;
    total--;
    clearTimeout(connection.expiry);
    if (set.size === 0) byUser.delete(connection.user.id);
  };

  const armExpiry = (connection: Connection) => {
    const expiresAt = connection.user.expiresAt;
    if (!expiresAt) return;
    const left = expiresAt.getTime() - clock.now().getTime();
    if (left <= 0) {
      remove(connection);
      connection.socket.close(CLOSE_CODES.sessionEnded, 'token expired');
      return;
    }
    connection.expiry = setTimeout(() => armExpiry(connection), Math.min(left, MAX_TIMER_MS));
    connection.expiry.unref();
  };

  const heartbeat = setInterval(() => {
    for (const set of byUser.values()) {
      for (const connection of set) {
        if (!connection.alive) {
          connection.socket.terminate();
          remove(connection);
          continue;
        }
        connection.alive = false;
        connection.socket.ping();
      }
    }
  }, limits.heartbeatMs);
  heartbeat.unref();

  return {
    add(user, socket) {
      const set = byUser.get(user.id) ?? new Set<Connection>();
      if (set.size >= limits.perUser) {
        socket.close(CLOSE_CODES.policy, `at most ${limits.perUser} connections per user`);
        return false;
      }
      if (total >= limits.total) {
        socket.close(CLOSE_CODES.tryAgainLater, 'server is at its connection limit');
        return false;
      }
      const connection: Connection = { socket, user, alive: true };
      set.add(connection);
      byUser.set(user.id, set);
      total++;
      socket.on('pong', () => (connection.alive = true));
      socket.on('close', () => remove(connection));
      socket.on('error', () => remove(connection));
      armExpiry(connection);
      return true;
    },
    sendTo(userId, message) {
      const set = byUser.get(userId);
      if (!set) return 0;
      const text = JSON.stringify(message);
      let sent = 0;
      for (const { socket } of set) {
        if (socket.readyState !== socket.OPEN) continue;
        socket.send(text);
        sent++;
      }
      return sent;
    },
    endSession(userId, sessionId) {
      let closed = 0;
      for (const connection of [...(byUser.get(userId) ?? [])]) {
        if (connection.user.sessionId !== sessionId) continue;
        remove(connection); // nothing more reaches it, even before the close handshake completes
        connection.socket.close(CLOSE_CODES.sessionEnded, 'session ended');
        closed++;
      }
      return closed;
    },
    count: () => total,
    closeAll() {
      clearInterval(heartbeat);
      for (const set of byUser.values()) {
        for (const connection of set) {
          clearTimeout(connection.expiry);
          connection.socket.close(CLOSE_CODES.goingAway, 'server shutting down');
        }
      }
      byUser.clear();
      total = 0;
    },
  };
}
