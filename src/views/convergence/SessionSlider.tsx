// The session slider: which session the matrix and the map show (positions as held at its
// end), with a play button that replays the sessions one by one.
import { useEffect, useId, useState } from 'react';

export interface SessionSliderProps {
  sessions: readonly number[]; // ascending
  at: number;
  labelOf: (session: number) => string;
  onChange: (session: number) => void;
  stepMs?: number; // replay speed, default 1200 ms a session
}

export function SessionSlider({ sessions, at, labelOf, onChange, stepMs = 1200 }: SessionSliderProps) {
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const index = Math.max(0, sessions.indexOf(at));
  const lastIndex = sessions.length - 1;

  useEffect(() => {
    if (!playing) return;
    if (index >= lastIndex) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => onChange(sessions[index + 1]!), stepMs);
    return () => clearTimeout(timer);
  }, [playing, index, lastIndex, sessions, onChange, stepMs]);

  const play = () => {
    if (playing) return setPlaying(false);
    if (index >= lastIndex) onChange(sessions[0]!);
    setPlaying(true);
  };

  return (
    <div className="session-slider" data-testid="session-slider">
      <label htmlFor={id}>
        As of the end of: <strong data-testid="slider-label">{labelOf(at)}</strong>
      </label>
      <div className="session-slider-row">
        <button type="button" onClick={play} aria-pressed={playing} disabled={sessions.length < 2}>
          {playing ? 'Pause' : 'Replay sessions'}
        </button>
        <input
          id={id}
          type="range"
          min={0}
          max={lastIndex}
          step={1}
          value={index}
          aria-valuetext={labelOf(at)}
          onChange={(e) => {
            setPlaying(false);
            onChange(sessions[Number(e.target.value)]!);
          }}
        />
        <span className="muted small">
          {labelOf(sessions[0]!)} – {labelOf(sessions[lastIndex]!)}
        </span>
      </div>
    </div>
  );
}
