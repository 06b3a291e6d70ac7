/**
 * The shape of the demo hospital: its departments and shifts, the jobs in them, the grievances that can
 * come up, and the spaces where people meet. Unit paths are `<Hospital>/<Department>/<Shift>`; at large
 * sizes the workforce spreads over many hospitals of a system, each about {@link SITE_SIZE} workers.
 */
import type { Winnable } from '../core/vocabulary.js';
import type { Arc } from './story.js';

export const SITE_SIZE = 300;

export const SHIFTS = ['Day', 'Evening', 'Night'] as const;
export type Shift = (typeof SHIFTS)[number];

/** Of the people in a department, the share on each shift it runs. */
const SHIFT_WEIGHT: Record<Shift, number> = { Day: 0.45, Evening: 0.3, Night: 0.25 };

export interface Department {
  name: string;
  /** Workers out of a hospital of 300; with its shifts, no unit has fewer than five. */
  weight: number;
  shifts: readonly Shift[];
  roles: readonly string[];
  /** Share of the department whose working language is Spanish. */
  spanish: number;
  /** The first site's arc for each shift, in the order of `shifts`. */
  arcs: readonly Arc[];
  /** Keys of the grievances this department's people raise first (see GRIEVANCES). */
  grievances: readonly string[];
}

export const DEPARTMENTS: readonly Department[] = [
  {
    name: 'Emergency',
    weight: 36,
    shifts: ['Day', 'Evening', 'Night'],
    roles: ['Registered nurse', 'Registered nurse', 'ER technician', 'Unit clerk', 'Charge nurse'],
    spanish: 0.08,
    arcs: ['ready', 'ready', 'ready'],
    grievances: ['staffing', 'breaks'],
  },
  {
    name: 'Intensive Care',
    weight: 24,
    shifts: ['Day', 'Night'],
    roles: ['Registered nurse', 'Registered nurse', 'Respiratory therapist', 'Patient care technician'],
    spanish: 0.05,
    arcs: ['ready', 'stuck'],
    grievances: ['overtime', 'breaks'],
  },
  {
    name: 'Medical-Surgical',
    weight: 48,
    shifts: ['Day', 'Evening', 'Night'],
    roles: ['Registered nurse', 'Registered nurse', 'Nursing assistant', 'Nursing assistant', 'Unit secretary'],
    spanish: 0.12,
    arcs: ['ready', 'ready', 'ready'],
    grievances: ['breaks', 'ratios', 'orientation'],
  },
  {
    name: 'Maternity',
    weight: 18,
    shifts: ['Day', 'Night'],
    roles: ['Registered nurse', 'Nursing assistant', 'Lactation consultant'],
    spanish: 0.1,
    arcs: ['late', 'late'],
    grievances: ['breaks'],
  },
  {
    name: 'Pediatrics',
    weight: 14,
    shifts: ['Day', 'Night'],
    roles: ['Registered nurse', 'Child life specialist', 'Nursing assistant'],
    spanish: 0.08,
    arcs: ['late', 'unreached'],
    grievances: ['breaks'],
  },
  {
    name: 'Oncology',
    weight: 10,
    shifts: ['Day'],
    roles: ['Registered nurse', 'Medical assistant'],
    spanish: 0.05,
    arcs: ['cooled'],
    grievances: ['chairs', 'breaks'],
  },
  {
    name: 'Operating Rooms',
    weight: 16,
    shifts: ['Day'],
    roles: ['Surgical technologist', 'Registered nurse', 'Anesthesia technician'],
    spanish: 0.06,
    arcs: ['stuck'],
    grievances: ['scrubs', 'overtime'],
  },
  {
    name: 'Radiology',
    weight: 14,
    shifts: ['Day', 'Night'],
    roles: ['Radiologic technologist', 'CT technologist'],
    spanish: 0.05,
    arcs: ['unreached', 'unreached'],
    grievances: ['parking'],
  },
  {
    name: 'Laboratory',
    weight: 14,
    shifts: ['Day', 'Night'],
    roles: ['Medical laboratory scientist', 'Phlebotomist', 'Phlebotomist'],
    spanish: 0.1,
    arcs: ['ready', 'stuck'],
    grievances: ['favoritism', 'breaks'],
  },
  {
    name: 'Pharmacy',
    weight: 8,
    shifts: ['Day'],
    roles: ['Pharmacy technician', 'Pharmacist'],
    spanish: 0.05,
    arcs: ['unreached'],
    grievances: ['parking'],
  },
  {
    name: 'Environmental Services',
    weight: 30,
    shifts: ['Day', 'Evening', 'Night'],
    roles: ['Housekeeper', 'Housekeeper', 'Floor technician', 'EVS lead'],
    spanish: 0.55,
    arcs: ['ready', 'ready', 'cooled'],
    grievances: ['chemicals', 'lifting', 'breaks'],
  },
  {
    name: 'Food and Nutrition',
    weight: 20,
    shifts: ['Day', 'Evening'],
    roles: ['Cook', 'Dietary aide', 'Dietary aide', 'Tray passer'],
    spanish: 0.4,
    arcs: ['cooled', 'cooled'],
    grievances: ['schedule', 'breaks'],
  },
  {
    name: 'Patient Transport',
    weight: 14,
    shifts: ['Day', 'Night'],
    roles: ['Patient transporter'],
    spanish: 0.3,
    arcs: ['ready', 'ready'],
    grievances: ['lifting', 'breaks'],
  },
  {
    name: 'Sterile Processing',
    weight: 12,
    shifts: ['Day', 'Evening'],
    roles: ['Sterile processing technician'],
    spanish: 0.25,
    arcs: ['late', 'late'],
    grievances: ['scrubs'],
  },
  {
    name: 'Facilities',
    weight: 10,
    shifts: ['Day'],
    roles: ['Maintenance mechanic', 'Electrician', 'HVAC technician'],
    spanish: 0.2,
    arcs: ['late'],
    grievances: ['parking'],
  },
  {
    name: 'Registration',
    weight: 12,
    shifts: ['Day', 'Evening'],
    roles: ['Patient access representative'],
    spanish: 0.2,
    arcs: ['cooled', 'cooled'],
    grievances: ['sick', 'parking'],
  },
];

