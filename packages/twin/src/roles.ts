/** An administrator role as `GET …/roles` returns it. */
export interface Role {
  id: string;
  name: string;
  description: string;
  customRole: boolean;
  systemRole: boolean;
  restrictedRole: boolean;
  creationTime: string;
  modifiedTime: string;
  users: string;
  apiKeys: string;
  permissions: Array<{ permissionGroup: string; accessType: string }>;
}

/**
 * The roles every twin has. `144118148382065792` is the role id of the help page's example
 * payload, so the documented example creates an administrator as it is written.
 */
export const ROLES: readonly Role[] = [
  role("12", "ZPA Administrator", "Full access to the tenant", false, true, "FULL"),
  role("13", "ZPA Read Only Administrator", "Reads everything, changes nothing", false, true, "VIEW_ONLY"),
  role("144118148382065792", "Emergency Operations", "Custom role for break-glass operators", true, false, "FULL"),
];

function role(id: string, name: string, description: string, customRole: boolean, systemRole: boolean, access: string): Role {
  return {
    id,
    name,
    description,
    customRole,
    systemRole,
    restrictedRole: false,
    creationTime: "1667540273",
    modifiedTime: "1695815396",
    users: "0",
    apiKeys: "0",
    permissions: [
      { permissionGroup: "ADMINISTRATION", accessType: access },
      { permissionGroup: "EMERGENCY_ACCESS", accessType: access },
    ],
  };
}

/** Finds a role by id. */
export function findRole(id: string): Role | undefined {
  return ROLES.find((r) => r.id === id);
}
