import { invalidInput } from "../http-error.js";
import type { FamilyRules } from "../engine/engine.js";
import { ROLES } from "../roles.js";

/** Administrators: a role of the tenant (checked as a reference), a confirmed password that is never stored, the role shown by name. */
export const administrators: FamilyRules = {
  family: "administrators",
  resources: {
    Administrator: {
      check(body) {
        if (body && body.confirmPassword !== undefined && body.confirmPassword !== body.password) {
          throw invalidInput("confirmPassword does not match password", ["confirmPassword"]);
        }
      },
      present(data, engine) {
        const role = engine.store("Role").find(String(data.roleId));
        return { ...data, role: { id: String(data.roleId), name: String(role?.data.name ?? "") } };
      },
    },
  },
};

/** Roles: every tenant has the system roles, plus the custom role of the help page's example payload. */
export const administratorRoles: FamilyRules = {
  family: "administrator-roles",
  seed(engine) {
    const def = engine.resources.get("Role");
    if (!def) return;
    for (const role of ROLES) engine.insert(def, { ...role, permissions: role.permissions.map((p) => ({ ...p })) }, "0", {});
  },
};
