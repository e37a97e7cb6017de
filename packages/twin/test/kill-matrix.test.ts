import { familyMatrix, killMatrix, type MutationRow } from "../src/kill-matrix";

const row = (fault: string, caught: Record<string, string[]>, error?: string): MutationRow => ({ fault, caughtBy: new Map(Object.entries(caught)), seconds: 1, error });

describe("kill matrix", () => {
  it("marks each fault × check that went red, and says which faults were missed", () => {
    const table = killMatrix([
      row("(healthy)", {}),
      row("create-returns-200", { status_code_conformance: ["createAdministrator"] }),
      row("microtenant-leak", {}),
      row("broken-run", {}, "suite crashed"),
    ]);
    expect(table.split("\n")).toEqual([
      "| fault | status_code_conformance | verdict |",
      "| --- | :---: | --- |",
      "| (healthy) |  | green |",
      "| create-returns-200 | X | caught |",
      "| microtenant-leak |  | MISSED |",
      "| broken-run |  | error: suite crashed |",
    ]);
  });

  it("a red healthy twin is called out", () => {
    expect(killMatrix([row("(healthy)", { round_trip: ["updateAdministrator"] })])).toContain("RED (healthy twin failed)");
  });
});

describe("family matrix", () => {
  it("marks each fault × family where a check went red", () => {
    const family = (op: string) => ({ createAdministrator: "administrators", listSegmentGroups: "segment-groups" })[op];
    const table = familyMatrix([row("(healthy)", {}), row("id-as-number", { round_trip: ["createAdministrator"], pagination_walk: ["listSegmentGroups"] })], family);
    expect(table.split("\n")).toEqual([
      "| fault | administrators | segment-groups |",
      "| --- | :---: | :---: |",
      "| (healthy) |  |  |",
      "| id-as-number | X | X |",
    ]);
  });
});
