/** A page's frame: its heading (focused after navigation), an introduction, and the document title. */
import { useEffect, type ReactNode } from 'react';
import { useT } from './lang.js';
import { appMessages } from '../i18n/app-messages.js';

export const PAGE_HEADING_ID = 'page-heading';

export function Page({ title, intro, children }: { title: string; intro?: string; children?: ReactNode }) {
  const t = useT(appMessages);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <>
      <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
        {title}
      </h1>
      {intro && <p className="page-intro">{intro}</p>}
      {children}
    </>
  );
}
