// Names and titles of the people who read statements, so headers look like the record's.
import type { Rng } from '../prng';

const GIVEN_M = ['Heidar Ali', 'Jean-Pierre', 'Tomás', 'Kwame', 'Rahul', 'Carlos', 'Lars', 'Dmitri', 'Kofi', 'Hiroshi', 'Ahmed', 'Piotr', 'Mehmet', 'Samuel', 'Thomas'];
const GIVEN_F = ['Maria', 'Aisha', 'Nathalie', 'Ingrid', 'Yuki', 'Olena', 'Fatima', 'Amina', 'Sofía', 'Elena', 'Nomvula', 'Isabel', 'Grace', 'Ana', 'Leila'];
const FAMILY = [
  'Balouji', 'Rodríguez', 'Dubois', 'Mensah', 'Andersson', 'Kumar', 'Tanaka', 'Kovalenko', 'Hernández', 'El-Sayed', 'Nielsen', 'Okafor', 'Petrov',
  'García', 'Boateng', 'Rossi', 'Yamamoto', 'Dlamini', 'Haddad', 'Silva', 'Nowak', 'Wanjiru', 'Yılmaz', 'Ferreira', 'Osei', 'Lindqvist', 'Nguyen',
  'Suleiman', 'Morales', 'Schmidt',
];
const ROLES = [
  'Ambassador and Permanent Representative', 'Deputy Permanent Representative', 'First Counselor', 'Counsellor', 'Second Secretary',
  'Cyber Affairs Coordinator', 'Director for International Security', 'Special Envoy for Cyber Affairs', 'Minister Counsellor', 'Head of Delegation',
];

export interface Person {
  name: string; // "Ms. Maria Rodríguez"
  role: string;
  ambassador: boolean;
}

export function person(rng: Rng): Person {
  const role = rng.pick(ROLES);
  const ambassador = /Ambassador|Envoy|Head/.test(role);
  const female = rng.chance(0.5);
  const title = rng.chance(0.15) ? 'Dr.' : female ? 'Ms.' : 'Mr.';
  return { name: `${ambassador ? 'H.E. ' : ''}${title} ${rng.pick(female ? GIVEN_F : GIVEN_M)} ${rng.pick(FAMILY)}`, role, ambassador };
}
