// The picker of a named group (named-groups.ts). A full record has hundreds of joint
// statements: the options are made once per list, and the select has a set width, so the
// browser does not measure every option's text to size it (tens of ms at each page change).
import { useMemo } from 'react';
import type { NamedGroup } from './named-groups';
import './group-select.css';

export interface GroupSelectProps {
  groups: readonly NamedGroup[];
  value: string | null;
  onChange: (id: string | null) => void;
  anyLabel: string; // the option for no group
  testId?: string;
}

export function GroupSelect({ groups, value, onChange, anyLabel, testId }: GroupSelectProps) {
  const options = useMemo(
    () =>
      groups.map((g) => (
        <option key={g.id} value={g.id} title={g.label}>
          {g.label}
        </option>
      )),
    [groups],
  );
  return (
    <select className="group-select" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} data-testid={testId}>
      <option value="">{anyLabel}</option>
      {options}
    </select>
  );
}
