// A small, independent iCalendar reader for tests (unit and e2e): unfolds lines, splits
// properties and parameters, unescapes TEXT. Written from RFC 5545, not from the serializer.

export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface ParsedIcs {
  calendar: Record<string, IcsProperty>;
  events: Array<Record<string, IcsProperty>>;
}

export function unfold(text: string): string[] {
  if (/[^\r]\n/.test(text) || /\r(?!\n)/.test(text)) throw new Error('Lines must end with CRLF');
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l, i, all) => l !== '' || i < all.length - 1);
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function parseLine(line: string): IcsProperty {
  const colon = line.indexOf(':');
  if (colon < 0) throw new Error(`Not a content line: ${line}`);
  const [name, ...params] = line.slice(0, colon).split(';');
  return {
    name: name.toUpperCase(),
    params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
    value: line.slice(colon + 1),
  };
}

export function parseIcs(text: string): ParsedIcs {
  const lines = unfold(text);
  if (lines[0] !== 'BEGIN:VCALENDAR' || lines.at(-1) !== 'END:VCALENDAR') throw new Error('Not a VCALENDAR');
  const calendar: Record<string, IcsProperty> = {};
  const events: ParsedIcs['events'] = [];
  let current: Record<string, IcsProperty> | null = null;
  for (const line of lines.slice(1, -1)) {
    const prop = parseLine(line);
    if (prop.name === 'BEGIN' && prop.value === 'VEVENT') current = {};
    else if (prop.name === 'END' && prop.value === 'VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) current[prop.name] = prop;
    else calendar[prop.name] = prop;
  }
  return { calendar, events };
}
