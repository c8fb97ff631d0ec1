// zod compiles validators with `new Function` unless told not to; our Content-Security-Policy
// forbids eval, and even zod's probe for it is reported as a violation. Imported first.
import { z } from 'zod';

z.config({ jitless: true });
