/** The path of `entry` (a TypeScript file) bundled as an ES module, its packages left as imports. */
export function bundled(entry: string): Promise<string>;
/** The path of `entry` bundled, if bundled() has already written it. */
export function bundledAlready(entry: string): string | undefined;
