// The open WebSocket connections, grouped by user: a message for a user goes to that user's sockets and nobody else's.
import type { WebSocket } from 'ws';

export interface ConnectionRegistry {
  add(userId: string, socket: WebSocket): void;
  remove(userId: string, socket: WebSocket): void;
  /** Sends to every open connection of the user; returns how many got it. */
  sendTo(userId: string, message: unknown): number;
  count(): number;
  closeAll(): void;
}

export function createConnectionRegistry(): ConnectionRegistry {
  const byUser = new Map<string, Set<WebSocket>>();
  return {
    add(userId, socket) {
      const set = byUser.get(userId) ?? new Set();
      set.add(socket);
      byUser.set(userId, set);
    },
    remove(userId, socket) {
      const set = byUser.get(userId);
      set?.delete(socket);
      if (set?.size === 0) byUser.delete(userId);
    },
    sendTo(userId, message) {
      const sockets = byUser.get(userId);
      if (!sockets) return 0;
      const text = JSON.stringify(message);
      let sent = 0;
      for (const socket of sockets) {
        if (socket.readyState !== socket.OPEN) continue;
        socket.send(text);
        sent++;
      }
      return sent;
    },
    count() {
      let n = 0;
      for (const set of byUser.values()) n += set.size;
      return n;
    },
    closeAll() {
      for (const set of byUser.values()) for (const socket of set) socket.close(1001, 'server shutting down');
      byUser.clear();
    },
  };
}
