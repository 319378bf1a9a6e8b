-- A candidate whose bounced address a recruiter corrected is chased anew: the reminder schedule counts from
-- this moment instead of the check's start (null: from the start).
ALTER TABLE "reference_checks" ADD COLUMN "candidate_chase_started_at" timestamp (3) with time zone;