/** Bar charts of the run's ratios against their targets: ASCII on stderr, SVG in results/. */

export interface ChartInput {
  mode: string;
  startedAt: string;
  machine: { cpu: string; cores: number };
  writeRatio?: number;
  groupCommitGain?: number;
  httpRatio?: number;
  rebuildRatio?: number;
  hotStreamRatio?: number;
  targets: {
    writeRatio: number;
    groupCommitGain: number;
    httpRatio: number;
    rebuildRatio: number;
    hotStreamRatio: number;
  };
}

interface Bar {
  label: string;
  value: number;
  target: number;
}

function bars(input: ChartInput): Bar[] {
  const all: [string, number | undefined, number][] = [
    ['writeRatio', input.writeRatio, input.targets.writeRatio],
    ['groupCommitGain', input.groupCommitGain, input.targets.groupCommitGain],
    ['httpRatio', input.httpRatio, input.targets.httpRatio],
    ['rebuildRatio', input.rebuildRatio, input.targets.rebuildRatio],
    ['hotStreamRatio', input.hotStreamRatio, input.targets.hotStreamRatio],
  ];
  return all.flatMap(([label, value, target]) => (value === undefined ? [] : [{ label, value, target }]));
}

/** Each bar is the ratio as a fraction of its target: the `|` mark is the target. */
export function renderAscii(input: ChartInput): string {
  const width = 40;
  const lines = bars(input).map(({ label, value, target }) => {
    const scale = Math.max(value, target) * 1.1;
    const filled = Math.round((value / scale) * width);
    const mark = Math.round((target / scale) * width);
    const cells: string[] = Array.from({ length: width }, (_, i) => (i < filled ? '#' : ' '));
    cells[Math.min(mark, width - 1)] = '|';
    return `${label.padEnd(16)} ${cells.join('')} ${value} (target ${target})`;
  });
  return `\n${lines.join('\n')}\n\n`;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderSvg(input: ChartInput): string {
  const rows = bars(input);
  const left = 140;
  const width = 360;
  const rowHeight = 34;
  const top = 40;
  const height = top + rows.length * rowHeight + 20;
  const parts = rows.map(({ label, value, target }, i) => {
    const scale = Math.max(value, target) * 1.1;
    const y = top + i * rowHeight;
    const w = (value / scale) * width;
    const x = left + (target / scale) * width;
    const colour = value >= target ? '#2e7d32' : '#c62828';
    return [
      `<text x="${left - 8}" y="${y + 15}" text-anchor="end">${label}</text>`,
      `<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="20" fill="${colour}"/>`,
      `<line x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${y - 3}" y2="${y + 23}" stroke="#000" stroke-dasharray="3,2"/>`,
      `<text x="${left + width + 8}" y="${y + 15}">${value} (target ${target})</text>`,
    ].join('\n  ');
  });
  const title = `${input.mode} run ${input.startedAt} - ${input.machine.cores} x ${input.machine.cpu}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${left + width + 160}" height="${height}" font-family="sans-serif" font-size="12">
  <text x="8" y="20" font-weight="bold">${escape(title)}</text>
  ${parts.join('\n  ')}
</svg>
`;
}
