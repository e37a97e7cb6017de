/**
 * GENERATED FILE - DO NOT EDIT.
 * Produced by `pnpm generate` (openapi-typescript) from spec/openapi.yaml and spec/families/*.yaml,
 * as assembled into spec/dist/zpa-openapi.json.
 * Edit the spec and regenerate instead; CI fails when this file is stale.
 */
import type { ZpaClientCore } from "../../client-core";
import { bindFamily } from "../../family-runtime";
import type { Body, ListItemOf, PathParam, Query, Result } from "../../operation-types";
import type { RequestOptions } from "../../request-options";
import type { components } from "../schema.gen";
import { base, mgmtconfigV2 } from "../prefixes.gen";

/** A Certificate as the server returns it. */
export type Certificate = components["schemas"]["Certificate"];

/** A ClientlessCertificate as the server returns it. */
export type ClientlessCertificate = components["schemas"]["ClientlessCertificate"];

/** `client.certificates`: Certificates (8 operations; pages: certificate-management-api, configuring-certificates-using-api). */
export interface CertificatesNamespace {
  /** List certificates: every item, page after page (numbered pages of up to 500). `GET …/certificate` (listCertificates) */
  list(query?: Query<"listCertificates">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listCertificates">>;
  /** List certificates: every item, as an array. `GET …/certificate` (listCertificates) */
  listAll(query?: Query<"listCertificates">, options?: RequestOptions): Promise<ListItemOf<"listCertificates">[]>;
  /** Upload a certificate. `POST …/certificate` (createCertificate) */
  create(body: Body<"createCertificate">, query?: Query<"createCertificate">, options?: RequestOptions): Promise<Result<"createCertificate">>;
  /** Read a certificate. `GET …/certificate/{certificateId}` (getCertificate) */
  get(certificateId: PathParam<"getCertificate", "certificateId">, query?: Query<"getCertificate">, options?: RequestOptions): Promise<Result<"getCertificate">>;
  /** Replace a certificate. `PUT …/certificate/{certificateId}` (updateCertificate) */
  update(certificateId: PathParam<"updateCertificate", "certificateId">, body: Body<"updateCertificate">, query?: Query<"updateCertificate">, options?: RequestOptions): Promise<Result<"updateCertificate">>;
  /** Delete a certificate. `DELETE …/certificate/{certificateId}` (deleteCertificate) */
  delete(certificateId: PathParam<"deleteCertificate", "certificateId">, query?: Query<"deleteCertificate">, options?: RequestOptions): Promise<Result<"deleteCertificate">>;
  /** Read a Browser Access certificate (retired view). `GET …/clientlessCertificate/{certificateId}` (getClientlessCertificate) */
  getClientless(certificateId: PathParam<"getClientlessCertificate", "certificateId">, query?: Query<"getClientlessCertificate">, options?: RequestOptions): Promise<Result<"getClientlessCertificate">>;
  /** List issued certificates: every item, page after page (numbered pages of up to 500). `GET …/certificate/issued` (listIssuedCertificates) */
  listIssued(query?: Query<"listIssuedCertificates">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listIssuedCertificates">>;
  /** List issued certificates: every item, as an array. `GET …/certificate/issued` (listIssuedCertificates) */
  listAllIssued(query?: Query<"listIssuedCertificates">, options?: RequestOptions): Promise<ListItemOf<"listIssuedCertificates">[]>;
  /** List issued certificates (retired clientless view): every item, page after page (numbered pages of up to 500). `GET …/clientlessCertificate/issued` (listIssuedClientlessCertificates) */
  listIssuedClientlessCertificates(query?: Query<"listIssuedClientlessCertificates">, options?: RequestOptions): AsyncIterableIterator<ListItemOf<"listIssuedClientlessCertificates">>;
  /** List issued certificates (retired clientless view): every item, as an array. `GET …/clientlessCertificate/issued` (listIssuedClientlessCertificates) */
  listAllIssuedClientlessCertificates(query?: Query<"listIssuedClientlessCertificates">, options?: RequestOptions): Promise<ListItemOf<"listIssuedClientlessCertificates">[]>;
}

/** Builds the `certificates` namespace on a client core (from `createZpaCore`), and teaches the core its operations. */
export const certificates = (core: ZpaClientCore): CertificatesNamespace =>
  bindFamily(core, [
    ["list", "GET", `${base}/certificate`, 2, "listCertificates", 1, "page", "pagesize", 500],
    ["create", "POST", `${base}/certificate`, 3, "createCertificate", 1],
    ["get", "GET", `${base}/certificate/{certificateId}`, 2, "getCertificate", 1],
    ["update", "PUT", `${base}/certificate/{certificateId}`, 3, "updateCertificate", 1],
    ["delete", "DELETE", `${base}/certificate/{certificateId}`, 2, "deleteCertificate", 1],
    ["getClientless", "GET", `${base}/clientlessCertificate/{certificateId}`, 2, "getClientlessCertificate", 1],
    ["listIssued", "GET", `${mgmtconfigV2}/certificate/issued`, 2, "listIssuedCertificates", 1, "page", "pagesize", 500],
    ["listIssuedClientlessCertificates", "GET", `${mgmtconfigV2}/clientlessCertificate/issued`, 2, "listIssuedClientlessCertificates", 1, "page", "pagesize", 500],
  ]);
