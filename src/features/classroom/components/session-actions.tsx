import { useGlossary } from "./glossary.tsx";

/** The header's classroom buttons: the glossary, printing the worksheet, handing in. */
export function SessionActions({
  buttonClass,
  primaryClass,
  readOnly,
  onPrint,
  onHandIn,
}: {
  /** The page header's button styles, so these match the header they sit in. */
  readonly buttonClass: string;
  readonly primaryClass: string;
  /** A handed-in copy: nothing more to hand in. */
  readonly readOnly: boolean;
  readonly onPrint: () => void;
  readonly onHandIn: () => void;
}) {
  const glossary = useGlossary();
  return (
    <>
      <button type="button" className={buttonClass} onClick={() => glossary?.open()}>
        Glossary
      </button>
      <button type="button" className={buttonClass} onClick={onPrint} data-print-worksheet="">
        Print<span className="max-sm:sr-only">&nbsp;worksheet</span>
      </button>
      {readOnly ? null : (
        <button type="button" className={primaryClass} onClick={onHandIn} data-hand-in="">
          Hand in
        </button>
      )}
    </>
  );
}
