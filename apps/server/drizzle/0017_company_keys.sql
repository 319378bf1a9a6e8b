ALTER TABLE "candidates" DROP CONSTRAINT "candidates_created_by_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "job_recruiters" DROP CONSTRAINT "job_recruiters_job_id_jobs_id_fk";
--> statement-breakpoint
ALTER TABLE "job_recruiters" DROP CONSTRAINT "job_recruiters_membership_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "job_steps" DROP CONSTRAINT "job_steps_job_id_jobs_id_fk";
--> statement-breakpoint
ALTER TABLE "jobs" DROP CONSTRAINT "jobs_department_id_departments_id_fk";
--> statement-breakpoint
ALTER TABLE "jobs" DROP CONSTRAINT "jobs_hiring_manager_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "placement_events" DROP CONSTRAINT "placement_events_placement_id_placements_id_fk";
--> statement-breakpoint
ALTER TABLE "placement_events" DROP CONSTRAINT "placement_events_from_step_id_job_steps_id_fk";
--> statement-breakpoint
ALTER TABLE "placement_events" DROP CONSTRAINT "placement_events_to_step_id_job_steps_id_fk";
--> statement-breakpoint
ALTER TABLE "placement_events" DROP CONSTRAINT "placement_events_actor_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "placements" DROP CONSTRAINT "placements_candidate_id_candidates_id_fk";
--> statement-breakpoint
ALTER TABLE "placements" DROP CONSTRAINT "placements_job_id_jobs_id_fk";
--> statement-breakpoint
ALTER TABLE "placements" DROP CONSTRAINT "placements_step_id_job_steps_id_fk";
--> statement-breakpoint
ALTER TABLE "work_history" DROP CONSTRAINT "work_history_candidate_id_candidates_id_fk";
--> statement-breakpoint
ALTER TABLE "work_history" DROP CONSTRAINT "work_history_membership_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "api_keys" DROP CONSTRAINT "api_keys_sub_account_id_sub_accounts_id_fk";
--> statement-breakpoint
ALTER TABLE "api_keys" DROP CONSTRAINT "api_keys_created_by_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "idempotency_keys" DROP CONSTRAINT "idempotency_keys_api_key_id_api_keys_id_fk";
--> statement-breakpoint
ALTER TABLE "report_share_links" DROP CONSTRAINT "report_share_links_check_id_reference_checks_id_fk";
--> statement-breakpoint
ALTER TABLE "report_share_links" DROP CONSTRAINT "report_share_links_created_by_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "report_share_links" DROP CONSTRAINT "report_share_links_created_by_api_key_id_api_keys_id_fk";
--> statement-breakpoint
ALTER TABLE "report_share_opens" DROP CONSTRAINT "report_share_opens_link_id_report_share_links_id_fk";
--> statement-breakpoint
ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "webhook_deliveries_endpoint_id_webhook_endpoints_id_fk";
--> statement-breakpoint
ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "webhook_deliveries_event_id_webhook_events_id_fk";
--> statement-breakpoint
ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "webhook_deliveries_check_id_reference_checks_id_fk";
--> statement-breakpoint
ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "webhook_endpoints_sub_account_id_sub_accounts_id_fk";
--> statement-breakpoint
ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "webhook_endpoints_created_by_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "webhook_endpoints_created_by_api_key_id_api_keys_id_fk";
--> statement-breakpoint
ALTER TABLE "contact_import_rows" DROP CONSTRAINT "contact_import_rows_import_id_contact_imports_id_fk";
--> statement-breakpoint
ALTER TABLE "contact_imports" DROP CONSTRAINT "contact_imports_owner_membership_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "contacts" DROP CONSTRAINT "contacts_owner_membership_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "contacts" DROP CONSTRAINT "contacts_last_import_id_contact_imports_id_fk";
--> statement-breakpoint
ALTER TABLE "exclusion_keys" DROP CONSTRAINT "exclusion_keys_exclusion_id_exclusions_id_fk";
--> statement-breakpoint
ALTER TABLE "exclusions" DROP CONSTRAINT "exclusions_created_by_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "membership_sub_accounts" DROP CONSTRAINT "membership_sub_accounts_membership_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "membership_sub_accounts" DROP CONSTRAINT "membership_sub_accounts_sub_account_id_sub_accounts_id_fk";
--> statement-breakpoint
ALTER TABLE "questionnaire_templates" DROP CONSTRAINT "questionnaire_templates_sub_account_id_sub_accounts_id_fk";
--> statement-breakpoint
ALTER TABLE "questionnaire_versions" DROP CONSTRAINT "questionnaire_versions_template_id_questionnaire_templates_id_fk";
--> statement-breakpoint
ALTER TABLE "questionnaire_versions" DROP CONSTRAINT "questionnaire_versions_created_by_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "referees" DROP CONSTRAINT "referees_check_id_reference_checks_id_fk";
--> statement-breakpoint
ALTER TABLE "reference_check_events" DROP CONSTRAINT "reference_check_events_check_id_reference_checks_id_fk";
--> statement-breakpoint
ALTER TABLE "reference_check_events" DROP CONSTRAINT "reference_check_events_referee_id_referees_id_fk";
--> statement-breakpoint
ALTER TABLE "reference_check_events" DROP CONSTRAINT "reference_check_events_actor_membership_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "reference_checks" DROP CONSTRAINT "reference_checks_candidate_id_candidates_id_fk";
--> statement-breakpoint
ALTER TABLE "reference_checks" DROP CONSTRAINT "reference_checks_job_id_jobs_id_fk";
--> statement-breakpoint
ALTER TABLE "reference_checks" DROP CONSTRAINT "reference_checks_placement_id_placements_id_fk";
--> statement-breakpoint
ALTER TABLE "reference_checks" DROP CONSTRAINT "reference_checks_sub_account_id_sub_accounts_id_fk";
--> statement-breakpoint
ALTER TABLE "reference_checks" DROP CONSTRAINT "reference_checks_version_id_questionnaire_versions_id_fk";
--> statement-breakpoint
ALTER TABLE "reference_checks" DROP CONSTRAINT "reference_checks_created_by_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "reference_fraud_signals" DROP CONSTRAINT "reference_fraud_signals_check_id_reference_checks_id_fk";
--> statement-breakpoint
ALTER TABLE "reference_fraud_signals" DROP CONSTRAINT "reference_fraud_signals_referee_id_referees_id_fk";
--> statement-breakpoint
ALTER TABLE "reference_fraud_signals" DROP CONSTRAINT "reference_fraud_signals_reviewed_by_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "company_message_templates" DROP CONSTRAINT "company_message_templates_updated_by_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "referral_events" DROP CONSTRAINT "referral_events_referral_id_referrals_id_fk";
--> statement-breakpoint
ALTER TABLE "referral_events" DROP CONSTRAINT "referral_events_actor_membership_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "referrals" DROP CONSTRAINT "referrals_referrer_membership_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "referrals" DROP CONSTRAINT "referrals_contact_id_contacts_id_fk";
--> statement-breakpoint
ALTER TABLE "referrals" DROP CONSTRAINT "referrals_candidate_id_candidates_id_fk";
--> statement-breakpoint
ALTER TABLE "referrals" DROP CONSTRAINT "referrals_job_id_jobs_id_fk";
--> statement-breakpoint
ALTER TABLE "referrals" DROP CONSTRAINT "referrals_department_id_departments_id_fk";
--> statement-breakpoint
ALTER TABLE "referrals" DROP CONSTRAINT "referrals_recruiter_membership_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "membership_departments" DROP CONSTRAINT "membership_departments_membership_id_memberships_id_fk";
--> statement-breakpoint
ALTER TABLE "membership_departments" DROP CONSTRAINT "membership_departments_department_id_departments_id_fk";
--> statement-breakpoint
ALTER TABLE "memberships" DROP CONSTRAINT "memberships_agency_id_agencies_id_fk";
--> statement-breakpoint
ALTER TABLE "job_steps" ALTER COLUMN "settings" SET DATA TYPE jsonb;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "job_steps" ADD CONSTRAINT "job_steps_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "report_share_links" ADD CONSTRAINT "report_share_links_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "webhook_events" ADD CONSTRAINT "webhook_events_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "contact_imports" ADD CONSTRAINT "contact_imports_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "exclusions" ADD CONSTRAINT "exclusions_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "questionnaire_templates" ADD CONSTRAINT "questionnaire_templates_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "questionnaire_versions" ADD CONSTRAINT "questionnaire_versions_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "referees" ADD CONSTRAINT "referees_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "reference_checks" ADD CONSTRAINT "reference_checks_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "sub_accounts" ADD CONSTRAINT "sub_accounts_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_company_key" UNIQUE("company_id","id");--> statement-breakpoint
ALTER TABLE "job_steps" ADD CONSTRAINT "job_steps_settings_object_ck" CHECK (jsonb_typeof("job_steps"."settings") = 'object');