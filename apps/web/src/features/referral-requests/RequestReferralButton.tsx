import type { TCandidateConnection } from '@vouch/contracts';

export type RequestReferralButtonProps = {
  candidateId: string;
  connection: TCandidateConnection;
};

/**
 * "Request referral" for one colleague connected to a candidate: opens the composer.
 * Placeholder until the composer lands; renders nothing.
 */
export function RequestReferralButton(_props: RequestReferralButtonProps) {
  return null;
}
