import { useEffect, useState } from 'preact/hooks';

type Matrix = boolean[][];

/**
 * A QR code of `text`, drawn as SVG squares. The encoder (uqr, a small dependency-free ESM
 * library) is imported only when a QR code is first shown, so it costs nothing until then.
 */
export function QrCode({ text, label, loadingText, failedText }: { text: string; label: string; loadingText: string; failedText: string }) {
  const [matrix, setMatrix] = useState<Matrix | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    import('uqr')
      .then(({ encode }) => {
        if (current) setMatrix(encode(text, { ecc: 'M', border: 2 }).data);
      })
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [text]);

  if (failed) return <p class="qr-status">{failedText}</p>;
  if (!matrix) return <p class="qr-status">{loadingText}</p>;
  const size = matrix.length;
  const path = matrix
    .flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : '')))
    .join('');
  return (
    <svg class="qr-code" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges" data-qr>
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
