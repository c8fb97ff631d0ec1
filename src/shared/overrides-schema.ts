// One human correction of the tagger, as data/overrides.yaml lists them and as the app
// exports them: add, remove or change one (statement, actor, issue) tag, with a reason and who.
import './zod-config';
import { z } from 'zod';

export const overrideSchema = z
  .object({
    statement: z.string().regex(/^[a-z0-9][a-z0-9._-]*#\d+$/, 'expected a statement id like "file.txt#3"'),
    actor: z.string().min(1),
    issue: z.string().min(1),
    action: z.enum(['add', 'remove', 'change']),
    position: z.string().nullable().default(null),
    value: z.union([z.number(), z.tuple([z.number(), z.number()])]).nullable().default(null),
    reason: z.string().min(1),
    by: z.string().min(1),
  })
  .refine((o) => o.action === 'remove' || o.position !== null, { message: 'add and change need a position', path: ['position'] });
export type Override = z.infer<typeof overrideSchema>;
