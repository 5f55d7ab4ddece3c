import { useEffect, useId, useRef, useState, type DragEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';

interface FileDropProps {
  file: File | null;
  onFile: (file: File | null) => void;
  disabled?: boolean;
  /** The native input, for a caller that moves focus to it. */
  inputRef?: RefObject<HTMLInputElement | null>;
}

/**
 * A file picker that also takes a dropped file. The native file input stays the control: it is
 * reachable with the keyboard and announced by screen readers; the drop zone is only a bigger target.
 */
export function FileDrop({ file, onFile, disabled, inputRef }: FileDropProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const inputId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);
  const ownInput = useRef<HTMLInputElement>(null);
  const input = inputRef ?? ownInput;

  // The native input keeps showing its file on its own: empty it once the page has let the file go.
  useEffect(() => {
    if (!file && input.current) input.current.value = '';
  }, [file, input]);

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    onFile(event.dataTransfer.files[0] ?? null);
  };

  return (
    <div
      className={dragging ? 'file-drop file-drop--active' : 'file-drop'}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
      data-testid="file-drop"
    >
      <label htmlFor={inputId} className="file-drop__label">
        {t('exchange.import.fileLabel')}
      </label>
      <p id={hintId} className="field__hint">
        {t('exchange.import.fileHint')}
      </p>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={hintId}
        disabled={disabled}
        onChange={(event) => onFile(event.target.files?.[0] ?? null)}
        data-testid="import-file"
      />
      {file && (
        <p className="file-drop__chosen" aria-live="polite">
          {t('exchange.import.chosen', {
            name: file.name,
            size: format.number(Math.max(1, Math.round(file.size / 1024))),
          })}
        </p>
      )}
    </div>
  );
}
