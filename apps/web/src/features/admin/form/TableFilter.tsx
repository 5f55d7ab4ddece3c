import { useId } from 'react';

interface TableFilterProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** The search box above an admin table: narrows the rows as the user types. */
export function TableFilter({ label, value, onChange }: TableFilterProps) {
  const id = useId();
  return (
    <div className="filters" role="search">
      <div className="field field--grow">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="search"
          autoComplete="off"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
    </div>
  );
}
