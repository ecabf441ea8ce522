/** A plain GET form to open a year's page (works without JavaScript). */
export function YearPicker(props: { kind: string; label: string; defaultYear: number; button: string }) {
  const id = `year-${props.kind}`;
  return (
    <form className="row" method="get" action="/admin/calendars/open" style={{ marginTop: '0.8rem' }}>
      <input type="hidden" name="kind" value={props.kind} />
      <div className="field">
        <label htmlFor={id}>{props.label}</label>
        <input id={id} name="year" inputMode="numeric" defaultValue={props.defaultYear} pattern="\d{4}" required />
      </div>
      <button type="submit" style={{ marginBottom: '0.8rem' }}>
        {props.button}
      </button>
    </form>
  );
}
