import { CHART_HEIGHT, barChart, histogram, lineChart } from './charts';
import { composeDocument, type ComposedDocument } from './compose';
import { heading } from './headings';
import { CONFIDENTIAL_MARKING } from './page-furniture';
import { table, type TableColumn } from './table';
import { paragraph } from './text';

/**
 * A sample filing exercising every block. Used by the tests and as a worked
 * example for the real documents (Form CO draft, HSR summary, annexes).
 */

export const SAMPLE_PARTIES = [
  { name: 'Ανθρωπική Α.Ε.', country: 'Greece', role: 'Acquirer', turnover: 1840.5, before: 18.2, after: 31.4 },
  { name: 'ООО Колосс', country: 'Russia', role: 'Target', turnover: 912.25, before: 13.2, after: 0 },
  { name: '深度求索', country: 'China', role: 'Competitor', turnover: 2210, before: 24.1, after: 24.1 },
  { name: '東京計算株式会社', country: 'Japan', role: 'Competitor', turnover: 1333.8, before: 16.5, after: 16.5 },
  { name: '삼성전자', country: 'Korea', role: 'Competitor', turnover: 4120, before: 15.0, after: 15.0 },
  { name: 'Société Générale — Zürich', country: 'Switzerland', role: 'Customer', turnover: 610, before: 13.0, after: 13.0 },
] as const;

/** Characters no shipped font covers: an emoji and Linear B syllable A. */
export const SAMPLE_UNCOVERED = ['\u{1F600}', '\u{10000}'] as const;

export const SAMPLE_GENERATED_AT = new Date('2025-06-02T09:30:00Z');

export const SAMPLE_METADATA = {
  title: 'Form CO — Project Kolossos (sample)',
  author: 'Merger Review Team',
  subject: 'Notification of a concentration under Article 4 of Regulation (EC) No 139/2004',
  keywords: ['merger control', 'Form CO', 'compute', 'Project Kolossos'],
};

function hexId(i: number): string {
  // Deterministic pseudo-hash so the sample is reproducible.
  let h = (i + 1) * 2654435761;
  let out = '';
  for (let k = 0; k < 8; k++) {
    h = (h ^ (h >>> 13)) * 1274126177;
    out += ((h >>> 0) & 0xffff).toString(16).padStart(4, '0');
  }
  return out;
}

