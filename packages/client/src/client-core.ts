import type { Client } from "openapi-fetch";
import type { PaginateOptions } from "./paginate";
import type { RequestOptions } from "./request-options";
import type { ListItem, ListPath, ZpaPaths } from "./zpa-paths";

type Raw = Client<ZpaPaths>;

/**
 * What the runtime knows of one operation, which its types cannot carry: its operationId (named in
 * errors and logs), whether it takes `microtenantId` (1) or not (0), and for a paged list its paging
 * style, page-size parameter and that parameter's maximum.
 */
export type OperationInfo = readonly [operationId: string, microtenant: 0 | 1, paging?: "cursor" | "page", pageSizeParam?: string, pageSizeMax?: number];

/** The typed raw methods plus what the resource namespaces are built from. */
export interface ZpaClientCore {
  /** The API base URL the client calls. */
  readonly baseUrl: string;
  /** The tenant id filled into every path. */
  readonly customerId: string;
  /**
   * Raw typed GET: `{data, error, response}` as openapi-fetch returns it; `customerId` is filled in.
   * Like every raw method, its `init` also takes {@link RequestOptions} (`signal`, `timeoutMs`,
   * `headers`, `microtenantId`).
   */
  GET: Raw["GET"];
  /** Raw typed POST (never replayed once it may have reached the server). */
  POST: Raw["POST"];
  /** Raw typed PUT. */
  PUT: Raw["PUT"];
  /** Raw typed DELETE. */
  DELETE: Raw["DELETE"];
  /** Raw typed PATCH (like a POST, never replayed once it may have reached the server). */
  PATCH: Raw["PATCH"];
  /** Returns a raw result's data, or throws its {@link ZpaApiError} (secrets redacted). */
  unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T;
  /**
   * Iterates over every item of a list operation (see {@link paginate}). The operation's family must
   * be attached (`createZpaClient` attaches every family).
   */
  paginate<P extends ListPath>(path: P, options?: PaginateOptions<P>): AsyncIterableIterator<ListItem<P>>;
  /** Every item of a list operation, as an array. */
  collectAll<P extends ListPath>(path: P, options?: PaginateOptions<P>): Promise<ListItem<P>[]>;
  /** What the client knows of an operation, by `"METHOD /path"` (as in the spec), if its family is attached. */
  operation(key: string): OperationInfo | undefined;
  /**
   * Teaches the client operations (`["METHOD /path", info]`): the family modules call it, so that raw
   * calls on their routes add the default `microtenantId`, name the operation in errors and page.
   */
  addOperations(entries: Iterable<readonly [string, OperationInfo]>): void;
}
