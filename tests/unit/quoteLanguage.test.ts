import { describe, expect, it } from 'vitest';
import { looksNonEnglish } from '../../src/pipeline/quoteLanguage';

describe('looksNonEnglish', () => {
  it.each([
    ['Russian', 'Дипломатические отношения между странами установлены 1 июля 1996 года.'],
    ['German', 'Die diplomatischen Beziehungen zwischen den beiden Ländern wurden 1992 aufgenommen.'],
    ['French', 'L’ambassadeur du Tchad ... a présenté ses Lettres de créance à Alexandre Loukachenko'],
    ['Portuguese', 'assinaram no dia 1 de Outubro de 2014, em Nova Iorque, uma Declaração Conjunta'],
    ['Italian', 'Negli ultimi 3 mesi, Fiji ha formalizzato relazioni diplomatiche con Azebbaijan'],
    ['Spanish', 'El 27 de mayo se cumplen 30 años del establecimiento de relaciones diplomáticas'],
    ['Indonesian', 'Hubungan Diplomatik Indonesia dengan Belarusia sudah terjalin sejak 18 Juni 1993.'],
    ['Icelandic', 'Er þetta í fyrsta sinn sem sendiherra Íslands afhendir trúnaðarbréf'],
    ['Chinese', '本协议一九九二年一月二十日签订于北京'],
    ['Korean', '중국과 벨로루시연방이 20일 정식 국교관계를 수립했다.'],
  ])('flags %s', (_lang, text) => {
    expect(looksNonEnglish(text)).toBe(true);
  });

  it.each([
    'Diplomatic relations between the two countries were established on 24 January 1992.',
    'The ambassador of Côte d’Ivoire presented credentials in Minsk.',
    'President Marcos welcomed the ambassadors in Malacañan on Tuesday, May 14.',
    'Relations with the Costa de Marfil embassy in Moscow',
    'Dan Brown and the ambassador met in Jakarta.',
  ])('passes English: %s', (text) => {
    expect(looksNonEnglish(text)).toBe(false);
  });
});
