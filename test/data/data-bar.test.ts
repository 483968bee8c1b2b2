/**
 * The data bar over the data itself: every module under src/data is imported (the file list comes
 * from the test server, so a new file cannot be forgotten) and every dated figure it exports is
 * checked by `checkDatedFigures`. The negative controls prove the walk fails on a bad table.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { checkDatedFigures, isIsoDate } from './dated-figures.js';

// No top-level await under the es2021 target: the modules load in `before`, problems are listed by path.
const modules: Array<{ file: string; exports: Record<string, unknown> }> = [];

describe('data bar: every dated figure in src/data is dated, sourced and positive', () => {
  before(async () => {
    const files = (await executeServerCommand<string[], { dir: string }>('list-files', { dir: 'src/data' })) ?? [];
    for (const file of files) modules.push({ file, exports: (await import(/* @vite-ignore */ `/${file}`)) as Record<string, unknown> });
  });

  it('finds the data modules (the list is not empty and includes the leave rates)', () => {
    expect(modules.length).to.be.greaterThan(10);
    expect(modules.map((m) => m.file)).to.include('src/data/leave/rates/rva-thematic.ts');
  });

  it('every module: no dated figure without ISO date, https sources or positive amounts', () => {
    const seen = new WeakSet<object>();
    const problems = modules.flatMap(({ file, exports }) => checkDatedFigures(exports, file.replace(/^src\/data\//, ''), seen).problems);
    expect(problems).to.deep.equal([]);
  });

  it('the walk reaches the known dated tables (it is not vacuous)', () => {
    let total = 0;
    const seen = new WeakSet<object>();
    for (const { file, exports } of modules) total += checkDatedFigures(exports, file, seen).figures;
    expect(total).to.be.greaterThan(20);
  });
});

describe('data bar: negative controls', () => {
  it('a table with no date, no sources and a negative amount fails three ways', () => {
    const { problems, figures } = checkDatedFigures({ BAD: { validFrom: 'someday', sources: [], amounts: { FT: -1 } } }, 'fake.ts');
    expect(figures).to.equal(1);
    expect(problems.map((p) => p.path)).to.deep.equal(['fake.ts.BAD', 'fake.ts.BAD.sources', 'fake.ts.BAD.amounts.FT']);
  });

  it('bad figures nested in lists and objects are found, with their path', () => {
    const nested = { SCHEME: { limits: [{ validFrom: '2025-02-30', sources: ['http://example.org/x'], value: 1 }], premium: { amount: Infinity, startsOn: '2020-01-01', sources: ['https://example.org'] } } };
    const { problems } = checkDatedFigures(nested, 'fake.ts');
    expect(problems.map((p) => p.path)).to.deep.equal(['fake.ts.SCHEME.limits[0]', 'fake.ts.SCHEME.limits[0].sources[0]', 'fake.ts.SCHEME.premium.amount']);
  });

  it('a good table passes, null amounts included', () => {
    const good = { validFrom: '2024-05-01', indexedLaterOn: ['2025-02-01'], sources: ['https://www.rva.be/x'], amounts: { FT: 978.24, ONE_TENTH: null } };
    expect(checkDatedFigures(good, 'good').problems).to.deep.equal([]);
    expect(isIsoDate('2024-02-29')).to.equal(true);
    expect(isIsoDate('2023-02-29')).to.equal(false);
  });
});
