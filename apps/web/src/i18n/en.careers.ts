/** English strings of the careers page settings and employees' share links; spread into en.ts. */
export const enCareers = {
  careers: {
    settings: {
      title: 'Careers page',
      hint: 'Your open jobs, public and without signing in. Jobs marked “On careers page” are listed there.',
      slug: 'Address',
      slugHint: 'Lower-case letters, digits and dashes. Changing it stops the old address; share links keep working.',
      open: 'Open careers page',
      saved: 'Careers page address saved',
      none: 'Choose an address to publish your careers page.',
    },
    jobField: 'On careers page',
    jobFieldHint: 'While the job is open, it is listed on the public careers page and people can apply.',
    share: {
      button: 'Share',
      title: 'Share “{{job}}”',
      hint: 'Your personal link: people who apply through it are counted as your referrals.',
      copy: 'Copy link',
      copied: 'Copied',
      linkedin: 'LinkedIn',
      email: 'Email',
      whatsapp: 'WhatsApp',
      emailSubject: 'A job at {{company}}: {{job}}',
      message: 'Have a look at this job: {{job}}',
      views: 'Views',
      applications: 'Applications',
      stats: 'Views {{views}} · Applications {{applications}}',
    },
  },
} as const;
