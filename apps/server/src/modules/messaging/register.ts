import type { BackgroundJobs } from '../../platform/background-work.ts';
import type { Db } from '../../platform/db/db.ts';
import type { TransportConfig, Transports } from './transports/index.ts';
import { messageQueue, sealedLinksSweep } from './worker.ts';

type Context = { db: Db; config: TransportConfig; transports?: Transports };

/** Messaging's background work (called once per app): the message queue and the sealed-links sweep. */
export function registerMessaging({ background }: { background: BackgroundJobs<Context> }) {
  background.addQueue({ name: 'messages', build: messageQueue });
  background.addPeriodic(sealedLinksSweep);
}
