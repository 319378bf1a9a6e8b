import type { SQL } from 'drizzle-orm';
import { candidateKeys, companyKey, searchVectorOf } from '../modules/hiring/index.ts';
import type { candidates, workHistory } from '../schema.ts';
import { careerOf, employersFor, SKILLS, type Stint, type Track, titleFor } from './demo-careers.ts';
import type { DemoPeople } from './demo-people.ts';
import { daysBefore, type Random, slugOf } from './random.ts';

const CANDIDATE_COUNT = 60;
/** The first ones are Swedish: names, phone numbers, places, and some prefer Swedish. */
const SWEDISH_COUNT = 36;

// Space-separated to keep the lists compact; no name here contains a space.
const NAMES = {
  swedishFirst:
    'Anna Lars Karin Mikael Elin Anders Sara Per Ida Henrik Maria Gustav Klara Jonas Frida Axel Ebba Nils Astrid Olle Tove Björn',
  swedishLast:
    'Johansson Karlsson Lindberg Svensson Gustafsson Pettersson Hedlund Lundgren Sandberg Öberg Ekström Nyström Björk Holmgren Engström Wallin Sundqvist',
  otherFirst:
    'James Aisha Mohammed Sophie Carlos Mei Arjun Olga Tomasz Fatima Lucas Nadia Samuel Inês Kenji Zara David Leila Marco',
  otherLast: "Smith Chen Patel Müller Novak Hernández Kim Ivanova Nowak Dubois Santos Ahmed O'Brien Fischer Costa",
};
const namesOf = (list: string) => list.split(' ');
const PLACES = {
  swedish: ['Stockholm', 'Stockholm', 'Stockholm', 'Gothenburg', 'Gothenburg', 'Malmö', 'Uppsala', 'Remote'],
  other: ['London', 'Berlin', 'Copenhagen', 'Oslo', 'Amsterdam', 'Stockholm', 'Remote'],
};
// [value, weight] pairs: mostly engineers, mostly mid-level, half with a tag or two.
const TRACK_WEIGHTS: [Track, number][] = [
  ['engineering', 4],
  ['data', 1.5],
  ['sales', 2.5],
  ['people', 2],
];
const LEVEL_WEIGHTS: [number, number][] = [
  [0, 1],
  [1, 3],
  [2, 4],
  [3, 2],
];
const TAG_COUNT_WEIGHTS: [number, number][] = [
  [0, 5],
  [1, 4],
  [2, 1],
];
const TAGS = ['silver medalist', 'referral', 'top talent', 'open to relocation', 'passive', 'boomerang', 'agency'];
const NOTES = [
  'Met at the Stockholm JS meetup; strong on distributed systems.',
  'Finalist last spring, lost out on timing only. Keen to hear about new roles.',
  'Prefers a hybrid setup, two days a week in the office at most.',
  'Notice period three months.',
  'Referred by a former colleague; warm intro done, call booked.',
  'Salary expectations above band; worth a conversation anyway.',
  'Great portfolio. Ask about the payments migration project.',
  'Relocating from London in the autumn.',
];

/** Raymond's years at Dentons overlap Erik Employee's there: the brief's own example of a connection. */
const RAYMOND = { firstName: 'Raymond', lastName: 'Okafor', track: 'sales' as Track };
const RAYMOND_HISTORY: Stint[] = [
  { companyName: 'Klarna', title: 'Senior Account Executive', startDate: '2022-04-01', endDate: null },
  { companyName: 'Dentons LLP', title: 'Business Development Manager', startDate: '2017-05-01', endDate: '2022-03-01' },
  { companyName: 'SEB', title: 'Inside Sales Representative', startDate: '2014-09-01', endDate: '2017-04-01' },
];

type CandidateRow = Omit<typeof candidates.$inferInsert, 'searchVector'> & {
  id: string;
  searchVector: SQL;
  createdAt: Date;
  updatedAt: Date;
};
/** A candidate's row before insert: placements still move its `updatedAt` later. */
export type PlannedCandidate = { row: CandidateRow; track: Track };

const digits = (random: Random, count: number) => Array.from({ length: count }, () => random.int(0, 9)).join('');

