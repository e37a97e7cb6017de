declare const formats: Record<"int32" | "int64", { type: "number"; validate: (n: number) => boolean }>;
export = formats;
