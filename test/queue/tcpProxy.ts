import net from 'node:net';

export interface TcpProxy {
  /** The port on 127.0.0.1 that forwards to the target. */
  port: number;
  /** Cuts the open connections and every new one, as a server that went down. */
  down(): Promise<void>;
  /** Relays connections again. */
  up(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A plain TCP relay on loopback in front of the PostgreSQL server, so a test
 * can take "the database" away for as long as it wants (every connection cut,
 * new ones refused) without touching the server other tests use.
 */
export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  // While down the proxy keeps its port and cuts each new connection at once (the client reads ECONNRESET or
  // 'Connection terminated unexpectedly'): closing the listener and binding the port again later could fail,
  // another process having taken the port meanwhile.
  let isDown = false;
  const server = net.createServer((client) => {
    client.on('error', () => undefined);
    if (isDown) return void client.resetAndDestroy();
    const upstream = net.connect(targetPort, targetHost);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as net.AddressInfo).port;
  const cutAll = () => {
    for (const socket of sockets) socket.destroy();
  };
  return {
    port,
    down: async () => {
      isDown = true;
      cutAll();
    },
    up: async () => {
      isDown = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        cutAll();
      }),
  };
}
