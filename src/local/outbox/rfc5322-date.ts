// The Date header's form of an instant (RFC 5322).

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `at` as an RFC 5322 date-time (section 3.3), in UTC.
 * @example rfc5322Date(new Date('2025-03-01T09:00:00Z')) // => 'Sat, 01 Mar 2025 09:00:00 +0000'
 */
export function rfc5322Date(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[at.getUTCDay()]}, ${two(at.getUTCDate())} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}:${two(at.getUTCSeconds())} +0000`;
}
