import type {
  TReferralRequestDraft,
  TReferralRequestResult,
  TReferralRequestVariables,
  ZReferralRequestDraftRequest,
  ZSendReferralRequest,
} from '@vouch/contracts';
import type { z } from 'zod';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, notFound, problem, unknownId } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { companyKey, emailKey, linkedinKey } from '../../hiring/index.ts';
import { enqueueEmail } from '../../messaging/index.ts';
import {
  describeConnection,
  findCandidateConnections,
  isExcluded,
  listExclusionRules,
  searchVectorOf,
} from '../../network/index.ts';
import { getCompany, issueLinkToken } from '../../tenancy/index.ts';
import { insertReferral } from '../marks.repo.ts';
import {
  findRequestCandidate,
  findRequestColleague,
  findRequestJob,
  lockSameRequest,
} from '../referral-requests.repo.ts';
import { recordReferralEvent } from '../referral-status.ts';
import { referralRequestTemplateFor, renderReferralRequest } from '../request-templates/index.ts';

export const REFERRAL_REQUEST_LINK_TTL_DAYS = 30;

/** The page the email's answer buttons open; the answer rides on the link, the token is the same. */
export const referralRequestAnswerUrl = (config: Pick<Config, 'publicUrl'>, token: string, answer: string) =>
  `${config.publicUrl}/referral-requests/answer?token=${token}&answer=${answer}`;

type DraftInput = z.output<typeof ZReferralRequestDraftRequest>;
type SendInput = z.output<typeof ZSendReferralRequest>;

const firstNameOf = (name: string) => name.trim().split(/\s+/)[0] ?? '';

/** "You worked with Raymond at Dentons…" in the colleague's language; null when no connection is known. */
async function connectionSummary(
  db: Db,
  companyId: string,
  candidate: { id: string; firstName: string },
  colleague: { membershipId: string; language: 'en' | 'sv' },
) {
  const connections = await findCandidateConnections(db, companyId, candidate.id);
  const connection = connections.find((c) => c.colleague.membershipId === colleague.membershipId);
  if (!connection) return null;
  const sentence = describeConnection(connection, colleague.language, {
    candidate: candidate.firstName,
    colleagueIsReader: true,
  });
  // Templates end the sentence themselves.
  return sentence.replace(/[.\s]+$/, '');
}

/**
 * Everything a request is made of, read and checked: the candidate (404 when not this company's), the
 * colleague (404 when not a member here; 409 when they cannot be asked), the open job, and the data
 * the template is rendered with. The server's data always wins over what a browser previewed with.
 */
async function gatherRequest(ctx: Ctx, candidateId: string, input: DraftInput) {
  const candidate = await findRequestCandidate(ctx.db, ctx.tenantId, candidateId);
  if (!candidate) throw notFound('candidate.not_found');
  // The exclude list (non-solicit agreements, do-not-hire) applies to asking colleagues too.
  if (isExcluded(candidate, await listExclusionRules(ctx.db, ctx.tenantId)))
    throw problem('referral_request.excluded', { name: `${candidate.firstName} ${candidate.lastName}` });
  const colleague = await findRequestColleague(ctx.db, ctx.tenantId, input.colleagueMembershipId);
  if (!colleague) throw notFound('referral_request.colleague_not_found');
  if (colleague.status !== 'active')
    throw problem(
      colleague.status === 'deactivated'
        ? 'referral_request.colleague_deactivated'
        : 'referral_request.colleague_not_joined',
      { name: colleague.name },
    );
  if (colleague.role === 'agent') throw problem('referral_request.colleague_is_agent', { name: colleague.name });
  if (colleague.membershipId === ctx.actor.membershipId) throw new AppError('referral_request.ask_yourself');
  const job = input.jobId ? await findRequestJob(ctx.db, ctx.tenantId, input.jobId) : null;
  if (input.jobId && !job) throw unknownId('jobId', 'referral.choose_open_job');
  const company = (await getCompany(ctx.db, ctx.tenantId))!;
  const recruiterName = ctx.actor.name || ctx.actor.email;
  const fullName = `${candidate.firstName} ${candidate.lastName}`.trim();
  const variables: TReferralRequestVariables = {
    candidate: {
      first_name: candidate.firstName,
      last_name: candidate.lastName,
      full_name: fullName,
      title: candidate.title,
      company: candidate.company,
      linkedin_url: candidate.linkedinUrl,
    },
    colleague: { first_name: firstNameOf(colleague.name), name: colleague.name },
    connection: { summary: await connectionSummary(ctx.db, ctx.tenantId, candidate, colleague) },
    // Absent, not null, without a role: `{{ job.title }}` outside `{% if job %}` is then an error, not a gap.
    ...(job ? { job: { title: job.title, location: job.location } } : {}),
    recruiter: { name: recruiterName, first_name: firstNameOf(recruiterName), email: ctx.actor.email },
    company: { name: company.name },
    reason: input.reason,
  };
  return { candidate, colleague, job, company, variables };
}

