import type { operations } from "./generated/schema.gen";
import type { ItemOf, NullableMicrotenant } from "./zpa-paths";

/** An operation of the spec, by operationId. */
export type OperationId = keyof operations;

type Params<K extends OperationId> = NonNullable<operations[K]["parameters"]>;

/** The type of path parameter `N` of operation `K`. */
export type PathParam<K extends OperationId, N extends string> = Params<K> extends { path: infer P } ? (N extends keyof P ? P[N] : never) : never;

/** The query parameters of operation `K` as a helper takes them (`microtenantId` may be `null`). */
export type Query<K extends OperationId> = NullableMicrotenant<Params<K> extends { query?: infer Q } ? NonNullable<Q> : never>;

/** The request body of operation `K` (its only media type). */
export type Body<K extends OperationId> = operations[K]["requestBody"] extends infer B ? (NonNullable<B> extends { content: infer C } ? C[keyof C] : never) : never;

type Content<R> = R extends { content: infer C } ? C[keyof C] : void;

/** What a helper of operation `K` resolves to: the body of its success answer (`void` for 204 and empty answers). */
export type Result<K extends OperationId> = operations[K]["responses"] extends infer R
  ? 200 extends keyof R
    ? Content<R[200]>
    : 201 extends keyof R
      ? Content<R[201]>
      : void
  : never;

/** The items a paged list operation `K` yields. */
export type ListItemOf<K extends OperationId> = ItemOf<Result<K>>;
