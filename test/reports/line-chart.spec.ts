import { lineChart } from '../../libs/reports/src/formats/html';

const monthsFrom = (year: number, month: number, count: number): string[] =>
  Array.from({ length: count }, (_, k) => {
    const m = month - 1 + k;
    return `${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });

const axisLabels = (svg: string): { x: number; text: string }[] =>
  [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="middle" class="small">([^<]+)<\/text>/g)].map(
    (m) => ({ x: Number(m[1]), text: m[2]! }),
  );

describe('Monthly line chart: the time axis', () => {
  it('drops the first month’s label when a January follows close after it (no "2020-102021")', () => {
    const months = monthsFrom(2020, 10, 75);
    const labels = axisLabels(lineChart('t', months, [{ name: 'KG', values: months.map(() => 1) }], {}));
    expect(labels.map((l) => l.text)).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
  });

  it('keeps the first month’s label when the first January is far enough', () => {
    const months = monthsFrom(2020, 3, 24);
    const labels = axisLabels(lineChart('t', months, [{ name: 'KG', values: months.map(() => 1) }], {}));
    expect(labels.map((l) => l.text)).toEqual(['2020-03', '2021', '2022']);
  });

  it('never prints two labels closer than a label’s width, however long the span', () => {
    const months = monthsFrom(1990, 1, 12 * 40);
    const labels = axisLabels(lineChart('t', months, [{ name: 'KG', values: months.map(() => 1) }], {}));
    expect(labels.length).toBeGreaterThan(5);
    for (let n = 1; n < labels.length; n++)
      expect(labels[n]!.x - labels[n - 1]!.x).toBeGreaterThanOrEqual(48);
  });
});
