/**
 * Whether two TIMEX3 values can name the same moment: one contains the
 * other ('2017-05' and '2017-05-28'; '2025-03-09' and '2025-03-09TNI').
 * Values of different shapes that do not nest ('2017-05' and '2017-06') do not.
 */
export function timesMeet(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Whether time a is not before time b, at the precision both state ('2017-09' is not before '2017-05-28'). */
export function notBefore(a: string, b: string): boolean {
  if (timesMeet(a, b)) return true;
  return a > b;
}
