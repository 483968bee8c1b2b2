/**
 * The widget's `mz-error` for partner JSON, told to a webmaster in plain English: which part, in words
 * ("the phone number of offer 1"), and what to check. The field path is shown next to it, never alone.
 * Pure, so it is tested without a page.
 */
const WORDS: Record<string, string> = {
  offers: 'offer',
  extraLeave: 'extra leave entry',
  name: 'name',
  description: 'description',
  phone: 'phone number',
  email: 'e-mail address',
  website: 'website',
  url: 'link',
  tags: 'tags',
  bands: 'result levels (bands)',
  audience: 'audience',
  address: 'address',
  hours: 'opening hours',
  hrContact: 'HR contact',
  employerName: 'employer name',
  intranetUrl: 'intranet link',
  days: 'number of days',
  paid: 'paid (yes, no or partly)',
  premium: 'municipal premium',
  amount: 'amount',
  period: 'period',
  conditions: 'conditions',
  validFrom: 'start date',
  validUntil: 'end date',
  schoolContact: 'school contact',
  text: 'text',
  finderUrl: 'association finder link',
  recognitionQuizUrl: 'recognition quiz link',
  leaveCalculatorUrl: 'leave calculator link',
  nl: 'Dutch text',
  fr: 'French text',
  en: 'English text',
  de: 'German text',
};

/** `offers[0].phone` → "the phone number of offer 1". */
export function pathInWords(path: string): string {
  const tokens = path.match(/[A-Za-z_$][\w$-]*|\[\d+\]/g) ?? [];
  const parts: Array<{ word: string; n?: number }> = [];
  for (const t of tokens) {
    const index = /^\[(\d+)\]$/.exec(t);
    const last = parts[parts.length - 1];
    if (index && last && last.n === undefined) last.n = Number(index[1]) + 1;
    else if (!index) parts.push({ word: WORDS[t] ?? `“${t}”` });
  }
  if (!parts.length) return 'a part of it';
  return parts
    .reverse()
    .map((p) => (p.n === undefined ? `the ${p.word}` : `${p.word} ${p.n}`))
    .join(' of ');
}

/** What to check, by the last field of the path. */
function hint(path: string): string {
  const field = /([A-Za-z_$][\w$-]*)(?:\[\d+\])?$/.exec(path)?.[1] ?? '';
  if (field === 'phone') return 'Write it with digits, like 050 12 34 56.';
  if (field === 'email') return 'Write one address, like name@example.be.';
  if (/url|website|href/i.test(field)) return 'Write a full address that starts with https://.';
  if (['tags', 'bands', 'audience', 'paid', 'period'].includes(field)) return "Use only the values the widget's README lists.";
  if (['days', 'amount'].includes(field)) return 'Write a number without quotes, like 2.';
  if (/^valid/.test(field)) return 'Write a date as YYYY-MM-DD, like 2026-01-01.';
  if (['name', 'description', 'text', 'conditions', 'hours', 'address', 'employerName'].includes(field)) return 'Write text, or an object with a text per language: { "nl": "…", "fr": "…" }.';
  return "Check its form against the example in the widget's README.";
}

/** The detail inside the message's outer brackets (every language writes `(path)`). */
function bracketed(message: string): string | undefined {
  const open = message.indexOf('(');
  const close = message.lastIndexOf(')');
  return open >= 0 && close > open ? message.slice(open + 1, close) : undefined;
}

export interface PlainIssue {
  text: string;
  /** The JSON path or attribute, shown after the sentence as a reference. */
  where?: string;
}

export function plainIssue(code: string, message: string): PlainIssue {
  if (code === 'bad-config') {
    const path = bracketed(message);
    if (!path || path === '(root)') return { text: 'The partner JSON must be one object between curly braces { … }. The widget uses its built-in information instead.' };
    if (/^[A-Za-z_$][\w$-]*$/.test(path) && !(path in WORDS)) {
      return { text: `“${path}” is not something this widget reads, so it was left out. Check the spelling against the widget's README.`, where: path };
    }
    return {
      text: `The widget could not use ${pathInWords(path)}, so it left that part out and kept the rest. ${hint(path)}`,
      where: path,
    };
  }
  if (code === 'bad-attribute') {
    const name = /["„«“]\s?([\w-]+)\s?["“»”]/.exec(message)?.[1];
    return { text: `The setting ${name ? `“${name}” ` : ''}has a value this widget does not know, so it uses its default.`, where: name };
  }
  if (code === 'bad-json') return { text: 'The partner JSON could not be read.' };
  return { text: message };
}

/** A JSON.parse error in plain words, with the line and column when the engine gives a position. */
export function jsonSyntaxIssue(source: string, error: unknown): PlainIssue {
  const msg = error instanceof Error ? error.message : String(error);
  const lc = /line (\d+) column (\d+)/.exec(msg);
  let where: string | undefined;
  if (lc) where = `line ${lc[1]}, column ${lc[2]}`;
  else {
    const pos = /position (\d+)/.exec(msg);
    if (pos) {
      const before = source.slice(0, Number(pos[1])).split('\n');
      where = `line ${before.length}, column ${before[before.length - 1].length + 1}`;
    }
  }
  return {
    text: `This is not valid JSON${where ? ` (near ${where})` : ''}. The usual causes: a missing comma between two entries, a comma after the last one, or text without "double quotes".`,
  };
}
