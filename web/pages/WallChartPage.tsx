/**
 * The wall chart (GET /wall-chart): everyone, unit by unit, with their ties to the base (stone or sand) and
 * their stance in their own words; a click opens a person. Prints as clean pages (styles/print.css).
 */
import { useState } from 'react';
import { fetchWallChart } from '../api/views.api.js';
import { formatDate, formatNumber } from '../app/format.js';
import { useLang, useT } from '../app/lang.js';
import { Loaded } from '../app/Loaded.js';
import { Page } from '../app/Page.js';
import { useResource } from '../app/resource.js';
import { navigate, pathFor } from '../app/router.js';
import { useWorkspace } from '../app/workspace.js';
import { WallChart } from '../components/charts/WallChart.js';
import { appMessages } from '../i18n/app-messages.js';
import { viewsMessages } from '../i18n/views-messages.js';

export function WallChartPage() {
  const a = useT(appMessages);
  const t = useT(viewsMessages);
  const { lang } = useLang();
  const { name: workspace } = useWorkspace();
  const wall = useResource(() => fetchWallChart(workspace), [workspace]);
  const [includeLeft, setIncludeLeft] = useState(false);
  return (
    <Page title={a('page.wall')} intro={a('intro.wall')}>
      <div className="toolbar no-print">
        <label className="choice">
          <input type="checkbox" checked={includeLeft} onChange={(e) => setIncludeLeft(e.target.checked)} />
          {t('wall.showLeft')}
        </label>
        <button type="button" onClick={() => window.print()}>
          <PrintIcon /> {t('wall.print')}
        </button>
      </div>
      <Loaded resource={wall}>
        {(view) => {
          const people = view.people.filter((p) => includeLeft || !p.left);
          const stone = people.filter((p) => p.base === 'stone').length;
          return (
            <>
              <p className="muted">
                {t('wall.summary', {
                  people: formatNumber(lang, people.length),
                  stone: formatNumber(lang, stone),
                  sand: formatNumber(lang, people.length - stone),
                })}
              </p>
              <WallChart
                people={people}
                title={t('wall.titleFor', { workspace, date: formatDate(lang, view.asOf) })}
                onOpenPerson={(id) => navigate(pathFor('person', { workspace, id }))}
              />
            </>
          );
        }}
      </Loaded>
    </Page>
  );
}

function PrintIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      <path
        d="M5 7V2h8v5M5 13H3V8h12v5h-2M5 11h8v5H5z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
      />
    </svg>
  );
}
