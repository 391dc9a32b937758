import type { Report } from '../engine/audit';
import { incompleteReasons } from '../i18n/incomplete';
import { ui } from '../i18n/translate';
import { useLocale } from './locale';

/** Says plainly that the audit is partial and why, above the pain points. */
export function IncompleteNotice({ report }: { report: Report }) {
  const locale = useLocale();
  const reasons = incompleteReasons(locale, {
    incomplete: report.incomplete,
    errors: report.collectorErrors,
    scan: report.scan,
    unchecked: report.stages.reduce((sum, stage) => sum + stage.unchecked.length, 0),
  });
  if (reasons.length === 0) return null;
  return (
    <section className="warning" data-testid="incomplete" role="status">
      <strong>{ui(locale, 'incompleteTitle')}</strong>
      <ul>
        {reasons.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
