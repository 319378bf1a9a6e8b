import type { Random } from './random.ts';

/**
 * Careers shared by the demo's employees and candidates. Both draw employers from one pool over the
 * same years, so many candidates overlap with a colleague at an earlier employer — the material
 * "who knows this candidate" works on.
 */
export type Track = 'engineering' | 'data' | 'sales' | 'people';

export type Stint = { companyName: string; title: string; startDate: string; endDate: string | null };

const ALL: Track[] = ['engineering', 'data', 'sales', 'people'];

/** Employers, and the kinds of work people in the demo did there. */
export const EMPLOYERS: { name: string; tracks: Track[] }[] = [
  { name: 'Spotify', tracks: ALL },
  { name: 'Klarna', tracks: ALL },
  { name: 'Ericsson', tracks: ['engineering', 'data', 'sales', 'people'] },
  { name: 'Dentons LLP', tracks: ['sales', 'people'] },
  { name: 'King', tracks: ['engineering', 'data', 'people'] },
  { name: 'Volvo Cars', tracks: ALL },
  { name: 'H&M Group', tracks: ALL },
  { name: 'Northvolt', tracks: ['engineering', 'data', 'people'] },
  { name: 'iZettle', tracks: ['engineering', 'data', 'sales'] },
  { name: 'Accenture', tracks: ALL },
  { name: 'McKinsey & Company', tracks: ['data', 'sales', 'people'] },
  { name: 'Tink', tracks: ['engineering', 'data', 'sales'] },
  { name: 'Truecaller', tracks: ['engineering', 'data', 'sales'] },
  { name: 'Epidemic Sound', tracks: ['engineering', 'sales', 'people'] },
  { name: 'Zalando', tracks: ALL },
  { name: 'SEB', tracks: ALL },
  { name: 'Trustly', tracks: ['engineering', 'sales'] },
];

/** Job titles by track and seniority (0 = first job, 3 = lead). */
const TITLES: Record<Track, string[][]> = {
  engineering: [
    ['Junior Developer', 'Software Engineer Trainee'],
    ['Software Engineer', 'Frontend Developer', 'Backend Developer'],
    ['Senior Software Engineer', 'Senior Frontend Engineer', 'Senior Backend Engineer'],
    ['Staff Engineer', 'Tech Lead', 'Engineering Manager'],
  ],
  data: [
    ['Data Analyst', 'BI Developer'],
    ['Data Engineer', 'Analytics Engineer'],
    ['Senior Data Engineer', 'Machine Learning Engineer'],
    ['Lead Data Engineer', 'Head of Data'],
  ],
  sales: [
    ['Sales Development Representative', 'Business Development Representative'],
    ['Account Executive', 'Inside Sales Representative'],
    ['Senior Account Executive', 'Key Account Manager'],
    ['Sales Manager', 'Head of Sales'],
  ],
  people: [
    ['HR Coordinator', 'Recruitment Coordinator'],
    ['Recruiter', 'HR Generalist'],
    ['Senior Recruiter', 'HR Business Partner', 'Talent Acquisition Partner'],
    ['Head of Talent', 'People Director'],
  ],
};

export const SKILLS: Record<Track, string[]> = {
  engineering: ['TypeScript', 'React', 'Node.js', 'Go', 'Kubernetes', 'AWS', 'PostgreSQL', 'Java', 'Kotlin', 'GraphQL'],
  data: ['Python', 'SQL', 'dbt', 'Spark', 'Airflow', 'BigQuery', 'Kafka', 'Machine Learning', 'Kubernetes'],
  sales: ['Salesforce', 'Negotiation', 'SaaS sales', 'HubSpot', 'Account management', 'Pipeline management'],
  people: ['Recruiting', 'Sourcing', 'Employer branding', 'Onboarding', 'Labour law', 'Compensation & benefits'],
};

export const titleFor = (random: Random, track: Track, level: number) =>
  random.pick(TITLES[track][Math.max(0, Math.min(3, level))]);

export const employersFor = (track: Track) => EMPLOYERS.filter((e) => e.tracks.includes(track)).map((e) => e.name);

/** Months counted from year 0, so stints can be laid end to end with plain arithmetic. */
const monthOf = (year: number, month: number) => year * 12 + month - 1;
const isoOf = (months: number) => `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-01`;

export type CareerInput = {
  track: Track;
  /** The job held now, open-ended. */
  current: { companyName: string; title: string; startYear: number };
  /** How many earlier employers, before the current job. */
  earlier: number;
  /** Seniority of the current job; earlier jobs step down from it. */
  level: number;
};

/** A work history, most recent first: the current job, then earlier ones laid back in time. */
export function careerOf(random: Random, input: CareerInput): Stint[] {
  let start = monthOf(input.current.startYear, random.int(1, 12));
  const history: Stint[] = [{ ...input.current, startDate: isoOf(start), endDate: null }];
  const employers = random.sample(
    employersFor(input.track).filter((name) => name !== input.current.companyName),
    input.earlier,
  );
  employers.forEach((companyName, index) => {
    const end = start - random.int(0, 3);
    start = end - random.int(14, 44);
    const level = input.level - 1 - Math.floor(index / 2);
    history.push({
      companyName,
      title: titleFor(random, input.track, level),
      startDate: isoOf(start),
      endDate: isoOf(end),
    });
  });
  return history;
}
