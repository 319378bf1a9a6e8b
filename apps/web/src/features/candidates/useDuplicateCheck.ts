import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { TDuplicateMatch } from '@vouch/contracts';
import { candidateKeys } from '../../app/query-keys.ts';
import type { CandidateFormValues } from './candidate-form.ts';
import { checkDuplicates } from './candidates.api.ts';

// Half-typed emails would only earn a 400; check once it looks like an address.
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function probe(v: CandidateFormValues) {
  const body: Record<string, string> = {};
  const email = v.email.trim();
  if (LOOKS_LIKE_EMAIL.test(email)) body.email = email;
  if (v.phone.trim().length >= 6) body.phone = v.phone.trim();
  if (v.linkedinUrl.trim().length >= 8) body.linkedinUrl = v.linkedinUrl.trim();
  if (v.firstName.trim() && v.lastName.trim() && v.currentCompany.trim()) {
    body.firstName = v.firstName.trim();
    body.lastName = v.lastName.trim();
    body.currentCompany = v.currentCompany.trim();
  }
  return body;
}

/** Warns while typing when the candidate may already exist (same email, phone, LinkedIn, or name and company). */
export function useDuplicateCheck(values: CandidateFormValues, excludeId?: string): TDuplicateMatch[] {
  const [key] = useDebouncedValue(JSON.stringify(probe(values)), 500);
  const body = JSON.parse(key) as Record<string, string>;
  const check = useQuery({
    queryKey: candidateKeys.duplicateCheck(key, excludeId),
    queryFn: ({ signal }) => checkDuplicates({ ...body, ...(excludeId ? { excludeId } : {}) }, signal),
    enabled: Object.keys(body).length > 0,
    staleTime: 30_000,
    retry: false,
    meta: { silent: true },
  });
  if (Object.keys(body).length === 0) return [];
  return check.data?.matches.filter((m) => m.candidateId !== excludeId) ?? [];
}
