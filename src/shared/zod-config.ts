// zod compiles validators with `new Function` unless told not to. In the browser our
// Content-Security-Policy forbids eval, and even zod's probe for it is reported as a
// violation, so there zod runs without compiling. Every schema module imports this first,
// so the setting holds before any schema is built (whatever the bundle's chunk order).
import { z } from 'zod';

if (typeof document !== 'undefined') z.config({ jitless: true });
