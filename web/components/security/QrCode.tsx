/**
 * A QR code drawn here, in the browser, from the text it carries (uqr, bundled): the authenticator app's
 * secret never goes to another service to be drawn. One SVG path of dark modules, black on white with the
 * quiet zone the standard asks for, so phone cameras read it in any theme.
 */
import { useMemo } from 'react';
import { encode } from 'uqr';

export function QrCode({ text, label, size = 224 }: { text: string; label: string; size?: number }) {
  const { path, modules } = useMemo(() => {
    // The quiet zone: four modules of white all round.
    const qr = encode(text, { ecc: 'M', border: 4 });
    const parts: string[] = [];
    qr.data.forEach((row, y) => {
      let x = 0;
      while (x < row.length) {
        if (!row[x]) {
          x++;
          continue;
        }
        const start = x;
        while (x < row.length && row[x]) x++;
        parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
      }
    });
    return { path: parts.join(''), modules: qr.size };
  }, [text]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${modules} ${modules}`}
      shapeRendering="crispEdges"
    >
      <rect width={modules} height={modules} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
