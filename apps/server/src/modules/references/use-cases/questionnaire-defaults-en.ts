import type { TQuestionnaireContent } from '@vouch/contracts';
import { longText, rating, section, shortText, singleChoice, yesNo } from '../questionnaire-builders.ts';

/** The shipped English questionnaires. Ids match the Swedish ones, so reports compare across languages. */

const intro =
  'Thank you for taking the time to give a reference. Your answers help us form a fair and complete picture ' +
  'of the candidate. Please answer from your own experience of working with them; ' +
  'if you cannot judge something, say so in the free-text questions.';

const relationship = singleChoice('relationship', 'How did you work with the candidate?', [
  ['manager', 'I was their manager'],
  ['colleague', 'We were colleagues'],
  ['direct_report', 'They were my manager'],
  ['client', 'I was a client or partner'],
  ['other', 'Other'],
]);
const roleAndPeriod = shortText('role_and_period', 'What was their role, and when did you work together?', {
  help: 'For example: Account manager, 2021–2024.',
});
const strengths = longText('strengths', 'What are their greatest strengths?', {
  help: 'Concrete examples are the most helpful.',
});
const developmentAreas = longText('development_areas', 'In which areas could they develop further?', {
  help: 'Everyone has something to grow in. This helps us support them well in a new role.',
});
const anythingElse = longText('anything_else', 'Is there anything else you think we should know?', {
  optional: true,
});

export const EN_GENERAL: TQuestionnaireContent = {
  intro,
  sections: [
    section('relationship', 'Your working relationship', [
      relationship,
      roleAndPeriod,
      longText('responsibilities', 'What were their main responsibilities?'),
    ]),
    section(
      'performance',
      'Performance',
      [
        rating('quality_of_work', 'Quality of their work', 'Poor', 'Excellent'),
        rating('reliability', 'Reliability: delivering what they committed to, on time', 'Rarely', 'Always'),
        rating('problem_solving', 'Problem solving and judgement', 'Weak', 'Outstanding'),
        rating('adaptability', 'Learning new things and adapting to change', 'Struggles to adapt', 'Adapts very well'),
        rating('overall_performance', 'Overall performance', 'Well below expectations', 'Well above expectations'),
      ],
      'Compared with others you have seen in a similar role.',
    ),
    section('collaboration', 'Collaboration and communication', [
      rating('teamwork', 'Working with colleagues and other teams', 'Difficult', 'An excellent team player'),
      rating('communication', 'Communication, spoken and written', 'Unclear', 'Very clear'),
      longText(
        'collaboration_example',
        'Can you give an example of how they worked with others, including a time when opinions differed?',
        { optional: true },
      ),
    ]),
    section('summary', 'Strengths and overall view', [
      strengths,
      developmentAreas,
      yesNo('rehire', 'Would you hire them, or work with them, again if you had the chance?'),
      anythingElse,
    ]),
  ],
};

export const EN_MANAGER: TQuestionnaireContent = {
  intro:
    'Thank you for giving a reference for a leadership role. We are most interested in how the candidate leads ' +
    'people, makes decisions and gets results through others.',
  sections: [
    section('relationship', 'Your working relationship', [
      singleChoice('relationship', 'How did you work with the candidate?', [
        ['manager', 'I was their manager'],
        ['direct_report', 'I reported to them'],
        ['peer', 'We were fellow managers'],
        ['colleague', 'Another colleague'],
        ['other', 'Other'],
      ]),
      shortText('role_and_team', 'What was their role, and how large a team did they lead?', {
        help: 'For example: Head of customer service, 12 people, 2020–2023.',
      }),
    ]),
    section(
      'leading_people',
      'Leading people',
      [
        rating('motivating', 'Engaging and motivating their team', 'Weak', 'Outstanding'),
        rating('clear_direction', 'Setting clear goals and expectations', 'Unclear', 'Very clear'),
        rating('developing_others', 'Developing people through feedback and coaching', 'Rarely', 'Consistently'),
        longText('developing_example', 'Describe how they helped someone on their team grow.', { optional: true }),
      ],
      'Compared with other managers you have worked with.',
    ),
    section('decisions_and_results', 'Decisions, conflict and results', [
      rating('decision_making', 'Making sound decisions, also with incomplete information', 'Weak', 'Outstanding'),
      rating('handling_conflict', 'Handling conflict and difficult conversations', 'Avoids them', 'Handles them well'),
      rating('delivering_results', 'Delivering results through their team', 'Well below target', 'Well above target'),
      longText('conflict_example', 'Tell us about a time they handled a conflict or a difficult situation.', {
        optional: true,
      }),
    ]),
    section('summary', 'Strengths and overall view', [
      longText('leadership_strengths', 'What are their greatest strengths as a leader?'),
      longText('development_areas', 'Where could they grow as a leader?', {
        help: 'This helps us support them well from the start.',
      }),
      yesNo('rehire', 'Would you want to work with them as a manager again?'),
      anythingElse,
    ]),
  ],
};

export const EN_SHORT: TQuestionnaireContent = {
  intro:
    'Thank you for giving a reference. Six short questions. Please answer from your own ' +
    'experience of working with the candidate.',
  sections: [
    section('relationship', 'Your working relationship', [
      relationship,
      rating('overall_performance', 'Overall performance', 'Well below expectations', 'Well above expectations'),
    ]),
    section('summary', 'Your view', [
      strengths,
      developmentAreas,
      yesNo('rehire', 'Would you hire them, or work with them, again if you had the chance?'),
      anythingElse,
    ]),
  ],
};
