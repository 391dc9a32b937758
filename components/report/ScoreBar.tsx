/** A 0–100 score as a bar and its number; `label` stands in when nothing was assessed. */
export function ScoreBar({ score, label }: { score: number | null; label: string }) {
  return (
    <span className="score-bar">
      <span className="bar-track">{score === null ? null : <span className="bar-fill" style={{ width: `${score}%` }} />}</span>
      <span className="bar-number">{score ?? label}</span>
    </span>
  );
}
