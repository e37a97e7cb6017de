import { TwinHttpError, type TwinResponse } from "../http-error.js";
import type { FamilyRules, OpContext } from "../engine/engine.js";
import { newIdpUserId } from "./idp-user-id.js";

const epoch = (ms: number) => String(Math.floor(ms / 1000));

/** The user life cycle the pages describe: which action a state allows, and where it leads. */
const MACHINE = {
  activate: { allowedBy: "allowedActivate", to: (now: number) => ({ userStatus: "Active", activatedOn: epoch(now), allowedActivate: false, allowedDeactivate: true }) },
  deactivate: { allowedBy: "allowedDeactivate", to: () => ({ userStatus: "Deprovisioned", allowedActivate: true, allowedDeactivate: false }) },
} as const;

function transition(action: keyof typeof MACHINE) {
  return (ctx: OpContext): TwinResponse => {
    const def = ctx.engine.resources.get("EmergencyAccessUser")!;
    const user = ctx.engine.mustFind(def, ctx);
    if (user.data[MACHINE[action].allowedBy] !== true) {
      throw new TwinHttpError(409, "invalid.state", `The user cannot be ${action}d in its current state`, [user.id]);
    }
    ctx.engine.replace(def, user, { ...user.data, ...MACHINE[action].to(ctx.engine.now()) });
    return { status: 200 };
  };
}

/** Emergency access users: IdP ids, staged or active on create, names the only editable fields, no delete. */
export const emergencyAccess: FamilyRules = {
  family: "emergency-access",
  resources: {
    EmergencyAccessUser: {
      newId: (engine) => {
        const store = engine.store("EmergencyAccessUser");
        let id = newIdpUserId();
        while (store.has(id)) id = newIdpUserId();
        return id;
      },
      editable: ["firstName", "lastName"],
      onCreate(data, ctx) {
        delete data.activatedOn;
        delete data.lastLoginTime;
        Object.assign(data, { userStatus: "Staged", allowedActivate: true, allowedDeactivate: false, updateEnabled: true });
        if (ctx.query.activateNow === true) Object.assign(data, MACHINE.activate.to(ctx.engine.now()));
      },
    },
  },
  operations: {
    activateEmergencyAccessUser: transition("activate"),
    deactivateEmergencyAccessUser: transition("deactivate"),
  },
};
