/** Dates as the records hold them (YYYY-MM-DD), shown unambiguously: '13 Mar 2025'. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return 'undated';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(match[2]) - 1];
  return `${Number(match[3])} ${month} ${match[1]}`;
}

export function formatRange(first: string | null, last: string | null): string {
  if (!first && !last) return 'undated';
  if (first === last) return formatDate(first);
  return `${formatDate(first)} – ${formatDate(last)}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
