/**
 * Generated from the OpenAPI document of the app (/api/openapi.json), without /api/v1, by `npm run api:types -w @vouch/server`. Do not edit:
 * apps/server/test/api-types.test.ts (and `npm run api:types -w @vouch/server -- --check`) fails when this file no longer matches the API.
 */

export interface paths {
    "/api/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            items: {
                                agentCount: number;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
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
                        name: string;
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
                            agentCount: number;
                            /** Format: uuid */
                            id: string;
                            name: string;
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
    "/api/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    action?: "report.viewed" | "cv.viewed" | "data.exported" | "member.role_changed" | "member.deactivated" | "member.reactivated" | "api_key.created" | "api_key.revoked" | "webhook_endpoint.created" | "webhook_endpoint.updated" | "webhook_endpoint.deleted" | "webhook_endpoint.secret_rotated" | "webhook_endpoint.disabled" | "auth.signed_in" | "auth.sign_in_failed" | "auth.password_reset" | "link.copied" | "person.export_requested" | "person.export_downloaded" | "contacts.deleted" | "person.erased" | "retention.extended" | "consent.withdrawn" | "erasure.requested" | "erasure.kept" | "audit.retention_changed";
                    actorId?: string;
                    cursor?: string;
                    from?: string;
                    limit?: number;
                    targetId?: string;
                    targetKind?: "reference_check" | "referee" | "candidate" | "candidate_file" | "membership" | "user" | "api_key" | "webhook_endpoint" | "export" | "company" | "contact" | "erasure_receipt" | "contact_import" | "erasure_request";
                    to?: string;
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
                            items: {
                                action: string;
                                actor: {
                                    id: string | null;
                                    /** @enum {string} */
                                    kind: "member" | "user" | "api_key" | "system";
                                };
                                createdAt: string;
                                detail: {
                                    [key: string]: string | number | boolean | null;
                                };
                                /** Format: uuid */
                                id: string;
                                ip: string | null;
                                target: {
                                    /** Format: uuid */
                                    id: string;
                                    kind: string;
                                } | null;
                            }[];
                            nextCursor: string | null;
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
    "/api/audit-log/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    action?: "report.viewed" | "cv.viewed" | "data.exported" | "member.role_changed" | "member.deactivated" | "member.reactivated" | "api_key.created" | "api_key.revoked" | "webhook_endpoint.created" | "webhook_endpoint.updated" | "webhook_endpoint.deleted" | "webhook_endpoint.secret_rotated" | "webhook_endpoint.disabled" | "auth.signed_in" | "auth.sign_in_failed" | "auth.password_reset" | "link.copied" | "person.export_requested" | "person.export_downloaded" | "contacts.deleted" | "person.erased" | "retention.extended" | "consent.withdrawn" | "erasure.requested" | "erasure.kept" | "audit.retention_changed";
                    actorId?: string;
                    from?: string;
                    targetId?: string;
                    targetKind?: "reference_check" | "referee" | "candidate" | "candidate_file" | "membership" | "user" | "api_key" | "webhook_endpoint" | "export" | "company" | "contact" | "erasure_receipt" | "contact_import" | "erasure_request";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV, at most 10000 entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
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
    "/api/audit-log/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            retentionYears: number;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        retentionYears: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            retentionYears: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demoResetPath?: string;
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/auth/invites/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
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
                            companyName: string;
                            email: string;
                            hasAccount: boolean;
                            name: string | null;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
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
    "/api/auth/invites/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        name: string;
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agencyName: string | null;
                            /** Format: uuid */
                            companyId: string;
                            companyName: string;
                            csrfToken: string;
                            departmentIds: string[];
                            email: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            /** Format: uuid */
                            membershipId: string;
                            memberships: {
                                /** Format: uuid */
                                companyId: string;
                                companyName: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            }[];
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            /** Format: uuid */
                            userId: string;
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
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            agencyName: string | null;
                            /** Format: uuid */
                            companyId: string;
                            companyName: string;
                            csrfToken: string;
                            departmentIds: string[];
                            email: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            /** Format: uuid */
                            membershipId: string;
                            memberships: {
                                /** Format: uuid */
                                companyId: string;
                                companyName: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            }[];
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            /** Format: uuid */
                            userId: string;
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
    "/api/auth/new-company": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Open sign-up (`SIGNUP=open`, else 404): emails a link that creates the company when used. */
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
                        companyName: string;
                        email: string;
                        /**
                         * @default en
                         * @enum {string}
                         */
                        language?: "en" | "sv";
                        name: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demoLink: string | null;
                            email: string;
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
    "/api/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agencyName: string | null;
                            /** Format: uuid */
                            companyId: string;
                            companyName: string;
                            csrfToken: string;
                            departmentIds: string[];
                            email: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            /** Format: uuid */
                            membershipId: string;
                            memberships: {
                                /** Format: uuid */
                                companyId: string;
                                companyName: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            }[];
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            /** Format: uuid */
                            userId: string;
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
    "/api/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        code: string;
                        email: string;
                        name: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demoLink: string | null;
                            email: string;
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
    "/api/auth/signup/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
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
                            companyName: string;
                            domains: string[];
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
    "/api/auth/switch-company": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        /** Format: uuid */
                        companyId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agencyName: string | null;
                            /** Format: uuid */
                            companyId: string;
                            companyName: string;
                            csrfToken: string;
                            departmentIds: string[];
                            email: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            /** Format: uuid */
                            membershipId: string;
                            memberships: {
                                /** Format: uuid */
                                companyId: string;
                                companyName: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            }[];
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            /** Format: uuid */
                            userId: string;
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
    "/api/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agencyName: string | null;
                            /** Format: uuid */
                            companyId: string;
                            companyName: string;
                            csrfToken: string;
                            departmentIds: string[];
                            email: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            /** Format: uuid */
                            membershipId: string;
                            memberships: {
                                /** Format: uuid */
                                companyId: string;
                                companyName: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            }[];
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            /** Format: uuid */
                            userId: string;
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
    "/api/auth/verify-email/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
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
                            companyName: string;
                            email: string;
                            /** @enum {string} */
                            purpose: "join" | "new_company" | "first_company";
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
    "/api/bonus-tiers/visible": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            items: {
                                description: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                value: string;
                            }[];
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
    "/api/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    jobId?: string;
                    limit?: number;
                    q?: string;
                    skill?: string;
                    sort?: "updated_desc" | "updated_asc" | "name_asc" | "name_desc" | "created_desc";
                    stepId?: string;
                    tag?: string;
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
                            items: {
                                currentCompany: string | null;
                                currentTitle: string | null;
                                email: string | null;
                                firstName: string;
                                /** Format: uuid */
                                id: string;
                                lastName: string;
                                location: string | null;
                                placements: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    jobId: string;
                                    jobTitle: string;
                                    /** Format: uuid */
                                    stepId: string;
                                    stepName: string;
                                }[];
                                referenceCheck: {
                                    answered: number;
                                    attention: ("referee_declined" | "referee_bounced" | "referee_silent" | "candidate_silent" | "candidate_unreachable") | null;
                                    bounced: number;
                                    declined: number;
                                    fraudSignals: number;
                                    /** Format: uuid */
                                    id: string;
                                    refereesWanted: number;
                                    requested: number;
                                    /** @enum {string} */
                                    status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                                    updatedAt: string;
                                } | null;
                                referenceCheckStall: ("candidate_no_email" | "candidate_no_phone" | "candidate_no_contact") | null;
                                skills: string[];
                                tags: string[];
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
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
                        currentCompany?: string | null;
                        currentTitle?: string | null;
                        email?: (string | "") | null;
                        firstName: string;
                        /**
                         * @default en
                         * @enum {string}
                         */
                        language?: "en" | "sv";
                        lastName: string;
                        linkedinUrl?: string | null;
                        location?: string | null;
                        notes?: string | null;
                        phone?: string | null;
                        placement?: {
                            /** Format: uuid */
                            jobId: string;
                            /** Format: uuid */
                            stepId?: string;
                        };
                        /** @default [] */
                        skills?: string[];
                        /** @default [] */
                        tags?: string[];
                        workHistory?: {
                            companyName: string;
                            endDate?: string | null;
                            startDate?: string | null;
                            title?: string | null;
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
                                createdAt: string;
                                currentCompany: string | null;
                                currentTitle: string | null;
                                education: {
                                    degree: string | null;
                                    endDate: string | null;
                                    fieldOfStudy: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    schoolName: string;
                                    startDate: string | null;
                                }[];
                                email: string | null;
                                firstName: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "en" | "sv";
                                lastName: string;
                                linkedinUrl: string | null;
                                location: string | null;
                                notes: string | null;
                                phone: string | null;
                                placements: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    jobId: string;
                                    /** @enum {string} */
                                    jobStatus: "open" | "archived";
                                    jobTitle: string;
                                    referenceCheck?: {
                                        /** Format: uuid */
                                        checkId?: string;
                                        /** Format: uuid */
                                        completedCheckId?: string;
                                        problem?: string;
                                        started: boolean;
                                    };
                                    /** Format: uuid */
                                    stepId: string;
                                    stepName: string;
                                    updatedAt: string;
                                }[];
                                skills: string[];
                                tags: string[];
                                updatedAt: string;
                                workHistory: {
                                    companyName: string;
                                    endDate: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    startDate: string | null;
                                    title: string | null;
                                }[];
                            };
                            duplicates: {
                                /** Format: uuid */
                                candidateId: string;
                                name: string;
                                /** @enum {string} */
                                reason: "email" | "phone" | "linkedin" | "name_company";
                            }[];
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
    "/api/candidates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            createdAt: string;
                            currentCompany: string | null;
                            currentTitle: string | null;
                            education: {
                                degree: string | null;
                                endDate: string | null;
                                fieldOfStudy: string | null;
                                /** Format: uuid */
                                id: string;
                                schoolName: string;
                                startDate: string | null;
                            }[];
                            email: string | null;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            lastName: string;
                            linkedinUrl: string | null;
                            location: string | null;
                            notes: string | null;
                            phone: string | null;
                            placements: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                jobId: string;
                                /** @enum {string} */
                                jobStatus: "open" | "archived";
                                jobTitle: string;
                                referenceCheck?: {
                                    /** Format: uuid */
                                    checkId?: string;
                                    /** Format: uuid */
                                    completedCheckId?: string;
                                    problem?: string;
                                    started: boolean;
                                };
                                /** Format: uuid */
                                stepId: string;
                                stepName: string;
                                updatedAt: string;
                            }[];
                            skills: string[];
                            tags: string[];
                            updatedAt: string;
                            workHistory: {
                                companyName: string;
                                endDate: string | null;
                                /** Format: uuid */
                                id: string;
                                startDate: string | null;
                                title: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put: {
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
                        currentCompany?: string | null;
                        currentTitle?: string | null;
                        email?: (string | "") | null;
                        firstName: string;
                        /**
                         * @default en
                         * @enum {string}
                         */
                        language?: "en" | "sv";
                        lastName: string;
                        linkedinUrl?: string | null;
                        location?: string | null;
                        notes?: string | null;
                        phone?: string | null;
                        /** @default [] */
                        skills?: string[];
                        /** @default [] */
                        tags?: string[];
                        workHistory?: {
                            companyName: string;
                            endDate?: string | null;
                            startDate?: string | null;
                            title?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            currentCompany: string | null;
                            currentTitle: string | null;
                            education: {
                                degree: string | null;
                                endDate: string | null;
                                fieldOfStudy: string | null;
                                /** Format: uuid */
                                id: string;
                                schoolName: string;
                                startDate: string | null;
                            }[];
                            email: string | null;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            lastName: string;
                            linkedinUrl: string | null;
                            location: string | null;
                            notes: string | null;
                            phone: string | null;
                            placements: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                jobId: string;
                                /** @enum {string} */
                                jobStatus: "open" | "archived";
                                jobTitle: string;
                                referenceCheck?: {
                                    /** Format: uuid */
                                    checkId?: string;
                                    /** Format: uuid */
                                    completedCheckId?: string;
                                    problem?: string;
                                    started: boolean;
                                };
                                /** Format: uuid */
                                stepId: string;
                                stepName: string;
                                updatedAt: string;
                            }[];
                            skills: string[];
                            tags: string[];
                            updatedAt: string;
                            workHistory: {
                                companyName: string;
                                endDate: string | null;
                                /** Format: uuid */
                                id: string;
                                startDate: string | null;
                                title: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{id}/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            items: {
                                colleague: {
                                    email: string;
                                    /** Format: uuid */
                                    membershipId: string;
                                    name: string;
                                };
                                reasons: ({
                                    /** @enum {string} */
                                    kind: "contact";
                                    /** @enum {string} */
                                    matchedBy: "email" | "linkedin" | "name_and_company";
                                } | {
                                    company: string;
                                    from: string;
                                    /** @enum {string} */
                                    kind: "worked_together";
                                    months: number;
                                    to: string | null;
                                } | {
                                    /** @enum {string} */
                                    kind: "marked";
                                    /** @enum {string} */
                                    mark: "email_introduction" | "warm_prospect" | "cold_prospect";
                                })[];
                                strength: number;
                                summary: string;
                            }[];
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
    "/api/candidates/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            items: {
                                checkId: string | null;
                                currentText: boolean;
                                givenAt: string;
                                jobTitle: string | null;
                                /** @enum {string} */
                                person: "candidate" | "referee";
                                /** @enum {string} */
                                purpose: "reference_check" | "careers_application";
                                refereeId: string | null;
                                refereeName: string | null;
                                textVersion: string | null;
                                wording: string | null;
                            }[];
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
    "/api/candidates/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            items: {
                                contentType: string;
                                createdAt: string;
                                fileName: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "cv";
                                sizeBytes: number;
                            }[];
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
    "/api/candidates/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    fileId: string;
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
                    content?: never;
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
    "/api/candidates/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            items: {
                                actorName: string | null;
                                at: string;
                                fromStepName: string | null;
                                /** Format: uuid */
                                id: string;
                                jobTitle: string;
                                toStepName: string;
                            }[];
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
    "/api/candidates/{id}/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        /** Format: uuid */
                        jobId: string;
                        /** Format: uuid */
                        stepId?: string;
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
                            createdAt: string;
                            currentCompany: string | null;
                            currentTitle: string | null;
                            education: {
                                degree: string | null;
                                endDate: string | null;
                                fieldOfStudy: string | null;
                                /** Format: uuid */
                                id: string;
                                schoolName: string;
                                startDate: string | null;
                            }[];
                            email: string | null;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            lastName: string;
                            linkedinUrl: string | null;
                            location: string | null;
                            notes: string | null;
                            phone: string | null;
                            placements: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                jobId: string;
                                /** @enum {string} */
                                jobStatus: "open" | "archived";
                                jobTitle: string;
                                referenceCheck?: {
                                    /** Format: uuid */
                                    checkId?: string;
                                    /** Format: uuid */
                                    completedCheckId?: string;
                                    problem?: string;
                                    started: boolean;
                                };
                                /** Format: uuid */
                                stepId: string;
                                stepName: string;
                                updatedAt: string;
                            }[];
                            skills: string[];
                            tags: string[];
                            updatedAt: string;
                            workHistory: {
                                companyName: string;
                                endDate: string | null;
                                /** Format: uuid */
                                id: string;
                                startDate: string | null;
                                title: string | null;
                            }[];
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
    "/api/candidates/{id}/reference-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            items: {
                                answered: number;
                                attention: ("referee_declined" | "referee_bounced" | "referee_silent" | "candidate_silent" | "candidate_unreachable") | null;
                                bounced: number;
                                cancelledAt: string | null;
                                /** @enum {string} */
                                candidateChannel: "email" | "sms" | "email_and_sms" | "none";
                                candidateConsentAt: string | null;
                                /** Format: uuid */
                                candidateId: string;
                                candidateName: string;
                                candidateNextReminderAt: string | null;
                                closedEarly: boolean;
                                completedAt: string | null;
                                createdAt: string;
                                declined: number;
                                externalId: string | null;
                                fraudSignals: number;
                                /** Format: uuid */
                                id: string;
                                jobId: string | null;
                                jobTitle: string | null;
                                /** @enum {string} */
                                language: "en" | "sv";
                                linksExpireAt: string;
                                /** @enum {string} */
                                refereeChannel: "email" | "sms" | "email_and_sms" | "none";
                                referees: {
                                    /** @enum {string} */
                                    addedBy: "candidate" | "recruiter" | "api";
                                    answeredAt: string | null;
                                    answersWithdrawnAt: string | null;
                                    bouncedAt: string | null;
                                    company: string | null;
                                    declinedAt: string | null;
                                    declineReason: string | null;
                                    email: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    invitedAt: string | null;
                                    /** @enum {string} */
                                    language: "en" | "sv";
                                    name: string;
                                    namedConsent: {
                                        apiKeyId: string | null;
                                        confirmedAt: string;
                                        confirmedByName: string | null;
                                        /** @enum {string} */
                                        method: "in_writing" | "verbally" | "in_application" | "other";
                                        note: string | null;
                                    } | null;
                                    nextReminderAt: string | null;
                                    openedAt: string | null;
                                    phone: string | null;
                                    /** @enum {string} */
                                    relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                    remindersSent: number;
                                    startedAt: string | null;
                                    statedRelationship: ("manager" | "colleague" | "direct_report" | "client" | "other") | null;
                                    /** @enum {string} */
                                    status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                                    /** @enum {string} */
                                    verification: "work_email_matches_company" | "free_mail" | "unverified";
                                    verifiedBy: ("email" | "phone") | null;
                                    workedTogether: string | null;
                                }[];
                                refereesWanted: number;
                                /** @enum {string} */
                                refereeVerification: "none" | "email" | "sms";
                                requested: number;
                                /** @enum {string} */
                                source: "step" | "profile" | "api";
                                /** @enum {string} */
                                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                                subAccountId: string | null;
                                subAccountName: string | null;
                                /** Format: uuid */
                                templateId: string;
                                templateName: string;
                                templateVersion: number;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
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
                        /**
                         * @default email_and_sms
                         * @enum {string}
                         */
                        candidateChannel?: "email" | "sms" | "email_and_sms" | "none";
                        instruction?: string | null;
                        jobId?: string | null;
                        /** @enum {string} */
                        language: "en" | "sv";
                        /**
                         * @default email_and_sms
                         * @enum {string}
                         */
                        refereeChannel?: "email" | "sms" | "email_and_sms" | "none";
                        refereeConsent?: {
                            /** @enum {string} */
                            method: "in_writing" | "verbally" | "in_application" | "other";
                            note?: string | null;
                        };
                        referees?: {
                            company?: string | null;
                            email?: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            name: string;
                            phone?: string | null;
                            /** @enum {string} */
                            relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                            workedTogether?: string | null;
                        }[];
                        /** @default 3 */
                        refereesWanted?: number;
                        /**
                         * @default none
                         * @enum {string}
                         */
                        refereeVerification?: "none" | "email" | "sms";
                        subAccountId?: string | null;
                        /** Format: uuid */
                        templateId: string;
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
                            answered: number;
                            attention: ("referee_declined" | "referee_bounced" | "referee_silent" | "candidate_silent" | "candidate_unreachable") | null;
                            bounced: number;
                            cancelledAt: string | null;
                            /** @enum {string} */
                            candidateChannel: "email" | "sms" | "email_and_sms" | "none";
                            candidateConsentAt: string | null;
                            /** Format: uuid */
                            candidateId: string;
                            candidateName: string;
                            candidateNextReminderAt: string | null;
                            closedEarly: boolean;
                            completedAt: string | null;
                            createdAt: string;
                            declined: number;
                            externalId: string | null;
                            fraudSignals: number;
                            /** Format: uuid */
                            id: string;
                            jobId: string | null;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            linksExpireAt: string;
                            /** @enum {string} */
                            refereeChannel: "email" | "sms" | "email_and_sms" | "none";
                            referees: {
                                /** @enum {string} */
                                addedBy: "candidate" | "recruiter" | "api";
                                answeredAt: string | null;
                                answersWithdrawnAt: string | null;
                                bouncedAt: string | null;
                                company: string | null;
                                declinedAt: string | null;
                                declineReason: string | null;
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                invitedAt: string | null;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                                namedConsent: {
                                    apiKeyId: string | null;
                                    confirmedAt: string;
                                    confirmedByName: string | null;
                                    /** @enum {string} */
                                    method: "in_writing" | "verbally" | "in_application" | "other";
                                    note: string | null;
                                } | null;
                                nextReminderAt: string | null;
                                openedAt: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                remindersSent: number;
                                startedAt: string | null;
                                statedRelationship: ("manager" | "colleague" | "direct_report" | "client" | "other") | null;
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                                /** @enum {string} */
                                verification: "work_email_matches_company" | "free_mail" | "unverified";
                                verifiedBy: ("email" | "phone") | null;
                                workedTogether: string | null;
                            }[];
                            refereesWanted: number;
                            /** @enum {string} */
                            refereeVerification: "none" | "email" | "sms";
                            requested: number;
                            /** @enum {string} */
                            source: "step" | "profile" | "api";
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            subAccountId: string | null;
                            subAccountName: string | null;
                            /** Format: uuid */
                            templateId: string;
                            templateName: string;
                            templateVersion: number;
                            updatedAt: string;
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
    "/api/candidates/{id}/referral-owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    jobId?: string;
                };
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
                            owner: {
                                /** Format: uuid */
                                membershipId: string;
                                name: string;
                                /** Format: uuid */
                                referralId: string;
                            } | null;
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
    "/api/candidates/{id}/referral-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        body: string;
                        /** Format: uuid */
                        colleagueMembershipId: string;
                        /** @enum {string} */
                        delivery: "email" | "mailto";
                        jobId?: string | null;
                        reason?: string | null;
                        subject: string;
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
                            body: string;
                            createdAt: string;
                            /** @enum {string} */
                            delivery: "email" | "mailto";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission" | "employee_referral" | "agent_submission" | "share_link";
                            /** @enum {string} */
                            status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                            subject: string;
                            to: string;
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
    "/api/candidates/{id}/referral-requests/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        /** Format: uuid */
                        colleagueMembershipId: string;
                        jobId?: string | null;
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            subject: string;
                            variables: {
                                candidate: {
                                    company: string | null;
                                    first_name: string;
                                    full_name: string;
                                    last_name: string;
                                    linkedin_url: string | null;
                                    title: string | null;
                                };
                                colleague: {
                                    first_name: string;
                                    name: string;
                                };
                                company: {
                                    name: string;
                                };
                                connection: {
                                    summary: string | null;
                                };
                                job?: {
                                    location: string | null;
                                    title: string;
                                };
                                reason: string | null;
                                recruiter: {
                                    email: string;
                                    first_name: string;
                                    name: string;
                                };
                            };
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
    "/api/candidates/{id}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            items: {
                                active: boolean;
                                bonus: {
                                    /** Format: date */
                                    eligibleOn: string;
                                    /** Format: date */
                                    hiredOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    startDate: string;
                                    /** @enum {string} */
                                    state: "pending" | "eligible" | "approved" | "paid" | "forfeited";
                                    value: string;
                                    waitingDays: number;
                                } | null;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                company: string | null;
                                createdAt: string;
                                department: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                events: {
                                    actor: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    answer: ("introduced" | "declined" | "will_reach_out" | "not_well_enough") | null;
                                    createdAt: string;
                                    fromStatus: ("passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn") | null;
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "status" | "deactivated" | "reactivated" | "job_archived" | "late_answer" | "excluded" | "ownership_transferred" | "bonus";
                                    note: string | null;
                                    /** @enum {string} */
                                    toStatus: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                                }[];
                                firstName: string;
                                /** Format: uuid */
                                id: string;
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                } | null;
                                lastName: string;
                                position: string | null;
                                referrer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission" | "employee_referral" | "agent_submission" | "share_link";
                                stale: boolean;
                                /** @enum {string} */
                                status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                                statusChangedAt: string;
                            }[];
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
    "/api/candidates/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    ids: string;
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
                            items: {
                                best: {
                                    colleague: {
                                        email: string;
                                        /** Format: uuid */
                                        membershipId: string;
                                        name: string;
                                    };
                                    reasons: ({
                                        /** @enum {string} */
                                        kind: "contact";
                                        /** @enum {string} */
                                        matchedBy: "email" | "linkedin" | "name_and_company";
                                    } | {
                                        company: string;
                                        from: string;
                                        /** @enum {string} */
                                        kind: "worked_together";
                                        months: number;
                                        to: string | null;
                                    } | {
                                        /** @enum {string} */
                                        kind: "marked";
                                        /** @enum {string} */
                                        mark: "email_introduction" | "warm_prospect" | "cold_prospect";
                                    })[];
                                    strength: number;
                                    summary: string;
                                } | null;
                                /** Format: uuid */
                                candidateId: string;
                                count: number;
                            }[];
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
    "/api/candidates/duplicate-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        currentCompany?: string | null;
                        currentTitle?: string | null;
                        email?: (string | "") | null;
                        /** Format: uuid */
                        excludeId?: string;
                        firstName?: string;
                        /**
                         * @default en
                         * @enum {string}
                         */
                        language?: "en" | "sv";
                        lastName?: string;
                        linkedinUrl?: string | null;
                        location?: string | null;
                        notes?: string | null;
                        phone?: string | null;
                        /** @default [] */
                        skills?: string[];
                        /** @default [] */
                        tags?: string[];
                        workHistory?: {
                            companyName: string;
                            endDate?: string | null;
                            startDate?: string | null;
                            title?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            matches: {
                                /** Format: uuid */
                                candidateId: string;
                                name: string;
                                /** @enum {string} */
                                reason: "email" | "phone" | "linkedin" | "name_company";
                            }[];
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
    "/api/company": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            /** @enum {string} */
                            defaultLanguage: "en" | "sv";
                            departments: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            domains: string[];
                            /** Format: uuid */
                            id: string;
                            introductionSlaHours: number;
                            name: string;
                            referenceLinkDays: number;
                            referenceReminderHours: number[];
                            replyTo: string | null;
                            reportShareLinksEnabled: boolean;
                            senderName: string | null;
                            signupUrl: string | null;
                            staleReferralDays: number;
                            timeZone: string;
                            webhooksAllowPrivateNetworks: boolean;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        defaultLanguage: "en" | "sv";
                        domains: string[];
                        introductionSlaHours?: number;
                        name: string;
                        referenceLinkDays?: number;
                        referenceReminderHours?: number[];
                        replyTo?: (string | "") | null;
                        reportShareLinksEnabled?: boolean;
                        senderName?: string | null;
                        staleReferralDays?: number;
                        /** @default Europe/Stockholm */
                        timeZone?: string;
                        webhooksAllowPrivateNetworks?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            defaultLanguage: "en" | "sv";
                            departments: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            domains: string[];
                            /** Format: uuid */
                            id: string;
                            introductionSlaHours: number;
                            name: string;
                            referenceLinkDays: number;
                            referenceReminderHours: number[];
                            replyTo: string | null;
                            reportShareLinksEnabled: boolean;
                            senderName: string | null;
                            signupUrl: string | null;
                            staleReferralDays: number;
                            timeZone: string;
                            webhooksAllowPrivateNetworks: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            items: {
                                createdAt: string;
                                createdByName: string | null;
                                expiresAt: string | null;
                                /** Format: uuid */
                                id: string;
                                lastUsedAt: string | null;
                                name: string;
                                prefix: string;
                                revokedAt: string | null;
                                scopes: ("read" | "write")[];
                                subAccountId: string | null;
                                subAccountName: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
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
                        expiresAt?: string | null;
                        name: string;
                        scopes: ("read" | "write")[];
                        subAccountId?: string | null;
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
                            createdAt: string;
                            createdByName: string | null;
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            key: string;
                            lastUsedAt: string | null;
                            name: string;
                            prefix: string;
                            revokedAt: string | null;
                            scopes: ("read" | "write")[];
                            subAccountId: string | null;
                            subAccountName: string | null;
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
    "/api/company/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                            createdAt: string;
                            createdByName: string | null;
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            prefix: string;
                            revokedAt: string | null;
                            scopes: ("read" | "write")[];
                            subAccountId: string | null;
                            subAccountName: string | null;
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
    "/api/company/bonus-tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            items: {
                                amount: number | null;
                                currency: string | null;
                                departmentId: string | null;
                                description: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                position: number;
                                value: string;
                                visibleToEmployees: boolean;
                                waitingDays: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
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
                        amount?: number | null;
                        currency?: string | null;
                        departmentId?: string | null;
                        description?: string | null;
                        name: string;
                        value: string;
                        /** @default true */
                        visibleToEmployees?: boolean;
                        /** @default 90 */
                        waitingDays?: number;
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
                            amount: number | null;
                            currency: string | null;
                            departmentId: string | null;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            position: number;
                            value: string;
                            visibleToEmployees: boolean;
                            waitingDays: number;
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
    "/api/company/bonus-tiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
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
                        amount?: number | null;
                        currency?: string | null;
                        departmentId?: string | null;
                        description?: string | null;
                        name: string;
                        value: string;
                        /** @default true */
                        visibleToEmployees?: boolean;
                        /** @default 90 */
                        waitingDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: number | null;
                            currency: string | null;
                            departmentId: string | null;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            position: number;
                            value: string;
                            visibleToEmployees: boolean;
                            waitingDays: number;
                        };
                    };
                };
            };
        };
        post?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/company/bonus-tiers/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amount: number | null;
                                currency: string | null;
                                departmentId: string | null;
                                description: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                position: number;
                                value: string;
                                visibleToEmployees: boolean;
                                waitingDays: number;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company/careers-page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            slug: string | null;
                            url: string | null;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        slug: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            slug: string | null;
                            url: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        name: string;
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
                            /** Format: uuid */
                            id: string;
                            name: string;
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
    "/api/company/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
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
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                    };
                };
            };
        };
        post?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/company/message-templates/referral-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            items: {
                                body: string;
                                isDefault: boolean;
                                /** @enum {string} */
                                language: "en" | "sv";
                                subject: string;
                            }[];
                            variables: string[];
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
    "/api/company/message-templates/referral-request/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    language: "en" | "sv";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            isDefault: boolean;
                            /** @enum {string} */
                            language: "en" | "sv";
                            subject: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    language: "en" | "sv";
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
                            body: string;
                            isDefault: boolean;
                            /** @enum {string} */
                            language: "en" | "sv";
                            subject: string;
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
    "/api/company/signup-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        enabled: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            signupUrl: string | null;
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
    "/api/company/webhook-deliveries/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                            attempts: number;
                            createdAt: string;
                            deliveredAt: string | null;
                            eventId: string;
                            eventType: string;
                            /** Format: uuid */
                            id: string;
                            lastAttemptAt: string | null;
                            lastError: string | null;
                            lastResponseExcerpt: string | null;
                            lastStatusCode: number | null;
                            nextAttemptAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "sending" | "delivered" | "failed" | "dead";
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
    "/api/company/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            allowPrivateNetworks: boolean;
                            items: {
                                createdAt: string;
                                createdByApiKey: boolean;
                                description: string | null;
                                disabledAt: string | null;
                                eventTypes: string[];
                                failingSince: string | null;
                                /** Format: uuid */
                                id: string;
                                lastDeliveryAt: string | null;
                                lastDeliveryStatus: string | null;
                                previousSecretExpiresAt: string | null;
                                /** @enum {string} */
                                status: "active" | "failing" | "disabled";
                                subAccountId: string | null;
                                subAccountName: string | null;
                                url: string;
                            }[];
                            /** @enum {string} */
                            operatorPrivateNetworks: "off" | "on" | "ranges";
                        };
                    };
                };
            };
        };
        put?: never;
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
                        eventTypes: ("reference_check.created" | "reference_check.referee_named" | "reference_check.referee_answered" | "reference_check.referee_declined" | "reference_check.referee_bounced" | "reference_check.referee_expired" | "reference_check.completed" | "reference_check.cancelled" | "reference_check.expired" | "referral.created" | "referral.status_changed" | "bonus.eligible" | "bonus.paid")[];
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
                            createdAt: string;
                            createdByApiKey: boolean;
                            description: string | null;
                            disabledAt: string | null;
                            eventTypes: string[];
                            failingSince: string | null;
                            /** Format: uuid */
                            id: string;
                            lastDeliveryAt: string | null;
                            lastDeliveryStatus: string | null;
                            previousSecretExpiresAt: string | null;
                            secret: string;
                            /** @enum {string} */
                            status: "active" | "failing" | "disabled";
                            subAccountId: string | null;
                            subAccountName: string | null;
                            url: string;
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
    "/api/company/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
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
                        description?: string | null;
                        enabled: boolean;
                        eventTypes: ("reference_check.created" | "reference_check.referee_named" | "reference_check.referee_answered" | "reference_check.referee_declined" | "reference_check.referee_bounced" | "reference_check.referee_expired" | "reference_check.completed" | "reference_check.cancelled" | "reference_check.expired" | "referral.created" | "referral.status_changed" | "bonus.eligible" | "bonus.paid")[];
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            createdByApiKey: boolean;
                            description: string | null;
                            disabledAt: string | null;
                            eventTypes: string[];
                            failingSince: string | null;
                            /** Format: uuid */
                            id: string;
                            lastDeliveryAt: string | null;
                            lastDeliveryStatus: string | null;
                            previousSecretExpiresAt: string | null;
                            /** @enum {string} */
                            status: "active" | "failing" | "disabled";
                            subAccountId: string | null;
                            subAccountName: string | null;
                            url: string;
                        };
                    };
                };
            };
        };
        post?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/company/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
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
                            items: {
                                attempts: number;
                                createdAt: string;
                                deliveredAt: string | null;
                                eventId: string;
                                eventType: string;
                                /** Format: uuid */
                                id: string;
                                lastAttemptAt: string | null;
                                lastError: string | null;
                                lastResponseExcerpt: string | null;
                                lastStatusCode: number | null;
                                nextAttemptAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "sending" | "delivered" | "failed" | "dead";
                            }[];
                            nextCursor: string | null;
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
    "/api/company/webhook-endpoints/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                            createdAt: string;
                            createdByApiKey: boolean;
                            description: string | null;
                            disabledAt: string | null;
                            eventTypes: string[];
                            failingSince: string | null;
                            /** Format: uuid */
                            id: string;
                            lastDeliveryAt: string | null;
                            lastDeliveryStatus: string | null;
                            previousSecretExpiresAt: string | null;
                            secret: string;
                            /** @enum {string} */
                            status: "active" | "failing" | "disabled";
                            subAccountId: string | null;
                            subAccountName: string | null;
                            url: string;
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
    "/api/company/webhook-endpoints/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            createdAt: string;
                            deliveredAt: string | null;
                            eventId: string;
                            eventType: string;
                            /** Format: uuid */
                            id: string;
                            lastAttemptAt: string | null;
                            lastError: string | null;
                            lastResponseExcerpt: string | null;
                            lastStatusCode: number | null;
                            nextAttemptAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "sending" | "delivered" | "failed" | "dead";
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
    "/api/company/webhook-endpoints/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allowPrivateNetworks: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowPrivateNetworks: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    q?: string;
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
                            items: {
                                company: string | null;
                                connectedOn: string | null;
                                createdAt: string;
                                email: string | null;
                                firstName: string;
                                /** Format: uuid */
                                id: string;
                                lastName: string;
                                linkedinUrl: string | null;
                                phone: string | null;
                                position: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
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
                            deleted: number;
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
    "/api/contacts/{id}/mark": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        jobId?: string | null;
                        /** @default false */
                        loveToWorkAgain?: boolean;
                        /** @enum {string} */
                        mark: "email_introduction" | "warm_prospect" | "cold_prospect";
                        note?: string | null;
                        skills?: string[];
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
                            bonusState: ("pending" | "eligible" | "approved" | "paid" | "forfeited") | null;
                            company: string | null;
                            contactId: string | null;
                            createdAt: string;
                            excluded: boolean;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            job: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            lastName: string;
                            loveToWorkAgain: boolean;
                            note: string | null;
                            /** @enum {string} */
                            outcome: "waiting" | "requested" | "contacted" | "hired" | "closed";
                            ownership: ("candidate" | "submission") | null;
                            position: string | null;
                            selfApplied: boolean;
                            skills: string[];
                            /** @enum {string} */
                            source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission" | "employee_referral" | "agent_submission" | "share_link";
                            status: ("passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn") | null;
                            statusChangedAt: string;
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
    "/api/contacts/{id}/skip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            items: {
                                added: number;
                                contactsLeft: number;
                                createdAt: string;
                                excluded: number;
                                fileName: string;
                                /** @enum {string} */
                                format: "linkedin" | "csv" | "vcard";
                                /** Format: uuid */
                                id: string;
                                progress: {
                                    bytesRead: number;
                                    bytesTotal: number | null;
                                    rowsRead: number;
                                    rowsSkipped: number;
                                    rowsToWrite: number;
                                    rowsWritten: number;
                                };
                                rejected: number;
                                /** @enum {string} */
                                status: "reading" | "merging" | "done";
                                unchanged: number;
                                updated: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            contactsLeft: number;
                            createdAt: string;
                            excluded: number;
                            fileName: string;
                            /** @enum {string} */
                            format: "linkedin" | "csv" | "vcard";
                            /** Format: uuid */
                            id: string;
                            progress: {
                                bytesRead: number;
                                bytesTotal: number | null;
                                rowsRead: number;
                                rowsSkipped: number;
                                rowsToWrite: number;
                                rowsWritten: number;
                            };
                            rejected: number;
                            rejectedRows: {
                                line: number;
                                reason: string;
                            }[];
                            /** @enum {string} */
                            status: "reading" | "merging" | "done";
                            unchanged: number;
                            updated: number;
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
    "/api/contacts/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deleted: number;
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
    "/api/contacts/imports/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
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
                            delimiter: string;
                            hasHeaderRow: boolean;
                            headers: string[];
                            rows: string[][];
                            suggestedMapping: {
                                company?: number;
                                email?: number;
                                firstName?: number;
                                fullName?: number;
                                lastName?: number;
                                linkedinUrl?: number;
                                phone?: number;
                                position?: number;
                            };
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
    "/api/contacts/triage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
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
                            items: {
                                contact: {
                                    company: string | null;
                                    connectedOn: string | null;
                                    email: string | null;
                                    firstName: string;
                                    /** Format: uuid */
                                    id: string;
                                    lastName: string;
                                    linkedinUrl: string | null;
                                    position: string | null;
                                };
                                reasons: ({
                                    company: string;
                                    /** @enum {string} */
                                    kind: "shared_employer";
                                } | {
                                    connectedOn: string;
                                    /** @enum {string} */
                                    kind: "recent_connection";
                                } | {
                                    job: {
                                        /** Format: uuid */
                                        id: string;
                                        title: string;
                                    };
                                    /** @enum {string} */
                                    kind: "fits_job";
                                })[];
                                score: number;
                                suggestedJob: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                } | null;
                            }[];
                            remaining: number;
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
    "/api/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            cards: {
                                count: number;
                                href: string | null;
                                key: string;
                                /** @enum {string} */
                                tone: "neutral" | "attention";
                            }[];
                            myJobs: {
                                candidateCount: number;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            }[];
                            recentCandidates: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                updatedAt: string;
                            }[];
                            role: string;
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
    "/api/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
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
    "/api/exclusions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            items: {
                                addedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "company_name" | "email_domain" | "email" | "linkedin_url";
                                reason: string;
                                value: string;
                                variants: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
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
                        /** @enum {string} */
                        kind: "company_name" | "email_domain" | "email" | "linkedin_url";
                        reason: string;
                        value: string;
                        /** @default [] */
                        variants?: string[];
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
                            addedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "company_name" | "email_domain" | "email" | "linkedin_url";
                            reason: string;
                            value: string;
                            variants: string[];
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
    "/api/exclusions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
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
                        /** @enum {string} */
                        kind: "company_name" | "email_domain" | "email" | "linkedin_url";
                        reason: string;
                        value: string;
                        /** @default [] */
                        variants?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            addedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "company_name" | "email_domain" | "email" | "linkedin_url";
                            reason: string;
                            value: string;
                            variants: string[];
                        };
                    };
                };
            };
        };
        post?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            database: {
                                /** @enum {string} */
                                driver: "pglite" | "postgres";
                                ok: boolean;
                            };
                            delivery: {
                                /** @enum {string} */
                                email: "smtp" | "in_app";
                                /** @enum {string} */
                                sms: "sms_http" | "in_app";
                            };
                            queue: {
                                dead: number;
                                ok: boolean;
                                oldestPendingSeconds: number | null;
                                pending: number;
                            };
                            /** @enum {string} */
                            status: "ok" | "degraded";
                            version: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: {
                                /** @enum {string} */
                                driver: "pglite" | "postgres";
                                ok: boolean;
                            };
                            delivery: {
                                /** @enum {string} */
                                email: "smtp" | "in_app";
                                /** @enum {string} */
                                sms: "sms_http" | "in_app";
                            };
                            queue: {
                                dead: number;
                                ok: boolean;
                                oldestPendingSeconds: number | null;
                                pending: number;
                            };
                            /** @enum {string} */
                            status: "ok" | "degraded";
                            version: string;
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
    "/api/inbound/bounces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description For the mail server: one raw bounce email (RFC 3464, `message/rfc822`) with `Authorization: Bearer <INBOUND_SECRET>`. A failed delivery marks the message bounced; anything else is ignored. A wrong secret answers 404. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Recorded, or ignored */
                204: {
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
    "/api/inbound/sms-reports/{secret}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description For the SMS provider (46elks' `whendelivered`): a delivery report, form-encoded, at the address with INBOUND_SECRET. A failed one marks the message bounced; an unknown message is ignored. A wrong secret answers 404. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    secret: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        delivered?: string;
                        id: string;
                        status: string;
                    };
                };
            };
            responses: {
                /** @description Recorded, or ignored */
                204: {
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
    "/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    departmentId?: string;
                    limit?: number;
                    mine?: string;
                    q?: string;
                    status?: "open" | "archived";
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
                            items: {
                                archivedAt: string | null;
                                candidateCount: number;
                                createdAt: string;
                                departmentId: string | null;
                                departmentName: string | null;
                                hiringManager: {
                                    email: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                                } | null;
                                /** Format: uuid */
                                id: string;
                                location: string | null;
                                onCareersPage: boolean;
                                /** @enum {string} */
                                status: "open" | "archived";
                                title: string;
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
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
                        departmentId?: string | null;
                        description?: string | null;
                        hiringManagerId?: string | null;
                        location?: string | null;
                        onCareersPage?: boolean;
                        /** @default [] */
                        recruiterIds?: string[];
                        steps?: {
                            /** Format: uuid */
                            id?: string;
                            /**
                             * @default standard
                             * @enum {string}
                             */
                            kind?: "standard" | "reference_check" | "offer" | "hired";
                            name: string;
                            settings?: {
                                /**
                                 * @default email_and_sms
                                 * @enum {string}
                                 */
                                candidateChannel?: "email" | "sms" | "email_and_sms" | "none";
                                instruction?: string | null;
                                /** @enum {string} */
                                language: "en" | "sv";
                                /**
                                 * @default email_and_sms
                                 * @enum {string}
                                 */
                                refereeChannel?: "email" | "sms" | "email_and_sms" | "none";
                                /** @default 3 */
                                refereesWanted?: number;
                                /**
                                 * @default none
                                 * @enum {string}
                                 */
                                refereeVerification?: "none" | "email" | "sms";
                                subAccountId?: string | null;
                                /** Format: uuid */
                                templateId: string;
                            } | null;
                        }[];
                        title: string;
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
                            archivedAt: string | null;
                            candidateCount: number;
                            createdAt: string;
                            departmentId: string | null;
                            departmentName: string | null;
                            description: string | null;
                            hiringManager: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            } | null;
                            /** Format: uuid */
                            id: string;
                            location: string | null;
                            onCareersPage: boolean;
                            recruiters: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            }[];
                            /** @enum {string} */
                            status: "open" | "archived";
                            steps: {
                                candidateCount: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "standard" | "reference_check" | "offer" | "hired";
                                name: string;
                                position: number;
                                settings: {
                                    /** @enum {string} */
                                    candidateChannel: "email" | "sms" | "email_and_sms" | "none";
                                    instruction: string | null;
                                    /** @enum {string} */
                                    language: "en" | "sv";
                                    /** @enum {string} */
                                    refereeChannel: "email" | "sms" | "email_and_sms" | "none";
                                    refereesWanted: number;
                                    /** @enum {string} */
                                    refereeVerification?: "none" | "email" | "sms";
                                    subAccountId: string | null;
                                    /** Format: uuid */
                                    templateId: string;
                                } | null;
                            }[];
                            title: string;
                            updatedAt: string;
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
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            archivedAt: string | null;
                            candidateCount: number;
                            createdAt: string;
                            departmentId: string | null;
                            departmentName: string | null;
                            description: string | null;
                            hiringManager: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            } | null;
                            /** Format: uuid */
                            id: string;
                            location: string | null;
                            onCareersPage: boolean;
                            recruiters: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            }[];
                            /** @enum {string} */
                            status: "open" | "archived";
                            steps: {
                                candidateCount: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "standard" | "reference_check" | "offer" | "hired";
                                name: string;
                                position: number;
                                settings: {
                                    /** @enum {string} */
                                    candidateChannel: "email" | "sms" | "email_and_sms" | "none";
                                    instruction: string | null;
                                    /** @enum {string} */
                                    language: "en" | "sv";
                                    /** @enum {string} */
                                    refereeChannel: "email" | "sms" | "email_and_sms" | "none";
                                    refereesWanted: number;
                                    /** @enum {string} */
                                    refereeVerification?: "none" | "email" | "sms";
                                    subAccountId: string | null;
                                    /** Format: uuid */
                                    templateId: string;
                                } | null;
                            }[];
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put: {
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
                        departmentId?: string | null;
                        description?: string | null;
                        hiringManagerId?: string | null;
                        location?: string | null;
                        onCareersPage?: boolean;
                        /** @default [] */
                        recruiterIds?: string[];
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archivedAt: string | null;
                            candidateCount: number;
                            createdAt: string;
                            departmentId: string | null;
                            departmentName: string | null;
                            description: string | null;
                            hiringManager: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            } | null;
                            /** Format: uuid */
                            id: string;
                            location: string | null;
                            onCareersPage: boolean;
                            recruiters: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            }[];
                            /** @enum {string} */
                            status: "open" | "archived";
                            steps: {
                                candidateCount: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "standard" | "reference_check" | "offer" | "hired";
                                name: string;
                                position: number;
                                settings: {
                                    /** @enum {string} */
                                    candidateChannel: "email" | "sms" | "email_and_sms" | "none";
                                    instruction: string | null;
                                    /** @enum {string} */
                                    language: "en" | "sv";
                                    /** @enum {string} */
                                    refereeChannel: "email" | "sms" | "email_and_sms" | "none";
                                    refereesWanted: number;
                                    /** @enum {string} */
                                    refereeVerification?: "none" | "email" | "sms";
                                    subAccountId: string | null;
                                    /** Format: uuid */
                                    templateId: string;
                                } | null;
                            }[];
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            agencies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            agencyIds: string[];
                        };
                    };
                };
            };
        };
        put: {
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
                        agencyIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agencies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            agencyIds: string[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                            archivedAt: string | null;
                            candidateCount: number;
                            createdAt: string;
                            departmentId: string | null;
                            departmentName: string | null;
                            description: string | null;
                            hiringManager: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            } | null;
                            /** Format: uuid */
                            id: string;
                            location: string | null;
                            onCareersPage: boolean;
                            recruiters: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            }[];
                            /** @enum {string} */
                            status: "open" | "archived";
                            steps: {
                                candidateCount: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "standard" | "reference_check" | "offer" | "hired";
                                name: string;
                                position: number;
                                settings: {
                                    /** @enum {string} */
                                    candidateChannel: "email" | "sms" | "email_and_sms" | "none";
                                    instruction: string | null;
                                    /** @enum {string} */
                                    language: "en" | "sv";
                                    /** @enum {string} */
                                    refereeChannel: "email" | "sms" | "email_and_sms" | "none";
                                    refereesWanted: number;
                                    /** @enum {string} */
                                    refereeVerification?: "none" | "email" | "sms";
                                    subAccountId: string | null;
                                    /** Format: uuid */
                                    templateId: string;
                                } | null;
                            }[];
                            title: string;
                            updatedAt: string;
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
    "/api/jobs/{id}/referrals/inactive-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            inactive: number;
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
    "/api/jobs/{id}/referrals/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                            reactivated: number;
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
    "/api/jobs/{id}/share-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The caller’s personal link to an open job (`/j/<token>`), made on the first call; later calls return the same link with its views and applications. */
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
                            applications: number;
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            jobId: string;
                            jobOpen: boolean;
                            jobTitle: string;
                            url: string;
                            views: number;
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
    "/api/jobs/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
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
                        steps: {
                            /** Format: uuid */
                            id?: string;
                            /**
                             * @default standard
                             * @enum {string}
                             */
                            kind?: "standard" | "reference_check" | "offer" | "hired";
                            name: string;
                            settings?: {
                                /**
                                 * @default email_and_sms
                                 * @enum {string}
                                 */
                                candidateChannel?: "email" | "sms" | "email_and_sms" | "none";
                                instruction?: string | null;
                                /** @enum {string} */
                                language: "en" | "sv";
                                /**
                                 * @default email_and_sms
                                 * @enum {string}
                                 */
                                refereeChannel?: "email" | "sms" | "email_and_sms" | "none";
                                /** @default 3 */
                                refereesWanted?: number;
                                /**
                                 * @default none
                                 * @enum {string}
                                 */
                                refereeVerification?: "none" | "email" | "sms";
                                subAccountId?: string | null;
                                /** Format: uuid */
                                templateId: string;
                            } | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archivedAt: string | null;
                            candidateCount: number;
                            createdAt: string;
                            departmentId: string | null;
                            departmentName: string | null;
                            description: string | null;
                            hiringManager: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            } | null;
                            /** Format: uuid */
                            id: string;
                            location: string | null;
                            onCareersPage: boolean;
                            recruiters: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            }[];
                            /** @enum {string} */
                            status: "open" | "archived";
                            steps: {
                                candidateCount: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "standard" | "reference_check" | "offer" | "hired";
                                name: string;
                                position: number;
                                settings: {
                                    /** @enum {string} */
                                    candidateChannel: "email" | "sms" | "email_and_sms" | "none";
                                    instruction: string | null;
                                    /** @enum {string} */
                                    language: "en" | "sv";
                                    /** @enum {string} */
                                    refereeChannel: "email" | "sms" | "email_and_sms" | "none";
                                    refereesWanted: number;
                                    /** @enum {string} */
                                    refereeVerification?: "none" | "email" | "sms";
                                    subAccountId: string | null;
                                    /** Format: uuid */
                                    templateId: string;
                                } | null;
                            }[];
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                            archivedAt: string | null;
                            candidateCount: number;
                            createdAt: string;
                            departmentId: string | null;
                            departmentName: string | null;
                            description: string | null;
                            hiringManager: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            } | null;
                            /** Format: uuid */
                            id: string;
                            location: string | null;
                            onCareersPage: boolean;
                            recruiters: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            }[];
                            /** @enum {string} */
                            status: "open" | "archived";
                            steps: {
                                candidateCount: number;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "standard" | "reference_check" | "offer" | "hired";
                                name: string;
                                position: number;
                                settings: {
                                    /** @enum {string} */
                                    candidateChannel: "email" | "sms" | "email_and_sms" | "none";
                                    instruction: string | null;
                                    /** @enum {string} */
                                    language: "en" | "sv";
                                    /** @enum {string} */
                                    refereeChannel: "email" | "sms" | "email_and_sms" | "none";
                                    refereesWanted: number;
                                    /** @enum {string} */
                                    refereeVerification?: "none" | "email" | "sms";
                                    subAccountId: string | null;
                                    /** Format: uuid */
                                    templateId: string;
                                } | null;
                            }[];
                            title: string;
                            updatedAt: string;
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
    "/api/me/education": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            items: {
                                degree: string | null;
                                endDate: string | null;
                                fieldOfStudy: string | null;
                                /** Format: uuid */
                                id: string;
                                schoolName: string;
                                startDate: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            degree?: string | null;
                            endDate?: string | null;
                            fieldOfStudy?: string | null;
                            schoolName: string;
                            startDate?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                degree: string | null;
                                endDate: string | null;
                                fieldOfStudy: string | null;
                                /** Format: uuid */
                                id: string;
                                schoolName: string;
                                startDate: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/education/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        csv: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            duplicates: number;
                            imported: number;
                            rejected: {
                                line: number;
                                /** @enum {string} */
                                problem: "missing_name" | "bad_date" | "end_before_start" | "too_long" | "too_many";
                            }[];
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
    "/api/me/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            /** @enum {string} */
                            mode: "each" | "digest";
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "each" | "digest";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            mode: "each" | "digest";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        departmentIds?: string[];
                        /** @enum {string} */
                        language: "en" | "sv";
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agencyName: string | null;
                            /** Format: uuid */
                            companyId: string;
                            companyName: string;
                            csrfToken: string;
                            departmentIds: string[];
                            email: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            /** Format: uuid */
                            membershipId: string;
                            memberships: {
                                /** Format: uuid */
                                companyId: string;
                                companyName: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            }[];
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            /** Format: uuid */
                            userId: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/work-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            items: {
                                companyName: string;
                                endDate: string | null;
                                /** Format: uuid */
                                id: string;
                                startDate: string | null;
                                title: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            companyName: string;
                            endDate?: string | null;
                            startDate?: string | null;
                            title?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                companyName: string;
                                endDate: string | null;
                                /** Format: uuid */
                                id: string;
                                startDate: string | null;
                                title: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/work-history/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        csv: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            duplicates: number;
                            imported: number;
                            rejected: {
                                line: number;
                                /** @enum {string} */
                                problem: "missing_name" | "bad_date" | "end_before_start" | "too_long" | "too_many";
                            }[];
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
    "/api/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    role?: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                    status?: "invited" | "active" | "deactivated";
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
                            items: {
                                agencyId: string | null;
                                agencyName: string | null;
                                email: string;
                                /** Format: uuid */
                                id: string;
                                invitedAt: string | null;
                                joinedAt: string | null;
                                lastSeenAt: string | null;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                                /** @enum {string} */
                                status: "invited" | "active" | "deactivated";
                                /** Format: uuid */
                                userId: string;
                            }[];
                            stats: {
                                active: number;
                                deactivated: number;
                                invited: number;
                                joined: number;
                            };
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
    "/api/members/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                            agencyId: string | null;
                            agencyName: string | null;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            invitedAt: string | null;
                            joinedAt: string | null;
                            lastSeenAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            /** @enum {string} */
                            status: "invited" | "active" | "deactivated";
                            /** Format: uuid */
                            userId: string;
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
    "/api/members/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                            agencyId: string | null;
                            agencyName: string | null;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            invitedAt: string | null;
                            joinedAt: string | null;
                            lastSeenAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            /** @enum {string} */
                            status: "invited" | "active" | "deactivated";
                            /** Format: uuid */
                            userId: string;
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
    "/api/members/{id}/resend-invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/members/{id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
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
                        agencyId?: string | null;
                        /** @enum {string} */
                        role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agencyId: string | null;
                            agencyName: string | null;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            invitedAt: string | null;
                            joinedAt: string | null;
                            lastSeenAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            /** @enum {string} */
                            status: "invited" | "active" | "deactivated";
                            /** Format: uuid */
                            userId: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/members/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        agencyId?: string | null;
                        email: string;
                        name?: string | null;
                        /** @enum {string} */
                        role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
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
                            agencyId: string | null;
                            agencyName: string | null;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            invitedAt: string | null;
                            joinedAt: string | null;
                            lastSeenAt: string | null;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            /** @enum {string} */
                            status: "invited" | "active" | "deactivated";
                            /** Format: uuid */
                            userId: string;
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
    "/api/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    channel?: "email" | "sms";
                    cursor?: string;
                    limit?: number;
                    q?: string;
                    status?: "pending" | "sending" | "sent" | "failed" | "dead" | "bounced";
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
                            items: {
                                attempts: number;
                                /** @enum {string} */
                                channel: "email" | "sms";
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                lastError: string | null;
                                nextAttemptAt: string | null;
                                recipient: string;
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "sending" | "sent" | "failed" | "dead" | "bounced";
                                subject: string | null;
                                template: string;
                                transport: string | null;
                                /** @enum {string} */
                                visibility: "full" | "links_hidden" | "private";
                            }[];
                            nextCursor: string | null;
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
    "/api/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            attempts: number;
                            bodyHtml: string | null;
                            bodyText: string | null;
                            /** @enum {string} */
                            channel: "email" | "sms";
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            lastError: string | null;
                            nextAttemptAt: string | null;
                            recipient: string;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "sending" | "sent" | "failed" | "dead" | "bounced";
                            subject: string | null;
                            template: string;
                            transport: string | null;
                            /** @enum {string} */
                            visibility: "full" | "links_hidden" | "private";
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
    "/api/messages/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                            attempts: number;
                            /** @enum {string} */
                            channel: "email" | "sms";
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            lastError: string | null;
                            nextAttemptAt: string | null;
                            recipient: string;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "sending" | "sent" | "failed" | "dead" | "bounced";
                            subject: string | null;
                            template: string;
                            transport: string | null;
                            /** @enum {string} */
                            visibility: "full" | "links_hidden" | "private";
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
    "/api/my/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    outcome?: "waiting" | "requested" | "contacted" | "hired" | "closed";
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
                            items: {
                                bonusState: ("pending" | "eligible" | "approved" | "paid" | "forfeited") | null;
                                company: string | null;
                                contactId: string | null;
                                createdAt: string;
                                excluded: boolean;
                                firstName: string;
                                /** Format: uuid */
                                id: string;
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                } | null;
                                lastName: string;
                                loveToWorkAgain: boolean;
                                note: string | null;
                                /** @enum {string} */
                                outcome: "waiting" | "requested" | "contacted" | "hired" | "closed";
                                ownership: ("candidate" | "submission") | null;
                                position: string | null;
                                selfApplied: boolean;
                                skills: string[];
                                /** @enum {string} */
                                source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission" | "employee_referral" | "agent_submission" | "share_link";
                                status: ("passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn") | null;
                                statusChangedAt: string;
                            }[];
                            nextCursor: string | null;
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
    "/api/my/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            withdrawn: "deleted" | "closed";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
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
                        jobId?: string | null;
                        loveToWorkAgain?: boolean;
                        /** @enum {string} */
                        mark?: "email_introduction" | "warm_prospect" | "cold_prospect";
                        note?: string | null;
                        skills?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bonusState: ("pending" | "eligible" | "approved" | "paid" | "forfeited") | null;
                            company: string | null;
                            contactId: string | null;
                            createdAt: string;
                            excluded: boolean;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            job: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            lastName: string;
                            loveToWorkAgain: boolean;
                            note: string | null;
                            /** @enum {string} */
                            outcome: "waiting" | "requested" | "contacted" | "hired" | "closed";
                            ownership: ("candidate" | "submission") | null;
                            position: string | null;
                            selfApplied: boolean;
                            skills: string[];
                            /** @enum {string} */
                            source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission" | "employee_referral" | "agent_submission" | "share_link";
                            status: ("passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn") | null;
                            statusChangedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    cursor?: string;
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
                            items: {
                                answer: ("will_reach_out" | "not_well_enough" | "introduced" | "declined") | null;
                                attention: ("referee_declined" | "referee_bounced" | "referee_silent" | "candidate_silent" | "candidate_unreachable") | null;
                                bonusState: ("pending" | "eligible" | "approved" | "paid" | "forfeited") | null;
                                candidateId: string | null;
                                checkId: string | null;
                                colleagueName: string | null;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                jobTitle: string | null;
                                /** @enum {string} */
                                kind: "referral_stage" | "referral_owner_in" | "referral_owner_out" | "referral_bonus" | "request_answered" | "check_attention" | "erasure_requested";
                                personName: string | null;
                                readAt: string | null;
                                referralId: string | null;
                                stage: ("received" | "introduction_requested" | "in_touch" | "applied" | "interviewing" | "offer" | "hired" | "closed") | null;
                            }[];
                            nextCursor: string | null;
                            unread: number;
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
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                            unread: number;
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
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
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
                            marked: number;
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
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            unread: number;
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
    "/api/partners/greenhouse/list_tests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            partner_test_id: string;
                            partner_test_name: string;
                        }[];
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
    "/api/partners/greenhouse/response_error": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        api_call: string;
                        candidate_email?: string | null;
                        errors: string[];
                        partner_interview_id?: string | number | null;
                        partner_test_id?: string | number | null;
                        partner_test_name?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {number} */
                            status: 200;
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
    "/api/partners/greenhouse/send_test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                            /** Format: email */
                            email: string;
                            first_name: string;
                            greenhouse_profile_url?: string | null;
                            last_name: string;
                            phone_number?: string | null;
                            resume_url?: string | null;
                            /** Format: uri */
                            url?: string;
                        };
                        partner_test_id: string | number;
                        /** Format: uri */
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            partner_interview_id: string;
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
    "/api/partners/greenhouse/test_status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    partner_interview_id: string;
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
                            metadata: {
                                [key: string]: string;
                            };
                            partner_profile_url?: string;
                            partner_score?: number;
                            partner_status: string;
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
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    role?: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
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
                            items: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            }[];
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
    "/api/person-exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        /** Format: uuid */
                        subjectId: string;
                        /** @enum {string} */
                        subjectKind: "candidate" | "referee" | "member";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            downloadUrl: string;
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "ready" | "failed";
                            /** Format: uuid */
                            subjectId: string;
                            /** @enum {string} */
                            subjectKind: "candidate" | "referee" | "member";
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
    "/api/person-exports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            createdAt: string;
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "ready" | "failed";
                            /** Format: uuid */
                            subjectId: string;
                            /** @enum {string} */
                            subjectKind: "candidate" | "referee" | "member";
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
    "/api/person-exports/{id}/download/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A ZIP: tables/<table>.json, files/, reports/ */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/zip": unknown;
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
    "/api/placements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/placements/{id}/step": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
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
                        startNewCheck?: boolean;
                        /** Format: uuid */
                        stepId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            jobId: string;
                            /** @enum {string} */
                            jobStatus: "open" | "archived";
                            jobTitle: string;
                            referenceCheck?: {
                                /** Format: uuid */
                                checkId?: string;
                                /** Format: uuid */
                                completedCheckId?: string;
                                problem?: string;
                                started: boolean;
                            };
                            /** Format: uuid */
                            stepId: string;
                            stepName: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/erasure-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            requests: {
                                dueAt: string;
                                erasedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                keepReason: string | null;
                                keptAt: string | null;
                                keptByName: string | null;
                                name: string;
                                requestedAt: string;
                                /** @enum {string} */
                                subjectKind: "candidate" | "referee";
                            }[];
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
    "/api/privacy/erasure-requests/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                            dueAt: string;
                            erasedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            keepReason: string | null;
                            keptAt: string | null;
                            keptByName: string | null;
                            name: string;
                            requestedAt: string;
                            /** @enum {string} */
                            subjectKind: "candidate" | "referee";
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
    "/api/privacy/erasure-requests/{id}/keep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dueAt: string;
                            erasedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            keepReason: string | null;
                            keptAt: string | null;
                            keptByName: string | null;
                            name: string;
                            requestedAt: string;
                            /** @enum {string} */
                            subjectKind: "candidate" | "referee";
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
    "/api/privacy/erasures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            receipts: {
                                emailSha256: string | null;
                                erased: {
                                    [key: string]: number;
                                };
                                erasedAt: string;
                                erasedByName: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                subjectKind: "candidate" | "referee" | "contact" | "member";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
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
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "candidate" | "referee" | "contact" | "member";
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
                            emailSha256: string | null;
                            erased: {
                                [key: string]: number;
                            };
                            erasedAt: string;
                            erasedByName: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            subjectKind: "candidate" | "referee" | "contact" | "member";
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
    "/api/privacy/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            candidateMonths: number;
                            checkMonths: number;
                            departedContactDays: number;
                            erasureRequestDays: number;
                            messageDays: number;
                            webhookDays: number;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        candidateMonths?: number;
                        checkMonths?: number;
                        departedContactDays?: number;
                        erasureRequestDays?: number;
                        messageDays?: number;
                        webhookDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidateMonths: number;
                            checkMonths: number;
                            departedContactDays: number;
                            erasureRequestDays: number;
                            messageDays: number;
                            webhookDays: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/retention/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            extensions: {
                                /** Format: uuid */
                                candidateId: string;
                                candidateName: string;
                                createdAt: string;
                                createdByName: string | null;
                                /** Format: uuid */
                                id: string;
                                keepUntil: string;
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
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
                        /** Format: uuid */
                        candidateId: string;
                        months: number;
                        reason: string;
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
                            /** Format: uuid */
                            candidateId: string;
                            candidateName: string;
                            createdAt: string;
                            createdByName: string | null;
                            /** Format: uuid */
                            id: string;
                            keepUntil: string;
                            reason: string;
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
    "/api/privacy/retention/upcoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            candidates: {
                                /** Format: uuid */
                                candidateId: string;
                                dueAt: string;
                                lastActivityAt: string;
                                name: string;
                            }[];
                            counts: {
                                candidates: number;
                                checks: number;
                                departedContacts: number;
                                messages: number;
                                webhookPayloads: number;
                            };
                            days: number;
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
    "/api/public/introduction-answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        /** @enum {string} */
                        answer: "introduced" | "declined";
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            answer: "introduced" | "declined";
                            companyName: string;
                            contactName: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            recruiterName: string;
                            recruiterTold: boolean;
                            statusChanged: boolean;
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
    "/api/public/introduction-answers/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
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
                            companyName: string;
                            contactName: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            recruiterName: string;
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
    "/api/public/privacy/{subject}/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    subject: "candidate" | "referee";
                    token: string;
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
                            answers: {
                                answer: string;
                                question: string;
                            }[];
                            branding: {
                                companyName: string;
                                contactEmail: string | null;
                                contactName: string | null;
                                logoDataUrl: string | null;
                                senderName: string;
                            };
                            candidateName: string | null;
                            canWithdraw: boolean;
                            consent: {
                                givenAt: string | null;
                                textVersion: string | null;
                                withdrawnAt: string | null;
                            };
                            email: string | null;
                            erasure: {
                                dueAt: string;
                                kept: boolean;
                                requestedAt: string;
                            } | null;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            name: string;
                            phone: string | null;
                            referees: {
                                email: string | null;
                                name: string;
                                phone: string | null;
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                            }[];
                            /** @enum {string} */
                            subject: "candidate" | "referee";
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
    "/api/public/privacy/{subject}/{token}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    subject: "candidate" | "referee";
                    token: string;
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
                            answers: {
                                answer: string;
                                question: string;
                            }[];
                            branding: {
                                companyName: string;
                                contactEmail: string | null;
                                contactName: string | null;
                                logoDataUrl: string | null;
                                senderName: string;
                            };
                            candidateName: string | null;
                            canWithdraw: boolean;
                            consent: {
                                givenAt: string | null;
                                textVersion: string | null;
                                withdrawnAt: string | null;
                            };
                            email: string | null;
                            erasure: {
                                dueAt: string;
                                kept: boolean;
                                requestedAt: string;
                            } | null;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            name: string;
                            phone: string | null;
                            referees: {
                                email: string | null;
                                name: string;
                                phone: string | null;
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                            }[];
                            /** @enum {string} */
                            subject: "candidate" | "referee";
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
    "/api/public/privacy/{subject}/{token}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    subject: "candidate" | "referee";
                    token: string;
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
                            answers: {
                                answer: string;
                                question: string;
                            }[];
                            branding: {
                                companyName: string;
                                contactEmail: string | null;
                                contactName: string | null;
                                logoDataUrl: string | null;
                                senderName: string;
                            };
                            candidateName: string | null;
                            canWithdraw: boolean;
                            consent: {
                                givenAt: string | null;
                                textVersion: string | null;
                                withdrawnAt: string | null;
                            };
                            email: string | null;
                            erasure: {
                                dueAt: string;
                                kept: boolean;
                                requestedAt: string;
                            } | null;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            name: string;
                            phone: string | null;
                            referees: {
                                email: string | null;
                                name: string;
                                phone: string | null;
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                            }[];
                            /** @enum {string} */
                            subject: "candidate" | "referee";
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
    "/api/public/reference-candidate/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
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
                            branding: {
                                companyName: string;
                                contactEmail: string | null;
                                contactName: string | null;
                                logoDataUrl: string | null;
                                senderName: string;
                            };
                            candidateFirstName: string;
                            checkOpen: boolean;
                            consentGiven: boolean;
                            consentVersion: string;
                            instruction: string | null;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            referees: {
                                attention: ("email_bounced" | "not_answering") | null;
                                company: string | null;
                                editable: boolean;
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                                phone: string | null;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                                workedTogether: string | null;
                            }[];
                            refereesWanted: number;
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
    "/api/public/reference-candidate/{token}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        consentVersion: string;
                        device: {
                            screen: string;
                            timeZone: string;
                            userAgent: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            branding: {
                                companyName: string;
                                contactEmail: string | null;
                                contactName: string | null;
                                logoDataUrl: string | null;
                                senderName: string;
                            };
                            candidateFirstName: string;
                            checkOpen: boolean;
                            consentGiven: boolean;
                            consentVersion: string;
                            instruction: string | null;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            referees: {
                                attention: ("email_bounced" | "not_answering") | null;
                                company: string | null;
                                editable: boolean;
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                                phone: string | null;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                                workedTogether: string | null;
                            }[];
                            refereesWanted: number;
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
    "/api/public/reference-candidate/{token}/referees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        referees: {
                            company?: string | null;
                            email?: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            name: string;
                            phone?: string | null;
                            /** @enum {string} */
                            relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                            workedTogether?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            branding: {
                                companyName: string;
                                contactEmail: string | null;
                                contactName: string | null;
                                logoDataUrl: string | null;
                                senderName: string;
                            };
                            candidateFirstName: string;
                            checkOpen: boolean;
                            consentGiven: boolean;
                            consentVersion: string;
                            instruction: string | null;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            referees: {
                                attention: ("email_bounced" | "not_answering") | null;
                                company: string | null;
                                editable: boolean;
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                                phone: string | null;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                                workedTogether: string | null;
                            }[];
                            refereesWanted: number;
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
    "/api/public/reference-candidate/{token}/referees/{refereeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    refereeId: string;
                    token: string;
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
                            branding: {
                                companyName: string;
                                contactEmail: string | null;
                                contactName: string | null;
                                logoDataUrl: string | null;
                                senderName: string;
                            };
                            candidateFirstName: string;
                            checkOpen: boolean;
                            consentGiven: boolean;
                            consentVersion: string;
                            instruction: string | null;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            referees: {
                                attention: ("email_bounced" | "not_answering") | null;
                                company: string | null;
                                editable: boolean;
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                                phone: string | null;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                                workedTogether: string | null;
                            }[];
                            refereesWanted: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    refereeId: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        company?: string | null;
                        email?: string | null;
                        /** @enum {string} */
                        language: "en" | "sv";
                        name: string;
                        phone?: string | null;
                        /** @enum {string} */
                        relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                        workedTogether?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            branding: {
                                companyName: string;
                                contactEmail: string | null;
                                contactName: string | null;
                                logoDataUrl: string | null;
                                senderName: string;
                            };
                            candidateFirstName: string;
                            checkOpen: boolean;
                            consentGiven: boolean;
                            consentVersion: string;
                            instruction: string | null;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            referees: {
                                attention: ("email_bounced" | "not_answering") | null;
                                company: string | null;
                                editable: boolean;
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                                phone: string | null;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                                workedTogether: string | null;
                            }[];
                            refereesWanted: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/public/reference-referee/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
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
                            answers: {
                                [key: string]: number | boolean | string | string[];
                            };
                            branding: {
                                companyName: string;
                                contactEmail: string | null;
                                contactName: string | null;
                                logoDataUrl: string | null;
                                senderName: string;
                            };
                            candidateName: string;
                            consentGiven: boolean;
                            consentVersion: string;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            minutes: number;
                            /** @enum {string} */
                            namedBy: "candidate" | "recruiter";
                            questionnaire: {
                                intro: string | null;
                                sections: {
                                    help: string | null;
                                    id: string;
                                    questions: ({
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        maxLabel: string;
                                        minLabel: string;
                                        required: boolean;
                                        scale: number;
                                        /** @enum {string} */
                                        type: "rating";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "yes_no";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "single_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "multiple_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "short_text";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "long_text";
                                    })[];
                                    title: string;
                                }[];
                            };
                            refereeFirstName: string;
                            refereeName: string;
                            /** @enum {string} */
                            relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                            /** @enum {string} */
                            status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                            verification: {
                                /** @enum {string} */
                                channel: "email" | "sms";
                                codeSentAt: string | null;
                                sentTo: string;
                                verified: boolean;
                            } | null;
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
    "/api/public/reference-referee/{token}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            [key: string]: (number | boolean | string | string[]) | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            savedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/public/reference-referee/{token}/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
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
                            answers: {
                                [key: string]: number | boolean | string | string[];
                            };
                            branding: {
                                companyName: string;
                                contactEmail: string | null;
                                contactName: string | null;
                                logoDataUrl: string | null;
                                senderName: string;
                            };
                            candidateName: string;
                            consentGiven: boolean;
                            consentVersion: string;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            minutes: number;
                            /** @enum {string} */
                            namedBy: "candidate" | "recruiter";
                            questionnaire: {
                                intro: string | null;
                                sections: {
                                    help: string | null;
                                    id: string;
                                    questions: ({
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        maxLabel: string;
                                        minLabel: string;
                                        required: boolean;
                                        scale: number;
                                        /** @enum {string} */
                                        type: "rating";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "yes_no";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "single_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "multiple_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "short_text";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "long_text";
                                    })[];
                                    title: string;
                                }[];
                            };
                            refereeFirstName: string;
                            refereeName: string;
                            /** @enum {string} */
                            relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                            /** @enum {string} */
                            status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                            verification: {
                                /** @enum {string} */
                                channel: "email" | "sms";
                                codeSentAt: string | null;
                                sentTo: string;
                                verified: boolean;
                            } | null;
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
    "/api/public/reference-referee/{token}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        consentVersion: string;
                        device: {
                            screen: string;
                            timeZone: string;
                            userAgent: string;
                        };
                        /** @enum {string} */
                        relationship?: "manager" | "colleague" | "direct_report" | "client" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: {
                                [key: string]: number | boolean | string | string[];
                            };
                            branding: {
                                companyName: string;
                                contactEmail: string | null;
                                contactName: string | null;
                                logoDataUrl: string | null;
                                senderName: string;
                            };
                            candidateName: string;
                            consentGiven: boolean;
                            consentVersion: string;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            minutes: number;
                            /** @enum {string} */
                            namedBy: "candidate" | "recruiter";
                            questionnaire: {
                                intro: string | null;
                                sections: {
                                    help: string | null;
                                    id: string;
                                    questions: ({
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        maxLabel: string;
                                        minLabel: string;
                                        required: boolean;
                                        scale: number;
                                        /** @enum {string} */
                                        type: "rating";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "yes_no";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "single_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "multiple_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "short_text";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "long_text";
                                    })[];
                                    title: string;
                                }[];
                            };
                            refereeFirstName: string;
                            refereeName: string;
                            /** @enum {string} */
                            relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                            /** @enum {string} */
                            status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                            verification: {
                                /** @enum {string} */
                                channel: "email" | "sms";
                                codeSentAt: string | null;
                                sentTo: string;
                                verified: boolean;
                            } | null;
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
    "/api/public/reference-referee/{token}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: {
                                [key: string]: number | boolean | string | string[];
                            };
                            branding: {
                                companyName: string;
                                contactEmail: string | null;
                                contactName: string | null;
                                logoDataUrl: string | null;
                                senderName: string;
                            };
                            candidateName: string;
                            consentGiven: boolean;
                            consentVersion: string;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            minutes: number;
                            /** @enum {string} */
                            namedBy: "candidate" | "recruiter";
                            questionnaire: {
                                intro: string | null;
                                sections: {
                                    help: string | null;
                                    id: string;
                                    questions: ({
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        maxLabel: string;
                                        minLabel: string;
                                        required: boolean;
                                        scale: number;
                                        /** @enum {string} */
                                        type: "rating";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "yes_no";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "single_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "multiple_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "short_text";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "long_text";
                                    })[];
                                    title: string;
                                }[];
                            };
                            refereeFirstName: string;
                            refereeName: string;
                            /** @enum {string} */
                            relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                            /** @enum {string} */
                            status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                            verification: {
                                /** @enum {string} */
                                channel: "email" | "sms";
                                codeSentAt: string | null;
                                sentTo: string;
                                verified: boolean;
                            } | null;
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
    "/api/public/reference-referee/{token}/language": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        language: "en" | "sv";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: {
                                [key: string]: number | boolean | string | string[];
                            };
                            branding: {
                                companyName: string;
                                contactEmail: string | null;
                                contactName: string | null;
                                logoDataUrl: string | null;
                                senderName: string;
                            };
                            candidateName: string;
                            consentGiven: boolean;
                            consentVersion: string;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            minutes: number;
                            /** @enum {string} */
                            namedBy: "candidate" | "recruiter";
                            questionnaire: {
                                intro: string | null;
                                sections: {
                                    help: string | null;
                                    id: string;
                                    questions: ({
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        maxLabel: string;
                                        minLabel: string;
                                        required: boolean;
                                        scale: number;
                                        /** @enum {string} */
                                        type: "rating";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "yes_no";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "single_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "multiple_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "short_text";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "long_text";
                                    })[];
                                    title: string;
                                }[];
                            };
                            refereeFirstName: string;
                            refereeName: string;
                            /** @enum {string} */
                            relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                            /** @enum {string} */
                            status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                            verification: {
                                /** @enum {string} */
                                channel: "email" | "sms";
                                codeSentAt: string | null;
                                sentTo: string;
                                verified: boolean;
                            } | null;
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
    "/api/public/reference-referee/{token}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
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
                            answers: {
                                [key: string]: number | boolean | string | string[];
                            };
                            branding: {
                                companyName: string;
                                contactEmail: string | null;
                                contactName: string | null;
                                logoDataUrl: string | null;
                                senderName: string;
                            };
                            candidateName: string;
                            consentGiven: boolean;
                            consentVersion: string;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            minutes: number;
                            /** @enum {string} */
                            namedBy: "candidate" | "recruiter";
                            questionnaire: {
                                intro: string | null;
                                sections: {
                                    help: string | null;
                                    id: string;
                                    questions: ({
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        maxLabel: string;
                                        minLabel: string;
                                        required: boolean;
                                        scale: number;
                                        /** @enum {string} */
                                        type: "rating";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "yes_no";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "single_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "multiple_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "short_text";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "long_text";
                                    })[];
                                    title: string;
                                }[];
                            };
                            refereeFirstName: string;
                            refereeName: string;
                            /** @enum {string} */
                            relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                            /** @enum {string} */
                            status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                            verification: {
                                /** @enum {string} */
                                channel: "email" | "sms";
                                codeSentAt: string | null;
                                sentTo: string;
                                verified: boolean;
                            } | null;
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
    "/api/public/reference-referee/{token}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: {
                                [key: string]: number | boolean | string | string[];
                            };
                            branding: {
                                companyName: string;
                                contactEmail: string | null;
                                contactName: string | null;
                                logoDataUrl: string | null;
                                senderName: string;
                            };
                            candidateName: string;
                            consentGiven: boolean;
                            consentVersion: string;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            minutes: number;
                            /** @enum {string} */
                            namedBy: "candidate" | "recruiter";
                            questionnaire: {
                                intro: string | null;
                                sections: {
                                    help: string | null;
                                    id: string;
                                    questions: ({
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        maxLabel: string;
                                        minLabel: string;
                                        required: boolean;
                                        scale: number;
                                        /** @enum {string} */
                                        type: "rating";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "yes_no";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "single_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "multiple_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "short_text";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "long_text";
                                    })[];
                                    title: string;
                                }[];
                            };
                            refereeFirstName: string;
                            refereeName: string;
                            /** @enum {string} */
                            relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                            /** @enum {string} */
                            status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                            verification: {
                                /** @enum {string} */
                                channel: "email" | "sms";
                                codeSentAt: string | null;
                                sentTo: string;
                                verified: boolean;
                            } | null;
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
    "/api/public/referral-request-answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        /** @enum {string} */
                        answer: "will_reach_out" | "not_well_enough";
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            answer: "will_reach_out" | "not_well_enough";
                            companyName: string;
                            contactName: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            recruiterName: string;
                            recruiterTold: boolean;
                            statusChanged: boolean;
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
    "/api/public/referral-request-answers/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
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
                            companyName: string;
                            contactName: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            recruiterName: string;
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
    "/api/public/referral-withdrawals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/public/referral-withdrawals/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
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
                            companyName: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            referrerName: string;
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
    "/api/questionnaires": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    includeArchived?: string;
                    language?: "en" | "sv";
                    subAccountId?: string;
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
                            items: {
                                archived: boolean;
                                /** Format: uuid */
                                familyId: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "en" | "sv";
                                languageVersions: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    language: "en" | "sv";
                                    name: string;
                                }[];
                                name: string;
                                preset: ("general" | "manager" | "short") | null;
                                questionCount: number;
                                subAccountId: string | null;
                                subAccountName: string | null;
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
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
                        content?: {
                            intro?: string | null;
                            sections: {
                                help?: string | null;
                                id: string;
                                questions: ({
                                    help?: string | null;
                                    id: string;
                                    label: string;
                                    maxLabel: string;
                                    minLabel: string;
                                    /** @default true */
                                    required?: boolean;
                                    /** @default 5 */
                                    scale?: number;
                                    /** @enum {string} */
                                    type: "rating";
                                } | {
                                    help?: string | null;
                                    id: string;
                                    label: string;
                                    /** @default true */
                                    required?: boolean;
                                    /** @enum {string} */
                                    type: "yes_no";
                                } | {
                                    help?: string | null;
                                    id: string;
                                    label: string;
                                    options: {
                                        id: string;
                                        label: string;
                                    }[];
                                    /** @default true */
                                    required?: boolean;
                                    /** @enum {string} */
                                    type: "single_choice";
                                } | {
                                    help?: string | null;
                                    id: string;
                                    label: string;
                                    options: {
                                        id: string;
                                        label: string;
                                    }[];
                                    /** @default true */
                                    required?: boolean;
                                    /** @enum {string} */
                                    type: "multiple_choice";
                                } | {
                                    help?: string | null;
                                    id: string;
                                    label: string;
                                    /** @default true */
                                    required?: boolean;
                                    /** @enum {string} */
                                    type: "short_text";
                                } | {
                                    help?: string | null;
                                    id: string;
                                    label: string;
                                    /** @default true */
                                    required?: boolean;
                                    /** @enum {string} */
                                    type: "long_text";
                                })[];
                                title: string;
                            }[];
                        };
                        /** @enum {string} */
                        language: "en" | "sv";
                        name?: string;
                        /** @enum {string} */
                        preset?: "general" | "manager" | "short";
                        subAccountId?: string | null;
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
                            archived: boolean;
                            checksUsingIt: number;
                            content: {
                                intro: string | null;
                                sections: {
                                    help: string | null;
                                    id: string;
                                    questions: ({
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        maxLabel: string;
                                        minLabel: string;
                                        required: boolean;
                                        scale: number;
                                        /** @enum {string} */
                                        type: "rating";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "yes_no";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "single_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "multiple_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "short_text";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "long_text";
                                    })[];
                                    title: string;
                                }[];
                            };
                            /** Format: uuid */
                            familyId: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            languageVersions: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                            }[];
                            name: string;
                            preset: ("general" | "manager" | "short") | null;
                            questionCount: number;
                            subAccountId: string | null;
                            subAccountName: string | null;
                            updatedAt: string;
                            version: number;
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
    "/api/questionnaires/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            archived: boolean;
                            checksUsingIt: number;
                            content: {
                                intro: string | null;
                                sections: {
                                    help: string | null;
                                    id: string;
                                    questions: ({
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        maxLabel: string;
                                        minLabel: string;
                                        required: boolean;
                                        scale: number;
                                        /** @enum {string} */
                                        type: "rating";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "yes_no";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "single_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "multiple_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "short_text";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "long_text";
                                    })[];
                                    title: string;
                                }[];
                            };
                            /** Format: uuid */
                            familyId: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            languageVersions: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                            }[];
                            name: string;
                            preset: ("general" | "manager" | "short") | null;
                            questionCount: number;
                            subAccountId: string | null;
                            subAccountName: string | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put: {
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
                        content: {
                            intro?: string | null;
                            sections: {
                                help?: string | null;
                                id: string;
                                questions: ({
                                    help?: string | null;
                                    id: string;
                                    label: string;
                                    maxLabel: string;
                                    minLabel: string;
                                    /** @default true */
                                    required?: boolean;
                                    /** @default 5 */
                                    scale?: number;
                                    /** @enum {string} */
                                    type: "rating";
                                } | {
                                    help?: string | null;
                                    id: string;
                                    label: string;
                                    /** @default true */
                                    required?: boolean;
                                    /** @enum {string} */
                                    type: "yes_no";
                                } | {
                                    help?: string | null;
                                    id: string;
                                    label: string;
                                    options: {
                                        id: string;
                                        label: string;
                                    }[];
                                    /** @default true */
                                    required?: boolean;
                                    /** @enum {string} */
                                    type: "single_choice";
                                } | {
                                    help?: string | null;
                                    id: string;
                                    label: string;
                                    options: {
                                        id: string;
                                        label: string;
                                    }[];
                                    /** @default true */
                                    required?: boolean;
                                    /** @enum {string} */
                                    type: "multiple_choice";
                                } | {
                                    help?: string | null;
                                    id: string;
                                    label: string;
                                    /** @default true */
                                    required?: boolean;
                                    /** @enum {string} */
                                    type: "short_text";
                                } | {
                                    help?: string | null;
                                    id: string;
                                    label: string;
                                    /** @default true */
                                    required?: boolean;
                                    /** @enum {string} */
                                    type: "long_text";
                                })[];
                                title: string;
                            }[];
                        };
                        /** @enum {string} */
                        language: "en" | "sv";
                        name: string;
                        subAccountId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            checksUsingIt: number;
                            content: {
                                intro: string | null;
                                sections: {
                                    help: string | null;
                                    id: string;
                                    questions: ({
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        maxLabel: string;
                                        minLabel: string;
                                        required: boolean;
                                        scale: number;
                                        /** @enum {string} */
                                        type: "rating";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "yes_no";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "single_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "multiple_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "short_text";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "long_text";
                                    })[];
                                    title: string;
                                }[];
                            };
                            /** Format: uuid */
                            familyId: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            languageVersions: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                            }[];
                            name: string;
                            preset: ("general" | "manager" | "short") | null;
                            questionCount: number;
                            subAccountId: string | null;
                            subAccountName: string | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questionnaires/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        archived: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            checksUsingIt: number;
                            content: {
                                intro: string | null;
                                sections: {
                                    help: string | null;
                                    id: string;
                                    questions: ({
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        maxLabel: string;
                                        minLabel: string;
                                        required: boolean;
                                        scale: number;
                                        /** @enum {string} */
                                        type: "rating";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "yes_no";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "single_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "multiple_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "short_text";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "long_text";
                                    })[];
                                    title: string;
                                }[];
                            };
                            /** Format: uuid */
                            familyId: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            languageVersions: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                            }[];
                            name: string;
                            preset: ("general" | "manager" | "short") | null;
                            questionCount: number;
                            subAccountId: string | null;
                            subAccountName: string | null;
                            updatedAt: string;
                            version: number;
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
    "/api/questionnaires/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            checksUsingIt: number;
                            content: {
                                intro: string | null;
                                sections: {
                                    help: string | null;
                                    id: string;
                                    questions: ({
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        maxLabel: string;
                                        minLabel: string;
                                        required: boolean;
                                        scale: number;
                                        /** @enum {string} */
                                        type: "rating";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "yes_no";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "single_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "multiple_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "short_text";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "long_text";
                                    })[];
                                    title: string;
                                }[];
                            };
                            /** Format: uuid */
                            familyId: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            languageVersions: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                            }[];
                            name: string;
                            preset: ("general" | "manager" | "short") | null;
                            questionCount: number;
                            subAccountId: string | null;
                            subAccountName: string | null;
                            updatedAt: string;
                            version: number;
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
    "/api/questionnaires/{id}/language-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        /** @enum {string} */
                        language: "en" | "sv";
                        name?: string;
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
                            archived: boolean;
                            checksUsingIt: number;
                            content: {
                                intro: string | null;
                                sections: {
                                    help: string | null;
                                    id: string;
                                    questions: ({
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        maxLabel: string;
                                        minLabel: string;
                                        required: boolean;
                                        scale: number;
                                        /** @enum {string} */
                                        type: "rating";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "yes_no";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "single_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "multiple_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "short_text";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "long_text";
                                    })[];
                                    title: string;
                                }[];
                            };
                            /** Format: uuid */
                            familyId: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            languageVersions: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                            }[];
                            name: string;
                            preset: ("general" | "manager" | "short") | null;
                            questionCount: number;
                            subAccountId: string | null;
                            subAccountName: string | null;
                            updatedAt: string;
                            version: number;
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
    "/api/questionnaires/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            items: {
                                checks: number;
                                createdAt: string;
                                createdByName: string | null;
                                /** Format: uuid */
                                id: string;
                                questionCount: number;
                                version: number;
                            }[];
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
    "/api/reference-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    attention?: "true" | "false";
                    cursor?: string;
                    limit?: number;
                    q?: string;
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
                            items: {
                                answered: number;
                                attention: ("referee_declined" | "referee_bounced" | "referee_silent" | "candidate_silent" | "candidate_unreachable") | null;
                                bounced: number;
                                /** Format: uuid */
                                candidateId: string;
                                candidateName: string;
                                createdAt: string;
                                declined: number;
                                fraudSignals: number;
                                /** Format: uuid */
                                id: string;
                                jobId: string | null;
                                jobTitle: string | null;
                                refereesWanted: number;
                                requested: number;
                                /** @enum {string} */
                                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                                subAccountId: string | null;
                                subAccountName: string | null;
                                templateName: string;
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                            stalls: {
                                /** Format: uuid */
                                candidateId: string;
                                candidateName: string;
                                createdAt: string;
                                /** Format: uuid */
                                jobId: string;
                                jobTitle: string | null;
                                /** Format: uuid */
                                placementId: string;
                                /** @enum {string} */
                                reason: "candidate_no_email" | "candidate_no_phone" | "candidate_no_contact";
                                subAccountName: string | null;
                            }[];
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
    "/api/reference-checks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            answered: number;
                            attention: ("referee_declined" | "referee_bounced" | "referee_silent" | "candidate_silent" | "candidate_unreachable") | null;
                            bounced: number;
                            cancelledAt: string | null;
                            /** @enum {string} */
                            candidateChannel: "email" | "sms" | "email_and_sms" | "none";
                            candidateConsentAt: string | null;
                            /** Format: uuid */
                            candidateId: string;
                            candidateName: string;
                            candidateNextReminderAt: string | null;
                            closedEarly: boolean;
                            completedAt: string | null;
                            createdAt: string;
                            declined: number;
                            externalId: string | null;
                            fraudSignals: number;
                            /** Format: uuid */
                            id: string;
                            jobId: string | null;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            linksExpireAt: string;
                            /** @enum {string} */
                            refereeChannel: "email" | "sms" | "email_and_sms" | "none";
                            referees: {
                                /** @enum {string} */
                                addedBy: "candidate" | "recruiter" | "api";
                                answeredAt: string | null;
                                answersWithdrawnAt: string | null;
                                bouncedAt: string | null;
                                company: string | null;
                                declinedAt: string | null;
                                declineReason: string | null;
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                invitedAt: string | null;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                                namedConsent: {
                                    apiKeyId: string | null;
                                    confirmedAt: string;
                                    confirmedByName: string | null;
                                    /** @enum {string} */
                                    method: "in_writing" | "verbally" | "in_application" | "other";
                                    note: string | null;
                                } | null;
                                nextReminderAt: string | null;
                                openedAt: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                remindersSent: number;
                                startedAt: string | null;
                                statedRelationship: ("manager" | "colleague" | "direct_report" | "client" | "other") | null;
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                                /** @enum {string} */
                                verification: "work_email_matches_company" | "free_mail" | "unverified";
                                verifiedBy: ("email" | "phone") | null;
                                workedTogether: string | null;
                            }[];
                            refereesWanted: number;
                            /** @enum {string} */
                            refereeVerification: "none" | "email" | "sms";
                            requested: number;
                            /** @enum {string} */
                            source: "step" | "profile" | "api";
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            subAccountId: string | null;
                            subAccountName: string | null;
                            /** Format: uuid */
                            templateId: string;
                            templateName: string;
                            templateVersion: number;
                            updatedAt: string;
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
    "/api/reference-checks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                            answered: number;
                            attention: ("referee_declined" | "referee_bounced" | "referee_silent" | "candidate_silent" | "candidate_unreachable") | null;
                            bounced: number;
                            cancelledAt: string | null;
                            /** @enum {string} */
                            candidateChannel: "email" | "sms" | "email_and_sms" | "none";
                            candidateConsentAt: string | null;
                            /** Format: uuid */
                            candidateId: string;
                            candidateName: string;
                            candidateNextReminderAt: string | null;
                            closedEarly: boolean;
                            completedAt: string | null;
                            createdAt: string;
                            declined: number;
                            externalId: string | null;
                            fraudSignals: number;
                            /** Format: uuid */
                            id: string;
                            jobId: string | null;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            linksExpireAt: string;
                            /** @enum {string} */
                            refereeChannel: "email" | "sms" | "email_and_sms" | "none";
                            referees: {
                                /** @enum {string} */
                                addedBy: "candidate" | "recruiter" | "api";
                                answeredAt: string | null;
                                answersWithdrawnAt: string | null;
                                bouncedAt: string | null;
                                company: string | null;
                                declinedAt: string | null;
                                declineReason: string | null;
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                invitedAt: string | null;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                                namedConsent: {
                                    apiKeyId: string | null;
                                    confirmedAt: string;
                                    confirmedByName: string | null;
                                    /** @enum {string} */
                                    method: "in_writing" | "verbally" | "in_application" | "other";
                                    note: string | null;
                                } | null;
                                nextReminderAt: string | null;
                                openedAt: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                remindersSent: number;
                                startedAt: string | null;
                                statedRelationship: ("manager" | "colleague" | "direct_report" | "client" | "other") | null;
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                                /** @enum {string} */
                                verification: "work_email_matches_company" | "free_mail" | "unverified";
                                verifiedBy: ("email" | "phone") | null;
                                workedTogether: string | null;
                            }[];
                            refereesWanted: number;
                            /** @enum {string} */
                            refereeVerification: "none" | "email" | "sms";
                            requested: number;
                            /** @enum {string} */
                            source: "step" | "profile" | "api";
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            subAccountId: string | null;
                            subAccountName: string | null;
                            /** Format: uuid */
                            templateId: string;
                            templateName: string;
                            templateVersion: number;
                            updatedAt: string;
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
    "/api/reference-checks/{id}/candidate-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: {
                    send?: "true" | "false";
                };
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
                            url: string;
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
    "/api/reference-checks/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                            answered: number;
                            attention: ("referee_declined" | "referee_bounced" | "referee_silent" | "candidate_silent" | "candidate_unreachable") | null;
                            bounced: number;
                            cancelledAt: string | null;
                            /** @enum {string} */
                            candidateChannel: "email" | "sms" | "email_and_sms" | "none";
                            candidateConsentAt: string | null;
                            /** Format: uuid */
                            candidateId: string;
                            candidateName: string;
                            candidateNextReminderAt: string | null;
                            closedEarly: boolean;
                            completedAt: string | null;
                            createdAt: string;
                            declined: number;
                            externalId: string | null;
                            fraudSignals: number;
                            /** Format: uuid */
                            id: string;
                            jobId: string | null;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            linksExpireAt: string;
                            /** @enum {string} */
                            refereeChannel: "email" | "sms" | "email_and_sms" | "none";
                            referees: {
                                /** @enum {string} */
                                addedBy: "candidate" | "recruiter" | "api";
                                answeredAt: string | null;
                                answersWithdrawnAt: string | null;
                                bouncedAt: string | null;
                                company: string | null;
                                declinedAt: string | null;
                                declineReason: string | null;
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                invitedAt: string | null;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                                namedConsent: {
                                    apiKeyId: string | null;
                                    confirmedAt: string;
                                    confirmedByName: string | null;
                                    /** @enum {string} */
                                    method: "in_writing" | "verbally" | "in_application" | "other";
                                    note: string | null;
                                } | null;
                                nextReminderAt: string | null;
                                openedAt: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                remindersSent: number;
                                startedAt: string | null;
                                statedRelationship: ("manager" | "colleague" | "direct_report" | "client" | "other") | null;
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                                /** @enum {string} */
                                verification: "work_email_matches_company" | "free_mail" | "unverified";
                                verifiedBy: ("email" | "phone") | null;
                                workedTogether: string | null;
                            }[];
                            refereesWanted: number;
                            /** @enum {string} */
                            refereeVerification: "none" | "email" | "sms";
                            requested: number;
                            /** @enum {string} */
                            source: "step" | "profile" | "api";
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            subAccountId: string | null;
                            subAccountName: string | null;
                            /** Format: uuid */
                            templateId: string;
                            templateName: string;
                            templateVersion: number;
                            updatedAt: string;
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
    "/api/reference-checks/{id}/fraud-signals/{signalId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    signalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reviewed: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            evidence: {
                                [key: string]: string | number | null;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "contact_matches_candidate" | "contact_shared_by_referees" | "same_ip" | "same_device" | "free_mail_with_company" | "answered_too_fast" | "referee_used_by_other_candidate" | "contact_lookalike_of_candidate" | "relationship_mismatch";
                            refereeId: string | null;
                            refereeName: string | null;
                            reviewedAt: string | null;
                            reviewedByName: string | null;
                            /** @enum {string} */
                            severity: "high" | "medium" | "low";
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
    "/api/reference-checks/{id}/fraud-signals/review-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                            groups: {
                                count: number;
                                /** @enum {string} */
                                kind: "contact_matches_candidate" | "contact_shared_by_referees" | "same_ip" | "same_device" | "free_mail_with_company" | "answered_too_fast" | "referee_used_by_other_candidate" | "contact_lookalike_of_candidate" | "relationship_mismatch";
                                /** @enum {string} */
                                severity: "high" | "medium" | "low";
                                signals: {
                                    createdAt: string;
                                    evidence: {
                                        [key: string]: string | number | null;
                                    };
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "contact_matches_candidate" | "contact_shared_by_referees" | "same_ip" | "same_device" | "free_mail_with_company" | "answered_too_fast" | "referee_used_by_other_candidate" | "contact_lookalike_of_candidate" | "relationship_mismatch";
                                    refereeId: string | null;
                                    refereeName: string | null;
                                    reviewedAt: string | null;
                                    reviewedByName: string | null;
                                    /** @enum {string} */
                                    severity: "high" | "medium" | "low";
                                }[];
                                unreviewed: number;
                            }[];
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
    "/api/reference-checks/{id}/referees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        company?: string | null;
                        consent?: {
                            /** @enum {string} */
                            method: "in_writing" | "verbally" | "in_application" | "other";
                            note?: string | null;
                        };
                        email?: string | null;
                        /** @enum {string} */
                        language: "en" | "sv";
                        name: string;
                        phone?: string | null;
                        /** @enum {string} */
                        relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                        workedTogether?: string | null;
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
                            answered: number;
                            attention: ("referee_declined" | "referee_bounced" | "referee_silent" | "candidate_silent" | "candidate_unreachable") | null;
                            bounced: number;
                            cancelledAt: string | null;
                            /** @enum {string} */
                            candidateChannel: "email" | "sms" | "email_and_sms" | "none";
                            candidateConsentAt: string | null;
                            /** Format: uuid */
                            candidateId: string;
                            candidateName: string;
                            candidateNextReminderAt: string | null;
                            closedEarly: boolean;
                            completedAt: string | null;
                            createdAt: string;
                            declined: number;
                            externalId: string | null;
                            fraudSignals: number;
                            /** Format: uuid */
                            id: string;
                            jobId: string | null;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            linksExpireAt: string;
                            /** @enum {string} */
                            refereeChannel: "email" | "sms" | "email_and_sms" | "none";
                            referees: {
                                /** @enum {string} */
                                addedBy: "candidate" | "recruiter" | "api";
                                answeredAt: string | null;
                                answersWithdrawnAt: string | null;
                                bouncedAt: string | null;
                                company: string | null;
                                declinedAt: string | null;
                                declineReason: string | null;
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                invitedAt: string | null;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                                namedConsent: {
                                    apiKeyId: string | null;
                                    confirmedAt: string;
                                    confirmedByName: string | null;
                                    /** @enum {string} */
                                    method: "in_writing" | "verbally" | "in_application" | "other";
                                    note: string | null;
                                } | null;
                                nextReminderAt: string | null;
                                openedAt: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                remindersSent: number;
                                startedAt: string | null;
                                statedRelationship: ("manager" | "colleague" | "direct_report" | "client" | "other") | null;
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                                /** @enum {string} */
                                verification: "work_email_matches_company" | "free_mail" | "unverified";
                                verifiedBy: ("email" | "phone") | null;
                                workedTogether: string | null;
                            }[];
                            refereesWanted: number;
                            /** @enum {string} */
                            refereeVerification: "none" | "email" | "sms";
                            requested: number;
                            /** @enum {string} */
                            source: "step" | "profile" | "api";
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            subAccountId: string | null;
                            subAccountName: string | null;
                            /** Format: uuid */
                            templateId: string;
                            templateName: string;
                            templateVersion: number;
                            updatedAt: string;
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
    "/api/reference-checks/{id}/referees/{refereeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    refereeId: string;
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
                            answered: number;
                            attention: ("referee_declined" | "referee_bounced" | "referee_silent" | "candidate_silent" | "candidate_unreachable") | null;
                            bounced: number;
                            cancelledAt: string | null;
                            /** @enum {string} */
                            candidateChannel: "email" | "sms" | "email_and_sms" | "none";
                            candidateConsentAt: string | null;
                            /** Format: uuid */
                            candidateId: string;
                            candidateName: string;
                            candidateNextReminderAt: string | null;
                            closedEarly: boolean;
                            completedAt: string | null;
                            createdAt: string;
                            declined: number;
                            externalId: string | null;
                            fraudSignals: number;
                            /** Format: uuid */
                            id: string;
                            jobId: string | null;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            linksExpireAt: string;
                            /** @enum {string} */
                            refereeChannel: "email" | "sms" | "email_and_sms" | "none";
                            referees: {
                                /** @enum {string} */
                                addedBy: "candidate" | "recruiter" | "api";
                                answeredAt: string | null;
                                answersWithdrawnAt: string | null;
                                bouncedAt: string | null;
                                company: string | null;
                                declinedAt: string | null;
                                declineReason: string | null;
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                invitedAt: string | null;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                                namedConsent: {
                                    apiKeyId: string | null;
                                    confirmedAt: string;
                                    confirmedByName: string | null;
                                    /** @enum {string} */
                                    method: "in_writing" | "verbally" | "in_application" | "other";
                                    note: string | null;
                                } | null;
                                nextReminderAt: string | null;
                                openedAt: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                remindersSent: number;
                                startedAt: string | null;
                                statedRelationship: ("manager" | "colleague" | "direct_report" | "client" | "other") | null;
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                                /** @enum {string} */
                                verification: "work_email_matches_company" | "free_mail" | "unverified";
                                verifiedBy: ("email" | "phone") | null;
                                workedTogether: string | null;
                            }[];
                            refereesWanted: number;
                            /** @enum {string} */
                            refereeVerification: "none" | "email" | "sms";
                            requested: number;
                            /** @enum {string} */
                            source: "step" | "profile" | "api";
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            subAccountId: string | null;
                            subAccountName: string | null;
                            /** Format: uuid */
                            templateId: string;
                            templateName: string;
                            templateVersion: number;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    refereeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        company?: string | null;
                        email?: string | null;
                        /** @enum {string} */
                        language: "en" | "sv";
                        name: string;
                        phone?: string | null;
                        /** @enum {string} */
                        relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                        workedTogether?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answered: number;
                            attention: ("referee_declined" | "referee_bounced" | "referee_silent" | "candidate_silent" | "candidate_unreachable") | null;
                            bounced: number;
                            cancelledAt: string | null;
                            /** @enum {string} */
                            candidateChannel: "email" | "sms" | "email_and_sms" | "none";
                            candidateConsentAt: string | null;
                            /** Format: uuid */
                            candidateId: string;
                            candidateName: string;
                            candidateNextReminderAt: string | null;
                            closedEarly: boolean;
                            completedAt: string | null;
                            createdAt: string;
                            declined: number;
                            externalId: string | null;
                            fraudSignals: number;
                            /** Format: uuid */
                            id: string;
                            jobId: string | null;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            linksExpireAt: string;
                            /** @enum {string} */
                            refereeChannel: "email" | "sms" | "email_and_sms" | "none";
                            referees: {
                                /** @enum {string} */
                                addedBy: "candidate" | "recruiter" | "api";
                                answeredAt: string | null;
                                answersWithdrawnAt: string | null;
                                bouncedAt: string | null;
                                company: string | null;
                                declinedAt: string | null;
                                declineReason: string | null;
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                invitedAt: string | null;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                                namedConsent: {
                                    apiKeyId: string | null;
                                    confirmedAt: string;
                                    confirmedByName: string | null;
                                    /** @enum {string} */
                                    method: "in_writing" | "verbally" | "in_application" | "other";
                                    note: string | null;
                                } | null;
                                nextReminderAt: string | null;
                                openedAt: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                remindersSent: number;
                                startedAt: string | null;
                                statedRelationship: ("manager" | "colleague" | "direct_report" | "client" | "other") | null;
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                                /** @enum {string} */
                                verification: "work_email_matches_company" | "free_mail" | "unverified";
                                verifiedBy: ("email" | "phone") | null;
                                workedTogether: string | null;
                            }[];
                            refereesWanted: number;
                            /** @enum {string} */
                            refereeVerification: "none" | "email" | "sms";
                            requested: number;
                            /** @enum {string} */
                            source: "step" | "profile" | "api";
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            subAccountId: string | null;
                            subAccountName: string | null;
                            /** Format: uuid */
                            templateId: string;
                            templateName: string;
                            templateVersion: number;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/reference-checks/{id}/referees/{refereeId}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    refereeId: string;
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
                            url: string;
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
    "/api/reference-checks/{id}/referees/{refereeId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    refereeId: string;
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
                            answered: number;
                            attention: ("referee_declined" | "referee_bounced" | "referee_silent" | "candidate_silent" | "candidate_unreachable") | null;
                            bounced: number;
                            cancelledAt: string | null;
                            /** @enum {string} */
                            candidateChannel: "email" | "sms" | "email_and_sms" | "none";
                            candidateConsentAt: string | null;
                            /** Format: uuid */
                            candidateId: string;
                            candidateName: string;
                            candidateNextReminderAt: string | null;
                            closedEarly: boolean;
                            completedAt: string | null;
                            createdAt: string;
                            declined: number;
                            externalId: string | null;
                            fraudSignals: number;
                            /** Format: uuid */
                            id: string;
                            jobId: string | null;
                            jobTitle: string | null;
                            /** @enum {string} */
                            language: "en" | "sv";
                            linksExpireAt: string;
                            /** @enum {string} */
                            refereeChannel: "email" | "sms" | "email_and_sms" | "none";
                            referees: {
                                /** @enum {string} */
                                addedBy: "candidate" | "recruiter" | "api";
                                answeredAt: string | null;
                                answersWithdrawnAt: string | null;
                                bouncedAt: string | null;
                                company: string | null;
                                declinedAt: string | null;
                                declineReason: string | null;
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                invitedAt: string | null;
                                /** @enum {string} */
                                language: "en" | "sv";
                                name: string;
                                namedConsent: {
                                    apiKeyId: string | null;
                                    confirmedAt: string;
                                    confirmedByName: string | null;
                                    /** @enum {string} */
                                    method: "in_writing" | "verbally" | "in_application" | "other";
                                    note: string | null;
                                } | null;
                                nextReminderAt: string | null;
                                openedAt: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                remindersSent: number;
                                startedAt: string | null;
                                statedRelationship: ("manager" | "colleague" | "direct_report" | "client" | "other") | null;
                                /** @enum {string} */
                                status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                                /** @enum {string} */
                                verification: "work_email_matches_company" | "free_mail" | "unverified";
                                verifiedBy: ("email" | "phone") | null;
                                workedTogether: string | null;
                            }[];
                            refereesWanted: number;
                            /** @enum {string} */
                            refereeVerification: "none" | "email" | "sms";
                            requested: number;
                            /** @enum {string} */
                            source: "step" | "profile" | "api";
                            /** @enum {string} */
                            status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                            subAccountId: string | null;
                            subAccountName: string | null;
                            /** Format: uuid */
                            templateId: string;
                            templateName: string;
                            templateVersion: number;
                            updatedAt: string;
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
    "/api/reference-checks/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            check: {
                                answered: number;
                                attention: ("referee_declined" | "referee_bounced" | "referee_silent" | "candidate_silent" | "candidate_unreachable") | null;
                                bounced: number;
                                cancelledAt: string | null;
                                /** @enum {string} */
                                candidateChannel: "email" | "sms" | "email_and_sms" | "none";
                                candidateConsentAt: string | null;
                                /** Format: uuid */
                                candidateId: string;
                                candidateName: string;
                                candidateNextReminderAt: string | null;
                                closedEarly: boolean;
                                completedAt: string | null;
                                createdAt: string;
                                declined: number;
                                externalId: string | null;
                                fraudSignals: number;
                                /** Format: uuid */
                                id: string;
                                jobId: string | null;
                                jobTitle: string | null;
                                /** @enum {string} */
                                language: "en" | "sv";
                                linksExpireAt: string;
                                /** @enum {string} */
                                refereeChannel: "email" | "sms" | "email_and_sms" | "none";
                                referees: {
                                    /** @enum {string} */
                                    addedBy: "candidate" | "recruiter" | "api";
                                    answeredAt: string | null;
                                    answersWithdrawnAt: string | null;
                                    bouncedAt: string | null;
                                    company: string | null;
                                    declinedAt: string | null;
                                    declineReason: string | null;
                                    email: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    invitedAt: string | null;
                                    /** @enum {string} */
                                    language: "en" | "sv";
                                    name: string;
                                    namedConsent: {
                                        apiKeyId: string | null;
                                        confirmedAt: string;
                                        confirmedByName: string | null;
                                        /** @enum {string} */
                                        method: "in_writing" | "verbally" | "in_application" | "other";
                                        note: string | null;
                                    } | null;
                                    nextReminderAt: string | null;
                                    openedAt: string | null;
                                    phone: string | null;
                                    /** @enum {string} */
                                    relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                    remindersSent: number;
                                    startedAt: string | null;
                                    statedRelationship: ("manager" | "colleague" | "direct_report" | "client" | "other") | null;
                                    /** @enum {string} */
                                    status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                                    /** @enum {string} */
                                    verification: "work_email_matches_company" | "free_mail" | "unverified";
                                    verifiedBy: ("email" | "phone") | null;
                                    workedTogether: string | null;
                                }[];
                                refereesWanted: number;
                                /** @enum {string} */
                                refereeVerification: "none" | "email" | "sms";
                                requested: number;
                                /** @enum {string} */
                                source: "step" | "profile" | "api";
                                /** @enum {string} */
                                status: "awaiting_referees" | "in_progress" | "completed" | "cancelled" | "expired";
                                subAccountId: string | null;
                                subAccountName: string | null;
                                /** Format: uuid */
                                templateId: string;
                                templateName: string;
                                templateVersion: number;
                                updatedAt: string;
                            };
                            fraudSignalGroups: {
                                count: number;
                                /** @enum {string} */
                                kind: "contact_matches_candidate" | "contact_shared_by_referees" | "same_ip" | "same_device" | "free_mail_with_company" | "answered_too_fast" | "referee_used_by_other_candidate" | "contact_lookalike_of_candidate" | "relationship_mismatch";
                                /** @enum {string} */
                                severity: "high" | "medium" | "low";
                                signals: {
                                    createdAt: string;
                                    evidence: {
                                        [key: string]: string | number | null;
                                    };
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "contact_matches_candidate" | "contact_shared_by_referees" | "same_ip" | "same_device" | "free_mail_with_company" | "answered_too_fast" | "referee_used_by_other_candidate" | "contact_lookalike_of_candidate" | "relationship_mismatch";
                                    refereeId: string | null;
                                    refereeName: string | null;
                                    reviewedAt: string | null;
                                    reviewedByName: string | null;
                                    /** @enum {string} */
                                    severity: "high" | "medium" | "low";
                                }[];
                                unreviewed: number;
                            }[];
                            fraudSignals: {
                                createdAt: string;
                                evidence: {
                                    [key: string]: string | number | null;
                                };
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "contact_matches_candidate" | "contact_shared_by_referees" | "same_ip" | "same_device" | "free_mail_with_company" | "answered_too_fast" | "referee_used_by_other_candidate" | "contact_lookalike_of_candidate" | "relationship_mismatch";
                                refereeId: string | null;
                                refereeName: string | null;
                                reviewedAt: string | null;
                                reviewedByName: string | null;
                                /** @enum {string} */
                                severity: "high" | "medium" | "low";
                            }[];
                            generatedAt: string;
                            linkCopies: {
                                copiedAt: string;
                                copiedBy: string;
                                /** Format: uuid */
                                refereeId: string;
                            }[];
                            questionnaire: {
                                intro: string | null;
                                sections: {
                                    help: string | null;
                                    id: string;
                                    questions: ({
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        maxLabel: string;
                                        minLabel: string;
                                        required: boolean;
                                        scale: number;
                                        /** @enum {string} */
                                        type: "rating";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "yes_no";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "single_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        options: {
                                            id: string;
                                            label: string;
                                        }[];
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "multiple_choice";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "short_text";
                                    } | {
                                        help: string | null;
                                        id: string;
                                        label: string;
                                        required: boolean;
                                        /** @enum {string} */
                                        type: "long_text";
                                    })[];
                                    title: string;
                                }[];
                            };
                            ratingSummaries: {
                                label: string;
                                maxLabel: string;
                                mean: number | null;
                                minLabel: string;
                                questionId: string;
                                scale: number;
                                scores: {
                                    /** Format: uuid */
                                    refereeId: string;
                                    refereeName: string;
                                    score: number | null;
                                }[];
                                spread: number | null;
                            }[];
                            responses: {
                                answers: {
                                    [key: string]: number | boolean | string | string[];
                                };
                                referee: {
                                    /** @enum {string} */
                                    addedBy: "candidate" | "recruiter" | "api";
                                    answeredAt: string | null;
                                    answersWithdrawnAt: string | null;
                                    bouncedAt: string | null;
                                    company: string | null;
                                    declinedAt: string | null;
                                    declineReason: string | null;
                                    email: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    invitedAt: string | null;
                                    /** @enum {string} */
                                    language: "en" | "sv";
                                    name: string;
                                    namedConsent: {
                                        apiKeyId: string | null;
                                        confirmedAt: string;
                                        confirmedByName: string | null;
                                        /** @enum {string} */
                                        method: "in_writing" | "verbally" | "in_application" | "other";
                                        note: string | null;
                                    } | null;
                                    nextReminderAt: string | null;
                                    openedAt: string | null;
                                    phone: string | null;
                                    /** @enum {string} */
                                    relationship: "manager" | "colleague" | "direct_report" | "client" | "other";
                                    remindersSent: number;
                                    startedAt: string | null;
                                    statedRelationship: ("manager" | "colleague" | "direct_report" | "client" | "other") | null;
                                    /** @enum {string} */
                                    status: "invited" | "opened" | "answered" | "declined" | "bounced" | "removed";
                                    /** @enum {string} */
                                    verification: "work_email_matches_company" | "free_mail" | "unverified";
                                    verifiedBy: ("email" | "phone") | null;
                                    workedTogether: string | null;
                                };
                                secondsToAnswer: number | null;
                            }[];
                            summary: {
                                answered: number;
                                bounced: number;
                                declined: number;
                                disagreements: {
                                    high: {
                                        /** Format: uuid */
                                        refereeId: string;
                                        refereeName: string;
                                        value: number | boolean;
                                    };
                                    /** @enum {string} */
                                    kind: "rating" | "yes_no";
                                    label: string;
                                    low: {
                                        /** Format: uuid */
                                        refereeId: string;
                                        refereeName: string;
                                        value: number | boolean;
                                    };
                                    questionId: string;
                                    scale: number | null;
                                    spread: number | null;
                                }[];
                                overall: {
                                    mean: number | null;
                                    referees: {
                                        mean: number | null;
                                        /** Format: uuid */
                                        refereeId: string;
                                        refereeName: string;
                                    }[];
                                    scale: number | null;
                                    spread: number | null;
                                };
                                refereesWanted: number;
                                rehire: {
                                    label: string;
                                    no: number;
                                    unanswered: number;
                                    yes: number;
                                } | null;
                                responseHours: {
                                    fastest: number | null;
                                    median: number | null;
                                    slowest: number | null;
                                };
                                verification: {
                                    count: number;
                                    /** @enum {string} */
                                    state: "work_email_matches_company" | "free_mail" | "unverified";
                                }[];
                                verifiedByCode: {
                                    email: number;
                                    phone: number;
                                };
                            };
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
    "/api/reference-checks/{id}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                    content?: never;
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
    "/api/reference-checks/{id}/share-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            enabled: boolean;
                            items: {
                                createdAt: string;
                                createdByName: string | null;
                                expiresAt: string;
                                /** Format: uuid */
                                id: string;
                                lastOpenedAt: string | null;
                                opens: number;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description Answers 409 `share_links_disabled` while report share links are turned off in the company settings. */
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
                        expiresInDays?: number;
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
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            url: string;
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
    "/api/reference-checks/{id}/share-links/{linkId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                            createdAt: string;
                            createdByName: string | null;
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            lastOpenedAt: string | null;
                            opens: number;
                            revokedAt: string | null;
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
    "/api/reference-checks/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            items: {
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                at: string;
                                id: string;
                                /** @enum {string} */
                                kind: "started" | "candidate_link_copied" | "candidate_link_resent" | "referee_link_copied" | "referee_link_resent" | "referee_answered" | "referee_declined" | "closed_early" | "cancelled" | "consent_withdrawn" | "referee_withdrew";
                                referee: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            }[];
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
    "/api/reference-checks/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        /**
                         * @default email_and_sms
                         * @enum {string}
                         */
                        candidateChannel?: "email" | "sms" | "email_and_sms" | "none";
                        candidateIds: string[];
                        instruction?: string | null;
                        jobId?: string | null;
                        /** @enum {string} */
                        language: "en" | "sv";
                        /**
                         * @default email_and_sms
                         * @enum {string}
                         */
                        refereeChannel?: "email" | "sms" | "email_and_sms" | "none";
                        /** @default 3 */
                        refereesWanted?: number;
                        /**
                         * @default none
                         * @enum {string}
                         */
                        refereeVerification?: "none" | "email" | "sms";
                        subAccountId?: string | null;
                        /** Format: uuid */
                        templateId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                /** Format: uuid */
                                candidateId: string;
                                candidateName: string | null;
                                checkId: string | null;
                                /** @enum {string} */
                                outcome: "started" | "skipped";
                                params: {
                                    [key: string]: unknown;
                                } | null;
                                reason: string | null;
                            }[];
                            skipped: number;
                            started: number;
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
    "/api/reference-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
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
                            rows: {
                                bounceRate: number | null;
                                checks: number;
                                completedChecks: number;
                                declineRate: number | null;
                                /** @enum {string} */
                                groupBy: "company" | "sub_account" | "template" | "recruiter" | "month";
                                groupId: string | null;
                                groupName: string;
                                medianHoursToAnswer: number | null;
                                medianHoursToComplete: number | null;
                                medianHoursToReferees: number | null;
                                refereesAnswered: number;
                                refereesBounced: number;
                                refereesDeclined: number;
                                refereesInvited: number;
                                remindersPerCheck: number | null;
                                responseRate: number | null;
                            }[];
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
    "/api/referral-bonuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    state?: string;
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
                            items: {
                                amount: number | null;
                                approvedAt: string | null;
                                candidateName: string;
                                currency: string | null;
                                eligibleAt: string | null;
                                eligibleOn: string;
                                forfeitedAt: string | null;
                                forfeitReason: string | null;
                                hiredAt: string;
                                /** Format: uuid */
                                id: string;
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                } | null;
                                paidAmount: number | null;
                                paidOn: string | null;
                                payrollReference: string | null;
                                /** Format: uuid */
                                referralId: string;
                                referrer: {
                                    email: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                startDate: string;
                                /** @enum {string} */
                                state: "pending" | "eligible" | "approved" | "paid" | "forfeited";
                                value: string;
                                waitingDays: number;
                            }[];
                            nextCursor: string | null;
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
    "/api/referral-bonuses/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                            amount: number | null;
                            approvedAt: string | null;
                            candidateName: string;
                            currency: string | null;
                            eligibleAt: string | null;
                            eligibleOn: string;
                            forfeitedAt: string | null;
                            forfeitReason: string | null;
                            hiredAt: string;
                            /** Format: uuid */
                            id: string;
                            job: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            paidAmount: number | null;
                            paidOn: string | null;
                            payrollReference: string | null;
                            /** Format: uuid */
                            referralId: string;
                            referrer: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            startDate: string;
                            /** @enum {string} */
                            state: "pending" | "eligible" | "approved" | "paid" | "forfeited";
                            value: string;
                            waitingDays: number;
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
    "/api/referral-bonuses/{id}/forfeit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: number | null;
                            approvedAt: string | null;
                            candidateName: string;
                            currency: string | null;
                            eligibleAt: string | null;
                            eligibleOn: string;
                            forfeitedAt: string | null;
                            forfeitReason: string | null;
                            hiredAt: string;
                            /** Format: uuid */
                            id: string;
                            job: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            paidAmount: number | null;
                            paidOn: string | null;
                            payrollReference: string | null;
                            /** Format: uuid */
                            referralId: string;
                            referrer: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            startDate: string;
                            /** @enum {string} */
                            state: "pending" | "eligible" | "approved" | "paid" | "forfeited";
                            value: string;
                            waitingDays: number;
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
    "/api/referral-bonuses/{id}/paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        amount: number;
                        /** Format: date */
                        paidOn: string;
                        payrollReference: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: number | null;
                            approvedAt: string | null;
                            candidateName: string;
                            currency: string | null;
                            eligibleAt: string | null;
                            eligibleOn: string;
                            forfeitedAt: string | null;
                            forfeitReason: string | null;
                            hiredAt: string;
                            /** Format: uuid */
                            id: string;
                            job: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            paidAmount: number | null;
                            paidOn: string | null;
                            payrollReference: string | null;
                            /** Format: uuid */
                            referralId: string;
                            referrer: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            startDate: string;
                            /** @enum {string} */
                            state: "pending" | "eligible" | "approved" | "paid" | "forfeited";
                            value: string;
                            waitingDays: number;
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
    "/api/referral-bonuses/{id}/start-date": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
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
                        /** Format: date */
                        startDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: number | null;
                            approvedAt: string | null;
                            candidateName: string;
                            currency: string | null;
                            eligibleAt: string | null;
                            eligibleOn: string;
                            forfeitedAt: string | null;
                            forfeitReason: string | null;
                            hiredAt: string;
                            /** Format: uuid */
                            id: string;
                            job: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            paidAmount: number | null;
                            paidOn: string | null;
                            payrollReference: string | null;
                            /** Format: uuid */
                            referralId: string;
                            referrer: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            startDate: string;
                            /** @enum {string} */
                            state: "pending" | "eligible" | "approved" | "paid" | "forfeited";
                            value: string;
                            waitingDays: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referral-bonuses/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV, at most 10000 rows */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
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
    "/api/referral-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            acceptKnownFromAgents: boolean;
                            acceptKnownFromEmployees: boolean;
                            maxAgentSubmissionsPerJob: number;
                            /** @enum {string} */
                            ownershipMode: "candidate" | "submission" | "submission_and_candidate";
                            showSelfAppliedToReferrer: boolean;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        acceptKnownFromAgents?: boolean;
                        acceptKnownFromEmployees?: boolean;
                        maxAgentSubmissionsPerJob?: number;
                        /** @enum {string} */
                        ownershipMode?: "candidate" | "submission" | "submission_and_candidate";
                        showSelfAppliedToReferrer?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acceptKnownFromAgents: boolean;
                            acceptKnownFromEmployees: boolean;
                            maxAgentSubmissionsPerJob: number;
                            /** @enum {string} */
                            ownershipMode: "candidate" | "submission" | "submission_and_candidate";
                            showSelfAppliedToReferrer: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    bonusState?: "pending" | "eligible" | "approved" | "paid" | "forfeited" | "none";
                    cursor?: string;
                    departmentId?: string;
                    from?: string;
                    jobId?: string;
                    limit?: number;
                    ownership?: "candidate" | "submission" | "none";
                    q?: string;
                    referrerId?: string;
                    scope?: "mine" | "all";
                    sort?: "status_changed" | "created" | "name" | "status";
                    source?: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission" | "employee_referral" | "agent_submission" | "share_link";
                    stale?: "true" | "false";
                    status?: string;
                    tab?: "active" | "inactive";
                    to?: string;
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
                            counts: {
                                active: number;
                                inactive: number;
                                statuses: {
                                    count: number;
                                    /** @enum {string} */
                                    status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                                }[];
                            } | null;
                            items: {
                                active: boolean;
                                candidate: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                company: string | null;
                                createdAt: string;
                                department: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                firstName: string;
                                /** Format: uuid */
                                id: string;
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                } | null;
                                lastName: string;
                                position: string | null;
                                referrer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission" | "employee_referral" | "agent_submission" | "share_link";
                                stale: boolean;
                                /** @enum {string} */
                                status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                                statusChangedAt: string;
                            }[];
                            nextCursor: string | null;
                            scope: {
                                departments: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                mode: "mine" | "all";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
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
                        candidateAware?: boolean | null;
                        company?: string | null;
                        email: string;
                        firstName: string;
                        /** @default [] */
                        jobIds?: string[];
                        /** @enum {string} */
                        language?: "en" | "sv";
                        lastName: string;
                        linkedinUrl?: string | null;
                        note?: string | null;
                        phone?: string | null;
                        position?: string | null;
                        relationship?: string | null;
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
                            hint: "general_in_submission_mode" | null;
                            referrals: {
                                /** Format: uuid */
                                id: string;
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                } | null;
                                ownership: ("candidate" | "submission") | null;
                            }[];
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
    "/api/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            candidateId: string | null;
                            company: string | null;
                            createdAt: string;
                            department: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            dueAt: string | null;
                            email: string | null;
                            events: {
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                answer: ("introduced" | "declined" | "will_reach_out" | "not_well_enough") | null;
                                createdAt: string;
                                fromStatus: ("passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn") | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "status" | "deactivated" | "reactivated" | "job_archived" | "late_answer" | "excluded" | "ownership_transferred" | "bonus";
                                note: string | null;
                                /** @enum {string} */
                                toStatus: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                            }[];
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            job: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            lastName: string;
                            linkedinUrl: string | null;
                            loveToWorkAgain: boolean;
                            note: string | null;
                            overdue: boolean;
                            phone: string | null;
                            position: string | null;
                            referrer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            skills: string[];
                            /** @enum {string} */
                            source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission" | "employee_referral" | "agent_submission" | "share_link";
                            /** @enum {string} */
                            status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                            statusChangedAt: string;
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
        patch: {
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
                        departmentId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            candidateId: string | null;
                            company: string | null;
                            createdAt: string;
                            department: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            dueAt: string | null;
                            email: string | null;
                            events: {
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                answer: ("introduced" | "declined" | "will_reach_out" | "not_well_enough") | null;
                                createdAt: string;
                                fromStatus: ("passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn") | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "status" | "deactivated" | "reactivated" | "job_archived" | "late_answer" | "excluded" | "ownership_transferred" | "bonus";
                                note: string | null;
                                /** @enum {string} */
                                toStatus: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                            }[];
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            job: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            lastName: string;
                            linkedinUrl: string | null;
                            loveToWorkAgain: boolean;
                            note: string | null;
                            overdue: boolean;
                            phone: string | null;
                            position: string | null;
                            referrer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            skills: string[];
                            /** @enum {string} */
                            source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission" | "employee_referral" | "agent_submission" | "share_link";
                            /** @enum {string} */
                            status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                            statusChangedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/referrals/{id}/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        active: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            candidate: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            company: string | null;
                            createdAt: string;
                            department: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            job: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            lastName: string;
                            position: string | null;
                            referrer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission" | "employee_referral" | "agent_submission" | "share_link";
                            stale: boolean;
                            /** @enum {string} */
                            status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                            statusChangedAt: string;
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
    "/api/referrals/{id}/add-to-job": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        /** Format: uuid */
                        jobId: string;
                        /** Format: uuid */
                        stepId?: string;
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
                            candidateCreated: boolean;
                            /** Format: uuid */
                            candidateId: string;
                            /** Format: uuid */
                            jobId: string;
                            /** Format: uuid */
                            placementId: string;
                            /** Format: uuid */
                            referralId: string;
                            /** Format: uuid */
                            stepId: string;
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
    "/api/referrals/{id}/request-introduction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        message?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            candidateId: string | null;
                            company: string | null;
                            createdAt: string;
                            department: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            dueAt: string | null;
                            email: string | null;
                            events: {
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                answer: ("introduced" | "declined" | "will_reach_out" | "not_well_enough") | null;
                                createdAt: string;
                                fromStatus: ("passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn") | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "status" | "deactivated" | "reactivated" | "job_archived" | "late_answer" | "excluded" | "ownership_transferred" | "bonus";
                                note: string | null;
                                /** @enum {string} */
                                toStatus: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                            }[];
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            job: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            lastName: string;
                            linkedinUrl: string | null;
                            loveToWorkAgain: boolean;
                            note: string | null;
                            overdue: boolean;
                            phone: string | null;
                            position: string | null;
                            referrer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            skills: string[];
                            /** @enum {string} */
                            source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission" | "employee_referral" | "agent_submission" | "share_link";
                            /** @enum {string} */
                            status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                            statusChangedAt: string;
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
    "/api/referrals/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        note?: string | null;
                        /** @enum {string} */
                        status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            candidateId: string | null;
                            company: string | null;
                            createdAt: string;
                            department: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            dueAt: string | null;
                            email: string | null;
                            events: {
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                answer: ("introduced" | "declined" | "will_reach_out" | "not_well_enough") | null;
                                createdAt: string;
                                fromStatus: ("passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn") | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "status" | "deactivated" | "reactivated" | "job_archived" | "late_answer" | "excluded" | "ownership_transferred" | "bonus";
                                note: string | null;
                                /** @enum {string} */
                                toStatus: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                            }[];
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            job: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            lastName: string;
                            linkedinUrl: string | null;
                            loveToWorkAgain: boolean;
                            note: string | null;
                            overdue: boolean;
                            phone: string | null;
                            position: string | null;
                            referrer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            skills: string[];
                            /** @enum {string} */
                            source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission" | "employee_referral" | "agent_submission" | "share_link";
                            /** @enum {string} */
                            status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                            statusChangedAt: string;
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
    "/api/referrals/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        reason: string;
                        /** Format: uuid */
                        toMembershipId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
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
    "/api/referrals/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    bonusState?: "pending" | "eligible" | "approved" | "paid" | "forfeited" | "none";
                    departmentId?: string;
                    from?: string;
                    jobId?: string;
                    ownership?: "candidate" | "submission" | "none";
                    q?: string;
                    referrerId?: string;
                    scope?: "mine" | "all";
                    sort?: "status_changed" | "created" | "name" | "status";
                    source?: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission" | "employee_referral" | "agent_submission" | "share_link";
                    stale?: "true" | "false";
                    status?: string;
                    tab?: "active" | "inactive";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV, at most 10000 rows */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
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
    "/api/referrals/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            items: {
                                departmentName: string | null;
                                /** Format: uuid */
                                id: string;
                                limit: number;
                                location: string | null;
                                mySubmissions: number;
                                title: string;
                            }[];
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
    "/api/referrals/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    departmentId?: string;
                    from?: string;
                    limit?: number;
                    mark?: "email_introduction" | "warm_prospect" | "cold_prospect";
                    overdue?: "true" | "false";
                    q?: string;
                    referrerId?: string;
                    scope?: "mine" | "all";
                    tab?: "introductions" | "prospects";
                    to?: string;
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
                            highlights: {
                                field: ("title" | "company" | "skill" | "name") | null;
                                prefix: boolean;
                                text: string;
                            }[];
                            items: {
                                active: boolean;
                                candidateId: string | null;
                                company: string | null;
                                createdAt: string;
                                department: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                dueAt: string | null;
                                email: string | null;
                                firstName: string;
                                /** Format: uuid */
                                id: string;
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                } | null;
                                lastName: string;
                                linkedinUrl: string | null;
                                loveToWorkAgain: boolean;
                                note: string | null;
                                overdue: boolean;
                                phone: string | null;
                                position: string | null;
                                referrer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                skills: string[];
                                /** @enum {string} */
                                source: "email_introduction" | "warm_prospect" | "cold_prospect" | "referral_request" | "submission" | "employee_referral" | "agent_submission" | "share_link";
                                /** @enum {string} */
                                status: "passed_on" | "introduction_requested" | "introduced" | "introduction_declined" | "recruiter_contacted" | "refer_request_sent" | "referrer_contacted" | "referrer_declined" | "candidate_interested" | "candidate_not_interested" | "applied" | "interviewing" | "offer" | "hired" | "not_hired" | "withdrawn";
                                statusChangedAt: string;
                            }[];
                            nextCursor: string | null;
                            scope: {
                                departments: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                mode: "mine" | "all";
                            };
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
    "/api/referrals/network/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                    from?: string;
                    mark?: "email_introduction" | "warm_prospect" | "cold_prospect";
                    overdue?: "true" | "false";
                    q?: string;
                    referrerId?: string;
                    scope?: "mine" | "all";
                    tab?: "introductions" | "prospects";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV, at most 10000 rows */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
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
    "/api/referrals/with-cv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Refer someone as `multipart/form-data`: the fields of `POST /api/referrals`, and `cv` (PDF or Word, 10 MB). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hint: "general_in_submission_mode" | null;
                            referrals: {
                                /** Format: uuid */
                                id: string;
                                job: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                } | null;
                                ownership: ("candidate" | "submission") | null;
                            }[];
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
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    q: string;
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
                            candidates: {
                                detail: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            jobs: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                status: "open" | "archived";
                                title: string;
                            }[];
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
    "/api/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            openSignup: boolean;
                            setupNeeded: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description First-run setup: creates the first company and its admin while no company exists (409 afterwards). With a mail server the address is verified first (202); without one the person is signed in (200). */
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
                        companyName: string;
                        email: string;
                        /**
                         * @default en
                         * @enum {string}
                         */
                        language?: "en" | "sv";
                        name: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agencyName: string | null;
                            /** Format: uuid */
                            companyId: string;
                            companyName: string;
                            csrfToken: string;
                            departmentIds: string[];
                            email: string;
                            /** @enum {string} */
                            language: "en" | "sv";
                            /** Format: uuid */
                            membershipId: string;
                            memberships: {
                                /** Format: uuid */
                                companyId: string;
                                companyName: string;
                                /** @enum {string} */
                                role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            }[];
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "recruiter" | "hiring_manager" | "employee" | "agent";
                            /** Format: uuid */
                            userId: string;
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demoLink: string | null;
                            email: string;
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
    "/api/share-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
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
                            items: {
                                applications: number;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                jobId: string;
                                jobOpen: boolean;
                                jobTitle: string;
                                url: string;
                                views: number;
                            }[];
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
    "/api/sub-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    includeArchived?: string;
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
                            items: {
                                archived: boolean;
                                /** Format: uuid */
                                id: string;
                                logoDataUrl: string | null;
                                memberCount: number;
                                name: string;
                                senderName: string | null;
                                templateCount: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
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
                        logoDataUrl?: string | null;
                        name: string;
                        senderName?: string | null;
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
                            archived: boolean;
                            /** Format: uuid */
                            id: string;
                            logoDataUrl: string | null;
                            memberCount: number;
                            name: string;
                            senderName: string | null;
                            templateCount: number;
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
    "/api/sub-accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
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
                        logoDataUrl?: string | null;
                        name: string;
                        senderName?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            /** Format: uuid */
                            id: string;
                            logoDataUrl: string | null;
                            memberCount: number;
                            name: string;
                            senderName: string | null;
                            templateCount: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sub-accounts/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
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
                        archived: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            /** Format: uuid */
                            id: string;
                            logoDataUrl: string | null;
                            memberCount: number;
                            name: string;
                            senderName: string | null;
                            templateCount: number;
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
    "/api/sub-accounts/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
                            membershipIds: string[];
                        };
                    };
                };
            };
        };
        put: {
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
                        membershipIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            membershipIds: string[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
