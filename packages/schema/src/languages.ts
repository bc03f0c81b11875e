/**
 * Registered primary language subtags (BCP 47 / IANA language subtag registry, ISO 639 part): every
 * ISO 639-1 two-letter code, and the ISO 639-2 three-letter codes of languages that have no two-letter
 * code (BCP 47 uses the shortest code, so `fra` is not a tag: `fr` is). Built once from the ISO 639-2
 * table (the iso-639-2 npm package, 3.0.2, by wooorm, MIT) and checked in; the private-use range qaa-qtz
 * is left out. A source in an ISO 639-3-only language can be added here when one is needed.
 */
export const LANGUAGE_CODES = [
  'aa', 'ab', 'ae', 'af', 'ak', 'am', 'an', 'ar', 'as', 'av', 'ay', 'az', 'ba', 'be', 'bg', 'bh', 'bi', 'bm', 'bn', 'bo',
  'br', 'bs', 'ca', 'ce', 'ch', 'co', 'cr', 'cs', 'cu', 'cv', 'cy', 'da', 'de', 'dv', 'dz', 'ee', 'el', 'en', 'eo', 'es',
  'et', 'eu', 'fa', 'ff', 'fi', 'fj', 'fo', 'fr', 'fy', 'ga', 'gd', 'gl', 'gn', 'gu', 'gv', 'ha', 'he', 'hi', 'ho', 'hr',
  'ht', 'hu', 'hy', 'hz', 'ia', 'id', 'ie', 'ig', 'ii', 'ik', 'io', 'is', 'it', 'iu', 'ja', 'jv', 'ka', 'kg', 'ki', 'kj',
  'kk', 'kl', 'km', 'kn', 'ko', 'kr', 'ks', 'ku', 'kv', 'kw', 'ky', 'la', 'lb', 'lg', 'li', 'ln', 'lo', 'lt', 'lu', 'lv',
  'mg', 'mh', 'mi', 'mk', 'ml', 'mn', 'mr', 'ms', 'mt', 'my', 'na', 'nb', 'nd', 'ne', 'ng', 'nl', 'nn', 'no', 'nr', 'nv',
  'ny', 'oc', 'oj', 'om', 'or', 'os', 'pa', 'pi', 'pl', 'ps', 'pt', 'qu', 'rm', 'rn', 'ro', 'ru', 'rw', 'sa', 'sc', 'sd',
  'se', 'sg', 'si', 'sk', 'sl', 'sm', 'sn', 'so', 'sq', 'sr', 'ss', 'st', 'su', 'sv', 'sw', 'ta', 'te', 'tg', 'th', 'ti',
  'tk', 'tl', 'tn', 'to', 'tr', 'ts', 'tt', 'tw', 'ty', 'ug', 'uk', 'ur', 'uz', 've', 'vi', 'vo', 'wa', 'wo', 'xh', 'yi',
  'yo', 'za', 'zh', 'zu',
  'ace', 'ach', 'ada', 'ady', 'afa', 'afh', 'ain', 'akk', 'ale', 'alg', 'alt', 'ang', 'anp', 'apa', 'arc', 'arn', 'arp', 'art', 'arw', 'ast',
  'ath', 'aus', 'awa', 'bad', 'bai', 'bal', 'ban', 'bas', 'bat', 'bej', 'bem', 'ber', 'bho', 'bik', 'bin', 'bla', 'bnt', 'bra', 'btk', 'bua',
  'bug', 'byn', 'cad', 'cai', 'car', 'cau', 'ceb', 'cel', 'chb', 'chg', 'chk', 'chm', 'chn', 'cho', 'chp', 'chr', 'chy', 'cmc', 'cnr', 'cop',
  'cpe', 'cpf', 'cpp', 'crh', 'crp', 'csb', 'cus', 'dak', 'dar', 'day', 'del', 'den', 'dgr', 'din', 'doi', 'dra', 'dsb', 'dua', 'dum', 'dyu',
  'efi', 'egy', 'eka', 'elx', 'enm', 'ewo', 'fan', 'fat', 'fil', 'fiu', 'fon', 'frm', 'fro', 'frr', 'frs', 'fur', 'gaa', 'gay', 'gba', 'gem',
  'gez', 'gil', 'gmh', 'goh', 'gon', 'gor', 'got', 'grb', 'grc', 'gsw', 'gwi', 'hai', 'haw', 'hil', 'him', 'hit', 'hmn', 'hsb', 'hup', 'iba',
  'ijo', 'ilo', 'inc', 'ine', 'inh', 'ira', 'iro', 'jbo', 'jpr', 'jrb', 'kaa', 'kab', 'kac', 'kam', 'kar', 'kaw', 'kbd', 'kha', 'khi', 'kho',
  'kmb', 'kok', 'kos', 'kpe', 'krc', 'krl', 'kro', 'kru', 'kum', 'kut', 'lad', 'lah', 'lam', 'lez', 'lol', 'loz', 'lua', 'lui', 'lun', 'luo',
  'lus', 'mad', 'mag', 'mai', 'mak', 'man', 'map', 'mas', 'mdf', 'mdr', 'men', 'mga', 'mic', 'min', 'mis', 'mkh', 'mnc', 'mni', 'mno', 'moh',
  'mos', 'mul', 'mun', 'mus', 'mwl', 'mwr', 'myn', 'myv', 'nah', 'nai', 'nap', 'nds', 'new', 'nia', 'nic', 'niu', 'nog', 'non', 'nqo', 'nso',
  'nub', 'nwc', 'nym', 'nyn', 'nyo', 'nzi', 'osa', 'ota', 'oto', 'paa', 'pag', 'pal', 'pam', 'pap', 'pau', 'peo', 'phi', 'phn', 'pon', 'pra',
  'pro', 'raj', 'rap', 'rar', 'roa', 'rom', 'rup', 'sad', 'sah', 'sai', 'sal', 'sam', 'sas', 'sat', 'scn', 'sco', 'sel', 'sem', 'sga', 'sgn',
  'shn', 'sid', 'sio', 'sit', 'sla', 'sma', 'smi', 'smj', 'smn', 'sms', 'snk', 'sog', 'son', 'srn', 'srr', 'ssa', 'suk', 'sus', 'sux', 'syc',
  'syr', 'tai', 'tem', 'ter', 'tet', 'tig', 'tiv', 'tkl', 'tlh', 'tli', 'tmh', 'tog', 'tpi', 'tsi', 'tum', 'tup', 'tut', 'tvl', 'tyv', 'udm',
  'uga', 'umb', 'und', 'vai', 'vot', 'wak', 'wal', 'war', 'was', 'wen', 'xal', 'yao', 'yap', 'ypk', 'zap', 'zbl', 'zen', 'zgh', 'znd', 'zun',
  'zxx', 'zza',
] as const satisfies readonly string[];

