/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
import type { ZpaClientCore } from "../../client-core";
import { bindFamily } from "../../family-runtime";
import type { ListItemOf, PathParam, Query, Result } from "../../operation-types";
import type { RequestOptions } from "../../request-options";
import type { components } from "../schema.gen";
import { base, mgmtconfigV2 } from "../prefixes.gen";

/** An EnrollmentCertificate as the server returns it. */
export type EnrollmentCertificate = components["schemas"]["EnrollmentCertificate"];

/** `client.enrollmentCertificates`: Enrollment certificates (3 operations; pages: enrollment-certificates, obtaining-enrollment-certificate-details-using-api). */
export interface EnrollmentCertificatesNamespace {
  /** List enrollment certificates (v1 path). `GET …/enrollmentCert` (listEnrollmentCertificates) */
  list(query?: Query<"listEnrollmentCertificates">, options?: RequestOptions): Promise<Result<"listEnrollmentCertificates">>;
  /** Read an enrollment certificate. `GET …/enrollmentCert/{enrollmentCertId}` (getEnrollmentCertificate) */
  get(enrollmentCertId: PathParam<"getEnrollmentCertificate", "enrollmentCertId">, options?: RequestOptions): Promise<Result<"getEnrollmentCertificate">>;
  /** List enrollment certificates: every item, page after page (numbered pages of up to 500). `GET …/enrollmentCert` (listEnrollmentCertificatesV2) */
  listV2(query?: Query<"listEnrollmentCertificatesV2">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listEnrollmentCertificatesV2">>;
  /** List enrollment certificates: every item, as an array. `GET …/enrollmentCert` (listEnrollmentCertificatesV2) */
  listAllV2(query?: Query<"listEnrollmentCertificatesV2">, options?: RequestOptions): Promise<ListItemOf<"listEnrollmentCertificatesV2">[]>;
}

/** Builds the `enrollmentCertificates` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const enrollmentCertificates = (core: ZpaClientCore): EnrollmentCertificatesNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/enrollmentCert`, 2, "listEnrollmentCertificates", 0],
    ["get", "GET", `${base}/enrollmentCert/{enrollmentCertId}`, 0, "getEnrollmentCertificate", 0],
    ["listV2", "GET", `${mgmtconfigV2}/enrollmentCert`, 2, "listEnrollmentCertificatesV2", 0, "page", "pagesize", 500],
  ]);
