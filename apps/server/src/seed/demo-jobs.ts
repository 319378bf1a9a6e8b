import { DEFAULT_PROCESS } from '@vouch/contracts';
import type { Db } from '../platform/db/db.ts';
import { jobRecruiters, jobSteps, jobs } from '../schema.ts';
import type { Track } from './demo-careers.ts';
import type { DepartmentName } from './demo-company.ts';
import type { DemoPeople } from './demo-people.ts';
import { daysBefore, type Random } from './random.ts';

type JobSpec = {
  title: string;
  department: DepartmentName;
  /** Which candidates fit: their track. */
  track: Track;
  location: string;
  description: string;
  archived?: boolean;
};

const JOBS: JobSpec[] = [
  {
    title: 'Senior Backend Engineer',
    department: 'Engineering',
    track: 'engineering',
    location: 'Stockholm',
    description:
      'Design and run the services behind our hiring platform: TypeScript on Node.js, PostgreSQL and Kubernetes. ' +
      'You will own features end to end and mentor two to three engineers.',
  },
  {
    title: 'Frontend Engineer',
    department: 'Engineering',
    track: 'engineering',
    location: 'Remote',
    description:
      'Build fast, accessible interfaces in React and TypeScript together with our designers. Remote within Europe, ' +
      'with a team week in Stockholm every quarter.',
  },
  {
    title: 'Engineering Manager',
    department: 'Engineering',
    track: 'engineering',
    location: 'Stockholm',
    description:
      'Lead a team of six engineers: hiring, coaching and delivery. You have shipped software yourself and care ' +
      'about sustainable pace.',
  },
  {
    title: 'Data Engineer',
    department: 'Engineering',
    track: 'data',
    location: 'Gothenburg',
    description:
      'Own our data pipelines (Airflow, dbt, BigQuery) and help product teams answer their questions with data ' +
      'they can trust.',
  },
  {
    title: 'Site Reliability Engineer',
    department: 'Engineering',
    track: 'engineering',
    location: 'Stockholm',
    description: 'Keep the platform fast and available: observability, incident response, capacity planning.',
  },
  {
    title: 'QA Engineer',
    department: 'Engineering',
    track: 'engineering',
    location: 'Gothenburg',
    description: 'Test automation across web and API. This role was filled internally and the requisition closed.',
    archived: true,
  },
  {
    title: 'Account Executive',
    department: 'Sales',
    track: 'sales',
    location: 'Stockholm',
    description:
      'Run the full sales cycle with mid-market customers in the Nordics, from first meeting to signed contract. ' +
      'Swedish and English required.',
  },
  {
    title: 'Sales Development Representative',
    department: 'Sales',
    track: 'sales',
    location: 'Gothenburg',
    description: 'Open doors: research accounts, start conversations and book meetings for our account executives.',
  },
  {
    title: 'Head of People',
    department: 'People',
    track: 'people',
    location: 'Stockholm',
    description: 'Shape how Acme hires, grows and keeps its people as we go from 150 to 300 employees.',
  },
  {
    title: 'Talent Acquisition Partner',
    department: 'People',
    track: 'people',
    location: 'Remote',
    description:
      'Partner with hiring managers in Engineering and Sales, source great people and run a candidate experience ' +
      'they talk about.',
  },
];

export type DemoJob = {
  id: string;
  companyId: string;
  title: string;
  track: Track;
  archived: boolean;
  stepIds: string[];
};

/** Jobs with the default process; Claire recruits on most, Magnus manages the engineering ones. */
export async function seedJobs(tx: Db, random: Random, now: Date, people: DemoPeople): Promise<DemoJob[]> {
  const { companyId } = people;
  const demoJobs = JOBS.map((spec) => ({
    ...spec,
    id: crypto.randomUUID(),
    stepIds: DEFAULT_PROCESS.map(() => crypto.randomUUID()),
    createdAt: daysBefore(now, random.int(65, 120)),
  }));
  await tx.insert(jobs).values(
    demoJobs.map((job): typeof jobs.$inferInsert => {
      const archivedAt = job.archived ? daysBefore(now, 12) : null;
      return {
        id: job.id,
        companyId,
        title: job.title,
        departmentId: people.departmentIds[job.department],
        location: job.location,
        description: job.description,
        hiringManagerId: job.department === 'Engineering' ? people.manager : null,
        status: job.archived ? 'archived' : 'open',
        createdAt: job.createdAt,
        updatedAt: archivedAt ?? daysBefore(now, random.int(1, 30)),
        archivedAt,
      };
    }),
  );
  await tx.insert(jobSteps).values(
    demoJobs.flatMap((job) =>
      DEFAULT_PROCESS.map((step, position) => ({
        id: job.stepIds[position],
        companyId,
        jobId: job.id,
        name: step.name,
        kind: step.kind,
        position,
      })),
    ),
  );
  // Alice (the admin, head of People Ops) recruits for her own department; Claire for everything else.
  await tx.insert(jobRecruiters).values(
    demoJobs.map((job) => ({
      companyId,
      jobId: job.id,
      membershipId: job.department === 'People' ? people.admin : people.recruiter,
    })),
  );
  return demoJobs.map(({ id, title, track, archived, stepIds }) => ({
    id,
    companyId,
    title,
    track,
    archived: !!archived,
    stepIds,
  }));
}
