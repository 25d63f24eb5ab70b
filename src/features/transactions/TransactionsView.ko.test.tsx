// The Transactions page in Korean: every label, name and number a person meets, by role.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildTransaction } from '../../test/builders';
import { fakeLedgerClient } from '../../test/fake-transactions-client';
import { renderAt } from '../../test/render-at';
import { TransactionsView } from './TransactionsPage';

const today = '2026-11-15';
const ledger = () =>
  fakeLedgerClient([
    buildTransaction({
      date: '2026-11-02',
      description: 'Rent',
      amount: -90000,
      currency: 'USD',
      category: 'Home',
    }),
    buildTransaction({
      date: '2026-11-20',
      description: 'Lunch',
      amount: -450,
      currency: 'USD',
      category: 'Food',
    }),
    buildTransaction({
      date: '2026-10-25',
      description: 'Salary',
      amount: 300000,
      currency: 'USD',
    }),
    buildTransaction({
      date: '2026-11-03',
      description: '김밥',
      amount: -1000,
      currency: 'KRW',
      category: '식비',
    }),
  ]);

const renderKorean = (url = '/transactions?month=2026-11') =>
  renderAt(<TransactionsView client={ledger()} today={today} defaultCurrency="USD" />, url, {
    locale: 'ko',
  });

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => row.textContent);

