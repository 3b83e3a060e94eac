// The demo's input files: CDNOW purchases as a shop's orders CSV and made-up Google Forms survey answers.
import { seededRandom } from '../../core/models/seeded-random';

/** One purchase line of CDNOW_sample.txt. */
export interface CdnowPurchase {
  customer: number;
  /** Calendar date as YYYYMMDD, as the file writes it. */
  date: string;
  cds: number;
  dollars: number;
}

/** What the demo imports: two CSV exports and how many customers and rows they hold. */
export interface DemoExports {
  /** Orders in a generic CSV, imported with {@link DEMO_ORDER_MAPPING}. */
  ordersCsv: string;
  /** Answers to an NPS/CSAT form, as Google Forms' response sheet downloads them. */
  surveysCsv: string;
  customers: number;
  orders: number;
  surveys: number;
  /** Whole weeks every CDNOW date was moved forward by. */
  shiftWeeks: number;
}

/** The generic preset's column mapping for {@link DemoExports.ordersCsv}: Orders field → header. */
export const DEMO_ORDER_MAPPING: Readonly<Record<string, string>> = {
  'Order ID': 'Order number',
  Email: 'Email',
  Name: 'Customer name',
  Consent: 'Accepts marketing',
  Date: 'Order date',
  Amount: 'Total',
  Currency: 'Currency',
  Product: 'Genre',
  Quantity: 'CDs',
};

const FIRST_NAMES = [
  'Ana',
  'Ben',
  'Chloé',
  'Dmitri',
  'Elif',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemi',
  'Liam',
  'Maya',
  'Nikhil',
  'Olga',
  'Pablo',
  'Quinn',
  'Rosa',
  'Sami',
  'Tara',
  'Umar',
  'Vera',
  'Wei',
  'Xenia',
  'Yusuf',
  'Zoe',
  'Aiden',
  'Bianca',
  'Carlos',
  'Daria',
  'Emeka',
  'Freya',
  'Gustav',
  'Hana',
  'Ivan',
  'Jade',
  'Kofi',
  'Lena',
  'Mateo',
  'Nora',
  'Oscar',
  'Priya',
  'Rafael',
  'Sofia',
  'Tomás',
  'Uma',
  'Viktor',
  'Wanda',
  'Yara',
  'Zeynep',
  'Arjun',
  'Beatriz',
  'Connor',
  'Dalia',
  'Erik',
  'Fatima',
  'Gabriel',
  'Helga',
  'Isaac',
  'Julia',
];
const LAST_NAMES = [
  'Silva',
  'Okafor',
  'Martin',
  'Ivanov',
  'Yilmaz',
  'Haddad',
  'Kim',
  'Tanaka',
  'García',
  'Berg',
  'Adeyemi',
  'Murphy',
  'Cohen',
  'Patel',
  'Novak',
  'Rossi',
  'Walsh',
  'Moreno',
  'Nieminen',
  'Singh',
  'Khan',
  'Petrov',
  'Zhang',
  'Popescu',
  'Demir',
  'Fischer',
  'Brennan',
  'Costa',
  'Ortega',
  'Kowalski',
  'Eze',
  'Larsen',
  'Lindqvist',
  'Sato',
  'Horvat',
  'Dubois',
  'Mensah',
  'Weber',
  'Romero',
  'Dahl',
  'Abebe',
  'Bjork',
  'Chaudhry',
  'Duarte',
  'Esposito',
  'Fontaine',
  'Gallagher',
  'Hoffmann',
  'Ibrahim',
  'Jensen',
  'Kaur',
  'Lopez',
  'Mwangi',
  'Nakamura',
  'Olsen',
  'Quispe',
  'Reyes',
  'Schmidt',
  'Toure',
  'Varga',
];
/** Domains reserved for examples (RFC 2606): no real mailbox is ever named. */
const DOMAINS = ['example.com', 'example.org', 'example.net'];
const GENRES = ['Rock', 'Pop', 'Jazz', 'Classical', 'Hip-hop', 'Country', 'Electronic', 'Soundtracks'];
const COMMENTS = [
  '',
  '',
  '',
  'Fast delivery',
  'Great selection',
  'Packaging could be better',
  'Will order again',
];

const DAY_MS = 86_400_000;

/**
 * Parses CDNOW_sample.txt: one purchase a line, `customer cohort YYYYMMDD cds dollars`, separated
 * by spaces, CRLF line ends.
 * @throws {Error} naming the line when it does not have that shape.
 */
export function parseCdnow(text: string): CdnowPurchase[] {
  const purchases: CdnowPurchase[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const fields = line.trim().split(/\s+/);
    const [customer, , date, cds, dollars] = fields;
    if (fields.length !== 5 || !/^\d{8}$/.test(date) || !Number.isFinite(Number(dollars))) {
      throw new Error(`line ${i + 1} of the CDNOW sample is not "customer cohort YYYYMMDD cds dollars"`);
    }
    purchases.push({ customer: Number(customer), date, cds: Number(cds), dollars: Number(dollars) });
  });
  return purchases;
}

