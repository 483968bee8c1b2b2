/** A lazy namespace of the test widget (like the leave rule texts): only the result needs it. */
const nl = { detail: 'Uitleg bij je resultaat.' };
export type TestExtraMessages = typeof nl;
export default nl;
