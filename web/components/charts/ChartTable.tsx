/**
 * The figures behind a chart as a table, folded under "Show as a table": the same numbers for screen
 * readers, keyboard users and anyone who would rather read than look. The last column is the phase.
 */
import type { ReactNode } from 'react';
import type { Phase } from '../../../src/core/vocabulary.js';
import { useT } from '../../app/lang.js';
import { chartsMessages } from '../../i18n/charts-messages.js';
import { PhaseMark } from './marks.js';
import { phaseKey } from './phase-words.js';

export interface ChartTableRow {
  key: string;
  /** The row's name (a unit, a month). */
  head: string;
  cells: readonly ReactNode[];
  phase: Phase;
}

export function ChartTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: readonly string[];
  rows: readonly ChartTableRow[];
}) {
  const t = useT(chartsMessages);
  return (
    <details className="chart-table">
      <summary>{t('chart.showTable')}</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {[...columns, t('table.phase')].map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.head}</th>
              {row.cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
              <td>
                <PhaseMark phase={row.phase} /> {t(phaseKey[row.phase])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
