/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
export interface paths {
    "/mgmtconfig/v1/admin/customers/{customerId}/administrators": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        /**
         * List administrators
         * @description Returns one page of the tenant's administrators.
         */
        get: operations["listAdministrators"];
        put?: never;
        /**
         * Create an administrator
         * @description Adds an administrator. Look up the role first (`listRoles`): its id goes in `roleId`.
         */
        post: operations["createAdministrator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/administrators/{adminId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The administrator's id. */
                adminId: components["parameters"]["adminId"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        /**
         * Read an administrator
         * @description Returns one administrator.
         */
        get: operations["getAdministrator"];
        /**
         * Update an administrator
         * @description Replaces an administrator's settings.
         */
        put: operations["updateAdministrator"];
        post?: never;
        /**
         * Delete an administrator
         * @description Removes an administrator; reading it afterwards gives 404.
         */
        delete: operations["deleteAdministrator"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/emergencyAccess/user": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an emergency access user
         * @description Adds an emergency access user to the tenant, optionally activating it at once.
         */
        post: operations["createEmergencyAccessUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/emergencyAccess/user/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The emergency access user's id in the identity provider. */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        /**
         * Read an emergency access user
         * @description Returns one emergency access user by its identity-provider id.
         */
        get: operations["getEmergencyAccessUser"];
        /**
         * Update an emergency access user
         * @description Changes a user's first or last name, the only fields that can be edited.
         */
        put: operations["updateEmergencyAccessUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/emergencyAccess/user/{userId}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The emergency access user's id in the identity provider. */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Activate an emergency access user
         * @description Makes the user able to sign in; the user's `userStatus` becomes `Active`.
         */
        put: operations["activateEmergencyAccessUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/emergencyAccess/user/{userId}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The emergency access user's id in the identity provider. */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Deactivate an emergency access user
         * @description Stops the user from signing in. Emergency access users cannot be deleted (they live in the
         *     identity provider), so deactivation is how one is retired.
         */
        put: operations["deactivateEmergencyAccessUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/emergencyAccess/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        /**
         * List emergency access users
         * @description Returns one page of emergency access users. Pages are walked with a cursor: pass the
         *     previous page's `nextPage` as `pageId`; the last page has no `nextPage`.
         */
        get: operations["listEmergencyAccessUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        /**
         * List administrator roles
         * @description Returns one page of roles; an administrator's `roleId` is one of these ids.
         */
        get: operations["listRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/roles/{roleId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The role's id. */
                roleId: components["parameters"]["roleId"];
            };
            cookie?: never;
        };
        /**
         * Read an administrator role
         * @description Returns one role.
         */
        get: operations["getRole"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/signin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Obtain an access token
         * @description Exchanges an API key's client id and secret for a bearer token. The token's lifetime comes
         *     back in `expires_in`, in seconds, as a string.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A bearer token and how long it stays valid. */
        AccessToken: {
            access_token: string;
            /** @description Lifetime in seconds, as a string on this endpoint. */
            expires_in: components["schemas"]["DigitCount"];
            /** @example Bearer */
            token_type?: string;
        };
        /** @description An administrator as the server returns it. */
        Administrator: {
            comments?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            customerId?: components["schemas"]["Int64Id"];
            deliveryTag?: components["schemas"]["DigitCount"];
            displayName?: string;
            email?: string;
            eula?: string;
            forcePwdChange?: boolean;
            groupIds?: components["schemas"]["Int64Id"][];
            id: components["schemas"]["Int64Id"];
            /** @description `0` for a live record. */
            isDeleted?: string;
            isEnabled?: boolean;
            isLocked?: boolean;
            languageCode?: string;
            localLoginDisabled?: boolean;
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            oneIdentityUser?: boolean;
            /** @description As stored; older records may hold other formats than the ten digits writes require. */
            phoneNumber?: string;
            pinSession?: boolean;
            role?: components["schemas"]["RoleRef"];
            roleId?: components["schemas"]["Int64Id"];
            syncVersion?: components["schemas"]["DigitCount"];
            timezone?: string;
            twoFactorAuthEnabled?: boolean;
            twoFactorAuthType?: string;
            username: string;
        };
        /** @description Administrators as a bare array, as the help page shows them. */
        AdministratorArray: components["schemas"]["Administrator"][];
        /** @description A new administrator. */
        AdministratorCreate: components["schemas"]["AdministratorWrite"] & {
            password: unknown;
            phoneNumber: unknown;
            roleId: unknown;
            username: unknown;
        };
        /** @description The administrators list in either shape the sources show. */
        AdministratorList: components["schemas"]["AdministratorPage"] | components["schemas"]["AdministratorArray"];
        /** @description One page of administrators with counters as digit strings. */
        AdministratorPage: {
            /** @description Absent when the page is empty. */
            list?: components["schemas"]["Administrator"][];
            totalCount?: components["schemas"]["DigitCount"];
            totalPages: components["schemas"]["DigitCount"];
        };
        /** @description An administrator's new settings. */
        AdministratorUpdate: components["schemas"]["AdministratorWrite"] & {
            phoneNumber: unknown;
            roleId: unknown;
            username: unknown;
        };
        /** @description Fields an administrator is written with; shared by create and update. */
        AdministratorWrite: {
            /** @deprecated */
            allowLocalLogin?: boolean;
            comments?: string;
            /** @deprecated */
            confirmPassword?: components["schemas"]["Password"];
            /**
             * Format: int32
             * @description Delivery counter the server manages. Sent as a number; read back as a digit string holding the server's own value, not an echo of what was sent.
             */
            deliveryTag?: number;
            displayName?: string;
            /** @description Where ZPA sends updates; optional, and may be empty. */
            email?: string | "";
            eula?: string;
            /** @default true */
            forcePwdChange?: boolean;
            groupIds?: components["schemas"]["Int64Id"][];
            isEnabled?: boolean;
            isLocked?: boolean;
            languageCode?: string;
            localLoginDisabled?: boolean;
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            /** @enum {string} */
            operationType?: "UPSERT";
            password?: components["schemas"]["Password"];
            phoneNumber?: components["schemas"]["PhoneNumber"];
            pinSession?: boolean;
            roleId?: components["schemas"]["Int64Id"];
            /**
             * Format: int32
             * @description Replication counter the server manages. Sent as a number; read back as a digit string holding the server's own value, not an echo of what was sent.
             */
            syncVersion?: number;
            timezone?: string;
            tmpPassword?: components["schemas"]["Password"];
            tokenId?: string;
            /** @default true */
            twoFactorAuthEnabled?: boolean;
            /** @enum {string} */
            twoFactorAuthType?: "YUBIKEY" | "TOTP" | "";
            /**
             * Format: email
             * @description The login id; an email address in the company's authentication domain.
             */
            username?: string;
        };
        /** @description A count written as a string of digits. */
        DigitCount: string;
        /** @description An emergency access user as the server returns it. */
        EmergencyAccessUser: {
            /** @description When the user was last activated; absent before the first activation. */
            activatedOn?: components["schemas"]["EpochSeconds"];
            /** @description Whether the user can be activated now. */
            allowedActivate: boolean;
            /** @description Whether the user can be deactivated now. */
            allowedDeactivate: boolean;
            /** Format: email */
            emailId: string;
            firstName: string;
            /** @description When the user last signed in; absent before the first sign-in. */
            lastLoginTime?: components["schemas"]["EpochSeconds"];
            lastName: string;
            /** @description Whether the user's names can be changed. */
            updateEnabled: boolean;
            userId: components["schemas"]["IdpUserId"];
            userStatus: components["schemas"]["EmergencyAccessUserStatus"];
        };
        /** @description A new emergency access user. */
        EmergencyAccessUserCreate: {
            /** Format: email */
            emailId: string;
            firstName: string;
            lastName: string;
        };
        /** @description One page of emergency access users; `nextPage` is absent on the last page. */
        EmergencyAccessUserPage: {
            items: components["schemas"]["EmergencyAccessUser"][];
            /** @description The cursor to pass as `pageId` for the next page. */
            nextPage?: string;
        };
        /**
         * @description The user's state in the identity provider. The pages list these values and say others
         *     exist; the set is closed here so a new value shows up as drift.
         * @enum {string}
         */
        EmergencyAccessUserStatus: "Active" | "Staged" | "Provisioned" | "Deprovisioned" | "Suspended";
        /** @description New names for an emergency access user; no other field can be changed. */
        EmergencyAccessUserUpdate: {
            firstName?: string;
            lastName?: string;
        };
        /**
         * @description A time in Unix epoch seconds, written as a string of digits.
         * @example 1695815396
         */
        EpochSeconds: string;
        /**
         * @description The error shape every operation shares: a dotted `id`, a human `reason` and the `params`
         *     it refers to. Quota errors carry a `code` instead of an `id`.
         */
        ErrorBody: {
            /** @example LIMIT_EXCEEDED */
            code?: string;
            /** @example resource.not.found */
            id?: string;
            params?: string[];
            reason?: string;
        } | unknown | unknown;
        /**
         * @description An identity-provider user id (for example `00u2gg2qairRJf71G756`); not an int64.
         * @example 00u2gg2qairRJf71G756
         */
        IdpUserId: string;
        /**
         * @description A 64-bit integer id written as a string of digits.
         * @example 145256180497776640
         */
        Int64Id: string;
        /** @description At least 8 characters with an uppercase letter, a digit and a character that is neither a letter nor a digit. */
        Password: string;
        /** @description Exactly ten digits, no hyphens or spaces; used for password recovery. */
        PhoneNumber: string;
        /** @description The 429 body, which adds `exception` to the usual error shape. */
        RateLimitErrorBody: components["schemas"]["ErrorBody"] & {
            /** @constant */
            exception: "invalid.toomanyrequests";
        };
        /**
         * @description A wait in seconds with an optional `s` suffix (`13s`, `13`), or an HTTP date.
         * @example 13s
         */
        RetryAfter: string;
        /** @description An administrator role. */
        Role: {
            /** @description How many API keys hold the role. */
            apiKeys?: components["schemas"]["DigitCount"];
            creationTime?: components["schemas"]["EpochSeconds"];
            customRole?: boolean;
            description?: string;
            id: components["schemas"]["Int64Id"];
            microtenantId?: components["schemas"]["Int64Id"];
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name: string;
            permissions?: components["schemas"]["RolePermission"][];
            restrictedRole?: boolean;
            systemRole?: boolean;
            /** @description How many administrators hold the role. */
            users?: components["schemas"]["DigitCount"];
        };
        /** @description One page of roles with counters as digit strings. */
        RolePage: {
            /** @description Absent when the page is empty. */
            list?: components["schemas"]["Role"][];
            totalCount?: components["schemas"]["DigitCount"];
            totalPages: components["schemas"]["DigitCount"];
        };
        /** @description One permission a role grants. */
        RolePermission: {
            accessType?: string;
            permissionGroup?: string;
        };
        /** @description The role an administrator holds, as embedded in the administrator. */
        RoleRef: {
            id: components["schemas"]["Int64Id"];
            name?: string;
        };
        /** @description API key credentials for the legacy token endpoint. */
        SignInRequest: {
            client_id: string;
            client_secret: string;
        };
    };
    responses: {
        /** @description The request broke a rule; `params` names what was wrong. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Another change to the same resource is under way, or the resource already exists. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The token is valid but may not do this, or a quota is exhausted. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The server failed. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The path does not support this method. */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No such resource in this tenant and Microtenant. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The service is briefly unavailable; wait as `retry-after` says. */
        ServiceUnavailable: {
            headers: {
                "retry-after": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Over the rate limit (20 GET or 10 writes per 10 seconds); wait as `retry-after` says. */
        TooManyRequests: {
            headers: {
                "retry-after": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RateLimitErrorBody"];
            };
        };
        /** @description The token is missing, malformed or expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The body is not in a content type this operation reads. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /** @description Activate the new user at once instead of leaving it staged. */
        activateNow: boolean;
        /** @description The administrator's id. */
        adminId: components["schemas"]["Int64Id"];
        /** @description The ZPA tenant's id. */
        customerId: components["schemas"]["Int64Id"];
        /**
         * @description The Microtenant to act in. `0` names the Default Microtenant. Omitted on a write, the
         *     Default Microtenant is used; omitted on a read, resources of every Microtenant the caller
         *     can see are returned. A key scoped to a Microtenant must always pass its id.
         */
        microtenantId: components["schemas"]["Int64Id"];
        /** @description Which page to return, counting from 1. */
        page: number;
        /** @description The cursor returned as `nextPage` by the previous page; omit it for the first page. */
        pageId: string;
        /** @description How many entries a page holds, 1 to 500; 20 when omitted. Lowercase, unlike the emergency access list's `pageSize`. */
        pagesize: number;
        /** @description How many users a page holds, 1 to 500; 20 when omitted. */
        pageSize: number;
        /** @description The role's id. */
        roleId: components["schemas"]["Int64Id"];
        /**
         * @description A filter such as `name+EQ+value` (operators EQ, NE, GT, LT, GE, LE, CONTAINS, STARTSWITH,
         *     ENDSWITH).
         */
        search: string;
        /** @description Have the identity provider email the user about the activation. */
        sendEmail: boolean;
        /** @description The emergency access user's id in the identity provider. */
        userId: components["schemas"]["IdpUserId"];
    };
    requestBodies: never;
    headers: {
        /** @description Seconds to wait before retrying, written as a number followed by `s` (for example `13s`); plain seconds and HTTP dates are also seen. */
        RetryAfter: components["schemas"]["RetryAfter"];
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAdministrators: {
        parameters: {
            query?: {
                /**
                 * @description The Microtenant to act in. `0` names the Default Microtenant. Omitted on a write, the
                 *     Default Microtenant is used; omitted on a read, resources of every Microtenant the caller
                 *     can see are returned. A key scoped to a Microtenant must always pass its id.
                 */
                microtenantId?: components["parameters"]["microtenantId"];
                /** @description Which page to return, counting from 1. */
                page?: components["parameters"]["page"];
                /** @description How many entries a page holds, 1 to 500; 20 when omitted. Lowercase, unlike the emergency access list's `pageSize`. */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description A filter such as `name+EQ+value` (operators EQ, NE, GT, LT, GE, LE, CONTAINS, STARTSWITH,
                 *     ENDSWITH).
                 */
                search?: components["parameters"]["search"];
            };
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of administrators. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdministratorList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createAdministrator: {
        parameters: {
            query?: {
                /**
                 * @description The Microtenant to act in. `0` names the Default Microtenant. Omitted on a write, the
                 *     Default Microtenant is used; omitted on a read, resources of every Microtenant the caller
                 *     can see are returned. A key scoped to a Microtenant must always pass its id.
                 */
                microtenantId?: components["parameters"]["microtenantId"];
            };
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdministratorCreate"];
            };
        };
        responses: {
            /** @description The administrator was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Administrator"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAdministrator: {
        parameters: {
            query?: {
                /**
                 * @description The Microtenant to act in. `0` names the Default Microtenant. Omitted on a write, the
                 *     Default Microtenant is used; omitted on a read, resources of every Microtenant the caller
                 *     can see are returned. A key scoped to a Microtenant must always pass its id.
                 */
                microtenantId?: components["parameters"]["microtenantId"];
            };
            header?: never;
            path: {
                /** @description The administrator's id. */
                adminId: components["parameters"]["adminId"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The administrator. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Administrator"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateAdministrator: {
        parameters: {
            query?: {
                /**
                 * @description The Microtenant to act in. `0` names the Default Microtenant. Omitted on a write, the
                 *     Default Microtenant is used; omitted on a read, resources of every Microtenant the caller
                 *     can see are returned. A key scoped to a Microtenant must always pass its id.
                 */
                microtenantId?: components["parameters"]["microtenantId"];
            };
            header?: never;
            path: {
                /** @description The administrator's id. */
                adminId: components["parameters"]["adminId"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdministratorUpdate"];
            };
        };
        responses: {
            /** @description The administrator was updated. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteAdministrator: {
        parameters: {
            query?: {
                /**
                 * @description The Microtenant to act in. `0` names the Default Microtenant. Omitted on a write, the
                 *     Default Microtenant is used; omitted on a read, resources of every Microtenant the caller
                 *     can see are returned. A key scoped to a Microtenant must always pass its id.
                 */
                microtenantId?: components["parameters"]["microtenantId"];
            };
            header?: never;
            path: {
                /** @description The administrator's id. */
                adminId: components["parameters"]["adminId"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The administrator was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createEmergencyAccessUser: {
        parameters: {
            query?: {
                /** @description Activate the new user at once instead of leaving it staged. */
                activateNow?: components["parameters"]["activateNow"];
                /**
                 * @description The Microtenant to act in. `0` names the Default Microtenant. Omitted on a write, the
                 *     Default Microtenant is used; omitted on a read, resources of every Microtenant the caller
                 *     can see are returned. A key scoped to a Microtenant must always pass its id.
                 */
                microtenantId?: components["parameters"]["microtenantId"];
            };
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyAccessUserCreate"];
            };
        };
        responses: {
            /** @description The user was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyAccessUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEmergencyAccessUser: {
        parameters: {
            query?: {
                /**
                 * @description The Microtenant to act in. `0` names the Default Microtenant. Omitted on a write, the
                 *     Default Microtenant is used; omitted on a read, resources of every Microtenant the caller
                 *     can see are returned. A key scoped to a Microtenant must always pass its id.
                 */
                microtenantId?: components["parameters"]["microtenantId"];
            };
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The emergency access user's id in the identity provider. */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyAccessUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateEmergencyAccessUser: {
        parameters: {
            query?: {
                /**
                 * @description The Microtenant to act in. `0` names the Default Microtenant. Omitted on a write, the
                 *     Default Microtenant is used; omitted on a read, resources of every Microtenant the caller
                 *     can see are returned. A key scoped to a Microtenant must always pass its id.
                 */
                microtenantId?: components["parameters"]["microtenantId"];
            };
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The emergency access user's id in the identity provider. */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmergencyAccessUserUpdate"];
            };
        };
        responses: {
            /** @description The user was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    activateEmergencyAccessUser: {
        parameters: {
            query?: {
                /**
                 * @description The Microtenant to act in. `0` names the Default Microtenant. Omitted on a write, the
                 *     Default Microtenant is used; omitted on a read, resources of every Microtenant the caller
                 *     can see are returned. A key scoped to a Microtenant must always pass its id.
                 */
                microtenantId?: components["parameters"]["microtenantId"];
                /** @description Have the identity provider email the user about the activation. */
                sendEmail?: components["parameters"]["sendEmail"];
            };
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The emergency access user's id in the identity provider. */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user was activated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deactivateEmergencyAccessUser: {
        parameters: {
            query?: {
                /**
                 * @description The Microtenant to act in. `0` names the Default Microtenant. Omitted on a write, the
                 *     Default Microtenant is used; omitted on a read, resources of every Microtenant the caller
                 *     can see are returned. A key scoped to a Microtenant must always pass its id.
                 */
                microtenantId?: components["parameters"]["microtenantId"];
            };
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The emergency access user's id in the identity provider. */
                userId: components["parameters"]["userId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user was deactivated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEmergencyAccessUsers: {
        parameters: {
            query?: {
                /**
                 * @description The Microtenant to act in. `0` names the Default Microtenant. Omitted on a write, the
                 *     Default Microtenant is used; omitted on a read, resources of every Microtenant the caller
                 *     can see are returned. A key scoped to a Microtenant must always pass its id.
                 */
                microtenantId?: components["parameters"]["microtenantId"];
                /** @description The cursor returned as `nextPage` by the previous page; omit it for the first page. */
                pageId?: components["parameters"]["pageId"];
                /** @description How many users a page holds, 1 to 500; 20 when omitted. */
                pageSize?: components["parameters"]["pageSize"];
                /**
                 * @description A filter such as `name+EQ+value` (operators EQ, NE, GT, LT, GE, LE, CONTAINS, STARTSWITH,
                 *     ENDSWITH).
                 */
                search?: components["parameters"]["search"];
            };
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyAccessUserPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listRoles: {
        parameters: {
            query?: {
                /**
                 * @description The Microtenant to act in. `0` names the Default Microtenant. Omitted on a write, the
                 *     Default Microtenant is used; omitted on a read, resources of every Microtenant the caller
                 *     can see are returned. A key scoped to a Microtenant must always pass its id.
                 */
                microtenantId?: components["parameters"]["microtenantId"];
                /** @description Which page to return, counting from 1. */
                page?: components["parameters"]["page"];
                /** @description How many entries a page holds, 1 to 500; 20 when omitted. Lowercase, unlike the emergency access list's `pageSize`. */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description A filter such as `name+EQ+value` (operators EQ, NE, GT, LT, GE, LE, CONTAINS, STARTSWITH,
                 *     ENDSWITH).
                 */
                search?: components["parameters"]["search"];
            };
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of roles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getRole: {
        parameters: {
            query?: {
                /**
                 * @description The Microtenant to act in. `0` names the Default Microtenant. Omitted on a write, the
                 *     Default Microtenant is used; omitted on a read, resources of every Microtenant the caller
                 *     can see are returned. A key scoped to a Microtenant must always pass its id.
                 */
                microtenantId?: components["parameters"]["microtenantId"];
            };
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The role's id. */
                roleId: components["parameters"]["roleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["SignInRequest"];
            };
        };
        responses: {
            /** @description A bearer token and its lifetime. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
