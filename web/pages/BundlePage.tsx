/**
 * Import and export, for leads and admins: send a bundle's CSV files (several files, or a folder where the
 * browser can pick one) to POST /import and read its problems row by row, `file:line:column: reason`, as the
 * command line prints them; or download everything as a zip (GET /export).
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { exportHref, importBundle, type ImportAnswer } from '../api/views.api.js';
import { formatNumber } from '../app/format.js';
import { useLang, useT } from '../app/lang.js';
import { Page } from '../app/Page.js';
import { download } from '../app/download.js';
import { useReauth } from '../app/reauth.js';
import { securityMessages } from '../i18n/security-messages.js';
import { useWorkspace } from '../app/workspace.js';
import { appMessages } from '../i18n/app-messages.js';
import { importExportMessages, type ImportExportMessageKey } from '../i18n/import-export-messages.js';

/** Whether this browser lets a file input pick a whole folder. */
const FOLDERS = typeof HTMLInputElement !== 'undefined' && 'webkitdirectory' in HTMLInputElement.prototype;

const KINDS = ['people', 'spaces', 'grievances', 'interactions', 'ties', 'asks', 'actions', 'committees'] as const;

/** Only the bundle's own files go up from a folder: CSV files and the manifest. */
function bundleFiles(list: FileList | null): File[] {
  return [...(list ?? [])].filter((f) => /\.csv$/i.test(f.name) || f.name === 'manifest.json');
}

export function BundlePage() {
  const a = useT(appMessages);
  const t = useT(importExportMessages);
  const { lang } = useLang();
  const { name: workspace, canManage } = useWorkspace();
  const id = useId();
  const [files, setFiles] = useState<File[]>([]);
  const [dryRun, setDryRun] = useState(false);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<{ result: ImportAnswer; dryRun: boolean } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const { ask } = useReauth();
  const r = useT(securityMessages);
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<{ text: string; ok: boolean } | null>(null);

  if (!canManage) {
    return (
      <Page title={a('page.bundle')} intro={a('intro.bundle')}>
        <p className="empty">{a('state.leadsOnly')}</p>
      </Page>
    );
  }

  const counts = (result: ImportAnswer) => {
    const parts = Object.entries(result.counts)
      .filter(([, n]) => n > 0)
      .sort(([x], [y]) => KINDS.indexOf(x as never) - KINDS.indexOf(y as never))
      .map(([kind, n]) =>
        (KINDS as readonly string[]).includes(kind)
          ? t(`kind.${kind}` as ImportExportMessageKey, { n, kind })
          : t('kind.other', { n: formatNumber(lang, n), kind }),
      );
    return parts.length > 0 ? parts.join(', ') : t('import.nothing');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAnswer(null);
    if (files.length === 0) {
      setProblem(t('import.noFiles'));
      return;
    }
    setProblem(null);
    setBusy(true);
    const result = await importBundle(workspace, files, { dryRun });
    setBusy(false);
    if (result.ok) setAnswer({ result: result.value, dryRun });
    else setProblem(result.kind === 'unreachable' ? a('form.unreachable') : result.message);
    // The outcome is long: bring it into view and to the reader's attention.
    window.setTimeout(() => resultRef.current?.focus(), 0);
  };

  const errors = answer?.result.errors ?? [];

  const exportBundle = async () => {
    if (exporting) return;
    setExporting(true);
    setExported(null);
    const result = await download(exportHref(workspace), `${workspace}.zip`, ask);
    setExporting(false);
    if (result.ok) setExported({ text: t('export.done', { name: result.value.name }), ok: true });
    else if (result.kind === 'cancelled') setExported({ text: r('reauth.cancelled'), ok: false });
    else setExported({ text: result.kind === 'unreachable' ? a('form.unreachable') : result.message, ok: false });
  };

  return (
    <Page title={a('page.bundle')} intro={a('intro.bundle')}>
      <section aria-labelledby={`${id}-import`}>
        <h2 id={`${id}-import`}>{t('import.title')}</h2>
        <p className="page-intro">{t('import.text')}</p>
        <form className="form" onSubmit={(e) => void submit(e)} noValidate>
          <div className="field">
            <label htmlFor={`${id}-files`}>{t('import.files')}</label>
            <input
              id={`${id}-files`}
              type="file"
              multiple
              accept=".csv,text/csv,.json,application/json"
              aria-describedby={`${id}-files-help`}
              onChange={(e) => setFiles(bundleFiles(e.target.files))}
            />
            <p id={`${id}-files-help`} className="field__help">
              {t('import.filesHelp')}
            </p>
          </div>
          {FOLDERS && (
            <div className="field">
              <label htmlFor={`${id}-folder`}>{t('import.folder')}</label>
              <input
                id={`${id}-folder`}
                type="file"
                multiple
                ref={(el) => {
                  // Not in React's types: the attribute that turns a file input into a folder picker.
                  el?.setAttribute('webkitdirectory', '');
                }}
                aria-describedby={`${id}-folder-help`}
                onChange={(e) => setFiles(bundleFiles(e.target.files))}
              />
              <p id={`${id}-folder-help`} className="field__help">
                {t('import.folderHelp')}
              </p>
            </div>
          )}
          {files.length > 0 && (
            <p className="muted">
              {t('import.chosen', { n: files.length, names: files.map((f) => f.name).join(', ') })}
            </p>
          )}
          <label className="choice">
            <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />
            {t('import.dryRun')}
          </label>
          <div className="submit-row">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? a('form.working') : dryRun ? t('import.check') : t('import.send')}
            </button>
          </div>
        </form>
        <div ref={resultRef} tabIndex={-1} className="import-result" aria-live="polite">
          {problem && (
            <p className="problem" role="alert">
              {problem}
            </p>
          )}
          {answer && answer.result.errorCount === 0 && (
            <p className="success">
              {answer.dryRun || !answer.result.written
                ? t('import.clean', { counts: counts(answer.result) })
                : t('import.written', { counts: counts(answer.result) })}
            </p>
          )}
          {answer && answer.result.errorCount > 0 && (
            <div className="problem">
              <p>{t('import.problems')}</p>
              <ol className="bundle-errors">
                {errors.map((line, i) => (
                  <li key={i}>
                    <code>{line}</code>
                  </li>
                ))}
              </ol>
              <p className="bundle-errors__summary">
                {answer.result.summary ?? t('import.more', { n: answer.result.errorCount - errors.length })}
              </p>
            </div>
          )}
        </div>
      </section>

      <section aria-labelledby={`${id}-export`}>
        <h2 id={`${id}-export`}>{t('export.title')}</h2>
        <p className="page-intro">{t('export.text')}</p>
        <p className="muted">{t('export.confirmNote')}</p>
        <p>
          <a
            className="button"
            href={exportHref(workspace)}
            download
            aria-disabled={exporting || undefined}
            onClick={(e) => {
              // Through fetch, so that a request for a fresh confirmation can be answered and the export retried.
              e.preventDefault();
              void exportBundle();
            }}
          >
            {t('export.download')}
          </a>
        </p>
        <p role="status" className={`form__outcome ${exported && !exported.ok ? 'form__outcome--problem' : ''}`}>
          {exporting ? t('export.working') : exported?.text}
        </p>
      </section>
    </Page>
  );
}
