import type { Db } from '../../../platform/db/db.ts';
import { phoneKey } from '../../hiring/index.ts';
import {
  answersGiven,
  companyKey,
  contacts,
  deviceText,
  emailLookalike,
  type Found,
  pairs,
  refPhone,
  sameDevice,
  secondsToAnswer,
  TOO_FAST_FLOOR_SECONDS,
  TOO_FAST_SECONDS_PER_ANSWER,
} from '../fraud-rules.ts';
import {
  findFraudCheck,
  insertFraudSignals,
  refereesOfCheck,
  refereesOfOtherCandidates,
} from '../fraud-signals.repo.ts';
import { isFreeMail } from './free-mail.ts';

/** Every signal the check's data shows now: pure given the rows, so it is easy to test and rerun. */
export async function findFraudSignals(db: Db, companyId: string, checkId: string): Promise<Found[]> {
  const check = await findFraudCheck(db, companyId, checkId);
  if (!check) return [];
  const all = await refereesOfCheck(db, companyId, checkId);
  // Removed referees still count against the candidate (they were named); pairs only among current ones.
  const current = all.filter((r) => r.status !== 'removed');
  const found: Found[] = [];

  for (const r of all) {
    for (const c of contacts(r)) {
      const candidateValue = c.field === 'email' ? check.candidateEmail : check.candidatePhone;
      if (candidateValue && candidateValue === c.value) {
        found.push({
          kind: 'contact_matches_candidate',
          refereeId: r.id,
          dedupeKey: `${r.id}:${c.field}`,
          evidence: { field: c.field, value: c.shown, matches: 'candidate' },
        });
      }
    }
    const lookalike = r.email && check.candidateEmail ? emailLookalike(r.email, check.candidateEmail) : null;
    if (lookalike) {
      found.push({
        kind: 'contact_lookalike_of_candidate',
        refereeId: r.id,
        dedupeKey: r.id,
        evidence: { field: 'email', value: r.email, candidateValue: check.candidateEmail, how: lookalike },
      });
    }
    if (r.statedRelationship && r.statedRelationship !== r.relationship) {
      found.push({
        kind: 'relationship_mismatch',
        refereeId: r.id,
        dedupeKey: r.id,
        evidence: { claimed: r.relationship, stated: r.statedRelationship },
      });
    }
    if (r.ip && check.candidateIp && r.ip === check.candidateIp) {
      found.push({
        kind: 'same_ip',
        refereeId: r.id,
        dedupeKey: `${r.id}:candidate`,
        evidence: { field: 'ip', value: r.ip, matches: 'candidate' },
      });
    }
    if (r.device && sameDevice(r.device, check.candidateDevice)) {
      found.push({
        kind: 'same_device',
        refereeId: r.id,
        dedupeKey: `${r.id}:candidate`,
        evidence: { field: 'device', value: deviceText(r.device), matches: 'candidate' },
      });
    }
    if (r.company?.trim() && isFreeMail(r.email)) {
      found.push({
        kind: 'free_mail_with_company',
        refereeId: r.id,
        dedupeKey: r.id,
        evidence: { field: 'email', value: r.email, company: r.company },
      });
    }
    const seconds = secondsToAnswer(r);
    if (seconds !== null && r.status !== 'removed') {
      const answered = answersGiven(r.answers);
      const minimumSeconds = TOO_FAST_FLOOR_SECONDS + TOO_FAST_SECONDS_PER_ANSWER * answered;
      if (answered > 0 && seconds < minimumSeconds) {
        found.push({
          kind: 'answered_too_fast',
          refereeId: r.id,
          dedupeKey: r.id,
          evidence: { seconds, answers: answered, minimumSeconds },
        });
      }
    }
  }

  for (const [a, b] of pairs(current)) {
    const other = { matches: 'referee', otherRefereeId: a.id, otherRefereeName: a.name };
    for (const c of contacts(b)) {
      if (contacts(a).some((x) => x.field === c.field && x.value === c.value)) {
        found.push({
          kind: 'contact_shared_by_referees',
          refereeId: b.id,
          dedupeKey: `${a.id}:${b.id}:${c.field}`,
          evidence: { field: c.field, value: c.shown, ...other },
        });
      }
    }
    if (a.ip && a.ip === b.ip) {
      // Two referees from one employer often share its network: kept, but as a low signal.
      const sameCompany = companyKey(a.company) && companyKey(a.company) === companyKey(b.company) ? b.company : null;
      found.push({
        kind: 'same_ip',
        refereeId: b.id,
        dedupeKey: `${a.id}:${b.id}`,
        evidence: { field: 'ip', value: b.ip, ...other, ...(sameCompany ? { sameCompany } : {}) },
      });
    }
    if (b.device && sameDevice(a.device, b.device)) {
      found.push({
        kind: 'same_device',
        refereeId: b.id,
        dedupeKey: `${a.id}:${b.id}`,
        evidence: { field: 'device', value: deviceText(b.device), ...other },
      });
    }
  }

  // The same referee given for another candidate of this company (never looked up across companies).
  const emails = [...new Set(all.map((r) => r.emailKey).filter((v): v is string => !!v))];
  const phones = [...new Set(all.map(refPhone).filter((v): v is string => !!v))];
  if (emails.length || phones.length) {
    const elsewhere = await refereesOfOtherCandidates(db, companyId, check.candidateId, { emails, phones });
    for (const r of all) {
      for (const c of contacts(r)) {
        for (const hit of elsewhere) {
          const value = c.field === 'email' ? hit.emailKey : (phoneKey(hit.phone) ?? hit.phone);
          if (value !== c.value) continue;
          found.push({
            kind: 'referee_used_by_other_candidate',
            refereeId: r.id,
            dedupeKey: `${r.id}:${c.field}:${hit.candidateId}`,
            evidence: {
              field: c.field,
              value: c.shown,
              matches: 'other_candidate',
              otherCandidateId: hit.candidateId,
              otherCandidateName: `${hit.firstName} ${hit.lastName}`.trim(),
              otherCheckId: hit.checkId,
            },
          });
        }
      }
    }
  }

  // One signal per dedupe key (the same other candidate can have several checks).
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = `${f.kind}|${f.dedupeKey}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Recomputes the check's fraud signals from its referees and stores new ones (never duplicating,
 * never clearing a reviewed mark). Call it inside the transaction after referees are named or
 * corrected, after a consent (IP and device) and after a submission.
 */
export async function detectFraudSignals(db: Db, companyId: string, checkId: string): Promise<void> {
  const found = await findFraudSignals(db, companyId, checkId);
  if (!found.length) return;
  await insertFraudSignals(db, companyId, checkId, found);
}
