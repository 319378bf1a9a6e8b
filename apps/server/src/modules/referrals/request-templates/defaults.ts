import type { TLanguage } from '@vouch/contracts';

export type TemplateText = { subject: string; body: string };

/**
 * The referral request email Vouch ships, per language; a company's admins may replace it. The body
 * is plain text: blank lines separate paragraphs. The one-click answers and the reply button are not
 * part of it: the email around it adds them, so no template can lose them.
 */
export const DEFAULT_REFERRAL_REQUEST: Record<TLanguage, TemplateText> = {
  en: {
    subject: 'Could you refer {{ candidate.full_name }}{% if job %} for our {{ job.title }} role{% endif %}?',
    body: `Hi {{ colleague.first_name }},

I'm looking for great people{% if job %} for our {{ job.title }} role{% if job.location %} in {{ job.location }}{% endif %}{% endif %}, and {{ candidate.full_name }}{% if candidate.title %} ({{ candidate.title }}{% if candidate.company %} at {{ candidate.company }}{% endif %}){% endif %} stood out.{% if connection.summary %} {{ connection.summary }}.{% endif %}
{% if reason %}
Why I think {{ candidate.first_name }} may fit: {{ reason }}
{% endif %}
Would you be willing to reach out to {{ candidate.first_name }} and tell them a little about working at {{ company.name }}? A word from someone they know carries far more weight than a message from a recruiter they have never met.

Let me know with one of the buttons below, or simply reply to this email.

Thanks,
{{ recruiter.first_name }}`,
  },
  sv: {
    subject:
      'Kan du rekommendera {{ candidate.full_name }}{% if job %} till vår tjänst som {{ job.title }}{% endif %}?',
    body: `Hej {{ colleague.first_name }}!

Jag letar efter starka kandidater{% if job %} till vår tjänst som {{ job.title }}{% if job.location %} i {{ job.location }}{% endif %}{% endif %}, och {{ candidate.full_name }}{% if candidate.title %} ({{ candidate.title }}{% if candidate.company %} på {{ candidate.company }}{% endif %}){% endif %} sticker ut.{% if connection.summary %} {{ connection.summary }}.{% endif %}
{% if reason %}
Därför tror jag att {{ candidate.first_name }} kan passa: {{ reason }}
{% endif %}
Skulle du vilja höra av dig till {{ candidate.first_name }} och berätta lite om hur det är att jobba på {{ company.name }}? Ett ord från någon man känner väger mycket tyngre än ett meddelande från en rekryterare man aldrig har träffat.

Svara gärna med en av knapparna nedan, eller svara bara på det här mejlet.

Tack på förhand!
{{ recruiter.first_name }}`,
  },
};
