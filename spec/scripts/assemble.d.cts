/** Types for scripts/assemble.cjs (plain CommonJS: it runs before anything is built). */
export declare class SpecSourceError extends Error {}
export declare function assembleSpec(rootText: string, families: Array<{ file: string; text: string }>, rootFile?: string): Record<string, any>;
export declare function assembleSpecDir(dir: string): Record<string, any>;
export declare function readFamilySources(dir: string): Array<{ file: string; text: string }>;
