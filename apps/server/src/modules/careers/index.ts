/** Careers: the public careers page, applying to a job, employees' share links. The only surface other modules import. */
export { shareLinkFor } from './use-cases/share-links.ts';
