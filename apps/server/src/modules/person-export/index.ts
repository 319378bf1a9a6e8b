/** Person exports: everything held about one person, as a ZIP an admin downloads. The only surface other modules import. */
export * from './person-export.tables.ts';
export { registerPersonExport } from './register.ts';
export { personExportHandler } from './worker.ts';