describe('the Transactions page in Korean', { timeout: 20_000 }, () => {
  it('lists, totals and names row actions in Korean, with money formatted for ko-KR', async () => {
    renderKorean();
    expect(await screen.findByRole('heading', { level: 1, name: '거래 내역' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: '거래 목록' });
    const kimbap = within(list).getByText('김밥').closest('li');
    expect(kimbap).toHaveTextContent('-₩1,000');
    expect(kimbap).toHaveTextContent('2026. 11. 3.');
    expect(within(list).getByText('Rent').closest('li')).toHaveTextContent('-US$900.00');
    expect(screen.getByRole('button', { name: 'Rent 수정' })).toHaveTextContent('수정');
    await userEvent.click(screen.getByRole('button', { name: 'Rent 삭제' }));
    const confirm = screen.getByRole('group', { name: 'Rent 삭제 확인' });
    expect(confirm).toHaveTextContent('“Rent”을(를) 삭제할까요?');
    await userEvent.click(within(confirm).getByRole('button', { name: '그대로 두기' }));
    expect(screen.getByRole('listitem', { name: 'USD 합계' })).toHaveTextContent(
      '수입 US$0.00지출 US$904.50순액 -US$904.50',
    );
  });

  it('labels the form in Korean and words its own amount rule in Korean', async () => {
    renderKorean();
    await userEvent.click(await screen.findByRole('button', { name: '거래 추가' }));
    const form = screen.getByRole('form', { name: '새 거래' });
    for (const label of ['날짜', '설명', '금액', '통화', '분류 (선택)']) {
      expect(within(form).getByLabelText(label)).toBeInTheDocument();
    }
    expect(within(form).getByRole('group', { name: '유형' })).toBeInTheDocument();
    expect(within(form).getByRole('radio', { name: '지출' })).toBeChecked();
    await userEvent.type(within(form).getByLabelText('설명'), '커피');
    await userEvent.type(within(form).getByLabelText('금액'), '-5');
    await userEvent.click(within(form).getByRole('button', { name: '저장' }));
    expect(within(form).getByLabelText('금액')).toHaveAccessibleDescription(
      '금액은 부호 없이 입력하고, 지출 또는 수입을 선택하세요.',
    );
    await userEvent.click(within(form).getByRole('button', { name: '취소' }));
  });

  it("words the shared validator's problems in Korean (amount format, empty description)", async () => {
    renderKorean();
    await userEvent.click(await screen.findByRole('button', { name: '거래 추가' }));
    const form = screen.getByRole('form', { name: '새 거래' });
    await userEvent.type(within(form).getByLabelText('금액'), '1,000');
    await userEvent.click(within(form).getByRole('button', { name: '저장' }));
    expect(within(form).getByLabelText('금액')).toHaveAccessibleDescription(
      '소수점에는 점을 쓰고 천 단위 구분 기호는 쓰지 마세요(예: 1234.56).',
    );
    expect(within(form).getByLabelText('설명')).toHaveAccessibleDescription(
      '설명은 비워 둘 수 없습니다.',
    );
    await userEvent.click(within(form).getByRole('button', { name: '취소' }));
  });

  it('names the month in Korean, steps months, and filters with Korean labels', async () => {
    renderKorean();
    expect(await screen.findByRole('group', { name: '2026년 11월' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '이전 달' }));
    expect(await screen.findByRole('group', { name: '2026년 10월' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '다음 달' })).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: '이번 달' }));
    const filters = screen.getByRole('search', { name: '거래 필터' });
    expect(within(filters).getByRole('combobox', { name: '수입 또는 지출' })).toHaveDisplayValue(
      '수입과 지출',
    );
    await userEvent.clear(within(filters).getByLabelText('시작일'));
    await userEvent.type(within(filters).getByLabelText('시작일'), '2026-11-20');
    await userEvent.clear(within(filters).getByLabelText('종료일'));
    await userEvent.type(within(filters).getByLabelText('종료일'), '2026-11-01');
    await userEvent.click(within(filters).getByRole('button', { name: '필터 적용' }));
    expect(within(filters).getByLabelText('종료일')).toHaveAccessibleDescription(
      '종료일은 시작일과 같거나 그 이후여야 합니다.',
    );
    await userEvent.clear(within(filters).getByLabelText('종료일'));
    await userEvent.type(within(filters).getByLabelText('종료일'), '2026-11-30');
    await userEvent.type(within(filters).getByRole('searchbox', { name: '검색' }), 'zzz{Enter}');
    expect(await screen.findByText('이 조건에 맞는 거래가 없습니다.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '모든 거래 보기' }));
    expect(await screen.findByRole('group', { name: '전체 기간' })).toBeInTheDocument();
  });

  it('names both charts in Korean, with Korean months and ko-KR money in their tables', async () => {
    renderKorean();
    const monthly = '최근 12개월 월별 수입과 지출 (USD)';
    expect(await screen.findByRole('img', { name: monthly })).toBeInTheDocument();
    await userEvent.click(screen.getByText(`수치 보기: ${monthly}`));
    const monthTable = await screen.findByRole('table', { name: monthly });
    const rows = rowsOf(monthTable);
    expect(rows[0]).toBe('월수입지출순액');
    expect(rows[11]).toBe('2026년 10월US$3,000.00US$0.00US$3,000.00');
    expect(rows[12]).toBe('2026년 11월US$0.00US$904.50-US$904.50');

    const byCategory = '분류별 지출, 2026년 11월 (USD)';
    await userEvent.click(screen.getByText(`수치 보기: ${byCategory}`));
    const categoryTable = await screen.findByRole('table', { name: byCategory });
    expect(rowsOf(categoryTable)).toEqual(['분류지출액', 'HomeUS$900.00', 'FoodUS$4.50']);

    await userEvent.selectOptions(screen.getByLabelText('차트 통화'), 'KRW');
    const inWon = '분류별 지출, 2026년 11월 (KRW)';
    await userEvent.click(await screen.findByText(`수치 보기: ${inWon}`));
    expect(rowsOf(await screen.findByRole('table', { name: inWon }))).toEqual([
      '분류지출액',
      '식비₩1,000',
    ]);
  });

  it('names a bad CSV row by its line in Korean before anything is written', async () => {
    renderKorean();
    await userEvent.click(await screen.findByRole('button', { name: 'CSV 가져오기' }));
    // The importer is its own chunk: its first load may take a while.
    const picker = await screen.findByLabelText('가져올 CSV 파일', {}, { timeout: 10_000 });
    expect(picker).toHaveAccessibleDescription(
      'UTF-8, 머리글 date,description,amount,currency,category, 최대 5,000행, 2 MB까지 가져올 수 있습니다.',
    );
    const file =
      'date,description,amount,currency,category\r\n2026-11-01,Tea,-3.50,USD,\r\n2026-11-02,Short,1\r\n';
    await userEvent.upload(picker, new File([file], 'ledger.csv', { type: 'text/csv' }));
    expect(
      await screen.findByRole('table', { name: 'ledger.csv 미리 보기: 전체 2개 행' }),
    ).toBeInTheDocument();
    const problems = screen.getByRole('list', { name: '문제가 있는 행' });
    expect(within(problems).getByRole('listitem')).toHaveTextContent(
      '3번째 줄: 필드가 5개(date,description,amount,currency,category)여야 하는데 3개입니다.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      '1개 행에 문제가 있어 아무것도 가져오지 않았습니다',
    );
    expect(screen.queryByRole('button', { name: /가져오기$/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'CSV 내보내기' })).toBeInTheDocument();
  });
});
