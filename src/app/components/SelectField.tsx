// A labelled drop-down: the quarter, the fund, a filter, a city. The label
// wraps the select, so a click on the words opens it and a screen reader
// names it.
import type { ReactNode } from 'react';
import { useLang } from '../i18n/LangProvider';
import { zhLangOf } from './ZhText';

export interface SelectOption {
  value: string;
  label: ReactNode;
}

interface SelectFieldProps {
  label: string;
  /** `field` (the default) in a toolbar, `control` in the header. */
  className?: string;
  testId: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  disabled?: boolean;
}

export function SelectField({ label, className = 'field', testId, value, options, onChange, disabled }: SelectFieldProps) {
  const lang = useLang();
  return (
    <label className={className}>
      <span>{label}</span>
      <select data-testid={testId} value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map((o) => (
          // A region's name among the options: in Chinese for an English screen reader.
          <option key={o.value} value={o.value} lang={zhLangOf(o.label, lang)}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
