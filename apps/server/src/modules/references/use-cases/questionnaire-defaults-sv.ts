import type { TQuestionnaireContent } from '@vouch/contracts';
import { longText, rating, section, shortText, singleChoice, yesNo } from '../questionnaire-builders.ts';

/** De svenska frågeformulären som följer med. Samma id som de engelska, så rapporter går att jämföra. */

const intro =
  'Tack för att du tar dig tid att lämna en referens. Dina svar hjälper oss att få en rättvis och ' +
  'allsidig bild av kandidaten. Svara utifrån dina egna erfarenheter av att ' +
  'arbeta med personen – kan du inte bedöma något går det bra att skriva det i fritextfrågorna.';

const relationship = singleChoice('relationship', 'Hur arbetade ni tillsammans?', [
  ['manager', 'Jag var hens chef'],
  ['colleague', 'Vi var kollegor'],
  ['direct_report', 'Hen var min chef'],
  ['client', 'Jag var kund eller samarbetspartner'],
  ['other', 'Annat'],
]);
const roleAndPeriod = shortText('role_and_period', 'Vilken roll hade hen, och när arbetade ni ihop?', {
  help: 'Till exempel: Kundansvarig, 2021–2024.',
});
const strengths = longText('strengths', 'Vilka är hens största styrkor?', {
  help: 'Konkreta exempel är till störst hjälp.',
});
const developmentAreas = longText('development_areas', 'Vad skulle hen kunna utveckla vidare?', {
  help: 'Alla har något att växa i. Det här hjälper oss att ge rätt stöd i en ny roll.',
});
const anythingElse = longText('anything_else', 'Finns det något mer du tycker att vi borde känna till?', {
  optional: true,
});

export const SV_GENERAL: TQuestionnaireContent = {
  intro,
  sections: [
    section('relationship', 'Ert samarbete', [
      relationship,
      roleAndPeriod,
      longText('responsibilities', 'Vilka var hens viktigaste arbetsuppgifter och ansvarsområden?'),
    ]),
    section(
      'performance',
      'Arbetsinsats',
      [
        rating('quality_of_work', 'Kvaliteten i arbetet', 'Bristfällig', 'Utmärkt'),
        rating('reliability', 'Pålitlighet – levererar det hen lovat, i tid', 'Sällan', 'Alltid'),
        rating('problem_solving', 'Problemlösning och omdöme', 'Svag', 'Mycket god'),
        rating('adaptability', 'Förmåga att lära nytt och ställa om', 'Har svårt att ställa om', 'Ställer lätt om'),
        rating('overall_performance', 'Arbetsinsatsen som helhet', 'Långt under förväntan', 'Långt över förväntan'),
      ],
      'Jämför gärna med andra du sett i en liknande roll.',
    ),
    section('collaboration', 'Samarbete och kommunikation', [
      rating('teamwork', 'Samarbete med kollegor och andra team', 'Fungerade dåligt', 'Fungerade utmärkt'),
      rating('communication', 'Kommunikation i tal och skrift', 'Otydlig', 'Mycket tydlig'),
      longText(
        'collaboration_example',
        'Ge gärna ett exempel på hur hen samarbetade med andra, också när ni inte var överens.',
        { optional: true },
      ),
    ]),
    section('summary', 'Styrkor och helhetsintryck', [
      strengths,
      developmentAreas,
      yesNo('rehire', 'Skulle du anställa eller arbeta med hen igen om du fick chansen?'),
      anythingElse,
    ]),
  ],
};

export const SV_MANAGER: TQuestionnaireContent = {
  intro:
    'Tack för att du lämnar en referens för en chefsroll. Vi vill framför allt förstå hur kandidaten leder ' +
    'människor, fattar beslut och når resultat genom andra.',
  sections: [
    section('relationship', 'Ert samarbete', [
      singleChoice('relationship', 'Hur arbetade ni tillsammans?', [
        ['manager', 'Jag var hens chef'],
        ['direct_report', 'Jag rapporterade till hen'],
        ['peer', 'Vi var chefskollegor'],
        ['colleague', 'Annan kollega'],
        ['other', 'Annat'],
      ]),
      shortText('role_and_team', 'Vilken roll hade hen, och hur stor grupp ledde hen?', {
        help: 'Till exempel: Kundtjänstchef, 12 medarbetare, 2020–2023.',
      }),
    ]),
    section(
      'leading_people',
      'Att leda människor',
      [
        rating('motivating', 'Engagerar och motiverar sin grupp', 'Svagt', 'Mycket väl'),
        rating('clear_direction', 'Sätter tydliga mål och förväntningar', 'Otydligt', 'Mycket tydligt'),
        rating('developing_others', 'Utvecklar medarbetare med återkoppling och coachning', 'Sällan', 'Alltid'),
        longText('developing_example', 'Berätta hur hen hjälpte någon i gruppen att växa.', { optional: true }),
      ],
      'Jämför gärna med andra chefer du har arbetat med.',
    ),
    section('decisions_and_results', 'Beslut, konflikter och resultat', [
      rating(
        'decision_making',
        'Fattar väl avvägda beslut, även när underlaget är ofullständigt',
        'Svagt',
        'Mycket väl',
      ),
      rating('handling_conflict', 'Hanterar konflikter och svåra samtal', 'Undviker dem', 'Hanterar dem väl'),
      rating('delivering_results', 'Når resultat tillsammans med sin grupp', 'Långt under mål', 'Långt över mål'),
      longText('conflict_example', 'Berätta om en gång då hen hanterade en konflikt eller en svår situation.', {
        optional: true,
      }),
    ]),
    section('summary', 'Styrkor och helhetsintryck', [
      longText('leadership_strengths', 'Vilka är hens största styrkor som ledare?'),
      longText('development_areas', 'Inom vilka områden kan hen växa som ledare?', {
        help: 'Det hjälper oss att ge rätt stöd från start.',
      }),
      yesNo('rehire', 'Skulle du vilja ha hen som chef igen?'),
      anythingElse,
    ]),
  ],
};

export const SV_SHORT: TQuestionnaireContent = {
  intro:
    'Tack för att du lämnar en referens. Sex korta frågor. Svara utifrån dina egna erfarenheter ' +
    'av att arbeta med kandidaten.',
  sections: [
    section('relationship', 'Ert samarbete', [
      relationship,
      rating('overall_performance', 'Arbetsinsatsen som helhet', 'Långt under förväntan', 'Långt över förväntan'),
    ]),
    section('summary', 'Din bild', [
      strengths,
      developmentAreas,
      yesNo('rehire', 'Skulle du anställa eller arbeta med hen igen om du fick chansen?'),
      anythingElse,
    ]),
  ],
};
