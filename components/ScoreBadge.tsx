// A score as colour and number; the colour bands follow Lighthouse (0–49, 50–89, 90–100).
export function scoreBand(score: number | null): 'good' | 'average' | 'poor' | 'none' {
  if (score === null) return 'none';
  if (score >= 90) return 'good';
  if (score >= 50) return 'average';
  return 'poor';
}

export function ScoreBadge({ score, size = 'small', testId, label }: { score: number | null; size?: 'small' | 'large'; testId?: string; label: string }) {
  return (
    <span className={`score score-${size} band-${scoreBand(score)}`} data-testid={testId} aria-label={label} role="img">
      {score === null ? '–' : score}
    </span>
  );
}
