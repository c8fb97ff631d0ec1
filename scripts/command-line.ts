// The command-line tools' options: node's parseArgs, with the usage line on --help and a
// one-line error (exit 2) for an unknown or malformed option instead of a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The values of `options` in argv; --help prints `usage` and exits 0, a usage error prints
 *  itself and `usage` and exits 2. */
export function commandLineOptions<O extends Options>(options: O, usage: string) {
  if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  try {
    return parseArgs({ options, strict: true }).values;
  } catch (e) {
    if (!String((e as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')) throw e;
    process.stderr.write(`error: ${(e as Error).message}\n${usage}\n`);
    process.exit(2);
  }
}
