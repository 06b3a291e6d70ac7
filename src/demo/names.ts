/**
 * Synthetic names for a multilingual hospital workforce: common first names and surnames from several
 * languages, combined at random. Nobody here is a real person; combinations that read as a well-known
 * public figure were left out of the lists.
 */
import type { Rng } from './random.js';

/** A comma-separated list, written as prose so that the lists stay compact. */
function names(list: string): readonly string[] {
  return list.split(',').map((s) => s.trim());
}

interface NameGroup {
  /** Language code given to the share of this group who prefer to speak it at work. */
  language: string;
  first: readonly string[];
  last: readonly string[];
}

const GROUPS = {
  en: {
    language: 'en',
    first: names(`Mary, Michael, Jennifer, David, Sarah, Daniel, Emily, Kevin, Ashley, Brian, Megan, Rachel,
      Tyler, Nicole, Ryan, Laura, Jason, Amanda, Gregory, Heather, Dustin, Kayla, Shawn, Brittany,
      Travis, Courtney, Derek, Tanya, Keisha, Darnell, Latoya, Marcus`),
    last: names(`Smith, Johnson, Williams, Miller, Davis, Wilson, Anderson, Thomas, Moore, Thompson, White,
      Harris, Clark, Lewis, Walker, Hall, Young, Allen, Wright, Green, Baker, Adams, Nelson, Hill,
      Campbell, Mitchell, Roberts, Carter, Phillips, Evans, Turner, Parker, Collins, Edwards,
      Stewart, Morris, Murphy, Cook, Rogers, Bell, Howard`),
  },
  es: {
    language: 'es',
    first: names(`María, José, Juan, Guadalupe, Carmen, Luis, Rosa, Carlos, Ana, Miguel, Lucía, Jorge, Sofía,
      Pedro, Elena, Alejandro, Isabel, Javier, Marisol, Ricardo, Yesenia, Óscar, Beatriz, Rafael,
      Alma, Héctor, Maribel, Ernesto, Leticia, Fernando, Graciela, Raúl`),
    last: names(`García, Rodríguez, Martínez, Hernández, López, González, Pérez, Sánchez, Ramírez, Torres,
      Flores, Rivera, Gómez, Díaz, Morales, Ortiz, Gutiérrez, Chávez, Ramos, Ruiz, Mendoza, Vargas,
      Castillo, Jiménez, Romero, Herrera, Medina, Aguilar, Vega, Campos`),
  },
  tl: {
    language: 'tl',
    first: names(`Maricel, Jun, Rowena, Arnel, Jocelyn, Rodel, Lorna, Ramil, Analyn, Jerome, Marites`),
    last: names(`Santos, Bautista, Villanueva, Dela Cruz, Aquino, Manalo, Pascual, Soriano, Mercado`),
  },
  vi: {
    language: 'vi',
    first: names(`Linh, Minh, Thu, Huong, Tuan, Lan, Quang, Mai, Duc, Hoa, Khanh`),
    last: names(`Nguyen, Tran, Le, Pham, Hoang, Vu, Dang, Bui, Do, Ngo`),
  },
  ht: {
    language: 'ht',
    first: names(`Jean, Marie, Pierre, Nadège, Fabienne, Rony, Guerline, Mireille, Wesner, Ketly`),
    last: names(`Joseph, Jean-Baptiste, Louis, Charles, Etienne, Desir, Augustin, Celestin`),
  },
  yo: {
    language: 'en',
    first: names(`Chinedu, Ngozi, Adebayo, Funmilayo, Emeka, Folasade, Oluwaseun, Chiamaka, Tunde`),
    last: names(`Okafor, Adeyemi, Okonkwo, Eze, Balogun, Nwosu, Obi, Afolabi, Chukwu`),
  },
  am: {
    language: 'am',
    first: names(`Abebe, Tigist, Dawit, Meron, Yonas, Selam, Bereket, Hiwot`),
    last: names(`Tesfaye, Bekele, Haile, Girma, Alemu, Tadesse, Mengistu`),
  },
  pl: {
    language: 'pl',
    first: names(`Agnieszka, Tomasz, Katarzyna, Piotr, Magdalena, Marek, Ewa, Krzysztof`),
    last: names(`Nowak, Mazur, Krawczyk, Zając, Kowal, Wróbel, Sikora`),
  },
  zh: {
    language: 'zh',
    first: names(`Wei, Mei, Hao, Yan, Ming, Fang, Jing, Xiaoling, Lei`),
    last: names(`Chen, Wang, Li, Zhang, Liu, Huang, Zhao, Wu`),
  },
  ar: {
    language: 'ar',
    first: names(`Omar, Fatima, Yusuf, Layla, Khalid, Amira, Samir, Noor`),
    last: names(`Haddad, Khalil, Mansour, Nasser, Saleh, Hassan, Darwish`),
  },
  ko: {
    language: 'ko',
    first: names(`Ji-ho, Min-jun, Seo-yeon, Hyun-woo, Eun-ji, Ji-woo`),
    last: names(`Kim, Park, Lee, Choi, Jung, Kang`),
  },
  hi: {
    language: 'hi',
    first: names(`Priya, Rahul, Anjali, Vikram, Deepa, Arjun, Sunita, Ravi`),
    last: names(`Patel, Sharma, Singh, Kumar, Gupta, Reddy, Iyer`),
  },
} satisfies Record<string, NameGroup>;

type GroupKey = keyof typeof GROUPS;

/** The background of a worker whose working language is not Spanish. */
const BACKGROUNDS: readonly (readonly [GroupKey, number])[] = [
  ['en', 40],
  ['es', 12],
  ['tl', 10],
  ['vi', 6],
  ['ht', 5],
  ['yo', 6],
  ['am', 3],
  ['pl', 4],
  ['zh', 5],
  ['ar', 4],
  ['ko', 2],
  ['hi', 5],
];

export interface SyntheticName {
  name: string;
  /** The language the person prefers at work, as a language code. */
  language: string;
}

/**
 * A synthetic name. Spanish speakers (working language 'es') mostly carry Spanish names; others come from
 * the hospital's many backgrounds, some mixed; a minority of them prefer their own language at work.
 */
export function syntheticName(rng: Rng, spanishSpeaker: boolean): SyntheticName {
  if (spanishSpeaker) {
    const first = rng.chance(0.88) ? GROUPS.es.first : GROUPS.en.first;
    return { name: `${rng.pick(first)} ${rng.pick(GROUPS.es.last)}`, language: 'es' };
  }
  const background = GROUPS[rng.weighted(BACKGROUNDS)];
  const firstFrom = rng.chance(0.15) ? GROUPS[rng.weighted(BACKGROUNDS)] : background;
  const name = `${rng.pick(firstFrom.first)} ${rng.pick(background.last)}`;
  const ownLanguage = background.language !== 'en' && background.language !== 'es' && rng.chance(0.15);
  return { name, language: ownLanguage ? background.language : 'en' };
}
