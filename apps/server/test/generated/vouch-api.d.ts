/**
 * Generated from the OpenAPI document of /api/v1 by `npm run api:types -w @vouch/server`. Do not edit:
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
         * @description The duplicate rules of Vouch apply: an email already in use answers 409 `email_taken` with the existing candidate’s id as `candidate_id` in the problem; likely duplicates (same phone, LinkedIn profile, or name at the same company) are created and listed in `possible_duplicates`. Candidates belong to the whole company: a sub-account key answers 403 here and names its candidate when it starts a reference check instead.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The candidate who already has this email. */
                            candidate_id?: string | null;
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Start a reference check
         * @description Finds the candidate by `candidate.external_id`, then by email, or creates them; finds the job by `job.external_id` or creates it; then asks the candidate for referees by the candidate channel. One running check per candidate and job (409 otherwise). With a sub-account key the check belongs to its sub-account, and `template_id` must be a company-wide questionnaire or one of that sub-account’s.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
         * @description Questions, every answering referee’s answers, rating summaries and fraud signals.
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
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                header?: never;
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                header?: never;
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                                source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission";
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                            source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission";
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        /** @description The event types to receive (at least one). */
                        event_types: ("reference_check.created" | "reference_check.referee_named" | "reference_check.referee_answered" | "reference_check.referee_declined" | "reference_check.referee_bounced" | "reference_check.referee_expired" | "reference_check.completed" | "reference_check.cancelled" | "reference_check.expired" | "referral.created" | "referral.status_changed")[];
                        /** @description Where events are POSTed (https; private addresses only if the company allows them). */
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
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
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail?: string;
                            errors?: {
                                field: string;
                                message: string;
                            }[];
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        WebhookEvent_reference_check_cancelled: {
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
                /** Format: uuid */
                id: string;
                job_id: string | null;
                referees_answered: number;
                referees_wanted: number;
                /** @description Where the report opens in Vouch; once the check is completed. */
                report_url?: string;
                /** @enum {string} */
                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                sub_account_id: string | null;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "reference_check.cancelled";
        };
        WebhookEvent_reference_check_cancelledInput: {
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
                /** Format: uuid */
                id: string;
                job_id: string | null;
                referees_answered: number;
                referees_wanted: number;
                /** @description Where the report opens in Vouch; once the check is completed. */
                report_url?: string;
                /** @enum {string} */
                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                sub_account_id: string | null;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "reference_check.cancelled";
        };
        WebhookEvent_reference_check_completed: {
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
                /** Format: uuid */
                id: string;
                job_id: string | null;
                referees_answered: number;
                referees_wanted: number;
                /** @description Where the report opens in Vouch; once the check is completed. */
                report_url?: string;
                /** @enum {string} */
                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                sub_account_id: string | null;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "reference_check.completed";
        };
        WebhookEvent_reference_check_completedInput: {
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
                /** Format: uuid */
                id: string;
                job_id: string | null;
                referees_answered: number;
                referees_wanted: number;
                /** @description Where the report opens in Vouch; once the check is completed. */
                report_url?: string;
                /** @enum {string} */
                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                sub_account_id: string | null;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "reference_check.completed";
        };
        WebhookEvent_reference_check_created: {
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
                /** Format: uuid */
                id: string;
                job_id: string | null;
                referees_answered: number;
                referees_wanted: number;
                /** @description Where the report opens in Vouch; once the check is completed. */
                report_url?: string;
                /** @enum {string} */
                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                sub_account_id: string | null;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "reference_check.created";
        };
        WebhookEvent_reference_check_createdInput: {
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
                /** Format: uuid */
                id: string;
                job_id: string | null;
                referees_answered: number;
                referees_wanted: number;
                /** @description Where the report opens in Vouch; once the check is completed. */
                report_url?: string;
                /** @enum {string} */
                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                sub_account_id: string | null;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "reference_check.created";
        };
        WebhookEvent_reference_check_expired: {
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
                /** Format: uuid */
                id: string;
                job_id: string | null;
                referees_answered: number;
                referees_wanted: number;
                /** @description Where the report opens in Vouch; once the check is completed. */
                report_url?: string;
                /** @enum {string} */
                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                sub_account_id: string | null;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "reference_check.expired";
        };
        WebhookEvent_reference_check_expiredInput: {
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
                /** Format: uuid */
                id: string;
                job_id: string | null;
                referees_answered: number;
                referees_wanted: number;
                /** @description Where the report opens in Vouch; once the check is completed. */
                report_url?: string;
                /** @enum {string} */
                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                sub_account_id: string | null;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "reference_check.expired";
        };
        WebhookEvent_reference_check_referee_answered: {
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
                /** Format: uuid */
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
                /** @description Where the report opens in Vouch; once the check is completed. */
                report_url?: string;
                /** @enum {string} */
                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                sub_account_id: string | null;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "reference_check.referee_answered";
        };
        WebhookEvent_reference_check_referee_answeredInput: {
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
                /** Format: uuid */
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
                /** @description Where the report opens in Vouch; once the check is completed. */
                report_url?: string;
                /** @enum {string} */
                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                sub_account_id: string | null;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "reference_check.referee_answered";
        };
        WebhookEvent_reference_check_referee_bounced: {
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
                /** Format: uuid */
                id: string;
                job_id: string | null;
                referee: {
                    /**
                     * @description The invitation that could not be delivered.
                     * @enum {string}
                     */
                    channel: "email";
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** @enum {string} */
                    relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                };
                referees_answered: number;
                referees_wanted: number;
                /** @description Where the report opens in Vouch; once the check is completed. */
                report_url?: string;
                /** @enum {string} */
                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                sub_account_id: string | null;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "reference_check.referee_bounced";
        };
        WebhookEvent_reference_check_referee_bouncedInput: {
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
                /** Format: uuid */
                id: string;
                job_id: string | null;
                referee: {
                    /**
                     * @description The invitation that could not be delivered.
                     * @enum {string}
                     */
                    channel: "email";
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** @enum {string} */
                    relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                };
                referees_answered: number;
                referees_wanted: number;
                /** @description Where the report opens in Vouch; once the check is completed. */
                report_url?: string;
                /** @enum {string} */
                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                sub_account_id: string | null;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "reference_check.referee_bounced";
        };
        WebhookEvent_reference_check_referee_declined: {
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
                /** Format: uuid */
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
                /** @description Where the report opens in Vouch; once the check is completed. */
                report_url?: string;
                /** @enum {string} */
                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                sub_account_id: string | null;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "reference_check.referee_declined";
        };
        WebhookEvent_reference_check_referee_declinedInput: {
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
                /** Format: uuid */
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
                /** @description Where the report opens in Vouch; once the check is completed. */
                report_url?: string;
                /** @enum {string} */
                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                sub_account_id: string | null;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "reference_check.referee_declined";
        };
        WebhookEvent_reference_check_referee_expired: {
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
                /** Format: uuid */
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
                /** @description Where the report opens in Vouch; once the check is completed. */
                report_url?: string;
                /** @enum {string} */
                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                sub_account_id: string | null;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "reference_check.referee_expired";
        };
        WebhookEvent_reference_check_referee_expiredInput: {
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
                /** Format: uuid */
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
                /** @description Where the report opens in Vouch; once the check is completed. */
                report_url?: string;
                /** @enum {string} */
                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                sub_account_id: string | null;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "reference_check.referee_expired";
        };
        WebhookEvent_reference_check_referee_named: {
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
                /** Format: uuid */
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
                /** @description Where the report opens in Vouch; once the check is completed. */
                report_url?: string;
                /** @enum {string} */
                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                sub_account_id: string | null;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "reference_check.referee_named";
        };
        WebhookEvent_reference_check_referee_namedInput: {
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
                /** Format: uuid */
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
                /** @description Where the report opens in Vouch; once the check is completed. */
                report_url?: string;
                /** @enum {string} */
                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                sub_account_id: string | null;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "reference_check.referee_named";
        };
        WebhookEvent_referral_created: {
            data: {
                candidate_id: string | null;
                /** Format: uuid */
                id: string;
                job_id: string | null;
                previous_status: ("passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn") | null;
                /** @enum {string} */
                source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission";
                /** @enum {string} */
                status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "referral.created";
        };
        WebhookEvent_referral_createdInput: {
            data: {
                candidate_id: string | null;
                /** Format: uuid */
                id: string;
                job_id: string | null;
                previous_status: ("passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn") | null;
                /** @enum {string} */
                source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission";
                /** @enum {string} */
                status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "referral.created";
        };
        WebhookEvent_referral_status_changed: {
            data: {
                candidate_id: string | null;
                /** Format: uuid */
                id: string;
                job_id: string | null;
                previous_status: ("passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn") | null;
                /** @enum {string} */
                source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission";
                /** @enum {string} */
                status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "referral.status_changed";
        };
        WebhookEvent_referral_status_changedInput: {
            data: {
                candidate_id: string | null;
                /** Format: uuid */
                id: string;
                job_id: string | null;
                previous_status: ("passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn") | null;
                /** @enum {string} */
                source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission";
                /** @enum {string} */
                status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "referral.status_changed";
        };
        WebhookEvent_webhook_test: {
            data: {
                /** Format: uuid */
                endpoint_id: string;
                message: string;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "webhook.test";
        };
        WebhookEvent_webhook_testInput: {
            data: {
                /** Format: uuid */
                endpoint_id: string;
                message: string;
            };
            /** @description When the change happened */
            timestamp: string;
            /** @constant */
            type: "webhook.test";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
