import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  readonly role: 'dialog' | 'alertdialog';
  readonly title: string;
  /** Text that says what the dialog is about (read out with the title). */
  readonly description?: string;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}

/**
 * An in-page modal (the native `<dialog>` element: focus stays inside, Escape cancels, the page
 * behind is inert). Never the browser's own confirm or prompt.
 */
export function ModalDialog({ role, title, description, onCancel, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      role={role}
      className="modal"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault(); // the owner unmounts the dialog; the element must not close by itself
        onCancel();
      }}
    >
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      {description && <p id={descriptionId}>{description}</p>}
      {children}
    </dialog>
  );
}
