/** A polite live region for "saved" and "sent" messages; always rendered, so that changes are announced. */
export function StatusMessage({ text, testId }: { text: string; testId?: string }) {
  return (
    <p
      className={text ? 'status-message' : 'status-message status-message--empty'}
      role="status"
      data-testid={testId}
    >
      {text}
    </p>
  );
}
