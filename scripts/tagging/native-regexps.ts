// V8 runs a new regular expression in its bytecode interpreter first and compiles it to machine
// code later ("tier-up"). With the codebook's few hundred large cue patterns, about one process
// in three kept running many of them interpreted, and tagging took 2-3 times as long (measured:
// the same 10 passes over data/raw took 2.5 s or 7 s at random). Compiling every pattern at once
// removes the slow runs. Set where the codebook is compiled, before any of its patterns runs;
// the flag is process-wide and V8 reads it when a pattern first runs.
import { setFlagsFromString } from 'node:v8';

export function compileRegexpsToMachineCode(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
