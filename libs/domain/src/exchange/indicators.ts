import type { IndicatorDto } from '@lcm/contracts';
import type { ExchangeIndicator, ImportProblemCode } from './types';

/** `SDG.4.3.1` → `4.3.1`; targets (`SDG.4.3`), goals and other frameworks' nodes → null. */
export function sdgIndicatorCodeOfNode(nodeCode: string): string | null {
  const match = /^SDG\.(\d{1,2}\.[0-9a-z]{1,2}\.\d{1,2})$/i.exec(nodeCode);
  return match?.[1]?.toLowerCase() ?? null;
}

/** The importer's view of an indicator, from the shape the API serves. */
export function exchangeIndicator(
  indicator: Pick<
    IndicatorDto,
    | 'code'
    | 'unit'
    | 'minValue'
    | 'maxValue'
    | 'dimensions'
    | 'aggregation'
    | 'sdgSeriesCode'
    | 'frameworkNodes'
  >,
): ExchangeIndicator {
  return {
    code: indicator.code,
    unit: indicator.unit,
    minValue: indicator.minValue,
    maxValue: indicator.maxValue,
    dimensions: indicator.dimensions,
    aggregation: indicator.aggregation,
    sdgSeriesCode: indicator.sdgSeriesCode,
    sdgIndicatorCodes: indicator.frameworkNodes.flatMap((node) => sdgIndicatorCodeOfNode(node) ?? []),
  };
}

export type IndicatorResolution =
  | { ok: true; indicator: ExchangeIndicator }
  | {
      ok: false;
      code: Extract<
        ImportProblemCode,
        'UNKNOWN_INDICATOR' | 'INDICATOR_NOT_IN_FRAMEWORK' | 'AMBIGUOUS_INDICATOR' | 'NO_INDICATOR'
      >;
      message: string;
    };

const SDG_INDICATOR = /^(\d{1,2})[.-]([0-9a-z]{1,2})[.-](\d{1,2})$/i;
const SDG_SERIES = /^[A-Z]{2}_[A-Z0-9_]+$/i;

/**
 * Finds indicators by our code, an SDG indicator code (`4.3.1`, `4-3-1`) or an SDG series code
 * (`SE_ADT_EDUCTRN`). An SDG indicator measured by several of ours is ambiguous unless one of them
 * is the SDG indicator itself (`SDG_4_3_1`); an ambiguous or unknown reference is refused, never guessed.
 */
export class IndicatorCatalogue {
  private readonly byCode = new Map<string, ExchangeIndicator>();

  constructor(readonly indicators: readonly ExchangeIndicator[]) {
    for (const indicator of indicators) this.byCode.set(indicator.code.toUpperCase(), indicator);
  }

  get(code: string): ExchangeIndicator | undefined {
    return this.byCode.get(code.toUpperCase());
  }

  resolve(reference: string): IndicatorResolution {
    const text = reference.trim();
    const own = this.get(text);
    if (own) return { ok: true, indicator: own };
    const sdg = SDG_INDICATOR.exec(text);
    if (sdg) return this.resolveSdgIndicator(`${sdg[1]}.${sdg[2]}.${sdg[3]}`.toLowerCase());
    if (SDG_SERIES.test(text)) return this.resolveSeries(text.toUpperCase());
    return {
      ok: false,
      code: 'UNKNOWN_INDICATOR',
      message: `'${text}' is not an indicator of the framework: give its code, such as SDG_4_3_1.`,
    };
  }

  private resolveSdgIndicator(sdgCode: string): IndicatorResolution {
    const candidates = this.indicators.filter((i) => i.sdgIndicatorCodes.includes(sdgCode));
    const itself = this.get(`SDG_${sdgCode.replace(/\./g, '_')}`);
    if (itself && candidates.includes(itself)) return { ok: true, indicator: itself };
    const [only] = candidates;
    if (only && candidates.length === 1) return { ok: true, indicator: only };
    if (candidates.length === 0) {
      return {
        ok: false,
        code: 'INDICATOR_NOT_IN_FRAMEWORK',
        message: `SDG indicator ${sdgCode} is not in the framework, so its values cannot be imported.`,
      };
    }
    return {
      ok: false,
      code: 'AMBIGUOUS_INDICATOR',
      message:
        `SDG indicator ${sdgCode} is measured by several indicators of the framework ` +
        `(${candidates.map((i) => i.code).join(', ')}): choose the one this file is for.`,
    };
  }

  private resolveSeries(series: string): IndicatorResolution {
    const candidates = this.indicators.filter((i) => i.sdgSeriesCode === series);
    const [only] = candidates;
    if (only && candidates.length === 1) return { ok: true, indicator: only };
    if (candidates.length === 0) {
      return {
        ok: false,
        code: 'INDICATOR_NOT_IN_FRAMEWORK',
        message: `SDG series ${series} is not measured by any indicator of the framework.`,
      };
    }
    return {
      ok: false,
      code: 'AMBIGUOUS_INDICATOR',
      message:
        `SDG series ${series} is measured by several indicators of the framework ` +
        `(${candidates.map((i) => i.code).join(', ')}): give the indicator code instead.`,
    };
  }
}
