import { ROLES } from "./roles.js";
import type { AdministratorStore } from "./stores/administrators.js";
import type { EmergencyAccessStore } from "./stores/emergency-access.js";

const FIRST = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Radia", "Tim"];
const LAST = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Perlman", "Berners-Lee"];
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** mulberry32: a tiny seeded generator, so the same seed gives the same tenant. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fills the stores with generated users and administrators (in the Default Microtenant). */
export function seed(stores: { users: EmergencyAccessStore; admins: AdministratorStore }, counts: { users: number; admins: number }, seedValue = 1): void {
  const rand = prng(seedValue);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  for (let i = 0; i < counts.users; i++) {
    let userId = "00u";
    for (let k = 0; k < 17; k++) userId += ALPHABET[Math.floor(rand() * ALPHABET.length)];
    const firstName = pick(FIRST);
    const lastName = pick(LAST);
    stores.users.create(
      { emailId: `${firstName}.${lastName}.${i}@example.com`.toLowerCase(), firstName, lastName },
      { activateNow: rand() < 0.5, microtenantId: "0", userId },
    );
  }
  for (let i = 0; i < counts.admins; i++) {
    const role = pick(ROLES);
    let phone = "";
    for (let k = 0; k < 10; k++) phone += Math.floor(rand() * 10);
    stores.admins.create(
      { username: `admin${i}@example.com`, displayName: `${pick(FIRST)} ${pick(LAST)}`, phoneNumber: phone, roleId: role.id, twoFactorAuthEnabled: false, email: "" },
      "0",
      role.name,
    );
  }
}
