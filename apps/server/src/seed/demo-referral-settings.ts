import { type ExclusionRule, exclusionKeysOf } from '../modules/network/index.ts';
import type { Db } from '../platform/db/db.ts';
import { bonusTiers, exclusionKeys, exclusions } from '../schema.ts';
import type { DemoPeople } from './demo-people.ts';
import { daysBefore } from './random.ts';

const TIERS = [
  {
    name: 'Engineering hire',
    value: 'SEK 20 000',
    description: 'Paid once your referral has been with us for six months.',
    visibleToEmployees: true,
  },
  { name: 'Any other hire', value: 'SEK 10 000', description: null, visibleToEmployees: true },
  // Hidden: the pilot the admin is still deciding on, so the demo shows the toggle both ways.
  { name: 'Hard-to-fill role', value: 'A weekend trip for two', description: null, visibleToEmployees: false },
];

const EXCLUSIONS: (ExclusionRule & { reason: string; by: 'admin' | 'recruiter'; daysAgo: number })[] = [
  {
    kind: 'company_name',
    value: 'Initech',
    variants: ['Initech AB', 'Initech Nordic'],
    reason: 'Non-solicit agreement until 2027',
    by: 'admin',
    daysAgo: 60,
  },
  { kind: 'email', value: 'bill.lumbergh@example.com', reason: 'Do not hire', by: 'recruiter', daysAgo: 20 },
];

/** Acme's bonus tiers and exclude list: fixed rows, so every fresh demo looks the same. */
export async function seedReferralSettings(tx: Db, now: Date, people: DemoPeople) {
  const { companyId } = people;
  await tx
    .insert(bonusTiers)
    .values(
      TIERS.map((tier, position) => ({ companyId, ...tier, position, createdAt: daysBefore(now, 90 - position) })),
    );
  for (const { by, daysAgo, ...rule } of EXCLUSIONS) {
    const id = crypto.randomUUID();
    const createdAt = daysBefore(now, daysAgo);
    await tx.insert(exclusions).values({
      id,
      companyId,
      kind: rule.kind,
      value: rule.value,
      variants: [...(rule.variants ?? [])],
      reason: rule.reason,
      createdById: people[by],
      createdAt,
      updatedAt: createdAt,
    });
    await tx
      .insert(exclusionKeys)
      .values(exclusionKeysOf(rule).map((key) => ({ companyId, kind: rule.kind, key, exclusionId: id })));
  }
}
