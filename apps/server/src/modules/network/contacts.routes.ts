import fastifyMultipart from '@fastify/multipart';
import {
  ZContactImportList,
  ZContactImportSummary,
  ZContactListQuery,
  ZContactPage,
  ZCsvPreview,
  ZDeletedContacts,
  ZIdParams,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { firstBytesOf, parseImportFields, readContactUpload } from './contact-upload.ts';
import { previewCsv } from './import/index.ts';
import { importContacts } from './use-cases/import-contacts.ts';
import { deleteAllMyContacts, deleteMyImport, listMyContacts, listMyImports } from './use-cases/manage-contacts.ts';

const tags = ['contacts'];
// Everyone with a network of their own; agency recruiters work from outside the company.
const networkers = ['employee', 'recruiter', 'admin', 'hiring_manager'] as const;
const access = { access: networkers };
/** Enough of a file for the first rows of the mapping step. */
const PREVIEW_BYTES = 64 * 1024;

export const contactRoutes: FastifyPluginAsyncZod = async (app) => {
  // Multipart only here; the global 1 MB body limit keeps applying to JSON everywhere else.
  await app.register(fastifyMultipart);

  app.post(
    '/api/contacts/imports',
    { config: access, schema: { tags, consumes: ['multipart/form-data'], response: { 201: ZContactImportSummary } } },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const upload = await readContactUpload(request, ctx.config.contactImport.maxBytes + 1);
      const fields = parseImportFields(upload.fields);
      const announced = Number(request.headers['content-length']);
      const summary = await importContacts(ctx, {
        fileName: upload.fileName,
        file: upload.file,
        ...fields,
        bytesTotal: Number.isSafeInteger(announced) && announced > 0 ? announced : null,
      });
      reply.status(201);
      return summary;
    },
  );

  app.post(
    '/api/contacts/imports/preview',
    { config: access, schema: { tags, consumes: ['multipart/form-data'], response: { 200: ZCsvPreview } } },
    async (request) => {
      const upload = await readContactUpload(request, PREVIEW_BYTES);
      return previewCsv(await firstBytesOf(upload.file, PREVIEW_BYTES));
    },
  );

  app.get(
    '/api/contacts/imports',
    { config: access, schema: { tags, response: { 200: ZContactImportList } } },
    async (request) => ({ items: await listMyImports(ctxOf(request)) }),
  );

  app.delete(
    '/api/contacts/imports/:id',
    { config: access, schema: { tags, params: ZIdParams, response: { 200: ZDeletedContacts } } },
    async (request) => deleteMyImport(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/contacts',
    { config: access, schema: { tags, querystring: ZContactListQuery, response: { 200: ZContactPage } } },
    async (request) => listMyContacts(ctxOf(request), request.query),
  );

  app.delete(
    '/api/contacts',
    { config: access, schema: { tags, response: { 200: ZDeletedContacts } } },
    async (request) => deleteAllMyContacts(ctxOf(request)),
  );
};
