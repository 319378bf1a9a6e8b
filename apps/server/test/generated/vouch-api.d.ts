/**
 * Generated from the OpenAPI document of /api/v1 (/api/v1/openapi.json) by `npm run api:types -w @vouch/server`. Do not edit:
 * test/api-types.test.ts fails when this file no longer matches the API.
 */

export interface paths {
    "/api/v1/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a candidate
         * @description The duplicate rules of Vouch apply: an email or `external_id` already in use answers 409 (`email_taken`, `external_id_taken`) with the existing candidate’s id as `candidate_id` in the problem; likely duplicates (same phone, LinkedIn profile, or name at the same company) are created and listed in `possible_duplicates`. Candidates belong to the whole company: a sub-account key answers 403 here and names its candidate when it starts a reference check instead.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID, say), 1–255 printable ASCII characters. A repeat with the same key, body and path within 24 hours gets the first answer again, with `Idempotent-Replayed: true`, and the work is done once. Only requests that began executing are kept: a 400, a 422 `unknown_id` or a 5xx frees the key. */
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        current_company?: string | null;
                        current_title?: string | null;
                        /** @description Unique within the company: an email already in use answers 409 with that candidate’s id. */
                        email?: string | null;
                        /** @description Your id for the candidate. */
                        external_id?: string | null;
                        first_name: string;
                        /**
                         * @default en
                         * @enum {string}
                         */
                        language?: "en" | "sv";
                        last_name: string;
                        linkedin_url?: string | null;
                        /** @description Best with the country code (E.164). */
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @example 2026-03-01T08:00:00.000Z
                             */
                            created_at: string;
                            current_company: string | null;
                            current_title: string | null;
                            email: string | null;
                            external_id: string | null;
                            first_name: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            last_name: string;
                            linkedin_url: string | null;
                            phone: string | null;
                            possible_duplicates: {
                                /** Format: uuid */
                                candidate_id: string;
                                name: string;
                                /** @enum {string} */
                                reason: "phone" | "linkedin" | "name_company";
                            }[];
                            /** @description The newest reference check that was not cancelled; null: none. */
                            reference_check: {
                                /** Format: uuid */
                                id: string;
                                referees_answered: number;
                                referees_wanted: number;
                                /** @enum {string} */
                                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            } | null;
                            /**
                             * Format: date-time
                             * @example 2026-03-04T09:15:00.000Z
                             */
                            updated_at: string;
                            /** @description The candidate in Vouch (sign-in needed). */
                            url: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `idempotency_in_progress`: the first request with this `Idempotency-Key` is still running; retry after `Retry-After` seconds. Or `email_taken` or `external_id_taken`: another candidate has this email or external_id; `candidate_id` names them. */
                409: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        /** @description With `idempotency_in_progress`: seconds to wait before retrying. */
                        "Retry-After"?: number;
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1CandidateConflictProblem"];
                    };
                };
                /** @description `payload_too_large`: the body is larger than 1 MB. */
                413: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unsupported_media_type`: send the body as `application/json`. */
                415: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `idempotency_key_reused`: this `Idempotency-Key` was used with another body or path; use a new key. `unknown_id`: an id in the body names nothing this API key can reach (`errors` names the field). */
                422: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a candidate
         * @description With its latest reference check. A sub-account key sees only candidates of its sub-account’s checks (404 for any other), and only those checks in `reference_check`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @example 2026-03-01T08:00:00.000Z
                             */
                            created_at: string;
                            current_company: string | null;
                            current_title: string | null;
                            email: string | null;
                            external_id: string | null;
                            first_name: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            last_name: string;
                            linkedin_url: string | null;
                            phone: string | null;
                            /** @description The newest reference check that was not cancelled; null: none. */
                            reference_check: {
                                /** Format: uuid */
                                id: string;
                                referees_answered: number;
                                referees_wanted: number;
                                /** @enum {string} */
                                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            } | null;
                            /**
                             * Format: date-time
                             * @example 2026-03-04T09:15:00.000Z
                             */
                            updated_at: string;
                            /** @description The candidate in Vouch (sign-in needed). */
                            url: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `not_found`: no such candidate for this API key (another company’s, or another sub-account’s for a sub-account key). */
                404: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reference checks
         * @description Newest first; filter by your `external_id` and by status. A sub-account key lists only its sub-account’s checks.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The `next_cursor` of the previous page. */
                    cursor?: string;
                    /** @description Only checks started with this `external_id`. */
                    external_id?: string;
                    /** @description At most this many items (1–200). */
                    limit?: number;
                    status?: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                candidate: {
                                    external_id: string | null;
                                    /** Format: uuid */
                                    id: string;
                                };
                                candidate_url: string;
                                completed_at: string | null;
                                created_at: string;
                                external_id: string | null;
                                /** @description Fraud signals not yet reviewed. */
                                fraud_signal_count: number;
                                /** Format: uuid */
                                id: string;
                                job: {
                                    external_id: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                } | null;
                                referees: {
                                    answered_at: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @description How the candidate agreed to this referee, when they were named for the candidate. */
                                    named_consent: {
                                        api_key_id: string | null;
                                        confirmed_at: string;
                                        /** @enum {string} */
                                        method: "in_writing" | "verbally" | "in_application" | "other";
                                        note: string | null;
                                    } | null;
                                    /** @enum {string} */
                                    relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                    /** @enum {string} */
                                    status: "invited" | "opened" | "answered" | "declined" | "bounced";
                                }[];
                                referees_answered: number;
                                referees_wanted: number;
                                /** @description The report in Vouch (sign-in needed); set once completed. */
                                report_url: string | null;
                                /** @enum {string} */
                                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                                sub_account_id: string | null;
                                /** Format: uuid */
                                template_id: string;
                                updated_at: string;
                            }[];
                            /**
                             * @description Pass as `?cursor=` for the next page; null on the last page.
                             * @example null
                             */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Start a reference check
         * @description Finds the candidate by `candidate.external_id`, then by email, or creates them; finds the job by `job.external_id` or creates it; then asks the candidate for referees by the candidate channel. One running check per candidate and job, and one check per `external_id` (409 otherwise). With a sub-account key the check belongs to its sub-account, and `template_id` must be a company-wide questionnaire or one of that sub-account’s.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID, say), 1–255 printable ASCII characters. A repeat with the same key, body and path within 24 hours gets the first answer again, with `Idempotent-Replayed: true`, and the work is done once. Only requests that began executing are kept: a 400, a 422 `unknown_id` or a 5xx frees the key. */
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        candidate: {
                            email?: string | null;
                            /** @description Your id for the candidate: matched first, then the email. */
                            external_id?: string | null;
                            first_name: string;
                            /**
                             * @default en
                             * @enum {string}
                             */
                            language?: "en" | "sv";
                            last_name: string;
                            phone?: string | null;
                        };
                        /**
                         * @description How messages go: `email`, `sms`, `email_and_sms` or `none`.
                         * @default email_and_sms
                         * @enum {string}
                         */
                        candidate_channel?: "email" | "sms" | "email_and_sms" | "none";
                        /** @description Your own id for this check (recommended): list checks by it. */
                        external_id?: string | null;
                        job?: {
                            /** @description Your id for the job: an unknown one creates the job. */
                            external_id?: string | null;
                            title: string;
                        } | null;
                        /**
                         * @description How messages go: `email`, `sms`, `email_and_sms` or `none`.
                         * @default email_and_sms
                         * @enum {string}
                         */
                        referee_channel?: "email" | "sms" | "email_and_sms" | "none";
                        /** @description Required with `referees` when `candidate_channel` is `none`: how the candidate agreed to them being contacted (`in_writing`, `verbally`, `in_application` or `other`, with an optional `note`). Missing: 400 `reference_check.named_consent_required` on `referee_consent`. */
                        referee_consent?: {
                            /** @enum {string} */
                            method: "in_writing" | "verbally" | "in_application" | "other";
                            note?: string | null;
                        } | null;
                        /** @description Referees you already know; with candidate channel `none`, give them here. */
                        referees?: {
                            company?: string | null;
                            email?: string | null;
                            /**
                             * @default en
                             * @enum {string}
                             */
                            language?: "en" | "sv";
                            name: string;
                            /** @description A mobile number, best with the country code (E.164). */
                            phone?: string | null;
                            /** @enum {string} */
                            relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                            /** @description When and where, in the candidate’s words. */
                            worked_together?: string | null;
                        }[];
                        /** @default 3 */
                        referees_wanted?: number;
                        /** @description A sub-account key always uses its own sub-account. */
                        sub_account_id?: string | null;
                        /**
                         * Format: uuid
                         * @description A questionnaire from `GET /api/v1/templates`.
                         */
                        template_id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidate: {
                                external_id: string | null;
                                /** Format: uuid */
                                id: string;
                            };
                            candidate_url: string;
                            completed_at: string | null;
                            created_at: string;
                            external_id: string | null;
                            /** @description Fraud signals not yet reviewed. */
                            fraud_signal_count: number;
                            /** Format: uuid */
                            id: string;
                            job: {
                                external_id: string | null;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            referees: {
                                answered_at: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @description How the candidate agreed to this referee, when they were named for the candidate. */
                                named_consent: {
                                    api_key_id: string | null;
                                    confirmed_at: string;
                                    /** @enum {string} */
                                    method: "in_writing" | "verbally" | "in_application" | "other";
                                    note: string | null;
                                } | null;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced";
                            }[];
                            referees_answered: number;
                            referees_wanted: number;
                            /** @description The report in Vouch (sign-in needed); set once completed. */
                            report_url: string | null;
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            sub_account_id: string | null;
                            /** Format: uuid */
                            template_id: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `idempotency_in_progress`: the first request with this `Idempotency-Key` is still running; retry after `Retry-After` seconds. Or `conflict`: a check is already running for this candidate and job; or `external_id_taken`: another check has this external_id. `reference_check_id` names that check. */
                409: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        /** @description With `idempotency_in_progress`: seconds to wait before retrying. */
                        "Retry-After"?: number;
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1CheckConflictProblem"];
                    };
                };
                /** @description `payload_too_large`: the body is larger than 1 MB. */
                413: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unsupported_media_type`: send the body as `application/json`. */
                415: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `idempotency_key_reused`: this `Idempotency-Key` was used with another body or path; use a new key. `unknown_id`: an id in the body names nothing this API key can reach (`errors` names the field). Or `unprocessable`: `sub_account_id` is not the API key’s sub-account. */
                422: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference-checks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a reference check
         * @description Its status and referees; `report_url` once completed. A sub-account key gets 404 for a check outside its sub-account (the company’s own and other sub-accounts’).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidate: {
                                external_id: string | null;
                                /** Format: uuid */
                                id: string;
                            };
                            candidate_url: string;
                            completed_at: string | null;
                            created_at: string;
                            external_id: string | null;
                            /** @description Fraud signals not yet reviewed. */
                            fraud_signal_count: number;
                            /** Format: uuid */
                            id: string;
                            job: {
                                external_id: string | null;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            referees: {
                                answered_at: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @description How the candidate agreed to this referee, when they were named for the candidate. */
                                named_consent: {
                                    api_key_id: string | null;
                                    confirmed_at: string;
                                    /** @enum {string} */
                                    method: "in_writing" | "verbally" | "in_application" | "other";
                                    note: string | null;
                                } | null;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced";
                            }[];
                            referees_answered: number;
                            referees_wanted: number;
                            /** @description The report in Vouch (sign-in needed); set once completed. */
                            report_url: string | null;
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            sub_account_id: string | null;
                            /** Format: uuid */
                            template_id: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `not_found`: no such reference check for this API key (another company’s, or another sub-account’s for a sub-account key). */
                404: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference-checks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a reference check
         * @description Reminders stop and the candidate’s and referees’ links stop working. Only a running check (409 otherwise).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID, say), 1–255 printable ASCII characters. A repeat with the same key, body and path within 24 hours gets the first answer again, with `Idempotent-Replayed: true`, and the work is done once. Only requests that began executing are kept: a 400, a 422 `unknown_id` or a 5xx frees the key. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidate: {
                                external_id: string | null;
                                /** Format: uuid */
                                id: string;
                            };
                            candidate_url: string;
                            completed_at: string | null;
                            created_at: string;
                            external_id: string | null;
                            /** @description Fraud signals not yet reviewed. */
                            fraud_signal_count: number;
                            /** Format: uuid */
                            id: string;
                            job: {
                                external_id: string | null;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            referees: {
                                answered_at: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @description How the candidate agreed to this referee, when they were named for the candidate. */
                                named_consent: {
                                    api_key_id: string | null;
                                    confirmed_at: string;
                                    /** @enum {string} */
                                    method: "in_writing" | "verbally" | "in_application" | "other";
                                    note: string | null;
                                } | null;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced";
                            }[];
                            referees_answered: number;
                            referees_wanted: number;
                            /** @description The report in Vouch (sign-in needed); set once completed. */
                            report_url: string | null;
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            sub_account_id: string | null;
                            /** Format: uuid */
                            template_id: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `not_found`: no such reference check for this API key (another company’s, or another sub-account’s for a sub-account key). */
                404: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `idempotency_in_progress`: the first request with this `Idempotency-Key` is still running; retry after `Retry-After` seconds. Or `conflict`: the check is no longer running. */
                409: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        /** @description With `idempotency_in_progress`: seconds to wait before retrying. */
                        "Retry-After"?: number;
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `payload_too_large`: the body is larger than 1 MB. */
                413: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unsupported_media_type`: send the body as `application/json`. */
                415: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `idempotency_key_reused`: this `Idempotency-Key` was used with another body or path; use a new key. `unknown_id`: an id in the body names nothing this API key can reach (`errors` names the field). */
                422: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference-checks/{id}/referees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add referees
         * @description Names referees (`{ referees: [...] }`, 1–10) and invites them by the referee channel. A completed check opens again until they answer. Field errors name `referees.<n>.<field>`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID, say), 1–255 printable ASCII characters. A repeat with the same key, body and path within 24 hours gets the first answer again, with `Idempotent-Replayed: true`, and the work is done once. Only requests that began executing are kept: a 400, a 422 `unknown_id` or a 5xx frees the key. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Required with `referees` when `candidate_channel` is `none`: how the candidate agreed to them being contacted (`in_writing`, `verbally`, `in_application` or `other`, with an optional `note`). Missing: 400 `reference_check.named_consent_required` on `referee_consent`. */
                        referee_consent?: {
                            /** @enum {string} */
                            method: "in_writing" | "verbally" | "in_application" | "other";
                            note?: string | null;
                        } | null;
                        referees: {
                            company?: string | null;
                            email?: string | null;
                            /**
                             * @default en
                             * @enum {string}
                             */
                            language?: "en" | "sv";
                            name: string;
                            /** @description A mobile number, best with the country code (E.164). */
                            phone?: string | null;
                            /** @enum {string} */
                            relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                            /** @description When and where, in the candidate’s words. */
                            worked_together?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidate: {
                                external_id: string | null;
                                /** Format: uuid */
                                id: string;
                            };
                            candidate_url: string;
                            completed_at: string | null;
                            created_at: string;
                            external_id: string | null;
                            /** @description Fraud signals not yet reviewed. */
                            fraud_signal_count: number;
                            /** Format: uuid */
                            id: string;
                            job: {
                                external_id: string | null;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            referees: {
                                answered_at: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @description How the candidate agreed to this referee, when they were named for the candidate. */
                                named_consent: {
                                    api_key_id: string | null;
                                    confirmed_at: string;
                                    /** @enum {string} */
                                    method: "in_writing" | "verbally" | "in_application" | "other";
                                    note: string | null;
                                } | null;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced";
                            }[];
                            referees_answered: number;
                            referees_wanted: number;
                            /** @description The report in Vouch (sign-in needed); set once completed. */
                            report_url: string | null;
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            sub_account_id: string | null;
                            /** Format: uuid */
                            template_id: string;
                            updated_at: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `not_found`: no such reference check for this API key (another company’s, or another sub-account’s for a sub-account key). */
                404: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `idempotency_in_progress`: the first request with this `Idempotency-Key` is still running; retry after `Retry-After` seconds. Or `conflict`: the check was cancelled or has expired. */
                409: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        /** @description With `idempotency_in_progress`: seconds to wait before retrying. */
                        "Retry-After"?: number;
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `payload_too_large`: the body is larger than 1 MB. */
                413: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unsupported_media_type`: send the body as `application/json`. */
                415: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `idempotency_key_reused`: this `Idempotency-Key` was used with another body or path; use a new key. `unknown_id`: an id in the body names nothing this API key can reach (`errors` names the field). */
                422: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference-checks/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the report
         * @description A summary (overall rating, would-rehire, disagreements, response times, verification), the questions, every answering referee’s answers, rating summaries and fraud signals.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @example {
                             *       "id": "3f2c1a9e-8b7d-4c6e-9f10-2a3b4c5d6e7f",
                             *       "external_id": "gh-app-55123",
                             *       "status": "completed",
                             *       "referees_wanted": 2,
                             *       "referees_answered": 2,
                             *       "referees": [
                             *         {
                             *           "id": "0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5",
                             *           "name": "Maria Berg",
                             *           "relationship": "manager",
                             *           "status": "answered",
                             *           "answered_at": "2026-03-04T09:15:00.000Z"
                             *         }
                             *       ],
                             *       "report_url": "https://vouch.example.com/reference-checks/3f2c1a9e-8b7d-4c6e-9f10-2a3b4c5d6e7f/report",
                             *       "candidate_url": "https://vouch.example.com/candidates/5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d?tab=references",
                             *       "candidate": {
                             *         "id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
                             *         "external_id": "gh-cand-9911"
                             *       },
                             *       "job": {
                             *         "id": "7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b",
                             *         "external_id": "gh-job-301",
                             *         "title": "Backend Developer"
                             *       },
                             *       "template_id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                             *       "sub_account_id": null,
                             *       "fraud_signal_count": 0,
                             *       "created_at": "2026-03-01T08:00:00.000Z",
                             *       "updated_at": "2026-03-04T09:15:00.000Z",
                             *       "completed_at": "2026-03-04T09:15:00.000Z"
                             *     }
                             */
                            check: {
                                candidate: {
                                    external_id: string | null;
                                    /** Format: uuid */
                                    id: string;
                                };
                                candidate_url: string;
                                completed_at: string | null;
                                created_at: string;
                                external_id: string | null;
                                /** @description Fraud signals not yet reviewed. */
                                fraud_signal_count: number;
                                /** Format: uuid */
                                id: string;
                                job: {
                                    external_id: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                } | null;
                                referees: {
                                    answered_at: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @description How the candidate agreed to this referee, when they were named for the candidate. */
                                    named_consent: {
                                        api_key_id: string | null;
                                        confirmed_at: string;
                                        /** @enum {string} */
                                        method: "in_writing" | "verbally" | "in_application" | "other";
                                        note: string | null;
                                    } | null;
                                    /** @enum {string} */
                                    relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                    /** @enum {string} */
                                    status: "invited" | "opened" | "answered" | "declined" | "bounced";
                                }[];
                                referees_answered: number;
                                referees_wanted: number;
                                /** @description The report in Vouch (sign-in needed); set once completed. */
                                report_url: string | null;
                                /** @enum {string} */
                                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                                sub_account_id: string | null;
                                /** Format: uuid */
                                template_id: string;
                                updated_at: string;
                            };
                            fraud_signals: {
                                created_at: string;
                                kind: string;
                                referee_id: string | null;
                                reviewed: boolean;
                            }[];
                            generated_at: string;
                            questions: {
                                id: string;
                                label: string;
                                options: {
                                    id: string;
                                    label: string;
                                }[] | null;
                                section: string;
                                type: string;
                            }[];
                            rating_summaries: {
                                label: string;
                                mean: number | null;
                                question_id: string;
                                scale: number;
                                scores: {
                                    /** Format: uuid */
                                    referee_id: string;
                                    score: number | null;
                                }[];
                                spread: number | null;
                            }[];
                            responses: {
                                /** @description By question id. */
                                answers: {
                                    [key: string]: string | number | boolean | string[] | null;
                                };
                                referee: {
                                    answered_at: string | null;
                                    company: string | null;
                                    email: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                };
                                seconds_to_answer: number | null;
                            }[];
                            /** @description What a reader needs first: answers counted, the overall rating, would-rehire, disagreements, response times, verification. */
                            summary: {
                                /** @description Questions the referees disagree on, the widest first (at most five). */
                                disagreements: {
                                    high: {
                                        /** Format: uuid */
                                        referee_id: string;
                                        referee_name: string;
                                        /** @description The score, or the yes/no answer. */
                                        value: number | boolean;
                                    };
                                    /** @enum {string} */
                                    kind: "rating" | "yes_no";
                                    label: string;
                                    low: {
                                        /** Format: uuid */
                                        referee_id: string;
                                        referee_name: string;
                                        /** @description The score, or the yes/no answer. */
                                        value: number | boolean;
                                    };
                                    question_id: string;
                                    scale: number | null;
                                    /** @description Highest minus lowest score; null for yes/no. */
                                    spread: number | null;
                                }[];
                                /** @description The overall rating. */
                                overall: {
                                    /** @description All ratings averaged on `scale`; null without ratings. */
                                    mean: number | null;
                                    referees: {
                                        mean: number | null;
                                        /** Format: uuid */
                                        referee_id: string;
                                        referee_name: string;
                                    }[];
                                    /** @description The scale most rating questions use; every rating is put on it. */
                                    scale: number | null;
                                    /** @description Highest minus lowest referee mean; null with fewer than two. */
                                    spread: number | null;
                                };
                                referees_answered: number;
                                referees_bounced: number;
                                referees_declined: number;
                                referees_wanted: number;
                                /** @description The "would you hire them again" question (id `rehire`); null when the questionnaire has none. */
                                rehire: {
                                    label: string;
                                    no: number;
                                    unanswered: number;
                                    yes: number;
                                } | null;
                                /** @description Hours from each answering referee’s invitation to their answer. */
                                response_hours: {
                                    fastest: number | null;
                                    median: number | null;
                                    slowest: number | null;
                                };
                                /** @description How many named referees are in each verification state. */
                                verification: {
                                    count: number;
                                    /** @enum {string} */
                                    state: "work_email_matches_company" | "free_mail" | "unverified";
                                }[];
                                /** @description How many referees proved their work email or phone with a one-time code. */
                                verified_by_code: {
                                    email: number;
                                    phone: number;
                                };
                            };
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `not_found`: no such reference check for this API key (another company’s, or another sub-account’s for a sub-account key). */
                404: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference-checks/{id}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the report as PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The PDF file */
                200: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `not_found`: no such reference check for this API key (another company’s, or another sub-account’s for a sub-account key). */
                404: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference-checks/{id}/share-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the report’s share links */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                expires_at: string;
                                /** Format: uuid */
                                id: string;
                                last_opened_at: string | null;
                                /** @description How many times the link was opened. */
                                opens: number;
                                revoked_at: string | null;
                            }[];
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `not_found`: no such reference check for this API key (another company’s, or another sub-account’s for a sub-account key). */
                404: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a share link to the report
         * @description A signed link that opens the report read-only without signing in, until it expires or is revoked; each open is logged. Answers 409 `share_links_disabled` while report share links are turned off in the company settings.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID, say), 1–255 printable ASCII characters. A repeat with the same key, body and path within 24 hours gets the first answer again, with `Idempotent-Replayed: true`, and the work is done once. Only requests that began executing are kept: a 400, a 422 `unknown_id` or a 5xx frees the key. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 30 */
                        expires_in_days?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @example 2026-04-03T09:15:00.000Z
                             */
                            expires_at: string;
                            /** Format: uuid */
                            id: string;
                            url: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `not_found`: no such reference check for this API key (another company’s, or another sub-account’s for a sub-account key). */
                404: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `idempotency_in_progress`: the first request with this `Idempotency-Key` is still running; retry after `Retry-After` seconds. Or `share_links_disabled`: report share links are turned off. */
                409: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        /** @description With `idempotency_in_progress`: seconds to wait before retrying. */
                        "Retry-After"?: number;
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `payload_too_large`: the body is larger than 1 MB. */
                413: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unsupported_media_type`: send the body as `application/json`. */
                415: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `idempotency_key_reused`: this `Idempotency-Key` was used with another body or path; use a new key. `unknown_id`: an id in the body names nothing this API key can reach (`errors` names the field). */
                422: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference-checks/{id}/share-links/{linkId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a share link
         * @description The link stops working at once.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID, say), 1–255 printable ASCII characters. A repeat with the same key, body and path within 24 hours gets the first answer again, with `Idempotent-Replayed: true`, and the work is done once. Only requests that began executing are kept: a 400, a 422 `unknown_id` or a 5xx frees the key. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                    linkId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created_at: string;
                            expires_at: string;
                            /** Format: uuid */
                            id: string;
                            last_opened_at: string | null;
                            /** @description How many times the link was opened. */
                            opens: number;
                            revoked_at: string | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `not_found`: no such reference check or share link for this API key (another company’s, or another sub-account’s for a sub-account key). */
                404: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `idempotency_in_progress`: the first request with this `Idempotency-Key` is still running; retry after `Retry-After` seconds. */
                409: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        /** @description With `idempotency_in_progress`: seconds to wait before retrying. */
                        "Retry-After"?: number;
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `payload_too_large`: the body is larger than 1 MB. */
                413: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unsupported_media_type`: send the body as `application/json`. */
                415: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `idempotency_key_reused`: this `Idempotency-Key` was used with another body or path; use a new key. `unknown_id`: an id in the body names nothing this API key can reach (`errors` names the field). */
                422: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference-checks/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start several reference checks
         * @description The settings once and one entry per check (at most 100; more is a 400). Each entry starts as `POST /api/v1/reference-checks` would, in its own transaction: an entry that cannot start (a check already running, an `external_id` taken, no email for the channel) is skipped with the problem the single start would have answered, and the others still start. Answers 200 with one result per entry, in order. With an `Idempotency-Key` a repeat gets the first answer again.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID, say), 1–255 printable ASCII characters. A repeat with the same key, body and path within 24 hours gets the first answer again, with `Idempotent-Replayed: true`, and the work is done once. Only requests that began executing are kept: a 400, a 422 `unknown_id` or a 5xx frees the key. */
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description How messages go: `email`, `sms`, `email_and_sms` or `none`.
                         * @default email_and_sms
                         * @enum {string}
                         */
                        candidate_channel?: "email" | "sms" | "email_and_sms" | "none";
                        /** @description One entry per check to start, at most 100. */
                        checks: {
                            candidate: {
                                email?: string | null;
                                /** @description Your id for the candidate: matched first, then the email. */
                                external_id?: string | null;
                                first_name: string;
                                /**
                                 * @default en
                                 * @enum {string}
                                 */
                                language?: "en" | "sv";
                                last_name: string;
                                phone?: string | null;
                            };
                            /** @description Your own id for this check (recommended): list checks by it. */
                            external_id?: string | null;
                            job?: {
                                /** @description Your id for the job: an unknown one creates the job. */
                                external_id?: string | null;
                                title: string;
                            } | null;
                            /** @description Required with `referees` when `candidate_channel` is `none`: how the candidate agreed to them being contacted (`in_writing`, `verbally`, `in_application` or `other`, with an optional `note`). Missing: 400 `reference_check.named_consent_required` on `referee_consent`. */
                            referee_consent?: {
                                /** @enum {string} */
                                method: "in_writing" | "verbally" | "in_application" | "other";
                                note?: string | null;
                            } | null;
                            /** @description Referees you already know; with candidate channel `none`, give them here. */
                            referees?: {
                                company?: string | null;
                                email?: string | null;
                                /**
                                 * @default en
                                 * @enum {string}
                                 */
                                language?: "en" | "sv";
                                name: string;
                                /** @description A mobile number, best with the country code (E.164). */
                                phone?: string | null;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                /** @description When and where, in the candidate’s words. */
                                worked_together?: string | null;
                            }[];
                        }[];
                        /**
                         * @description How messages go: `email`, `sms`, `email_and_sms` or `none`.
                         * @default email_and_sms
                         * @enum {string}
                         */
                        referee_channel?: "email" | "sms" | "email_and_sms" | "none";
                        /** @default 3 */
                        referees_wanted?: number;
                        /** @description A sub-account key always uses its own sub-account. */
                        sub_account_id?: string | null;
                        /**
                         * Format: uuid
                         * @description A questionnaire from `GET /api/v1/templates`.
                         */
                        template_id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description One result per entry of `checks`, in order. */
                            results: {
                                /** @description The entry’s position in `checks`. */
                                index: number;
                                /** @description Why it was skipped, as the single start would have answered; null when started. */
                                problem: {
                                    /** @description A stable code to branch on, e.g. `validation_failed`, `not_found`, `conflict`. */
                                    code: string;
                                    /** @description What went wrong, for people and logs: in English unless `Accept-Language` asks for Swedish (`sv`). */
                                    detail?: string;
                                    /** @description One entry per field or query parameter, by its snake_case path (e.g. `referees.0.email`). */
                                    errors?: {
                                        field: string;
                                        message: string;
                                        params?: {
                                            [key: string]: unknown;
                                        };
                                        reason?: string;
                                    }[];
                                    /** @description The values the reason names, e.g. `{ "max": 500 }`. */
                                    params?: {
                                        [key: string]: unknown;
                                    };
                                    /** @description The specific reason within `code`, e.g. `reference_check.already_running`: stable, for showing the person a sentence in their language. */
                                    reason?: string;
                                    /**
                                     * Format: uuid
                                     * @description The running check, or the one with this external_id.
                                     */
                                    reference_check_id?: string;
                                    /** @description The request’s `X-Request-Id`: quote it to support. */
                                    request_id?: string;
                                    status: number;
                                    /** @description The HTTP status in words. */
                                    title: string;
                                    /** @description A URI naming the kind of problem; ends with `code`. */
                                    type: string;
                                } | null;
                                /** @description The started check; null when skipped. */
                                reference_check: {
                                    candidate: {
                                        external_id: string | null;
                                        /** Format: uuid */
                                        id: string;
                                    };
                                    candidate_url: string;
                                    completed_at: string | null;
                                    created_at: string;
                                    external_id: string | null;
                                    /** @description Fraud signals not yet reviewed. */
                                    fraud_signal_count: number;
                                    /** Format: uuid */
                                    id: string;
                                    job: {
                                        external_id: string | null;
                                        /** Format: uuid */
                                        id: string;
                                        title: string;
                                    } | null;
                                    referees: {
                                        answered_at: string | null;
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                        /** @description How the candidate agreed to this referee, when they were named for the candidate. */
                                        named_consent: {
                                            api_key_id: string | null;
                                            confirmed_at: string;
                                            /** @enum {string} */
                                            method: "in_writing" | "verbally" | "in_application" | "other";
                                            note: string | null;
                                        } | null;
                                        /** @enum {string} */
                                        relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                        /** @enum {string} */
                                        status: "invited" | "opened" | "answered" | "declined" | "bounced";
                                    }[];
                                    referees_answered: number;
                                    referees_wanted: number;
                                    /** @description The report in Vouch (sign-in needed); set once completed. */
                                    report_url: string | null;
                                    /** @enum {string} */
                                    status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                                    sub_account_id: string | null;
                                    /** Format: uuid */
                                    template_id: string;
                                    updated_at: string;
                                } | null;
                                /** @enum {string} */
                                status: "started" | "skipped";
                            }[];
                            skipped: number;
                            started: number;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `idempotency_in_progress`: the first request with this `Idempotency-Key` is still running; retry after `Retry-After` seconds. */
                409: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        /** @description With `idempotency_in_progress`: seconds to wait before retrying. */
                        "Retry-After"?: number;
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `payload_too_large`: the body is larger than 1 MB. */
                413: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unsupported_media_type`: send the body as `application/json`. */
                415: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `idempotency_key_reused`: this `Idempotency-Key` was used with another body or path; use a new key. `unknown_id`: an id in the body names nothing this API key can reach (`errors` names the field). Or `unknown_id`: `template_id` is not a questionnaire this key may use; or `unprocessable`: `sub_account_id` is not the API key’s sub-account, or the questionnaire is archived or another sub-account’s. */
                422: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List referrals
         * @description The referral board: oldest change first. Filter by `status`, `job_id` and `updated_since`; page with `?cursor=` and `next_cursor`. A cold prospect’s referrer is never given. Referrals belong to the whole company: a sub-account key answers 403.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The `next_cursor` of the previous page. */
                    cursor?: string;
                    job_id?: string;
                    /** @description At most this many items (1–200). */
                    limit?: number;
                    status?: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                    /** @description Only referrals changed at or after this time; the list runs oldest change first. */
                    updated_since?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                active: boolean;
                                /** @description The referred person; `id` is the candidate in Vouch once there is one. */
                                candidate: {
                                    email: string | null;
                                    first_name: string;
                                    id: string | null;
                                    last_name: string;
                                };
                                /**
                                 * Format: date-time
                                 * @example 2026-03-01T08:00:00.000Z
                                 */
                                created_at: string;
                                /** Format: uuid */
                                id: string;
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                } | null;
                                /** @description Who referred; always null for cold prospects, whose employee is never told. */
                                referrer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission" | "employee_referral" | "agent_submission" | "share_link";
                                /** @enum {string} */
                                status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                                /**
                                 * Format: date-time
                                 * @example 2026-03-04T09:15:00.000Z
                                 */
                                status_changed_at: string;
                                /**
                                 * Format: date-time
                                 * @example 2026-03-04T09:15:00.000Z
                                 */
                                updated_at: string;
                            }[];
                            /**
                             * @description Pass as `?cursor=` for the next page; null on the last page.
                             * @example null
                             */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a referral
         * @description A referral by one of your members (`referrer_email`), under the company’s referral policy: a person Vouch already knows (same email, or likely the same by phone, LinkedIn or name and company) is refused with 409 `referral.known_candidate` unless the policy accepts known candidates; someone another referrer owns answers 409 `referral.already_referred`; an agent over the limit per job 409 `referral.agent_limit`. The person gets a short email with a withdraw link. Send an `Idempotency-Key`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID, say), 1–255 printable ASCII characters. A repeat with the same key, body and path within 24 hours gets the first answer again, with `Idempotent-Replayed: true`, and the work is done once. Only requests that began executing are kept: a 400, a 422 `unknown_id` or a 5xx frees the key. */
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        candidate_aware?: boolean | null;
                        current_company?: string | null;
                        current_title?: string | null;
                        /** @description The referred person’s email: required, it keeps candidates unique. */
                        email: string;
                        first_name: string;
                        /** @description The open job referred to; none for a general referral (agents always name one). */
                        job_id?: string | null;
                        /**
                         * @description The language the person is emailed in; the referrer’s when left out.
                         * @enum {string}
                         */
                        language?: "en" | "sv";
                        last_name: string;
                        linkedin_url?: string | null;
                        /** @description Why they fit. */
                        note?: string | null;
                        /** @description Best with the country code (E.164). */
                        phone?: string | null;
                        /** @description The member of your company who refers (an employee, or an agency’s agent). */
                        referrer_email: string;
                        /** @description How the referrer knows the person. */
                        relationship?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @description The referred person; `id` is the candidate in Vouch once there is one. */
                            candidate: {
                                email: string | null;
                                first_name: string;
                                id: string | null;
                                last_name: string;
                            };
                            /**
                             * Format: date-time
                             * @example 2026-03-01T08:00:00.000Z
                             */
                            created_at: string;
                            /** Format: uuid */
                            id: string;
                            job: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            /** @description Who referred; always null for cold prospects, whose employee is never told. */
                            referrer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission" | "employee_referral" | "agent_submission" | "share_link";
                            /** @enum {string} */
                            status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                            /**
                             * Format: date-time
                             * @example 2026-03-04T09:15:00.000Z
                             */
                            status_changed_at: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-04T09:15:00.000Z
                             */
                            updated_at: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `idempotency_in_progress`: the first request with this `Idempotency-Key` is still running; retry after `Retry-After` seconds. */
                409: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        /** @description With `idempotency_in_progress`: seconds to wait before retrying. */
                        "Retry-After"?: number;
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `payload_too_large`: the body is larger than 1 MB. */
                413: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unsupported_media_type`: send the body as `application/json`. */
                415: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `idempotency_key_reused`: this `Idempotency-Key` was used with another body or path; use a new key. `unknown_id`: an id in the body names nothing this API key can reach (`errors` names the field). */
                422: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a referral
         * @description A referral on the board (an employee’s mark shows once a recruiter acts on it). A sub-account key answers 403, whether or not the id exists.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @description The referred person; `id` is the candidate in Vouch once there is one. */
                            candidate: {
                                email: string | null;
                                first_name: string;
                                id: string | null;
                                last_name: string;
                            };
                            /**
                             * Format: date-time
                             * @example 2026-03-01T08:00:00.000Z
                             */
                            created_at: string;
                            /** Format: uuid */
                            id: string;
                            job: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            /** @description Who referred; always null for cold prospects, whose employee is never told. */
                            referrer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission" | "employee_referral" | "agent_submission" | "share_link";
                            /** @enum {string} */
                            status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                            /**
                             * Format: date-time
                             * @example 2026-03-04T09:15:00.000Z
                             */
                            status_changed_at: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-04T09:15:00.000Z
                             */
                            updated_at: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `not_found`: no such referral for this API key (another company’s, or another sub-account’s for a sub-account key). */
                404: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sub-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sub-accounts
         * @description The company’s sub-accounts (brands); a sub-account key sees only its own.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The `next_cursor` of the previous page. */
                    cursor?: string;
                    /** @description At most this many items (1–200). */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @description Who candidates and referees see as the sender; null: the name. */
                                sender_name: string | null;
                            }[];
                            /**
                             * @description Pass as `?cursor=` for the next page; null on the last page.
                             * @example null
                             */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List questionnaires
         * @description Questionnaires a reference check may use (not archived). A sub-account key sees the company-wide ones and its own.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The `next_cursor` of the previous page. */
                    cursor?: string;
                    /** @description Only questionnaires in this language. */
                    language?: "en" | "sv";
                    /** @description At most this many items (1–200). */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                                /** @description The sub-account it belongs to; null: company-wide. */
                                sub_account_id: string | null;
                                /** @description The current version: a check pins the version it started with. */
                                version: number;
                            }[];
                            /**
                             * @description Pass as `?cursor=` for the next page; null on the last page.
                             * @example null
                             */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Newest first. Secrets are never listed. A sub-account key lists only the endpoints registered for its sub-account.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The `next_cursor` of the previous page. */
                    cursor?: string;
                    /** @description At most this many items (1–200). */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                description: string | null;
                                /** @description False once disabled by an admin or after 5 days of failed deliveries. */
                                enabled: boolean;
                                event_types: string[];
                                /** Format: uuid */
                                id: string;
                                url: string;
                            }[];
                            /**
                             * @description Pass as `?cursor=` for the next page; null on the last page.
                             * @example null
                             */
                            next_cursor: string | null;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register a webhook endpoint
         * @description Events are signed with the returned `secret` (Standard Webhooks). The secret is shown only in this response. An endpoint registered with a sub-account key belongs to that sub-account: it receives only the events of that sub-account’s reference checks, so it may subscribe to `reference_check.*` events only (422 otherwise).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Any unique string (a UUID, say), 1–255 printable ASCII characters. A repeat with the same key, body and path within 24 hours gets the first answer again, with `Idempotent-Replayed: true`, and the work is done once. Only requests that began executing are kept: a 400, a 422 `unknown_id` or a 5xx frees the key. */
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        /** @description The event types to receive (at least one). */
                        event_types: ("reference_check.created" | "reference_check.referee_named" | "reference_check.referee_answered" | "reference_check.referee_declined" | "reference_check.referee_bounced" | "reference_check.referee_expired" | "reference_check.completed" | "reference_check.cancelled" | "reference_check.expired" | "referral.created" | "referral.status_changed" | "bonus.eligible" | "bonus.paid")[];
                        /** @description Where events are POSTed (https; private addresses only if the company allows them). */
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created_at: string;
                            description: string | null;
                            /** @description False once disabled by an admin or after 5 days of failed deliveries. */
                            enabled: boolean;
                            event_types: string[];
                            /** Format: uuid */
                            id: string;
                            /** @description `whsec_…`: verify deliveries with it (Standard Webhooks). Shown only now. */
                            secret: string;
                            url: string;
                        };
                    };
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `idempotency_in_progress`: the first request with this `Idempotency-Key` is still running; retry after `Retry-After` seconds. */
                409: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        /** @description With `idempotency_in_progress`: seconds to wait before retrying. */
                        "Retry-After"?: number;
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `payload_too_large`: the body is larger than 1 MB. */
                413: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unsupported_media_type`: send the body as `application/json`. */
                415: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `idempotency_key_reused`: this `Idempotency-Key` was used with another body or path; use a new key. `unknown_id`: an id in the body names nothing this API key can reach (`errors` names the field). */
                422: {
                    headers: {
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Deliveries still waiting for it stop. A sub-account key deletes only its sub-account’s endpoints (404 for others).
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `validation_failed` or `bad_request`: the request is malformed. `errors` names each field or query parameter by its snake_case path; an unknown query parameter is refused too. */
                400: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unauthenticated`: no valid API key (missing, unknown, revoked or expired). Send `Authorization: Bearer vch_…`. */
                401: {
                    headers: {
                        "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `forbidden`: the API key lacks the scope this operation needs (`read` or `write`), or a sub-account key asked for company-wide data (referrals, creating candidates). */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `not_found`: no such webhook endpoint for this API key (another company’s, or another sub-account’s for a sub-account key). */
                404: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `payload_too_large`: the body is larger than 1 MB. */
                413: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `unsupported_media_type`: send the body as `application/json`. */
                415: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
                /** @description `rate_limited`: this API key made more requests this minute than its limit; retry after `Retry-After` seconds. */
                429: {
                    headers: {
                        "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                        "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                        "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                        "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                        "Retry-After": components["headers"]["Retry-After"];
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["V1Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "bonus.eligible": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A referral bonus's waiting period after the start date ended. */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event’s id: the same on every attempt, so drop a repeat you have seen. */
                    "webhook-id": string;
                    /** @description `v1,<base64>`: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>` (Standard Webhooks; verify with its libraries). Space-separated when more than one secret signs. */
                    "webhook-signature": string;
                    /** @description When this attempt was sent, in Unix seconds. */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A referral bonus's waiting period after the start date ended. */
                        data: {
                            /** @description Decimal amount, e.g. "10000.00"; null when the bonus is not money. */
                            amount: string | null;
                            candidate_id: string | null;
                            /** @description ISO 4217 code of `amount`. */
                            currency: string | null;
                            /** @description The day the waiting period ended (YYYY-MM-DD). */
                            eligible_on: string;
                            /**
                             * Format: uuid
                             * @description The bonus.
                             */
                            id: string;
                            job_id: string | null;
                            paid_amount: string | null;
                            /** @description Set for `bonus.paid` (YYYY-MM-DD). */
                            paid_on: string | null;
                            payroll_reference: string | null;
                            /**
                             * Format: uuid
                             * @description The referral: `GET /api/v1/referrals/{id}`.
                             */
                            referral_id: string;
                            /** @description The hire's start date (YYYY-MM-DD). */
                            start_date: string;
                            /** @enum {string} */
                            state: "pending" | "eligible" | "approved" | "paid" | "forfeited";
                            /** @description The tier's words, e.g. "SEK 10 000". */
                            value: string;
                        };
                        /**
                         * Format: date-time
                         * @description When the change happened (RFC 3339).
                         */
                        timestamp: string;
                        /** @constant */
                        type: "bonus.eligible";
                    };
                };
            };
            responses: {
                /** @description Received. Any other answer, or none within 10 s, is retried later. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "bonus.paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An admin marked a referral bonus paid. */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event’s id: the same on every attempt, so drop a repeat you have seen. */
                    "webhook-id": string;
                    /** @description `v1,<base64>`: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>` (Standard Webhooks; verify with its libraries). Space-separated when more than one secret signs. */
                    "webhook-signature": string;
                    /** @description When this attempt was sent, in Unix seconds. */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An admin marked a referral bonus paid. */
                        data: {
                            /** @description Decimal amount, e.g. "10000.00"; null when the bonus is not money. */
                            amount: string | null;
                            candidate_id: string | null;
                            /** @description ISO 4217 code of `amount`. */
                            currency: string | null;
                            /** @description The day the waiting period ended (YYYY-MM-DD). */
                            eligible_on: string;
                            /**
                             * Format: uuid
                             * @description The bonus.
                             */
                            id: string;
                            job_id: string | null;
                            paid_amount: string | null;
                            /** @description Set for `bonus.paid` (YYYY-MM-DD). */
                            paid_on: string | null;
                            payroll_reference: string | null;
                            /**
                             * Format: uuid
                             * @description The referral: `GET /api/v1/referrals/{id}`.
                             */
                            referral_id: string;
                            /** @description The hire's start date (YYYY-MM-DD). */
                            start_date: string;
                            /** @enum {string} */
                            state: "pending" | "eligible" | "approved" | "paid" | "forfeited";
                            /** @description The tier's words, e.g. "SEK 10 000". */
                            value: string;
                        };
                        /**
                         * Format: date-time
                         * @description When the change happened (RFC 3339).
                         */
                        timestamp: string;
                        /** @constant */
                        type: "bonus.paid";
                    };
                };
            };
            responses: {
                /** @description Received. Any other answer, or none within 10 s, is retried later. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "reference_check.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The check was cancelled; its links stopped working. */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event’s id: the same on every attempt, so drop a repeat you have seen. */
                    "webhook-id": string;
                    /** @description `v1,<base64>`: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>` (Standard Webhooks; verify with its libraries). Space-separated when more than one secret signs. */
                    "webhook-signature": string;
                    /** @description When this attempt was sent, in Unix seconds. */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The check was cancelled; its links stopped working. */
                        data: {
                            cancelled_at: string | null;
                            candidate: {
                                external_id: string | null;
                                /** Format: uuid */
                                id: string;
                            };
                            completed_at: string | null;
                            /** @description Your id for the check, as given when it was started. */
                            external_id: string | null;
                            /**
                             * Format: uuid
                             * @description The reference check: `GET /api/v1/reference-checks/{id}`.
                             */
                            id: string;
                            job_id: string | null;
                            referees_answered: number;
                            referees_wanted: number;
                            /** @description The report in Vouch (sign-in needed); only once completed. */
                            report_url?: string;
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            sub_account_id: string | null;
                        };
                        /**
                         * Format: date-time
                         * @description When the change happened (RFC 3339).
                         */
                        timestamp: string;
                        /** @constant */
                        type: "reference_check.cancelled";
                    };
                };
            };
            responses: {
                /** @description Received. Any other answer, or none within 10 s, is retried later. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "reference_check.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Every wanted referee answered, or a recruiter closed it. */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event’s id: the same on every attempt, so drop a repeat you have seen. */
                    "webhook-id": string;
                    /** @description `v1,<base64>`: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>` (Standard Webhooks; verify with its libraries). Space-separated when more than one secret signs. */
                    "webhook-signature": string;
                    /** @description When this attempt was sent, in Unix seconds. */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Every wanted referee answered, or a recruiter closed it. */
                        data: {
                            cancelled_at: string | null;
                            candidate: {
                                external_id: string | null;
                                /** Format: uuid */
                                id: string;
                            };
                            completed_at: string | null;
                            /** @description Your id for the check, as given when it was started. */
                            external_id: string | null;
                            /**
                             * Format: uuid
                             * @description The reference check: `GET /api/v1/reference-checks/{id}`.
                             */
                            id: string;
                            job_id: string | null;
                            referees_answered: number;
                            referees_wanted: number;
                            /** @description The report in Vouch (sign-in needed); only once completed. */
                            report_url?: string;
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            sub_account_id: string | null;
                        };
                        /**
                         * Format: date-time
                         * @description When the change happened (RFC 3339).
                         */
                        timestamp: string;
                        /** @constant */
                        type: "reference_check.completed";
                    };
                };
            };
            responses: {
                /** @description Received. Any other answer, or none within 10 s, is retried later. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "reference_check.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A reference check started (in Vouch or through the API). */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event’s id: the same on every attempt, so drop a repeat you have seen. */
                    "webhook-id": string;
                    /** @description `v1,<base64>`: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>` (Standard Webhooks; verify with its libraries). Space-separated when more than one secret signs. */
                    "webhook-signature": string;
                    /** @description When this attempt was sent, in Unix seconds. */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A reference check started (in Vouch or through the API). */
                        data: {
                            cancelled_at: string | null;
                            candidate: {
                                external_id: string | null;
                                /** Format: uuid */
                                id: string;
                            };
                            completed_at: string | null;
                            /** @description Your id for the check, as given when it was started. */
                            external_id: string | null;
                            /**
                             * Format: uuid
                             * @description The reference check: `GET /api/v1/reference-checks/{id}`.
                             */
                            id: string;
                            job_id: string | null;
                            referees_answered: number;
                            referees_wanted: number;
                            /** @description The report in Vouch (sign-in needed); only once completed. */
                            report_url?: string;
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            sub_account_id: string | null;
                        };
                        /**
                         * Format: date-time
                         * @description When the change happened (RFC 3339).
                         */
                        timestamp: string;
                        /** @constant */
                        type: "reference_check.created";
                    };
                };
            };
            responses: {
                /** @description Received. Any other answer, or none within 10 s, is retried later. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "reference_check.expired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The check ran out before it was completed. */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event’s id: the same on every attempt, so drop a repeat you have seen. */
                    "webhook-id": string;
                    /** @description `v1,<base64>`: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>` (Standard Webhooks; verify with its libraries). Space-separated when more than one secret signs. */
                    "webhook-signature": string;
                    /** @description When this attempt was sent, in Unix seconds. */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The check ran out before it was completed. */
                        data: {
                            cancelled_at: string | null;
                            candidate: {
                                external_id: string | null;
                                /** Format: uuid */
                                id: string;
                            };
                            completed_at: string | null;
                            /** @description Your id for the check, as given when it was started. */
                            external_id: string | null;
                            /**
                             * Format: uuid
                             * @description The reference check: `GET /api/v1/reference-checks/{id}`.
                             */
                            id: string;
                            job_id: string | null;
                            referees_answered: number;
                            referees_wanted: number;
                            /** @description The report in Vouch (sign-in needed); only once completed. */
                            report_url?: string;
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            sub_account_id: string | null;
                        };
                        /**
                         * Format: date-time
                         * @description When the change happened (RFC 3339).
                         */
                        timestamp: string;
                        /** @constant */
                        type: "reference_check.expired";
                    };
                };
            };
            responses: {
                /** @description Received. Any other answer, or none within 10 s, is retried later. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "reference_check.referee_answered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A referee submitted their answers (read them in the report; never in the event). */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event’s id: the same on every attempt, so drop a repeat you have seen. */
                    "webhook-id": string;
                    /** @description `v1,<base64>`: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>` (Standard Webhooks; verify with its libraries). Space-separated when more than one secret signs. */
                    "webhook-signature": string;
                    /** @description When this attempt was sent, in Unix seconds. */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A referee submitted their answers (read them in the report; never in the event). */
                        data: {
                            cancelled_at: string | null;
                            candidate: {
                                external_id: string | null;
                                /** Format: uuid */
                                id: string;
                            };
                            completed_at: string | null;
                            /** @description Your id for the check, as given when it was started. */
                            external_id: string | null;
                            /**
                             * Format: uuid
                             * @description The reference check: `GET /api/v1/reference-checks/{id}`.
                             */
                            id: string;
                            job_id: string | null;
                            referee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                            };
                            referees_answered: number;
                            referees_wanted: number;
                            /** @description The report in Vouch (sign-in needed); only once completed. */
                            report_url?: string;
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            sub_account_id: string | null;
                        };
                        /**
                         * Format: date-time
                         * @description When the change happened (RFC 3339).
                         */
                        timestamp: string;
                        /** @constant */
                        type: "reference_check.referee_answered";
                    };
                };
            };
            responses: {
                /** @description Received. Any other answer, or none within 10 s, is retried later. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "reference_check.referee_bounced": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A referee's invitation could not be delivered; the candidate is asked to correct it. */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event’s id: the same on every attempt, so drop a repeat you have seen. */
                    "webhook-id": string;
                    /** @description `v1,<base64>`: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>` (Standard Webhooks; verify with its libraries). Space-separated when more than one secret signs. */
                    "webhook-signature": string;
                    /** @description When this attempt was sent, in Unix seconds. */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A referee's invitation could not be delivered; the candidate is asked to correct it. */
                        data: {
                            cancelled_at: string | null;
                            candidate: {
                                external_id: string | null;
                                /** Format: uuid */
                                id: string;
                            };
                            completed_at: string | null;
                            /** @description Your id for the check, as given when it was started. */
                            external_id: string | null;
                            /**
                             * Format: uuid
                             * @description The reference check: `GET /api/v1/reference-checks/{id}`.
                             */
                            id: string;
                            job_id: string | null;
                            referee: {
                                /**
                                 * @description The invitation that could not be delivered.
                                 * @enum {string}
                                 */
                                channel: "email" | "sms";
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                            };
                            referees_answered: number;
                            referees_wanted: number;
                            /** @description The report in Vouch (sign-in needed); only once completed. */
                            report_url?: string;
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            sub_account_id: string | null;
                        };
                        /**
                         * Format: date-time
                         * @description When the change happened (RFC 3339).
                         */
                        timestamp: string;
                        /** @constant */
                        type: "reference_check.referee_bounced";
                    };
                };
            };
            responses: {
                /** @description Received. Any other answer, or none within 10 s, is retried later. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "reference_check.referee_declined": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A referee declined to give a reference. */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event’s id: the same on every attempt, so drop a repeat you have seen. */
                    "webhook-id": string;
                    /** @description `v1,<base64>`: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>` (Standard Webhooks; verify with its libraries). Space-separated when more than one secret signs. */
                    "webhook-signature": string;
                    /** @description When this attempt was sent, in Unix seconds. */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A referee declined to give a reference. */
                        data: {
                            cancelled_at: string | null;
                            candidate: {
                                external_id: string | null;
                                /** Format: uuid */
                                id: string;
                            };
                            completed_at: string | null;
                            /** @description Your id for the check, as given when it was started. */
                            external_id: string | null;
                            /**
                             * Format: uuid
                             * @description The reference check: `GET /api/v1/reference-checks/{id}`.
                             */
                            id: string;
                            job_id: string | null;
                            referee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                            };
                            referees_answered: number;
                            referees_wanted: number;
                            /** @description The report in Vouch (sign-in needed); only once completed. */
                            report_url?: string;
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            sub_account_id: string | null;
                        };
                        /**
                         * Format: date-time
                         * @description When the change happened (RFC 3339).
                         */
                        timestamp: string;
                        /** @constant */
                        type: "reference_check.referee_declined";
                    };
                };
            };
            responses: {
                /** @description Received. Any other answer, or none within 10 s, is retried later. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "reference_check.referee_expired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A referee was still waiting when the check's links ran out. */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event’s id: the same on every attempt, so drop a repeat you have seen. */
                    "webhook-id": string;
                    /** @description `v1,<base64>`: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>` (Standard Webhooks; verify with its libraries). Space-separated when more than one secret signs. */
                    "webhook-signature": string;
                    /** @description When this attempt was sent, in Unix seconds. */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A referee was still waiting when the check's links ran out. */
                        data: {
                            cancelled_at: string | null;
                            candidate: {
                                external_id: string | null;
                                /** Format: uuid */
                                id: string;
                            };
                            completed_at: string | null;
                            /** @description Your id for the check, as given when it was started. */
                            external_id: string | null;
                            /**
                             * Format: uuid
                             * @description The reference check: `GET /api/v1/reference-checks/{id}`.
                             */
                            id: string;
                            job_id: string | null;
                            referee: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                            };
                            referees_answered: number;
                            referees_wanted: number;
                            /** @description The report in Vouch (sign-in needed); only once completed. */
                            report_url?: string;
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            sub_account_id: string | null;
                        };
                        /**
                         * Format: date-time
                         * @description When the change happened (RFC 3339).
                         */
                        timestamp: string;
                        /** @constant */
                        type: "reference_check.referee_expired";
                    };
                };
            };
            responses: {
                /** @description Received. Any other answer, or none within 10 s, is retried later. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "reference_check.referee_named": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A referee was named for the check. */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event’s id: the same on every attempt, so drop a repeat you have seen. */
                    "webhook-id": string;
                    /** @description `v1,<base64>`: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>` (Standard Webhooks; verify with its libraries). Space-separated when more than one secret signs. */
                    "webhook-signature": string;
                    /** @description When this attempt was sent, in Unix seconds. */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A referee was named for the check. */
                        data: {
                            cancelled_at: string | null;
                            candidate: {
                                external_id: string | null;
                                /** Format: uuid */
                                id: string;
                            };
                            completed_at: string | null;
                            /** @description Your id for the check, as given when it was started. */
                            external_id: string | null;
                            /**
                             * Format: uuid
                             * @description The reference check: `GET /api/v1/reference-checks/{id}`.
                             */
                            id: string;
                            job_id: string | null;
                            referee: {
                                /**
                                 * @description Who named the referee.
                                 * @enum {string}
                                 */
                                added_by: "candidate" | "recruiter" | "api";
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                            };
                            referees_answered: number;
                            referees_wanted: number;
                            /** @description The report in Vouch (sign-in needed); only once completed. */
                            report_url?: string;
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            sub_account_id: string | null;
                        };
                        /**
                         * Format: date-time
                         * @description When the change happened (RFC 3339).
                         */
                        timestamp: string;
                        /** @constant */
                        type: "reference_check.referee_named";
                    };
                };
            };
            responses: {
                /** @description Received. Any other answer, or none within 10 s, is retried later. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "referral.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A referral reached the board. */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event’s id: the same on every attempt, so drop a repeat you have seen. */
                    "webhook-id": string;
                    /** @description `v1,<base64>`: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>` (Standard Webhooks; verify with its libraries). Space-separated when more than one secret signs. */
                    "webhook-signature": string;
                    /** @description When this attempt was sent, in Unix seconds. */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A referral reached the board. */
                        data: {
                            candidate_id: string | null;
                            /**
                             * Format: uuid
                             * @description The referral: `GET /api/v1/referrals/{id}`.
                             */
                            id: string;
                            job_id: string | null;
                            /** @description Null for `referral.created`. */
                            previous_status: ("passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn") | null;
                            /** @enum {string} */
                            source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission" | "employee_referral" | "agent_submission" | "share_link";
                            /** @enum {string} */
                            status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                        };
                        /**
                         * Format: date-time
                         * @description When the change happened (RFC 3339).
                         */
                        timestamp: string;
                        /** @constant */
                        type: "referral.created";
                    };
                };
            };
            responses: {
                /** @description Received. Any other answer, or none within 10 s, is retried later. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "referral.status_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A referral moved to another status. */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event’s id: the same on every attempt, so drop a repeat you have seen. */
                    "webhook-id": string;
                    /** @description `v1,<base64>`: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>` (Standard Webhooks; verify with its libraries). Space-separated when more than one secret signs. */
                    "webhook-signature": string;
                    /** @description When this attempt was sent, in Unix seconds. */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A referral moved to another status. */
                        data: {
                            candidate_id: string | null;
                            /**
                             * Format: uuid
                             * @description The referral: `GET /api/v1/referrals/{id}`.
                             */
                            id: string;
                            job_id: string | null;
                            /** @description Null for `referral.created`. */
                            previous_status: ("passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn") | null;
                            /** @enum {string} */
                            source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission" | "employee_referral" | "agent_submission" | "share_link";
                            /** @enum {string} */
                            status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                        };
                        /**
                         * Format: date-time
                         * @description When the change happened (RFC 3339).
                         */
                        timestamp: string;
                        /** @constant */
                        type: "referral.status_changed";
                    };
                };
            };
            responses: {
                /** @description Received. Any other answer, or none within 10 s, is retried later. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sent by "Send test event" to one endpoint, whatever it subscribed to. */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event’s id: the same on every attempt, so drop a repeat you have seen. */
                    "webhook-id": string;
                    /** @description `v1,<base64>`: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>` (Standard Webhooks; verify with its libraries). Space-separated when more than one secret signs. */
                    "webhook-signature": string;
                    /** @description When this attempt was sent, in Unix seconds. */
                    "webhook-timestamp": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Sent by "Send test event" to one endpoint, whatever it subscribed to. */
                        data: {
                            /** Format: uuid */
                            endpoint_id: string;
                            message: string;
                        };
                        /**
                         * Format: date-time
                         * @description When the change happened (RFC 3339).
                         */
                        timestamp: string;
                        /** @constant */
                        type: "webhook.test";
                    };
                };
            };
            responses: {
                /** @description Received. Any other answer, or none within 10 s, is retried later. */
                "2XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        V1CandidateConflictProblem: {
            /** @description The candidate who already has this email (`email_taken`) or external_id (`external_id_taken`). */
            candidate_id?: string | null;
            /** @description A stable code to branch on, e.g. `validation_failed`, `not_found`, `conflict`. */
            code: string;
            /** @description What went wrong, for people and logs: in English unless `Accept-Language` asks for Swedish (`sv`). */
            detail?: string;
            /** @description One entry per field or query parameter, by its snake_case path (e.g. `referees.0.email`). */
            errors?: {
                field: string;
                message: string;
                params?: {
                    [key: string]: unknown;
                };
                reason?: string;
            }[];
            /** @description The values the reason names, e.g. `{ "max": 500 }`. */
            params?: {
                [key: string]: unknown;
            };
            /** @description The specific reason within `code`, e.g. `reference_check.already_running`: stable, for showing the person a sentence in their language. */
            reason?: string;
            /** @description The request’s `X-Request-Id`: quote it to support. */
            request_id?: string;
            status: number;
            /** @description The HTTP status in words. */
            title: string;
            /** @description A URI naming the kind of problem; ends with `code`. */
            type: string;
        };
        V1CheckConflictProblem: {
            /** @description A stable code to branch on, e.g. `validation_failed`, `not_found`, `conflict`. */
            code: string;
            /** @description What went wrong, for people and logs: in English unless `Accept-Language` asks for Swedish (`sv`). */
            detail?: string;
            /** @description One entry per field or query parameter, by its snake_case path (e.g. `referees.0.email`). */
            errors?: {
                field: string;
                message: string;
                params?: {
                    [key: string]: unknown;
                };
                reason?: string;
            }[];
            /** @description The values the reason names, e.g. `{ "max": 500 }`. */
            params?: {
                [key: string]: unknown;
            };
            /** @description The specific reason within `code`, e.g. `reference_check.already_running`: stable, for showing the person a sentence in their language. */
            reason?: string;
            /**
             * Format: uuid
             * @description The running check (`conflict`) or the one with this external_id (`external_id_taken`); left out when it belongs to a sub-account this key does not see.
             */
            reference_check_id?: string;
            /** @description The request’s `X-Request-Id`: quote it to support. */
            request_id?: string;
            status: number;
            /** @description The HTTP status in words. */
            title: string;
            /** @description A URI naming the kind of problem; ends with `code`. */
            type: string;
        };
        /**
         * @example {
         *       "type": "https://vouch.example/problems/validation_failed",
         *       "title": "Bad request",
         *       "status": 400,
         *       "code": "validation_failed",
         *       "detail": "candidate.email: Not a valid email address",
         *       "errors": [
         *         {
         *           "field": "candidate.email",
         *           "message": "Not a valid email address"
         *         }
         *       ],
         *       "request_id": "0b7c2a1e-4d5f-4a6b-9c8d-7e6f5a4b3c2d"
         *     }
         */
        V1Problem: {
            /** @description A stable code to branch on, e.g. `validation_failed`, `not_found`, `conflict`. */
            code: string;
            /** @description What went wrong, for people and logs: in English unless `Accept-Language` asks for Swedish (`sv`). */
            detail?: string;
            /** @description One entry per field or query parameter, by its snake_case path (e.g. `referees.0.email`). */
            errors?: {
                field: string;
                message: string;
                params?: {
                    [key: string]: unknown;
                };
                reason?: string;
            }[];
            /** @description The values the reason names, e.g. `{ "max": 500 }`. */
            params?: {
                [key: string]: unknown;
            };
            /** @description The specific reason within `code`, e.g. `reference_check.already_running`: stable, for showing the person a sentence in their language. */
            reason?: string;
            /** @description The request’s `X-Request-Id`: quote it to support. */
            request_id?: string;
            status: number;
            /** @description The HTTP status in words. */
            title: string;
            /** @description A URI naming the kind of problem; ends with `code`. */
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key. */
        "Idempotent-Replayed": "true";
        /** @description Requests this API key may make in the current window. */
        "RateLimit-Limit": number;
        /** @description The limit of this API key: `<requests>;w=<seconds>`, e.g. `600;w=60`. */
        "RateLimit-Policy": string;
        /** @description Requests left in the current window. */
        "RateLimit-Remaining": number;
        /** @description Seconds until the window starts afresh. */
        "RateLimit-Reset": number;
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
        /** @description How to authenticate: `Bearer realm="Vouch API"` (RFC 6750). */
        "WWW-Authenticate": string;
        /** @description This request’s id, also `request_id` in a problem: quote it to support. */
        "X-Request-Id": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
