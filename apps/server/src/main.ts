import { exitOnSignals, startServer } from "./server";

const running = await startServer();
exitOnSignals(running);
running.app.log.info(`Abante platform listening on ${running.url}`);
