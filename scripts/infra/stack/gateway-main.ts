// Runs the self-hosted gateway as its own process: GATEWAY_PORT, GATEWAY_ROUTES='/api/audit=1234|1235,/=5678|5679'
// (each prefix with the app ports of its service's replicas).
import { startGateway } from './gateway.js';

const routes = (process.env.GATEWAY_ROUTES ?? '').split(',').filter(Boolean).map((pair) => {
  const [prefix, ports] = pair.split('=');
  return { prefix: prefix ?? '/', ports: (ports ?? '').split('|').filter(Boolean).map(Number) };
});
const server = await startGateway({ host: process.env.GATEWAY_HOST ?? '127.0.0.1', port: Number(process.env.GATEWAY_PORT ?? 8000), routes });
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
