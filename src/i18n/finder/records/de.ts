// The finder records' texts in this language, as a lazy namespace: loaded only for its readers, and
// only once a result or the list needs them. The texts themselves live with the records' data.
import { texts } from '../../../data/finder/texts/de.js';

export default texts;
