import type { Transport } from "./http/transport";
import type { OperationModel, SpecModel } from "./spec-model";

/** The target could not be reached at all (exit code 2, like bad usage, not a contract failure). */
export class TargetUnreachableError extends Error {}

/** A client id and secret for the spec's credential exchange. */
export interface Credentials {
  clientId: string;
  clientSecret: string;
}

/** Operations that exchange credentials (no token, a write-only secret in the body). */
export function isCredentialExchange(op: OperationModel): boolean {
  return !op.secured && !!op.body && Object.values<any>(op.body.schema.properties ?? {}).some((p) => p.writeOnly);
}

/**
 * Operations that end the session of the token they carry (`POST /signout`). Sent with the run's
 * token they would end the run's own session, so they get a session of their own.
 */
export function endsSession(op: OperationModel): boolean {
  return op.secured && !op.body && /\/(sign-?out|log-?out)$/i.test(op.path);
}

/** The credentials given, else `ZPA_CLIENT_ID` / `ZPA_CLIENT_SECRET` when both are set. */
export function credentialsFrom(given: Credentials | undefined): Credentials | undefined {
  if (given) return given;
  const clientId = process.env.ZPA_CLIENT_ID;
  const clientSecret = process.env.ZPA_CLIENT_SECRET;
  return clientId && clientSecret ? { clientId, clientSecret } : undefined;
}

/**
 * Exchanges the credentials for a token through the spec's credential exchange and hands it to
 * the transport. Returns false when the spec has no such operation; throws when it yields no token.
 */
export async function signIn(model: SpecModel, transport: Transport, credentials: Credentials): Promise<boolean> {
  transport.redactor.add(credentials.clientSecret);
  const token = await newSession(model, transport, credentials);
  if (token === undefined) return false;
  transport.token = token;
  return true;
}

/**
 * A token of a session of its own (the transport's token is left as it is); undefined when the
 * spec has no credential exchange, and an error when the exchange yields no token.
 */
export async function newSession(model: SpecModel, transport: Transport, credentials: Credentials): Promise<string | undefined> {
  const op = model.operations.find(isCredentialExchange);
  if (!op) return undefined;
  transport.redactor.add(credentials.clientSecret);
  const { exchange: x, secret: token } = await transport.sendForSecret(op, { path: {}, query: {}, body: { client_id: credentials.clientId, client_secret: credentials.clientSecret } }, (body) => (body as { access_token?: unknown } | undefined)?.access_token);
  if (token === undefined) {
    if (!x.response) throw new TargetUnreachableError(`The target did not answer the sign-in at ${op.path}: ${x.error ?? "no response"}`);
    throw new Error(`Could not obtain a token from ${op.path}: ${x.response.status}`);
  }
  return token;
}
