import type { operations, paths } from "./generated/schema.gen";

type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
type WithoutCustomerId<P> = P extends { customerId: infer C } ? Omit<P, "customerId"> & { customerId?: C } : P;
/** A query whose `microtenantId` may be `null`, which removes the client's default for one call (e.g. a read across Microtenants). */
export type NullableMicrotenant<Q> = Q extends { microtenantId?: infer M } ? Omit<Q, "microtenantId"> & { microtenantId?: M | null } : Q;
type PathPart<P> = P extends { path: infer X }
  ? RequiredKeys<WithoutCustomerId<X>> extends never
    ? { path?: WithoutCustomerId<X> }
    : { path: WithoutCustomerId<X> }
  : P extends { path?: infer X }
    ? { path?: X }
    : {};
type QueryPart<P> = P extends { query?: infer Q } ? { query?: NullableMicrotenant<Q> } : {};
type FillParams<P> = Omit<P, "path" | "query"> & PathPart<P> & QueryPart<P>;
type FillOperation<Op> = { [K in keyof Op]: K extends "parameters" ? FillParams<Op[K]> : Op[K] };

/**
 * The spec's `paths` as callers of this client see them: `customerId` is optional (the client
 * fills it in) and `microtenantId` may be `null` to drop the client's default for one call.
 */
export type ZpaPaths = {
  [P in keyof paths]: { [M in keyof paths[P]]: M extends HttpMethod ? FillOperation<paths[P][M]> : paths[P][M] };
};

type ListQuery<Q> = "page" extends keyof Q ? true : "pageId" extends keyof Q ? true : false;

/** Paths whose GET returns a paged list (either paging style). */
export type ListPath = {
  [P in keyof paths]: paths[P] extends { get: { parameters: { query?: infer Q } } } ? (ListQuery<NonNullable<Q>> extends true ? P : never) : never;
}[keyof paths];

/** The item type of a list answer: an array, `{items}` (cursor pages) or `{list}` (numbered pages). */
export type ItemOf<D> = D extends readonly (infer I)[] ? I : D extends { items: (infer I)[] } ? I : D extends { list?: (infer I)[] } ? I : never;

/** The item type a list path's pages hold. */
export type ListItem<P extends ListPath> = ItemOf<paths[P]["get"]["responses"][200]["content"]["application/json"]>;

/** Query parameters a list path accepts (the paging ones are managed by the iterator, but may seed it). */
export type ListParams<P extends ListPath> = NullableMicrotenant<NonNullable<paths[P]["get"]["parameters"]["query"]>>;

/** The query parameters of an operation as the client takes them (`microtenantId` may be `null`). */
export type OperationQuery<Op extends keyof operations> = NullableMicrotenant<NonNullable<operations[Op]["parameters"]["query"]>>;