export interface GrievanceTemplate {
  key: string;
  title: string;
  /** The department it belongs to, or null for the whole hospital. */
  department: string | null;
  winnable: Winnable;
}

/** The first is the one the story's petition and march are about. */
export const GRIEVANCES: readonly GrievanceTemplate[] = [
  { key: 'breaks', title: 'Breaks cut from 30 to 15 minutes', department: null, winnable: 'yes' },
  { key: 'sick', title: 'New sick-leave points policy', department: null, winnable: 'unknown' },
  { key: 'parking', title: 'Staff parking fees doubled', department: null, winnable: 'no' },
  { key: 'staffing', title: 'Short staffing on Emergency shifts', department: 'Emergency', winnable: 'unknown' },
  {
    key: 'overtime',
    title: 'Mandatory overtime at the end of shifts',
    department: 'Intensive Care',
    winnable: 'unknown',
  },
  { key: 'ratios', title: 'Too many patients per nurse', department: 'Medical-Surgical', winnable: 'yes' },
  {
    key: 'orientation',
    title: 'Orientation too short for new hires',
    department: 'Medical-Surgical',
    winnable: 'unknown',
  },
  { key: 'chairs', title: 'Infusion chairs double-booked', department: 'Oncology', winnable: 'yes' },
  { key: 'scrubs', title: 'Staff made to buy their own scrubs', department: 'Operating Rooms', winnable: 'yes' },
  { key: 'favoritism', title: 'Favoritism in shift assignments', department: 'Laboratory', winnable: 'unknown' },
  {
    key: 'chemicals',
    title: 'Harsh cleaning chemicals without ventilation',
    department: 'Environmental Services',
    winnable: 'yes',
  },
  { key: 'lifting', title: 'No lift equipment for heavy patients', department: 'Patient Transport', winnable: 'yes' },
  {
    key: 'schedule',
    title: 'Schedules posted only three days ahead',
    department: 'Food and Nutrition',
    winnable: 'yes',
  },
];

/** Hospital names for the sites of a system; the first is the demo's own hospital. */
const SITE_PLACES = [
  'Alder Bay',
  'Cedar Hill',
  'Millbrook',
  'Harbor View',
  'Stonebridge',
  'Willow Creek',
  'Eastgate',
  'Pine Ridge',
  'Lakeshore',
  'Copper Valley',
  'Maple Grove',
  'Riverbend',
  'Sandy Point',
  'Oak Hollow',
  'Granite Falls',
  'Northfield',
];
const SITE_KINDS = ['Hospital', 'Medical Center', 'Community Hospital', 'General Hospital'];

export function siteName(index: number): string {
  const place = SITE_PLACES[index % SITE_PLACES.length] as string;
  const round = Math.floor(index / SITE_PLACES.length);
  const kind = SITE_KINDS[round % SITE_KINDS.length] as string;
  const series = Math.floor(round / SITE_KINDS.length);
  return series === 0 ? `${place} ${kind}` : `${place} ${kind} ${series + 1}`;
}

/** How many hospitals, and how many workers in each, for a workforce of `people`. */
export function siteSizes(people: number): { sites: number; sizeOf: (site: number) => number } {
  const sites = Math.max(1, Math.round(people / SITE_SIZE));
  const base = Math.floor(people / sites);
  const extra = people % sites;
  return { sites, sizeOf: (site) => base + (site < extra ? 1 : 0) };
}

/** Split `total` over `weights` in whole numbers (largest remainder), summing exactly to `total`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i] = (out[i] as number) + 1;
    left--;
  }
  return out;
}

/** Workers on each of a department's shifts. */
export function shiftSizes(department: Department, people: number): number[] {
  return apportion(
    people,
    department.shifts.map((s) => SHIFT_WEIGHT[s]),
  );
}