export async function composeSampleDocument(opts: { annexRows?: number; generatedAt?: Date } = {}): Promise<ComposedDocument> {
  const rows = opts.annexRows ?? 120;
  return composeDocument(
    {
      metadata: SAMPLE_METADATA,
      furniture: {
        caseCodename: 'Project Kolossos',
        documentTitle: 'Form CO — draft for pre-notification',
        confidentiality: CONFIDENTIAL_MARKING,
        documentId: 'MR-2025-0042-FCO-v3',
      },
      generatedAt: opts.generatedAt ?? SAMPLE_GENERATED_AT,
    },
    (ctx) => {
      heading(ctx, '1. The parties', 1);
      paragraph(ctx,
        `This notification concerns the proposed acquisition of sole control of ${SAMPLE_PARTIES[1].name} ` +
        `(the target) by ${SAMPLE_PARTIES[0].name} (the acquirer). The main competitors in the market for AI compute capacity are ` +
        `${SAMPLE_PARTIES[2].name}, ${SAMPLE_PARTIES[3].name} and ${SAMPLE_PARTIES[4].name}; the largest customer ` +
        `is ${SAMPLE_PARTIES[5].name}. The acquirer's trading name appears in its register extract with the ` +
        `characters ${SAMPLE_UNCOVERED[0]} and ${SAMPLE_UNCOVERED[1]}, which no embedded font covers.`);
      const partyColumns: TableColumn[] = [
        { header: 'Undertaking', width: { fr: 3 } },
        { header: 'Country', width: { fr: 1.4 } },
        { header: 'Role', width: { fr: 1.4 } },
        { header: 'Turnover (EUR m)', width: 70, align: 'right' },
        { header: 'Share before (%)', width: 62, align: 'right' },
        { header: 'Share after (%)', width: 62, align: 'right' },
      ];
      table(ctx, partyColumns, SAMPLE_PARTIES.map((p) => [p.name, p.country, p.role, p.turnover, p.before, p.after]), { zebra: true });

      heading(ctx, '1.1 Corporate structure', 2);
      paragraph(ctx,
        'The acquirer is ultimately controlled by a holding company incorporated in Athens. Neither party ' +
        'holds minority shareholdings in competitors. Names are reproduced as registered: Ανθρωπική Α.Ε. ' +
        '(Greek), ООО «Колосс» (Cyrillic), Société Générale — Zürich (Latin with diacritics).');
      paragraph(ctx,
        '深度求索人工智能基础技术研究有限公司是一家专注于通用人工智能研究的公司，其主要业务包括大规模语言模型的训练与推理服务。' +
        '東京計算株式会社は、データセンター向けの計算資源を提供する日本の企業です。' +
        '삼성전자는 반도체 및 전자 제품을 생산하는 대한민국의 기업입니다.');

      heading(ctx, `1.2 ${SAMPLE_PARTIES[2].name} and ${SAMPLE_PARTIES[3].name}`, 2);
      paragraph(ctx, 'Bold CJK headings are drawn with the regular CJK face, stroked, as no bold CJK face is shipped.');

      heading(ctx, '2. Market shares and concentration', 1);
      heading(ctx, '2.1 Shares of AI compute capacity', 2, { keepWithNext: CHART_HEIGHT });
      barChart(ctx, {
        title: 'Share of installed compute capacity, before and after the transaction (%)',
        categories: SAMPLE_PARTIES.map((p) => p.name),
        series: [
          { name: 'Before', values: SAMPLE_PARTIES.map((p) => p.before) },
          { name: 'After', values: SAMPLE_PARTIES.map((p) => p.after) },
        ],
        yLabel: '%',
        showValues: true,
      });
      heading(ctx, '2.2 Distribution of ΔHHI across market definitions', 2, { keepWithNext: CHART_HEIGHT });
      histogram(ctx, {
        title: 'ΔHHI across 400 candidate market definitions',
        bins: Array.from({ length: 14 }, (_, i) => ({
          from: i * 25, to: (i + 1) * 25, count: Math.round(60 * Math.exp(-(((i - 5) / 3.2) ** 2))),
        })),
        thresholds: [100, 150, 200, 250].map((v) => ({ value: v, label: `ΔHHI ${v}` })),
        xLabel: 'ΔHHI',
        yLabel: 'Number of definitions',
      });
      heading(ctx, '2.3 Post-merger HHI over time', 3, { keepWithNext: 200 });
      lineChart(ctx, {
        title: 'HHI by quarter',
        series: [
          { name: 'HHI (actual)', points: [1, 2, 3, 4, 5, 6, 7, 8].map((q) => ({ x: q, y: 1500 + q * 60 })) },
          { name: 'HHI (post-merger)', points: [1, 2, 3, 4, 5, 6, 7, 8].map((q) => ({ x: q, y: 1900 + q * 75 })) },
        ],
        xLabel: 'Quarter',
        yLabel: 'HHI',
        height: 200,
      });

      heading(ctx, '3. Annex — compute capacity by data centre', 1);
      const sites = ['Αθήνα', 'Москва', '北京', '東京', '서울', 'Zürich', 'Frankfurt am Main'];
      table(ctx, [
        { header: '#', width: 30, align: 'right' },
        { header: 'Operator', width: { fr: 2.2 } },
        { header: 'Site', width: { fr: 1.3 } },
        { header: 'Capacity (MW)', width: 58 },
        { header: 'Accelerators', width: 62 },
        { header: 'Evidence hash (SHA-256, truncated)', width: 172, style: 'mono' },
      ], Array.from({ length: rows }, (_, i) => [
        i + 1, SAMPLE_PARTIES[i % SAMPLE_PARTIES.length].name, sites[i % sites.length],
        Math.round((12 + (i * 37) % 90) * 10) / 10, 512 * (1 + (i % 17)), hexId(i).slice(0, 32),
      ]), { zebra: true });

      heading(ctx, '4. Audit trail', 1);
      paragraph(ctx, `Source data digest: ${hexId(999)}`, { style: 'mono', size: 8 });
    },
  );
}