/** ISO 639-2 codes of languages that have a two-letter code, for a "did you mean" hint: fra -> fr. */
export const THREE_TO_TWO: Readonly<Record<string, string>> = {
  aar: 'aa', abk: 'ab', afr: 'af', aka: 'ak', alb: 'sq', amh: 'am', ara: 'ar', arg: 'an', arm: 'hy', asm: 'as',
  ava: 'av', ave: 'ae', aym: 'ay', aze: 'az', bak: 'ba', bam: 'bm', baq: 'eu', bel: 'be', ben: 'bn', bih: 'bh',
  bis: 'bi', bod: 'bo', bos: 'bs', bre: 'br', bul: 'bg', bur: 'my', cat: 'ca', ces: 'cs', cha: 'ch', che: 'ce',
  chi: 'zh', chu: 'cu', chv: 'cv', cor: 'kw', cos: 'co', cre: 'cr', cym: 'cy', cze: 'cs', dan: 'da', deu: 'de',
  div: 'dv', dut: 'nl', dzo: 'dz', ell: 'el', eng: 'en', epo: 'eo', est: 'et', eus: 'eu', ewe: 'ee', fao: 'fo',
  fas: 'fa', fij: 'fj', fin: 'fi', fra: 'fr', fre: 'fr', fry: 'fy', ful: 'ff', geo: 'ka', ger: 'de', gla: 'gd',
  gle: 'ga', glg: 'gl', glv: 'gv', gre: 'el', grn: 'gn', guj: 'gu', hat: 'ht', hau: 'ha', heb: 'he', her: 'hz',
  hin: 'hi', hmo: 'ho', hrv: 'hr', hun: 'hu', hye: 'hy', ibo: 'ig', ice: 'is', ido: 'io', iii: 'ii', iku: 'iu',
  ile: 'ie', ina: 'ia', ind: 'id', ipk: 'ik', isl: 'is', ita: 'it', jav: 'jv', jpn: 'ja', kal: 'kl', kan: 'kn',
  kas: 'ks', kat: 'ka', kau: 'kr', kaz: 'kk', khm: 'km', kik: 'ki', kin: 'rw', kir: 'ky', kom: 'kv', kon: 'kg',
  kor: 'ko', kua: 'kj', kur: 'ku', lao: 'lo', lat: 'la', lav: 'lv', lim: 'li', lin: 'ln', lit: 'lt', ltz: 'lb',
  lub: 'lu', lug: 'lg', mac: 'mk', mah: 'mh', mal: 'ml', mao: 'mi', mar: 'mr', may: 'ms', mkd: 'mk', mlg: 'mg',
  mlt: 'mt', mon: 'mn', mri: 'mi', msa: 'ms', mya: 'my', nau: 'na', nav: 'nv', nbl: 'nr', nde: 'nd', ndo: 'ng',
  nep: 'ne', nld: 'nl', nno: 'nn', nob: 'nb', nor: 'no', nya: 'ny', oci: 'oc', oji: 'oj', ori: 'or', orm: 'om',
  oss: 'os', pan: 'pa', per: 'fa', pli: 'pi', pol: 'pl', por: 'pt', pus: 'ps', que: 'qu', roh: 'rm', ron: 'ro',
  rum: 'ro', run: 'rn', rus: 'ru', sag: 'sg', san: 'sa', sin: 'si', slk: 'sk', slo: 'sk', slv: 'sl', sme: 'se',
  smo: 'sm', sna: 'sn', snd: 'sd', som: 'so', sot: 'st', spa: 'es', sqi: 'sq', srd: 'sc', srp: 'sr', ssw: 'ss',
  sun: 'su', swa: 'sw', swe: 'sv', tah: 'ty', tam: 'ta', tat: 'tt', tel: 'te', tgk: 'tg', tgl: 'tl', tha: 'th',
  tib: 'bo', tir: 'ti', ton: 'to', tsn: 'tn', tso: 'ts', tuk: 'tk', tur: 'tr', twi: 'tw', uig: 'ug', ukr: 'uk',
  urd: 'ur', uzb: 'uz', ven: 've', vie: 'vi', vol: 'vo', wel: 'cy', wln: 'wa', wol: 'wo', xho: 'xh', yid: 'yi',
  yor: 'yo', zha: 'za', zho: 'zh', zul: 'zu',
};

const codes = new Set<string>(LANGUAGE_CODES);
/** Whether the primary subtag of a tag (the part before the first hyphen) is a registered language code. */
export function isRegisteredLanguage(tag: string): boolean {
  return codes.has(tag.split('-')[0] ?? '');
}
