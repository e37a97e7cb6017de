/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
export interface paths {
    "/cbiconfig/cbi/api/customers/{customerId}/profiles": {
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
         * List isolation profiles in the isolation service
         * @description Returns every isolation profile of the tenant (or of the Microtenant `scopeId` names), as a bare array; not paged.
         */
        get: operations["listCbiProfiles"];
        put?: never;
        /**
         * Create an isolation profile
         * @description Adds an isolation profile to the isolation service, in the Microtenant `scopeId` names (the Default Microtenant when omitted).
         */
        post: operations["createCbiProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cbiconfig/cbi/api/customers/{customerId}/profiles/{profileId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The isolation profile's UUID. */
                profileId: string;
            };
            cookie?: never;
        };
        /**
         * Read an isolation profile
         * @description Returns one isolation profile from the isolation service.
         */
        get: operations["getCbiProfile"];
        /**
         * Replace an isolation profile
         * @description Replaces an isolation profile with the body; settings left out return to their defaults.
         */
        put: operations["updateCbiProfile"];
        post?: never;
        /**
         * Delete an isolation profile
         * @description Removes an isolation profile from the isolation service.
         */
        delete: operations["deleteCbiProfile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cbiconfig/cbi/api/customers/{customerId}/regions": {
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
         * List isolation regions
         * @description Returns the regions an isolation profile can run its browsers in, as a bare array.
         */
        get: operations["listCbiRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cbiconfig/cbi/api/customers/{customerId}/zpaprofiles": {
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
         * List the isolation profiles ZPA can use
         * @description Returns, from the isolation service, the profiles ZPA policies can name, as a bare array; disabled ones only with `showDisabled=true`.
         */
        get: operations["listCbiZpaProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/mgmtconfig/v1/admin/customers/{customerId}/apiKeys": {
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
         * List API keys
         * @description Returns the tenant's API keys a page at a time (`page`, `pagesize` up to 500, default 20), optionally filtered by `search`. Secrets are not returned. Pass `microtenantId` to read inside a Microtenant (`0` for the Default Microtenant); a key scoped to a Microtenant must pass it.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates a key with the permissions of the role `roleId`; its tokens last `tokenExpiryTimeInSec` (at most 3600). Answers 201 with the key, including `clientSecret`, which is shown only this once. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/apiKeys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The API key's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Get an API key
         * @description Returns one API key by id, without its secret. Pass `microtenantId` to read inside a Microtenant (`0` for the Default Microtenant); a key scoped to a Microtenant must pass it.
         */
        get: operations["getApiKey"];
        /**
         * Update an API key
         * @description Replaces an API key's settings (name, role, token lifetime, enabled). The client id and secret do not change. Answers 204 with no body. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        put: operations["updateApiKey"];
        post?: never;
        /**
         * Delete an API key
         * @description Deletes an API key; tokens it issued stop working. Answers 204 with no body. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/appConnectorGroup": {
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
         * List App Connector groups
         * @description Returns the tenant's App Connector groups a page at a time (`page`, `pagesize` up to 500, default 20), optionally filtered by `search`; each embeds its App Connectors. Without `microtenantId`, groups of every visible Microtenant are returned.
         */
        get: operations["listAppConnectorGroups"];
        put?: never;
        /**
         * Create an App Connector group
         * @description Creates an App Connector group. `name`, `location`, `latitude` and `longitude` are required; `versionProfileId` is needed only when `overrideVersionProfile` is true, and the three `tcpQuickAck*` flags must carry the same value. Answers 201 with the new group. Scoped to a Microtenant by `microtenantId`.
         */
        post: operations["createAppConnectorGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/appConnectorGroup/{appConnectorGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The App Connector group's id. */
                appConnectorGroupId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        /**
         * Get an App Connector group
         * @description Returns one App Connector group with its App Connectors. Scoped to a Microtenant by `microtenantId`.
         */
        get: operations["getAppConnectorGroup"];
        /**
         * Replace an App Connector group
         * @description Replaces an App Connector group with the body; optional fields left out (such as `description`) fall back to their defaults. Answers 204 with no body. Scoped to a Microtenant by `microtenantId`.
         */
        put: operations["updateAppConnectorGroup"];
        post?: never;
        /**
         * Delete an App Connector group
         * @description Deletes an App Connector group. A group still used by a server group, a provisioning key or a policy cannot be deleted (400 `resource.referenced`). Scoped to a Microtenant by `microtenantId`.
         */
        delete: operations["deleteAppConnectorGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/application": {
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
         * List application segments
         * @description Returns the tenant's application segments a page at a time (`page`, `pagesize` up to 500, default 20), optionally filtered by `search`. Without `microtenantId`, segments of every visible Microtenant are returned.
         */
        get: operations["listApplicationSegments"];
        put?: never;
        /**
         * Create an application segment
         * @description Creates an application segment: `name`, `domainNames`, `segmentGroupId` and at least one server group are required. Browser Access applications go in `clientlessApps`, AppProtection and Privileged Remote Access ones in `commonAppsDto`; any of these, and `ipAnchored` or `doubleEncrypt`, need `matchStyle` `EXCLUSIVE`. Answers 201 with the new segment. Scoped to a Microtenant by `microtenantId`.
         */
        post: operations["createApplicationSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/application/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application segment's id. */
                applicationId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        /**
         * Get an application segment
         * @description Returns one application segment with its server groups, segment group and any Browser Access, AppProtection or Privileged Remote Access applications. Scoped to a Microtenant by `microtenantId`.
         */
        get: operations["getApplicationSegment"];
        /**
         * Replace an application segment
         * @description Replaces an application segment with the body: `serverGroups`, port ranges and the application lists become exactly what is sent and optional fields left out are cleared. Load balancing is set separately (weightedLbConfig). Answers 204 with no body. Scoped to a Microtenant by `microtenantId`.
         */
        put: operations["updateApplicationSegment"];
        post?: never;
        /**
         * Delete an application segment
         * @description Deletes an application segment. With `forceDelete=true` the segment is first removed from the policy rules that name it; without it, a segment still used by a rule cannot be deleted. Scoped to a Microtenant by `microtenantId`.
         */
        delete: operations["deleteApplicationSegment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/application/{applicationId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application segment's id. */
                applicationId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an application segment to another Microtenant
         * @description Moves an application segment into the Microtenant `targetMicrotenantId`, attaching it there to `targetSegmentGroupId` and `targetServerGroupId`. Answers 204. Scoped to a Microtenant by `microtenantId`.
         */
        post: operations["moveApplicationSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/application/{applicationId}/share": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application segment's id. */
                applicationId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Share an application segment with Microtenants
         * @description Shares an application segment with the Microtenants listed in `shareToMicrotenants`, which replaces the previous share list. Answers 204. Scoped to a Microtenant by `microtenantId`.
         */
        put: operations["shareApplicationSegment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/application/{applicationId}/weightedLbConfig": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application segment's id. */
                applicationId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        /**
         * Get an application segment's load balancing
         * @description Returns whether weighted load balancing is on for an application segment and each server group's weight and passive flag. Scoped to a Microtenant by `microtenantId`.
         */
        get: operations["getApplicationSegmentLbConfig"];
        /**
         * Set an application segment's load balancing
         * @description Turns weighted load balancing on or off for an application segment and sets each server group's `weight` (0 to 1000; higher serves more requests) and `passive` flag (passive groups take traffic only when the active ones cannot). Answers 204. Scoped to a Microtenant by `microtenantId`.
         */
        put: operations["updateApplicationSegmentLbConfig"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/application/bulkUpdateMultiMatch": {
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
        /**
         * Turn Multimatch on or off for several application segments
         * @description Sets `matchStyle` (`INCLUSIVE` for Multimatch, `EXCLUSIVE` for single match) on every application segment in `applicationIds`. Fails with 400 `features.not.supported.for.multimatch` if a segment uses a feature Multimatch does not support (Browser Access, AppProtection, Privileged Remote Access, Double Encryption, Inspect Traffic with ZIA, Source IP Anchoring). Answers 204. Scoped to a Microtenant by `microtenantId`.
         */
        put: operations["bulkUpdateApplicationSegmentMultimatch"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/application/getAppsByType": {
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
         * List applications of one access type
         * @description Returns, a page at a time, the Browser Access (`BROWSER_ACCESS`), AppProtection (`INSPECT`) or Privileged Remote Access (`SECURE_REMOTE_ACCESS`) applications defined inside application segments, as chosen by `applicationType`. `expandAll` adds detail. Scoped to a Microtenant by `microtenantId`.
         */
        get: operations["getApplicationSegmentsByType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/application/multimatchUnsupportedReferences": {
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
         * Find segments that block Multimatch for domains
         * @description Takes a list of domains and returns the application segments holding them together with the features (`unsupportedFeatures`) that keep each from using Multimatch. Answers 400 when no domain is given. A read despite the POST. Scoped to a Microtenant by `microtenantId`.
         */
        post: operations["getMultimatchUnsupportedReferences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/approval": {
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
         * List privileged approvals
         * @description Returns the tenant's privileged approvals a page at a time (`page`, `pagesize` up to 500, default 20), optionally filtered by `search` and sorted with `sortBy`/`sortdir`. Pass `microtenantId` to read one Microtenant (`0` for the Default Microtenant); without it the read covers every Microtenant the caller may see.
         */
        get: operations["listPraApprovals"];
        put?: never;
        /**
         * Create a privileged approval
         * @description Grants one user (a single address in `emailIds`) access to the listed PRA application segments between `startTime` and `endTime`, optionally limited to `workingHours`. Answers 201 with the stored approval. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        post: operations["createPraApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/approval/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The privileged approval's id (a short number, sent as a string of digits). */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Get a privileged approval
         * @description Returns one privileged approval by id. Pass `microtenantId` to read one Microtenant (`0` for the Default Microtenant); without it the read covers every Microtenant the caller may see.
         */
        get: operations["getPraApproval"];
        /**
         * Update a privileged approval
         * @description Replaces a privileged approval: send the whole record, since optional fields left out (such as `workingHours`) are cleared. Answers 204 with no body. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        put: operations["updatePraApproval"];
        post?: never;
        /**
         * Delete a privileged approval
         * @description Deletes one privileged approval. Answers 204 with no body. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        delete: operations["deletePraApproval"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/approval/expired": {
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
        post?: never;
        /**
         * Delete all expired privileged approvals
         * @description Deletes every approval whose end time has passed. Answers 204 when approvals were deleted and 200 when there were none; neither answer has a body. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        delete: operations["deleteExpiredPraApprovals"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/associationType/{associationType}/provisioningKey": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The kind of group the key enrolls into: App Connector group, Private Service Edge group or Network Connector group. */
                associationType: "CONNECTOR_GRP" | "SERVICE_EDGE_GRP" | "NP_ASSISTANT_GRP";
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        /**
         * List provisioning keys
         * @description Returns the provisioning keys of one kind a page at a time (`page`, `pagesize` up to 500, default 20), optionally filtered by `search`. `associationType` picks the kind of group the key enrolls into (`CONNECTOR_GRP`, `SERVICE_EDGE_GRP` or `NP_ASSISTANT_GRP`). Keys created with `exportable` false come back without their secret.
         */
        get: operations["listProvisioningKeys"];
        put?: never;
        /**
         * Create a provisioning key
         * @description Creates a provisioning key for the group named by `zcomponentId`, signed by the enrollment certificate `enrollmentCertId`. `maxUsage` caps how many instances may enroll with it; keep it to what you will deploy now. With `exportable` false the secret can never be shown again. Answers 200 (not 201) with the new key, secret included. `associationType` picks the kind of group the key enrolls into (`CONNECTOR_GRP`, `SERVICE_EDGE_GRP` or `NP_ASSISTANT_GRP`). Scoped to a Microtenant by `microtenantId`.
         */
        post: operations["createProvisioningKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/associationType/{associationType}/provisioningKey/{provisioningKeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The kind of group the key enrolls into: App Connector group, Private Service Edge group or Network Connector group. */
                associationType: "CONNECTOR_GRP" | "SERVICE_EDGE_GRP" | "NP_ASSISTANT_GRP";
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The provisioning key's id. */
                provisioningKeyId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Get a provisioning key
         * @description Returns one provisioning key, with its secret unless it was created non-exportable. `associationType` picks the kind of group the key enrolls into (`CONNECTOR_GRP`, `SERVICE_EDGE_GRP` or `NP_ASSISTANT_GRP`). Scoped to a Microtenant by `microtenantId`.
         */
        get: operations["getProvisioningKey"];
        /**
         * Replace a provisioning key
         * @description Replaces a provisioning key with the body; raising `maxUsage` is recorded in the audit log. `exportable` cannot be turned back on once off. Answers 204 with no body. `associationType` picks the kind of group the key enrolls into (`CONNECTOR_GRP`, `SERVICE_EDGE_GRP` or `NP_ASSISTANT_GRP`). Scoped to a Microtenant by `microtenantId`.
         */
        put: operations["updateProvisioningKey"];
        post?: never;
        /**
         * Delete a provisioning key
         * @description Deletes a provisioning key; instances already enrolled with it stay enrolled. `associationType` picks the kind of group the key enrolls into (`CONNECTOR_GRP`, `SERVICE_EDGE_GRP` or `NP_ASSISTANT_GRP`). Scoped to a Microtenant by `microtenantId`.
         */
        delete: operations["deleteProvisioningKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/authDomains": {
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
         * List the authentication domains
         * @description Returns the tenant's authentication domains (the domains its users sign in with, which Microtenant criteria refer to), wrapped in `{authDomains: [...]}` rather than a page envelope.
         */
        get: operations["listAuthDomains"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/certificate": {
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
         * List certificates
         * @description Returns one page of certificates (20 by default, at most 500), optionally filtered by `search` or narrowed to one Microtenant.
         */
        get: operations["listCertificates"];
        put?: never;
        /**
         * Upload a certificate
         * @description Adds a certificate from `certBlob`, the PEM certificate followed by its PEM private key.
         */
        post: operations["createCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/certificate/{certificateId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The certificate's id. */
                certificateId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        /**
         * Read a certificate
         * @description Returns one certificate, without its private key.
         */
        get: operations["getCertificate"];
        /**
         * Replace a certificate
         * @description Replaces a certificate's name, description and content with the body; a description left out is cleared.
         */
        put: operations["updateCertificate"];
        post?: never;
        /**
         * Delete a certificate
         * @description Removes a certificate; one an application segment still uses cannot be deleted.
         */
        delete: operations["deleteCertificate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/clientlessCertificate/{certificateId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The certificate's id. */
                certificateId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        /**
         * Read a Browser Access certificate (retired view)
         * @deprecated
         * @description The retired view of one certificate; Zscaler announced its end for 27 January 2023. Use getCertificate.
         */
        get: operations["getClientlessCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/clientSetting": {
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
         * List the client settings in use
         * @description Returns the tenant's client settings as a bare array (no paging): one entry per client type that has an enrollment certificate assigned.
         */
        get: operations["listClientSettings"];
        put?: never;
        /**
         * Set the enrollment certificate of a client type
         * @description Assigns the enrollment certificate `enrollmentCertId` to the client type `clientCertificateType`, replacing any earlier assignment for that type. Answers 204 with no body.
         */
        post: operations["upsertClientSetting"];
        /**
         * Remove the client setting of a client type
         * @description Removes the enrollment certificate assignment of the client type given in `type`. Answers 204 with no body.
         */
        delete: operations["deleteClientSetting"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/clientSetting/all": {
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
         * List all client settings
         * @description Returns every client setting of the tenant as a bare array, including those the plain list leaves out.
         */
        get: operations["listAllClientSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/clientTypes": {
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
         * List the client types
         * @description Returns the client types a `CLIENT_TYPE` rule operand can name, as a map from the value to
         *     send (such as `zpn_client_type_zapp`) to its display name.
         */
        get: operations["getClientTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/configOverrides": {
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
         * List feature configurations
         * @description Returns the tenant's feature configuration overrides a page at a time (`page`, `pagesize` up to 500, default 20), optionally filtered by `search`. The list includes overrides Zscaler set, with keys beyond the two a tenant may write.
         */
        get: operations["listConfigOverrides"];
        put?: never;
        /**
         * Create a feature configuration
         * @description Sets one feature switch for the tenant. Answers 200 (not 201) with the stored override.
         */
        post: operations["createConfigOverride"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/configOverrides/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The feature configuration override's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Get a feature configuration
         * @description Returns one feature configuration override by id.
         */
        get: operations["getConfigOverride"];
        /**
         * Update a feature configuration
         * @description Replaces one feature configuration override (typically to flip `configValue`). Answers 200 with the stored override, unlike most updates.
         */
        put: operations["updateConfigOverride"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/connector": {
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
         * List App Connectors
         * @description Returns the tenant's enrolled App Connectors with their status, versions and addresses, a page at a time (`page`, `pagesize` up to 500, default 20), optionally filtered by `search` and ordered by `sortBy`/`sortDir`. App Connectors are created by enrolling with a provisioning key, not through this API.
         */
        get: operations["listAppConnectors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/connector/{connectorId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The App Connector's id. */
                connectorId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        /**
         * Get an App Connector
         * @description Returns one App Connector with its runtime status. Scoped to a Microtenant by `microtenantId`.
         */
        get: operations["getAppConnector"];
        /**
         * Update an App Connector
         * @description Replaces the editable fields of an App Connector (`name`, `description`, `enabled`); the runtime fields it reports are ignored. Leaving `description` out clears it. Answers 204 with no body. Scoped to a Microtenant by `microtenantId`.
         */
        put: operations["updateAppConnector"];
        post?: never;
        /**
         * Delete an App Connector
         * @description Removes an enrolled App Connector from the tenant. Scoped to a Microtenant by `microtenantId`.
         */
        delete: operations["deleteAppConnector"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/connector/bulkDelete": {
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
         * Delete several App Connectors
         * @description Deletes every App Connector whose id is listed in `ids`, in one call. Answers 200. Scoped to a Microtenant by `microtenantId`.
         */
        post: operations["bulkDeleteAppConnectors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/connectorSchedule": {
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
         * Get the App Connector auto-delete schedule
         * @description Returns the tenant's schedule for deleting App Connectors that stay disconnected: whether it is on, and after how many days. Its `id` is what the update takes.
         */
        get: operations["getAppConnectorSchedule"];
        put?: never;
        /**
         * Set up the App Connector auto-delete schedule
         * @description Turns on the tenant's schedule for deleting disconnected App Connectors: `frequency` is `days` and `frequencyInterval` the number of days (at least 5) a connector may stay disconnected. Answers 204 with no body; read it back to learn its `id`.
         */
        post: operations["createAppConnectorSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/connectorSchedule/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The schedule's id, as the read returns it. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the App Connector auto-delete schedule
         * @description Replaces the tenant's App Connector auto-delete schedule, named by the `id` that the read returns. Answers 204 with no body.
         */
        put: operations["updateAppConnectorSchedule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/credential": {
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
         * List privileged credentials
         * @description Returns the tenant's privileged credentials a page at a time (`page`, `pagesize` up to 500, default 20), sorted with `sortBy`/`sortdir`. Inside a Microtenant, `search=ownershipType EQ INHERITED` or `ownershipType EQ MICROTENANT_SPECIFIC` tells inherited credentials from the Microtenant's own. Secrets are never returned. Pass `microtenantId` to read one Microtenant (`0` for the Default Microtenant); without it the read covers every Microtenant the caller may see.
         */
        get: operations["listPraCredentials"];
        put?: never;
        /**
         * Create a privileged credential
         * @description Stores a credential of one of three kinds, chosen by `credentialType`: `USERNAME_PASSWORD` (RDP, SSH or VNC; `userName` and `password`), `SSH_KEY` (`userName` and `privateKey`) or `PASSWORD` (VNC; `password` only). Answers 201 with the stored record, without the secret. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        post: operations["createPraCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/credential/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The privileged credential's id (a short number, sent as a string of digits). */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Get a privileged credential
         * @description Returns one privileged credential by id, without its secret. Pass `microtenantId` to read one Microtenant (`0` for the Default Microtenant); without it the read covers every Microtenant the caller may see.
         */
        get: operations["getPraCredential"];
        /**
         * Update a privileged credential
         * @description Replaces a privileged credential. Send the secret again (`password` or `privateKey`): the server never returns it, so a record read back cannot be sent unchanged. Answers 204 with no body. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        put: operations["updatePraCredential"];
        post?: never;
        /**
         * Delete a privileged credential
         * @description Deletes one privileged credential. Answers 204 with no body. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        delete: operations["deletePraCredential"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/credential/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The privileged credential's id (a short number, sent as a string of digits). */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a privileged credential to another Microtenant
         * @description Moves a credential from the Microtenant given by `microtenantId` to `targetMicrotenantId` (either may be the Default Microtenant, `0`). No body is sent; answers 204 with no body.
         */
        post: operations["movePraCredential"];
        delete?: never;
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
    "/mgmtconfig/v1/admin/customers/{customerId}/enrollmentCert": {
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
         * List enrollment certificates (v1 path)
         * @description The v1 path the how-to page uses for its search example; it answers like
         *     listEnrollmentCertificatesV2, the list the reference page documents.
         */
        get: operations["listEnrollmentCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/enrollmentCert/{enrollmentCertId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The enrollment certificate's id. */
                enrollmentCertId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Read an enrollment certificate
         * @description Returns one enrollment certificate, with its PEM certificate and whether ZPA holds its private key.
         */
        get: operations["getEnrollmentCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/exceptions": {
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
         * Read the supported exception versions
         * @description Returns the exception versions the tenant supports, with the criteria and limits each allows.
         */
        get: operations["getAppProtectionExceptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/idp": {
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
         * List IdPs (v1 path)
         * @description The v1 path the how-to page uses for its search example; it answers like listIdpsV2, the
         *     list the reference page documents.
         */
        get: operations["listIdps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/idp/{idpId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The IdP's id. */
                idpId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Read an IdP
         * @description Returns one identity provider's configuration.
         */
        get: operations["getIdp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/idp/{idpId}/scimattribute": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The IdP's id. */
                idpId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * List the SCIM attributes of an IdP
         * @description Returns one page of the SCIM attributes of one IdP (20 by default, at most 500).
         */
        get: operations["listScimAttributes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/idp/{idpId}/scimattribute/{scimAttributeId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The IdP's id. */
                idpId: components["schemas"]["Int64Id"];
                /** @description The SCIM attribute's id. */
                scimAttributeId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Read a SCIM attribute
         * @description Returns one SCIM attribute of an IdP.
         */
        get: operations["getScimAttribute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/inspectionControls/actionTypes": {
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
         * List the control actions
         * @description Returns the actions a control can take (such as `PASS`, `BLOCK`, `REDIRECT`), as a bare array.
         */
        get: operations["listAppProtectionActionTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/inspectionControls/controlTypes": {
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
         * List the control types
         * @description Returns the kinds of control (such as `CUSTOM`, `PREDEFINED`, `ZSCALER`), as a bare array.
         */
        get: operations["listAppProtectionControlTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/inspectionControls/custom": {
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
         * List custom AppProtection controls
         * @description Returns one page of the tenant's custom controls (20 by default, at most 500), optionally filtered by `search` and sorted by `sortdir`.
         */
        get: operations["listAppProtectionControls"];
        put?: never;
        /**
         * Create a custom AppProtection control
         * @description Adds a custom control: a `REQUEST` or `RESPONSE` type, a severity, a default action and
         *     rules that match headers, cookies, URI, method, query string or body by size or value.
         */
        post: operations["createAppProtectionControl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/inspectionControls/custom/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The control's id. */
                id: components["parameters"]["appProtectionControlId"];
            };
            cookie?: never;
        };
        /**
         * Read a custom AppProtection control
         * @description Returns one custom control.
         */
        get: operations["getAppProtectionControl"];
        /**
         * Replace a custom AppProtection control
         * @description Replaces a custom control with the body; optional fields left out are cleared.
         */
        put: operations["updateAppProtectionControl"];
        post?: never;
        /**
         * Delete a custom AppProtection control
         * @description Removes a custom control.
         */
        delete: operations["deleteAppProtectionControl"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/inspectionControls/custom/{id}/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The control's id. */
                id: components["parameters"]["appProtectionControlId"];
            };
            cookie?: never;
        };
        /**
         * List the profiles that use a custom control
         * @description Returns the id and name of every AppProtection profile that includes the custom control, as a bare array.
         */
        get: operations["listAppProtectionControlProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/inspectionControls/custom/httpMethods": {
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
         * List the HTTP methods a custom control can match
         * @description Returns the HTTP methods a `REQUEST_METHOD` rule can name, as a bare array.
         */
        get: operations["listAppProtectionHttpMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/inspectionControls/predefined": {
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
         * List predefined AppProtection controls
         * @description Returns the predefined controls of one version (from listPredefinedAppProtectionControlVersions),
         *     grouped by control group, as a bare array. A `search` such as `controlGroup eq Preprocessors`
         *     picks the group of mandatory default controls.
         */
        get: operations["listPredefinedAppProtectionControls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/inspectionControls/predefined/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The control's id. */
                id: components["parameters"]["appProtectionControlId"];
            };
            cookie?: never;
        };
        /**
         * Read a predefined AppProtection control
         * @description Returns one predefined control.
         */
        get: operations["getPredefinedAppProtectionControl"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/inspectionControls/predefined/adp": {
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
         * List predefined Active Directory protection controls
         * @description Returns the predefined ADP (Active Directory protection) controls, grouped like listPredefinedAppProtectionControls.
         */
        get: operations["listPredefinedAdpControls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/inspectionControls/predefined/api": {
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
         * List predefined API protection controls
         * @description Returns the predefined controls for API traffic, grouped like listPredefinedAppProtectionControls.
         */
        get: operations["listPredefinedApiControls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/inspectionControls/predefined/versions": {
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
         * List the predefined control versions
         * @description Returns the versions of the predefined control set (such as `OWASP_CRS/3.3.0`), as a bare array.
         */
        get: operations["listPredefinedAppProtectionControlVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/inspectionControls/severityTypes": {
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
         * List the control severities
         * @description Returns the severities a control can have (such as `CRITICAL`, `ERROR`, `WARNING`, `INFO`), as a bare array.
         */
        get: operations["listAppProtectionSeverityTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/inspectionProfile": {
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
         * List AppProtection profiles
         * @description Returns one page of AppProtection profiles (20 by default, at most 500), optionally filtered by `search`.
         */
        get: operations["listAppProtectionProfiles"];
        put?: never;
        /**
         * Create an AppProtection profile
         * @description Adds a profile. It must name a predefined control version and include every mandatory
         *     predefined control of that version (the `Preprocessors` group of
         *     listPredefinedAppProtectionControls), each with its action.
         */
        post: operations["createAppProtectionProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/inspectionProfile/{inspectionProfileId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The AppProtection profile's id. */
                inspectionProfileId: components["parameters"]["inspectionProfileId"];
            };
            cookie?: never;
        };
        /**
         * Read an AppProtection profile
         * @description Returns one profile with its controls.
         */
        get: operations["getAppProtectionProfile"];
        /**
         * Replace an AppProtection profile
         * @description Replaces a profile with the body; controls and optional fields left out are removed. Use patchAppProtectionProfile to change only some fields.
         */
        put: operations["updateAppProtectionProfile"];
        post?: never;
        /**
         * Delete an AppProtection profile
         * @description Removes a profile; a profile that a policy rule still uses cannot be deleted.
         */
        delete: operations["deleteAppProtectionProfile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/inspectionProfile/{inspectionProfileId}/associateAllPredefinedControls": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The AppProtection profile's id. */
                inspectionProfileId: components["parameters"]["inspectionProfileId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Add every predefined control of a version to a profile
         * @description Adds all the predefined controls of one version to the profile, with their default actions.
         */
        put: operations["associateAllPredefinedControls"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/inspectionProfile/{inspectionProfileId}/deAssociateAllPredefinedControls": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The AppProtection profile's id. */
                inspectionProfileId: components["parameters"]["inspectionProfileId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Remove every predefined control from a profile (old path)
         * @deprecated
         * @description The retired spelling of dissociateAllPredefinedControls; Zscaler announced its end for 27 January 2023.
         */
        put: operations["deassociateAllPredefinedControls"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/inspectionProfile/{inspectionProfileId}/dissociateAllPredefinedControls": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The AppProtection profile's id. */
                inspectionProfileId: components["parameters"]["inspectionProfileId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Remove every predefined control from a profile
         * @description Removes all the predefined controls from the profile.
         */
        put: operations["dissociateAllPredefinedControls"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/inspectionProfile/{inspectionProfileId}/patch": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The AppProtection profile's id. */
                inspectionProfileId: components["parameters"]["inspectionProfileId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change part of an AppProtection profile
         * @description Changes only the fields the body carries, leaving the rest of the profile and its controls as they are.
         */
        patch: operations["patchAppProtectionProfile"];
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/isolation/profiles": {
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
         * List isolation profiles
         * @description Returns one page of the isolation profiles as ZPA sees them (20 by default, at most 500). An
         *     isolation policy rule names a profile by this list's `id`, not by its UUID.
         */
        get: operations["listIsolationProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/machineGroup": {
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
         * List machine groups
         * @description Returns one page of machine groups (20 by default, at most 500), optionally filtered by `search` or narrowed to one Microtenant.
         */
        get: operations["listMachineGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/machineGroup/{machineGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The machine group's id. */
                machineGroupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Read a machine group
         * @description Returns one machine group.
         */
        get: operations["getMachineGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/microtenants": {
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
         * List Microtenants
         * @description Returns the tenant's Microtenants a page at a time (`page`, `pagesize` up to 500, default 20); `includeRoles` adds role details.
         */
        get: operations["listMicrotenants"];
        put?: never;
        /**
         * Create a Microtenant
         * @description Creates a Microtenant whose users are those of the authentication domains in `criteriaAttributeValues`. Only Default Microtenant administrators may call it. Answers 201 with the Microtenant and, in `user`, the administrator account created for it, including its one-time password.
         */
        post: operations["createMicrotenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/microtenants/{microtenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The Microtenant's id. */
                microtenantId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Get a Microtenant
         * @description Returns one Microtenant by id.
         */
        get: operations["getMicrotenant"];
        /**
         * Update a Microtenant
         * @description Replaces a Microtenant: send the whole record, since optional fields left out (such as `description`) are cleared. Only Default Microtenant administrators may call it. Answers 204 with no body.
         */
        put: operations["updateMicrotenant"];
        post?: never;
        /**
         * Delete a Microtenant
         * @description Deletes one Microtenant. Answers 204 with no body.
         */
        delete: operations["deleteMicrotenant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/microtenants/search": {
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
         * Search Microtenants
         * @description Returns a page of the Microtenants matching every filter in `filterBy`, paged by `pageBy` and sorted by `sortBy`. Reads only, despite the POST.
         */
        post: operations["searchMicrotenants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/microtenants/summary": {
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
         * List Microtenant names and ids
         * @description Returns the id and name of every Microtenant as a bare array (no page envelope), including the Default Microtenant with id `0`.
         */
        get: operations["getMicrotenantSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/network": {
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
         * List trusted networks (v1 path)
         * @description The v1 path the how-to page uses for its paging and search examples; it answers like
         *     listTrustedNetworksV2, the list the reference page documents.
         */
        get: operations["listTrustedNetworks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/network/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The trusted network's ZPA id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Read a trusted network
         * @description Returns one trusted network by its ZPA id.
         */
        get: operations["getTrustedNetwork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/permissionGroups": {
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
         * List the default permission groups
         * @description Returns every permission group the tenant offers, each with the class types it covers and
         *     the access it grants by default. A role's `classPermissionGroups` are built from these, so
         *     read them before creating or updating a role. The answer is one bare array, not paged.
         */
        get: operations["listPermissionGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/platform": {
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
         * List the platform types
         * @description Returns the device platforms a `PLATFORM` rule operand can name, as a map from the value to
         *     send (such as `windows`) to its display name.
         */
        get: operations["getPlatformTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/policySet/{policySetId}/reorder": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The policy set's id, from getPolicySetByType. */
                policySetId: components["parameters"]["policySetId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder every rule of a policy set
         * @description Sets the order of all the rules in a policy set at once: the body lists every rule id of
         *     the set, first rule first. Leaving a rule out, naming a rule of another set, or moving a
         *     default rule (timeout, client forwarding and isolation sets keep theirs last) or a
         *     restricted rule (such as one made by Deception) is refused with 400.
         */
        put: operations["reorderPolicyRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/policySet/{policySetId}/rule": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The policy set's id, from getPolicySetByType. */
                policySetId: components["parameters"]["policySetId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Update a policy rule without naming it in the path
         * @deprecated
         * @description The access page's way to change a rule that requires approval: a PUT to the rule collection
         *     rather than to one rule. Prefer updatePolicyRule, which names the rule in the path.
         */
        put: operations["updatePolicyRuleWithoutId"];
        /**
         * Create a policy rule
         * @description Adds a rule to a policy set, with its conditions written as v1 operands (one `lhs`/`rhs`
         *     pair each). The rule's fields depend on the set's policy type: timeout rules need
         *     `reauthTimeout` and `reauthIdleTimeout`, isolation rules `zpnIsolationProfileId`,
         *     AppProtection rules `zpnInspectionProfileId`. Zscaler plans to retire this v1 call in
         *     favour of createPolicyRuleV2.
         */
        post: operations["createPolicyRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/policySet/{policySetId}/rule/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The policy set's id, from getPolicySetByType. */
                policySetId: components["parameters"]["policySetId"];
                /** @description The rule's id. */
                ruleId: components["parameters"]["ruleId"];
            };
            cookie?: never;
        };
        /**
         * Read a policy rule
         * @description Returns one rule of a policy set, with its conditions in v1 form (`lhs`/`rhs` operands).
         */
        get: operations["getPolicyRule"];
        /**
         * Replace a policy rule
         * @description Replaces a rule with the body, conditions in v1 form. Send the whole rule: conditions and
         *     optional fields left out are cleared. Rules made by Deception cannot be changed. Zscaler
         *     plans to retire this v1 call in favour of updatePolicyRuleV2.
         */
        put: operations["updatePolicyRule"];
        post?: never;
        /**
         * Delete a policy rule
         * @description Removes a rule from its policy set. Default rules and rules made by Deception cannot be deleted.
         */
        delete: operations["deletePolicyRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/policySet/{policySetId}/rule/{ruleId}/reorder/{newOrder}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The position the rule moves to, counting from 1. */
                newOrder: number;
                /** @description The policy set's id, from getPolicySetByType. */
                policySetId: components["parameters"]["policySetId"];
                /** @description The rule's id. */
                ruleId: components["parameters"]["ruleId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Move one policy rule
         * @description Moves one rule to a new position in its policy set; the rules in between shift by one. A
         *     regular access rule cannot be moved above rules made by Deception, which themselves cannot
         *     be moved.
         */
        put: operations["reorderPolicyRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/policySet/policyType/{policyType}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /**
                 * @description The policy type whose set to use: `ACCESS_POLICY` (or `GLOBAL_POLICY`), `TIMEOUT_POLICY`
                 *     (or `REAUTH_POLICY`), `CLIENT_FORWARDING_POLICY` (or `BYPASS_POLICY`), `INSPECTION_POLICY`
                 *     (AppProtection), `ISOLATION_POLICY`, `CREDENTIAL_POLICY`, `CAPABILITIES_POLICY` and
                 *     `PRIVILEGED_PORTAL_POLICY` (privileged access), `CLIENTLESS_SESSION_PROTECTION_POLICY`
                 *     (browser protection), `REDIRECTION_POLICY`, `SIEM_POLICY` or `PROTECTION_POLICY`.
                 */
                policyType: components["parameters"]["policyType"];
            };
            cookie?: never;
        };
        /**
         * Read the policy set of a policy type
         * @description Returns the policy set that holds every rule of one policy type. Its `id` is the
         *     `policySetId` every rule operation needs; in a Microtenant, pass `microtenantId` to get
         *     that Microtenant's set.
         */
        get: operations["getPolicySetByType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/policySet/rules/policyType/{policyType}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /**
                 * @description The policy type whose set to use: `ACCESS_POLICY` (or `GLOBAL_POLICY`), `TIMEOUT_POLICY`
                 *     (or `REAUTH_POLICY`), `CLIENT_FORWARDING_POLICY` (or `BYPASS_POLICY`), `INSPECTION_POLICY`
                 *     (AppProtection), `ISOLATION_POLICY`, `CREDENTIAL_POLICY`, `CAPABILITIES_POLICY` and
                 *     `PRIVILEGED_PORTAL_POLICY` (privileged access), `CLIENTLESS_SESSION_PROTECTION_POLICY`
                 *     (browser protection), `REDIRECTION_POLICY`, `SIEM_POLICY` or `PROTECTION_POLICY`.
                 */
                policyType: components["parameters"]["policyType"];
            };
            cookie?: never;
        };
        /**
         * List the rules of a policy type
         * @description Returns one page of the rules in the policy set of a policy type, in rule order. Pages are
         *     counted from 1, at most 500 rules each (20 when `pagesize` is omitted); `search` filters by
         *     field, and `microtenantId` narrows the list to one Microtenant.
         */
        get: operations["listPolicyRulesByType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/posture": {
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
         * List posture profiles (v1 path)
         * @description The v1 path the how-to page uses for its search example; it answers like
         *     listPostureProfilesV2, the list the reference page documents.
         */
        get: operations["listPostureProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/posture/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The posture profile's ZPA id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Read a posture profile
         * @description Returns one posture profile by its ZPA id.
         */
        get: operations["getPostureProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/praConsole": {
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
         * List privileged consoles
         * @description Returns the tenant's privileged consoles a page at a time (`page`, `pagesize` up to 500, default 20), optionally filtered by `search`. Pass `microtenantId` to read one Microtenant (`0` for the Default Microtenant); without it the read covers every Microtenant the caller may see.
         */
        get: operations["listPraConsoles"];
        put?: never;
        /**
         * Create a privileged console
         * @description Creates one console for a PRA-enabled application (`praApplication.id`), published on the portals in `praPortals`. Answers 201 with the stored console. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        post: operations["createPraConsole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/praConsole/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The privileged console's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Get a privileged console
         * @description Returns one privileged console by id, with its application and portals expanded. Pass `microtenantId` to read one Microtenant (`0` for the Default Microtenant); without it the read covers every Microtenant the caller may see.
         */
        get: operations["getPraConsole"];
        /**
         * Update a privileged console
         * @description Replaces a privileged console: send the whole record, since optional fields left out (such as `description`) are cleared. Answers 204 with no body. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        put: operations["updatePraConsole"];
        post?: never;
        /**
         * Delete a privileged console
         * @description Deletes one privileged console. Answers 204 with no body. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        delete: operations["deletePraConsole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/praConsole/bulk": {
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
         * Create several privileged consoles
         * @description Creates every console in the array in one call and answers 201 with the stored consoles in the same order. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        post: operations["bulkCreatePraConsoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/praConsole/praPortal/{portalId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The privileged portal whose consoles to list. */
                portalId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * List the consoles of a privileged portal
         * @description Returns, a page at a time, the privileged consoles published on the given portal. Pass `microtenantId` to read one Microtenant (`0` for the Default Microtenant); without it the read covers every Microtenant the caller may see.
         */
        get: operations["listPraConsolesByPraPortal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/praPortal": {
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
         * List privileged portals
         * @description Returns the tenant's privileged portals a page at a time (`page`, `pagesize` up to 500, default 20), optionally filtered by `search`. Pass `microtenantId` to read one Microtenant (`0` for the Default Microtenant); without it the read covers every Microtenant the caller may see.
         */
        get: operations["listPraPortals"];
        put?: never;
        /**
         * Create a privileged portal
         * @description Creates a portal on `domain`, served with the certificate `certificateId`. The server stores the domain in lower case and derives the portal's `cName`. Answers 201 with the stored portal. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        post: operations["createPraPortal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/praPortal/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The privileged portal's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Get a privileged portal
         * @description Returns one privileged portal by id. Pass `microtenantId` to read one Microtenant (`0` for the Default Microtenant); without it the read covers every Microtenant the caller may see.
         */
        get: operations["getPraPortal"];
        /**
         * Update a privileged portal
         * @description Replaces a privileged portal: send the whole record, since optional fields left out (such as `description` or `userNotification`) are cleared. Answers 204 with no body. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        put: operations["updatePraPortal"];
        post?: never;
        /**
         * Delete a privileged portal
         * @description Deletes one privileged portal. Answers 204 with no body. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        delete: operations["deletePraPortal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/privateCloudController": {
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
         * List Private Cloud Controllers
         * @description Returns the tenant's enrolled Private Cloud Controllers with their status and versions, a page at a time (`page`, `pagesize` up to 500, default 20), optionally filtered by `search` and ordered by `sortBy`/`sortDir`. Controllers are created by enrolling, not through this API.
         */
        get: operations["listPrivateCloudControllers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/privateCloudController/{privateCloudControllerId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The Private Cloud Controller's id. */
                privateCloudControllerId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Get a Private Cloud Controller
         * @description Returns one Private Cloud Controller with its runtime status. Scoped to a Microtenant by `microtenantId`.
         */
        get: operations["getPrivateCloudController"];
        /**
         * Update a Private Cloud Controller
         * @description Replaces the editable fields of a Private Cloud Controller (`name`, `description`, `enabled`); the runtime fields it reports are ignored and leaving `description` out clears it. Answers 204 with no body. Scoped to a Microtenant by `microtenantId`.
         */
        put: operations["updatePrivateCloudController"];
        post?: never;
        /**
         * Delete a Private Cloud Controller
         * @description Removes an enrolled Private Cloud Controller from the tenant. Answers 204. Scoped to a Microtenant by `microtenantId`.
         */
        delete: operations["deletePrivateCloudController"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/privateCloudController/{privateCloudControllerId}/restart": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The Private Cloud Controller's id. */
                privateCloudControllerId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Restart a Private Cloud Controller
         * @description Asks an enrolled Private Cloud Controller to restart. Takes no body; answers 204. Scoped to a Microtenant by `microtenantId`.
         */
        put: operations["restartPrivateCloudController"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/privateCloudControllerGroup": {
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
         * List Private Cloud Controller groups
         * @description Returns the tenant's Private Cloud Controller groups, each with its controllers, a page at a time (`page`, `pagesize` up to 500, default 20), optionally filtered by `search`. Without `microtenantId`, groups of every visible Microtenant are returned.
         */
        get: operations["listPrivateCloudControllerGroups"];
        put?: never;
        /**
         * Create a Private Cloud Controller group
         * @description Creates a Private Cloud Controller group at a location (`name`, `location`, `latitude`, `longitude` and `countryCode` are required), optionally tied to a Private Cloud by `siteId`. Answers 201 with the new group. Scoped to a Microtenant by `microtenantId`.
         */
        post: operations["createPrivateCloudControllerGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/privateCloudControllerGroup/{privateCloudControllerGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The Private Cloud Controller group's id. */
                privateCloudControllerGroupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Get a Private Cloud Controller group
         * @description Returns one Private Cloud Controller group with its controllers. Scoped to a Microtenant by `microtenantId`.
         */
        get: operations["getPrivateCloudControllerGroup"];
        /**
         * Replace a Private Cloud Controller group
         * @description Replaces a Private Cloud Controller group with the body; optional fields left out (such as `description`) are cleared. Answers 204 with no body. Scoped to a Microtenant by `microtenantId`.
         */
        put: operations["updatePrivateCloudControllerGroup"];
        post?: never;
        /**
         * Delete a Private Cloud Controller group
         * @description Deletes a Private Cloud Controller group. Scoped to a Microtenant by `microtenantId`.
         */
        delete: operations["deletePrivateCloudControllerGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/privateCloudControllerGroup/summary": {
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
         * List Private Cloud Controller group names
         * @description Returns only the id, name and state of each Private Cloud Controller group, a page at a time; cheaper than the full list when filling a picker.
         */
        get: operations["listPrivateCloudControllerGroupSummaries"];
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
         * @description Returns the tenant's roles; an administrator's `roleId` is one of these ids.
         */
        get: operations["listRoles"];
        put?: never;
        /**
         * Create an administrator role
         * @description Adds a custom role. Its access is given as permission groups (from `listPermissionGroups`),
         *     each granting a permission per class type: `mask` adds up 1 (read), 2 (write), 4 (create)
         *     and 8 (delete), and `type` is `VIEW_ONLY` (mask 1) or `FULL` (mask 15).
         */
        post: operations["createRole"];
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
         * @description Returns one role with its permission groups.
         */
        get: operations["getRole"];
        /**
         * Update an administrator role
         * @description Replaces a role's name, description and permission groups. Send the whole role: groups or
         *     fields left out are cleared.
         */
        put: operations["updateRole"];
        post?: never;
        /**
         * Delete an administrator role
         * @description Removes a custom role; reading it afterwards gives 404.
         */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/samlAttribute/{attrId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SAML attribute's id. */
                attrId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        /**
         * Read a SAML attribute
         * @description Returns one SAML attribute, with the IdP it belongs to.
         */
        get: operations["getSamlAttribute"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/segmentGroup": {
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
         * List segment groups
         * @description Returns the tenant's segment groups a page at a time (`page`, `pagesize` up to 500, default 20), optionally filtered by `search`. Each group embeds a summary of its application segments unless `skipDetailedAppInfo` is set. Without `microtenantId`, groups of every visible Microtenant are returned.
         */
        get: operations["listSegmentGroups"];
        put?: never;
        /**
         * Create a segment group
         * @description Creates a segment group; `name` and `enabled` are required. Application segments may be linked at once through `applications[].id`, though usually a segment joins a group by naming it in its own `segmentGroupId`. Answers with the new group. Scoped to a Microtenant by `microtenantId`.
         */
        post: operations["createSegmentGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/segmentGroup/{segmentGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The segment group's id. */
                segmentGroupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Get a segment group
         * @description Returns one segment group with the application segments it holds. Scoped to a Microtenant by `microtenantId`.
         */
        get: operations["getSegmentGroup"];
        /**
         * Replace a segment group
         * @description Replaces a segment group with the body; optional fields left out (such as `description`) are cleared and `applications` becomes exactly the list sent. Answers 204 with no body. The v2 twin edits membership by difference instead. Scoped to a Microtenant by `microtenantId`.
         */
        put: operations["updateSegmentGroup"];
        post?: never;
        /**
         * Delete a segment group
         * @description Deletes a segment group. A group still referenced (for example by an application segment or a policy rule) cannot be deleted: the server answers 400 `resource.referenced`. Groups created by Zscaler Deception cannot be deleted either. Scoped to a Microtenant by `microtenantId`.
         */
        delete: operations["deleteSegmentGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/server": {
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
         * List application servers
         * @description Returns the tenant's application servers a page at a time (`page`, `pagesize` up to 500, default 20), optionally filtered by `search` (for example `address LIKE test`). Without `microtenantId`, servers of every visible Microtenant are returned.
         */
        get: operations["listServers"];
        put?: never;
        /**
         * Create an application server
         * @description Creates an application server from `name`, `address` (an IP address or a domain) and `enabled`; `appServerGroupIds` attaches it to server groups at once. Answers 201 with the new record. Scoped to a Microtenant by `microtenantId`.
         */
        post: operations["createServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/server/{serverId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The server's id. */
                serverId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Get an application server
         * @description Returns one application server, with the server groups that list it in `appServerGroupAssociations`. Scoped to a Microtenant by `microtenantId`.
         */
        get: operations["getServer"];
        /**
         * Replace an application server
         * @description Replaces an application server with the body; optional fields left out (such as `description` or `appServerGroupIds`) are cleared. Answers 204 with no body. Scoped to a Microtenant by `microtenantId`.
         */
        put: operations["updateServer"];
        post?: never;
        /**
         * Delete an application server
         * @description Deletes an application server. A server still listed by a server group cannot be deleted (400 `resource.referenced`). Scoped to a Microtenant by `microtenantId`.
         */
        delete: operations["deleteServer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/serverGroup": {
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
         * List server groups
         * @description Returns the tenant's server groups a page at a time (`page`, `pagesize` up to 500, default 20), optionally filtered by `search`; each embeds its App Connector groups, servers and application segments. Without `microtenantId`, groups of every visible Microtenant are returned.
         */
        get: operations["listServerGroups"];
        put?: never;
        /**
         * Create a server group
         * @description Creates a server group. `name`, `dynamicDiscovery` and at least one App Connector group (`appConnectorGroups[].id`) are required; `servers` applies only when `dynamicDiscovery` is false. Answers with the new group. Scoped to a Microtenant by `microtenantId`.
         */
        post: operations["createServerGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/serverGroup/{groupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The server group's id. */
                groupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Get a server group
         * @description Returns one server group with its App Connector groups, servers and application segments. Scoped to a Microtenant by `microtenantId`.
         */
        get: operations["getServerGroup"];
        /**
         * Replace a server group
         * @description Replaces a server group with the body: `appConnectorGroups` and `servers` become exactly the lists sent and optional fields left out are cleared. Answers 204 with no body. Groups created by Zscaler Deception cannot be updated. Scoped to a Microtenant by `microtenantId`.
         */
        put: operations["updateServerGroup"];
        post?: never;
        /**
         * Delete a server group
         * @description Deletes a server group. A group still used by an application segment cannot be deleted (400 `resource.referenced`), nor can one created by Zscaler Deception. Scoped to a Microtenant by `microtenantId`.
         */
        delete: operations["deleteServerGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/serviceEdge": {
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
         * List Private Service Edges
         * @description Returns the tenant's enrolled Private Service Edges with their status, versions and addresses, a page at a time (`page`, `pagesize` up to 500, default 20), optionally filtered by `search` and ordered by `sortBy`/`sortDir`. Instances are created by enrolling with a provisioning key, not through this API.
         */
        get: operations["listServiceEdges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/serviceEdge/{serviceEdgeId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The Private Service Edge's id. */
                serviceEdgeId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Get a Private Service Edge
         * @description Returns one Private Service Edge with its runtime status. Scoped to a Microtenant by `microtenantId`.
         */
        get: operations["getServiceEdge"];
        /**
         * Update a Private Service Edge
         * @description Replaces the editable fields of a Private Service Edge (`name`, `description`, `enabled`); the runtime fields it reports are ignored. Leaving `description` out clears it. Answers 204 with no body. Scoped to a Microtenant by `microtenantId`.
         */
        put: operations["updateServiceEdge"];
        post?: never;
        /**
         * Delete a Private Service Edge
         * @description Removes an enrolled Private Service Edge from the tenant. Scoped to a Microtenant by `microtenantId`.
         */
        delete: operations["deleteServiceEdge"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/serviceEdge/bulkDelete": {
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
         * Delete several Private Service Edges
         * @description Deletes every Private Service Edge whose id is listed in `ids`, in one call. Answers 200. Scoped to a Microtenant by `microtenantId`.
         */
        post: operations["bulkDeleteServiceEdges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/serviceEdgeGroup": {
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
         * List Private Service Edge groups
         * @description Returns the tenant's Private Service Edge groups a page at a time (`page`, `pagesize` up to 500, default 20), optionally filtered by `search`; each embeds its Private Service Edges and trusted networks. Without `microtenantId`, groups of every visible Microtenant are returned.
         */
        get: operations["listServiceEdgeGroups"];
        put?: never;
        /**
         * Create a Private Service Edge group
         * @description Creates a Private Service Edge group. `name`, `location`, `latitude` and `longitude` are required; `versionProfileId` is needed only when `overrideVersionProfile` is true, and `graceDistanceValueUnit` only when `graceDistanceEnabled` is true. Answers 201 with the new group. Scoped to a Microtenant by `microtenantId`.
         */
        post: operations["createServiceEdgeGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/serviceEdgeGroup/{serviceEdgeGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The Private Service Edge group's id. */
                serviceEdgeGroupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Get a Private Service Edge group
         * @description Returns one Private Service Edge group with its Private Service Edges and trusted networks. Scoped to a Microtenant by `microtenantId`.
         */
        get: operations["getServiceEdgeGroup"];
        /**
         * Replace a Private Service Edge group
         * @description Replaces a Private Service Edge group with the body; `trustedNetworks` and `serviceEdges` become exactly the lists sent and optional fields left out are cleared. Answers 204 with no body. Scoped to a Microtenant by `microtenantId`.
         */
        put: operations["updateServiceEdgeGroup"];
        post?: never;
        /**
         * Delete a Private Service Edge group
         * @description Deletes a Private Service Edge group. A group still used by a provisioning key or a policy cannot be deleted (400 `resource.referenced`). Scoped to a Microtenant by `microtenantId`.
         */
        delete: operations["deleteServiceEdgeGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/serviceEdgeSchedule": {
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
         * Get the Private Service Edge auto-delete schedule
         * @description Returns the tenant's schedule for deleting Private Service Edges that stay disconnected; its `id` is what the update takes.
         */
        get: operations["getServiceEdgeSchedule"];
        put?: never;
        /**
         * Set up the Private Service Edge auto-delete schedule
         * @description Turns on the tenant's schedule for deleting disconnected Private Service Edges after `frequencyInterval` days (at least 5). Answers 204 with no body.
         */
        post: operations["createServiceEdgeSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/serviceEdgeSchedule/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The schedule's id, as the read returns it. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the Private Service Edge auto-delete schedule
         * @description Replaces the tenant's Private Service Edge auto-delete schedule, named by the `id` the read returns. Answers 204 with no body.
         */
        put: operations["updateServiceEdgeSchedule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/userPortal": {
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
         * List user portals
         * @description Returns the tenant's user portals a page at a time (`page`, `pagesize` up to 500, default 20). Pass `microtenantId` to read inside a Microtenant (`0` for the Default Microtenant); a key scoped to a Microtenant must pass it.
         */
        get: operations["listUserPortals"];
        put?: never;
        /**
         * Create a user portal
         * @description Creates a user portal. With `managedByZs: true` Zscaler hosts it under `extLabel` and `extDomain` and provides the certificate; with `false` you give `domain` and `certificateId`. Answers 201 with the stored portal. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        post: operations["createUserPortal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/userPortal/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The user portal's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Get a user portal
         * @description Returns one user portal by id. Pass `microtenantId` to read inside a Microtenant (`0` for the Default Microtenant); a key scoped to a Microtenant must pass it.
         */
        get: operations["getUserPortal"];
        /**
         * Update a user portal
         * @description Replaces a user portal: send the whole record, since optional fields left out (`description`, `userNotification`) are cleared. Answers 204 with no body. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        put: operations["updateUserPortal"];
        post?: never;
        /**
         * Delete a user portal
         * @description Deletes one user portal. Answers 204 with no body. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        delete: operations["deleteUserPortal"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/userPortalLink": {
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
         * List user portal links
         * @description Returns the tenant's user portal links a page at a time (`page`, `pagesize` up to 500, default 20), each with the portals it appears on. Pass `microtenantId` to read inside a Microtenant (`0` for the Default Microtenant); a key scoped to a Microtenant must pass it.
         */
        get: operations["listUserPortalLinks"];
        put?: never;
        /**
         * Create a user portal link
         * @description Creates one link (`name`, `link`, optional `linkPath`, `protocol` and icon) on the portal `userPortalId`. Answers 201 with the stored link. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        post: operations["createUserPortalLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/userPortalLink/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The user portal link's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Get a user portal link
         * @description Returns one user portal link by id. Pass `microtenantId` to read inside a Microtenant (`0` for the Default Microtenant); a key scoped to a Microtenant must pass it.
         */
        get: operations["getUserPortalLink"];
        /**
         * Update a user portal link
         * @description Replaces a user portal link: send the whole record, since optional fields left out (`linkPath`, `description`, the icon) are cleared. Answers 204 with no body. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        put: operations["updateUserPortalLink"];
        post?: never;
        /**
         * Delete a user portal link
         * @description Deletes one user portal link. Answers 204 with no body. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        delete: operations["deleteUserPortalLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/userPortalLink/bulk": {
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
         * Create several user portal links
         * @description Creates every link in `userPortalLinks` and puts each on every portal in `userPortals`. Answers 201 with the created links. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        post: operations["bulkCreateUserPortalLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/userPortalLink/userPortal/{portalId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The user portal whose links to list. */
                portalId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * List the links of a user portal
         * @description Returns the links shown on the given user portal, in the usual page envelope.
         */
        get: operations["listUserPortalLinksByUserPortal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/v2/associationtype/{type}/domains": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The purpose the domains serve; `SEARCH_SUFFIX` for DNS search domains (the only value the pages document). */
                type: string;
            };
            cookie?: never;
        };
        /**
         * List customer domains
         * @description Returns every domain of the given association type as a bare array (no paging). Pass `microtenantId` to read inside a Microtenant (`0` for the Default Microtenant); a key scoped to a Microtenant must pass it.
         */
        get: operations["listCustomerDomains"];
        put?: never;
        /**
         * Add or update customer domains
         * @description Adds the domains in the array, or updates those that already exist, under the association type in the path; each entry's `associationType` is ignored in favour of the path's. Answers 204 with no body. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        post: operations["upsertCustomerDomains"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/v2/ipRanges": {
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
         * List virtual IP address ranges
         * @description Returns every Zscaler virtual IP address range of the tenant as a bare array (this list does not page); use the search operation for filtered, paged results.
         */
        get: operations["listVirtualIpRanges"];
        put?: never;
        /**
         * Create a virtual IP address range
         * @description Creates a virtual IP address range from either `ipRangeBegin`/`ipRangeEnd` (begin below end) or `subnetCidr`, with a location. Answers 200 with the new range, including how many addresses it holds (`totalIps`).
         */
        post: operations["createVirtualIpRange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/v2/ipRanges/{ipRangeId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The virtual IP address range's id. */
                ipRangeId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Get a virtual IP address range
         * @description Returns one virtual IP address range.
         */
        get: operations["getVirtualIpRange"];
        /**
         * Replace a virtual IP address range
         * @description Replaces a virtual IP address range with the body; optional fields left out (such as `description` or `locationHint`) are cleared. Answers 204 with no body.
         */
        put: operations["updateVirtualIpRange"];
        post?: never;
        /**
         * Delete a virtual IP address range
         * @description Deletes a virtual IP address range. Answers 200.
         */
        delete: operations["deleteVirtualIpRange"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/v2/ipRanges/search": {
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
         * Search virtual IP address ranges
         * @description Finds virtual IP address ranges with filters (`filterBy`), an order (`sortBy`) and paging (`pageBy`) sent in the body, and answers with one page in the usual `{totalPages, totalCount, list}` envelope.
         */
        post: operations["searchVirtualIpRanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/v2/ssoLoginOptions": {
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
         * Get the admin SSO login setting
         * @description Returns `ssologinonly`: `true` when administrators can sign in only through SSO, `false` when local passwords also work.
         */
        get: operations["getSsoLoginOptions"];
        put?: never;
        /**
         * Set the admin SSO login setting
         * @description Turns SSO-only sign-in for administrators on (`ssologinonly: true`) or off. Answers 204 with no body.
         */
        post: operations["updateSsoLoginOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/customers/{customerId}/vpnConnectedUsers": {
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
         * List users connected to VPN Service Edges
         * @description Returns the users currently connected to the tenant's VPN Service Edges a page at a time (`page`, `pagesize` up to 500, default 20), optionally filtered by `search`. Read-only: connections come and go with the users.
         */
        get: operations["listVpnConnectedUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/inspectionControls/customControlTypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the custom control rule types
         * @description Returns, for each custom control `type` (`REQUEST`, `RESPONSE`), the rule types its rules may
         *     use (such as `REQUEST_HEADERS` or `RESPONSE_BODY`). This path has no tenant in it.
         */
        get: operations["getAppProtectionCustomControlTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe the current session
         * @description Returns the tenant and Microtenant the calling token belongs to, which tells a key scoped to a Microtenant which `microtenantId` to pass.
         */
        get: operations["getCurrentSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v1/admin/zpathCloud/getAltClouds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List alternative cloud domains
         * @description Returns the alternative domains of the Zscaler cloud the tenant is assigned to. Not scoped to a tenant in the path.
         */
        get: operations["listAltClouds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/customers/{customerId}/application/getAppsByType": {
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
         * List applications of one access type (v2)
         * @description The v2 form of the by-type list: the same answer for the `applicationType` given.
         */
        get: operations["getApplicationSegmentsByTypeV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/customers/{customerId}/certificate/issued": {
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
         * List issued certificates
         * @description Returns one page of the tenant's certificates with their chains (20 by default, at most 500).
         */
        get: operations["listIssuedCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/customers/{customerId}/clientlessCertificate/issued": {
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
         * List issued certificates (retired clientless view)
         * @deprecated
         * @description The retired list of issued certificates; Zscaler announced its end for 27 January 2023. Use listIssuedCertificates.
         */
        get: operations["listIssuedClientlessCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/customers/{customerId}/enrollmentCert": {
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
         * List enrollment certificates
         * @description Returns one page of enrollment certificates (20 by default, at most 500), optionally filtered by `search`.
         */
        get: operations["listEnrollmentCertificatesV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/customers/{customerId}/idp": {
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
         * List IdPs
         * @description Returns one page of identity providers (20 by default, at most 500). `scimEnabled=true`
         *     keeps only IdPs that provision users by SCIM, `false` only the others.
         */
        get: operations["listIdpsV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/customers/{customerId}/lssConfig": {
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
         * List LSS configurations
         * @description Returns the tenant's log streaming configurations a page at a time (`page`, `pagesize` up to 500, default 20), optionally filtered by `search`.
         */
        get: operations["listLssConfigs"];
        put?: never;
        /**
         * Create an LSS configuration
         * @description Starts streaming one log type (`config.sourceLogType`) from the App Connector groups in `appConnectorGroups` to `config.lssHost`:`config.lssPort`, formatted by `config.format` (take it from the log formats call) and, for status-bearing logs, limited to the status codes in `config.filter`. `policyRuleResource` optionally narrows the streamed sessions by users, applications and other criteria. Answers 201 with the stored configuration.
         */
        post: operations["createLssConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/customers/{customerId}/lssConfig/{lssId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The LSS configuration's id. */
                lssId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Get an LSS configuration
         * @description Returns one log streaming configuration, with its connector groups and policy rule expanded.
         */
        get: operations["getLssConfig"];
        /**
         * Update an LSS configuration
         * @description Replaces a log streaming configuration with the same body as the create; parts left out (connector groups, the policy rule) are cleared. Configurations created by Zscaler Deception cannot be updated. Answers 204 with no body.
         */
        put: operations["updateLssConfig"];
        post?: never;
        /**
         * Delete an LSS configuration
         * @description Deletes one log streaming configuration. Configurations created by Zscaler Deception cannot be deleted. Answers 204 with no body.
         */
        delete: operations["deleteLssConfig"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/customers/{customerId}/lssConfig/logType/formats": {
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
         * Get the log formats (tenant)
         * @description Returns, per log type, the ready-made format strings (`csv`, `json`, `tsv`) to put in `config.format`; `logType` narrows the answer to one log type.
         */
        get: operations["getLssLogTypeFormats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/customers/{customerId}/network": {
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
         * List trusted networks
         * @description Returns one page of trusted networks (20 by default, at most 500), optionally filtered by `search`.
         */
        get: operations["listTrustedNetworksV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/customers/{customerId}/policySet/{policySetId}/rule": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The policy set's id, from getPolicySetByType. */
                policySetId: components["parameters"]["policySetId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a policy rule (v2 conditions)
         * @description Adds a rule to a policy set, with each operand listing all its values at once (`values`, or
         *     `entryValues` pairs for SAML, SCIM, posture, trusted network and country operands). The
         *     answer shows the rule in v1 form. Privileged and redirection rules are created only here.
         */
        post: operations["createPolicyRuleV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/customers/{customerId}/policySet/{policySetId}/rule/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The policy set's id, from getPolicySetByType. */
                policySetId: components["parameters"]["policySetId"];
                /** @description The rule's id. */
                ruleId: components["parameters"]["ruleId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a policy rule (v2 conditions)
         * @description Replaces a rule with the body, conditions in v2 form. Send the whole rule: conditions and
         *     optional fields left out are cleared.
         */
        put: operations["updatePolicyRuleV2"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/customers/{customerId}/posture": {
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
         * List posture profiles
         * @description Returns one page of posture profiles (20 by default, at most 500), optionally filtered by `search` (such as `name EQ test`).
         */
        get: operations["listPostureProfilesV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/customers/{customerId}/samlAttribute": {
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
         * List SAML attributes
         * @description Returns one page of the SAML attributes of every IdP (20 by default, at most 500), optionally filtered by `search`.
         */
        get: operations["listSamlAttributes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/customers/{customerId}/samlAttribute/idp/{idpId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The IdP's id. */
                idpId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * List the SAML attributes of an IdP
         * @description Returns one page of the SAML attributes of one identity provider (20 by default, at most 500).
         */
        get: operations["listSamlAttributesByIdp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/customers/{customerId}/segmentGroup/{segmentGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The segment group's id. */
                segmentGroupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a segment group (v2)
         * @description Replaces a segment group's own fields and changes its membership by difference: `addedApps` and `deletedApps` list application segment ids to link and unlink, leaving other members alone. Answers 204; 400 `invalid.resource.argument` when a listed application is not valid. Groups created by Zscaler Deception cannot be updated. Scoped to a Microtenant by `microtenantId`.
         */
        put: operations["updateSegmentGroupV2"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/customers/{customerId}/userPortalLink/bulk": {
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
         * Create several user portal links (v2)
         * @description The `/mgmtconfig/v2` form of the bulk create; the same body and answer as the v1 call. Pass `microtenantId` to work inside a Microtenant; without it the Default Microtenant is used.
         */
        post: operations["bulkCreateUserPortalLinksV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/lssConfig/clientTypes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the client types (deprecated)
         * @deprecated
         * @description The client type map without naming a tenant. Zscaler marks it for removal; use `getLssClientTypes`.
         */
        get: operations["getLssClientTypesGlobal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/lssConfig/customers/{customerId}/clientTypes": {
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
         * Get the client types
         * @description Returns the client types a policy rule's `CLIENT_TYPE` operand may name, as a map from the API value (`zpn_client_type_zapp`) to its display name (`Client Connector`).
         */
        get: operations["getLssClientTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/lssConfig/logType/formats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the log formats
         * @description The same catalogue of format strings as `getLssLogTypeFormats`, without naming a tenant.
         */
        get: operations["getLssLogTypeFormatsGlobal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mgmtconfig/v2/admin/lssConfig/statusCodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status codes
         * @description Returns, per log type, the session status codes that `config.filter` may list, each with its name, status and advised admin action.
         */
        get: operations["getLssStatusCodes"];
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
    "/signout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End an access token's session
         * @description Ends the session of the bearer token the request carries, so the token stops working
         *     before it expires. Takes no body.
         */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/userconfig/v1/customers/{customerId}/scimattribute/idpId/{idpId}/attributeId/{attributeId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SCIM attribute's id. */
                attributeId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The IdP's id. */
                idpId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * List the values of a SCIM attribute
         * @description Returns one page of the values the IdP's users have for one SCIM attribute, the values a `SCIM` operand can match.
         */
        get: operations["listScimAttributeValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/userconfig/v1/customers/{customerId}/scimgroup/{scimGroupId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The SCIM group's id. */
                scimGroupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * Read a SCIM group
         * @description Returns one SCIM group.
         */
        get: operations["getScimGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/userconfig/v1/customers/{customerId}/scimgroup/idpId/{idpId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The IdP's id. */
                idpId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        /**
         * List the SCIM groups of an IdP
         * @description Returns one page of the SCIM groups of one IdP (20 by default, at most 500), optionally sorted with `sortBy` and `sortOrder`.
         */
        get: operations["listScimGroups"];
        put?: never;
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
            /** @description Delivery counter the server manages; it keeps its own value whatever a write sends, so a round trip does not compare it. */
            deliveryTag?: components["schemas"]["ServerCounter"];
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
            /** @description Replication counter the server manages; it keeps its own value whatever a write sends, so a round trip does not compare it. */
            syncVersion?: components["schemas"]["ServerCounter"];
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
        /** @description The alternative cloud domains; the pages do not document the shape, so any JSON is accepted. */
        AltCloudList: unknown;
        /** @description An API key as the API returns it. */
        ApiKey: {
            action?: string;
            /** @description The client id to request tokens with. */
            clientId?: string;
            /** @description The client secret; returned only by the create. */
            clientSecret?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            customerId?: components["schemas"]["Int64Id"];
            deliveryTag?: string;
            enabled?: boolean;
            id?: components["schemas"]["Int64Id"];
            isLocked?: boolean;
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            objectType?: string;
            pinSessionEnabled?: boolean;
            readOnly?: boolean;
            restrictedEntity?: boolean;
            roleId?: components["schemas"]["Int64Id"];
            scopeId?: components["schemas"]["Int64Id"];
            syncVersion?: string | number;
            /** @description Lifetime of the tokens the key obtains, in seconds; at most 3600. Sent and returned as a string of digits. */
            tokenExpiryTimeInSec?: string | number;
            zscalerManaged?: boolean;
        };
        /** @description A page of API keys. */
        ApiKeyPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["ApiKey"][];
        };
        /** @description What a create or replace sends (fields the server manages are tolerated, as SDKs send whole records back). */
        ApiKeyWrite: components["schemas"]["ApiKey"] & {
            name: string;
            /**
             * @description Lifetime of the tokens the key obtains, in seconds; at most 3600. Sent and returned as a string of digits.
             * @example 3600
             */
            tokenExpiryTimeInSec?: string | number;
        };
        /** @description An enrolled App Connector as the server reports it. Only `name`, `description` and `enabled` can be changed. */
        AppConnector: {
            appConnectorGroupId?: components["schemas"]["Int64Id"];
            appConnectorGroupName?: string;
            applicationStartTime?: components["schemas"]["EpochSeconds"];
            controlChannelStatus?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            ctrlBrokerName?: string;
            currentVersion?: string;
            description?: string;
            enabled?: boolean;
            enrollmentCert?: {
                id?: components["schemas"]["Int64Id"];
                name?: string;
            };
            expectedVersion?: string;
            fingerprint?: string;
            id?: components["schemas"]["Int64Id"];
            issuedCertId?: components["schemas"]["Int64Id"];
            lastBrokerConnectTime?: components["schemas"]["EpochSeconds"];
            lastBrokerConnectTimeDuration?: string;
            lastBrokerDisconnectTime?: components["schemas"]["EpochSeconds"];
            lastBrokerDisconnectTimeDuration?: string;
            lastUpgradeTime?: components["schemas"]["EpochSeconds"];
            latitude?: string;
            location?: string;
            longitude?: string;
            microtenantName?: string;
            modifiedBy?: components["schemas"]["LooseId"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            platform?: string;
            platformDetail?: string;
            previousVersion?: string;
            privateIp?: string;
            provisioningKeyId?: components["schemas"]["Int64Id"];
            provisioningKeyName?: string;
            publicIp?: string;
            sargeVersion?: string;
            upgradeAttempt?: string;
            upgradeStatus?: string;
        };
        /** @description The App Connectors to delete. */
        AppConnectorBulkDelete: {
            ids: components["schemas"]["Int64Id"][];
        };
        /** @description An App Connector group as the server returns it; also the body of create and replace, where the server-set fields are ignored. */
        AppConnectorGroup: {
            cityCountry?: string;
            /** @description Read-only: the App Connectors enrolled in this group. */
            connectors?: {
                assistantVersion?: {
                    appConnectorGroupId?: components["schemas"]["Int64Id"];
                    applicationStartTime?: components["schemas"]["EpochSeconds"];
                    brokerId?: components["schemas"]["Int64Id"];
                    creationTime?: components["schemas"]["EpochSeconds"];
                    ctrlChannelStatus?: string;
                    currentVersion?: string;
                    expectedVersion?: string;
                    id?: components["schemas"]["Int64Id"];
                    lastBrokerConnectTime?: string;
                    lastBrokerDisconnectTime?: string;
                    lastUpgradedTime?: components["schemas"]["EpochSeconds"];
                    latitude?: string;
                    loneWarrior?: boolean;
                    longitude?: string;
                    modifiedBy?: components["schemas"]["Int64Id"];
                    modifiedTime?: components["schemas"]["EpochSeconds"];
                    mtunnelId?: components["schemas"]["LooseId"];
                    platform?: string;
                    platformDetail?: string;
                    previousVersion?: string;
                    privateIp?: string;
                    publicIp?: string;
                    restartTimeInSec?: string;
                    sargeVersion?: string;
                    systemStartTime?: components["schemas"]["EpochSeconds"];
                    upgradeAttempt?: string;
                    upgradeStatus?: string;
                };
                creationTime?: components["schemas"]["EpochSeconds"];
                enabled?: boolean;
                fingerprint?: string;
                id?: components["schemas"]["Int64Id"];
                issuedCertId?: components["schemas"]["Int64Id"];
                modifiedBy?: components["schemas"]["LooseId"];
                modifiedTime?: components["schemas"]["EpochSeconds"];
                name?: string;
                platformDetail?: string;
                provisioningKeyId?: components["schemas"]["Int64Id"];
                upgradeAttempt?: string;
            }[];
            countryCode?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            description?: string;
            /**
             * @description Which address families the group's connectors resolve applications to.
             * @default IPV4_IPV6
             * @enum {string}
             */
            dnsQueryType?: "IPV4_IPV6" | "IPV4" | "IPV6";
            /** @default true */
            enabled?: boolean;
            id?: components["schemas"]["Int64Id"];
            ipAcl?: string[];
            /** @description Decimal degrees, -90 to 90. The server answers with a decimal string; a number is accepted on write. */
            latitude?: string | number;
            location?: string;
            /** @description Decimal degrees, -180 to 180. The server answers with a decimal string; a number is accepted on write. */
            longitude?: string | number;
            lssAppConnectorGroup?: boolean;
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            /**
             * @description When true, `versionProfileId` replaces the tenant's default version profile.
             * @default false
             */
            overrideVersionProfile?: boolean;
            siemConnectorGroup?: boolean;
            /**
             * @description TCP quick acknowledgement; the three `tcpQuickAck*` flags must be equal.
             * @default false
             */
            tcpQuickAckApp?: boolean;
            /**
             * @description TCP quick acknowledgement; the three `tcpQuickAck*` flags must be equal.
             * @default false
             */
            tcpQuickAckAssistant?: boolean;
            /**
             * @description TCP quick acknowledgement; the three `tcpQuickAck*` flags must be equal.
             * @default false
             */
            tcpQuickAckReadAssistant?: boolean;
            /**
             * @description The day members try to upgrade their software.
             * @default SUNDAY
             * @enum {string}
             */
            upgradeDay?: "SUNDAY" | "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY";
            /**
             * @description Seconds after midnight when members try to upgrade: 0 to 86399 in 15-minute steps, carried as a digit string.
             * @default 66600
             * @example 66600
             */
            upgradeTimeInSecs?: string;
            /**
             * @description Whether the group serves during disaster recovery.
             * @default false
             */
            useInDrMode?: boolean;
            versionProfileId?: components["schemas"]["Int64Id"];
            versionProfileName?: string;
            versionProfileVisibilityScope?: string;
            /**
             * @description Whether AppProtection inspection is off for this group.
             * @default false
             */
            wafDisabled?: boolean;
        };
        /** @description A page of App Connector groups. */
        AppConnectorGroupPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["AppConnectorGroup"][];
        };
        /** @description The body of create and replace: a group with `name`, `location`, `latitude` and `longitude` set. */
        AppConnectorGroupWrite: WithRequired<components["schemas"]["AppConnectorGroup"], "name" | "latitude" | "longitude" | "location">;
        /** @description A page of App Connectors. */
        AppConnectorPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["AppConnector"][];
        };
        /** @description The tenant's schedule for deleting disconnected App Connectors. */
        AppConnectorSchedule: {
            customerId?: components["schemas"]["LooseId"];
            /** @description Whether App Connectors that are disabled are deleted too once disconnected long enough. */
            deleteDisabled?: boolean;
            /** @description Whether the schedule runs. */
            enabled?: boolean;
            /** @description The unit of `frequencyInterval`; only `days` is supported. */
            frequency?: string;
            /**
             * @description How many `frequency` units a connector may stay disconnected before it is deleted; at least 5.
             * @example 5
             */
            frequencyInterval?: string | number;
            id?: components["schemas"]["LooseId"];
        };
        /** @description The body of create and replace: all four settings, with `frequency` set to `days`. */
        AppConnectorScheduleWrite: {
            /** @enum {string} */
            frequency: "days";
        } & WithRequired<components["schemas"]["AppConnectorSchedule"], "frequency" | "frequencyInterval" | "deleteDisabled" | "enabled">;
        /** @description An application of one access type defined inside an application segment. */
        ApplicationByType: {
            appId?: components["schemas"]["Int64Id"];
            applicationPort?: string;
            applicationProtocol?: string;
            connectionSecurity?: string;
            domain?: string;
            enabled?: boolean;
            hidden?: boolean;
            id?: components["schemas"]["Int64Id"];
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            name?: string;
            portal?: boolean;
        };
        /** @description A page of applications of one access type. */
        ApplicationByTypePage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["ApplicationByType"][];
        };
        /** @description An application segment as the server returns it; also the body of create and replace, where the server-set fields are ignored. */
        ApplicationSegment: {
            adpEnabled?: boolean;
            allowOptions?: boolean;
            apiProtectionEnabled?: boolean;
            applicationGroup?: {
                applications?: unknown[];
                enabled?: boolean;
                name?: string;
                skipDetailedAppInfo?: boolean;
                tcpKeepAliveEnabled?: number;
            };
            autoAppProtectEnabled?: boolean;
            bypassOnReauth?: boolean | string;
            bypassType?: string;
            /** @description Browser Access applications of the segment; null or absent when there are none. */
            clientlessApps?: {
                /**
                 * @description Whether unauthenticated CORS preflight `OPTIONS` requests are forwarded to the application.
                 * @default false
                 */
                allowOptions?: boolean;
                appId?: components["schemas"]["LooseId"];
                applicationPort?: string | number;
                /** @description `HTTP` or `HTTPS`. */
                applicationProtocol?: string;
                /** @description The Browser Access certificate. */
                certificateId?: components["schemas"]["LooseId"];
                certificateName?: string;
                cname?: string;
                creationTime?: string | number;
                description?: string;
                /** @description The application's domain or IP address. */
                domain?: string;
                enabled?: boolean;
                hidden?: boolean;
                id?: components["schemas"]["LooseId"];
                modifiedBy?: components["schemas"]["LooseId"];
                modifiedTime?: string | number;
                name?: string;
                path?: string;
                /**
                 * @description Whether the application's own untrusted certificate is accepted.
                 * @default false
                 */
                trustUntrustedCert?: boolean;
            }[] | null;
            cnameConfig?: string;
            /** @description AppProtection, Privileged Remote Access and Browser Access applications defined on the segment, and AppProtection applications to remove (`deletedInspectApps`). */
            commonAppsDto?: {
                appsConfig?: {
                    adpEnabled?: boolean;
                    allowOptions?: boolean;
                    appId?: components["schemas"]["Int64Id"];
                    applicationPort?: number | string;
                    applicationProtocol?: string;
                    appTypes?: string[];
                    certificateId?: components["schemas"]["LooseId"];
                    connectionSecurity?: string;
                    domain?: string;
                    domainJson?: {
                        domain?: string;
                    };
                    enabled?: boolean;
                    hidden?: boolean;
                    isEmptyModel?: boolean;
                    localDomain?: string;
                    name?: string;
                    path?: string;
                    portal?: boolean;
                    protocols?: string[];
                    showADInspectionToggle?: boolean;
                    trustUntrustedCert?: boolean;
                    viewId?: components["schemas"]["LooseId"];
                }[];
                deletedInspectApps?: string[];
            };
            configSpace?: string;
            creationTime?: string | number;
            defaultIdleTimeout?: number;
            defaultMaxAge?: number;
            description?: string;
            domain?: string;
            /** @description Domains and IP addresses of the segment; `*` and `?` wildcards below the registrable domain need `matchStyle` `INCLUSIVE`. */
            domainNames?: string[];
            doubleEncrypt?: boolean;
            enabled?: boolean;
            extranetEnabled?: boolean;
            fqdnDnsCheck?: boolean;
            healthCheckType?: string;
            healthReporting?: string;
            hideDependencies?: boolean;
            icmpAccessType?: string;
            id?: components["schemas"]["LooseId"];
            inspectionApps?: null;
            inspectTrafficWithZia?: boolean;
            ipAnchored?: boolean;
            isCnameEnabled?: string | boolean;
            isIncompleteDRConfig?: boolean;
            matchStyle?: string;
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: string | number;
            name?: string;
            passiveHealthEnabled?: boolean;
            praApps?: null;
            /** @description AD Protection protocols to inspect; only with `adpEnabled`. */
            protocols?: ("LDAP" | "SMB" | "KERBEROS")[];
            segmentGroup?: {
                applications?: unknown[];
                configSpace?: string;
                creationTime?: components["schemas"]["EpochSeconds"];
                description?: string;
                enabled?: boolean;
                id?: components["schemas"]["Int64Id"];
                modifiedBy?: components["schemas"]["Int64Id"];
                modifiedTime?: components["schemas"]["EpochSeconds"];
                name?: string;
                objectType?: string;
                skipDetailedAppInfo?: boolean;
                tcpKeepAliveEnabled?: string | number;
            };
            /** @description The segment group the segment belongs to. */
            segmentGroupId?: components["schemas"]["Int64Id"];
            segmentGroupName?: string;
            selectConnectorCloseToApp?: boolean;
            selectedServerGroups?: string[];
            serverGroupDTOs?: {
                configSpace?: string;
                ConnectorGroups?: {
                    id?: components["schemas"]["Int64Id"];
                    name?: string;
                    siemConnectorGroup?: boolean;
                    useInDrMode?: boolean;
                    wafDisabled?: boolean;
                }[];
                creationTime?: components["schemas"]["EpochSeconds"];
                description?: string;
                enabled?: boolean;
                id?: components["schemas"]["Int64Id"];
                ipAnchored?: boolean;
                learningEnabled?: boolean;
                microtenantName?: string;
                modifiedBy?: components["schemas"]["Int64Id"];
                modifiedTime?: components["schemas"]["EpochSeconds"];
                name?: string;
                objectType?: string;
                restrictedEntity?: boolean;
                servers?: unknown[];
            }[];
            /** @description The server groups that reach this segment's servers; a write needs only each group's `id`. */
            serverGroups?: {
                configSpace?: string;
                creationTime?: string | number;
                description?: string;
                dynamicDiscovery?: boolean;
                enabled?: boolean;
                extranetEnabled?: boolean;
                id?: components["schemas"]["Int64Id"];
                learningEnabled?: boolean;
                modifiedBy?: components["schemas"]["LooseId"];
                modifiedTime?: string | number;
                name?: string;
                passive?: boolean;
                weight?: string;
            }[];
            tcpKeepAlive?: string;
            tcpPortRange?: ({
                from?: string;
                to?: string;
            } | string)[];
            tcpPortRanges?: string[];
            /** @description AD Protection protocols to inspect on the TCP port ranges; only with `adpEnabled`. */
            tcpProtocols?: ("NONE" | "LDAP" | "SMB" | "KERBEROS")[];
            trustUntrustedCert?: boolean;
            udpPortRange?: {
                from?: string;
                to?: string;
            }[];
            udpPortRanges?: string[];
            /** @description AD Protection protocols to inspect on the UDP port ranges; only with `adpEnabled`. */
            udpProtocols?: ("NONE" | "LDAP" | "SMB" | "KERBEROS")[];
            useInDrMode?: string | boolean;
            /** @description Read-only here; set it through the weightedLbConfig operations. */
            weightedLoadBalancing?: boolean;
        };
        /** @description Weighted load balancing of an application segment across its server groups. */
        ApplicationSegmentLbConfig: {
            applicationId?: components["schemas"]["Int64Id"];
            applicationToServerGroupMappings?: {
                /** @description A server group of the segment. */
                id?: components["schemas"]["Int64Id"];
                name?: string;
                /** @description When true the group is a standby that takes traffic only when active groups cannot. */
                passive?: boolean | string;
                /**
                 * @description 0 to 1000; a higher weight sends more requests to the group's App Connectors.
                 * @example 5
                 */
                weight?: string | number;
            }[];
            microtenantId?: components["schemas"]["Int64Id"];
            /** @description Whether weighted load balancing is on (default off). */
            weightedLoadBalancing?: boolean | string;
        };
        /** @description The body of a load-balancing update: the segment id, the switch, and every server group's weight and passive flag. */
        ApplicationSegmentLbConfigWrite: {
            applicationToServerGroupMappings: Record<string, never>[];
        } & WithRequired<components["schemas"]["ApplicationSegmentLbConfig"], "applicationId" | "weightedLoadBalancing" | "applicationToServerGroupMappings">;
        /** @description Where to move an application segment. */
        ApplicationSegmentMove: {
            /** @description The Microtenant to move the segment into. */
            targetMicrotenantId: components["schemas"]["Int64Id"];
            /** @description A segment group of the target Microtenant. */
            targetSegmentGroupId: components["schemas"]["Int64Id"];
            /** @description A server group of the target Microtenant. */
            targetServerGroupId: components["schemas"]["Int64Id"];
        };
        /** @description A page of application segments. */
        ApplicationSegmentPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["ApplicationSegment"][];
        };
        /** @description The Microtenants to share an application segment with. */
        ApplicationSegmentShare: {
            /** @description Microtenant ids; replaces the current share list. */
            shareToMicrotenants: components["schemas"]["Int64Id"][];
        };
        /** @description The body of create and replace: a segment with `name`, `domainNames`, `segmentGroupId` and `serverGroups` set; closed value lists are enforced here. */
        ApplicationSegmentWrite: {
            /**
             * @default NEVER
             * @enum {string}
             */
            bypassType?: "ALWAYS" | "NEVER" | "ON_NET";
            clientlessApps?: {
                /** @enum {string} */
                applicationProtocol: "HTTP" | "HTTPS";
            }[] | null;
            /**
             * @default DEFAULT
             * @enum {string}
             */
            configSpace?: "DEFAULT" | "SIEM";
            domainNames: string[];
            /** @default false */
            enabled?: boolean;
            /** @enum {string} */
            healthReporting?: "NONE" | "ON_ACCESS" | "CONTINUOUS";
            /**
             * @default NONE
             * @enum {string}
             */
            icmpAccessType?: "NONE" | "PING_TRACEROUTING" | "PING";
            /** @enum {string} */
            matchStyle?: "INCLUSIVE" | "EXCLUSIVE";
            serverGroups: Record<string, never>[];
        } & WithRequired<components["schemas"]["ApplicationSegment"], "name" | "domainNames" | "segmentGroupId" | "serverGroups">;
        /** @description A custom AppProtection control. */
        AppProtectionControl: {
            /** @enum {string} */
            action?: "PASS" | "BLOCK" | "REDIRECT";
            /** @description The redirect URL when `action` is `REDIRECT`. */
            actionValue?: string;
            /** @description The name of a profile that uses the control. */
            associatedInspectionProfileName?: string;
            /** @description The profiles that use the control. */
            associatedInspectionProfileNames?: components["schemas"]["AppProtectionProfileRef"][];
            /** @description A number the server assigns, as a string of digits. */
            controlNumber?: string;
            /** @description The rules as a JSON text, as the server stores them. */
            controlRuleJson?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            /** @enum {string} */
            defaultAction?: "PASS" | "BLOCK" | "REDIRECT";
            /** @description The redirect URL when `defaultAction` is `REDIRECT`. */
            defaultActionValue?: string;
            description?: string;
            id?: components["schemas"]["Int64Id"];
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            /** @description The OWASP paranoia level, 1 to 4; answers carry it as a string. */
            paranoiaLevel?: number | string;
            protocolType?: string;
            rules?: components["schemas"]["AppProtectionControlRule"][];
            /** @enum {string} */
            severity?: "CRITICAL" | "ERROR" | "WARNING" | "INFO";
            /**
             * @description Whether the control inspects requests or responses.
             * @enum {string}
             */
            type?: "REQUEST" | "RESPONSE";
            version?: string;
        };
        /** @description One test on the part a rule picks. */
        AppProtectionControlCondition: {
            /**
             * @description Compare the part's `SIZE` or its `VALUE`.
             * @enum {string}
             */
            lhs?: "SIZE" | "VALUE";
            /** @description `EQ`, `LE` or `GE` for sizes; `CONTAINS`, `STARTS_WITH`, `ENDS_WITH`, `RX` and the like for values. */
            op?: string;
            /** @description The size or value to compare with; an HTTP method for `REQUEST_METHOD` rules. */
            rhs?: string;
        };
        /** @description A page of custom AppProtection controls. */
        AppProtectionControlPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["AppProtectionControl"][];
        };
        /** @description What a custom control matches; its conditions all apply to the parts `type` and `names` pick. */
        AppProtectionControlRule: {
            conditions?: components["schemas"]["AppProtectionControlCondition"][];
            /** @description Header or cookie names; required for the header and cookie types. */
            names?: string[];
            /**
             * @description The part of the traffic to match: `REQUEST_HEADERS`, `REQUEST_COOKIES`, `REQUEST_URI`,
             *     `REQUEST_METHOD`, `REQUEST_BODY` or `QUERY_STRING` for `REQUEST` controls;
             *     `RESPONSE_HEADERS` or `RESPONSE_BODY` for `RESPONSE` controls.
             * @enum {string}
             */
            type?: "REQUEST_HEADERS" | "REQUEST_COOKIES" | "REQUEST_URI" | "REQUEST_METHOD" | "REQUEST_BODY" | "QUERY_STRING" | "RESPONSE_HEADERS" | "RESPONSE_BODY";
        };
        /** @description A rule as a control's create or replace must send it. */
        AppProtectionControlRuleWrite: {
            conditions: WithRequired<components["schemas"]["AppProtectionControlCondition"], "lhs" | "op" | "rhs">[];
        } & WithRequired<components["schemas"]["AppProtectionControlRule"], "type" | "conditions">;
        /** @description The body of a create or replace; a control read back may be sent as is. */
        AppProtectionControlWrite: {
            rules: components["schemas"]["AppProtectionControlRuleWrite"][];
        } & WithRequired<components["schemas"]["AppProtectionControl"], "name" | "type" | "severity" | "defaultAction" | "rules">;
        /** @description Rule types by custom control type (`REQUEST`, `RESPONSE`). */
        AppProtectionCustomControlTypes: {
            [key: string]: string[];
        };
        /** @description The supported exception versions with their criteria and limits. */
        AppProtectionExceptions: Record<string, never>;
        /** @description An AppProtection profile. */
        AppProtectionProfile: components["schemas"]["AppProtectionProfileFields"];
        /** @description The fields of a profile, all optional (the body of a partial update). */
        AppProtectionProfileFields: {
            associatedInspectionProfileName?: string;
            /** @description The override settings behind `globalControlActions`, as flags written `TRUE`/`FALSE`. */
            commonGlobalOverrideActionsConfig?: {
                [key: string]: string;
            };
            controlNumber?: number | string;
            /** @description How many controls of each type the profile has. */
            controlsInfo?: {
                /** @description `CUSTOM`, `PREDEFINED`, `ZSCALER` and others the server adds. */
                controlType?: string;
                /** @description A count; answers carry it as a string. */
                count?: string | number;
            }[];
            creationTime?: components["schemas"]["EpochSeconds"];
            customControls?: components["schemas"]["AppProtectionControl"][];
            description?: string;
            /** @description Actions applied to whole control types, such as `PREDEFINED:PASS` or `OVERRIDE_ACTION:COMMON`. */
            globalControlActions?: string[];
            id?: components["schemas"]["Int64Id"];
            /** @description A revision counter the server keeps. */
            incarnationNumber?: string | number;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            /** @description The OWASP paranoia level, 1 to 4; answers carry it as a string. */
            paranoiaLevel?: number | string;
            predefinedControls?: components["schemas"]["AppProtectionProfilePredefinedControl"][];
            /** @description The version of the predefined controls, such as `OWASP_CRS/3.3.0`. */
            predefinedControlsVersion?: string;
        };
        /** @description A page of AppProtection profiles. */
        AppProtectionProfilePage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["AppProtectionProfile"][];
        };
        /** @description The body of a partial update; only the fields sent change. */
        AppProtectionProfilePatch: components["schemas"]["AppProtectionProfileFields"];
        /** @description A predefined control as a profile includes it, with the action the profile gives it. */
        AppProtectionProfilePredefinedControl: components["schemas"]["PredefinedAppProtectionControl"] & {
            /** @enum {string} */
            action?: "PASS" | "BLOCK" | "REDIRECT";
            /** @description The redirect URL; needed only when `action` is `REDIRECT`. */
            actionValue?: string;
            associatedInspectionProfileNames?: components["schemas"]["AppProtectionProfileRef"][];
        };
        /** @description An AppProtection profile named by id. */
        AppProtectionProfileRef: {
            id?: components["schemas"]["Int64Id"];
            name?: string;
        };
        /** @description AppProtection profiles named by id, as a bare array. */
        AppProtectionProfileRefList: components["schemas"]["AppProtectionProfileRef"][];
        /** @description The body of a create or replace; a profile read back may be sent as is. */
        AppProtectionProfileWrite: components["schemas"]["AppProtectionProfile"];
        /** @description A bare array of names. */
        AppProtectionValueList: string[];
        /** @description The tenant's authentication domains. */
        AuthDomainList: {
            /**
             * @example [
             *       "example.com"
             *     ]
             */
            authDomains?: string[];
        };
        /** @description An isolation profile in the isolation service; its settings objects are kept open. */
        CbiProfile: {
            bannerId?: string;
            /** @description Root certificates the isolated browsers trust, by id. */
            certificateIds?: string[];
            debugMode?: Record<string, never>;
            description?: string;
            enabled?: boolean;
            /** @description The profile's URL in the isolation service. */
            href?: string;
            /**
             * Format: uuid
             * @description The profile's UUID.
             */
            id?: string;
            isDefault?: boolean;
            name?: string;
            /** @description The regions to run in, by id (on writes). */
            regionIds?: string[];
            regions?: components["schemas"]["CbiRegion"][];
            /** @description Copy, paste, upload, download and printing settings. */
            securityControls?: Record<string, never>;
            /** @description Session and browser behaviour settings. */
            userExperience?: Record<string, never>;
        };
        /** @description Isolation profiles of the isolation service, as a bare array. */
        CbiProfileList: components["schemas"]["CbiProfile"][];
        /** @description The body of a create or replace; a profile read back may be sent as is. */
        CbiProfileWrite: WithRequired<components["schemas"]["CbiProfile"], "name">;
        /** @description A region of the isolation service. */
        CbiRegion: {
            id?: string;
            name?: string;
        };
        /** @description Isolation regions, as a bare array. */
        CbiRegionList: components["schemas"]["CbiRegion"][];
        /** @description A certificate Browser Access applications present to users. */
        Certificate: components["schemas"]["CertificateFields"] & {
            /** @description On writes only; the certificate and its private key in PEM, one after the other. */
            certBlob?: string;
        };
        /** @description What every certificate view shares. */
        CertificateFields: {
            /** @description The certificate in PEM (never the private key). */
            certificate?: string;
            /** @description The certificate's common name. */
            cName?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            description?: string;
            id?: components["schemas"]["Int64Id"];
            issuedBy?: string;
            issuedTo?: string;
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            publicKey?: string;
            /** @description The certificate's subject alternative names. */
            san?: string[];
            serialNo?: string;
            /**
             * @description Start of validity in epoch seconds (one page example shows milliseconds).
             * @example 1695815396
             */
            validFromInEpochSec?: string;
            /**
             * @description End of validity in epoch seconds (one page example shows milliseconds).
             * @example 1727351396
             */
            validToInEpochSec?: string;
        };
        /** @description A page of certificates. */
        CertificatePage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["Certificate"][];
        };
        /** @description The body of a create or replace; the server reads the certificate's details from `certBlob`. */
        CertificateWrite: components["schemas"]["Certificate"];
        /** @description The permission a group grants on one class type. */
        ClassPermission: {
            classType: components["schemas"]["ClassType"];
            creationTime?: components["schemas"]["EpochSeconds"];
            id?: components["schemas"]["Int64Id"];
            /** @description The Admin Portal's key for the entry (`<group>-<aclClass>-<classTypeId>`), echoed in its payloads. */
            key?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            permission: components["schemas"]["PermissionDetail"];
        };
        /** @description A kind of configuration object a permission applies to (Idp, Application, Role...). */
        ClassType: {
            /** @description The server's class name, such as `com.zscaler.zpn.model.Idp`. */
            aclClass?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            customerId?: components["schemas"]["Int64Id"];
            friendlyName?: string;
            id?: components["schemas"]["Int64Id"];
            /** @description The mask a Microtenant may grant on this class type. */
            localScopeMask?: components["schemas"]["PermissionMask"];
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
        };
        /** @description A Browser Access certificate as the retired clientless view shows it. */
        ClientlessCertificate: components["schemas"]["CertificateFields"];
        /** @description One client type's enrollment certificate assignment. */
        ClientSetting: {
            /**
             * @example APP_PROTECTION
             * @example ISOLATION_CLIENT
             * @example NONE
             * @example ZAPP_CLIENT
             */
            clientCertificateType?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            enrollmentCertId?: components["schemas"]["Int64Id"];
            enrollmentCertName?: string;
            id?: components["schemas"]["Int64Id"];
            microtenantId?: components["schemas"]["Int64Id"];
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            /** @description When the signing certificate expires. */
            signingCertExpiryInEpochSec?: components["schemas"]["EpochSeconds"];
            signingCertId?: components["schemas"]["Int64Id"];
            signingCertName?: string;
        };
        /** @description Client settings as a bare array. */
        ClientSettingList: components["schemas"]["ClientSetting"][];
        /** @description What a create or update sends: the client type and the enrollment certificate to use for it. */
        ClientSettingWrite: {
            /**
             * @description The kind of client: `ZAPP_CLIENT` (Client Connector), `ISOLATION_CLIENT` (isolation clients), `APP_PROTECTION` (AppProtection-enabled application segments) or `NONE` (App Connectors, Private Service Edges and Private Cloud Controllers).
             * @enum {string}
             */
            clientCertificateType: "APP_PROTECTION" | "ISOLATION_CLIENT" | "NONE" | "ZAPP_CLIENT";
            creationTime?: components["schemas"]["NumericEpochSeconds"];
            /** @description The enrollment certificate to assign; the template sends it as a bare number. */
            enrollmentCertId: components["schemas"]["NumericId"];
            enrollmentCertName: string;
            microtenantId?: components["schemas"]["NumericId"];
            modifiedBy?: components["schemas"]["NumericId"];
            modifiedTime?: components["schemas"]["NumericEpochSeconds"];
            name?: string;
            signingCertExpiryInEpochSec?: components["schemas"]["NumericEpochSeconds"];
            /** @description Alias of `enrollmentCertId` used by the page's example. */
            signingCertId?: components["schemas"]["NumericId"];
        };
        /** @description A feature configuration override as the API returns it. */
        ConfigOverride: {
            /** @example config.feature.samesite_none */
            configKey?: string;
            /**
             * @example enabled
             * @example disabled
             */
            configValue?: string;
            configValueInt?: string | number;
            creationTime?: components["schemas"]["EpochSeconds"];
            customerId?: components["schemas"]["LooseId"];
            customerName?: string;
            description?: string;
            id?: components["schemas"]["Int64Id"];
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            sequence?: string | number;
            targetGid?: components["schemas"]["LooseId"];
            /**
             * @description What the override applies to; tenants write `feature_flag`.
             * @example feature_flag
             * @example customer
             */
            targetType?: string;
        };
        /** @description A page of feature configuration overrides. */
        ConfigOverridePage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["ConfigOverride"][];
        };
        /** @description What a create or replace sends: the switch, its value and the target type. The pages send `customerId` and `targetGid` as bare JSON numbers, so both take numbers as well as strings of digits. */
        ConfigOverrideWrite: components["schemas"]["ConfigOverride"] & {
            /**
             * @description `config.feature.samesite_none` (the SameSite cookie attribute option) or `config.feature.cors_enabled` (the CORS request option).
             * @enum {string}
             */
            configKey: "config.feature.samesite_none" | "config.feature.cors_enabled";
            /** @enum {string} */
            configValue: "enabled" | "disabled";
            /** @enum {string} */
            targetType: "feature_flag";
        };
        /** @description Who the calling token acts for. */
        CurrentSession: {
            customerId?: components["schemas"]["Int64Id"];
            customerName?: string;
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
        };
        /** @description A domain associated with the tenant. */
        CustomerDomain: {
            /** @example SEARCH_SUFFIX */
            associationType?: string;
            /** @description Whether Client Connector captures (resolves through ZPA) names under the domain. */
            capture?: boolean;
            creationTime?: components["schemas"]["EpochSeconds"];
            domain?: string;
            id?: components["schemas"]["Int64Id"];
            microtenantId?: components["schemas"]["LooseId"];
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
        };
        /** @description Every domain of one association type, as a bare array. */
        CustomerDomainList: components["schemas"]["CustomerDomain"][];
        /** @description The domains to add or update. */
        CustomerDomainUpsertRequest: (components["schemas"]["CustomerDomain"] & {
            domain: string;
        })[];
        /**
         * @description A count written as a string of digits.
         * @example 3600
         */
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
        /** @description A new emergency access user; server-owned fields may be sent and are ignored. */
        EmergencyAccessUserCreate: components["schemas"]["EmergencyAccessUserEcho"] & {
            /** Format: email */
            emailId: string;
            firstName: components["schemas"]["EmergencyAccessUserName"];
            lastName: components["schemas"]["EmergencyAccessUserName"];
        };
        /**
         * @description The server-owned fields of a user as a write may carry them: the pages' payload templates
         *     and the SDKs send whole records back. The server ignores them, so their types are loose.
         */
        EmergencyAccessUserEcho: {
            activatedOn?: components["schemas"]["LooseEpochSeconds"];
            allowedActivate?: boolean;
            allowedDeactivate?: boolean;
            lastLoginTime?: components["schemas"]["LooseEpochSeconds"];
            updateEnabled?: boolean;
            userId?: components["schemas"]["IdpUserId"];
            userStatus?: string;
        };
        /** @description A first or last name. */
        EmergencyAccessUserName: string;
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
        /**
         * @description New names for an emergency access user. Only `firstName` and `lastName` change; the rest
         *     of the record may be sent back, as the SDKs do, and is ignored.
         */
        EmergencyAccessUserUpdate: components["schemas"]["EmergencyAccessUserEcho"] & {
            /** Format: email */
            emailId?: string;
            firstName?: components["schemas"]["EmergencyAccessUserName"];
            lastName?: components["schemas"]["EmergencyAccessUserName"];
        };
        /** @description An enrollment certificate authority. */
        EnrollmentCertificate: {
            allowSigning?: boolean;
            /** @description The certificate in PEM. */
            certificate?: string;
            /** @description What the certificate enrolls, such as `ZAPP_CLIENT` or `NONE`. */
            clientCertType?: string;
            cName?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            csr?: string;
            description?: string;
            id?: components["schemas"]["Int64Id"];
            issuedBy?: string;
            issuedTo?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            /** @description Whether ZPA holds the private key (and can sign enrollments with it). */
            privateKeyPresent?: boolean;
            serialNo?: string;
            validFromInEpochSec?: components["schemas"]["EpochSeconds"];
            validToInEpochSec?: components["schemas"]["EpochSeconds"];
        };
        /** @description A page of enrollment certificates. */
        EnrollmentCertificatePage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["EnrollmentCertificate"][];
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
        /** @description Another resource named by its id (the name is informative and ignored on writes). */
        IdNameRef: {
            id?: components["schemas"]["Int64Id"];
            name?: string;
        };
        /** @description An identity provider's configuration; the certificate fields are public certificates, never secrets. */
        Idp: {
            adminSpSigningCertId?: components["schemas"]["Int64Id"];
            /** @description A flag written `"0"` or `"1"`. */
            autoProvision?: string;
            certificates?: {
                certificate?: string;
                cName?: string;
                serialNo?: string;
                validFromInSec?: string;
                validToInSec?: string;
            }[];
            creationTime?: components["schemas"]["EpochSeconds"];
            disableSamlBasedPolicy?: boolean;
            domainList?: string[];
            enableArbitraryAuthDomains?: string;
            enabled?: boolean;
            enableScimBasedPolicy?: boolean;
            forceAuth?: boolean;
            id?: components["schemas"]["Int64Id"];
            /** @description The IdP's SAML entity id, usually a URL. */
            idpEntityId?: string;
            loginHint?: boolean;
            loginUrl?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            reauthOnUserUpdate?: boolean;
            redirectBinding?: boolean;
            scimEnabled?: boolean;
            scimServiceProviderEndpoint?: string;
            scimSharedSecretExists?: boolean;
            /** @description A flag written `"0"` or `"1"`. */
            signSamlRequest?: string;
            /** @description Who signs in with the IdP (`USER`, `ADMIN`). */
            ssoType?: string[];
            useCustomSPMetadata?: boolean;
            userMetadata?: {
                certificateUrl?: string;
                /** @description ZPA's SAML service provider entity id, a URL. */
                spEntityId?: string;
                spMetadataUrl?: string;
                spPostUrl?: string;
            };
            userSpSigningCertId?: components["schemas"]["Int64Id"];
        };
        /** @description A page of IdPs. */
        IdpPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["Idp"][];
        };
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
        /** @description An isolation profile as ZPA sees it. */
        IsolationProfile: {
            creationTime?: components["schemas"]["EpochSeconds"];
            description?: string;
            enabled?: boolean;
            id?: components["schemas"]["Int64Id"];
            /** @description The profile's UUID in the isolation service. */
            isolationProfileId?: string;
            /** @description The isolation service's tenant UUID. */
            isolationTenantId?: string;
            isolationUrl?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
        };
        /** @description Isolation profiles, as a bare array. */
        IsolationProfileList: components["schemas"]["IsolationProfile"][];
        /** @description A page of isolation profiles. */
        IsolationProfilePage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["IsolationProfile"][];
        };
        /** @description A certificate as the issued-certificate lists show it, with its chain. */
        IssuedCertificate: components["schemas"]["CertificateFields"] & {
            /** @description The issuing chain in PEM. */
            certChain?: string;
        };
        /** @description A page of issued certificates. */
        IssuedCertificatePage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["IssuedCertificate"][];
        };
        /**
         * @description Epoch seconds as a string of digits, or as the number a payload template shows (`0`).
         * @example 1695815396
         */
        LooseEpochSeconds: string | number;
        /** @description An id the pages show both as a string of digits and as a JSON number, or as an opaque string. */
        LooseId: string | number;
        /** @description Client type API values mapped to their display names. */
        LssClientTypes: {
            [key: string]: string;
        };
        /** @description A log streaming configuration as the API returns it. */
        LssConfig: {
            /** @description Where and how the logs go. */
            config?: {
                auditMessage?: string;
                creationTime?: components["schemas"]["EpochSeconds"];
                description?: string;
                /** @description Whether streaming is on; `true` by default. */
                enabled?: boolean | string;
                /** @description Session status codes to stream (from the status codes call); empty streams all. */
                filter?: string[];
                /** @description The log line template, as the log formats call returns it. */
                format?: string;
                id?: components["schemas"]["Int64Id"];
                logFormat?: string;
                /** @description Host name or IP address of the receiver. */
                lssHost?: string;
                /** @description TCP port of the receiver, as a string of digits. */
                lssPort?: string;
                modifiedBy?: components["schemas"]["Int64Id"];
                modifiedTime?: components["schemas"]["EpochSeconds"];
                name?: string;
                readOnly?: boolean;
                /**
                 * @description The log type streamed.
                 * @example zpn_trans_log
                 */
                sourceLogType?: string;
                /** @description Whether the stream is TLS-encrypted; `false` by default. */
                useTls?: boolean | string;
                zscalerManaged?: boolean;
            };
            /** @description The App Connector groups that stream the logs, expanded. */
            connectorGroups?: {
                enabled?: boolean;
                id?: components["schemas"]["Int64Id"];
                name?: string;
            }[];
            id?: components["schemas"]["Int64Id"];
            /** @description The policy rule the server built from `policyRuleResource`. */
            policyRule?: {
                action?: string;
                conditions?: {
                    id?: components["schemas"]["Int64Id"];
                    negated?: boolean;
                    operands?: {
                        entryValues?: {
                            lhs?: string;
                            rhs?: string;
                        }[];
                        id?: components["schemas"]["Int64Id"];
                        lhs?: string;
                        name?: string;
                        /** @description What the operand matches on. */
                        objectType?: string;
                        rhs?: string;
                        values?: string[];
                    }[];
                    /**
                     * @example AND
                     * @example OR
                     */
                    operator?: string;
                }[];
                id?: components["schemas"]["Int64Id"];
                name?: string;
                operator?: string;
                policyType?: string;
            };
        };
        /** @description A page of LSS configurations. */
        LssConfigPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["LssConfig"][];
        };
        /** @description What a create or replace sends: the `config` block, the App Connector groups that stream, and optional criteria narrowing the streamed sessions (fields the server manages are tolerated, as SDKs send whole records back). */
        LssConfigWrite: components["schemas"]["LssConfig"] & {
            /** @description The App Connector groups to stream from, by id. */
            appConnectorGroups?: {
                id: components["schemas"]["Int64Id"];
            }[];
            config: {
                /** @default true */
                enabled?: boolean;
                filter: string[];
                format: string;
                lssHost: string;
                /** @example 514 */
                lssPort: string;
                name: string;
                /** @enum {string} */
                sourceLogType: "zpn_trans_log" | "zpn_auth_log" | "zpn_ast_auth_log" | "zpn_http_trans_log" | "zpn_audit_log" | "zpn_sys_auth_log" | "zpn_ast_comprehensive_stats" | "zpn_waf_http_exchanges_log" | "zpn_smb_inspection_log" | "zpn_ldap_inspection_log" | "zpn_krb_inspection_log" | "zpn_pbroker_comprehensive_stats" | "zpn_sitec_auth_log" | "zpn_sitec_comprehensive_stats" | "zms_flow_log";
                /** @default false */
                useTls: boolean;
            };
            /** @description Criteria (users, applications, client types...) a session must meet to be streamed. */
            policyRuleResource?: {
                conditions?: {
                    negated?: boolean;
                    operands?: {
                        /**
                         * @description What the operand matches on (`EDGE_CONNECTOR_GROUP` is a Cloud Connector group).
                         * @enum {string}
                         */
                        objectType: "APP" | "APP_GROUP" | "BRANCH_CONNECTOR_GROUP" | "CLIENT_TYPE" | "CONSOLE" | "COUNTRY_CODE" | "EDGE_CONNECTOR_GROUP" | "IDP" | "LOCATION" | "MACHINE_GROUP" | "PLATFORM" | "POSTURE" | "PRIVILEGED_PORTAL" | "RISK_FACTOR_TYPE" | "SAML" | "SCIM" | "SCIM_GROUP" | "TRUSTED_NETWORK" | "USER" | "USER_GROUP" | "USER_PORTAL" | "WORKLOAD_TAG_GROUP";
                        values?: string[];
                    }[];
                    operator?: string;
                }[];
                name?: string;
                operator?: string;
                policyType?: string;
            };
        };
        /** @description Per log type, its format strings keyed by output kind (`csv`, `json`, `tsv`). */
        LssLogTypeFormats: {
            [key: string]: {
                [key: string]: string;
            };
        };
        /** @description Per log type, its status codes keyed by code. */
        LssStatusCodes: {
            [key: string]: {
                [key: string]: {
                    adminAction?: string;
                    errorType?: string;
                    name?: string;
                    /**
                     * @example Error
                     * @example Success
                     * @example Info
                     */
                    status?: string;
                };
            };
        };
        /** @description A machine group. */
        MachineGroup: {
            creationTime?: components["schemas"]["EpochSeconds"];
            description?: string;
            enabled?: boolean;
            id?: components["schemas"]["Int64Id"];
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
        };
        /** @description A page of machine groups. */
        MachineGroupPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["MachineGroup"][];
        };
        /** @description A Microtenant as the API returns it. */
        Microtenant: {
            creationTime?: components["schemas"]["EpochSeconds"];
            /**
             * @description What matches users to the Microtenant; only `AuthDomain` is supported.
             * @enum {string}
             */
            criteriaAttribute?: "AuthDomain";
            /** @description The authentication domains whose users belong to the Microtenant. */
            criteriaAttributeValues?: string[];
            description?: string;
            enabled?: boolean;
            id?: components["schemas"]["Int64Id"];
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            /** @description How the criteria values combine; the server answers `OR`. */
            operator?: string;
            priority?: string | number;
            /** @description Role details, when `includeRoles` asked for them. */
            roles?: {
                id?: components["schemas"]["Int64Id"];
                name?: string;
            }[];
            /** @description The Microtenant's first administrator, returned only by the create. */
            user?: {
                displayName?: string;
                email?: string;
                forcePwdChange?: boolean;
                id?: components["schemas"]["Int64Id"];
                isLocked?: boolean;
                localLoginDisabled?: boolean;
                microtenantId?: components["schemas"]["Int64Id"];
                /** @description The administrator's one-time password; shown once, on create. */
                password?: string;
                pinSession?: boolean;
                roleId?: components["schemas"]["Int64Id"];
                username?: string;
            };
        };
        /** @description A page of Microtenants. */
        MicrotenantPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["Microtenant"][];
        };
        /** @description Filters, paging and sort for a Microtenant search. */
        MicrotenantSearchRequest: {
            /** @description Conditions a Microtenant must all meet. */
            filterBy: {
                /** @description The field to filter on, such as `name` or `criteriaAttributeValues`. */
                filterName: string;
                /**
                 * @description `EQ` equals, `LIKE` contains, `NQ` not equal.
                 * @enum {string}
                 */
                operator: "EQ" | "LIKE" | "NQ";
                values?: string[];
            }[];
            pageBy?: {
                /** @description Page number, from 1. */
                page?: number | string;
                /** @description Page size; 20 when left out, at most 500. */
                pageSize?: number | string;
                validPage?: number;
                validPageSize?: number;
            };
            sortBy?: {
                sortName?: string;
                /**
                 * @example ASC
                 * @example DESC
                 */
                sortOrder?: string;
            };
        };
        /** @description A Microtenant's id and name. */
        MicrotenantSummary: {
            /** @description `0` for the Default Microtenant. */
            id?: components["schemas"]["Int64Id"];
            name?: string;
        };
        /** @description Every Microtenant's id and name, as a bare array. */
        MicrotenantSummaryList: components["schemas"]["MicrotenantSummary"][];
        /** @description What a create or replace sends (fields the server manages are tolerated, as SDKs send whole records back; the payload template shows `creationTime` and `modifiedTime` as numbers, but only as placeholders). */
        MicrotenantWrite: components["schemas"]["Microtenant"] & {
            criteriaAttributeValues: string[];
            name: string;
        };
        /** @description Application segments and the match style to give them all. */
        MultimatchBulkUpdate: {
            applicationIds: components["schemas"]["LooseId"][];
            /**
             * @description `INCLUSIVE` turns Multimatch on, `EXCLUSIVE` off.
             * @enum {string}
             */
            matchStyle: "INCLUSIVE" | "EXCLUSIVE";
        };
        /** @description The domains to check. */
        MultimatchDomainList: string[];
        /** @description The application segments holding the domains checked, with what keeps each from Multimatch. */
        MultimatchUnsupportedReferenceList: {
            appSegmentName?: string;
            domains?: string[];
            id?: components["schemas"]["Int64Id"];
            matchStyle?: string;
            /**
             * @description The scope (Microtenant) id as a digit string, or null.
             * @example 5
             */
            scopeId?: string | null;
            scopeName?: string | null;
            tcpPorts?: number[];
            udpPorts?: number[];
            /** @description Feature names such as `BROWSER_ACCESS` or `Double Encryption`. */
            unsupportedFeatures?: string[];
        }[];
        /** @description A time in Unix epoch seconds as a write may send it, a string of digits or a bare JSON number; reads answer the string. */
        NumericEpochSeconds: components["schemas"]["EpochSeconds"] | number;
        /** @description An int64 id as a write may send it, a string of digits or a bare JSON number (some pages' templates send numbers); reads answer the string. */
        NumericId: components["schemas"]["Int64Id"] | number;
        /** @description A OneAPI token; unlike `POST /signin`, `expires_in` is a number. */
        OneApiAccessToken: {
            access_token: string;
            /** @description Lifetime in seconds. */
            expires_in: number;
            /** @example Bearer */
            token_type?: string;
        };
        /** @description The error shape of the OneAPI gateway itself (seen on its 401), in the style of an RFC 9457 problem. */
        OneApiErrorBody: {
            detail?: string;
            status: number;
            title?: string;
            type?: string;
        };
        /** @description The form a client posts to a OneAPI token URL (`x-oneapi.clouds`). */
        OneApiTokenRequest: {
            /**
             * @description `https://api.zscaler.com`; some tenants reject it, so it is optional.
             * @constant
             */
            audience?: "https://api.zscaler.com";
            client_id: string;
            client_secret: string;
            /** @constant */
            grant_type: "client_credentials";
        };
        /** @description The envelope of a page of a list (every list but the emergency access users'): the page's entries in `list` and the page count as a string of digits. */
        PageEnvelope: {
            /** @description How many entries this page has, when the server says. */
            currentCount?: string | number;
            list?: unknown[];
            /** @description How many entries the list has, when the server says. */
            totalCount?: string | number;
            /** @description How many pages the list has; a string of digits on `/mgmtconfig`, a number on `/userconfig`. */
            totalPages?: string | number;
        };
        /**
         * @description At least 8 characters with an uppercase letter, a digit and a character that is neither a letter nor a digit.
         * @example Example#2026
         */
        Password: string;
        /** @description What a permission allows and the most it may allow. */
        PermissionDetail: {
            mask: components["schemas"]["PermissionMask"];
            /** @description The largest mask this class type accepts. */
            maxMask?: components["schemas"]["PermissionMask"];
            type: components["schemas"]["PermissionType"];
        };
        /** @description A named set of class types granted together (Administration, Authentication, Browser Isolation...). */
        PermissionGroup: {
            classPermissions?: components["schemas"]["ClassPermission"][];
            creationTime?: components["schemas"]["EpochSeconds"];
            customized?: boolean;
            /** @description Sent by the Admin Portal's payloads; whether the group is switched on in the role. */
            enabled?: boolean;
            hidden?: boolean;
            id?: components["schemas"]["Int64Id"];
            internal?: boolean;
            /** @description Whether the group applies inside a Microtenant. */
            localScopePermissionGroup?: boolean;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            /** @description The Admin Portal's name for the group's widget, echoed in its payloads. */
            widgetId?: string;
        };
        /** @description Every permission group, as one bare array. */
        PermissionGroupArray: components["schemas"]["PermissionGroup"][];
        /**
         * @description CRUD bits added up: 1 read, 2 write, 4 create, 8 delete (read and delete is 9). Carried as a
         *     string of digits; a plain integer is accepted as the field table types it.
         * @example 15
         */
        PermissionMask: string | number;
        /**
         * @description `VIEW_ONLY` goes with mask 1 and `FULL` with mask 15.
         * @enum {string}
         */
        PermissionType: "FULL" | "VIEW_ONLY";
        /**
         * @description Exactly ten digits, no hyphens or spaces; used for password recovery.
         * @example 2025550123
         */
        PhoneNumber: string;
        /** @description Client type operand values (such as `zpn_client_type_zapp`) mapped to their display names. */
        PolicyClientTypes: {
            [key: string]: string;
        };
        /** @description Platform operand values (such as `windows`) mapped to their display names. */
        PolicyPlatformTypes: {
            [key: string]: string;
        };
        /** @description A policy rule as the API answers it, conditions in v1 form. */
        PolicyRule: components["schemas"]["PolicyRuleFields"] & {
            auditMessage?: string;
            conditions?: components["schemas"]["PolicyRuleCondition"][];
            creationTime?: components["schemas"]["EpochSeconds"];
            defaultRule?: boolean;
            defaultRuleName?: string;
            id?: components["schemas"]["Int64Id"];
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            /** @description The policy type as a number in a string. */
            policyType?: string;
            priority?: string;
            readOnly?: boolean;
            restrictedEntity?: boolean;
            /** @description The rule's position in its set, a number in a string. */
            ruleOrder?: string;
            zpnCbiProfileId?: components["schemas"]["Int64Id"];
            zpnInspectionProfileName?: string;
        };
        /** @description Privileged access capabilities a rule grants (`FILE_UPLOAD`, `CLIPBOARD_COPY`, `RECORD_SESSION`, `DELETE_FILE`, `REQUEST_APPROVALS`...). */
        PolicyRuleCapabilities: {
            capabilities?: string[];
        };
        /** @description A group of operands joined by `operator`; a rule's conditions are joined by the rule's `operator`. */
        PolicyRuleCondition: {
            creationTime?: components["schemas"]["EpochSeconds"];
            id?: components["schemas"]["Int64Id"];
            microtenantId?: components["schemas"]["Int64Id"];
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            negated?: boolean;
            operands?: components["schemas"]["PolicyRuleOperand"][];
            /** @enum {string} */
            operator?: "AND" | "OR";
        };
        /** @description The App Connector groups a rule being written selects, at most 48 (the limit for rules written since March 2024). */
        PolicyRuleConnectorGroups: components["schemas"]["IdNameRef"][];
        /** @description The fields a rule has in both condition forms. */
        PolicyRuleFields: {
            /**
             * @description What the rule does; the values depend on the policy type: `ALLOW`, `DENY` or
             *     `REQUIRE_APPROVAL` (access); `RE_AUTH` (timeout); `INTERCEPT`, `INTERCEPT_ACCESIBLE` or
             *     `BYPASS` (client forwarding); `INSPECT` or `BYPASS_INSPECT` (AppProtection); `ISOLATE` or
             *     `BYPASS_ISOLATE` (isolation); `CHECK_CAPABILITIES`, `INJECT_CREDENTIALS` or
             *     `CHECK_PRIVILEGED_PORTAL_CAPABILITIES` (privileged); `REDIRECT_DEFAULT`,
             *     `REDIRECT_PREFERRED` or `REDIRECT_ALWAYS` (redirection).
             */
            action?: string;
            /** @description Access rules only; the App Connector groups to use (all of the application's groups when empty). Rules written since March 2024 hold at most 48; older rules may hold more. */
            appConnectorGroups?: components["schemas"]["IdNameRef"][];
            /** @description Access rules only; the server groups to use. */
            appServerGroups?: components["schemas"]["IdNameRef"][];
            /** @description Privileged credential rules only; the credential to inject. */
            credential?: components["schemas"]["IdNameRef"];
            /** @description A message shown to the user when the rule applies. */
            customMsg?: string;
            description?: string;
            /** @description `1` when the rule is switched off; pages show it as a number or a string. */
            disabled?: string | number;
            extranetEnabled?: boolean;
            /**
             * @description Redirection rules only; prefer Private Service Edge groups within `graceDistanceValue` over a closer Public Service Edge.
             * @default false
             */
            graceDistanceEnabled?: boolean;
            /** @description Redirection rules only; the grace distance. */
            graceDistanceValue?: number | string;
            /**
             * @description Redirection rules only; the grace distance's unit, needed when `graceDistanceEnabled` is true.
             * @enum {string}
             */
            graceDistanceValueUnit?: "MILES" | "KMS";
            /** @description The rule's Microtenant; one answer on the access page shows it as a number. */
            microtenantId?: components["schemas"]["LooseId"];
            name?: string;
            /**
             * @description How the rule's conditions combine.
             * @enum {string}
             */
            operator?: "AND" | "OR";
            policySetId?: components["schemas"]["Int64Id"];
            privilegedCapabilities?: components["schemas"]["PolicyRuleCapabilities"];
            /** @description Privileged portal rules only; the portal capabilities granted. */
            privilegedPortalCapabilities?: components["schemas"]["PolicyRuleCapabilities"];
            /** @description Timeout rules only; seconds a connection may stay idle, `-1` for the default. */
            reauthIdleTimeout?: string | number;
            /** @description Timeout rules only; seconds until the user must authenticate again, `-1` for never. */
            reauthTimeout?: string | number;
            /** @description Redirection rules only; the Private Service Edge groups to send users to. */
            serviceEdgeGroups?: components["schemas"]["IdNameRef"][];
            /** @description AppProtection rules only; the AppProtection profile to inspect with. */
            zpnInspectionProfileId?: components["schemas"]["Int64Id"];
            /** @description Isolation rules only; the isolation profile to isolate with. */
            zpnIsolationProfileId?: components["schemas"]["Int64Id"];
        };
        /**
         * @description One criterion in v1 form. For `APP`, `APP_GROUP`, `IDP`, `MACHINE_GRP`, `CONSOLE` and
         *     similar object types `lhs` is `id` and `rhs` the object's id; for `SAML` and `SCIM` `lhs` is
         *     the attribute's id and `rhs` the value to match; for `POSTURE` and `TRUSTED_NETWORK` `lhs` is
         *     the profile's or network's id and `rhs` `true` or `false`; for `CLIENT_TYPE` `rhs` is a value
         *     from getClientTypes.
         */
        PolicyRuleOperand: {
            creationTime?: components["schemas"]["EpochSeconds"];
            id?: components["schemas"]["Int64Id"];
            idpId?: components["schemas"]["Int64Id"];
            lhs?: string;
            microtenantId?: components["schemas"]["Int64Id"];
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            /**
             * @description What the operand tests, such as `APP`, `APP_GROUP`, `IDP`, `SAML`, `SCIM`, `SCIM_GROUP`,
             *     `CLIENT_TYPE`, `POSTURE`, `TRUSTED_NETWORK`, `MACHINE_GRP`, `PLATFORM`, `COUNTRY_CODE`,
             *     `CONSOLE`, `PRIVILEGE_PORTAL`, `CLOUD_CONNECTOR_GROUP` or `EDGE_CONNECTOR_GROUP`.
             */
            objectType?: string;
            /** @description The value to match; posture, trusted network and country operands are sometimes sent as booleans. */
            rhs?: string | boolean;
        };
        /** @description Every rule id of a policy set, in the new order. */
        PolicyRuleOrder: components["schemas"]["LooseId"][];
        /** @description A page of policy rules. */
        PolicyRulePage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["PolicyRule"][];
        };
        /** @description A group of v2 operands joined by `operator`. */
        PolicyRuleV2Condition: {
            operands?: components["schemas"]["PolicyRuleV2Operand"][];
            /** @enum {string} */
            operator?: "AND" | "OR";
        };
        /** @description One criterion in v2 form, with every value of its object type. */
        PolicyRuleV2Operand: {
            /** @description `lhs`/`rhs` pairs for object types keyed by another id: SAML and SCIM attributes, SCIM groups, posture profiles, trusted networks, country codes. */
            entryValues?: {
                lhs?: string;
                rhs?: string | boolean;
            }[];
            /** @description What the operand tests; the same values as a v1 operand's. */
            objectType: string;
            /** @description The ids or values to match (applications, segment groups, IdPs, client types, platforms...). */
            values?: string[];
        };
        /** @description The body of a v2 create or replace. */
        PolicyRuleV2Write: WithRequired<components["schemas"]["PolicyRuleFields"], "name" | "action"> & {
            appConnectorGroups?: components["schemas"]["PolicyRuleConnectorGroups"];
            conditions?: components["schemas"]["PolicyRuleV2Condition"][];
            /** @description The rule's id; updates send it back, and it must match the path. */
            id?: components["schemas"]["Int64Id"];
        };
        /** @description The body of a v1 create or replace; a rule read back may be sent as is. */
        PolicyRuleWrite: {
            appConnectorGroups?: components["schemas"]["PolicyRuleConnectorGroups"];
        } & components["schemas"]["PolicyRule"];
        /** @description The set of rules of one policy type; every tenant (and Microtenant) has one per type. */
        PolicySet: {
            creationTime?: components["schemas"]["EpochSeconds"];
            description?: string;
            enabled?: boolean;
            id?: components["schemas"]["Int64Id"];
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            /** @description The policy type as a number in a string (`"1"` for access), not its name. */
            policyType?: string;
            rules?: components["schemas"]["PolicyRule"][];
            sorted?: boolean;
        };
        /** @description A device posture profile. */
        PostureProfile: {
            creationTime?: components["schemas"]["EpochSeconds"];
            id?: components["schemas"]["Int64Id"];
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            /** @description The profile's id in Zscaler Client Connector; posture rule operands use it as `lhs`. */
            postureUdid?: string;
            zscalerCloud?: string;
        };
        /** @description A page of posture profiles. */
        PostureProfilePage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["PostureProfile"][];
        };
        /** @description A privileged approval as the API returns it. */
        PraApproval: {
            /** @description The PRA application segments the user may reach (the server returns more of each segment than its id and name). */
            applications?: {
                id?: components["schemas"]["Int64Id"];
                name?: string;
            }[];
            creationTime?: components["schemas"]["EpochSeconds"];
            /** @description The one user the approval is for. */
            emailIds?: string[];
            /** @description When access ends, in Unix epoch seconds. */
            endTime?: string | number;
            hideInfoTooltip?: boolean;
            id?: components["schemas"]["Int64Id"];
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            objectType?: string;
            restrictedEntity?: boolean;
            /** @description When access starts, in Unix epoch seconds. */
            startTime?: string | number;
            /**
             * @description Where the approval stands in time, computed by the server (`ACTIVE`, `FUTURE` and, once past, expired).
             * @example ACTIVE
             * @example FUTURE
             */
            status?: string;
            /** @description Recurring daily window inside which the approval applies, when working hours are enabled. */
            workingHours?: {
                /** @description Week days the window applies on. */
                days?: ("MON" | "TUE" | "WED" | "THU" | "FRI" | "SAT" | "SUN")[];
                /**
                 * @description Local end of the window, `HH:mm`.
                 * @example 17:00
                 */
                endTime?: string;
                /** @description The window end as a Quartz cron expression in UTC. */
                endTimeCron?: string;
                /**
                 * @description Local start of the window, `HH:mm`.
                 * @example 09:00
                 */
                startTime?: string;
                /** @description The window start as a Quartz cron expression in UTC. */
                startTimeCron?: string;
                /**
                 * @description IANA time zone of `startTime` and `endTime`.
                 * @example Asia/Calcutta
                 */
                timeZone?: string;
            };
        };
        /** @description A page of privileged approvals. */
        PraApprovalPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["PraApproval"][];
        };
        /** @description What a create or replace sends: the approval record (fields the server manages are tolerated, as SDKs send whole records back). */
        PraApprovalWrite: components["schemas"]["PraApproval"] & {
            /** @description The PRA application segments to grant, by id. */
            applications: {
                id: components["schemas"]["Int64Id"];
            }[];
            /** @description The console's clock when it built the request, in epoch seconds (display only). */
            currentTime?: string | number;
            /** @description A display copy of the start or end time that the admin console sends; the epoch `startTime`/`endTime` are what count. */
            email?: string;
            /** @description The email address of the one user the approval is for. */
            emailIds: string[];
            /** @description Whether `workingHours` applies. */
            enableWorkingHours?: boolean;
            /** @description A display copy of the start or end time that the admin console sends; the epoch `startTime`/`endTime` are what count. */
            endDate?: string;
            /** @description A display copy of the start or end time that the admin console sends; the epoch `startTime`/`endTime` are what count. */
            endTimeHours?: string;
            /** @description A display copy of the start or end time that the admin console sends; the epoch `startTime`/`endTime` are what count. */
            endTimeMins?: string;
            /** @description A display copy of the start or end time that the admin console sends; the epoch `startTime`/`endTime` are what count. */
            endTimeSeconds?: string;
            /** @description The earliest start the console allowed, in epoch seconds (display only). */
            minAllowedStartTime?: string | number;
            /** @description A display copy of the start or end time that the admin console sends; the epoch `startTime`/`endTime` are what count. */
            startDate?: string;
            /** @description A display copy of the start or end time that the admin console sends; the epoch `startTime`/`endTime` are what count. */
            startTimeHours?: string;
            /** @description A display copy of the start or end time that the admin console sends; the epoch `startTime`/`endTime` are what count. */
            startTimeMins?: string;
            /** @description A display copy of the start or end time that the admin console sends; the epoch `startTime`/`endTime` are what count. */
            startTimeSeconds?: string;
        };
        /** @description A privileged console as the API returns it. */
        PraConsole: {
            connectionSecurity?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            description?: string;
            enabled?: boolean;
            id?: components["schemas"]["Int64Id"];
            /** @description The address the console opens, as the admin console shows it. */
            link?: string;
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            port?: string;
            /** @description The PRA application (the PRA side of an application segment) the console opens. */
            praApplication?: {
                /** @description The application segment the PRA application belongs to. */
                appId?: components["schemas"]["Int64Id"];
                /** @description Port of the application; a string of digits in responses. */
                applicationPort?: string | number;
                /**
                 * @example SSH
                 * @example RDP
                 * @example VNC
                 */
                applicationProtocol?: string;
                /** @example ANY */
                connectionSecurity?: string;
                creationTime?: components["schemas"]["EpochSeconds"];
                domain?: string;
                enabled?: boolean;
                hidden?: boolean;
                id?: components["schemas"]["Int64Id"];
                microtenantId?: components["schemas"]["Int64Id"];
                microtenantName?: string;
                modifiedBy?: components["schemas"]["Int64Id"];
                modifiedTime?: components["schemas"]["EpochSeconds"];
                name?: string;
            };
            /** @description The privileged portals the console appears on. */
            praPortals?: {
                certificateId?: components["schemas"]["Int64Id"];
                certificateName?: string;
                cName?: string;
                creationTime?: components["schemas"]["EpochSeconds"];
                description?: string;
                domain?: string;
                enabled?: boolean;
                id?: components["schemas"]["Int64Id"];
                microtenantId?: components["schemas"]["Int64Id"];
                modifiedBy?: components["schemas"]["Int64Id"];
                modifiedTime?: components["schemas"]["EpochSeconds"];
                name?: string;
                userNotification?: string;
                userNotificationEnabled?: boolean;
            }[];
            /**
             * @example RDP
             * @example SSH
             * @example VNC
             */
            protocol?: string;
        };
        /** @description The consoles to create in one call. */
        PraConsoleBulkRequest: components["schemas"]["PraConsoleWrite"][];
        /** @description The consoles created, as stored. */
        PraConsoleBulkResponse: components["schemas"]["PraConsole"][];
        /** @description A page of privileged consoles. */
        PraConsolePage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["PraConsole"][];
        };
        /** @description What a create or replace sends: the console record with its PRA application and portals given by id (fields the server manages are tolerated, as SDKs send whole records back). */
        PraConsoleWrite: components["schemas"]["PraConsole"] & {
            name: string;
            praApplication: Record<string, never>;
            praPortals?: Record<string, never>[];
        };
        /** @description A privileged credential as the API returns it; the secret is never included. */
        PraCredential: {
            creationTime?: components["schemas"]["EpochSeconds"];
            /**
             * @description `USERNAME_PASSWORD` for RDP, SSH or VNC logins, `SSH_KEY` for SSH key logins, `PASSWORD` for VNC password-only logins.
             * @enum {string}
             */
            credentialType?: "USERNAME_PASSWORD" | "SSH_KEY" | "PASSWORD";
            description?: string;
            id?: components["schemas"]["Int64Id"];
            /** @description When the secret was last set. */
            lastCredentialResetTime?: components["schemas"]["EpochSeconds"];
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            userDomain?: string;
            userName?: string;
        };
        /** @description A page of privileged credentials. */
        PraCredentialPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["PraCredential"][];
        };
        /** @description What a create or replace sends. Which secret is needed depends on `credentialType`: `password` for `USERNAME_PASSWORD` and `PASSWORD`, `privateKey` for `SSH_KEY`; `userName` for all but `PASSWORD`. */
        PraCredentialWrite: {
            /**
             * @description `USERNAME_PASSWORD` for RDP, SSH or VNC logins, `SSH_KEY` for SSH key logins, `PASSWORD` for VNC password-only logins.
             * @enum {string}
             */
            credentialType: "USERNAME_PASSWORD" | "SSH_KEY" | "PASSWORD";
            description?: string;
            name: string;
            /**
             * Format: password
             * @description The passphrase of an encrypted `privateKey`.
             */
            passphrase?: string;
            /**
             * Format: password
             * @description The password PRA injects; never returned.
             */
            password?: string;
            /**
             * Format: password
             * @description The PEM private key PRA uses for SSH; never returned.
             */
            privateKey?: string;
            userDomain?: string;
            userName?: string;
        } & (WithRequired<components["schemas"]["PraCredential"], "name" | "credentialType"> & unknown & unknown & unknown);
        /** @description A privileged portal as the API returns it. */
        PraPortal: {
            certificateId?: components["schemas"]["Int64Id"];
            certificateName?: string;
            /** @description The Zscaler host name to point the domain's CNAME record at. */
            cName?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            description?: string;
            /** @description The portal's domain, stored in lower case. */
            domain?: string;
            enabled?: boolean;
            id?: components["schemas"]["Int64Id"];
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            /** @description Message shown to users on the portal when notifications are enabled. */
            userNotification?: string;
            userNotificationEnabled?: boolean;
        };
        /** @description A page of privileged portals. */
        PraPortalPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["PraPortal"][];
        };
        /** @description What a create or replace sends: the portal record with its name, domain and certificate (fields the server manages are tolerated, as SDKs send whole records back). */
        PraPortalWrite: components["schemas"]["PraPortal"] & {
            domain: string;
            name: string;
        };
        /** @description A predefined AppProtection control shipped by Zscaler. */
        PredefinedAppProtectionControl: {
            attachment?: string;
            controlGroup?: string;
            controlNumber?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            defaultAction?: string;
            defaultActionValue?: string;
            description?: string;
            id?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            paranoiaLevel?: string | number;
            protocolType?: string;
            severity?: string;
            version?: string;
        };
        /** @description The predefined controls of one control group. */
        PredefinedAppProtectionControlGroup: {
            controlGroup?: string;
            /** @description Whether this is the group of mandatory default controls. */
            defaultGroup?: boolean;
            predefinedInspectionControls?: components["schemas"]["PredefinedAppProtectionControl"][];
        };
        /** @description Control groups, as a bare array. */
        PredefinedAppProtectionControlGroupList: components["schemas"]["PredefinedAppProtectionControlGroup"][];
        /** @description An enrolled Private Cloud Controller as the server reports it. Only `name`, `description` and `enabled` can be changed. */
        PrivateCloudController: {
            applicationStartTime?: components["schemas"]["EpochSeconds"];
            controlChannelStatus?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            currentVersion?: string;
            description?: string;
            enabled?: boolean;
            expectedUpgradeTime?: components["schemas"]["EpochSeconds"];
            expectedVersion?: string;
            fingerprint?: string;
            id?: components["schemas"]["Int64Id"];
            issuedCertId?: components["schemas"]["Int64Id"];
            lastBrokerConnectTime?: components["schemas"]["EpochSeconds"];
            lastBrokerConnectTimeDuration?: string;
            lastBrokerDisconnectTime?: components["schemas"]["EpochSeconds"];
            lastBrokerDisconnectTimeDuration?: string;
            lastUpgradeTime?: components["schemas"]["EpochSeconds"];
            latitude?: string;
            location?: string;
            longitude?: string;
            masterLastSyncTime?: components["schemas"]["EpochSeconds"];
            microtenantId?: components["schemas"]["Int64Id"];
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            nonceId?: components["schemas"]["Int64Id"];
            nonceName?: string;
            osUpgradeStatus?: string;
            platform?: string;
            platformDetail?: string;
            platformVersion?: string;
            previousVersion?: string;
            privateCloudControllerGroupId?: components["schemas"]["Int64Id"];
            /**
             * @deprecated
             * @description How one example response on managing-private-cloud-controllers-using-api spells `privateCloudControllerGroupId`; read `privateCloudControllerGroupId`.
             */
            PrivateCloudControllerGroupId?: components["schemas"]["Int64Id"];
            privateCloudControllerGroupName?: string;
            /**
             * @deprecated
             * @description How one example response on managing-private-cloud-controllers-using-api spells `privateCloudControllerGroupName`; read `privateCloudControllerGroupName`.
             */
            PrivateCloudControllerGroupName?: string;
            privateIp?: string;
            publicIp?: string;
            readOnly?: boolean;
            restrictedEntity?: boolean;
            runtimeOS?: string;
            sargeUpgradeStatus?: string;
            scopeName?: string;
            shardLastSyncTime?: components["schemas"]["EpochSeconds"];
            signingCert?: {
                id?: components["schemas"]["Int64Id"];
                name?: string;
            };
            siteSpDnsName?: string;
            upgradeAttempt?: string;
            upgradeStatus?: string;
            userdbLastSyncTime?: components["schemas"]["EpochSeconds"];
            zpnSubModuleUpgradeList?: {
                creationTime?: components["schemas"]["EpochSeconds"];
                currentVersion?: string;
                entityGid?: string;
                entityType?: string;
                id?: components["schemas"]["Int64Id"];
                modifiedBy?: components["schemas"]["Int64Id"];
                modifiedTime?: components["schemas"]["EpochSeconds"];
                role?: string;
            }[];
            zscalerManaged?: boolean;
        };
        /** @description A Private Cloud Controller group as the server returns it; also the body of create and replace, where the server-set fields are ignored. */
        PrivateCloudControllerGroup: {
            cityCountry?: string;
            /** @description Two-letter country code of `location`, such as `IN`. */
            countryCode?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            description?: string;
            /** @default true */
            enabled?: boolean;
            id?: components["schemas"]["Int64Id"];
            /** @description Read-only: `TRUE` or `FALSE`. */
            isPublic?: string;
            /** @description Decimal degrees, -90 to 90. The server answers with a decimal string; a number is accepted on write. */
            latitude?: string | number;
            location?: string;
            /** @description Decimal degrees, -180 to 180. The server answers with a decimal string; a number is accepted on write. */
            longitude?: string | number;
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            /**
             * @description When true, `versionProfileId` replaces the tenant's default version profile.
             * @default false
             */
            overrideVersionProfile?: boolean;
            readOnly?: boolean;
            restrictedEntity?: boolean;
            scopeId?: components["schemas"]["Int64Id"];
            scopeName?: string;
            /** @description The Private Cloud as an `{id, name}` list; the pages send one entry with empty strings when there is none. */
            site?: {
                /** @example 5 */
                id?: string;
                name?: string;
            }[];
            /** @description Read-only: the Private Cloud Controllers enrolled in this group. */
            siteControllers?: {
                creationTime?: components["schemas"]["EpochSeconds"];
                enabled?: boolean;
                fingerprint?: string;
                id?: components["schemas"]["Int64Id"];
                issuedCertId?: components["schemas"]["Int64Id"];
                modifiedBy?: components["schemas"]["Int64Id"];
                modifiedTime?: components["schemas"]["EpochSeconds"];
                name?: string;
                nonceId?: components["schemas"]["Int64Id"];
                scopeId?: components["schemas"]["Int64Id"];
                siteControllerVersion?: {
                    applicationStartTime?: components["schemas"]["EpochSeconds"];
                    brokerId?: components["schemas"]["Int64Id"];
                    creationTime?: components["schemas"]["EpochSeconds"];
                    ctrlChannelStatus?: string;
                    currentVersion?: string;
                    expectedVersion?: string;
                    id?: components["schemas"]["Int64Id"];
                    lastConnectTime?: string;
                    lastDisconnectTime?: string;
                    lastUpgradedTime?: components["schemas"]["EpochSeconds"];
                    loneWarrior?: boolean;
                    masterLastSyncTime?: components["schemas"]["EpochSeconds"];
                    modifiedBy?: components["schemas"]["Int64Id"];
                    modifiedTime?: components["schemas"]["EpochSeconds"];
                    osUpgradeEnabled?: boolean;
                    platform?: string;
                    platformDetail?: string;
                    platformVersion?: string;
                    previousVersion?: string;
                    privateIp?: string;
                    publicIp?: string;
                    restartTimeInSec?: string;
                    runtimeOS?: string;
                    shardLastSyncTime?: components["schemas"]["EpochSeconds"];
                    siteControllerGroupId?: components["schemas"]["Int64Id"];
                    systemStartTime?: components["schemas"]["EpochSeconds"];
                    tunnelId?: components["schemas"]["LooseId"];
                    upgradeAttempt?: string;
                    upgradeNowOnce?: boolean;
                    upgradeStatus?: string;
                    userdbLastSyncTime?: components["schemas"]["EpochSeconds"];
                };
                upgradeAttempt?: string;
            }[];
            /**
             * @description The Private Cloud the group belongs to; empty for none.
             * @example 5
             */
            siteId?: string;
            /** @description The Private Cloud's name; empty for none. */
            siteName?: string;
            /**
             * @description The day members try to upgrade their software.
             * @default MONDAY
             * @enum {string}
             */
            upgradeDay?: "SUNDAY" | "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY";
            upgradePriority?: string;
            /**
             * @description Seconds after midnight when members try to upgrade: 0 to 86399 in 15-minute steps, carried as a digit string.
             * @default 66600
             * @example 66600
             */
            upgradeTimeInSecs?: string;
            versionProfileId?: components["schemas"]["Int64Id"];
            versionProfileName?: string;
            versionProfileVisibilityScope?: string;
            zscalerManaged?: boolean;
        };
        /** @description A page of Private Cloud Controller groups. */
        PrivateCloudControllerGroupPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["PrivateCloudControllerGroup"][];
        };
        /** @description A Private Cloud Controller group's id, name and state. */
        PrivateCloudControllerGroupSummary: {
            enabled?: boolean;
            id?: components["schemas"]["Int64Id"];
            name?: string;
        };
        /** @description A page of Private Cloud Controller group summaries. */
        PrivateCloudControllerGroupSummaryPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["PrivateCloudControllerGroupSummary"][];
        };
        /** @description The body of create and replace: a group with `name`, `location`, `latitude`, `longitude` and `countryCode` set. */
        PrivateCloudControllerGroupWrite: WithRequired<components["schemas"]["PrivateCloudControllerGroup"], "name" | "countryCode" | "latitude" | "location" | "longitude">;
        /** @description A page of Private Cloud Controllers. */
        PrivateCloudControllerPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["PrivateCloudController"][];
        };
        /** @description The body of an update: the controller with `name` set. */
        PrivateCloudControllerWrite: WithRequired<components["schemas"]["PrivateCloudController"], "name">;
        /** @description A provisioning key as the server returns it; also the body of create and replace, where the server-set fields are ignored. */
        ProvisioningKey: {
            appConnectorGroupName?: string;
            autoSign?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            enabled?: boolean;
            /** @description The enrollment certificate (one holding a private key) that signs enrolled instances. */
            enrollmentCertId?: components["schemas"]["Int64Id"];
            enrollmentCertName?: string;
            /**
             * @description Whether the key's secret can be viewed after creation. Once false, it cannot be turned back on.
             * @default true
             * @enum {boolean|string}
             */
            exportable?: true | false | "true" | "false";
            id?: components["schemas"]["Int64Id"];
            /**
             * @description How many instances may enroll with this key.
             * @example 10
             */
            maxUsage?: string | number;
            microtenantId?: components["schemas"]["Int64Id"];
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            /** @description Read-only: the secret to give the instance at enrollment; absent for non-exportable keys. */
            provisioningKey?: string;
            /**
             * @description Read-only: how many instances have enrolled with this key.
             * @example 5
             */
            usageCount?: string | number;
            /** @description The group the key enrolls into: an App Connector group, Private Service Edge group or Network Connector group, as `associationType` says. */
            zcomponentId?: components["schemas"]["Int64Id"];
            zcomponentName?: string;
        };
        /** @description A page of provisioning keys. */
        ProvisioningKeyPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["ProvisioningKey"][];
        };
        /** @description The body of create and replace: `name`, `maxUsage`, `enrollmentCertId` and `zcomponentId` set. */
        ProvisioningKeyWrite: WithRequired<components["schemas"]["ProvisioningKey"], "name" | "maxUsage" | "enrollmentCertId" | "zcomponentId">;
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
        Role: components["schemas"]["RoleFields"] & {
            id: unknown;
            name: unknown;
        };
        /** @description Roles as a bare array, as the help page shows them. */
        RoleArray: components["schemas"]["Role"][];
        /** @description A new role; server-owned fields may be sent and are ignored. */
        RoleCreate: components["schemas"]["RoleFields"] & {
            name: unknown;
        };
        /** @description The fields of a role, shared by what the server returns and what a write sends. */
        RoleFields: {
            /** @description How many API keys hold the role. */
            apiKeys?: components["schemas"]["DigitCount"];
            /** @description Spelled as the server spells it. */
            bypassAccestorAccessCheck?: boolean;
            /** @description The payload template's name for the flag the server returns as `bypassAccestorAccessCheck`. */
            bypassRemoteAssistanceCheck?: boolean;
            /** @description The permission groups the role grants, each with its per-class permissions. */
            classPermissionGroups?: components["schemas"]["PermissionGroup"][];
            creationTime?: components["schemas"]["EpochSeconds"];
            /** @description True for a role an administrator created. */
            customRole?: boolean;
            description?: string;
            id?: components["schemas"]["Int64Id"];
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            /** @description The audit log's record of the role after the change, as a JSON string. */
            newAuditMessage?: string;
            /** @description The audit log's record of the role before the change, as a JSON string. */
            oldAuditMessage?: string;
            /** @description The same grants flattened to one entry per class type. */
            permissions?: components["schemas"]["RolePermission"][];
            restrictedRole?: boolean;
            systemRole?: boolean;
            /** @description How many administrators hold the role. */
            users?: components["schemas"]["DigitCount"];
        };
        /** @description The roles list in either shape the sources show. */
        RoleList: components["schemas"]["RolePage"] | components["schemas"]["RoleArray"];
        /** @description One page of roles with counters as digit strings. */
        RolePage: {
            /** @description Absent when the page is empty. */
            list?: components["schemas"]["Role"][];
            totalCount?: components["schemas"]["DigitCount"];
            totalPages: components["schemas"]["DigitCount"];
        };
        /** @description One class type's permission in a role's flattened `permissions` list. */
        RolePermission: {
            accessType?: components["schemas"]["PermissionType"];
            classType?: components["schemas"]["ClassType"];
            creationTime?: components["schemas"]["EpochSeconds"];
            customerId?: components["schemas"]["Int64Id"];
            id?: components["schemas"]["Int64Id"];
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            permissionMask?: components["schemas"]["PermissionMask"];
            /** @description The role the permission belongs to. */
            role?: string;
        };
        /** @description The role an administrator holds, as embedded in the administrator. */
        RoleRef: {
            id: components["schemas"]["Int64Id"];
            name?: string;
        };
        /** @description A role's new settings, sent whole; server-owned fields may be sent back and are ignored. */
        RoleUpdate: components["schemas"]["RoleFields"] & {
            name: unknown;
        };
        /** @description A SAML attribute of an identity provider. */
        SamlAttribute: {
            creationTime?: components["schemas"]["EpochSeconds"];
            id?: components["schemas"]["Int64Id"];
            idpId?: components["schemas"]["Int64Id"];
            idpName?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            name?: string;
            /** @description The attribute's name in the SAML assertion. */
            samlName?: string;
            /** @description Whether ZPA shows the attribute as a user attribute. */
            userAttribute?: boolean;
        };
        /** @description A page of SAML attributes. */
        SamlAttributePage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["SamlAttribute"][];
        };
        /** @description An attribute an IdP provisions users with over SCIM. */
        ScimAttribute: {
            canonicalValues?: string[];
            caseSensitive?: boolean;
            creationTime?: components["schemas"]["EpochSeconds"];
            dataType?: string;
            id?: components["schemas"]["Int64Id"];
            idpId?: components["schemas"]["Int64Id"];
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            multivalued?: boolean;
            mutability?: string;
            name?: string;
            required?: boolean;
            returned?: string;
            schemaURI?: string;
            uniqueness?: boolean;
        };
        /** @description A page of SCIM attributes. */
        ScimAttributePage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["ScimAttribute"][];
        };
        /** @description A page of the values users have for one SCIM attribute; counts are numbers on this host. */
        ScimAttributeValuePage: components["schemas"]["PageEnvelope"] & {
            list?: string[];
        };
        /** @description A group an IdP provisions over SCIM. On this host ids and times may come as numbers. */
        ScimGroup: {
            creationTime?: string | number;
            id?: components["schemas"]["LooseId"];
            /** @description The group's id in the IdP; `null` when the IdP sent none. */
            idpGroupId?: string | null;
            idpId?: components["schemas"]["LooseId"];
            internalId?: string;
            modifiedTime?: string | number;
            name?: string;
        };
        /** @description A page of SCIM groups; counts are numbers on this host. */
        ScimGroupPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["ScimGroup"][];
        };
        /** @description A segment group as the server returns it; also the body of create and replace, where the server-set fields are ignored. */
        SegmentGroup: {
            /** @description Application segment ids to link (v2 update only). */
            addedApps?: components["schemas"]["Int64Id"][];
            applications?: {
                autoAppProtectEnabled?: boolean;
                bypassOnReauth?: boolean;
                bypassType?: string;
                cnameConfig?: string;
                configSpace?: string;
                creationTime?: components["schemas"]["EpochSeconds"];
                description?: string;
                domainName?: string;
                domainNames?: string[];
                doubleEncrypt?: boolean;
                enabled?: boolean;
                healthCheckType?: string;
                icmpAccessType?: string;
                id?: components["schemas"]["Int64Id"];
                inspectTrafficWithZia?: boolean;
                ipAnchored?: boolean;
                isCnameEnabled?: string;
                matchStyle?: string;
                modifiedBy?: components["schemas"]["Int64Id"];
                modifiedTime?: components["schemas"]["EpochSeconds"];
                name?: string;
                passiveHealthEnabled?: boolean;
                selectConnectorCloseToApp?: boolean;
                tcpKeepAlive?: string;
                tcpPortRange?: {
                    from?: string;
                    to?: string;
                }[];
                tcpPortRanges?: string[];
                udpPortRange?: {
                    from?: string;
                    to?: string;
                }[];
                udpPortRanges?: string[];
                useInDrMode?: boolean;
            }[];
            configSpace?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            /** @description Application segment ids to unlink (v2 update only). */
            deletedApps?: components["schemas"]["Int64Id"][];
            description?: string;
            /** @default false */
            enabled?: boolean;
            hideInfoTooltip?: boolean;
            id?: components["schemas"]["Int64Id"];
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            /** @description Unique name of the group. */
            name?: string;
            policyMigrated?: boolean;
            restrictedEntity?: boolean;
            scopeName?: string;
            /** @description Echoed back by the console in update bodies; the server ignores it on write. */
            skipDetailedAppInfo?: boolean;
            tcpKeepAliveEnabled?: string;
        };
        /** @description A page of segment groups. */
        SegmentGroupPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["SegmentGroup"][];
        };
        /** @description The body of create and replace: a segment group with `name` and `enabled` set. */
        SegmentGroupWrite: WithRequired<components["schemas"]["SegmentGroup"], "name" | "enabled">;
        /** @description An application server as the server returns it; also the body of create and replace, where the server-set fields are ignored. */
        Server: {
            /** @description The server's IP address or domain name. */
            address?: string;
            /** @description Read-only map from server group id to server group name. */
            appServerGroupAssociations?: {
                [key: string]: string;
            };
            /** @description Ids of the server groups that list this server. */
            appServerGroupIds?: components["schemas"]["Int64Id"][];
            /** @description `DEFAULT`, or `SIEM` for servers that receive log streams. */
            configSpace?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            description?: string;
            enabled?: boolean;
            id?: components["schemas"]["Int64Id"];
            microtenantId?: components["schemas"]["Int64Id"];
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
        };
        /**
         * @description A server-owned counter as a write may carry it, a number or a string of digits.
         * @example 5
         */
        ServerCounter: number | string;
        /** @description A server group as the server returns it; also the body of create and replace, where the server-set fields are ignored. */
        ServerGroup: {
            /** @description The App Connector groups that serve this group's applications. A write needs only each group's `id`. */
            appConnectorGroups?: {
                cityCountry?: string;
                countryCode?: string;
                creationTime?: components["schemas"]["EpochSeconds"];
                description?: string;
                dnsQueryType?: string;
                enabled?: boolean;
                id?: components["schemas"]["Int64Id"];
                ipAcl?: string[];
                location?: string;
                lssAppConnectorGroup?: boolean;
                modifiedBy?: components["schemas"]["Int64Id"];
                modifiedTime?: components["schemas"]["EpochSeconds"];
                name?: string;
                overrideVersionProfile?: boolean;
                siemAppConnectorGroup?: boolean;
                tcpQuickAckApp?: boolean;
                tcpQuickAckAssistant?: boolean;
                tcpQuickAckReadAssistant?: boolean;
                versionProfileId?: components["schemas"]["Int64Id"];
            }[];
            /** @description Read-only: the application segments that use this group. */
            applications?: {
                id?: components["schemas"]["Int64Id"];
                name?: string;
            }[];
            configSpace?: string;
            /**
             * @deprecated
             * @description An older name for `appConnectorGroups` seen in some responses; send `appConnectorGroups`.
             */
            connectorGroups?: {
                id?: components["schemas"]["Int64Id"];
                name?: string;
            }[];
            creationTime?: components["schemas"]["EpochSeconds"];
            description?: string;
            /** @description When true, App Connectors discover servers themselves and `servers` must be empty. */
            dynamicDiscovery?: boolean;
            enabled?: boolean;
            id?: components["schemas"]["Int64Id"];
            ipAnchored?: boolean;
            learningEnabled?: boolean;
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            /** @description The application servers of the group, used only when `dynamicDiscovery` is false. A write needs only each server's `id`. */
            servers?: {
                address?: string;
                configSpace?: string;
                creationTime?: components["schemas"]["EpochSeconds"];
                description?: string;
                enabled?: boolean;
                id?: components["schemas"]["Int64Id"];
                modifiedBy?: components["schemas"]["Int64Id"];
                modifiedTime?: components["schemas"]["EpochSeconds"];
                name?: string;
            }[];
        };
        /** @description A page of server groups. */
        ServerGroupPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["ServerGroup"][];
        };
        /** @description The body of create and replace: a server group with `name`, `dynamicDiscovery` and `appConnectorGroups` set. */
        ServerGroupWrite: WithRequired<components["schemas"]["ServerGroup"], "name" | "dynamicDiscovery" | "appConnectorGroups">;
        /** @description A page of application servers. */
        ServerPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["Server"][];
        };
        /** @description The body of create and replace: a server with `name`, `address` and `enabled` set. */
        ServerWrite: WithRequired<components["schemas"]["Server"], "name" | "enabled" | "address">;
        /** @description An enrolled Private Service Edge as the server reports it. Only `name`, `description` and `enabled` can be changed. */
        ServiceEdge: {
            controlChannelStatus?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            ctrlBrokerName?: string;
            currentVersion?: string;
            description?: string;
            enabled?: boolean;
            enrollmentCert?: {
                id?: components["schemas"]["Int64Id"];
                name?: string;
            };
            expectedVersion?: string;
            fingerprint?: string;
            id?: components["schemas"]["Int64Id"];
            issuedCertId?: components["schemas"]["Int64Id"];
            lastBrokerConnectTime?: components["schemas"]["EpochSeconds"];
            lastBrokerConnectTimeDuration?: string;
            lastBrokerDisconnectTime?: components["schemas"]["EpochSeconds"];
            lastBrokerDisconnectTimeDuration?: string;
            lastUpgradeTime?: components["schemas"]["EpochSeconds"];
            latitude?: string;
            /** @description Read-only: the addresses the instance listens on. */
            listenIps?: string[];
            location?: string;
            longitude?: string;
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            platform?: string;
            platformDetail?: string;
            previousVersion?: string;
            provisioningKeyId?: components["schemas"]["Int64Id"];
            provisioningKeyName?: string;
            /** @description Read-only: the addresses the instance publishes to clients. */
            publishIps?: string[];
            serviceEdgeGroupId?: components["schemas"]["Int64Id"];
            serviceEdgeGroupName?: string;
            upgradeAttempt?: string;
            upgradeStatus?: string;
        };
        /** @description The Private Service Edges to delete. */
        ServiceEdgeBulkDelete: {
            ids: components["schemas"]["Int64Id"][];
        };
        /** @description A Private Service Edge group as the server returns it; also the body of create and replace, where the server-set fields are ignored. */
        ServiceEdgeGroup: {
            /** @description An alternative cloud domain that replaces the default cloud name for this group. */
            altCloud?: string;
            cityCountry?: string;
            countryCode?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            description?: string;
            /** @description Which address families are resolved (`IPV4_IPV6`, `IPV4`, `IPV6`). */
            dnsQueryType?: string;
            /** @default true */
            enabled?: boolean;
            /**
             * @description When true, these Private Service Edges win over a closer Public Service Edge within `graceDistanceValue`. The pages write it both as a boolean and as a string.
             * @default false
             * @enum {boolean|string}
             */
            graceDistanceEnabled?: true | false | "true" | "false";
            /** @description The grace distance in `graceDistanceValueUnit`; at most 25,000 miles (40,233.6 km). */
            graceDistanceValue?: number;
            /**
             * @description The unit of `graceDistanceValue`; needed when `graceDistanceEnabled` is true.
             * @enum {string}
             */
            graceDistanceValueUnit?: "MILES" | "KMS";
            id?: components["schemas"]["Int64Id"];
            /**
             * @description Whether the group's Private Service Edges also serve users outside the tenant's trusted networks.
             * @default FALSE
             * @enum {string|boolean}
             */
            isPublic?: "DEFAULT" | "TRUE" | "FALSE" | true | false;
            /** @description Decimal degrees, -90 to 90. The server answers with a decimal string; a number is accepted on write. */
            latitude?: string | number;
            location?: string;
            /** @description Decimal degrees, -180 to 180. The server answers with a decimal string; a number is accepted on write. */
            longitude?: string | number;
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            overrideVersionProfile?: boolean;
            /** @description Read-only: the Private Service Edges enrolled in this group. */
            serviceEdges?: {
                creationTime?: components["schemas"]["EpochSeconds"];
                description?: string;
                enabled?: boolean;
                fingerprint?: string;
                id?: components["schemas"]["Int64Id"];
                issuedCertId?: components["schemas"]["Int64Id"];
                listenIps?: string[];
                modifiedBy?: components["schemas"]["Int64Id"];
                modifiedTime?: components["schemas"]["EpochSeconds"];
                name?: string;
                privateBrokerVersion?: {
                    applicationStartTime?: components["schemas"]["EpochSeconds"];
                    brokerId?: components["schemas"]["Int64Id"];
                    creationTime?: components["schemas"]["EpochSeconds"];
                    ctrlChannelStatus?: string;
                    currentVersion?: string;
                    expectedVersion?: string;
                    id?: components["schemas"]["Int64Id"];
                    lastConnectTime?: string;
                    lastDisconnectTime?: string;
                    lastUpgradedTime?: components["schemas"]["EpochSeconds"];
                    loneWarrior?: boolean;
                    modifiedBy?: components["schemas"]["Int64Id"];
                    modifiedTime?: components["schemas"]["EpochSeconds"];
                    platform?: string;
                    platformDetail?: string;
                    previousVersion?: string;
                    privateIp?: string;
                    publicIp?: string;
                    restartTimeInSec?: string;
                    serviceEdgeGroupId?: components["schemas"]["Int64Id"];
                    systemStartTime?: components["schemas"]["EpochSeconds"];
                    tunnelId?: components["schemas"]["LooseId"];
                    upgradeAttempt?: string;
                    upgradeStatus?: string;
                };
                provisioningKeyId?: components["schemas"]["Int64Id"];
                publishIps?: string[];
                upgradeAttempt?: string;
            }[];
            /** @description The trusted networks this group serves; a write needs only each network's `id`. */
            trustedNetworks?: {
                id?: components["schemas"]["Int64Id"];
            }[];
            /**
             * @description The day members try to upgrade their software.
             * @default SUNDAY
             * @enum {string}
             */
            upgradeDay?: "SUNDAY" | "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY";
            /**
             * @description Seconds after midnight when members try to upgrade: 0 to 86399 in 15-minute steps, carried as a digit string.
             * @default 66600
             * @example 66600
             */
            upgradeTimeInSecs?: string;
            /**
             * @description Whether the group serves during disaster recovery.
             * @default false
             */
            useInDrMode?: boolean;
            versionProfileId?: components["schemas"]["Int64Id"];
            versionProfileName?: string;
            versionProfileVisibilityScope?: string;
        };
        /** @description A page of Private Service Edge groups. */
        ServiceEdgeGroupPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["ServiceEdgeGroup"][];
        };
        /** @description The body of create and replace: a group with `name`, `location`, `latitude` and `longitude` set. */
        ServiceEdgeGroupWrite: WithRequired<components["schemas"]["ServiceEdgeGroup"], "name" | "latitude" | "longitude" | "location">;
        /** @description A page of Private Service Edges. */
        ServiceEdgePage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["ServiceEdge"][];
        };
        /** @description The tenant's schedule for deleting disconnected Private Service Edges (shaped like the App Connector schedule). */
        ServiceEdgeSchedule: {
            customerId?: components["schemas"]["LooseId"];
            /** @description Whether disabled instances are deleted too once disconnected long enough. */
            deleteDisabled?: boolean;
            /** @description Whether the schedule runs. */
            enabled?: boolean;
            /** @description The unit of `frequencyInterval`; only `days` is supported. */
            frequency?: string;
            /**
             * @description How many days an instance may stay disconnected before it is deleted; at least 5.
             * @example 5
             */
            frequencyInterval?: string | number;
            id?: components["schemas"]["LooseId"];
        };
        /** @description The body of create and replace: all four settings, with `frequency` set to `days`. */
        ServiceEdgeScheduleWrite: {
            /** @enum {string} */
            frequency: "days";
        } & WithRequired<components["schemas"]["ServiceEdgeSchedule"], "frequency" | "frequencyInterval" | "deleteDisabled" | "enabled">;
        /** @description API key credentials for the legacy token endpoint. */
        SignInRequest: {
            client_id: string;
            client_secret: string;
        };
        /** @description Whatever the server answers a sign-out with; the pages show none, so any JSON is accepted. */
        SignOutResult: unknown;
        /** @description The tenant's admin sign-in policy. */
        SsoLoginOptions: {
            /** @description `true` to allow administrator sign-in only through SSO. */
            ssologinonly: boolean;
        };
        /** @description A trusted network. */
        TrustedNetwork: {
            creationTime?: components["schemas"]["EpochSeconds"];
            id?: components["schemas"]["Int64Id"];
            modifiedBy?: components["schemas"]["Int64Id"];
            name?: string;
            /** @description The network's id in Zscaler Client Connector (a UUID-like string); trusted network rule operands use it as `lhs`. */
            networkId?: string;
            zscalerCloud?: string;
        };
        /** @description A page of trusted networks. */
        TrustedNetworkPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["TrustedNetwork"][];
        };
        /** @description A 401 body from either way in. */
        UnauthorizedBody: components["schemas"]["ErrorBody"] | components["schemas"]["OneApiErrorBody"];
        /** @description A user portal as the API returns it. */
        UserPortal: {
            action?: string;
            /**
             * @description The certificate of a portal you manage; empty or null for a Zscaler-managed portal.
             * @example 5
             */
            certificateId?: string | null;
            certificateName?: string;
            /** @description Admin-console mirror of `managedByZs` (`managed` or custom). */
            certManagedByZsRadio?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            description?: string;
            /** @description The portal's host name; for a Zscaler-managed portal the server derives it from `extLabel` and `extDomain`. */
            domain?: string;
            /** @description A disabled portal cannot be opened by users. */
            enabled?: boolean;
            /** @description Your domain, used in a Zscaler-managed portal's address; no periods are allowed in the generated label, so the server translates it. */
            extDomain?: string;
            extDomainName?: string;
            extDomainTranslation?: string;
            /**
             * @description Host-name label of a Zscaler-managed portal's address: lower-case letters, digits and hyphens, 3 to 31 characters.
             * @example portal-1
             */
            extLabel?: string;
            hideInfoTooltip?: boolean;
            id?: components["schemas"]["Int64Id"];
            /** @description `true` when Zscaler manages the portal's domain and certificate, `false` for your own. */
            managedByZs?: boolean;
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            objectType?: string;
            restrictedEntity?: boolean;
            scopeName?: string;
            userNotification?: string;
            userNotificationEnabled?: boolean;
        };
        /** @description A user portal link as the API returns it. */
        UserPortalLink: {
            applicationId?: components["schemas"]["Int64Id"];
            creationTime?: components["schemas"]["EpochSeconds"];
            description?: string;
            enabled?: boolean;
            /** @description The link's icon, as a `data:` URL. */
            iconText?: string;
            id?: components["schemas"]["Int64Id"];
            /** @description Domain name or IP address the link opens. */
            link?: string;
            /** @description Path appended to `link`, such as `/preferences`. */
            linkPath?: string;
            logoFileName?: string;
            microtenantId?: components["schemas"]["Int64Id"];
            microtenantName?: string;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            /**
             * @description Scheme of the link, for applications without Browser Access (Browser Access applications keep their segment's protocol). Empty means the default.
             * @enum {string}
             */
            protocol?: "https://" | "http://" | "";
            /** @description The portals the link appears on. */
            userPortals?: {
                domain?: string;
                enabled?: boolean;
                extDomain?: string;
                extDomainName?: string;
                extDomainTranslation?: string;
                extLabel?: string;
                id?: components["schemas"]["Int64Id"];
                microtenantName?: string;
                name?: string;
                userNotificationEnabled?: boolean;
            }[];
        };
        /** @description Links to create, and the portals to show all of them on. */
        UserPortalLinkBulkRequest: {
            userPortalLinks: components["schemas"]["UserPortalLinkWrite"][];
            userPortals: {
                id: components["schemas"]["Int64Id"];
            }[];
        };
        /** @description The created links and the portals they were put on. */
        UserPortalLinkBulkResponse: {
            userPortalLinks?: components["schemas"]["UserPortalLink"][];
            userPortals?: {
                domain?: string;
                enabled?: boolean;
                extDomain?: string;
                extDomainName?: string;
                extDomainTranslation?: string;
                extLabel?: string;
                id?: components["schemas"]["Int64Id"];
                microtenantName?: string;
                name?: string;
                userNotificationEnabled?: boolean;
            }[];
        };
        /** @description A page of user portal links. */
        UserPortalLinkPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["UserPortalLink"][];
        };
        /** @description What a create or replace sends: the link record, placed on a portal by `userPortalId` (create) or `userPortals[].id` (fields the server manages are tolerated, as SDKs send whole records back). */
        UserPortalLinkWrite: components["schemas"]["UserPortalLink"] & {
            link: string;
            name: string;
            /** @description The user portal to show the link on (create). The page sends it as a bare JSON number. */
            userPortalId?: components["schemas"]["LooseId"];
            userPortals?: Record<string, never>[];
        };
        /** @description A page of user portals. */
        UserPortalPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["UserPortal"][];
        };
        /** @description What a create or replace sends. `domain` and `certificateId` are needed only for a portal you manage (`managedByZs: false`); fields the server manages are tolerated, as SDKs send whole records back. */
        UserPortalWrite: components["schemas"]["UserPortal"] & {
            name: string;
        } & unknown;
        /** @description A Zscaler virtual IP address range as the server returns it; also the body of create and replace, where the server-set fields are ignored. */
        VirtualIpRange: {
            countryCode?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            customerId?: components["schemas"]["Int64Id"];
            description?: string;
            /** @default true */
            enabled?: boolean;
            id?: components["schemas"]["Int64Id"];
            /** @description First address of the range; lower than `ipRangeEnd`. Not needed with `subnetCidr`. */
            ipRangeBegin?: string;
            /** @description Last address of the range; higher than `ipRangeBegin`. Not needed with `subnetCidr`. */
            ipRangeEnd?: string;
            /** @description Read-only: `0` for live ranges. */
            isDeleted?: string;
            /** @description Decimal degrees of `location` (-90 to 90); the server answers with a string. */
            latitudeInDb?: string | number;
            location?: string;
            /** @description The hint sent to Zscaler Client Connector; needed when `sccmFlag` is true. */
            locationHint?: string;
            /** @description Decimal degrees of `location` (-180 to 180); the server answers with a string. */
            longitudeInDb?: string | number;
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            name?: string;
            /** @description When true, Zscaler Client Connector receives `locationHint` with the address, for SCCM location boundaries. */
            sccmFlag?: boolean;
            /** @description The range in CIDR notation; replaces `ipRangeBegin`/`ipRangeEnd`. */
            subnetCidr?: string;
            /** @description Read-only: how many addresses the range holds, as a digit string. */
            totalIps?: string;
        };
        /** @description Every virtual IP address range of the tenant, as a bare array. */
        VirtualIpRangeList: components["schemas"]["VirtualIpRange"][];
        /** @description A page of virtual IP address ranges. */
        VirtualIpRangePage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["VirtualIpRange"][];
        };
        /** @description A search over virtual IP address ranges: filters, order and page. */
        VirtualIpRangeSearch: {
            filterBy?: {
                /** @description The values as one comma-separated string. */
                commaSepValues?: string;
                /** @description The field to filter on, such as `IP address`. */
                filterName?: string;
                /** @description The comparison, such as `LIKE`. */
                operator?: string;
                values?: string[];
            }[];
            pageBy?: {
                /**
                 * @description The page to return, from 1.
                 * @example 5
                 */
                page?: string;
                /**
                 * @description Entries per page.
                 * @example 5
                 */
                pageSize?: string;
                validPage?: number;
                validPageSize?: number;
            };
            sortBy?: {
                /** @description The field to order by. */
                sortName?: string;
                /** @description The direction, ascending or descending. */
                sortOrder?: string;
            };
        };
        /** @description The body of create and replace: a range with its location and either begin and end addresses or a CIDR subnet. */
        VirtualIpRangeWrite: WithRequired<components["schemas"]["VirtualIpRange"], "name" | "enabled" | "location" | "latitudeInDb" | "longitudeInDb" | "sccmFlag"> | unknown | unknown;
        /** @description One user connection to a VPN Service Edge. */
        VpnConnectedUser: {
            /** @description The address assigned to the client. */
            clientIPAddress?: string;
            /** @description The common name of the client certificate. */
            commonName?: string;
            creationTime?: components["schemas"]["EpochSeconds"];
            deviceState?: string | number;
            id?: components["schemas"]["Int64Id"];
            modifiedBy?: components["schemas"]["Int64Id"];
            modifiedTime?: components["schemas"]["EpochSeconds"];
            /** @description The user's name (the server capitalises this key). */
            UserName?: string;
            vpnServiceEdgeId?: components["schemas"]["Int64Id"];
            vpnServiceEdgeName?: string;
        };
        /** @description A page of VPN-connected users. */
        VpnConnectedUserPage: components["schemas"]["PageEnvelope"] & {
            list?: components["schemas"]["VpnConnectedUser"][];
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
        /** @description Over the rate limit (20 GET or 10 writes per 10 seconds); wait as `retry-after` says. Through OneAPI the answer may also carry `x-ratelimit-*` headers. */
        TooManyRequests: {
            headers: {
                "retry-after": components["headers"]["RetryAfter"];
                "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RateLimitErrorBody"];
            };
        };
        /** @description The token is missing, malformed or expired. Legacy hosts answer with the usual error body; the OneAPI gateway with `{type, title, status, detail}`. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UnauthorizedBody"];
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
        /** @description The control's id. */
        appProtectionControlId: components["schemas"]["Int64Id"];
        /** @description The ZPA tenant's id. */
        customerId: components["schemas"]["Int64Id"];
        /** @description The AppProtection profile's id. */
        inspectionProfileId: components["schemas"]["Int64Id"];
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
        /** @description The policy set's id, from getPolicySetByType. */
        policySetId: components["schemas"]["Int64Id"];
        /**
         * @description The policy type whose set to use: `ACCESS_POLICY` (or `GLOBAL_POLICY`), `TIMEOUT_POLICY`
         *     (or `REAUTH_POLICY`), `CLIENT_FORWARDING_POLICY` (or `BYPASS_POLICY`), `INSPECTION_POLICY`
         *     (AppProtection), `ISOLATION_POLICY`, `CREDENTIAL_POLICY`, `CAPABILITIES_POLICY` and
         *     `PRIVILEGED_PORTAL_POLICY` (privileged access), `CLIENTLESS_SESSION_PROTECTION_POLICY`
         *     (browser protection), `REDIRECTION_POLICY`, `SIEM_POLICY` or `PROTECTION_POLICY`.
         */
        policyType: "ACCESS_POLICY" | "GLOBAL_POLICY" | "TIMEOUT_POLICY" | "REAUTH_POLICY" | "CLIENT_FORWARDING_POLICY" | "BYPASS_POLICY" | "INSPECTION_POLICY" | "ISOLATION_POLICY" | "CREDENTIAL_POLICY" | "CAPABILITIES_POLICY" | "PRIVILEGED_PORTAL_POLICY" | "CLIENTLESS_SESSION_PROTECTION_POLICY" | "REDIRECTION_POLICY" | "SIEM_POLICY" | "PROTECTION_POLICY";
        /** @description The predefined control version, such as `OWASP_CRS/3.3.0`. */
        predefinedControlVersion: string;
        /** @description The predefined control version, such as `OWASP_CRS/3.3.0`. */
        predefinedControlVersionRequired: string;
        /** @description The role's id. */
        roleId: components["schemas"]["Int64Id"];
        /** @description The rule's id. */
        ruleId: components["schemas"]["Int64Id"];
        /** @description The Microtenant to act in, as the isolation service names it; `0` or omitted is the Default Microtenant. */
        scopeId: components["schemas"]["Int64Id"];
        /**
         * @description A filter such as `name+EQ+value` (operators EQ, NE, GT, LT, GE, LE, CONTAINS, STARTSWITH,
         *     ENDSWITH).
         */
        search: string;
        /** @description Have the identity provider email the user about the activation. */
        sendEmail: boolean;
        /** @description Include disabled profiles. */
        showDisabled: boolean;
        /** @description The emergency access user's id in the identity provider. */
        userId: components["schemas"]["IdpUserId"];
    };
    requestBodies: never;
    headers: {
        /** @description OneAPI only; the request ceiling of the current rate-limit window. */
        RateLimitLimit: number;
        /** @description OneAPI only; how many requests the current window still allows. */
        RateLimitRemaining: number;
        /** @description OneAPI only; seconds until the current window ends and the limit resets. */
        RateLimitReset: number;
        /** @description Seconds to wait before retrying, written as a number followed by `s` (for example `13s`); plain seconds and HTTP dates are also seen. */
        RetryAfter: components["schemas"]["RetryAfter"];
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCbiProfiles: {
        parameters: {
            query?: {
                /** @description The Microtenant to act in, as the isolation service names it; `0` or omitted is the Default Microtenant. */
                scopeId?: components["parameters"]["scopeId"];
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
            /** @description The profiles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CbiProfileList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createCbiProfile: {
        parameters: {
            query?: {
                /** @description The Microtenant to act in, as the isolation service names it; `0` or omitted is the Default Microtenant. */
                scopeId?: components["parameters"]["scopeId"];
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
                "application/json": components["schemas"]["CbiProfileWrite"];
            };
        };
        responses: {
            /** @description The profile was created; the answer is the new profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CbiProfile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCbiProfile: {
        parameters: {
            query?: {
                /** @description The Microtenant to act in, as the isolation service names it; `0` or omitted is the Default Microtenant. */
                scopeId?: components["parameters"]["scopeId"];
            };
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The isolation profile's UUID. */
                profileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CbiProfile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateCbiProfile: {
        parameters: {
            query?: {
                /** @description The Microtenant to act in, as the isolation service names it; `0` or omitted is the Default Microtenant. */
                scopeId?: components["parameters"]["scopeId"];
            };
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The isolation profile's UUID. */
                profileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CbiProfileWrite"];
            };
        };
        responses: {
            /** @description The profile was replaced. */
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
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteCbiProfile: {
        parameters: {
            query?: {
                /** @description The Microtenant to act in, as the isolation service names it; `0` or omitted is the Default Microtenant. */
                scopeId?: components["parameters"]["scopeId"];
            };
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The isolation profile's UUID. */
                profileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCbiRegions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The regions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CbiRegionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCbiZpaProfiles: {
        parameters: {
            query?: {
                /** @description The Microtenant to act in, as the isolation service names it; `0` or omitted is the Default Microtenant. */
                scopeId?: components["parameters"]["scopeId"];
                /** @description Include disabled profiles. */
                showDisabled?: components["parameters"]["showDisabled"];
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
            /** @description The profiles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IsolationProfileList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
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
    listApiKeys: {
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
            /** @description A page of API keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
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
    createApiKey: {
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
                "application/json": components["schemas"]["ApiKeyWrite"];
            };
        };
        responses: {
            /** @description Created. An API key as the API returns it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
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
    getApiKey: {
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
                /** @description The API key's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An API key as the API returns it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
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
    updateApiKey: {
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
                /** @description The API key's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiKeyWrite"];
            };
        };
        responses: {
            /** @description Updated; the answer has no body. */
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
    deleteApiKey: {
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
                /** @description The API key's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the answer has no body. */
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
    listAppConnectorGroups: {
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
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppConnectorGroupPage"];
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
    createAppConnectorGroup: {
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
                "application/json": components["schemas"]["AppConnectorGroupWrite"];
            };
        };
        responses: {
            /** @description Created; the answer is the new record. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppConnectorGroup"];
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
    getAppConnectorGroup: {
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
                /** @description The App Connector group's id. */
                appConnectorGroupId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppConnectorGroup"];
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
    updateAppConnectorGroup: {
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
                /** @description The App Connector group's id. */
                appConnectorGroupId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppConnectorGroupWrite"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    deleteAppConnectorGroup: {
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
                /** @description The App Connector group's id. */
                appConnectorGroupId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the answer has no body. */
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
    listApplicationSegments: {
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
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationSegmentPage"];
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
    createApplicationSegment: {
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
                "application/json": components["schemas"]["ApplicationSegmentWrite"];
            };
        };
        responses: {
            /** @description Created; the answer is the new record. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationSegment"];
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
    getApplicationSegment: {
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
                /** @description The application segment's id. */
                applicationId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationSegment"];
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
    updateApplicationSegment: {
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
                /** @description The application segment's id. */
                applicationId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationSegmentWrite"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    deleteApplicationSegment: {
        parameters: {
            query?: {
                /** @description When true, remove the segment from the policy rules that reference it before deleting it. */
                forceDelete?: string;
                /**
                 * @description The Microtenant to act in. `0` names the Default Microtenant. Omitted on a write, the
                 *     Default Microtenant is used; omitted on a read, resources of every Microtenant the caller
                 *     can see are returned. A key scoped to a Microtenant must always pass its id.
                 */
                microtenantId?: components["parameters"]["microtenantId"];
            };
            header?: never;
            path: {
                /** @description The application segment's id. */
                applicationId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the answer has no body. */
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
    moveApplicationSegment: {
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
                /** @description The application segment's id. */
                applicationId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationSegmentMove"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    shareApplicationSegment: {
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
                /** @description The application segment's id. */
                applicationId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationSegmentShare"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    getApplicationSegmentLbConfig: {
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
                /** @description The application segment's id. */
                applicationId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationSegmentLbConfig"];
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
    updateApplicationSegmentLbConfig: {
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
                /** @description The application segment's id. */
                applicationId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationSegmentLbConfigWrite"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    bulkUpdateApplicationSegmentMultimatch: {
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
                "application/json": components["schemas"]["MultimatchBulkUpdate"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    getApplicationSegmentsByType: {
        parameters: {
            query: {
                /** @description Which kind of application to list. */
                applicationType: "BROWSER_ACCESS" | "INSPECT" | "SECURE_REMOTE_ACCESS";
                /** @description When true, each entry carries more detail about its application segment. */
                expandAll?: boolean;
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
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationByTypePage"];
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
    getMultimatchUnsupportedReferences: {
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
                "application/json": components["schemas"]["MultimatchDomainList"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MultimatchUnsupportedReferenceList"];
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
    listPraApprovals: {
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
                /** @description The field to sort the page by, such as `status`. */
                sortBy?: string;
                /** @description Sort direction: ascending or descending. */
                sortdir?: "ASC" | "DSC";
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
            /** @description A page of privileged approvals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PraApprovalPage"];
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
    createPraApproval: {
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
                "application/json": components["schemas"]["PraApprovalWrite"];
            };
        };
        responses: {
            /** @description Created. A privileged approval as the API returns it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PraApproval"];
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
    getPraApproval: {
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
                /** @description The privileged approval's id (a short number, sent as a string of digits). */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A privileged approval as the API returns it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PraApproval"];
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
    updatePraApproval: {
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
                /** @description The privileged approval's id (a short number, sent as a string of digits). */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PraApprovalWrite"];
            };
        };
        responses: {
            /** @description Updated; the answer has no body. */
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
    deletePraApproval: {
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
                /** @description The privileged approval's id (a short number, sent as a string of digits). */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the answer has no body. */
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
    deleteExpiredPraApprovals: {
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
        requestBody?: never;
        responses: {
            /** @description No expired approvals were found; nothing was deleted and the answer has no body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The expired approvals were deleted; the answer has no body. */
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
    listProvisioningKeys: {
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
                /** @description The kind of group the key enrolls into: App Connector group, Private Service Edge group or Network Connector group. */
                associationType: "CONNECTOR_GRP" | "SERVICE_EDGE_GRP" | "NP_ASSISTANT_GRP";
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvisioningKeyPage"];
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
    createProvisioningKey: {
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
                /** @description The kind of group the key enrolls into: App Connector group, Private Service Edge group or Network Connector group. */
                associationType: "CONNECTOR_GRP" | "SERVICE_EDGE_GRP" | "NP_ASSISTANT_GRP";
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProvisioningKeyWrite"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvisioningKey"];
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
    getProvisioningKey: {
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
                /** @description The kind of group the key enrolls into: App Connector group, Private Service Edge group or Network Connector group. */
                associationType: "CONNECTOR_GRP" | "SERVICE_EDGE_GRP" | "NP_ASSISTANT_GRP";
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The provisioning key's id. */
                provisioningKeyId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvisioningKey"];
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
    updateProvisioningKey: {
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
                /** @description The kind of group the key enrolls into: App Connector group, Private Service Edge group or Network Connector group. */
                associationType: "CONNECTOR_GRP" | "SERVICE_EDGE_GRP" | "NP_ASSISTANT_GRP";
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The provisioning key's id. */
                provisioningKeyId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProvisioningKeyWrite"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    deleteProvisioningKey: {
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
                /** @description The kind of group the key enrolls into: App Connector group, Private Service Edge group or Network Connector group. */
                associationType: "CONNECTOR_GRP" | "SERVICE_EDGE_GRP" | "NP_ASSISTANT_GRP";
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The provisioning key's id. */
                provisioningKeyId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the answer has no body. */
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
    listAuthDomains: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant's authentication domains. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthDomainList"];
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
    listCertificates: {
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
            /** @description A page of certificates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificatePage"];
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
    createCertificate: {
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
                "application/json": components["schemas"]["CertificateWrite"];
            };
        };
        responses: {
            /** @description Created; the answer is the new record. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
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
    getCertificate: {
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
                /** @description The certificate's id. */
                certificateId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
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
    updateCertificate: {
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
                /** @description The certificate's id. */
                certificateId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateWrite"];
            };
        };
        responses: {
            /** @description The certificate was replaced; the answer has no body. */
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
    deleteCertificate: {
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
                /** @description The certificate's id. */
                certificateId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate was deleted; the answer has no body. */
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
    getClientlessCertificate: {
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
                /** @description The certificate's id. */
                certificateId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientlessCertificate"];
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
    listClientSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client settings as a bare array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientSettingList"];
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
    upsertClientSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientSettingWrite"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    deleteClientSetting: {
        parameters: {
            query: {
                /** @description The client type whose setting to remove: `ZAPP_CLIENT` (Client Connector), `ISOLATION_CLIENT` (isolation clients), `APP_PROTECTION` (AppProtection-enabled application segments) or `NONE` (App Connectors, Private Service Edges and Private Cloud Controllers). */
                type: "APP_PROTECTION" | "ISOLATION_CLIENT" | "NONE" | "ZAPP_CLIENT";
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
            /** @description Deleted; the answer has no body. */
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
    listAllClientSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client settings as a bare array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientSettingList"];
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
    getClientTypes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client types by operand value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyClientTypes"];
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
    listConfigOverrides: {
        parameters: {
            query?: {
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
            /** @description A page of feature configuration overrides. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigOverridePage"];
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
    createConfigOverride: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfigOverrideWrite"];
            };
        };
        responses: {
            /** @description The stored override. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigOverride"];
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
    getConfigOverride: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The feature configuration override's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A feature configuration override as the API returns it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigOverride"];
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
    updateConfigOverride: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The feature configuration override's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfigOverrideWrite"];
            };
        };
        responses: {
            /** @description The stored override. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigOverride"];
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
    listAppConnectors: {
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
                /** @description The field to order the list by. */
                sortBy?: string;
                /** @description The order direction, ascending or descending. */
                sortDir?: string;
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
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppConnectorPage"];
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
    getAppConnector: {
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
                /** @description The App Connector's id. */
                connectorId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppConnector"];
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
    updateAppConnector: {
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
                /** @description The App Connector's id. */
                connectorId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppConnector"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    deleteAppConnector: {
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
                /** @description The App Connector's id. */
                connectorId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the answer has no body. */
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
    bulkDeleteAppConnectors: {
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
                "application/json": components["schemas"]["AppConnectorBulkDelete"];
            };
        };
        responses: {
            /** @description Deleted. */
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
    getAppConnectorSchedule: {
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
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppConnectorSchedule"];
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
    createAppConnectorSchedule: {
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
                "application/json": components["schemas"]["AppConnectorScheduleWrite"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    updateAppConnectorSchedule: {
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
                /** @description The schedule's id, as the read returns it. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppConnectorScheduleWrite"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    listPraCredentials: {
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
                /** @description The field to sort the page by. */
                sortBy?: string;
                /** @description Sort direction: ascending or descending. */
                sortdir?: "ASC" | "DSC";
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
            /** @description A page of privileged credentials. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PraCredentialPage"];
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
    createPraCredential: {
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
                "application/json": components["schemas"]["PraCredentialWrite"];
            };
        };
        responses: {
            /** @description Created. A privileged credential as the API returns it; the secret is never included. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PraCredential"];
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
    getPraCredential: {
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
                /** @description The privileged credential's id (a short number, sent as a string of digits). */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A privileged credential as the API returns it; the secret is never included. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PraCredential"];
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
    updatePraCredential: {
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
                /** @description The privileged credential's id (a short number, sent as a string of digits). */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PraCredentialWrite"];
            };
        };
        responses: {
            /** @description Updated; the answer has no body. */
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
    deletePraCredential: {
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
                /** @description The privileged credential's id (a short number, sent as a string of digits). */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the answer has no body. */
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
    movePraCredential: {
        parameters: {
            query: {
                /**
                 * @description The Microtenant to act in. `0` names the Default Microtenant. Omitted on a write, the
                 *     Default Microtenant is used; omitted on a read, resources of every Microtenant the caller
                 *     can see are returned. A key scoped to a Microtenant must always pass its id.
                 */
                microtenantId?: components["parameters"]["microtenantId"];
                /** @description The Microtenant to move the credential to (`0` for the Default Microtenant). */
                targetMicrotenantId: components["schemas"]["Int64Id"];
            };
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The privileged credential's id (a short number, sent as a string of digits). */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the answer has no body. */
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
            /** @description The user was updated; the body is the user after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyAccessUser"];
                };
            };
            /** @description The user was updated; no body. */
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
            /** @description The user was activated. */
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
            /** @description The user was deactivated. */
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
    listEnrollmentCertificates: {
        parameters: {
            query?: {
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
            /** @description A page of enrollment certificates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentCertificatePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEnrollmentCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The enrollment certificate's id. */
                enrollmentCertId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The enrollment certificate. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentCertificate"];
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
    getAppProtectionExceptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The supported exception versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppProtectionExceptions"];
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
    listIdps: {
        parameters: {
            query?: {
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
            /** @description A page of IdPs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdpPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getIdp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The IdP's id. */
                idpId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The IdP. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Idp"];
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
    listScimAttributes: {
        parameters: {
            query?: {
                /** @description Which page to return, counting from 1. */
                page?: components["parameters"]["page"];
                /** @description How many entries a page holds, 1 to 500; 20 when omitted. Lowercase, unlike the emergency access list's `pageSize`. */
                pagesize?: components["parameters"]["pagesize"];
            };
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The IdP's id. */
                idpId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of SCIM attributes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimAttributePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getScimAttribute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The IdP's id. */
                idpId: components["schemas"]["Int64Id"];
                /** @description The SCIM attribute's id. */
                scimAttributeId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SCIM attribute. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimAttribute"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listAppProtectionActionTypes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The action names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppProtectionValueList"];
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
    listAppProtectionControlTypes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The control type names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppProtectionValueList"];
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
    listAppProtectionControls: {
        parameters: {
            query?: {
                /** @description Which page to return, counting from 1. */
                page?: components["parameters"]["page"];
                /** @description How many entries a page holds, 1 to 500; 20 when omitted. Lowercase, unlike the emergency access list's `pageSize`. */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description A filter such as `name+EQ+value` (operators EQ, NE, GT, LT, GE, LE, CONTAINS, STARTSWITH,
                 *     ENDSWITH).
                 */
                search?: components["parameters"]["search"];
                /** @description Sort order of the results, ascending or descending; the page names no values. */
                sortdir?: string;
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
            /** @description A page of custom controls. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppProtectionControlPage"];
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
    createAppProtectionControl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppProtectionControlWrite"];
            };
        };
        responses: {
            /** @description The control was created; the answer is the new control. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppProtectionControl"];
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
    getAppProtectionControl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The control's id. */
                id: components["parameters"]["appProtectionControlId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The control. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppProtectionControl"];
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
    updateAppProtectionControl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The control's id. */
                id: components["parameters"]["appProtectionControlId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppProtectionControlWrite"];
            };
        };
        responses: {
            /** @description The control was replaced; the answer has no body. */
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
    deleteAppProtectionControl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The control's id. */
                id: components["parameters"]["appProtectionControlId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The control was deleted; the answer has no body. */
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
    listAppProtectionControlProfiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The control's id. */
                id: components["parameters"]["appProtectionControlId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profiles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppProtectionProfileRefList"];
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
    listAppProtectionHttpMethods: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The method names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppProtectionValueList"];
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
    listPredefinedAppProtectionControls: {
        parameters: {
            query: {
                /**
                 * @description A filter such as `name+EQ+value` (operators EQ, NE, GT, LT, GE, LE, CONTAINS, STARTSWITH,
                 *     ENDSWITH).
                 */
                search?: components["parameters"]["search"];
                /** @description The predefined control version, such as `OWASP_CRS/3.3.0`. */
                version: components["parameters"]["predefinedControlVersionRequired"];
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
            /** @description The control groups of that version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PredefinedAppProtectionControlGroupList"];
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
    getPredefinedAppProtectionControl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The control's id. */
                id: components["parameters"]["appProtectionControlId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The control. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PredefinedAppProtectionControl"];
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
    listPredefinedAdpControls: {
        parameters: {
            query?: {
                /**
                 * @description A filter such as `name+EQ+value` (operators EQ, NE, GT, LT, GE, LE, CONTAINS, STARTSWITH,
                 *     ENDSWITH).
                 */
                search?: components["parameters"]["search"];
                /** @description The predefined control version, such as `OWASP_CRS/3.3.0`. */
                version?: components["parameters"]["predefinedControlVersion"];
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
            /** @description The ADP control groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PredefinedAppProtectionControlGroupList"];
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
    listPredefinedApiControls: {
        parameters: {
            query?: {
                /**
                 * @description A filter such as `name+EQ+value` (operators EQ, NE, GT, LT, GE, LE, CONTAINS, STARTSWITH,
                 *     ENDSWITH).
                 */
                search?: components["parameters"]["search"];
                /** @description The predefined control version, such as `OWASP_CRS/3.3.0`. */
                version?: components["parameters"]["predefinedControlVersion"];
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
            /** @description The API control groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PredefinedAppProtectionControlGroupList"];
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
    listPredefinedAppProtectionControlVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppProtectionValueList"];
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
    listAppProtectionSeverityTypes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The severity names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppProtectionValueList"];
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
    listAppProtectionProfiles: {
        parameters: {
            query?: {
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
            /** @description A page of profiles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppProtectionProfilePage"];
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
    createAppProtectionProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppProtectionProfileWrite"];
            };
        };
        responses: {
            /** @description The profile was created; the answer is the new profile. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppProtectionProfile"];
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
    getAppProtectionProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The AppProtection profile's id. */
                inspectionProfileId: components["parameters"]["inspectionProfileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppProtectionProfile"];
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
    updateAppProtectionProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The AppProtection profile's id. */
                inspectionProfileId: components["parameters"]["inspectionProfileId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppProtectionProfileWrite"];
            };
        };
        responses: {
            /** @description The profile was replaced; the answer has no body. */
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
    deleteAppProtectionProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The AppProtection profile's id. */
                inspectionProfileId: components["parameters"]["inspectionProfileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile was deleted; the answer has no body. */
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
    associateAllPredefinedControls: {
        parameters: {
            query: {
                /** @description The predefined control version, such as `OWASP_CRS/3.3.0`. */
                version: string;
            };
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The AppProtection profile's id. */
                inspectionProfileId: components["parameters"]["inspectionProfileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The controls were added; the answer has no body. */
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
    deassociateAllPredefinedControls: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The AppProtection profile's id. */
                inspectionProfileId: components["parameters"]["inspectionProfileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The controls were removed; the answer has no body. */
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
    dissociateAllPredefinedControls: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The AppProtection profile's id. */
                inspectionProfileId: components["parameters"]["inspectionProfileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The controls were removed; the answer has no body. */
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
    patchAppProtectionProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The AppProtection profile's id. */
                inspectionProfileId: components["parameters"]["inspectionProfileId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppProtectionProfilePatch"];
            };
        };
        responses: {
            /** @description The profile was changed; the answer has no body. */
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
    listIsolationProfiles: {
        parameters: {
            query?: {
                /** @description Which page to return, counting from 1. */
                page?: components["parameters"]["page"];
                /** @description How many entries a page holds, 1 to 500; 20 when omitted. Lowercase, unlike the emergency access list's `pageSize`. */
                pagesize?: components["parameters"]["pagesize"];
                /**
                 * @description A filter such as `name+EQ+value` (operators EQ, NE, GT, LT, GE, LE, CONTAINS, STARTSWITH,
                 *     ENDSWITH).
                 */
                search?: components["parameters"]["search"];
                /** @description Include disabled profiles. */
                showDisabled?: components["parameters"]["showDisabled"];
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
            /** @description A page of isolation profiles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IsolationProfilePage"];
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
    listMachineGroups: {
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
            /** @description A page of machine groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineGroupPage"];
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
    getMachineGroup: {
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
                /** @description The machine group's id. */
                machineGroupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The machine group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineGroup"];
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
    listMicrotenants: {
        parameters: {
            query?: {
                /** @description Whether to include role information in each Microtenant. */
                includeRoles?: boolean;
                /** @description Which page to return, counting from 1. */
                page?: components["parameters"]["page"];
                /** @description How many entries a page holds, 1 to 500; 20 when omitted. Lowercase, unlike the emergency access list's `pageSize`. */
                pagesize?: components["parameters"]["pagesize"];
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
            /** @description A page of Microtenants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MicrotenantPage"];
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
    createMicrotenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MicrotenantWrite"];
            };
        };
        responses: {
            /** @description Created. A Microtenant as the API returns it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Microtenant"];
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
    getMicrotenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The Microtenant's id. */
                microtenantId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A Microtenant as the API returns it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Microtenant"];
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
    updateMicrotenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The Microtenant's id. */
                microtenantId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MicrotenantWrite"];
            };
        };
        responses: {
            /** @description Updated; the answer has no body. */
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
    deleteMicrotenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The Microtenant's id. */
                microtenantId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the answer has no body. */
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
    searchMicrotenants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MicrotenantSearchRequest"];
            };
        };
        responses: {
            /** @description A page of Microtenants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MicrotenantPage"];
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
    getMicrotenantSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every Microtenant's id and name, as a bare array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MicrotenantSummaryList"];
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
    listTrustedNetworks: {
        parameters: {
            query?: {
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
            /** @description A page of trusted networks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustedNetworkPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTrustedNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The trusted network's ZPA id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trusted network. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustedNetwork"];
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
    listPermissionGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every permission group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionGroupArray"];
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
    getPlatformTypes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The platforms by operand value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyPlatformTypes"];
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
    reorderPolicyRules: {
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
                /** @description The policy set's id, from getPolicySetByType. */
                policySetId: components["parameters"]["policySetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyRuleOrder"];
            };
        };
        responses: {
            /** @description The rules were reordered; the answer has no body. */
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
    updatePolicyRuleWithoutId: {
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
                /** @description The policy set's id, from getPolicySetByType. */
                policySetId: components["parameters"]["policySetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyRuleWrite"];
            };
        };
        responses: {
            /** @description The rule was updated; the answer has no body. */
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
    createPolicyRule: {
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
                /** @description The policy set's id, from getPolicySetByType. */
                policySetId: components["parameters"]["policySetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyRuleWrite"];
            };
        };
        responses: {
            /** @description The rule was created; the answer is the new rule. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyRule"];
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
    getPolicyRule: {
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
                /** @description The policy set's id, from getPolicySetByType. */
                policySetId: components["parameters"]["policySetId"];
                /** @description The rule's id. */
                ruleId: components["parameters"]["ruleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyRule"];
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
    updatePolicyRule: {
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
                /** @description The policy set's id, from getPolicySetByType. */
                policySetId: components["parameters"]["policySetId"];
                /** @description The rule's id. */
                ruleId: components["parameters"]["ruleId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyRuleWrite"];
            };
        };
        responses: {
            /** @description The rule was replaced; the answer has no body. */
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
    deletePolicyRule: {
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
                /** @description The policy set's id, from getPolicySetByType. */
                policySetId: components["parameters"]["policySetId"];
                /** @description The rule's id. */
                ruleId: components["parameters"]["ruleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule was deleted; the answer has no body. */
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
    reorderPolicyRule: {
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
                /** @description The position the rule moves to, counting from 1. */
                newOrder: number;
                /** @description The policy set's id, from getPolicySetByType. */
                policySetId: components["parameters"]["policySetId"];
                /** @description The rule's id. */
                ruleId: components["parameters"]["ruleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule was moved; the answer has no body. */
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
    getPolicySetByType: {
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
                /**
                 * @description The policy type whose set to use: `ACCESS_POLICY` (or `GLOBAL_POLICY`), `TIMEOUT_POLICY`
                 *     (or `REAUTH_POLICY`), `CLIENT_FORWARDING_POLICY` (or `BYPASS_POLICY`), `INSPECTION_POLICY`
                 *     (AppProtection), `ISOLATION_POLICY`, `CREDENTIAL_POLICY`, `CAPABILITIES_POLICY` and
                 *     `PRIVILEGED_PORTAL_POLICY` (privileged access), `CLIENTLESS_SESSION_PROTECTION_POLICY`
                 *     (browser protection), `REDIRECTION_POLICY`, `SIEM_POLICY` or `PROTECTION_POLICY`.
                 */
                policyType: components["parameters"]["policyType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicySet"];
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
    listPolicyRulesByType: {
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
                /**
                 * @description The policy type whose set to use: `ACCESS_POLICY` (or `GLOBAL_POLICY`), `TIMEOUT_POLICY`
                 *     (or `REAUTH_POLICY`), `CLIENT_FORWARDING_POLICY` (or `BYPASS_POLICY`), `INSPECTION_POLICY`
                 *     (AppProtection), `ISOLATION_POLICY`, `CREDENTIAL_POLICY`, `CAPABILITIES_POLICY` and
                 *     `PRIVILEGED_PORTAL_POLICY` (privileged access), `CLIENTLESS_SESSION_PROTECTION_POLICY`
                 *     (browser protection), `REDIRECTION_POLICY`, `SIEM_POLICY` or `PROTECTION_POLICY`.
                 */
                policyType: components["parameters"]["policyType"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of rules. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyRulePage"];
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
    listPostureProfiles: {
        parameters: {
            query?: {
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
            /** @description A page of posture profiles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostureProfilePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPostureProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The posture profile's ZPA id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The posture profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostureProfile"];
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
    listPraConsoles: {
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
            /** @description A page of privileged consoles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PraConsolePage"];
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
    createPraConsole: {
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
                "application/json": components["schemas"]["PraConsoleWrite"];
            };
        };
        responses: {
            /** @description Created. A privileged console as the API returns it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PraConsole"];
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
    getPraConsole: {
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
                /** @description The privileged console's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A privileged console as the API returns it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PraConsole"];
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
    updatePraConsole: {
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
                /** @description The privileged console's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PraConsoleWrite"];
            };
        };
        responses: {
            /** @description Updated; the answer has no body. */
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
    deletePraConsole: {
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
                /** @description The privileged console's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the answer has no body. */
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
    bulkCreatePraConsoles: {
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
                "application/json": components["schemas"]["PraConsoleBulkRequest"];
            };
        };
        responses: {
            /** @description Created. The consoles created, as stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PraConsoleBulkResponse"];
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
    listPraConsolesByPraPortal: {
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
                /** @description The privileged portal whose consoles to list. */
                portalId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of privileged consoles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PraConsolePage"];
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
    listPraPortals: {
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
            /** @description A page of privileged portals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PraPortalPage"];
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
    createPraPortal: {
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
                "application/json": components["schemas"]["PraPortalWrite"];
            };
        };
        responses: {
            /** @description Created. A privileged portal as the API returns it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PraPortal"];
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
    getPraPortal: {
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
                /** @description The privileged portal's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A privileged portal as the API returns it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PraPortal"];
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
    updatePraPortal: {
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
                /** @description The privileged portal's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PraPortalWrite"];
            };
        };
        responses: {
            /** @description Updated; the answer has no body. */
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
    deletePraPortal: {
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
                /** @description The privileged portal's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the answer has no body. */
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
    listPrivateCloudControllers: {
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
                /** @description The field to order the list by. */
                sortBy?: string;
                /** @description The order direction, ascending or descending. */
                sortDir?: string;
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
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivateCloudControllerPage"];
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
    getPrivateCloudController: {
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
                /** @description The Private Cloud Controller's id. */
                privateCloudControllerId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivateCloudController"];
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
    updatePrivateCloudController: {
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
                /** @description The Private Cloud Controller's id. */
                privateCloudControllerId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrivateCloudControllerWrite"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    deletePrivateCloudController: {
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
                /** @description The Private Cloud Controller's id. */
                privateCloudControllerId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the answer has no body. */
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
    restartPrivateCloudController: {
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
                /** @description The Private Cloud Controller's id. */
                privateCloudControllerId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the answer has no body. */
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
    listPrivateCloudControllerGroups: {
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
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivateCloudControllerGroupPage"];
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
    createPrivateCloudControllerGroup: {
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
                "application/json": components["schemas"]["PrivateCloudControllerGroupWrite"];
            };
        };
        responses: {
            /** @description Created; the answer is the new record. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivateCloudControllerGroup"];
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
    getPrivateCloudControllerGroup: {
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
                /** @description The Private Cloud Controller group's id. */
                privateCloudControllerGroupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivateCloudControllerGroup"];
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
    updatePrivateCloudControllerGroup: {
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
                /** @description The Private Cloud Controller group's id. */
                privateCloudControllerGroupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrivateCloudControllerGroupWrite"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    deletePrivateCloudControllerGroup: {
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
                /** @description The Private Cloud Controller group's id. */
                privateCloudControllerGroupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the answer has no body. */
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
    listPrivateCloudControllerGroupSummaries: {
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
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrivateCloudControllerGroupSummaryPage"];
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
            /** @description The roles, as a page or as a bare array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleList"];
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
    createRole: {
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
                "application/json": components["schemas"]["RoleCreate"];
            };
        };
        responses: {
            /** @description The role was created. */
            201: {
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
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
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
    updateRole: {
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
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleUpdate"];
            };
        };
        responses: {
            /** @description The role was updated. */
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
    deleteRole: {
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
            /** @description The role was deleted. */
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
    getSamlAttribute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The SAML attribute's id. */
                attrId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SAML attribute. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SamlAttribute"];
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
    listSegmentGroups: {
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
                /** @description When true, the embedded `applications` carry only summary fields instead of full application details. */
                skipDetailedAppInfo?: boolean;
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
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentGroupPage"];
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
    createSegmentGroup: {
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
                "application/json": components["schemas"]["SegmentGroupWrite"];
            };
        };
        responses: {
            /** @description Created; the answer is the new record. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentGroup"];
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
    getSegmentGroup: {
        parameters: {
            query?: {
                /**
                 * @description The Microtenant to act in. `0` names the Default Microtenant. Omitted on a write, the
                 *     Default Microtenant is used; omitted on a read, resources of every Microtenant the caller
                 *     can see are returned. A key scoped to a Microtenant must always pass its id.
                 */
                microtenantId?: components["parameters"]["microtenantId"];
                /** @description When true, the embedded `applications` carry only summary fields instead of full application details. */
                skipDetailedAppInfo?: boolean;
            };
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The segment group's id. */
                segmentGroupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentGroup"];
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
    updateSegmentGroup: {
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
                /** @description The segment group's id. */
                segmentGroupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SegmentGroupWrite"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    deleteSegmentGroup: {
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
                /** @description The segment group's id. */
                segmentGroupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the answer has no body. */
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
    listServers: {
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
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerPage"];
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
    createServer: {
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
                "application/json": components["schemas"]["ServerWrite"];
            };
        };
        responses: {
            /** @description Created; the answer is the new record. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Server"];
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
    getServer: {
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
                /** @description The server's id. */
                serverId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Server"];
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
    updateServer: {
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
                /** @description The server's id. */
                serverId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServerWrite"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    deleteServer: {
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
                /** @description The server's id. */
                serverId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the answer has no body. */
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
    listServerGroups: {
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
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerGroupPage"];
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
    createServerGroup: {
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
                "application/json": components["schemas"]["ServerGroupWrite"];
            };
        };
        responses: {
            /** @description Created; the answer is the new record. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerGroup"];
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
    getServerGroup: {
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
                /** @description The server group's id. */
                groupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServerGroup"];
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
    updateServerGroup: {
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
                /** @description The server group's id. */
                groupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServerGroupWrite"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    deleteServerGroup: {
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
                /** @description The server group's id. */
                groupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the answer has no body. */
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
    listServiceEdges: {
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
                /** @description The field to order the list by. */
                sortBy?: string;
                /** @description The order direction, ascending or descending. */
                sortDir?: string;
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
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEdgePage"];
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
    getServiceEdge: {
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
                /** @description The Private Service Edge's id. */
                serviceEdgeId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEdge"];
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
    updateServiceEdge: {
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
                /** @description The Private Service Edge's id. */
                serviceEdgeId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceEdge"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    deleteServiceEdge: {
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
                /** @description The Private Service Edge's id. */
                serviceEdgeId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the answer has no body. */
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
    bulkDeleteServiceEdges: {
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
                "application/json": components["schemas"]["ServiceEdgeBulkDelete"];
            };
        };
        responses: {
            /** @description Deleted. */
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
    listServiceEdgeGroups: {
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
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEdgeGroupPage"];
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
    createServiceEdgeGroup: {
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
                "application/json": components["schemas"]["ServiceEdgeGroupWrite"];
            };
        };
        responses: {
            /** @description Created; the answer is the new record. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEdgeGroup"];
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
    getServiceEdgeGroup: {
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
                /** @description The Private Service Edge group's id. */
                serviceEdgeGroupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEdgeGroup"];
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
    updateServiceEdgeGroup: {
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
                /** @description The Private Service Edge group's id. */
                serviceEdgeGroupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceEdgeGroupWrite"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    deleteServiceEdgeGroup: {
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
                /** @description The Private Service Edge group's id. */
                serviceEdgeGroupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the answer has no body. */
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
    getServiceEdgeSchedule: {
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
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceEdgeSchedule"];
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
    createServiceEdgeSchedule: {
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
                "application/json": components["schemas"]["ServiceEdgeScheduleWrite"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    updateServiceEdgeSchedule: {
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
                /** @description The schedule's id, as the read returns it. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceEdgeScheduleWrite"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    listUserPortals: {
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
                /** @description Listed on the reference page without a description; its effect is undocumented. */
                uiConfig?: string;
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
            /** @description A page of user portals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPortalPage"];
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
    createUserPortal: {
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
                "application/json": components["schemas"]["UserPortalWrite"];
            };
        };
        responses: {
            /** @description Created. A user portal as the API returns it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPortal"];
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
    getUserPortal: {
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
                /** @description The user portal's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user portal as the API returns it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPortal"];
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
    updateUserPortal: {
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
                /** @description The user portal's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPortalWrite"];
            };
        };
        responses: {
            /** @description Updated; the answer has no body. */
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
    deleteUserPortal: {
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
                /** @description The user portal's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the answer has no body. */
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
    listUserPortalLinks: {
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
            /** @description A page of user portal links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPortalLinkPage"];
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
    createUserPortalLink: {
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
                "application/json": components["schemas"]["UserPortalLinkWrite"];
            };
        };
        responses: {
            /** @description Created. A user portal link as the API returns it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPortalLink"];
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
    getUserPortalLink: {
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
                /** @description The user portal link's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user portal link as the API returns it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPortalLink"];
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
    updateUserPortalLink: {
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
                /** @description The user portal link's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPortalLinkWrite"];
            };
        };
        responses: {
            /** @description Updated; the answer has no body. */
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
    deleteUserPortalLink: {
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
                /** @description The user portal link's id. */
                id: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the answer has no body. */
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
    bulkCreateUserPortalLinks: {
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
                "application/json": components["schemas"]["UserPortalLinkBulkRequest"];
            };
        };
        responses: {
            /** @description Created; the answer lists the new links. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPortalLinkBulkResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listUserPortalLinksByUserPortal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The user portal whose links to list. */
                portalId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of user portal links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPortalLinkPage"];
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
    listCustomerDomains: {
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
                /** @description The purpose the domains serve; `SEARCH_SUFFIX` for DNS search domains (the only value the pages document). */
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every domain of one association type, as a bare array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDomainList"];
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
    upsertCustomerDomains: {
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
                /** @description The purpose the domains serve; `SEARCH_SUFFIX` for DNS search domains (the only value the pages document). */
                type: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerDomainUpsertRequest"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    listVirtualIpRanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VirtualIpRangeList"];
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
    createVirtualIpRange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VirtualIpRangeWrite"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VirtualIpRange"];
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
    getVirtualIpRange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The virtual IP address range's id. */
                ipRangeId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VirtualIpRange"];
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
    updateVirtualIpRange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The virtual IP address range's id. */
                ipRangeId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VirtualIpRangeWrite"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    deleteVirtualIpRange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The virtual IP address range's id. */
                ipRangeId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; the answer has no body. */
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
    searchVirtualIpRanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VirtualIpRangeSearch"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VirtualIpRangePage"];
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
    getSsoLoginOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant's admin sign-in policy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoLoginOptions"];
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
    updateSsoLoginOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SsoLoginOptions"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    listVpnConnectedUsers: {
        parameters: {
            query?: {
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
            /** @description A page of VPN-connected users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VpnConnectedUserPage"];
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
    getAppProtectionCustomControlTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule types by control type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppProtectionCustomControlTypes"];
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
    getCurrentSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who the calling token acts for. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentSession"];
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
    listAltClouds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alternative cloud domains; the pages do not document the shape, so any JSON is accepted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AltCloudList"];
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
    getApplicationSegmentsByTypeV2: {
        parameters: {
            query: {
                /** @description Which kind of application to list. */
                applicationType: "BROWSER_ACCESS" | "INSPECT" | "SECURE_REMOTE_ACCESS";
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
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationByTypePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listIssuedCertificates: {
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
            /** @description A page of issued certificates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedCertificatePage"];
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
    listIssuedClientlessCertificates: {
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
            /** @description A page of issued certificates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedCertificatePage"];
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
    listEnrollmentCertificatesV2: {
        parameters: {
            query?: {
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
            /** @description A page of enrollment certificates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentCertificatePage"];
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
    listIdpsV2: {
        parameters: {
            query?: {
                /** @description Which page to return, counting from 1. */
                page?: components["parameters"]["page"];
                /** @description How many entries a page holds, 1 to 500; 20 when omitted. Lowercase, unlike the emergency access list's `pageSize`. */
                pagesize?: components["parameters"]["pagesize"];
                /** @description Only SCIM IdPs when true, only the others when false. */
                scimEnabled?: boolean;
                /**
                 * @description A filter such as `name+EQ+value` (operators EQ, NE, GT, LT, GE, LE, CONTAINS, STARTSWITH,
                 *     ENDSWITH).
                 */
                search?: components["parameters"]["search"];
                /** @description A flag the reference page lists without describing. */
                userAttributes?: boolean;
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
            /** @description A page of IdPs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdpPage"];
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
    listLssConfigs: {
        parameters: {
            query?: {
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
            /** @description A page of LSS configurations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LssConfigPage"];
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
    createLssConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LssConfigWrite"];
            };
        };
        responses: {
            /** @description Created. A log streaming configuration as the API returns it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LssConfig"];
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
    getLssConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The LSS configuration's id. */
                lssId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A log streaming configuration as the API returns it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LssConfig"];
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
    updateLssConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The LSS configuration's id. */
                lssId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LssConfigWrite"];
            };
        };
        responses: {
            /** @description Updated; the answer has no body. */
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
    deleteLssConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The LSS configuration's id. */
                lssId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the answer has no body. */
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
    getLssLogTypeFormats: {
        parameters: {
            query?: {
                /** @description Return only the formats of this log type. */
                logType?: "zpn_trans_log" | "zpn_auth_log" | "zpn_ast_auth_log" | "zpn_http_trans_log" | "zpn_audit_log" | "zpn_sys_auth_log" | "zpn_ast_comprehensive_stats" | "zpn_waf_http_exchanges_log" | "zpn_smb_inspection_log" | "zpn_ldap_inspection_log" | "zpn_krb_inspection_log" | "zpn_pbroker_comprehensive_stats" | "zpn_sitec_auth_log" | "zpn_sitec_comprehensive_stats" | "zms_flow_log";
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
            /** @description Per log type, its format strings keyed by output kind (`csv`, `json`, `tsv`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LssLogTypeFormats"];
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
    listTrustedNetworksV2: {
        parameters: {
            query?: {
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
            /** @description A page of trusted networks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustedNetworkPage"];
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
    createPolicyRuleV2: {
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
                /** @description The policy set's id, from getPolicySetByType. */
                policySetId: components["parameters"]["policySetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyRuleV2Write"];
            };
        };
        responses: {
            /** @description The rule was created; the answer is the new rule in v1 form. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyRule"];
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
    updatePolicyRuleV2: {
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
                /** @description The policy set's id, from getPolicySetByType. */
                policySetId: components["parameters"]["policySetId"];
                /** @description The rule's id. */
                ruleId: components["parameters"]["ruleId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyRuleV2Write"];
            };
        };
        responses: {
            /** @description The rule was replaced; the answer has no body. */
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
    listPostureProfilesV2: {
        parameters: {
            query?: {
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
            /** @description A page of posture profiles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostureProfilePage"];
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
    listSamlAttributes: {
        parameters: {
            query?: {
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
            /** @description A page of SAML attributes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SamlAttributePage"];
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
    listSamlAttributesByIdp: {
        parameters: {
            query?: {
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
                /** @description The IdP's id. */
                idpId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of SAML attributes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SamlAttributePage"];
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
    updateSegmentGroupV2: {
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
                /** @description The segment group's id. */
                segmentGroupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SegmentGroupWrite"];
            };
        };
        responses: {
            /** @description Done; the answer has no body. */
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
    bulkCreateUserPortalLinksV2: {
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
                "application/json": components["schemas"]["UserPortalLinkBulkRequest"];
            };
        };
        responses: {
            /** @description Created; the answer lists the new links. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPortalLinkBulkResponse"];
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
    getLssClientTypesGlobal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client type API values mapped to their display names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LssClientTypes"];
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
    getLssClientTypes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client type API values mapped to their display names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LssClientTypes"];
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
    getLssLogTypeFormatsGlobal: {
        parameters: {
            query?: {
                /** @description Return only the formats of this log type. */
                logType?: "zpn_trans_log" | "zpn_auth_log" | "zpn_ast_auth_log" | "zpn_http_trans_log" | "zpn_audit_log" | "zpn_sys_auth_log" | "zpn_ast_comprehensive_stats" | "zpn_waf_http_exchanges_log" | "zpn_smb_inspection_log" | "zpn_ldap_inspection_log" | "zpn_krb_inspection_log" | "zpn_pbroker_comprehensive_stats" | "zpn_sitec_auth_log" | "zpn_sitec_comprehensive_stats" | "zms_flow_log";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per log type, its format strings keyed by output kind (`csv`, `json`, `tsv`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LssLogTypeFormats"];
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
    getLssStatusCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per log type, its status codes keyed by code. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LssStatusCodes"];
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
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session ended. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignOutResult"];
                };
            };
            /** @description The session ended; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listScimAttributeValues: {
        parameters: {
            query?: {
                /** @description Which page to return, counting from 1. */
                page?: components["parameters"]["page"];
                /** @description How many entries a page holds, 1 to 500; 20 when omitted. Lowercase, unlike the emergency access list's `pageSize`. */
                pagesize?: components["parameters"]["pagesize"];
            };
            header?: never;
            path: {
                /** @description The SCIM attribute's id. */
                attributeId: components["schemas"]["Int64Id"];
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The IdP's id. */
                idpId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of attribute values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimAttributeValuePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getScimGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The SCIM group's id. */
                scimGroupId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SCIM group. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimGroup"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listScimGroups: {
        parameters: {
            query?: {
                /** @description Which page to return, counting from 1. */
                page?: components["parameters"]["page"];
                /** @description How many entries a page holds, 1 to 500; 20 when omitted. Lowercase, unlike the emergency access list's `pageSize`. */
                pagesize?: components["parameters"]["pagesize"];
                /** @description The field to sort by, such as `name`. */
                sortBy?: string;
                /** @description Ascending or descending; the page's example sends `DSC`. */
                sortOrder?: string;
            };
            header?: never;
            path: {
                /** @description The ZPA tenant's id. */
                customerId: components["parameters"]["customerId"];
                /** @description The IdP's id. */
                idpId: components["schemas"]["Int64Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of SCIM groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimGroupPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
