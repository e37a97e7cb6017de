import { randomBytes } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A new identity-provider style id such as `00u2gg2qairRJf71G756`. */
export function newIdpUserId(random: (n: number) => Buffer = randomBytes): string {
  const bytes = random(17);
  let id = "00u";
  for (const b of bytes) id += ALPHABET[b % ALPHABET.length];
  return id;
}
