import type { Strings } from './strings.en.ts';

/** An SMS an admin can send to check the SMS set-up end to end. */
export type TestMessageData = { text: string };

export function testMessage(data: TestMessageData, t: Strings): string {
  return t.testMessage.text(data.text);
}
