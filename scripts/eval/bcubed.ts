/**
 * B-cubed precision, recall and F1 (Bagga & Baldwin 1998) of a clustering
 * against a gold clustering of the same items. Each item scores the share of
 * its predicted cluster that shares its gold cluster (precision) and the share
 * of its gold cluster that shares its predicted cluster (recall); both are
 * averaged over items. Example: gold {a,b}{c}, predicted {a,b,c} gives
 * precision (2/3+2/3+1/3)/3 = 5/9 and recall 1.
 */
export interface ClusteredItem {
  gold: string;
  predicted: string;
}

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  items: number;
}

export function bcubed(items: readonly ClusteredItem[]): BCubed {
  if (!items.length) return { precision: 0, recall: 0, f1: 0, items: 0 };
  const count = (key: (item: ClusteredItem) => string) => {
    const sizes = new Map<string, number>();
    for (const item of items) sizes.set(key(item), (sizes.get(key(item)) ?? 0) + 1);
    return sizes;
  };
  const goldSize = count((i) => i.gold);
  const predictedSize = count((i) => i.predicted);
  // A separator no label holds, so ('a b', 'c') and ('a', 'b c') stay apart.
  const bothSize = count((i) => `${i.gold}\u0000${i.predicted}`);
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const both = bothSize.get(`${item.gold}\u0000${item.predicted}`)!;
    precision += both / predictedSize.get(item.predicted)!;
    recall += both / goldSize.get(item.gold)!;
  }
  precision /= items.length;
  recall /= items.length;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, items: items.length };
}

/** '61.2 / 48.0 / 53.8' (P / R / F1, per cent). */
export const formatBCubed = (s: BCubed): string => [s.precision, s.recall, s.f1].map((v) => (100 * v).toFixed(1).padStart(5)).join(' / ');
