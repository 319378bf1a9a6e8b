import {
  ZLinkedinCsvImportRequest,
  ZLinkedinCsvImportResult,
  ZMyEducation,
  ZMyWorkHistory,
  ZSaveMyEducationRequest,
  ZSaveMyWorkHistoryRequest,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { getMyEducation, importMyEducation, saveMyEducation } from './use-cases/my-education.ts';
import { getMyWorkHistory, importMyPositions, saveMyWorkHistory } from './use-cases/my-work-history.ts';

const tags = ['my settings'];
// Every member has a history of their own; "worked together" reads employees' and recruiters' alike.
const access = 'member' as const;

/** A member's own work history and education (My settings), with LinkedIn's export files. */
export const myHistoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/me/work-history',
    { config: { access }, schema: { tags, response: { 200: ZMyWorkHistory } } },
    async (request) => ({ items: await getMyWorkHistory(ctxOf(request)) }),
  );
  app.put(
    '/api/me/work-history',
    { config: { access }, schema: { tags, body: ZSaveMyWorkHistoryRequest, response: { 200: ZMyWorkHistory } } },
    async (request) => ({ items: await saveMyWorkHistory(ctxOf(request), request.body.items) }),
  );
  app.post(
    '/api/me/work-history/import',
    {
      config: { access },
      schema: { tags, body: ZLinkedinCsvImportRequest, response: { 200: ZLinkedinCsvImportResult } },
    },
    async (request) => importMyPositions(ctxOf(request), request.body.csv),
  );
  app.get(
    '/api/me/education',
    { config: { access }, schema: { tags, response: { 200: ZMyEducation } } },
    async (request) => ({ items: await getMyEducation(ctxOf(request)) }),
  );
  app.put(
    '/api/me/education',
    { config: { access }, schema: { tags, body: ZSaveMyEducationRequest, response: { 200: ZMyEducation } } },
    async (request) => ({ items: await saveMyEducation(ctxOf(request), request.body.items) }),
  );
  app.post(
    '/api/me/education/import',
    {
      config: { access },
      schema: { tags, body: ZLinkedinCsvImportRequest, response: { 200: ZLinkedinCsvImportResult } },
    },
    async (request) => importMyEducation(ctxOf(request), request.body.csv),
  );
};
