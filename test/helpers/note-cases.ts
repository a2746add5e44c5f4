// What the header-note tests read from a `--by none --format json` run, and the files they share.

export const total = (r: { stdout: string }) => JSON.parse(r.stdout).total.cases;

/** with conditions, completed, terminated, resolved, rate, met of the total's cases */
export const cases = (r: { stdout: string }) => {
  const c = total(r);
  return [c.withConditions, c.completed, c.terminated, c.resolved, c.rate, c.met];
};

/** Mỹ Lộc 100 / 70 with 10 terminated, Vụ Bản 200 / 130 with 20. */
export const ROWS = ['1,Mỹ Lộc,100,70,10', '2,Vụ Bản,200,130,20'];
/** The column read as resolved (holding đình chỉ): 300 / 200, 66.67 %, target 73 missed. */
export const AS_RESOLVED = ['300', null, '30', '200', '66.67', false];
/** The column read as completed, đình chỉ added: 300 / 230, 76.67 %, met. */
export const AS_COMPLETED = ['300', '200', '30', '230', '76.67', true];

/** The refusal of a header's note thads does not read, at FILE:col. */
export const noteRefusal = (col: string, header: string, note: string, guess: string) =>
  `FILE:${col}: error: column "${header}" says what it counts of another field ("${note}"), which thads does not read: it would have to guess ${guess} [HEADER_NOTE_UNREAD]`;
