import type { SignedInText } from '../../text-types';

export const ledger: SignedInText['ledger'] = {
  title: '거래 내역',
};
