// Active ISO 4217 currencies and the number of digits of their minor unit (List One,
// amendments up to 2025). Static on purpose: the SPA and the Lambda must agree on exactly
// the same list, and `Intl` differs between runtimes (e.g. some give ISK 2 digits, ISO gives 0).
//
// Left out deliberately: precious metals, SDR, bond-market units, testing and "no currency"
// codes (XAU, XAG, XPT, XPD, XDR, XSU, XUA, XBA–XBD, XTS, XXX) which have no minor unit; fund
// codes (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI, UYW) that nobody keeps a household ledger in;
// and withdrawn codes (ANG → XCG in 2025, ZWL → ZWG in 2024, SLL → SLE, CUC, HRK, …).

/** Minor-unit digits: 0 (JPY), 2 (USD) or 3 (KWD). */
export type MinorUnitDigits = 0 | 2 | 3;

const zeroDigits = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF';
const threeDigits = 'BHD IQD JOD KWD LYD OMR TND';
const twoDigits =
  'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP ' +
  'GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD ' +
  'LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB ' +
  'PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC ' +
  'SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG';

function build(): ReadonlyMap<string, MinorUnitDigits> {
  const table = new Map<string, MinorUnitDigits>();
  const add = (codes: string, digits: MinorUnitDigits) => {
    for (const code of codes.split(' ')) table.set(code, digits);
  };
  add(zeroDigits, 0);
  add(twoDigits, 2);
  add(threeDigits, 3);
  return table;
}

/** Every accepted currency code (upper case) mapped to its minor-unit digits. */
export const currencyMinorUnits: ReadonlyMap<string, MinorUnitDigits> = build();

/** Accepted currency codes, sorted, for pickers. */
export const currencyCodes: readonly string[] = Object.freeze(
  [...currencyMinorUnits.keys()].sort(),
);

/** Whether `code` is exactly an accepted upper-case ISO 4217 code. */
export function isCurrencyCode(code: string): boolean {
  return currencyMinorUnits.has(code);
}

/** Minor-unit digits of an accepted code, or undefined for anything else. */
export function minorUnitDigits(code: string): MinorUnitDigits | undefined {
  return currencyMinorUnits.get(code);
}
