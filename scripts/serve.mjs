// Serves the production build (started by scripts/start.ts). A custom server for one reason: Next
// keeps a client's own X-Forwarded-For and so loses the connection's address, which is the only
// client address that cannot be forged. It is passed on in a header the client cannot set
// (lib/auth/request-path.ts), and lib/auth/request-meta.ts decides with TRUSTED_PROXIES what to believe.
import http from 'node:http';
import next from 'next';

const PEER_ADDRESS_HEADER = 'x-merger-peer-address';
process.env.PEER_ADDRESS_FROM_SERVER = '1';
const port = Number(process.env.PORT || 3000);

const app = next({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();
const server = http.createServer((req, res) => {
  req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? '';
  void handle(req, res);
});
server.listen(port, () => console.log(`▲ Ready on http://localhost:${port}`));