/** The composer's starting point: the company's template in the colleague's language, and the data. */
export async function draftReferralRequest(
  ctx: Ctx,
  candidateId: string,
  input: DraftInput,
): Promise<TReferralRequestDraft> {
  const { colleague, variables } = await gatherRequest(ctx, candidateId, input);
  const template = await referralRequestTemplateFor(ctx.db, ctx.tenantId, colleague.language);
  return { ...template, language: colleague.language, variables };
}

/**
 * Sends a referral request (or records one the recruiter sends from their own mail client): in one
 * transaction the referral is made at `refer_request_sent` with the candidate copied onto it, the
 * first line of its timeline is written, and, through Vouch, the email with its one-click answers
 * is queued. A template that does not render is refused (422) before anything is written.
 */
export async function sendReferralRequest(
  ctx: Ctx,
  candidateId: string,
  input: SendInput,
): Promise<TReferralRequestResult> {
  const { candidate, colleague, job, company, variables } = await gatherRequest(ctx, candidateId, input);
  const rendered = renderReferralRequest({ subject: input.subject, body: input.body }, variables);
  return ctx.db.transaction(async (tx) => {
    // The same colleague asked about the same person for the same role once is enough.
    const same = await lockSameRequest(tx, ctx.tenantId, {
      candidateId: candidate.id,
      colleagueMembershipId: colleague.membershipId,
      jobId: job?.id ?? null,
    });
    if (same)
      throw problem('referral_request.already_sent', {
        name: colleague.name,
        sentOn: same.createdAt.toISOString().slice(0, 10),
      });
    const referralId = await insertReferral(tx, {
      companyId: ctx.tenantId,
      source: 'referral_request',
      referrerMembershipId: colleague.membershipId,
      candidateId: candidate.id,
      jobId: job?.id ?? null,
      departmentId: job?.departmentId ?? null,
      recruiterMembershipId: ctx.actor.membershipId,
      firstName: candidate.firstName,
      lastName: candidate.lastName,
      email: candidate.email,
      linkedinUrl: candidate.linkedinUrl,
      phone: candidate.phone,
      company: candidate.company,
      position: candidate.title,
      skills: candidate.skills,
      emailKey: emailKey(candidate.email),
      linkedinKey: linkedinKey(candidate.linkedinUrl),
      companyKey: companyKey(candidate.company) || null,
      searchVector: searchVectorOf({
        name: variables.candidate.full_name,
        title: candidate.title,
        company: candidate.company,
        skills: candidate.skills,
      }),
      status: 'refer_request_sent',
      actedAt: new Date(),
    });
    await recordReferralEvent(tx, {
      companyId: ctx.tenantId,
      referralId,
      from: null,
      to: 'refer_request_sent',
      actorMembershipId: ctx.actor.membershipId,
      note: input.reason,
    });
    if (input.delivery === 'email') {
      const token = await issueLinkToken(tx, {
        purpose: 'referral_request_answer',
        companyId: ctx.tenantId,
        membershipId: colleague.membershipId,
        subjectId: referralId,
        ttlMs: REFERRAL_REQUEST_LINK_TTL_DAYS * 86_400_000,
      });
      await enqueueEmail(tx, {
        companyId: ctx.tenantId,
        to: colleague.email,
        language: colleague.language,
        template: 'referral_request',
        data: {
          ...rendered,
          recruiterFirstName: variables.recruiter.first_name,
          recruiterEmail: ctx.actor.email,
          companyName: company.name,
          willReachOutUrl: referralRequestAnswerUrl(ctx.config, token, 'will_reach_out'),
          notWellEnoughUrl: referralRequestAnswerUrl(ctx.config, token, 'not_well_enough'),
          expiresInDays: REFERRAL_REQUEST_LINK_TTL_DAYS,
        },
        // The colleague's reply goes to the recruiter who asked, not to a shared inbox.
        replyTo: ctx.actor.email,
        senderName: company.senderName ?? company.name,
      });
    }
    return {
      id: referralId,
      source: 'referral_request',
      status: 'refer_request_sent',
      delivery: input.delivery,
      to: colleague.email,
      ...rendered,
      createdAt: new Date().toISOString(),
    };
  });
}
