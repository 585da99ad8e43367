/**
 * The benchmark's baseline: a bare Socket.IO server with the same rooms and nothing behind it.
 * Clients join with `join(room)`; on `go` from the parent (IPC) it broadcasts `count` stamped
 * messages round-robin over `rooms`, at `ratePerSecond`, then reports `done`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { serveClient: false });
io.on('connection', (socket) =>
  socket.on('join', async (room: string, ack: () => void) => {
    await socket.join(room);
    ack();
  }),
);

http.listen(0, '127.0.0.1', () => process.send!({ port: (http.address() as AddressInfo).port }));

process.on('message', async (message: { go: { count: number; ratePerSecond: number; rooms: string[] } }) => {
  const { count, ratePerSecond, rooms } = message.go;
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / ratePerSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    io.to(rooms[i % rooms.length]!).emit('events', { seq: i, sentAt: performance.timeOrigin + performance.now() });
  }
  process.send!({ done: true });
});
process.on('disconnect', () => process.exit(0));