/** YYYYMMDD as the UTC midnight it names. */
function utcDay(yyyymmdd: string): number {
  return Date.UTC(
    Number(yyyymmdd.slice(0, 4)),
    Number(yyyymmdd.slice(4, 6)) - 1,
    Number(yyyymmdd.slice(6, 8)),
  );
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** "3/5/2024 10:12:44": Google Forms' US-English timestamp. */
function formsTimestamp(ms: number): string {
  const d = new Date(ms);
  const time = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]
    .map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0')))
    .join(':');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${time}`;
}

/** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(values: Array<string | number>): string {
  return values.map(csvField).join(',');
}

/**
 * Turns the CDNOW purchases into the demo's exports. Dates move forward by the whole number of
 * weeks that puts the last purchase just before `today` (weekdays and gaps stay as they were).
 * Names, addresses, consent, each customer's favourite genres and the survey answers are drawn
 * from a fixed seed, so the same day gives the same files. About one customer in five answers the
 * survey a few days after their last order; repeat buyers are likelier to be promoters.
 */
export function buildDemoExports(purchases: readonly CdnowPurchase[], today: Date): DemoExports {
  if (purchases.length === 0) throw new Error('the CDNOW sample has no purchases');
  const last = Math.max(...purchases.map((p) => utcDay(p.date)));
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const shiftWeeks = Math.max(0, Math.floor((todayUtc - DAY_MS - last) / (7 * DAY_MS)));
  const shift = shiftWeeks * 7 * DAY_MS;

  const random = seededRandom(1997);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  // Every customer gets a name of their own (a shuffled pairing of first and last names), so the
  // look-alike suggestions of the import point at similar names, not at the generator repeating itself.
  const names = FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => [first, last] as const));
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [names[i], names[j]] = [names[j], names[i]];
  }
  const people = new Map<number, { name: string; email: string; consent: string; genres: string[] }>();
  const byCustomer = new Map<number, CdnowPurchase[]>();
  for (const p of purchases) {
    if (!byCustomer.has(p.customer)) {
      const [first, lastName] = names[people.size % names.length];
      const local = `${first}.${lastName}${p.customer}`
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
      people.set(p.customer, {
        name: `${first} ${lastName}`,
        email: `${local}@${pick(DOMAINS)}`,
        consent: random() < 0.7 ? 'yes' : 'no',
        genres: [pick(GENRES), pick(GENRES)],
      });
      byCustomer.set(p.customer, []);
    }
    byCustomer.get(p.customer)!.push(p);
  }

  const orders = [
    csvLine([
      'Order number',
      'Customer name',
      'Email',
      'Accepts marketing',
      'Order date',
      'Total',
      'Currency',
      'Genre',
      'CDs',
    ]),
  ];
  const surveys = [
    csvLine([
      'Timestamp',
      'Email Address',
      'Your name',
      'How likely are you to recommend us? (0-10)',
      'How satisfied are you with your order? (1-5)',
      'Anything else?',
    ]),
  ];
  for (const [customer, list] of byCustomer) {
    const person = people.get(customer)!;
    list.forEach((p, i) => {
      // Most purchases are of the customer's favourite genre, some of another.
      const genre = random() < 0.75 ? person.genres[i % 2] : pick(GENRES);
      orders.push(
        csvLine([
          `CD-${customer}-${i + 1}`,
          person.name,
          person.email,
          person.consent,
          isoDay(utcDay(p.date) + shift),
          p.dollars.toFixed(2),
          'USD',
          genre,
          p.cds,
        ]),
      );
    });
    if (random() < 0.2) {
      const answeredAt = utcDay(list[list.length - 1].date) + shift + Math.floor(1 + random() * 6) * DAY_MS;
      if (answeredAt >= todayUtc) continue;
      const loyal = list.length > 1 ? 0.25 : 0;
      const draw = random();
      const nps =
        draw < 0.3 - loyal / 2
          ? Math.floor(random() * 7)
          : draw < 0.55 - loyal
            ? 7 + Math.floor(random() * 2)
            : 9 + Math.floor(random() * 2);
      const csat = Math.max(1, Math.min(5, Math.round(nps / 2.2 + random())));
      surveys.push(
        csvLine([
          formsTimestamp(
            answeredAt + Math.floor(8 + random() * 12) * 3_600_000 + Math.floor(random() * 3600) * 1000,
          ),
          person.email,
          person.name,
          nps,
          csat,
          pick(COMMENTS),
        ]),
      );
    }
  }
  return {
    ordersCsv: `${orders.join('\r\n')}\r\n`,
    surveysCsv: `${surveys.join('\r\n')}\r\n`,
    customers: byCustomer.size,
    orders: orders.length - 1,
    surveys: surveys.length - 1,
    shiftWeeks,
  };
}