/** Phones as people type them: with and without country code, spaced, dashed, or not at all. */
function phoneOf(random: Random, swedish: boolean): string | null {
  if (random.chance(0.15)) return null;
  if (!swedish)
    return random.pick([
      `+44 7700 900${digits(random, 3)}`,
      `+49 151 ${digits(random, 8)}`,
      `+1 415 555 0${digits(random, 3)}`,
    ]);
  const [prefix, a, b, c] = [
    random.pick(['70', '72', '73', '76']),
    digits(random, 3),
    digits(random, 2),
    digits(random, 2),
  ];
  return random.pick([
    `+46 ${prefix} ${a} ${b} ${c}`,
    `0${prefix}-${a} ${b} ${c}`,
    `0${prefix}${a}${b}${c}`,
    `+46${prefix}${a}${b}${c}`,
  ]);
}

function emailOf(random: Random, first: string, last: string, taken: Set<string>): string | null {
  if (random.chance(0.08)) return null;
  const [f, l] = [slugOf(first).replace(/-/g, ''), slugOf(last).replace(/-/g, '')];
  const base = random.pick([
    `${f}.${l}@gmail.com`,
    `${f}${l[0]}@outlook.com`,
    `${f}.${l}@hey.com`,
    `${f[0]}${l}@proton.me`,
  ]);
  let email = base;
  for (let n = 2; taken.has(email); n++) email = base.replace('@', `${n}@`);
  taken.add(email);
  return email;
}

function nameOf(random: Random, swedish: boolean, taken: Set<string>) {
  for (;;) {
    const firstName = random.pick(namesOf(swedish ? NAMES.swedishFirst : NAMES.otherFirst));
    const lastName = random.pick(namesOf(swedish || random.chance(0.1) ? NAMES.swedishLast : NAMES.otherLast));
    if (taken.has(`${firstName} ${lastName}`)) continue;
    taken.add(`${firstName} ${lastName}`);
    return { firstName, lastName };
  }
}

/** Sixty candidates with histories from the shared employer pool, built in memory; placements come next. */
export function planCandidates(random: Random, now: Date, people: DemoPeople) {
  const { companyId } = people;
  const takenNames = new Set([`${RAYMOND.firstName} ${RAYMOND.lastName}`]);
  const takenEmails = new Set<string>();
  const planned: PlannedCandidate[] = [];
  const history: (typeof workHistory.$inferInsert)[] = [];
  for (let i = 0; i < CANDIDATE_COUNT; i++) {
    const swedish = i > 0 && i <= SWEDISH_COUNT;
    const { firstName, lastName, track } =
      i === 0
        ? RAYMOND
        : {
            ...nameOf(random, swedish, takenNames),
            track: random.weighted(TRACK_WEIGHTS),
          };
    const level = random.weighted(LEVEL_WEIGHTS);
    const career =
      i === 0
        ? RAYMOND_HISTORY
        : careerOf(random, {
            track,
            current: {
              companyName: random.pick(employersFor(track)),
              title: titleFor(random, track, level),
              startYear: random.int(2019, 2025),
            },
            earlier: random.int(1, 3),
            level,
          });
    const fields = {
      firstName,
      lastName,
      email: emailOf(random, firstName, lastName, takenEmails),
      phone: phoneOf(random, swedish || i === 0),
      linkedinUrl: random.chance(0.85)
        ? `https://www.linkedin.com/in/${slugOf(firstName, lastName)}-${digits(random, 4)}/`
        : null,
      currentCompany: career[0].companyName,
      currentTitle: career[0].title,
      location: random.pick(swedish ? PLACES.swedish : PLACES.other),
      skills: random.sample(SKILLS[track], random.int(3, 5)),
      tags: random.sample(TAGS, random.weighted(TAG_COUNT_WEIGHTS)),
    };
    const id = crypto.randomUUID();
    const createdAt = daysBefore(now, random.int(5, 89) + random.next());
    // Untouched candidates were last edited soon after they were added; placements move this later.
    const updatedAt = new Date(createdAt.getTime() + random.next() * 0.3 * (now.getTime() - createdAt.getTime()));
    planned.push({
      track,
      row: {
        id,
        companyId,
        ...fields,
        ...candidateKeys(fields),
        language: swedish && random.chance(0.35) ? 'sv' : 'en',
        notes: random.chance(0.35) ? random.pick(NOTES) : null,
        createdById: random.chance(0.8) ? people.recruiter : people.admin,
        searchVector: searchVectorOf(fields),
        createdAt,
        updatedAt,
      },
    });
    history.push(
      ...career.map((stint, position) => ({
        companyId,
        candidateId: id,
        ...stint,
        companyKey: companyKey(stint.companyName),
        position,
      })),
    );
  }
  return { planned, history };
}
