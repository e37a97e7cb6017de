import type { Client } from "openapi-fetch";
import type { PaginateOptions } from "./paginate";
import type { RequestOptions } from "./request-options";
import type { ListItem, ListPath, ZpaPaths } from "./zpa-paths";

type Raw = Client<ZpaPaths>;

/** The typed raw methods plus what the resource helpers are built from. */
export interface ZpaClientCore {
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
  /** Iterates over every item of a list operation (see {@link paginate}). */
  paginate<P extends ListPath>(path: P, options?: PaginateOptions<P>): AsyncIterableIterator<ListItem<P>>;
  /** Every item of a list operation, as an array. */
  collectAll<P extends ListPath>(path: P, options?: PaginateOptions<P>): Promise<ListItem<P>[]>;
}
