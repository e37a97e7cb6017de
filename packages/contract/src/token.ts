import { UsageError } from "./cli-options";
import { Transport } from "./http/transport";
import { newSession } from "./sign-in";
import { loadSpecModel } from "./spec-model";
import { resolveTarget } from "./targets/resolve-target";

/**
 * Prints a token for the target's credentials to stdout and nothing else, so that
 * `export ZPA_TOKEN=$(zpa-conformance token --target URL)` works. The secret is read from the
 * environment only (`ZPA_CLIENT_SECRET`): on a command line it would land in the shell history.
 */
export async function printToken(options: { target: string; cloud?: string; clientId?: string }): Promise<void> {
  const clientSecret = process.env.ZPA_CLIENT_SECRET;
  if (!options.clientId || !clientSecret) throw new UsageError("token needs ZPA_CLIENT_ID (or --client-id) and ZPA_CLIENT_SECRET in the environment");
  const target = await resolveTarget(options.target, options.cloud);
  const transport = new Transport({ baseUrl: target.baseUrl, rateLimit: target.remote });
  try {
    const token = await newSession(loadSpecModel(), transport, { clientId: options.clientId, clientSecret }).catch((e: Error) => {
      const status = /: (\d{3})$/.exec(e.message)?.[1];
      throw status === "401" || status === "403" || status === "400" ? new UsageError(`the target refused the credentials (${status} from the sign-in): check ZPA_CLIENT_ID and ZPA_CLIENT_SECRET for this target`) : e;
    });
    if (!token) throw new UsageError("the spec has no credential exchange to get a token from");
    process.stdout.write(`${token}\n`);
  } finally {
    transport.close();
    await target.stop();
  }
}
