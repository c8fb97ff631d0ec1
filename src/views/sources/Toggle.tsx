// A button that shows or hides a panel (a form, the notes). The panel is only rendered while
// open, which keeps a long document light. `openByDefault` applies until the user chooses.
// The panel may close itself with a message ("Correction saved"), shown beside the button.
import { useId, useState, type ReactNode } from 'react';

export function Toggle({ label, openByDefault = false, children }: { label: string; openByDefault?: boolean; children: (close: (message?: string) => void) => ReactNode }) {
  const [choice, setChoice] = useState<boolean | null>(null);
  const [message, setMessage] = useState('');
  const open = choice ?? openByDefault;
  const id = useId();
  const close = (text = '') => {
    setChoice(false);
    setMessage(text);
  };
  return (
    <div className="toggle">
      <button
        type="button"
        className="toggle-button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => {
          setChoice(!open);
          setMessage('');
        }}
      >
        {label}
      </button>
      {message && (
        <span role="status" className="small toggle-message">
          {message}
        </span>
      )}
      {open && (
        <div id={id} className="toggle-panel">
          {children(close)}
        </div>
      )}
    </div>
  );
}
