// One labelled field of the brand form: its hint, and its problem when it has one, tied to the
// control with aria-describedby so a screen reader reads them with it.
import type { ReactNode } from 'react';

export interface FieldProps {
  id: string;
  label: string;
  hint: string;
  /** The field's problem, already in the page's language. */
  problem?: string;
  /** Shown after the hint, e.g. a character count. */
  aside?: string;
  children: (control: { id: string; describedBy: string; invalid: boolean }) => ReactNode;
}

export function Field({ id, label, hint, problem, aside, children }: FieldProps) {
  const describedBy = problem ? `${id}-hint ${id}-problem` : `${id}-hint`;
  return (
    <div className={problem ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: Boolean(problem) })}
      <p className="hint" id={`${id}-hint`}>
        {hint}
        {aside ? <span className="count">{aside}</span> : null}
      </p>
      {problem ? (
        <p className="problem" id={`${id}-problem`} data-testid={`${id}-problem`}>
          {problem}
        </p>
      ) : null}
    </div>
  );
}
