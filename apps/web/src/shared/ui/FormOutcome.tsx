/**
 * How a form's last submission went: a polite status line, always rendered so that a new notice is
 * announced, and an alert for a failure that no single field explains.
 */
export function FormOutcome({
  notice,
  failure,
  statusTestId,
}: {
  notice: string | null;
  failure: string | null;
  statusTestId: string;
}) {
  return (
    <>
      <p role="status" className={notice ? 'notice' : undefined} data-testid={statusTestId}>
        {notice}
      </p>
      {failure && (
        <p className="error-message" role="alert">
          {failure}
        </p>
      )}
    </>
  );
}
