export const STATUS_COLOR = {
  pending: 'blue',
  sending: 'indigo',
  sent: 'teal',
  failed: 'orange',
  dead: 'red',
  bounced: 'grape',
} as const;
