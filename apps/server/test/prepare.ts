import { prepareTestDatabases } from './helpers/database.ts';

await prepareTestDatabases();
